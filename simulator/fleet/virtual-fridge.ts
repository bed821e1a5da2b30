import type { Logger } from 'pino';
import { EventQueue, FridgeClient } from '../../edge/protocol/index.js';
import { encodeFridgeEvent } from '../../proto/index.js';
import type { MealSpec } from '../scenario/index.js';
import type { Rng } from '../support/prng.js';
import { newStock, nextEvent, type FleetStock } from './fleet-events.js';
import type { LatencyRecorder } from './latency.js';

export interface FleetCounters {
  connected: number;
  connectFailures: number;
  batchesSent: number;
  batchesResent: number;
  batchesAcked: number;
  eventsAcked: number;
  bytesSent: number;
  gaps: number;
  rejected: number;
  staleAcks: number;
  completedFridges: number;
}

export interface VirtualFridgeOptions {
  fridgeId: string;
  district: string;
  brokerUrl: string;
  username: string;
  password: string;
  rng: Rng;
  meals: readonly MealSpec[];
  batches: number;
  eventsPerBatch: number;
  inflight: number;
  ackTimeoutMs: number;
  counters: FleetCounters;
  latency: LatencyRecorder;
  logger: Logger;
  now: () => number;
}

/**
 * A fridge as the cloud sees it, without an edge agent behind it: the edge's protocol client
 * (edge/protocol, docs/protocol.md) over MQTT, fed by generated events instead of an outbox.
 * Birth with a will, batches of `eventsPerBatch` chained by prev_seq with `inflight` in flight,
 * cumulative acks, resend after the last acknowledged seq on GAP, on ack timeout and after a
 * reconnect. Every batch is live (the load is what happens now, not a backlog).
 */
export class VirtualFridge {
  private readonly epoch: string;
  private bdSeq = 0;
  private readonly stock: FleetStock;
  private readonly queue = new EventQueue();
  private readonly client: FridgeClient;
  private recorded = 0;
  private committed = 0;
  private highestSent = 0;
  private done: (() => void) | undefined;
  private finished = false;
  private countedConnect = false;

  constructor(private readonly o: VirtualFridgeOptions) {
    this.epoch = o.rng.uuid();
    this.stock = newStock(o.rng, o.meals, o.rng.int(20, 60));
    const c = o.counters;
    this.client = new FridgeClient({
      fridgeId: o.fridgeId,
      district: o.district,
      epoch: this.epoch,
      source: this.queue,
      mqttUrl: o.brokerUrl,
      username: o.username,
      password: o.password,
      keepaliveSec: 30,
      birth: {
        nextBdSeq: () => ++this.bdSeq,
        currentBdSeq: () => this.bdSeq,
        facts: () => ({ outboxEvents: Math.max(0, this.lastSeq - this.committed), lastSeq: this.lastSeq, agentVersion: 'ffsim-fleet/0.1', firmwareVersion: 'ffc-sim' }),
      },
      // After a reconnect nothing in flight can be trusted: birth again, resend the unacked.
      reconnect: { minBackoffMs: 1_000, maxBackoffMs: 1_000 },
      failFirst: true,
      lingerMs: 0,
      maxBatchEvents: o.eventsPerBatch,
      maxBatchBytes: 4 * 1024 * 1024,
      maxInflight: o.inflight,
      ackTimeoutMs: o.ackTimeoutMs,
      maxEventsPerSecond: Infinity,
      flush: 'immediate',
      observer: {
        batchSent: (b) => {
          c.batchesSent++;
          if (b.lastSeq <= this.highestSent) c.batchesResent++;
          this.highestSent = Math.max(this.highestSent, b.lastSeq);
          c.bytesSent += b.bytes;
        },
        ack: (status) => {
          if (status === 'GAP') c.gaps++;
          else if (status === 'REJECTED') c.rejected++;
        },
        invalid: (kind) => {
          if (kind === 'ack_epoch') c.staleAcks++;
        },
        committed: (committed, done, now) => {
          for (const b of done) {
            o.latency.record(now - b.sentAt);
            c.batchesAcked++;
            c.eventsAcked += o.eventsPerBatch;
          }
          this.advance(committed);
        },
      },
      log: o.logger,
      clock: { now: () => performance.now(), wall: o.now },
    });
  }

  get lastSeq(): number {
    return this.o.batches * this.o.eventsPerBatch;
  }

  get complete(): boolean {
    return this.committed >= this.lastSeq;
  }

  /** Connects, subscribes to acks and publishes the birth certificate. */
  async connect(): Promise<void> {
    await this.client.start();
    if (!this.countedConnect) this.o.counters.connected++;
    this.countedConnect = true;
  }

  /** Publishes every batch and resolves once all are acknowledged (or `signal` aborts). */
  async run(signal: AbortSignal): Promise<void> {
    if (this.complete) return;
    const finished = new Promise<void>((resolve) => {
      this.done = resolve;
    });
    const onAbort = (): void => this.finish();
    signal.addEventListener('abort', onAbort, { once: true });
    this.topUp();
    await finished;
    signal.removeEventListener('abort', onAbort);
  }

  /** Clean shutdown: OFFLINE published by the fridge itself, then disconnect. */
  async close(): Promise<void> {
    this.finish();
    await this.client.stop();
  }

  /** Generates the next batches' events, a window's worth ahead of what is acknowledged. */
  private topUp(): void {
    if (this.finished) return;
    const ahead = (this.o.inflight + 1) * this.o.eventsPerBatch;
    while (this.recorded < this.lastSeq && this.recorded - this.committed < ahead) {
      for (let k = 0; k < this.o.eventsPerBatch; k++) {
        const seq = ++this.recorded;
        const at = this.o.now();
        this.queue.push({ seq, recordedAtMs: at, payload: encodeFridgeEvent(nextEvent(this.o.rng, this.stock, seq, at)) });
      }
    }
    this.client.notify();
  }

  private advance(committed: number): void {
    if (committed <= this.committed) return;
    this.committed = Math.min(committed, this.lastSeq);
    if (this.complete) {
      this.o.counters.completedFridges++;
      this.finish();
    } else {
      this.topUp();
    }
  }

  private finish(): void {
    this.finished = true;
    const d = this.done;
    this.done = undefined;
    d?.();
  }
}
