import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { AckStatus, type farmacy } from '../../proto/index.js';
import { systemClock, systemTimers, type Clock, type TimerHandle, type Timers } from './clock.js';
import { FridgeSession, type FridgeSessionOptions } from './fridge-session.js';
import { Pump, type BatchSource } from './pump.js';
import { SendWindow, type InFlight } from './send-window.js';

export type ResendCause = 'gap' | 'ack_timeout' | 'rejected';

/** What a client reports as it goes: the edge turns it into metrics, a benchmark into counters. */
export interface FridgeClientObserver {
  connected?(up: boolean): void;
  /** An error of the MQTT client (a refused CONNECT, a socket error). */
  error?(err: Error): void;
  batchSent?(b: { events: number; bytes: number; replay: boolean; lastSeq: number }): void;
  /** Every ack of this epoch (or an unread refusal), by status name. */
  ack?(status: string): void;
  /** The cloud committed through `committed`; `done` are the batches it covered (with their send times). */
  committed?(committed: number, done: readonly InFlight[], now: number): void;
  resend?(cause: ResendCause): void;
  invalid?(kind: 'ack' | 'cmd' | 'topic' | 'ack_epoch' | 'ack_behind'): void;
  quarantined?(q: Quarantined): void;
}

export interface Quarantined {
  seq: number;
  kind: string;
  bytes: number;
  sha256: string;
  recordedAtMs: number;
  reason: string;
  atMs: number;
}

/** How a fridge forwards what waits to be sent (docs/protocol.md; the edge's --options). */
export interface Forwarding {
  /** With no batch in flight, a batch neither full nor urgent waits until its first event is this old (see Pump.run). */
  lingerMs: number;
  maxBatchEvents: number;
  maxBatchBytes: number;
  /** Batches published and not yet acknowledged. */
  maxInflight: number;
  /** No acknowledgement for this long: resend everything unacknowledged. */
  ackTimeoutMs: number;
  /** Replay cap, events per second (Infinity: none). */
  maxEventsPerSecond: number;
}

/** The session's own options (identity, credentials, birth, reconnects, clock and timers) as they are. */
type SessionPart = Pick<FridgeSessionOptions, 'fridgeId' | 'district' | 'epoch' | 'username' | 'password' | 'tls' | 'keepaliveSec' | 'connectTimeoutMs' | 'birth' | 'reconnect' | 'failFirst' | 'log' | 'clock' | 'timers' | 'random' | 'connect'>;

export interface FridgeClientOptions extends Forwarding, SessionPart {
  source: BatchSource;
  mqttUrl: string;
  /** Commands from the cloud (subscribes to the cmd topic). */
  onCommand?: ((cmd: farmacy.fridge.v1.Command) => void) | undefined;
  /** See PumpOptions.flush; `edge` unless said otherwise. */
  flush?: 'edge' | 'immediate';
  /** Before a batch leaves: e.g. persist a send high-water mark. */
  beforeSend?(lastSeq: number): void;
  /** Remove the refused event for good (the edge records it in its outbox meta first). */
  quarantine?(q: Quarantined): void;
  observer?: FridgeClientObserver;
}

/**
 * The fridge side of the edge → cloud protocol (docs/protocol.md), the one implementation that
 * the edge agent, the fleet simulator, the benchmarks and the tests' fridges all use: the
 * session (birth, will, reconnects), the pump (batches, linger, replay cap, replay marking) and
 * the send window (prev_seq chain, cumulative acks, GAP, ack timeout, refused batches). Events
 * leave the source only when the cloud acknowledged them.
 */
export class FridgeClient {
  readonly window: SendWindow;
  private readonly session: FridgeSession;
  private readonly pump: Pump;
  private readonly clock: Clock;
  private readonly timers: Timers;
  private ackTimer: TimerHandle | undefined;
  private readonly log: Logger;

  constructor(private readonly o: FridgeClientOptions) {
    this.clock = o.clock ?? systemClock;
    this.timers = o.timers ?? systemTimers;
    this.log = o.log;
    this.window = new SendWindow(o.fridgeId, o.epoch);
    this.session = new FridgeSession(
      {
        fridgeId: o.fridgeId,
        district: o.district,
        epoch: o.epoch,
        url: o.mqttUrl,
        username: o.username,
        password: o.password,
        tls: o.tls,
        keepaliveSec: o.keepaliveSec,
        ...(o.connectTimeoutMs !== undefined ? { connectTimeoutMs: o.connectTimeoutMs } : {}),
        birth: o.birth,
        commands: o.onCommand !== undefined,
        reconnect: o.reconnect,
        ...(o.failFirst !== undefined ? { failFirst: o.failFirst } : {}),
        log: o.log,
        clock: this.clock,
        timers: this.timers,
        ...(o.random ? { random: o.random } : {}),
        ...(o.connect ? { connect: o.connect } : {}),
      },
      {
        up: () => this.onUp(),
        down: () => this.onDown(),
        ack: (ack) => this.onAck(ack),
        command: (cmd) => o.onCommand?.(cmd),
        error: (err) => o.observer?.error?.(err),
        invalid: (kind, reason) => {
          o.observer?.invalid?.(kind);
          if (kind !== 'topic') o.log.warn({ reason }, `undecodable ${kind === 'ack' ? 'ack' : 'command'} ignored`);
        },
      },
    );
    this.pump = new Pump({
      source: o.source,
      window: this.window,
      clock: this.clock,
      timers: this.timers,
      lingerMs: o.lingerMs,
      maxBatchEvents: o.maxBatchEvents,
      maxBatchBytes: o.maxBatchBytes,
      maxInflight: o.maxInflight,
      maxEventsPerSecond: o.maxEventsPerSecond,
      flush: o.flush ?? 'edge',
      canSend: () => this.session.isUp,
      ...(o.beforeSend ? { beforeSend: (seq: number) => o.beforeSend?.(seq) } : {}),
      publish: (payload) => this.session.publishBatch(payload),
      sent: (b) => o.observer?.batchSent?.(b),
    });
  }

  /** Replay batches allowed in flight now (the adaptive replay window, docs/protocol.md). */
  get replayInflight(): number {
    return this.pump.replayInflight;
  }

  get isConnected(): boolean {
    return this.session.isUp;
  }

  get topics(): FridgeSession['topics'] {
    return this.session.topics;
  }

  /** Connects (and keeps reconnecting if so configured); resolves when first up. */
  start(): Promise<void> {
    return this.session.start();
  }

  /** New events are in the source. */
  notify(): void {
    if (this.session.isUp) this.pump.notify();
  }

  private onUp(): void {
    this.o.observer?.connected?.(true);
    this.rewind(undefined);
    this.armAckTimer();
  }

  private onDown(): void {
    this.window.rewind(this.o.source.ackedSeq());
    this.o.observer?.connected?.(false);
    this.clearTimers();
  }

  /** Resend everything after the last acknowledged seq (after a reconnect: `undefined` cause). */
  private rewind(cause: ResendCause | undefined): void {
    if (cause !== undefined) this.o.observer?.resend?.(cause);
    this.window.rewind(this.o.source.ackedSeq());
    this.pump.cancel();
    this.pump.run();
  }

  private onAck(ack: farmacy.fridge.v1.Ack): void {
    const acked = this.o.source.ackedSeq();
    const r = this.window.onAck(ack, acked);
    if (r.kind === 'foreign') {
      this.o.observer?.invalid?.('ack_epoch');
      return;
    }
    const status = ack.status ?? AckStatus.STATUS_UNSPECIFIED;
    this.o.observer?.ack?.(AckStatus[status] ?? 'UNKNOWN');
    switch (r.kind) {
      case 'ignored':
        return;
      case 'gap':
        // docs/protocol.md: on GAP the edge resends everything after committed_seq.
        this.log.info({ committed: r.committed, acked, sentThrough: this.window.sentThrough }, 'cloud reports a gap: resending');
        // Past what was acknowledged: the cloud committed batches whose acks never came (a
        // takeover, lost acks). It has them, so they are acknowledged here too (they leave the
        // outbox as on OK) and the resend starts after them.
        if (r.ahead !== undefined) this.onCommitted(r.committed, r.ahead);
        if (r.behind) {
          this.o.observer?.invalid?.('ack_behind');
          this.log.error({ committed: r.committed, acked }, 'cloud is behind what it acknowledged (events it acknowledged are gone here): telling it so with the next batches');
        }
        this.rewind('gap');
        return;
      case 'refused':
        this.onRefused(r.reason, r.action, r.refusals, r.acked, r.isolateThrough);
        return;
      case 'committed': {
        if (r.movedPastRejection) this.log.warn({ reason: ack.reason, committed: r.committed }, 'cloud rejected a batch and moved past it (kept there as a dead letter)');
        this.onCommitted(r.committed, r);
        this.armAckTimer();
        this.pump.run();
        return;
      }
      default: {
        const unhandled: never = r;
        throw new Error(`unhandled ack outcome ${JSON.stringify(unhandled)}`);
      }
    }
  }

  /** The cloud holds every event through `committed`: they leave the source. */
  private onCommitted(committed: number, r: { done: readonly InFlight[]; chainResumed: boolean; isolationEnded: boolean }): void {
    this.o.observer?.committed?.(committed, r.done, this.clock.now());
    this.pump.acknowledged(r.done, this.clock.now());
    if (r.chainResumed) this.log.info({ committed }, 'cloud took up the chain again after its loss');
    this.o.source.ack(committed);
    if (r.isolationEnded) this.log.info({ acked: committed }, 'past the refused batch: batching again');
  }

  /**
   * A REJECTED answer that does not move the cloud past what it has (docs/protocol.md
   * "Refused batches", issue 11 item 8): resend, and after MAX_REFUSALS such answers for the
   * same first event, send one event a batch; after MAX_REFUSALS more for one event alone,
   * quarantine it. So no batch is resent forever, and only the refused event leaves.
   */
  private onRefused(reason: string, action: 'resend' | 'isolate' | 'quarantine', refusals: number, acked: number, isolateThrough: number | undefined): void {
    if (action === 'isolate') this.log.warn({ reason, from: acked + 1, through: isolateThrough }, 'cloud keeps refusing a batch without moving past it: sending one event at a time to find the one it refuses');
    else if (action === 'quarantine') this.quarantine(acked, reason);
    else this.log.warn({ reason, acked, refusals }, 'cloud refused a batch without moving past it: resending');
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
    const row = this.o.source.readAfter(acked, 1, Number.MAX_SAFE_INTEGER)[0];
    if (row === undefined) return;
    const sha256 = createHash('sha256').update(row.payload).digest('hex');
    const record: Quarantined = { seq: row.seq, kind: row.cls ?? 'unknown', bytes: row.payload.length, sha256, recordedAtMs: row.recordedAtMs, reason, atMs: this.clock.wall() };
    this.log.error(record, 'event quarantined: the cloud refused it alone again and again; removed from the outbox and reported to the cloud as lost (it reconciles from a snapshot)');
    this.o.observer?.quarantined?.(record);
    this.o.quarantine?.(record);
    this.o.source.ack(row.seq);
    if (this.window.skipped(row.seq)) this.log.info({ acked: row.seq }, 'past the refused batch: batching again');
  }

  /** No acknowledgement in time: resend everything unacknowledged (checked every quarter of the timeout). */
  private armAckTimer(): void {
    if (this.ackTimer !== undefined) this.timers.clearTimeout(this.ackTimer);
    const every = Math.max(100, Math.floor(this.o.ackTimeoutMs / 4));
    const check = (): void => {
      const oldest = this.window.overdue(this.clock.now(), this.o.ackTimeoutMs);
      if (oldest !== undefined) {
        this.log.warn({ lastSeq: oldest.lastSeq }, 'no acknowledgement in time: resending');
        this.rewind('ack_timeout');
      }
      this.ackTimer = this.timers.setTimeout(check, every);
      unref(this.ackTimer);
    };
    this.ackTimer = this.timers.setTimeout(check, every);
    unref(this.ackTimer);
  }

  private clearTimers(): void {
    this.pump.cancel();
    if (this.ackTimer !== undefined) this.timers.clearTimeout(this.ackTimer);
    this.ackTimer = undefined;
  }

  /**
   * Clean shutdown: goodbye (retained OFFLINE) and DISCONNECT. `abrupt`: drop the connection
   * as a network cut does (the broker publishes the will).
   */
  async stop(o: { abrupt?: boolean } = {}): Promise<void> {
    this.clearTimers();
    await this.session.stop(o);
    this.o.observer?.connected?.(false);
  }
}

/** A timer that must not keep the process alive (the ack check runs for as long as the client). */
function unref(handle: TimerHandle): void {
  (handle as { unref?: () => void }).unref?.();
}
