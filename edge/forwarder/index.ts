export { Forwarder, type ForwarderOptions, LIVE_WINDOW_MS, MAX_REFUSALS, REPLAY_BATCH_EVENTS, REPLAY_INFLIGHT } from './forwarder.js';
