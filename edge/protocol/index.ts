// The fridge side of the edge -> cloud protocol (docs/protocol.md): one implementation, used by
// the edge's forwarder, the fleet simulator, the benchmarks and the tests' fridges.
export { systemClock, systemTimers, type Clock, type Timers, type TimerHandle } from './clock.js';
export { DEFAULT_CONNECT_TIMEOUT_MS, FridgeSession, MAX_CONNECT_TIMEOUT_MS, type BirthOptions, type FridgeSessionOptions, type FridgeSessionHandlers, type MqttConnect } from './fridge-session.js';
export { SendWindow, MAX_REFUSALS, type AckOutcome, type InFlight } from './send-window.js';
export { Pump, TokenBucket, backlogBatchEvents, replayBatchEvents, LIVE_WINDOW_MS, REPLAY_BATCH_EVENTS, REPLAY_INFLIGHT, REPLAY_INFLIGHT_MAX, REPLAY_FAST_MS, REPLAY_SLOW_MS, type BatchSource, type PumpOptions, type SourceRow } from './pump.js';
export { FridgeClient, type Forwarding, type FridgeClientObserver, type FridgeClientOptions, type Quarantined, type ResendCause } from './fridge-client.js';
export { EventQueue } from './event-queue.js';
