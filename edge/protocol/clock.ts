/**
 * Time as the protocol client sees it, passed in (STYLE.md "Pass clocks, timers, ports and
 * clients in"): a test drives a session with fake timers in milliseconds instead of waiting.
 */
export interface Clock {
  /** Monotonic milliseconds, for durations (linger, ack timeout, token bucket, ack latency). */
  now(): number;
  /** Wall clock, milliseconds since the Unix epoch: what goes on the wire (sent_at_ms, at_ms). */
  wall(): number;
}

export type TimerHandle = ReturnType<typeof setTimeout>;

export interface Timers {
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

// The globals are looked up at each call, not bound once, so that vitest's fake timers
// installed after construction still apply.
export const systemClock: Clock = {
  now: () => performance.now(),
  wall: () => Date.now(),
};

export const systemTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle),
};
