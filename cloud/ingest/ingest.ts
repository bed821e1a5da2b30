import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import {
  AckStatus,
  decodeBatch,
  decodeStatus,
  encodeAck,
  batchEventBytes,
  encodeCommand,
  parseTopic,
  StatusState,
  topics,
  type farmacy,
} from '../../proto/index.js';
import { defaultAclConfig, edgeTimes, epcHex, epcLists, isEpcBytes, type AclConfig, type EdgeTimeFlag, type DecideContext, type DistrictCommand, type DomainEvent } from '../domain/index.js';
import type { CloudMetrics } from '../metrics.js';
import type { Ownership } from '../ownership/ownership.js';
import { CursorConflict, FenceLost, type CloudStore, type DeadLetterOutcome, type StoredEvent } from '../store/index.js';
import type { TagRecord, MealFacts } from '../domain/index.js';
import { DistrictStates } from './districts.js';

export interface IngestOptions {
  mqttUrl: string;
  username?: string | undefined;
  password?: string | undefined;
  ca?: Buffer | undefined;
  /** Which districts this instance ingests (all, a fixed list, or its share among several). */
  ownership: Ownership;
  store: CloudStore;
  log: Logger;
  metrics: CloudMetrics;
  acl?: Partial<AclConfig>;
  tickMs?: number;
  now?: () => number;
  clientId?: string;
  /** Presence flapping bound (PRESENCE_LIMITS by default). */
  presence?: Partial<typeof PRESENCE_LIMITS>;
}

/**
 * Presence flapping (issue 11 item 11: 2,000 births became 2,000 domain events pushed to every
 * subscriber): at most `maxTransitions` presence commands per fridge per `windowMs` become
 * domain events. A status beyond that waits, the latest one only, until the window allows;
 * so presence is right again within one window (docs/cloud.md).
 */
export const PRESENCE_LIMITS = {
  maxTransitions: 30,
  windowMs: 60_000,
};

interface PresenceWindow {
  /** When (performance.now()) the presence commands of the current window ran. */
  ran: number[];
  /** The latest status held back, applied when the window allows. */
  pending: { district: string; command: DistrictCommand } | undefined;
  timer: NodeJS.Timeout | undefined;
}

/** How long an unknown tag, and a meal's facts, are taken as read from the registry (ms). */
const NEGATIVE_TAG_MS = 5_000;
const MEAL_MS = 30_000;

/**
 * Limits on what a fridge may send (a batch over them is refused, answered REJECTED and kept
 * as a dead letter). Edge timestamps are not among them: an implausible one is replaced, never
 * a reason to refuse (cloud/domain/edge-time.ts, issue 11 item 1).
 */
export const LIMITS = {
  maxBatchBytes: 4 * 1024 * 1024,
  maxEventsPerBatch: 10_000,
  maxEpochLength: 64,
};

type BatchOutcome = 'accepted' | 'duplicate' | 'gap' | 'rejected' | 'ignored';

export interface IngestEvents {
  /** Domain events after their commit (the feed subscribes to this). */
  committed: [events: StoredEvent[]];
}

/**
 * The ingest: takes fridge batches and status messages from the broker, applies the ACL and
 * commits everything of a batch in one transaction, then acknowledges (DESIGN.md properties
 * 1-4), then publishes the committed domain events in-process.
 * Messages, commands and ticks run one at a time through one queue (`serially`), so one
 * fridge's batches apply in the order they came and the committed events are published in
 * position order; the feed uses the same queue to read a snapshot that nothing interleaves.
 */
export class Ingest extends EventEmitter<IngestEvents> {
  private client: MqttClient | undefined;
  private readonly districts: DistrictStates;
  private readonly acl: AclConfig;
  private readonly now: () => number;
  private tickTimer: NodeJS.Timeout | undefined;
  private readonly lastBdSeq = new Map<string, number>();
  private readonly online = new Set<string>();
  private connected = false;
  private stopping = false;
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * The registry as the decider last saw it. A registered tag does not change once packed
   * (and a change here is forgotten at once); an unknown one, or a meal, may be registered at
   * another instance, so those answers are kept briefly.
   */
  private readonly tagCache = new Map<string, { value: TagRecord | null; at: number }>();
  private readonly mealCache = new Map<string, { value: MealFacts | null; at: number }>();
  private readonly presence = new Map<string, PresenceWindow>();
  private readonly presenceLimits: typeof PRESENCE_LIMITS;

  constructor(private readonly o: IngestOptions) {
    super();
    this.districts = new DistrictStates(o.store);
    this.acl = { ...defaultAclConfig, ...o.acl };
    this.now = o.now ?? Date.now;
    this.presenceLimits = { ...PRESENCE_LIMITS, ...o.presence };
  }

  get isConnected(): boolean {
    return this.connected;
  }

  /**
   * Points the ingest at the embedded broker (before start). Over TLS it trusts exactly the
   * broker's own certificate: the peer is this process on loopback, whatever name the
   * certificate carries.
   */
  useBroker(url: string, username: string, password: string, ownCert?: Buffer): void {
    this.o.mqttUrl = url;
    this.o.username = username;
    this.o.password = password;
    if (ownCert) {
      this.o.ca = ownCert;
      this.ownBroker = true;
    }
  }

  private ownBroker = false;

  owns(district: string): boolean {
    return this.o.ownership.owns(district);
  }

  private filters(districts: readonly string[] | undefined = this.o.ownership.owned()): string[] {
    return (districts ?? ['+']).flatMap((d) => [topics.districtFilter(d, 'batch'), topics.districtFilter(d, 'status')]);
  }

  async start(): Promise<void> {
    const { o } = this;
    const { ownership } = o;
    const opts: IClientOptions = {
      clientId: o.clientId ?? `ingest:${(ownership.owned() ?? ['all']).join('.')}`.slice(0, 120),
      // A fixed set of districts: a persistent session, so that with an external broker
      // batches sent while the ingest restarts wait there for it. Districts that move between
      // instances: a clean one (a district's batches must not wait in a session of an
      // instance that no longer owns it); the edges resend what was not acknowledged.
      clean: !ownership.dynamic,
      reconnectPeriod: 1000,
      keepalive: 30,
      protocolVersion: 4,
      ...(o.username !== undefined ? { username: o.username } : {}),
      ...(o.password !== undefined ? { password: o.password } : {}),
      ...(o.ca ? { ca: o.ca } : {}),
      ...(this.ownBroker ? { checkServerIdentity: () => undefined } : {}),
    };
    const client = mqtt.connect(o.mqttUrl, opts);
    this.client = client;
    client.on('message', (topic, payload) => this.onMessage(topic, payload));
    client.on('connect', () => {
      noDelay(client);
      this.connected = true;
      const filters = this.filters();
      o.log.info({ url: o.mqttUrl, filters }, 'ingest connected to broker');
      if (filters.length > 0) {
        client.subscribe(filters, { qos: 1 }, (err) => {
          if (err) o.log.error({ err }, 'ingest subscribe failed');
        });
      }
    });
    ownership.on('gained', this.onGained);
    ownership.on('lost', this.onLost);
    client.on('close', () => {
      if (this.connected) o.log.warn('ingest disconnected from broker');
      this.connected = false;
    });
    client.on('error', (err) => o.log.warn({ err: err.message }, 'ingest MQTT error'));
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`cannot connect to ${o.mqttUrl} within 15 s`)), 15_000);
      client.once('connect', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.tickTimer = setInterval(() => this.tick(), o.tickMs ?? 30_000);
    this.tickTimer.unref();
  }

  /**
   * A district came to this instance: subscribe to it, fold its events afresh, and tell its
   * fridges where the cloud stands (an ack with GAP status and the stored cursor), so that
   * they resend what the previous owner did not acknowledge now rather than at their timeout.
   */
  private readonly onGained = (district: string): void => {
    this.districts.drop(district);
    const client = this.client;
    if (client === undefined) return;
    client.subscribe(this.filters([district]), { qos: 1 }, (err) => {
      if (err) {
        this.o.log.error({ err, district }, 'ingest subscribe failed');
        return;
      }
      void this.serially(async () => {
        for (const f of await this.o.store.listFridges()) {
          if (f.district !== district) continue;
          const cursor = await this.o.store.getCursor(f.id);
          if (cursor !== undefined) this.ack(district, f.id, { epoch: cursor.epoch, committedSeq: cursor.committedSeq, status: AckStatus.GAP, batchLastSeq: 0, batchSentAtMs: 0 });
        }
      }).catch((e: unknown) => this.o.log.error({ err: e, district }, 'could not nudge the fridges of a new district'));
    });
  };

  private readonly onLost = (district: string): void => {
    this.districts.drop(district);
    this.client?.unsubscribe(this.filters([district]));
  };

  /**
   * Runs `fn` after everything queued before it, alone: no message, command or tick of this
   * instance commits while it runs.
   */
  serially<T>(fn: () => Promise<T> | T): Promise<T> {
    const run = this.queue.then(() => this.breathe()).then(fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private lastBreathAt = performance.now();

  /**
   * With a synchronous store (SQLite) a deep queue would run as one long chain of microtasks,
   * and nothing else (socket reads, the acks going out, HTTP) would run until it is empty:
   * every few milliseconds of queued work, let the event loop turn.
   */
  private async breathe(): Promise<void> {
    if (performance.now() - this.lastBreathAt < 4) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.lastBreathAt = performance.now();
  }

  /**
   * Decides a command. The decider is pure and synchronous; the registry is not. So: decide
   * with what is at hand, fetch the tags and meals it asked for and did not find, decide
   * again (at most a few rounds: a decision asks for meals of the tags it found).
   */
  private async decide(district: string, command: DistrictCommand): Promise<ReturnType<DistrictStates['decide']>> {
    const { store } = this.o;
    await this.districts.load(district);
    const checked = new Set<string>();
    if (command.type === 'RecordFridgeEvents') await this.prefetchTags(command.events);
    for (let round = 0; ; round++) {
      const missingTags = new Set<string>();
      const missingMeals = new Set<string>();
      const at = performance.now();
      const ctx: DecideContext = {
        tag: (epc) => {
          const known = this.cachedTag(epc, at);
          if (known === undefined && !checked.has(epc)) missingTags.add(epc);
          return known ?? undefined;
        },
        meal: (gtin) => {
          const c = this.mealCache.get(gtin);
          if (c !== undefined && at - c.at < MEAL_MS) return c.value ?? undefined;
          if (!checked.has(`meal:${gtin}`)) missingMeals.add(gtin);
          return undefined;
        },
        now: this.now(),
        config: this.acl,
      };
      const result = this.districts.decide(district, command, ctx);
      if ((missingTags.size === 0 && missingMeals.size === 0) || round === 4) return result;
      const [, meals] = await Promise.all([this.readTags(missingTags), store.meals([...missingMeals])]);
      const now = performance.now();
      for (const gtin of missingMeals) this.mealCache.set(gtin, { value: meals.get(gtin) ?? null, at: now });
      for (const epc of missingTags) checked.add(epc);
      for (const gtin of missingMeals) checked.add(`meal:${gtin}`);
    }
  }

  /** The tags a batch names, read in one go before its first decision (not one round per miss). */
  private async prefetchTags(events: readonly farmacy.fridge.v1.IFridgeEvent[]): Promise<void> {
    const at = performance.now();
    const wanted = new Set<string>();
    for (const ev of events) {
      for (const list of epcLists(ev)) {
        for (const bytes of list) {
          if (!isEpcBytes(bytes)) continue; // the decider refuses the batch for it
          const epc = epcHex(bytes);
          if (this.cachedTag(epc, at) === undefined) wanted.add(epc);
        }
      }
    }
    if (wanted.size > 0) await this.readTags(wanted);
  }

  /** A tag as cached: its record, null when known to be unregistered, undefined when it must be read. */
  private cachedTag(epc: string, at: number): TagRecord | null | undefined {
    const c = this.tagCache.get(epc);
    return c !== undefined && (c.value !== null || at - c.at < NEGATIVE_TAG_MS) ? c.value : undefined;
  }

  /** Reads these tags from the registry into the cache (unregistered ones as null). */
  private async readTags(epcs: ReadonlySet<string>): Promise<void> {
    if (epcs.size === 0) return;
    const tags = await this.o.store.tags([...epcs]);
    const now = performance.now();
    if (this.tagCache.size + epcs.size > 200_000) this.tagCache.clear();
    for (const epc of epcs) this.tagCache.set(epc, { value: tags.get(epc) ?? null, at: now });
  }

  /** Tags changed at the registry (the kitchen re-packed): forget what was cached. */
  tagsChanged(epcs: readonly string[]): void {
    for (const epc of epcs) this.tagCache.delete(epc);
  }

  /** A meal's facts changed at the registry. */
  mealChanged(gtin: string): void {
    this.mealCache.delete(gtin);
  }

  private onMessage(topic: string, payload: Buffer): void {
    if (this.stopping) return;
    const t = parseTopic(topic);
    if (t === undefined || !this.owns(t.district)) {
      this.o.metrics.rejects.inc({ reason: 'topic' });
      return;
    }
    void this.serially(async () => {
      if (this.stopping) return;
      if (t.kind === 'batch') await this.onBatch(topic, t.district, t.fridgeId, payload);
      else if (t.kind === 'status') await this.onStatus(t.district, t.fridgeId, payload);
    }).catch((err: unknown) => {
      // A failing handler never takes the ingest down: log, count, carry on. Nothing was
      // acknowledged, so the edge sends the batch again.
      if (err instanceof FenceLost) {
        this.o.metrics.rejects.inc({ reason: 'fence_lost' });
        this.o.log.warn({ topic }, 'the district went to another instance; batch not acknowledged');
        this.districts.drop(t.district);
        return;
      }
      if (err instanceof CursorConflict) {
        this.o.metrics.rejects.inc({ reason: 'cursor_conflict' });
        this.o.log.warn({ topic }, 'another writer committed for this fridge first; batch not acknowledged');
        this.districts.drop(t.district);
        return;
      }
      this.o.metrics.rejects.inc({ reason: 'internal_error' });
      this.o.log.error({ err, topic }, 'ingest handler failed');
    });
  }

  private async onBatch(topic: string, district: string, fridgeId: string, payload: Buffer): Promise<void> {
    const started = performance.now();
    const { store, metrics, log } = this.o;
    const count = (outcome: BatchOutcome): void => {
      metrics.batches.inc({ outcome });
    };
    const fridge = await store.getFridge(fridgeId);
    if (fridge === undefined || !fridge.enabled || fridge.district !== district) {
      // With an external broker nothing else stops a stranger: refuse and keep it.
      metrics.rejects.inc({ reason: 'unknown_fridge' });
      this.countDeadLetter(await store.deadLetter({ fridgeId, topic, reason: 'unknown_fridge', payload, now: this.now() }));
      count('ignored');
      return;
    }
    const cursor = await store.getCursor(fridgeId);
    /**
     * docs/protocol.md: every refused batch is kept as a dead letter and answered REJECTED
     * (issue 11 item 8). `b` is what could be read of it; `movable` when its seqs can be
     * trusted, so that the cursor may move past it.
     */
    const reject = async (reason: string, b?: { epoch: string; lastSeq: number; prevSeq: number; movable: boolean }): Promise<void> => {
      metrics.rejects.inc({ reason });
      const committed = b && cursor?.epoch === b.epoch ? cursor.committedSeq : 0;
      // Move past a refused batch only when it follows what we have, so a bad batch never
      // blocks the fridge forever and never hides a gap.
      const advance = b?.movable && b.prevSeq <= committed && b.lastSeq > committed ? { epoch: b.epoch, committedSeq: b.lastSeq } : undefined;
      const kept = await store.deadLetter({ fridgeId, topic, reason, payload, now: this.now(), ...(advance ? { advance } : {}) });
      this.countDeadLetter(kept);
      // A resend of a batch refused before: counted on its row, not logged again.
      if (!kept.repeated) log.warn({ fridgeId, reason, bytes: payload.length, movedTo: advance?.committedSeq }, 'batch refused (kept as a dead letter)');
      // Unread (undecodable, oversized, no usable epoch): the cloud cannot say which epoch or
      // seqs it held, so it answers with an empty epoch (docs/protocol.md).
      this.ack(district, fridgeId, b
        ? { epoch: b.epoch, committedSeq: advance?.committedSeq ?? committed, status: AckStatus.REJECTED, reason, batchLastSeq: Number.isSafeInteger(b.lastSeq) ? b.lastSeq : 0, batchSentAtMs: 0 }
        : { epoch: '', committedSeq: 0, status: AckStatus.REJECTED, reason, batchLastSeq: 0, batchSentAtMs: 0 });
      count('rejected');
    };
    if (payload.length > LIMITS.maxBatchBytes) return reject('oversized');
    const decoded = decodeBatch(payload);
    if (!decoded.ok) return reject('undecodable');
    const b = decoded.value;
    const epoch = b.epoch ?? '';
    const prevSeq = b.prevSeq ?? 0;
    const events = b.events;
    const lastSeq = events[events.length - 1]?.seq ?? 0;
    const shape = { epoch, lastSeq, prevSeq, movable: true };
    const invalid = validateBatch(b, fridgeId);
    if (invalid === 'epoch') return reject(invalid);
    if (invalid === 'seq_order' || invalid === 'empty') return reject(invalid, { ...shape, movable: false });
    if (invalid !== undefined) return reject(invalid, shape);

    const newEpoch = cursor === undefined || cursor.epoch !== epoch;
    let committed = newEpoch ? 0 : cursor.committedSeq;
    if (newEpoch) {
      // An epoch that comes back (the outbox restored from a backup or an image, issue 11
      // item 4): its events up to the highest seq stored were applied when they first came,
      // so they are duplicates now (DESIGN.md property 2), and the epoch goes on from there.
      // The stock is reconciled from a snapshot as for any new epoch.
      const seen = await store.highestRawSeq(fridgeId, epoch);
      if (seen > 0) {
        committed = seen;
        metrics.returningEpochs.inc();
        log.warn({ fridgeId, epoch, from: cursor?.epoch, storedThrough: seen, prevSeq }, 'fridge came back to an epoch it used before (outbox restored?): its stored events count as received, the stock is reconciled');
      }
    }
    const sentAt = b.sentAtMs ?? 0;
    const lostThrough = b.acknowledgedThrough ?? 0;
    let lost = 0;
    if (prevSeq > committed) {
      if (lostThrough < prevSeq || lostThrough <= committed) {
        // Something before this batch is missing: ask for everything after what we have.
        this.ack(district, fridgeId, { epoch, committedSeq: committed, status: AckStatus.GAP, batchLastSeq: lastSeq, batchSentAtMs: sentAt });
        count('gap');
        return;
      }
      // The fridge says we acknowledged events up to lostThrough that we do not have: this
      // store lost them (restored from an older backup) and the fridge deleted them. Take the
      // chain up from here, count the loss, and reconcile the stock from a snapshot.
      lost = prevSeq - committed;
      metrics.lostAcknowledged.inc(lost);
      log.error({ fridgeId, epoch, committed, prevSeq, acknowledgedThrough: lostThrough }, 'fridge events missing from the store that the fridge no longer holds (store restored from an older backup, or events the edge quarantined): taking the chain up again and reconciling');
      committed = prevSeq;
    }
    const fresh = events.filter((e) => (e.seq ?? 0) > committed);
    metrics.duplicateEvents.inc(events.length - fresh.length);
    if (fresh.length === 0) {
      // DESIGN.md property 2: a redelivery changes nothing; acknowledge what we have.
      this.ack(district, fridgeId, { epoch, committedSeq: committed, status: AckStatus.OK, batchLastSeq: lastSeq, batchSentAtMs: sentAt });
      count('duplicate');
      return;
    }
    const command: DistrictCommand = { type: 'RecordFridgeEvents', fridgeId, epoch, newEpoch, ...(lost > 0 ? { lostAcknowledged: lost } : {}), events: fresh };
    const result = await this.decide(district, command);
    if (!result.ok) return reject(`acl_${result.reason}`, shape);
    const now = this.now();
    this.countSuspectTimes(fridgeId, epoch, fresh, now);
    if (result.refused !== undefined) {
      for (const [reason, n] of result.refused) metrics.cardinalityRefusals.inc({ reason }, n);
      log.warn({ fridgeId, epoch, firstSeq: fresh[0]?.seq, refused: Object.fromEntries(result.refused) }, 'fridge input over what one fridge may create: left out of the domain (kept in the raw events)');
    }
    // DESIGN.md property 4: acknowledged means durable. Commit first, then ack. The commit
    // checks that the cursor is still the one decided against (DESIGN.md property 2 even
    // when two instances briefly both think they own the district).
    const stored = await store.commitBatch({
      expected: cursor,
      fence: this.o.ownership.fenceOf(district),
      fridgeId,
      district,
      epoch,
      // The events' own bytes from the payload (fresh events are its last ones: seqs ascend).
      raw: batchEventBytes(payload).slice(events.length - fresh.length).map((bytes, i) => ({ seq: fresh[i]?.seq ?? 0, recordedAt: fresh[i]?.recordedAtMs ?? 0, payload: bytes })),
      events: result.events,
      committedSeq: lastSeq,
      now,
    });
    this.districts.apply(district, result.events);
    this.ack(district, fridgeId, { epoch, committedSeq: lastSeq, status: AckStatus.OK, batchLastSeq: lastSeq, batchSentAtMs: sentAt });
    metrics.fridgeEvents.inc(fresh.length);
    metrics.ackLatency.observe((performance.now() - started) / 1000);
    if (sentAt > 0) metrics.edgeToAck.observe(Math.max(0, now - sentAt) / 1000);
    count('accepted');
    if (newEpoch && cursor !== undefined) log.info({ fridgeId, from: cursor.epoch, to: epoch }, 'fridge started a new outbox epoch');
    this.afterCommit(district, stored);
  }

  /**
   * Edge times the domain did not take as they are (cloud/domain/edge-time.ts, the same rule
   * the decider applied): counted per event, logged once per batch.
   */
  private countSuspectTimes(fridgeId: string, epoch: string, events: readonly farmacy.fridge.v1.IFridgeEvent[], now: number): void {
    const recorded = events.map((e) => Number(e.recordedAtMs ?? 0));
    const flags = new Map<EdgeTimeFlag, number>();
    for (const t of edgeTimes(recorded, now)) if (t.suspect !== undefined) flags.set(t.suspect, (flags.get(t.suspect) ?? 0) + 1);
    if (flags.size === 0) return;
    for (const [reason, n] of flags) this.o.metrics.suspectTimestamps.inc({ reason }, n);
    this.o.log.warn(
      { fridgeId, epoch, events: events.length, suspect: Object.fromEntries(flags), firstSeq: events[0]?.seq, edgeTimes: [Math.min(...recorded), Math.max(...recorded)], cloudNow: now },
      'implausible edge clock: events kept in seq order, their times replaced for the domain (the raw events keep the edge times)',
    );
  }

  private countDeadLetter(kept: DeadLetterOutcome): void {
    const { metrics } = this.o;
    metrics.deadLetters.inc({ outcome: kept.repeated ? 'repeated' : 'stored' });
    if (kept.truncatedBytes > 0) metrics.deadLetterTruncatedBytes.inc(kept.truncatedBytes);
    if (kept.evicted > 0) metrics.deadLettersEvicted.inc(kept.evicted);
  }

  private async onStatus(district: string, fridgeId: string, payload: Buffer): Promise<void> {
    const r = decodeStatus(payload);
    const fridge = await this.o.store.getFridge(fridgeId);
    if (!r.ok || fridge === undefined || fridge.district !== district) {
      this.o.metrics.rejects.inc({ reason: r.ok ? 'unknown_fridge' : 'status_undecodable' });
      return;
    }
    const s = r.value;
    const bd = s.bdSeq ?? 0;
    const last = this.lastBdSeq.get(fridgeId) ?? -1;
    if (s.state === StatusState.ONLINE) {
      if (bd < last) return; // an old birth, retained from before
      this.lastBdSeq.set(fridgeId, bd);
      this.online.add(fridgeId);
      this.o.metrics.outboxBacklog.set({ fridge: fridgeId }, s.outboxEvents ?? 0);
      this.o.metrics.fridgesOnline.set(this.online.size);
      await this.presenceCommand(district, fridgeId, { type: 'FridgeOnline', fridgeId, epoch: s.epoch ?? '' });
    } else if (s.state === StatusState.OFFLINE) {
      // Sparkplug: a death whose bd_seq is older than the latest birth is stale.
      if (bd < last) return;
      this.online.delete(fridgeId);
      this.o.metrics.fridgesOnline.set(this.online.size);
      await this.presenceCommand(district, fridgeId, { type: 'FridgeOffline', fridgeId, clean: s.clean ?? false });
    }
  }

  /**
   * Runs a presence command now, or, when the fridge used up its window (PRESENCE_LIMITS),
   * keeps it as the one to run when the window allows (a later status replaces it).
   */
  private async presenceCommand(district: string, fridgeId: string, command: DistrictCommand): Promise<void> {
    const { maxTransitions, windowMs } = this.presenceLimits;
    const w = this.presence.get(fridgeId) ?? { ran: [], pending: undefined, timer: undefined };
    this.presence.set(fridgeId, w);
    const t = performance.now();
    w.ran = w.ran.filter((at) => t - at < windowMs);
    if (w.timer === undefined && w.ran.length < maxTransitions) {
      w.ran.push(t);
      await this.runCommandNow(district, command);
      return;
    }
    if (w.pending !== undefined) this.o.metrics.presenceFlapsSuppressed.inc();
    w.pending = { district, command };
    if (w.timer !== undefined) return;
    this.o.log.warn({ fridgeId, maxTransitions, windowMs }, 'presence flapping: holding back presence changes, the latest applies when the window allows');
    w.timer = setTimeout(() => {
      w.timer = undefined;
      const next = w.pending;
      w.pending = undefined;
      if (next === undefined || this.stopping) return;
      this.serially(() => (this.stopping || !this.owns(next.district) ? undefined : this.presenceCommand(next.district, fridgeId, next.command))).catch((err: unknown) => this.o.log.error({ err, fridgeId }, 'held-back presence change failed'));
    }, Math.max(1, (w.ran[0] ?? t) + windowMs - t));
    w.timer.unref();
  }

  /**
   * Decides, commits and publishes a command that is not a fridge batch, after whatever is
   * queued: atomic against the district's state (a reservation sees the stock it changes).
   */
  runCommand(district: string, command: DistrictCommand): Promise<{ ok: true; events: StoredEvent[] } | { ok: false; reason: string }> {
    return this.serially(() => this.runCommandNow(district, command));
  }

  private async runCommandNow(district: string, command: DistrictCommand): Promise<{ ok: true; events: StoredEvent[] } | { ok: false; reason: string }> {
    const result = await this.decide(district, command);
    if (!result.ok) return result;
    const stored = await this.o.store.append(district, result.events, this.o.ownership.fenceOf(district));
    this.districts.apply(district, result.events);
    this.afterCommit(district, stored);
    return { ok: true, events: stored };
  }

  private afterCommit(district: string, stored: StoredEvent[]): void {
    for (const { event } of stored) {
      this.o.metrics.domainEvents.inc({ type: event.type });
      if (event.type === 'TemperatureExcursion') this.o.metrics.excursions.inc({ state: event.cleared ? 'cleared' : 'raised' });
      if (event.type === 'ReconciliationRequested') this.requestSnapshot(district, event.fridgeId, 'reconciliation');
    }
    if (stored.length > 0) {
      try {
        this.emit('committed', stored);
      } catch (err) {
        this.o.log.error({ err }, 'a committed-events listener failed');
      }
    }
  }

  private ack(district: string, fridgeId: string, ack: farmacy.fridge.v1.IAck): void {
    this.client?.publish(topics.ack(district, fridgeId), Buffer.from(encodeAck(ack)), { qos: 1 });
  }

  /** DESIGN.md property 9: ask a fridge for a full inventory snapshot. */
  requestSnapshot(district: string, fridgeId: string, reason: string): string {
    const commandId = randomUUID();
    this.client?.publish(topics.cmd(district, fridgeId), Buffer.from(encodeCommand({ commandId, issuedAtMs: this.now(), snapshot: { reason } })), { qos: 1 });
    this.o.metrics.commandsSent.inc({ kind: 'snapshot' });
    this.o.log.info({ fridgeId, commandId, reason }, 'snapshot requested');
    return commandId;
  }

  unlock(district: string, fridgeId: string, seconds: number, commandId: string = randomUUID()): string {
    this.client?.publish(topics.cmd(district, fridgeId), Buffer.from(encodeCommand({ commandId, issuedAtMs: this.now(), unlock: { seconds } })), { qos: 1 });
    this.o.metrics.commandsSent.inc({ kind: 'unlock' });
    return commandId;
  }

  isOnline(fridgeId: string): boolean {
    return this.online.has(fridgeId);
  }

  private tick(): void {
    for (const district of this.districts.loaded()) {
      this.runCommand(district, { type: 'Tick' }).catch((err: unknown) => this.o.log.error({ err, district }, 'tick failed'));
    }
  }

  /** Stop intake, let what is queued finish, then close the connection. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.tickTimer) clearInterval(this.tickTimer);
    for (const w of this.presence.values()) clearTimeout(w.timer);
    this.o.ownership.off('gained', this.onGained);
    this.o.ownership.off('lost', this.onLost);
    await this.serially(() => undefined);
    await this.client?.endAsync().catch(() => undefined);
    this.client = undefined;
  }
}

/** Small latency-bound messages: no Nagle delay on the client's socket (TCP or TLS). */
export function noDelay(client: MqttClient): void {
  (client.stream as unknown as { setNoDelay?: (on: boolean) => void }).setNoDelay?.(true);
}


/** Checks a decoded batch against the protocol (docs/protocol.md). Undefined: fine. */
export function validateBatch(b: farmacy.fridge.v1.Batch, fridgeId: string): string | undefined {
  if (b.fridgeId !== fridgeId) return 'fridge_mismatch';
  const epoch = b.epoch ?? '';
  if (epoch.length === 0 || epoch.length > LIMITS.maxEpochLength) return 'epoch';
  if (b.events.length === 0) return 'empty';
  if (b.events.length > LIMITS.maxEventsPerBatch) return 'too_many_events';
  let prev = b.prevSeq ?? 0;
  for (const e of b.events) {
    const seq = e.seq ?? 0;
    if (!Number.isSafeInteger(seq) || seq <= prev) return 'seq_order';
    prev = seq;
  }
  for (const e of b.events) if (e.body === undefined) return 'no_body';
  return undefined;
}

export type { DomainEvent };
