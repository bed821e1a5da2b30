export { SerialSource, serialLinkFactory, type SerialSourceEvents, type SerialSourceOptions } from './serial-source.js';
export type { SerialLink, SerialLinkFactory } from './serial-link.js';
