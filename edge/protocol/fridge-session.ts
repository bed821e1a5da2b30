import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { decodeAck, decodeCommand, encodeStatus, StatusState, topics, type farmacy, type Status } from '../../proto/index.js';
import { systemClock, systemTimers, type Clock, type TimerHandle, type Timers } from './clock.js';

export type MqttConnect = (url: string, opts: IClientOptions) => MqttClient;

/** The first connection attempt's wait for CONNACK, and the longest any attempt waits (ms). */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const MAX_CONNECT_TIMEOUT_MS = 60_000;

/** Birth and death certificates (docs/protocol.md "Birth and death", after Sparkplug B). */
export interface BirthOptions {
  /** The next bd_seq, persisted where the fridge keeps it: called once per connection attempt. */
  nextBdSeq(): number;
  /** The bd_seq of the current connection (for the clean OFFLINE). */
  currentBdSeq(): number;
  /** What the ONLINE birth says besides state, ids and bd_seq (backlog, versions). */
  facts(): Omit<Status, 'state' | 'fridgeId' | 'epoch' | 'bdSeq' | 'atMs'>;
}

export interface FridgeSessionOptions {
  fridgeId: string;
  district: string;
  epoch: string;
  url: string;
  username?: string | undefined;
  password?: string | undefined;
  tls?: { ca?: Buffer | undefined; cert?: Buffer | undefined; key?: Buffer | undefined } | undefined;
  keepaliveSec: number;
  /**
   * How long the first connection attempt waits for CONNACK (default 10 s); each attempt after
   * one that failed waits twice as long as the one before, up to MAX_CONNECT_TIMEOUT_MS.
   */
  connectTimeoutMs?: number;
  /** With a will and a retained birth on every connect; without, the fridge sends batches only. */
  birth?: BirthOptions | undefined;
  /** Subscribe to the fridge's command topic as well as to its acks. */
  commands?: boolean;
  /** Reconnect after a loss, with exponential backoff and full jitter; false: stay down. */
  reconnect: { minBackoffMs: number; maxBackoffMs: number } | false;
  /**
   * The first connection attempt failing rejects start() and ends the session, reconnects or
   * not (a load generator counts the fridge as failed to connect instead of retrying forever).
   */
  failFirst?: boolean;
  log: Logger;
  clock?: Clock;
  timers?: Timers;
  random?: () => number;
  connect?: MqttConnect;
}

export interface FridgeSessionHandlers {
  /** Subscribed and born: batches may flow. */
  up(): void;
  /** The connection is gone (whatever was in flight is unknown). */
  down(): void;
  ack(ack: farmacy.fridge.v1.Ack): void;
  command(cmd: farmacy.fridge.v1.Command): void;
  /** An undecodable ack or command, or a message on a topic of no use. */
  invalid(kind: 'ack' | 'cmd' | 'topic', reason: string): void;
  /** An error of the MQTT client (logged here already). */
  error?(err: Error): void;
}

/**
 * The fridge's MQTT session (docs/protocol.md): client id `fridge-{id}`, a persistent session,
 * the retained OFFLINE will and ONLINE birth sharing a bd_seq, subscriptions to the fridge's
 * ack (and cmd) topics, and reconnects with exponential backoff and full jitter, one MQTT client
 * per attempt so that each carries a fresh bd_seq in its will; a clean stop says goodbye.
 * Connect, say who it is, listen: what is sent on it is the send window's business.
 */
export class FridgeSession {
  private client: MqttClient | undefined;
  private up = false;
  private everUp = false;
  private stopped = false;
  private attempt = 0;
  /** Attempts in a row that ended before CONNACK (a refusal, a timeout): each doubles the next wait. */
  private failedConnects = 0;
  private reconnectTimer: TimerHandle | undefined;
  private readonly clock: Clock;
  private readonly timers: Timers;
  private readonly random: () => number;
  private readonly recentCommands: string[] = [];
  private firstUp: { resolve: () => void; reject: (err: Error) => void } | undefined;
  readonly topics: { batch: string; status: string; ack: string; cmd: string };

  constructor(private readonly o: FridgeSessionOptions, private readonly on: FridgeSessionHandlers) {
    this.clock = o.clock ?? systemClock;
    this.timers = o.timers ?? systemTimers;
    this.random = o.random ?? Math.random;
    this.topics = {
      batch: topics.batch(o.district, o.fridgeId),
      status: topics.status(o.district, o.fridgeId),
      ack: topics.ack(o.district, o.fridgeId),
      cmd: topics.cmd(o.district, o.fridgeId),
    };
  }

  get isUp(): boolean {
    return this.up;
  }

  /**
   * Starts connecting. Resolves once the first connection is up; rejects when it fails and the
   * session does not reconnect (with reconnects it keeps trying and resolves when one works).
   */
  start(): Promise<void> {
    const first = new Promise<void>((resolve, reject) => (this.firstUp = { resolve, reject }));
    // A caller that only starts (the edge agent) must not leave a rejection unhandled.
    first.catch(() => undefined);
    this.connect();
    return first;
  }

  /** Publishes a batch at QoS 1; false when not up (the send window rewinds on the next up). */
  publishBatch(payload: Uint8Array): boolean {
    const c = this.client;
    if (!this.up || c === undefined) return false;
    c.publish(this.topics.batch, Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength), { qos: 1 });
    return true;
  }

  private status(state: number, bdSeq: number, more: Partial<Status> = {}): Buffer {
    return Buffer.from(encodeStatus({ state, fridgeId: this.o.fridgeId, epoch: this.o.epoch, bdSeq, atMs: this.clock.wall(), ...more }));
  }

  private connect(): void {
    if (this.stopped) return;
    const birth = this.o.birth;
    const bdSeq = birth?.nextBdSeq() ?? 0;
    const opts: IClientOptions = {
      clientId: `fridge-${this.o.fridgeId}`,
      clean: false,
      keepalive: this.o.keepaliveSec,
      reconnectPeriod: 0, // reconnects are ours: backoff with jitter
      connectTimeout: this.connectTimeout(),
      protocolVersion: 4,
      ...(birth !== undefined ? { will: { topic: this.topics.status, payload: this.status(StatusState.OFFLINE, bdSeq), qos: 1 as const, retain: true } } : {}),
      ...(this.o.username !== undefined ? { username: this.o.username } : {}),
      ...(this.o.password !== undefined ? { password: this.o.password } : {}),
      ...(this.o.tls?.ca ? { ca: this.o.tls.ca } : {}),
      ...(this.o.tls?.cert ? { cert: this.o.tls.cert } : {}),
      ...(this.o.tls?.key ? { key: this.o.tls.key } : {}),
    };
    const client = (this.o.connect ?? mqtt.connect)(this.o.url, opts);
    this.client = client;
    client.on('connect', () => void this.onConnect(client, bdSeq));
    client.on('message', (topic, payload) => this.onMessage(topic, payload));
    client.on('error', (err) => {
      if (this.attempt === 0 || this.up) this.o.log.warn({ err: err.message }, 'mqtt error');
      this.on.error?.(err);
      if (this.o.reconnect === false || (this.o.failFirst === true && !this.everUp)) this.rejectFirst(err);
    });
    client.on('close', () => this.onClose(client));
  }

  /**
   * This attempt's wait for CONNACK. A broker that takes a reconnecting fleet in at a budget
   * (the cloud's embedded broker: 250 connections a second, docs/cloud.md) answers the last of
   * 10,000 fridges after ~40 s; with a fixed 10 s, most of the fleet would give up, go to the back
   * of the queue and give up again. Doubling after each failed attempt finds a dead broker as
   * fast the first time and gets through a queue the next. Counted from the last connection.
   */
  private connectTimeout(): number {
    const first = this.o.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    return Math.min(Math.max(first, MAX_CONNECT_TIMEOUT_MS), first * 2 ** Math.min(this.failedConnects, 16));
  }

  private async onConnect(client: MqttClient, bdSeq: number): Promise<void> {
    if (client !== this.client) return;
    // Acks come back per batch: no Nagle delay on our side of the socket either.
    (client.stream as unknown as { setNoDelay?: (on: boolean) => void } | undefined)?.setNoDelay?.(true);
    try {
      await client.subscribeAsync(this.o.commands === true ? [this.topics.ack, this.topics.cmd] : [this.topics.ack], { qos: 1 });
      // Birth certificate (Sparkplug NBIRTH): retained, carries the backlog still to come.
      const birth = this.o.birth;
      if (birth !== undefined) await client.publishAsync(this.topics.status, this.status(StatusState.ONLINE, bdSeq, birth.facts()), { qos: 1, retain: true });
    } catch (err) {
      this.o.log.warn({ err: (err as Error).message }, 'birth failed; reconnecting');
      client.end(true);
      return;
    }
    if (client !== this.client || this.stopped) return;
    this.up = true;
    this.everUp = true;
    this.attempt = 0;
    this.failedConnects = 0;
    this.o.log.info({ bdSeq }, 'connected to broker');
    const first = this.firstUp;
    this.firstUp = undefined;
    first?.resolve();
    this.on.up();
  }

  private rejectFirst(err: Error): void {
    const first = this.firstUp;
    this.firstUp = undefined;
    first?.reject(err);
  }

  private onClose(client: MqttClient): void {
    if (client !== this.client) return;
    const wasUp = this.up;
    if (wasUp) this.o.log.warn('disconnected from broker');
    this.up = false;
    client.removeAllListeners('connect');
    client.removeAllListeners('message');
    client.end(true);
    this.client = undefined;
    if (wasUp) this.on.down();
    else this.failedConnects++;
    if (this.stopped) return;
    const r = this.o.reconnect;
    if (r === false || (this.o.failFirst === true && !this.everUp)) {
      this.rejectFirst(new Error(`${this.o.fridgeId}: connection closed before CONNACK`));
      return;
    }
    // Full jitter: a random delay within an exponentially growing window.
    const window = Math.min(r.maxBackoffMs, r.minBackoffMs * 2 ** this.attempt);
    this.attempt++;
    this.reconnectTimer = this.timers.setTimeout(() => {
      this.reconnectTimer = undefined;
      this.connect();
    }, this.random() * window);
  }

  private onMessage(topic: string, payload: Buffer): void {
    if (topic === this.topics.ack) {
      const r = decodeAck(payload);
      if (r.ok) this.on.ack(r.value);
      else this.on.invalid('ack', r.reason);
    } else if (topic === this.topics.cmd) {
      const r = decodeCommand(payload);
      if (!r.ok) return this.on.invalid('cmd', r.reason);
      const id = r.value.commandId ?? '';
      // QoS 1 is at-least-once: a redelivered command must not run twice.
      if (id !== '' && this.recentCommands.includes(id)) return;
      this.recentCommands.push(id);
      if (this.recentCommands.length > 100) this.recentCommands.shift();
      try {
        this.on.command(r.value);
      } catch (err) {
        this.o.log.error({ err, commandId: id }, 'command handler failed');
      }
    } else {
      this.on.invalid('topic', topic);
    }
  }

  /**
   * Clean shutdown: with a birth, say goodbye (a retained OFFLINE, so presence is immediate,
   * not after the keep-alive), then DISCONNECT, so the broker discards the will.
   * `abrupt`: drop the connection without either, as a network cut does (the will fires).
   */
  async stop(o: { abrupt?: boolean } = {}): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer !== undefined) this.timers.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.rejectFirst(new Error(`${this.o.fridgeId}: stopped`));
    const client = this.client;
    this.client = undefined;
    const wasUp = this.up;
    this.up = false;
    if (client === undefined) return;
    if (o.abrupt === true) {
      await client.endAsync(true).catch(() => undefined);
      return;
    }
    const birth = this.o.birth;
    if (wasUp && birth !== undefined) {
      try {
        await Promise.race([
          client.publishAsync(this.topics.status, this.status(StatusState.OFFLINE, birth.currentBdSeq(), { clean: true }), { qos: 1, retain: true }),
          this.delay(2_000),
        ]);
      } catch {
        // Going down anyway; the will covers it.
      }
    }
    await Promise.race([client.endAsync(false).catch(() => undefined), this.delay(2_000)]);
    await client.endAsync(true).catch(() => undefined);
  }

  private delay(ms: number): Promise<void> {
    return new Promise((resolve) => this.timers.setTimeout(resolve, ms));
  }
}
