import { connect, type IClientOptions, type MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import {
  AckStatus, StatusState, assembleBatch, decodeAck, encodeFridgeEvent, encodeStatus, topics, type Status,
} from '../../proto/index.js';
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

interface Sent {
  index: number;
  sentAt: number;
}

/**
 * A fridge as the cloud sees it, without an edge agent behind it: speaks the edge -> cloud
 * protocol (docs/protocol.md) straight over MQTT. Birth with a will, batches chained by
 * prev_seq with several in flight, cumulative acks, resend after committed_seq on GAP or on
 * ack timeout.
 */
export class VirtualFridge {
  private client: MqttClient | undefined;
  private readonly epoch: string;
  private readonly bdSeq: number;
  private readonly stock: FleetStock;
  private readonly encoded: Uint8Array[][] = [];
  private readonly inflight = new Map<number, Sent>();
  private nextIndex = 0;
  private committed = 0;
  private done: (() => void) | undefined;
  private finished = false;
  private sweep: NodeJS.Timeout | undefined;
  private readonly t = {
    batch: '',
    status: '',
    ack: '',
  };

  constructor(private readonly o: VirtualFridgeOptions) {
    this.epoch = o.rng.uuid();
    this.bdSeq = 1;
    this.stock = newStock(o.rng, o.meals, o.rng.int(20, 60));
    this.t = { batch: topics.batch(o.district, o.fridgeId), status: topics.status(o.district, o.fridgeId), ack: topics.ack(o.district, o.fridgeId) };
  }

  get lastSeq(): number {
    return this.o.batches * this.o.eventsPerBatch;
  }

  get complete(): boolean {
    return this.committed >= this.lastSeq;
  }

  /** Connects, subscribes to acks and publishes the birth certificate. */
  async connect(): Promise<void> {
    const opts: IClientOptions = {
      clientId: `fridge-${this.o.fridgeId}`,
      username: this.o.username,
      password: this.o.password,
      clean: false,
      protocolVersion: 4,
      keepalive: 30,
      reconnectPeriod: 1_000,
      connectTimeout: 10_000,
      will: { topic: this.t.status, payload: Buffer.from(encodeStatus(this.status(StatusState.OFFLINE))), qos: 1, retain: true },
    };
    const client = connect(this.o.brokerUrl, opts);
    this.client = client;
    client.on('error', (err) => this.o.logger.debug({ err }, 'mqtt error'));
    client.on('message', (topic, payload) => {
      if (topic === this.t.ack) this.onAck(payload);
    });
    await new Promise<void>((resolve, reject) => {
      const onErr = (err: Error): void => {
        client.off('connect', onConn);
        reject(err);
      };
      const onConn = (): void => {
        client.off('error', onErr);
        resolve();
      };
      client.once('connect', onConn);
      client.once('error', onErr);
    });
    await client.subscribeAsync(this.t.ack, { qos: 1 });
    await client.publishAsync(this.t.status, Buffer.from(encodeStatus(this.status(StatusState.ONLINE))), { qos: 1, retain: true });
    // After a reconnect nothing in flight can be trusted: birth again, resend the unacked.
    client.on('connect', () => {
      void client.publishAsync(this.t.status, Buffer.from(encodeStatus(this.status(StatusState.ONLINE))), { qos: 1, retain: true }).catch(() => {});
      this.resendFromCommitted();
    });
    this.o.counters.connected++;
  }

  /** Publishes every batch and resolves once all are acknowledged (or `signal` aborts). */
  async run(signal: AbortSignal): Promise<void> {
    if (this.complete) return;
    const finished = new Promise<void>((resolve) => {
      this.done = resolve;
    });
    const onAbort = (): void => this.finish();
    signal.addEventListener('abort', onAbort, { once: true });
    this.sweep = setInterval(() => this.checkTimeouts(), Math.max(50, this.o.ackTimeoutMs / 4));
    this.pump();
    await finished;
    signal.removeEventListener('abort', onAbort);
  }

  /** Clean shutdown: OFFLINE published by the fridge itself, then disconnect. */
  async close(): Promise<void> {
    this.finish();
    const c = this.client;
    this.client = undefined;
    if (c === undefined) return;
    if (c.connected) {
      const bye = this.status(StatusState.OFFLINE);
      bye.clean = true;
      await Promise.race([
        c.publishAsync(this.t.status, Buffer.from(encodeStatus(bye)), { qos: 1, retain: true }).catch(() => undefined),
        new Promise((r) => setTimeout(r, 2_000)),
      ]);
    }
    await c.endAsync(!c.connected).catch(() => undefined);
  }

  private status(state: number): Status {
    return {
      state,
      fridgeId: this.o.fridgeId,
      epoch: this.epoch,
      bdSeq: this.bdSeq,
      atMs: this.o.now(),
      outboxEvents: Math.max(0, this.lastSeq - this.committed),
      lastSeq: this.lastSeq,
      agentVersion: 'ffsim-fleet/0.1',
      firmwareVersion: 'ffc-sim',
    };
  }

  private batchEvents(index: number): Uint8Array[] {
    let evs = this.encoded[index];
    if (evs === undefined) {
      evs = [];
      const first = index * this.o.eventsPerBatch + 1;
      for (let k = 0; k < this.o.eventsPerBatch; k++) evs.push(encodeFridgeEvent(nextEvent(this.o.rng, this.stock, first + k, this.o.now())));
      this.encoded[index] = evs;
    }
    return evs;
  }

  private pump(): void {
    const c = this.client;
    if (c === undefined || this.finished) return;
    while (this.inflight.size < this.o.inflight && this.nextIndex < this.o.batches) {
      const index = this.nextIndex++;
      if ((index + 1) * this.o.eventsPerBatch <= this.committed) continue;
      const sentAt = this.o.now();
      const resend = this.encoded[index] !== undefined;
      const payload = assembleBatch(
        { fridgeId: this.o.fridgeId, epoch: this.epoch, prevSeq: index * this.o.eventsPerBatch, sentAtMs: sentAt },
        this.batchEvents(index),
      );
      this.inflight.set(index, { index, sentAt });
      this.o.counters.batchesSent++;
      if (resend) this.o.counters.batchesResent++;
      this.o.counters.bytesSent += payload.length;
      c.publish(this.t.batch, Buffer.from(payload), { qos: 1 }, (err) => {
        if (err) this.o.logger.debug({ err }, 'batch publish failed');
      });
    }
  }

  private onAck(payload: Buffer): void {
    const r = decodeAck(payload);
    if (!r.ok) {
      this.o.logger.warn({ reason: r.reason }, 'undecodable ack');
      return;
    }
    const ack = r.value;
    if (ack.epoch !== this.epoch) {
      this.o.counters.staleAcks++;
      return;
    }
    const committed = Number(ack.committedSeq ?? 0);
    switch (ack.status) {
      case AckStatus.OK:
      case AckStatus.REJECTED:
        if (ack.status === AckStatus.REJECTED) this.o.counters.rejected++;
        this.advance(committed);
        break;
      case AckStatus.GAP:
        // docs/protocol.md: on GAP resend everything after committed_seq.
        this.o.counters.gaps++;
        this.committed = Math.max(this.committed, committed);
        this.resendFromCommitted();
        break;
      default:
        this.o.logger.warn({ status: ack.status }, 'ack with unknown status');
    }
  }

  private advance(committed: number): void {
    if (committed <= this.committed) return;
    this.committed = Math.min(committed, this.lastSeq);
    const now = this.o.now();
    for (const [index, s] of this.inflight) {
      if ((index + 1) * this.o.eventsPerBatch <= this.committed) {
        this.inflight.delete(index);
        this.o.latency.record(now - s.sentAt);
        this.o.counters.batchesAcked++;
        this.o.counters.eventsAcked += this.o.eventsPerBatch;
        delete this.encoded[index];
      }
    }
    if (this.complete) {
      this.o.counters.completedFridges++;
      this.finish();
    } else {
      this.pump();
    }
  }

  private resendFromCommitted(): void {
    this.inflight.clear();
    this.nextIndex = Math.floor(this.committed / this.o.eventsPerBatch);
    this.pump();
  }

  private checkTimeouts(): void {
    const now = this.o.now();
    for (const s of this.inflight.values()) {
      if (now - s.sentAt > this.o.ackTimeoutMs) {
        this.resendFromCommitted();
        return;
      }
    }
  }

  private finish(): void {
    if (this.sweep !== undefined) clearInterval(this.sweep);
    this.sweep = undefined;
    this.finished = true;
    const d = this.done;
    this.done = undefined;
    d?.();
  }
}
