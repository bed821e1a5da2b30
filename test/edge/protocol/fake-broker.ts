// An MQTT client in memory for the protocol client's unit tests: it "connects" at once, records
// what is published and lets the test answer with acks. No broker, no sockets.
import { EventEmitter } from 'node:events';
import type { IClientOptions, MqttClient } from 'mqtt';
import { AckStatus, decodeBatch, decodeStatus, encodeAck, topics, type farmacy } from '../../../proto/index.js';

export interface SentBatch {
  prevSeq: number;
  seqs: number[];
  replay: boolean;
  sentAtMs: number;
  acknowledgedThrough: number;
  lastSeq: number;
}

export class FakeBroker {
  readonly clients: Array<MqttClient & EventEmitter> = [];
  readonly options: IClientOptions[] = [];
  readonly batches: SentBatch[] = [];
  readonly statuses: farmacy.fridge.v1.Status[] = [];
  /** Answer every batch with an OK ack of its last seq (on the next microtask). */
  autoAck = false;
  /** Batches acknowledged by ackNext(), oldest first. */
  acked = 0;
  /** The next this many connection attempts end without CONNACK (refused, timed out). */
  refuse = 0;

  constructor(readonly district: string, readonly fridgeId: string, readonly epoch: string) {}

  readonly connect = (_url: string, opts: IClientOptions): MqttClient => {
    const c = new EventEmitter() as MqttClient & EventEmitter;
    const record = (topic: string, payload: Buffer): void => {
      if (topic === topics.status(this.district, this.fridgeId)) {
        const s = decodeStatus(payload);
        if (s.ok) this.statuses.push(s.value);
        return;
      }
      const b = decodeBatch(payload);
      if (!b.ok) throw new Error(b.reason);
      const seqs = (b.value.events ?? []).map((e) => Number(e.seq));
      const sent = { prevSeq: Number(b.value.prevSeq ?? 0), seqs, replay: b.value.replay === true, sentAtMs: Number(b.value.sentAtMs), acknowledgedThrough: Number(b.value.acknowledgedThrough ?? 0), lastSeq: seqs[seqs.length - 1] ?? 0 };
      this.batches.push(sent);
      if (this.autoAck) queueMicrotask(() => this.ack(AckStatus.OK, sent.lastSeq));
    };
    Object.assign(c, {
      subscribeAsync: () => Promise.resolve([]),
      publishAsync: (topic: string, payload: Buffer) => {
        record(topic, payload);
        return Promise.resolve(undefined);
      },
      publish: (topic: string, payload: Buffer) => {
        record(topic, payload);
        return c;
      },
      end: () => c,
      endAsync: () => Promise.resolve(),
    });
    this.clients.push(c);
    this.options.push(opts);
    if (this.refuse > 0) {
      this.refuse -= 1;
      queueMicrotask(() => c.emit('close'));
    } else queueMicrotask(() => c.emit('connect'));
    return c;
  };

  get client(): MqttClient & EventEmitter {
    const c = this.clients[this.clients.length - 1];
    if (c === undefined) throw new Error('not connected');
    return c;
  }

  /** An OK ack of the oldest batch ackNext() has not acknowledged yet. */
  ackNext(): void {
    const b = this.batches[this.acked];
    if (b === undefined) throw new Error('no batch to acknowledge');
    this.acked += 1;
    this.ack(AckStatus.OK, b.lastSeq);
  }

  ack(status: number, committedSeq: number, epoch = this.epoch): void {
    this.client.emit('message', topics.ack(this.district, this.fridgeId), Buffer.from(encodeAck({ epoch, status, committedSeq })));
  }

  /** The connection drops (a network cut). */
  drop(): void {
    this.client.emit('close');
  }
}
