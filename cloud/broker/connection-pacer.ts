// A fleet reconnecting at once (after a broker restart or a network outage) is a storm of
// CONNECTs, SUBSCRIBEs and first batches that the embedded broker would otherwise take in one
// go: in the first second of the issue 12 storm, 1,000 new connections held the cloud's event
// loop for ~600 ms at a time while a live door session waited. New connections are handed to
// the broker at a budgeted rate (a token bucket); the rest wait, their sockets not read (the
// kernel holds their bytes), and are handed on in small groups, each in its own turn of the
// event loop, so live work runs in between. Live fridges already connected never wait.
import { positiveIntsFromEnv } from '../../shared/env-options.js';

export interface PacerLimits {
  /** New connections handed to the broker per second, on average. */
  perS: number;
  /** At most this many at once after a quiet moment (and per turn of the event loop). */
  burst: number;
  /** Connections waiting at most; beyond, a new one is closed at once (a flood of connects holds no more). */
  maxWaiting: number;
}

/**
 * 500 a second, 20 at once: the issue 12 storm (1,000 fridges) is in within 2 s, and its worst
 * live ack in the first second went from ~640 ms (no pacing) to ~180 ms (docs/benchmarks.md).
 */
export const DEFAULT_PACER: PacerLimits = { perS: 500, burst: 20, maxWaiting: 10_000 };

/** Defaults, overridden by FF_MQTT_ACCEPT_PER_S, FF_MQTT_ACCEPT_BURST and FF_MQTT_ACCEPT_MAX_WAITING. */
export function resolvePacer(env: NodeJS.ProcessEnv): PacerLimits {
  return positiveIntsFromEnv(DEFAULT_PACER, { perS: 'FF_MQTT_ACCEPT_PER_S', burst: 'FF_MQTT_ACCEPT_BURST', maxWaiting: 'FF_MQTT_ACCEPT_MAX_WAITING' }, env);
}

export class ConnectionPacer {
  private tokens: number;
  private at: number;
  private readonly queue: Array<{ start: () => void; cancelled: boolean }> = [];
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly o: PacerLimits = DEFAULT_PACER, private readonly now: () => number = () => performance.now()) {
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

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.o.burst, this.tokens + ((t - this.at) / 1000) * this.o.perS);
    this.at = t;
  }

  private schedule(): void {
    if (this.timer !== undefined || this.closed) return;
    // The time for at least one token, and never less than a turn of the event loop.
    const waitMs = Math.max(1, Math.ceil(((1 - this.tokens) / this.o.perS) * 1000));
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
