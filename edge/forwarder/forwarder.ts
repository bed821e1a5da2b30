import { createHash } from 'node:crypto';
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import {
  AckStatus,
  assembleBatch,
  decodeAck,
  decodeCommand,
  encodeStatus,
  StatusState,
  topics,
  type farmacy,
} from '../../proto/index.js';
import type { EdgeMetrics } from '../metrics.js';
import type { Outbox } from '../outbox/index.js';

export interface ForwarderOptions {
  outbox: Outbox;
  fridgeId: string;
  district: string;
  mqttUrl: string;
  username?: string | undefined;
  password?: string | undefined;
  tls?: { ca?: Buffer | undefined; cert?: Buffer | undefined; key?: Buffer | undefined } | undefined;
  /** A lone event waits at most this long for company before it is sent. */
  lingerMs: number;
  maxBatchEvents: number;
  maxBatchBytes: number;
  /** Batches published and not yet acknowledged. */
  maxInflight: number;
  /** No acknowledgement for this long: resend everything unacknowledged. */
  ackTimeoutMs: number;
  /** Replay cap, events per second. */
  maxEventsPerSecond: number;
  keepaliveSec: number;
  minBackoffMs: number;
  maxBackoffMs: number;
  agentVersion: string;
  /** Facts about the controller for the birth certificate. */
  controllerInfo: () => { firmwareVersion: string; controllerSerial: string };
  onCommand: (cmd: farmacy.fridge.v1.Command) => void;
  log: Logger;
  metrics: EdgeMetrics;
  now?: () => number;
  random?: () => number;
  connect?: (url: string, opts: IClientOptions) => MqttClient;
}

interface InFlight {
  lastSeq: number;
  sentAt: number;
  sentAtWall: number;
}

const BD_SEQ_KEY = 'bd_seq';
/**
 * A batch whose first event is older than this, or with more events waiting behind it, replays
 * a backlog (docs/protocol.md, Batch.replay): the cloud serves what happens now first.
 */
export const LIVE_WINDOW_MS = 5_000;
/** Batches of a backlog in flight at most (live ones: `maxInflight`)... */
export const REPLAY_INFLIGHT = 2;
/** ...and events in one of them at most (live ones: `maxBatchEvents`). */
export const REPLAY_BATCH_EVENTS = 100;
const SENT_HWM_KEY = 'sent_hwm';
const QUARANTINED_KEY = 'last_quarantined';

/**
 * docs/protocol.md "Refused batches": REJECTED answers in a row that do not move the cloud
 * past the first unacknowledged event before the edge narrows down (one event a batch), and
 * then before it quarantines that one event. The edge never resends one batch forever.
 */
export const MAX_REFUSALS = 3;

/**
 * Sends the outbox to the cloud as protobuf batches over MQTT and deletes events only when
 * the cloud acknowledged that they are committed (docs/protocol.md). Keeps several batches in
 * flight, resends from the last acknowledged seq after a reconnect, a GAP or an ack timeout,
 * and reconnects with exponential backoff and full jitter so that a fleet does not come back
 * in lock-step after a broker outage.
 */
export class Forwarder {
  private client: MqttClient | undefined;
  private connected = false;
  private stopped = false;
  private attempt = 0;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private pumpTimer: NodeJS.Timeout | undefined;
  private ackTimer: NodeJS.Timeout | undefined;
  /** Highest seq published in the current send stream. */
  private sentThrough = 0;
  private inflight: InFlight[] = [];
  private sentHighWater: number;
  /**
   * Set when the cloud answered GAP below what it had acknowledged (it lost acknowledged
   * events; they are gone here too): the highest seq it acknowledged, sent with every batch
   * until it acknowledges past it, so it can take the chain up from here (docs/protocol.md).
   */
  private cloudLostThrough: number | undefined;
  /** The last batch sent replayed a backlog: the next read is a replay batch's worth. */
  private replaying = false;
  /** REJECTED answers in a row that did not move past `head` (the acknowledged seq then). */
  private refusals = { head: -1, count: 0 };
  /**
   * While set: one event a batch and one batch in flight, up to this seq, to find the event
   * that the cloud refuses (docs/protocol.md "Refused batches").
   */
  private isolateThrough: number | undefined;
  private tokens: number;
  private tokensAt: number;
  private readonly recentCommands: string[] = [];
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly t;

  constructor(private readonly o: ForwarderOptions) {
    this.now = o.now ?? (() => performance.now());
    this.random = o.random ?? Math.random;
    this.tokens = o.maxEventsPerSecond;
    this.sentHighWater = Number(o.outbox.getMeta(SENT_HWM_KEY) ?? '0');
    this.tokensAt = this.now();
    this.t = {
      batch: topics.batch(o.district, o.fridgeId),
      status: topics.status(o.district, o.fridgeId),
      ack: topics.ack(o.district, o.fridgeId),
      cmd: topics.cmd(o.district, o.fridgeId),
    };
  }

  get isConnected(): boolean {
    return this.connected;
  }

  /**
   * Events at or below this seq may have reached the cloud (published, not yet acknowledged):
   * compaction must leave them alone, or its report could land on a seq the cloud already
   * holds and be skipped there as a duplicate. Persisted, so it holds across a crash.
   */
  get protectedThroughSeq(): number {
    return Math.max(this.sentHighWater, this.o.outbox.stats().ackedSeq);
  }

  start(): void {
    this.connect();
  }

  /** New events are in the outbox. */
  notify(): void {
    if (this.connected && this.pumpTimer === undefined) this.pump();
  }

  private connect(): void {
    if (this.stopped) return;
    const bdSeq = Number(this.o.outbox.getMeta(BD_SEQ_KEY) ?? '0') + 1;
    this.o.outbox.setMeta(BD_SEQ_KEY, String(bdSeq));
    const will = encodeStatus({ state: StatusState.OFFLINE, fridgeId: this.o.fridgeId, epoch: this.o.outbox.epoch, bdSeq, atMs: Date.now() });
    const opts: IClientOptions = {
      clientId: `fridge-${this.o.fridgeId}`,
      clean: false,
      keepalive: this.o.keepaliveSec,
      reconnectPeriod: 0, // reconnects are ours: backoff with jitter
      connectTimeout: 10_000,
      protocolVersion: 4,
      will: { topic: this.t.status, payload: Buffer.from(will), qos: 1, retain: true },
      ...(this.o.username !== undefined ? { username: this.o.username } : {}),
      ...(this.o.password !== undefined ? { password: this.o.password } : {}),
      ...(this.o.tls?.ca ? { ca: this.o.tls.ca } : {}),
      ...(this.o.tls?.cert ? { cert: this.o.tls.cert } : {}),
      ...(this.o.tls?.key ? { key: this.o.tls.key } : {}),
    };
    const client = (this.o.connect ?? mqtt.connect)(this.o.mqttUrl, opts);
    this.client = client;
    client.on('connect', () => void this.onConnect(client, bdSeq));
    client.on('message', (topic, payload) => this.onMessage(topic, payload));
    client.on('error', (err) => {
      if (this.attempt === 0 || this.connected) this.o.log.warn({ err: err.message }, 'mqtt error');
    });
    client.on('close', () => this.onClose(client));
  }

  private async onConnect(client: MqttClient, bdSeq: number): Promise<void> {
    if (client !== this.client) return;
    // Acks come back per batch: no Nagle delay on our side of the socket either.
    (client.stream as unknown as { setNoDelay?: (on: boolean) => void }).setNoDelay?.(true);
    try {
      await client.subscribeAsync([this.t.ack, this.t.cmd], { qos: 1 });
      const stats = this.o.outbox.stats();
      const info = this.o.controllerInfo();
      // Birth certificate (Sparkplug NBIRTH): retained, carries the backlog still to come.
      await client.publishAsync(
        this.t.status,
        Buffer.from(encodeStatus({
          state: StatusState.ONLINE,
          fridgeId: this.o.fridgeId,
          epoch: this.o.outbox.epoch,
          bdSeq,
          atMs: Date.now(),
          outboxEvents: stats.events,
          outboxBytes: stats.bytes,
          lastSeq: stats.lastSeq,
          agentVersion: this.o.agentVersion,
          firmwareVersion: info.firmwareVersion,
          controllerSerial: info.controllerSerial,
        })),
        { qos: 1, retain: true },
      );
    } catch (err) {
      this.o.log.warn({ err: (err as Error).message }, 'birth failed; reconnecting');
      client.end(true);
      return;
    }
    if (client !== this.client || this.stopped) return;
    this.connected = true;
    this.attempt = 0;
    this.o.metrics.mqttConnected.set(1);
    this.o.log.info({ bdSeq, backlog: this.o.outbox.stats().events }, 'connected to broker');
    this.rewind('connect');
    this.armAckTimer();
  }

  private onClose(client: MqttClient): void {
    if (client !== this.client) return;
    if (this.connected) this.o.log.warn('disconnected from broker');
    this.connected = false;
    this.inflight = [];
    this.o.metrics.mqttConnected.set(0);
    this.clearTimers();
    client.removeAllListeners('connect');
    client.removeAllListeners('message');
    client.end(true);
    this.client = undefined;
    if (this.stopped) return;
    // Full jitter: a random delay within an exponentially growing window.
    const window = Math.min(this.o.maxBackoffMs, this.o.minBackoffMs * 2 ** this.attempt);
    this.attempt++;
    const delay = this.random() * window;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.connect();
    }, delay);
  }

  /** Resend everything after the last acknowledged seq. */
  private rewind(cause: 'connect' | 'gap' | 'ack_timeout' | 'rejected'): void {
    if (cause !== 'connect') this.o.metrics.resends.inc({ cause });
    this.sentThrough = this.o.outbox.stats().ackedSeq;
    this.inflight = [];
    if (this.pumpTimer) clearTimeout(this.pumpTimer);
    this.pumpTimer = undefined;
    this.pump();
  }

  private pump(): void {
    this.pumpTimer = undefined;
    const client = this.client;
    if (!this.connected || client === undefined) return;
    const isolating = this.isolateThrough !== undefined;
    while (this.inflight.length < (isolating ? 1 : this.o.maxInflight)) {
      const now = this.now();
      this.refill(now);
      const budget = Math.min(isolating ? 1 : this.o.maxBatchEvents, Math.floor(this.tokens));
      if (budget < 1) {
        this.schedulePump(Math.ceil(((1 - this.tokens) / this.o.maxEventsPerSecond) * 1000));
        return;
      }
      // While a backlog drains, read no more than a replay batch takes (the full budget only to
      // find out whether one starts).
      const want = this.replaying ? Math.min(budget, REPLAY_BATCH_EVENTS) : budget;
      let rows = this.o.outbox.readAfter(this.sentThrough, want, this.o.maxBatchBytes);
      if (rows.length === 0) return;
      const first = rows[0];
      if (first === undefined) return;
      const bytes = rows.reduce((s, r) => s + r.payload.length, 0);
      const full = rows.length >= want || bytes >= this.o.maxBatchBytes / 2;
      const age = Date.now() - first.recordedAtMs;
      // A door session or a snapshot changes what app users see: it goes out at once. Telemetry
      // and the like wait for company (the linger) or for the batches in flight.
      const urgent = rows.some((r) => r.cls === 'door_session' || r.cls === 'snapshot');
      if (!full && !urgent && this.inflight.length > 0) return; // more will come with the next ack
      if (!full && !urgent && age < this.o.lingerMs) {
        this.schedulePump(this.o.lingerMs - age);
        return;
      }
      const replay = full || age > LIVE_WINDOW_MS;
      this.replaying = replay;
      // A backlog is drained in small batches with a short window: the cloud applies a fridge's
      // batches one at a time and gives every replaying fridge its turn, so after an outage of
      // a whole fleet each fridge's next batch is acknowledged within one round of everyone's
      // small batches, well inside the ack timeout (docs/protocol.md).
      if (replay && this.inflight.length >= REPLAY_INFLIGHT) return;
      if (replay && rows.length > REPLAY_BATCH_EVENTS) rows = rows.slice(0, REPLAY_BATCH_EVENTS);
      const last = rows[rows.length - 1] ?? first;
      const sentAtWall = Date.now();
      const payload = assembleBatch(
        {
          fridgeId: this.o.fridgeId,
          epoch: this.o.outbox.epoch,
          prevSeq: this.sentThrough,
          sentAtMs: sentAtWall,
          ...(replay ? { replay: true } : {}),
          ...(this.cloudLostThrough !== undefined ? { acknowledgedThrough: this.cloudLostThrough } : {}),
        },
        rows.map((r) => r.payload),
      );
      if (last.seq > this.sentHighWater) {
        // Recorded before the batch leaves (see protectedThroughSeq).
        this.sentHighWater = last.seq;
        this.o.outbox.setMeta(SENT_HWM_KEY, String(last.seq));
      }
      client.publish(this.t.batch, Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength), { qos: 1 });
      this.tokens -= rows.length;
      this.inflight.push({ lastSeq: last.seq, sentAt: now, sentAtWall });
      this.sentThrough = last.seq;
      this.o.metrics.batchesSent.inc({ lane: replay ? 'replay' : 'live' });
      this.o.metrics.eventsSent.inc(rows.length);
    }
  }

  private refill(now: number): void {
    const cap = Math.max(this.o.maxEventsPerSecond, this.o.maxBatchEvents);
    this.tokens = Math.min(cap, this.tokens + ((now - this.tokensAt) / 1000) * this.o.maxEventsPerSecond);
    this.tokensAt = now;
  }

  private schedulePump(ms: number): void {
    if (this.pumpTimer) return;
    this.pumpTimer = setTimeout(() => this.pump(), Math.max(1, ms));
  }

  private onMessage(topic: string, payload: Buffer): void {
    if (topic === this.t.ack) this.onAck(payload);
    else if (topic === this.t.cmd) this.onCmd(payload);
    else this.o.metrics.invalidMessages.inc({ kind: 'topic' });
  }

  private onAck(payload: Buffer): void {
    const r = decodeAck(payload);
    if (!r.ok) {
      this.o.metrics.invalidMessages.inc({ kind: 'ack' });
      this.o.log.warn({ reason: r.reason }, 'undecodable ack ignored');
      return;
    }
    const ack = r.value;
    const status = ack.status ?? AckStatus.STATUS_UNSPECIFIED;
    // docs/protocol.md: a batch the cloud could not read is answered REJECTED with no epoch.
    const unread = status === AckStatus.REJECTED && (ack.epoch ?? '') === '';
    if (ack.epoch !== this.o.outbox.epoch && !unread) {
      // An ack for an earlier outbox (moved aside or replaced): it says nothing about ours.
      this.o.metrics.invalidMessages.inc({ kind: 'ack_epoch' });
      return;
    }
    const committed = ack.committedSeq ?? 0;
    this.o.metrics.acks.inc({ status: AckStatus[status] ?? 'UNKNOWN' });
    if (status === AckStatus.GAP) {
      this.o.log.info({ committed, sentThrough: this.sentThrough }, 'cloud reports a gap: resending');
      const acked = this.o.outbox.stats().ackedSeq;
      if (committed < acked && this.cloudLostThrough === undefined) {
        this.cloudLostThrough = acked;
        this.o.metrics.invalidMessages.inc({ kind: 'ack_behind' });
        this.o.log.error({ committed, acked }, 'cloud is behind what it acknowledged (events it acknowledged are gone here): telling it so with the next batches');
      }
      this.rewind('gap');
      return;
    }
    if (status === AckStatus.REJECTED) {
      const acked = this.o.outbox.stats().ackedSeq;
      if (unread || committed <= acked) {
        this.onRefused(ack.reason ?? '', acked);
        return;
      }
      this.o.log.warn({ reason: ack.reason, committed }, 'cloud rejected a batch and moved past it (kept there as a dead letter)');
    }
    if (status !== AckStatus.OK && status !== AckStatus.REJECTED) return;
    const now = this.now();
    while (this.inflight.length > 0 && (this.inflight[0] as InFlight).lastSeq <= committed) {
      const done = this.inflight.shift() as InFlight;
      this.o.metrics.ackLatency.observe((now - done.sentAt) / 1000);
    }
    if (this.cloudLostThrough !== undefined && committed >= this.cloudLostThrough) {
      this.o.log.info({ committed }, 'cloud took up the chain again after its loss');
      this.cloudLostThrough = undefined;
    }
    this.o.outbox.ack(committed);
    this.endIsolation(committed);
    this.armAckTimer();
    this.pump();
  }

  /**
   * A REJECTED answer that does not move the cloud past what it has (docs/protocol.md
   * "Refused batches", issue 11 item 8): resend, and after MAX_REFUSALS such answers for the
   * same first event, send one event a batch; after MAX_REFUSALS more for one event alone,
   * quarantine it. So no batch is resent forever, and only the refused event leaves.
   */
  private onRefused(reason: string, acked: number): void {
    if (this.refusals.head !== acked) this.refusals = { head: acked, count: 0 };
    this.refusals.count++;
    if (this.refusals.count >= MAX_REFUSALS) {
      this.refusals.count = 0;
      if (this.isolateThrough === undefined) {
        this.isolateThrough = Math.max(this.sentThrough, acked + 1);
        this.o.log.warn({ reason, from: acked + 1, through: this.isolateThrough }, 'cloud keeps refusing a batch without moving past it: sending one event at a time to find the one it refuses');
      } else {
        this.quarantine(acked, reason);
      }
    } else {
      this.o.log.warn({ reason, acked, refusals: this.refusals.count }, 'cloud refused a batch without moving past it: resending');
    }
    this.rewind('rejected');
  }

  /**
   * DESIGN.md property 5, nothing dropped without a trace: the first unacknowledged event,
   * refused alone MAX_REFUSALS times, leaves the outbox with an error log (seq, kind, size,
   * SHA-256), a counter and a record in the outbox's meta; the cloud keeps it as a dead letter.
   * The next batches carry acknowledged_through = its seq, so the cloud takes the chain up
   * after it, counts it lost and reconciles the stock from a snapshot.
   */
  private quarantine(acked: number, reason: string): void {
    const row = this.o.outbox.readAfter(acked, 1, Number.MAX_SAFE_INTEGER)[0];
    if (row === undefined) return;
    const sha256 = createHash('sha256').update(row.payload).digest('hex');
    const record = { seq: row.seq, kind: row.cls, bytes: row.payload.length, sha256, recordedAtMs: row.recordedAtMs, reason, atMs: Date.now() };
    this.o.log.error(record, 'event quarantined: the cloud refused it alone again and again; removed from the outbox and reported to the cloud as lost (it reconciles from a snapshot)');
    this.o.metrics.quarantinedEvents.inc({ kind: row.cls, reason });
    this.o.outbox.setMeta(QUARANTINED_KEY, JSON.stringify(record));
    this.o.outbox.ack(row.seq);
    this.cloudLostThrough = Math.max(this.cloudLostThrough ?? 0, row.seq);
    this.endIsolation(row.seq);
  }

  private endIsolation(acked: number): void {
    if (this.isolateThrough === undefined || acked < this.isolateThrough) return;
    this.isolateThrough = undefined;
    this.o.log.info({ acked }, 'past the refused batch: batching again');
  }

  private onCmd(payload: Buffer): void {
    const r = decodeCommand(payload);
    if (!r.ok) {
      this.o.metrics.invalidMessages.inc({ kind: 'cmd' });
      this.o.log.warn({ reason: r.reason }, 'undecodable command ignored');
      return;
    }
    const id = r.value.commandId ?? '';
    // QoS 1 is at-least-once: a redelivered command must not run twice.
    if (id !== '' && this.recentCommands.includes(id)) return;
    this.recentCommands.push(id);
    if (this.recentCommands.length > 100) this.recentCommands.shift();
    try {
      this.o.onCommand(r.value);
    } catch (err) {
      this.o.log.error({ err, commandId: id }, 'command handler failed');
    }
  }

  private armAckTimer(): void {
    if (this.ackTimer) clearInterval(this.ackTimer);
    this.ackTimer = setInterval(() => {
      const oldest = this.inflight[0];
      if (oldest !== undefined && this.now() - oldest.sentAt > this.o.ackTimeoutMs) {
        this.o.log.warn({ lastSeq: oldest.lastSeq }, 'no acknowledgement in time: resending');
        this.rewind('ack_timeout');
      }
    }, Math.max(100, Math.floor(this.o.ackTimeoutMs / 4)));
    this.ackTimer.unref();
  }

  private clearTimers(): void {
    if (this.pumpTimer) clearTimeout(this.pumpTimer);
    if (this.ackTimer) clearInterval(this.ackTimer);
    this.pumpTimer = undefined;
    this.ackTimer = undefined;
  }

  /** Clean shutdown: say goodbye (so presence is immediate, not after the keep-alive), close. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.clearTimers();
    const client = this.client;
    this.client = undefined;
    if (client === undefined) return;
    if (this.connected) {
      const bdSeq = Number(this.o.outbox.getMeta(BD_SEQ_KEY) ?? '0');
      try {
        await Promise.race([
          client.publishAsync(
            this.t.status,
            Buffer.from(encodeStatus({ state: StatusState.OFFLINE, fridgeId: this.o.fridgeId, epoch: this.o.outbox.epoch, bdSeq, atMs: Date.now(), clean: true })),
            { qos: 1, retain: true },
          ),
          new Promise((resolve) => setTimeout(resolve, 2_000)),
        ]);
      } catch {
        // Going down anyway; the will covers it.
      }
    }
    this.connected = false;
    this.o.metrics.mqttConnected.set(0);
    // A graceful end sends DISCONNECT, so the broker discards the will.
    await Promise.race([client.endAsync(false).catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2_000))]);
    await client.endAsync(true).catch(() => undefined);
  }
}
