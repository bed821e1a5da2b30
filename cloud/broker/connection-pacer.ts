// A fleet reconnecting at once (after a broker restart or a network outage) is a storm of
// CONNECTs, SUBSCRIBEs and first batches that the embedded broker would otherwise take in one
// go: in the first second of the issue 12 storm, 1,000 new connections held the cloud's event
// loop for ~600 ms at a time while a live door session waited. New connections are handed to
// the broker at a budgeted rate (a token bucket); the rest wait, their sockets not read (the
// kernel holds their bytes), and are handed on in small groups, each in its own turn of the
// event loop, so live work runs in between. Live fridges already connected never wait.
import { positiveIntsFromEnv } from '../../shared/env-options.js';

export interface PacerLimits {
  /** New connections handed to the broker per second, on average, while the event loop keeps up. */
  perS: number;
  /**
   * While the event loop runs late (its lag, ms, over `lagMs`), the rate falls in proportion
   * (twice the lag, half the rate), down to `minPerS`: a fleet's reconnect yields to live work.
   */
  lagMs: number;
  minPerS: number;
  /** At most this many at once after a quiet moment (and per turn of the event loop). */
  burst: number;
  /** Connections waiting at most; beyond, a new one is closed at once (a flood of connects holds no more). */
  maxWaiting: number;
}

/**
 * 250 a second, 20 at once: the issue 12 storm (1,000 fridges) is in within 4 s. Its worst live
 * ack in the first second went from ~640 ms (no pacing) to ~180 ms at 500 a second, and at 250
 * the storm's live p99 from 118-159 ms to 67-87 ms with the drain no slower, the fleet's
 * work being the same (docs/benchmarks.md). While the loop runs more than 20 ms late, slower,
 * down to 100 a second: a fleet of 1,000 is in within 10 s (the edge's first wait for CONNACK)
 * whatever the load; a larger one's later attempts wait longer (docs/edge.md).
 */
export const DEFAULT_PACER: PacerLimits = { perS: 250, lagMs: 20, minPerS: 100, burst: 20, maxWaiting: 10_000 };

/** Defaults, overridden by FF_MQTT_ACCEPT_PER_S, _LAG_MS, _MIN_PER_S, _BURST and _MAX_WAITING. */
export function resolvePacer(env: NodeJS.ProcessEnv): PacerLimits {
  return positiveIntsFromEnv(DEFAULT_PACER, { perS: 'FF_MQTT_ACCEPT_PER_S', lagMs: 'FF_MQTT_ACCEPT_LAG_MS', minPerS: 'FF_MQTT_ACCEPT_MIN_PER_S', burst: 'FF_MQTT_ACCEPT_BURST', maxWaiting: 'FF_MQTT_ACCEPT_MAX_WAITING' }, env);
}

/**
 * How late the event loop runs: a timer every `everyMs` measures how much later than due it
 * fired; the figure is the largest of the last few (a loop that was held 80 ms a moment ago is
 * still one to spare). Unref'd: it never keeps the process alive.
 */
export class LoopLag {
  private readonly recent: number[] = [];
  private last = performance.now();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly everyMs = 10, private readonly keep = 5) {
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  private sample(): void {
    const t = performance.now();
    this.recent.push(Math.max(0, t - this.last - this.everyMs));
    if (this.recent.length > this.keep) this.recent.shift();
    this.last = t;
  }

  /** Milliseconds late, lately. */
  get ms(): number {
    return Math.max(0, ...this.recent);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

export class ConnectionPacer {
  private tokens: number;
  private at: number;
  private readonly queue: Array<{ start: () => void; cancelled: boolean }> = [];
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  /** `lag`: how late the event loop runs (ms), e.g. LoopLag's; none: never late. */
  constructor(private readonly o: PacerLimits = DEFAULT_PACER, private readonly now: () => number = () => performance.now(), private readonly lag: () => number = () => 0) {
    this.tokens = o.burst;
    this.at = now();
  }

  get waiting(): number {
    return this.queue.length;
  }

  /**
   * `start` now if the budget allows, else when its turn comes; never if `cancel` is called
   * first. Undefined: refused (closed, or `maxWaiting` already wait).
   */
  admit(start: () => void): { cancel(): void } | undefined {
    const entry = { start, cancelled: false };
    if (this.closed) return undefined;
    this.refill();
    if (this.queue.length === 0 && this.tokens >= 1) {
      this.tokens -= 1;
      start();
    } else {
      if (this.queue.length >= this.o.maxWaiting) return undefined;
      this.queue.push(entry);
      this.schedule();
    }
    return { cancel: () => void (entry.cancelled = true) };
  }

  /** Connections a second now: perS while the loop keeps up, less while it runs late. */
  get rate(): number {
    const lag = this.lag();
    if (lag <= this.o.lagMs) return this.o.perS;
    return Math.max(Math.min(this.o.minPerS, this.o.perS), (this.o.perS * this.o.lagMs) / lag);
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.o.burst, this.tokens + ((t - this.at) / 1000) * this.rate);
    this.at = t;
  }

  private schedule(): void {
    if (this.timer !== undefined || this.closed) return;
    // The time for at least one token, and never less than a turn of the event loop.
    const waitMs = Math.max(1, Math.ceil(((1 - this.tokens) / this.rate) * 1000));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.drain();
    }, waitMs);
  }

  private drain(): void {
    this.refill();
    while (this.queue.length > 0 && this.tokens >= 1) {
      const next = this.queue.shift()!;
      if (next.cancelled) continue;
      this.tokens -= 1;
      next.start();
    }
    while (this.queue[0]?.cancelled === true) this.queue.shift();
    if (this.queue.length > 0) this.schedule();
  }

  close(): void {
    this.closed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.queue.length = 0;
  }
}
