import type { Clock, TimerHandle, Timers } from './clock.js';
import type { SendWindow } from './send-window.js';

/**
 * A batch whose first event is older than this, or with more events waiting behind it, replays
 * a backlog (docs/protocol.md, Batch.replay): the cloud serves what happens now first.
 */
export const LIVE_WINDOW_MS = 5_000;
/**
 * Batches of a backlog in flight: the window starts here and never goes below it (live
 * ones: `maxInflight`)...
 */
export const REPLAY_INFLIGHT = 2;
/**
 * ...and grows, one batch for each replay batch acknowledged within REPLAY_FAST_MS, up to
 * this; a replay batch acknowledged after REPLAY_SLOW_MS halves it. Alone, a fridge drains at
 * what the cloud can take (a window of 2 small batches held one fridge to ~4,000 events/s);
 * when the whole fleet replays, acks take a round of every fridge's batches, the windows stay
 * small and each ack stays well inside the ack timeout.
 */
export const REPLAY_INFLIGHT_MAX = 16;
export const REPLAY_FAST_MS = 1_000;
export const REPLAY_SLOW_MS = 3_000;
/** ...and events in one of them at most (live ones: `maxBatchEvents`). */
export const REPLAY_BATCH_EVENTS = 100;

/** Events in each batch of a backlog replayed with `maxBatchEvents` a live batch, at the starting window (see Pump). */
export const backlogBatchEvents = (maxBatchEvents: number): number => Math.min(maxBatchEvents, REPLAY_BATCH_EVENTS);

/**
 * Events in a replay batch with the replay window at `window`: REPLAY_BATCH_EVENTS at the
 * starting window, growing with it up to a live batch's size. Acks that come fast say the
 * cloud is not busy with a fleet's backlogs; then the per-batch cost (outbox read, assembly,
 * ack) is better spread over more events (a lone fridge's drain).
 */
export const replayBatchEvents = (maxBatchEvents: number, window: number): number =>
  Math.min(maxBatchEvents, REPLAY_BATCH_EVENTS * Math.max(1, Math.floor(window / REPLAY_INFLIGHT)));

/** An event waiting to be sent, as the outbox stores it (the encoded FridgeEvent, seq included). */
export interface SourceRow {
  seq: number;
  recordedAtMs: number;
  payload: Uint8Array;
  /** The outbox's compaction class: `door_session` and `snapshot` are urgent (see Pump). */
  cls?: string;
}

/** Where the events to send come from: the outbox, or a test's or a benchmark's queue. */
export interface BatchSource {
  /** Events with seq > afterSeq, in order, at most `limit` and about `maxBytes`. */
  readAfter(afterSeq: number, limit: number, maxBytes: number): SourceRow[];
  /** Highest seq the cloud acknowledged (0: none yet). */
  ackedSeq(): number;
  /** The cloud committed everything up to seq: it may go. */
  ack(throughSeq: number): void;
}

/**
 * The replay cap: `ratePerSecond` tokens a second, one an event, holding at most a second's
 * worth (or a whole batch, if larger) so that a backlog after an outage does not leave at once.
 */
export class TokenBucket {
  private tokens: number;
  private at: number;
  private readonly cap: number;

  constructor(private readonly ratePerSecond: number, maxBatchEvents: number, now: number) {
    this.tokens = ratePerSecond;
    this.at = now;
    this.cap = Math.max(ratePerSecond, maxBatchEvents);
  }

  /** Whole events that may leave now. */
  available(now: number): number {
    this.tokens = Math.min(this.cap, this.tokens + ((now - this.at) / 1000) * this.ratePerSecond);
    this.at = now;
    return Math.floor(this.tokens);
  }

  /** Milliseconds until one more event may leave. */
  waitMs(): number {
    return Math.ceil(((1 - this.tokens) / this.ratePerSecond) * 1000);
  }

  take(events: number): void {
    this.tokens -= events;
  }
}

export interface PumpOptions {
  source: BatchSource;
  window: SendWindow;
  clock: Clock;
  timers: Timers;
  /** With no batch in flight, a batch neither full nor urgent waits until its first event is this old (see Pump.run). */
  lingerMs: number;
  maxBatchEvents: number;
  maxBatchBytes: number;
  /** Batches published and not yet acknowledged. */
  maxInflight: number;
  /** Replay cap, events per second (Infinity: none). */
  maxEventsPerSecond: number;
  /**
   * `edge`: what an edge agent does (linger, wait for company while batches fly, mark and
   * bound replay batches). `immediate`: whatever waits goes now, every batch live: a load
   * generator that composes its own batches by what it records between two sends.
   */
  flush: 'edge' | 'immediate';
  /** The session is up: batches may go. */
  canSend(): boolean;
  /** Before a batch leaves (the edge persists its send high-water mark here). */
  beforeSend?(lastSeq: number): void;
  publish(payload: Uint8Array): boolean;
  sent(batch: { events: number; bytes: number; replay: boolean; lastSeq: number }): void;
}

/**
 * Reads the source after the window's prev_seq and sends it in batches bounded by count,
 * bytes, the replay cap and the window (docs/protocol.md "Batches and acknowledgements",
 * docs/edge.md "Forwarder").
 */
export class Pump {
  private timer: TimerHandle | undefined;
  /** The last batch sent replayed a backlog: the next read is a replay batch's worth. */
  private replaying = false;
  /** Replay batches allowed in flight now (REPLAY_INFLIGHT .. REPLAY_INFLIGHT_MAX). */
  private replayWindow = REPLAY_INFLIGHT;
  private readonly bucket: TokenBucket;

  constructor(private readonly o: PumpOptions) {
    this.bucket = new TokenBucket(o.maxEventsPerSecond, o.maxBatchEvents, o.clock.now());
  }

  /** Replay batches in flight at most, now. */
  get replayInflight(): number {
    return this.replayWindow;
  }

  /** Batches the cloud acknowledged: replay ones acknowledged fast widen the window, slow ones narrow it. */
  acknowledged(done: readonly { sentAt: number; replay: boolean }[], now: number): void {
    for (const b of done) {
      if (!b.replay) continue;
      const ms = now - b.sentAt;
      if (ms <= REPLAY_FAST_MS) this.replayWindow = Math.min(REPLAY_INFLIGHT_MAX, this.replayWindow + 1);
      else if (ms >= REPLAY_SLOW_MS) this.replayWindow = Math.max(REPLAY_INFLIGHT, Math.floor(this.replayWindow / 2));
    }
  }

  /** New events are waiting: send them unless a timer will. */
  notify(): void {
    if (this.timer === undefined) this.run();
  }

  /** Drops a pending wake-up (a rewind, a disconnect). */
  cancel(): void {
    if (this.timer !== undefined) this.o.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(ms: number): void {
    if (this.timer !== undefined) return;
    this.timer = this.o.timers.setTimeout(() => this.run(), Math.max(1, ms));
  }

  run(): void {
    // A run for another reason (an ack, a rewind) replaces a pending wake-up: left pending, it
    // would run again later and, each time, leave one more behind (a drain under the replay cap
    // then woke up once per batch acknowledged, every few milliseconds).
    this.cancel();
    const o = this.o;
    const w = o.window;
    if (!o.canSend()) return;
    const isolating = w.isolating;
    const edge = o.flush === 'edge';
    while (w.inflight.length < (isolating ? 1 : o.maxInflight)) {
      const now = o.clock.now();
      const tokens = this.bucket.available(now);
      const budget = Math.min(isolating ? 1 : o.maxBatchEvents, tokens);
      if (budget < 1) {
        this.schedule(this.bucket.waitMs());
        return;
      }
      // While a backlog drains, read no more than a replay batch takes (the full budget only to
      // find out whether one starts).
      const replayEvents = replayBatchEvents(o.maxBatchEvents, this.replayWindow);
      const want = this.replaying ? Math.min(budget, replayEvents) : budget;
      let rows = o.source.readAfter(w.sentThrough, want, o.maxBatchBytes);
      const first = rows[0];
      if (first === undefined) return;
      let replay = false;
      if (edge) {
        const bytes = rows.reduce((s, r) => s + r.payload.length, 0);
        const full = rows.length >= want || bytes >= o.maxBatchBytes / 2;
        const age = o.clock.wall() - first.recordedAtMs;
        // A door session or a snapshot changes what app users see: it goes out at once. Telemetry
        // and the like wait for company (the linger) or for the batches in flight.
        const urgent = rows.some((r) => r.cls === 'door_session' || r.cls === 'snapshot');
        if (!full && !urgent && w.inflight.length > 0) return; // more will come with the next ack
        if (!full && !urgent && age < o.lingerMs) {
          this.schedule(o.lingerMs - age);
          return;
        }
        replay = full || age > LIVE_WINDOW_MS;
        this.replaying = replay;
        // A backlog is drained in small batches with a short window: the cloud applies a fridge's
        // batches one at a time and gives every replaying fridge its turn, so after an outage of
        // a whole fleet each fridge's next batch is acknowledged within one round of everyone's
        // small batches, well inside the ack timeout (docs/protocol.md).
        if (replay && w.inflight.length >= this.replayWindow) return;
        if (replay) rows = rows.slice(0, replayEvents);
      }
      const last = rows[rows.length - 1] ?? first;
      // Recorded before the batch leaves (the edge's compaction protects what may have left).
      o.beforeSend?.(last.seq);
      const batch = w.send(rows, { now, wall: o.clock.wall(), replay });
      o.publish(batch.payload);
      this.bucket.take(rows.length);
      o.sent({ events: rows.length, bytes: batch.payload.length, replay, lastSeq: last.seq });
    }
  }
}
