import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { AckStatus, encodeAck, encodeCommand, parseTopic, topics, type farmacy } from '../../proto/index.js';
import type { BrokerLink } from '../broker/link.js';
import { MqttLink } from '../broker/mqtt-link.js';
import type { CommittedBus } from '../core/bus.js';
import type { CommandHandler } from '../core/command-handler.js';
import { Lanes, type Lane, type LaneBudget } from '../core/lanes.js';
import type { CloudMetrics } from '../metrics.js';
import type { Ownership } from '../ownership/ownership.js';
import type { DeadLetterWriter, EventReader, RegistryReader } from '../store/index.js';
import { BatchHandler } from './batch-handler.js';
import { PRESENCE_LIMITS, StatusHandler } from './status-handler.js';

export { LIMITS, validateBatch } from './batch-rules.js';
export { PRESENCE_LIMITS } from './status-handler.js';

export interface IngestOptions {
  /** The external broker's URL, when there is no embedded one (see useLink). */
  mqttUrl: string;
  username?: string | undefined;
  password?: string | undefined;
  ca?: Buffer | undefined;
  /** Which districts this instance ingests (all, a fixed list, or its share among several). */
  ownership: Ownership;
  registry: RegistryReader;
  /** Cursors to judge batches against and resume fridges from; refused batches are kept there. */
  eventStore: EventReader & DeadLetterWriter;
  /** The application core: every decision and commit goes through it. */
  core: CommandHandler;
  /** Committed events, for the reactions this adapter owns (a reconciliation asks for a snapshot). */
  bus: CommittedBus;
  log: Logger;
  metrics: CloudMetrics;
  now?: () => number;
  clientId?: string;
  /** Budgets of the live and backlog lanes (docs/cloud.md). */
  lanes?: Partial<Record<Lane, LaneBudget>>;
  /** Presence flapping bound (PRESENCE_LIMITS by default). */
  presence?: Partial<typeof PRESENCE_LIMITS>;
  /**
   * With the embedded broker (whose wills and retained statuses are gone after a restart): a
   * fridge not heard from this long after the start is marked offline if the cloud had it
   * online (`--presence-grace-s`). Undefined: never (an external broker keeps them).
   */
  presenceGraceMs?: number | undefined;
}

/**
 * Live batches: as many at once as come. Backlogs: a bounded turn each, and at most 32 batches
 * decided or waiting for their commit (32 fill a group of ~5,000 events). With group commits on
 * the writer thread (--sqlite-writer thread), 256 in flight let the event loop decide backlogs
 * well ahead of the thread: a queue of backlog units in front of it, and the decisions' CPU
 * taken from its writes (live sessions waited 150-500 ms for their commit in a fleet storm; 32:
 * p99 83-133 ms). In the process it makes no measurable difference (docs/benchmarks.md).
 */
export const DEFAULT_LANES: Record<Lane, LaneBudget> = {
  live: { maxInFlight: 10_000, maxWeightPerTurn: 1e9 },
  backlog: { maxInFlight: 32, maxWeightPerTurn: 500 },
};

/** What the HTTP API may ask of the fridges (through the broker). */
export interface FridgeCommands {
  requestSnapshot(district: string, fridgeId: string, reason: string): string;
  unlock(district: string, fridgeId: string, seconds: number, commandId?: string): string;
  isOnline(fridgeId: string): boolean;
}

/**
 * The ingest is the cloud's MQTT adapter: it connects to the broker, subscribes to the
 * districts this instance owns, and hands each message to its kind's handler (batch, status);
 * it publishes acks and commands to the fridges. Deciding and committing is the application
 * core's (cloud/core), which HTTP and the feed reach without going through here.
 */
export class Ingest implements FridgeCommands {
  private link: BrokerLink | undefined;
  private readonly now: () => number;
  private stopping = false;
  private readonly lanes: Lanes;
  private readonly batches: BatchHandler;
  private readonly statuses: StatusHandler;
  private graceTimer: NodeJS.Timeout | undefined;
  private readonly unsubscribe: () => void;
  private subscriptionChanges: Promise<void> = Promise.resolve();

  constructor(private readonly o: IngestOptions) {
    this.now = o.now ?? Date.now;
    this.lanes = new Lanes({ budgets: { live: { ...DEFAULT_LANES.live, ...o.lanes?.live }, backlog: { ...DEFAULT_LANES.backlog, ...o.lanes?.backlog } } });
    const fenceOf = (district: string) => o.ownership.fenceOf(district);
    this.batches = new BatchHandler({ registry: o.registry, eventStore: o.eventStore, core: o.core, lanes: this.lanes, link: this, metrics: o.metrics, log: o.log, now: this.now, fenceOf });
    this.statuses = new StatusHandler({ registry: o.registry, core: o.core, lanes: this.lanes, metrics: o.metrics, log: o.log, owns: (d) => this.owns(d), ...(o.presence ? { presence: o.presence } : {}) });
    // A reaction, not a step hidden in the commit path: a reconciliation asks the fridge for a snapshot.
    this.unsubscribe = o.bus.subscribe('snapshot-on-reconciliation', (stored) => {
      for (const { event } of stored) {
        if (event.type === 'ReconciliationRequested' && this.owns(event.district)) this.requestSnapshot(event.district, event.fridgeId, 'reconciliation');
      }
    });
  }

  get isConnected(): boolean {
    return this.link?.connected ?? false;
  }

  /** Queued and running work per lane (for metrics and tests). */
  /** A backlog is being replayed (work in the backlog lane): background work should wait. */
  replaying(): boolean {
    return this.lanes.busy('backlog');
  }

  laneStats(): ReturnType<Lanes['stats']> {
    return this.lanes.stats();
  }

  /** Reaches the fridges through `link` (the embedded broker's) instead of an MQTT client (before start). */
  useLink(link: BrokerLink): void {
    this.link = link;
  }

  owns(district: string): boolean {
    return this.o.ownership.owns(district);
  }

  private filters(districts: readonly string[] | undefined = this.o.ownership.owned()): string[] {
    return (districts ?? ['+']).flatMap((d) => [topics.districtFilter(d, 'batch'), topics.districtFilter(d, 'status')]);
  }

  async start(): Promise<void> {
    const { o } = this;
    const { ownership } = o;
    const link = (this.link ??= new MqttLink({
      url: o.mqttUrl,
      clientId: o.clientId ?? ingestClientId(ownership.owned()),
      clean: ownership.dynamic,
      username: o.username,
      password: o.password,
      ca: o.ca,
      log: o.log,
    }));
    ownership.on('gained', this.onGained);
    ownership.on('lost', this.onLost);
    await link.start({ onMessage: (topic, payload) => this.onMessage(topic, payload), filters: () => this.filters() });
    if (o.presenceGraceMs !== undefined) {
      this.graceTimer = setTimeout(() => {
        this.graceTimer = undefined;
        this.sweepUnheard().catch((err: unknown) => o.log.error({ err }, 'presence sweep after the start failed'));
      }, o.presenceGraceMs);
      this.graceTimer.unref();
    }
  }

  /**
   * DESIGN.md property 7 across a restart of the cloud with its embedded broker: a fridge that
   * died while the cloud was down left no will (it went with the broker) and sends no birth,
   * so the state's "online" would stay. Each fridge of this instance's districts not heard from
   * since the start is offline now, if the state had it online (a no-op for the others).
   */
  private async sweepUnheard(): Promise<void> {
    let unheard = 0;
    for (const f of await this.o.registry.listFridges()) {
      if (this.stopping) return;
      if (!this.owns(f.district) || !f.enabled) continue;
      if (await this.statuses.unheard(f.district, f.id)) unheard++;
    }
    this.o.log.info({ unheard, graceMs: this.o.presenceGraceMs }, 'presence after the start: the fridges not heard from are offline (those the state had online now show stale)');
  }

  /**
   * A district came to this instance: subscribe to it, fold its events afresh, and tell its
   * fridges where the cloud stands (an ack with GAP status and the stored cursor), so that
   * they resend what the previous owner did not acknowledge now rather than at their timeout.
   * A fridge with no cursor yet (none of its batches committed: it came online, and its first
   * batch was with the previous owner) is told GAP at 0 in the epoch it was born with, which
   * the district's state knows; one never born is not told (its birth comes first).
   */
  private readonly onGained = (district: string): void => {
    this.o.core.drop(district);
    const link = this.link;
    if (link === undefined) return;
    this.subscriptions(() => link.subscribe(this.filters([district])))
      .then(
        () => this.nudge(district),
        (err: unknown) => this.o.log.error({ err, district }, 'ingest subscribe failed'),
      )
      .catch((e: unknown) => this.o.log.error({ err: e, district }, 'could not nudge the fridges of a new district'));
  };

  private async nudge(district: string): Promise<void> {
    let epochs: Map<string, string> | undefined;
    for (const f of await this.o.registry.listFridges()) {
      if (f.district !== district) continue;
      const cursor = await this.o.eventStore.getCursor(f.id);
      if (cursor !== undefined) {
        this.ack(district, f.id, { epoch: cursor.epoch, committedSeq: cursor.committedSeq, status: AckStatus.GAP, batchLastSeq: 0, batchSentAtMs: 0 });
        continue;
      }
      epochs ??= await this.o.core.fridgeEpochs(district);
      const epoch = epochs.get(f.id);
      if (epoch !== undefined) this.ack(district, f.id, { epoch, committedSeq: 0, status: AckStatus.GAP, batchLastSeq: 0, batchSentAtMs: 0 });
    }
  }

  private readonly onLost = (district: string): void => {
    this.o.core.drop(district);
    const link = this.link;
    if (link === undefined) return;
    this.subscriptions(() => link.unsubscribe(this.filters([district]))).catch((err: unknown) => this.o.log.error({ err, district }, 'ingest unsubscribe failed'));
  };

  /**
   * Subscription changes one after the other, each once the broker answered the one before: a
   * district lost and gained back at once must end subscribed (aedes may finish an UNSUBSCRIBE
   * after a SUBSCRIBE sent behind it).
   */
  private subscriptions(change: () => Promise<void>): Promise<void> {
    const next = this.subscriptionChanges.then(change);
    this.subscriptionChanges = next.catch(() => undefined);
    return next;
  }

  /** Dispatch: one handler per message kind. */
  private onMessage(topic: string, payload: Buffer): void {
    if (this.stopping) return;
    const t = parseTopic(topic);
    if (t === undefined || !this.owns(t.district)) {
      this.o.metrics.rejects.inc({ reason: 'topic' });
      return;
    }
    if (t.kind === 'batch') this.batches.receive(topic, t.district, t.fridgeId, payload);
    else if (t.kind === 'status') this.statuses.receive(t.district, t.fridgeId, payload);
  }

  ack(district: string, fridgeId: string, ack: farmacy.fridge.v1.IAck): void {
    this.link?.publish(topics.ack(district, fridgeId), Buffer.from(encodeAck(ack)));
  }

  /** DESIGN.md property 9: ask a fridge for a full inventory snapshot. */
  requestSnapshot(district: string, fridgeId: string, reason: string): string {
    const commandId = randomUUID();
    this.link?.publish(topics.cmd(district, fridgeId), Buffer.from(encodeCommand({ commandId, issuedAtMs: this.now(), snapshot: { reason } })));
    this.o.metrics.commandsSent.inc({ kind: 'snapshot' });
    this.o.log.info({ fridgeId, commandId, reason }, 'snapshot requested');
    return commandId;
  }

  unlock(district: string, fridgeId: string, seconds: number, commandId: string = randomUUID()): string {
    this.link?.publish(topics.cmd(district, fridgeId), Buffer.from(encodeCommand({ commandId, issuedAtMs: this.now(), unlock: { seconds } })));
    this.o.metrics.commandsSent.inc({ kind: 'unlock' });
    return commandId;
  }

  isOnline(fridgeId: string): boolean {
    return this.statuses.isOnline(fridgeId);
  }

  /** Stop intake, let what is queued finish (its acks go out), then close the connection. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.graceTimer);
    this.o.ownership.off('gained', this.onGained);
    this.o.ownership.off('lost', this.onLost);
    this.statuses.stop();
    await this.lanes.idle();
    this.unsubscribe();
    await this.link?.stop();
  }
}

/**
 * The ingest's MQTT client id for fixed districts (`ingest:<districts>`, docs/operations.md):
 * its own persistent session, which another instance's districts never name. District ids may
 * hold dots, never commas, so the list is joined with commas; a long list keeps its first 80
 * characters and a digest of the whole (brokers bound client ids; two lists that share a
 * beginning stay apart).
 */
export function ingestClientId(districts: readonly string[] | undefined): string {
  const list = [...(districts ?? ['all'])].sort().join(',');
  const id = `ingest:${list}`;
  return id.length <= 120 ? id : `${id.slice(0, 80)}~${createHash('sha256').update(list).digest('hex').slice(0, 32)}`;
}
