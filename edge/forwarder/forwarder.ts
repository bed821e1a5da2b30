import type { IClientOptions, MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import type { farmacy } from '../../proto/index.js';
import type { EdgeMetrics } from '../metrics.js';
import type { Outbox } from '../outbox/index.js';
import { FridgeClient, systemClock, systemTimers, type Clock, type Forwarding, type Timers } from '../protocol/index.js';

export { LIVE_WINDOW_MS, MAX_REFUSALS, REPLAY_BATCH_EVENTS, REPLAY_INFLIGHT } from '../protocol/index.js';

export interface ForwarderOptions extends Forwarding {
  outbox: Outbox;
  fridgeId: string;
  district: string;
  mqttUrl: string;
  username?: string | undefined;
  password?: string | undefined;
  tls?: { ca?: Buffer | undefined; cert?: Buffer | undefined; key?: Buffer | undefined } | undefined;
  keepaliveSec: number;
  minBackoffMs: number;
  maxBackoffMs: number;
  agentVersion: string;
  /** Facts about the controller for the birth certificate. */
  controllerInfo: () => { firmwareVersion: string; controllerSerial: string };
  onCommand: (cmd: farmacy.fridge.v1.Command) => void;
  log: Logger;
  metrics: EdgeMetrics;
  /** Monotonic and wall clock (the agent's wall clock when it has one injected). */
  clock?: Clock;
  timers?: Timers;
  random?: () => number;
  connect?: (url: string, opts: IClientOptions) => MqttClient;
}

const BD_SEQ_KEY = 'bd_seq';
const SENT_HWM_KEY = 'sent_hwm';
const QUARANTINED_KEY = 'last_quarantined';

/**
 * Sends the outbox to the cloud with the protocol client (edge/protocol) and keeps what the
 * edge must keep across a crash in the outbox's meta: the bd_seq of each connection attempt,
 * the send high-water mark that compaction respects, and the last quarantined event. Events
 * leave the outbox only when the cloud acknowledged them (docs/protocol.md).
 */
export class Forwarder {
  private readonly client: FridgeClient;
  private sentHighWater: number;

  constructor(private readonly o: ForwarderOptions) {
    const outbox = o.outbox;
    const m = o.metrics;
    this.sentHighWater = Number(outbox.getMeta(SENT_HWM_KEY) ?? '0');
    this.client = new FridgeClient({
      fridgeId: o.fridgeId,
      district: o.district,
      epoch: outbox.epoch,
      source: { readAfter: (after, limit, bytes) => outbox.readAfter(after, limit, bytes), ackedSeq: () => outbox.stats().ackedSeq, ack: (seq) => void outbox.ack(seq) },
      mqttUrl: o.mqttUrl,
      username: o.username,
      password: o.password,
      tls: o.tls,
      keepaliveSec: o.keepaliveSec,
      birth: {
        nextBdSeq: () => {
          const bdSeq = Number(outbox.getMeta(BD_SEQ_KEY) ?? '0') + 1;
          outbox.setMeta(BD_SEQ_KEY, String(bdSeq));
          return bdSeq;
        },
        currentBdSeq: () => Number(outbox.getMeta(BD_SEQ_KEY) ?? '0'),
        facts: () => {
          const stats = outbox.stats();
          const info = o.controllerInfo();
          return { outboxEvents: stats.events, outboxBytes: stats.bytes, lastSeq: stats.lastSeq, agentVersion: o.agentVersion, firmwareVersion: info.firmwareVersion, controllerSerial: info.controllerSerial };
        },
      },
      onCommand: o.onCommand,
      reconnect: { minBackoffMs: o.minBackoffMs, maxBackoffMs: o.maxBackoffMs },
      lingerMs: o.lingerMs,
      maxBatchEvents: o.maxBatchEvents,
      maxBatchBytes: o.maxBatchBytes,
      maxInflight: o.maxInflight,
      ackTimeoutMs: o.ackTimeoutMs,
      maxEventsPerSecond: o.maxEventsPerSecond,
      beforeSend: (lastSeq) => {
        if (lastSeq <= this.sentHighWater) return;
        this.sentHighWater = lastSeq;
        outbox.setMeta(SENT_HWM_KEY, String(lastSeq));
      },
      quarantine: (q) => outbox.setMeta(QUARANTINED_KEY, JSON.stringify(q)),
      observer: {
        connected: (up) => m.mqttConnected.set(up ? 1 : 0),
        batchSent: (b) => {
          m.batchesSent.inc({ lane: b.replay ? 'replay' : 'live' });
          m.eventsSent.inc(b.events);
        },
        ack: (status) => m.acks.inc({ status }),
        committed: (_committed, done, now) => {
          for (const b of done) m.ackLatency.observe((now - b.sentAt) / 1000);
        },
        resend: (cause) => m.resends.inc({ cause }),
        invalid: (kind) => m.invalidMessages.inc({ kind }),
        quarantined: (q) => m.quarantinedEvents.inc({ kind: q.kind, reason: q.reason }),
      },
      log: o.log,
      clock: o.clock ?? systemClock,
      timers: o.timers ?? systemTimers,
      ...(o.random ? { random: o.random } : {}),
      ...(o.connect ? { connect: o.connect } : {}),
    });
  }

  get isConnected(): boolean {
    return this.client.isConnected;
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
    void this.client.start();
  }

  /** New events are in the outbox. */
  notify(): void {
    this.client.notify();
  }

  /** Clean shutdown: say goodbye (so presence is immediate, not after the keep-alive), close. */
  async stop(): Promise<void> {
    await this.client.stop();
  }
}
