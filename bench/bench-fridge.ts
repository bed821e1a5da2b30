// The benchmarks' fridges: the edge's protocol client (edge/protocol) with an outbox in memory,
// the way an edge agent sends it or as batches the benchmark composes.
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { edgeOptions } from '../edge/config.js';
import type { CompactionClass } from '../edge/outbox/index.js';
import { EventQueue, FridgeClient, type Forwarding } from '../edge/protocol/index.js';

const SILENT = pino({ level: 'silent' });

export interface PendingBatch {
  prevSeq: number;
  lastSeq: number;
  events: Uint8Array[];
  /** Each event's outbox class (edge/outbox classify): door sessions and snapshots are urgent. */
  classes?: CompactionClass[];
}

export interface LoaderCounters {
  gaps: number;
  rejected: number;
  badAcks: number;
  errors: number;
  disconnects: number;
  /** Ack timeouts of fridges that forward as the edge does (`forward`): each resent what was in flight. */
  ackTimeouts: number;
}

export const newCounters = (): LoaderCounters => ({ gaps: 0, rejected: 0, badAcks: 0, errors: 0, disconnects: 0, ackTimeouts: 0 });

/** How an edge forwards its outbox: the defaults of edge/config.ts (docs/protocol.md, docs/edge.md). */
export type { Forwarding };
const d = edgeOptions;
export const EDGE_FORWARDING: Forwarding = {
  lingerMs: d['linger-ms'].default,
  maxBatchEvents: d['max-batch-events'].default,
  maxBatchBytes: d['max-batch-bytes'].default,
  maxInflight: d['max-inflight'].default,
  ackTimeoutMs: d['ack-timeout-s'].default * 1000,
  maxEventsPerSecond: d['replay-rate'].default,
};

/**
 * Batches the caller composes (`send`): whatever was recorded goes at once as one live batch,
 * as many in flight as the caller sends; no resend before the cloud answers (an ack timeout
 * far beyond any run).
 */
const CALLER_BATCHES: Forwarding = { lingerMs: 0, maxBatchEvents: 100_000, maxBatchBytes: 4 * 1024 * 1024 - 64 * 1024, maxInflight: Infinity, ackTimeoutMs: 600_000, maxEventsPerSecond: Infinity };

interface Waiter {
  lastSeq: number;
  at: number;
  done: (ms: number) => void;
}

/**
 * A virtual fridge as the cloud sees it: own credential and client id, one outbox epoch, and
 * the edge's protocol client (edge/protocol) sending it: seqs chained by prev_seq, batches in
 * flight until a cumulative ack covers them, resends after a GAP or an ack timeout. What it
 * sends is its subclass's (the benchmarks' event generators).
 *
 * Two ways to send, chosen when connecting: without `forwarding`, `send` publishes a batch the
 * caller made (at once, live) and resolves at its ack; with it, as an edge does, `record` puts
 * events in the fridge's outbox and the client forwards them in batches bounded by count and
 * bytes, several in flight, replaying a backlog in small batches (edge/forwarder).
 */
export class BenchFridge {
  readonly epoch = randomUUID();
  private client: FridgeClient | undefined;
  private readonly queue = new EventQueue();
  /** When the last GAP ack came (performance.now()); a new owner of the district sends one. */
  gapAt = 0;
  private bdSeq = 0;
  /** Callers waiting for an ack (`send`, `record`'s callback), in seq order. */
  private readonly waiters: Waiter[] = [];
  /** First publish of each batch (by its last seq), what `onBatchAcked` runs from. */
  private readonly firstSent = new Map<number, number>();
  private drained: (() => void) | undefined;
  /** Publish-to-ack milliseconds (from its first publish) of every batch forwarded. */
  onBatchAcked: ((ms: number) => void) | undefined;

  constructor(readonly id: string, readonly password: string, readonly district: string, private readonly counters: LoaderCounters) {}

  /**
   * `birth`: as the edge does on every connect, a retained OFFLINE will and, once subscribed, a
   * retained ONLINE birth with the outbox backlog, sharing a bd_seq (docs/protocol.md).
   * `forwarding`: send what is recorded as the edge does (else: batches the caller composes).
   */
  async connect(url: string, opt: { birth?: boolean; forwarding?: Forwarding } = {}): Promise<void> {
    const f = opt.forwarding ?? CALLER_BATCHES;
    const c = this.counters;
    const client = new FridgeClient({
      fridgeId: this.id,
      district: this.district,
      epoch: this.epoch,
      source: this.queue,
      mqttUrl: url,
      username: this.id,
      password: this.password,
      keepaliveSec: 120,
      connectTimeoutMs: 60_000,
      birth: opt.birth === true ? {
        nextBdSeq: () => ++this.bdSeq,
        currentBdSeq: () => this.bdSeq,
        facts: () => ({ outboxEvents: this.queue.length, outboxBytes: this.queue.pendingBytes, lastSeq: this.queue.lastSeq, agentVersion: 'bench' }),
      } : undefined,
      reconnect: false,
      ...f,
      flush: opt.forwarding === undefined ? 'immediate' : 'edge',
      observer: {
        error: () => void c.errors++,
        connected: (up) => {
          if (!up && this.client === client) c.disconnects++;
        },
        ack: (status) => {
          if (status === 'GAP') {
            c.gaps++;
            this.gapAt = performance.now();
          } else if (status === 'REJECTED') {
            c.rejected++;
          }
        },
        invalid: (kind) => {
          if (kind === 'ack' || kind === 'ack_epoch') c.badAcks++;
        },
        resend: (cause) => {
          if (cause === 'ack_timeout') c.ackTimeouts++;
        },
        batchSent: (b) => {
          if (!this.firstSent.has(b.lastSeq)) this.firstSent.set(b.lastSeq, performance.now());
        },
        committed: (committed, done, now) => this.onCommitted(committed, done.map((d) => d.lastSeq), now),
      },
      log: SILENT,
      clock: { now: () => performance.now(), wall: () => Date.now() },
    });
    this.client = client;
    await client.start();
  }

  /**
   * Drops the connection without a DISCONNECT (with `birth`, the broker publishes the will),
   * as a network cut or a broker outage does. Batches in flight stay unacknowledged.
   */
  async close(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    await c?.stop({ abrupt: true });
  }

  /** Events recorded and not yet acknowledged. */
  get unacknowledged(): number {
    return this.queue.length;
  }

  /**
   * Puts events (from `next`/`nextDoorSession`) in this fridge's outbox; `acked` gets, for
   * each, the milliseconds from now to the ack that covers it. Forwarded when connected with
   * `forwarding`. `agoMs`: recorded that long ago (a backlog buffered during an outage).
   */
  record(b: PendingBatch, acked?: (ms: number) => void, agoMs = 0): void {
    const at = performance.now() - agoMs;
    this.enqueue(b, agoMs);
    if (acked !== undefined) for (let seq = b.prevSeq + 1; seq <= b.lastSeq; seq++) this.waiters.push({ lastSeq: seq, at, done: acked });
    this.client?.notify();
  }

  private enqueue(b: PendingBatch, agoMs: number): void {
    const wall = Date.now() - agoMs;
    b.events.forEach((payload, k) => {
      const cls = b.classes?.[k];
      this.queue.push({ seq: b.prevSeq + k + 1, recordedAtMs: wall, payload, ...(cls !== undefined ? { cls } : {}) });
    });
  }

  /** Resolves when the outbox is empty (performance.now() then), at once if it is. */
  forward(): Promise<number> {
    if (this.queue.length === 0) return Promise.resolve(performance.now());
    return new Promise<number>((resolve) => (this.drained = () => resolve(performance.now())));
  }

  private onCommitted(committed: number, batches: readonly number[], now: number): void {
    for (const lastSeq of batches) {
      const first = this.firstSent.get(lastSeq);
      if (first !== undefined) this.onBatchAcked?.(now - first);
    }
    for (const seq of this.firstSent.keys()) if (seq <= committed) this.firstSent.delete(seq);
    let n = 0;
    for (; n < this.waiters.length && (this.waiters[n] as Waiter).lastSeq <= committed; n++) {
      const w = this.waiters[n] as Waiter;
      w.done(now - w.at);
    }
    if (n > 0) this.waiters.splice(0, n);
    // The client lets the queue go past `committed` right after this.
    if (this.drained !== undefined && this.queue.lastSeq <= committed) {
      const d = this.drained;
      this.drained = undefined;
      queueMicrotask(d);
    }
  }

  /** Publishes a batch (QoS 1, live); resolves with publish-to-ack milliseconds. */
  send(b: PendingBatch): Promise<number> {
    if (this.client === undefined) return Promise.reject(new Error(`${this.id}: not connected`));
    const c = this.client;
    return new Promise((done) => {
      this.enqueue(b, 0);
      this.waiters.push({ lastSeq: b.lastSeq, at: performance.now(), done });
      c.notify();
    });
  }
}
