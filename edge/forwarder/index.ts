export { Forwarder, type ForwarderOptions } from './forwarder.js';
