// The cloud's store, as the roles its consumers depend on (issue 12: the registry, the event
// store, the read model, and the operations of the process that opened it), with two adapters
// that implement all of them: SQLite (the zero-install default, one file in the data dir) and
// PostgreSQL (`--database-url`, shared by several instances). Both pass one contract suite per
// role (test/cloud/store/*.contract.ts).
import { createHash } from 'node:crypto';
import type { DomainEvent, MealFacts, TagRecord } from '../domain/index.js';
import type { ReportStore } from './reports.js';

export interface FridgeRecord {
  id: string;
  district: string;
  name: string;
  lat: number;
  lon: number;
  credentialHash: string;
  enabled: boolean;
  createdAt: number;
}

export interface Cursor {
  epoch: string;
  committedSeq: number;
}

export interface RawFridgeEvent {
  seq: number;
  recordedAt: number;
  payload: Uint8Array;
}

export interface StoredEvent {
  position: number;
  event: DomainEvent;
}

export interface StockRow {
  fridgeId: string;
  gtin: string;
  onHand: number;
  reserved: number;
  available: number;
}

export interface FridgeStatus {
  online: boolean;
  stale: boolean;
  epoch: string | null;
  changedAt: number;
}

/** A sensor's latest reading (the fridge_temperature projection): tenths of a degree C, edge time. */
export interface SensorTemperature {
  sensor: number;
  deciCelsius: number;
  at: number;
}

export interface MealRecord extends MealFacts {
  gtin: string;
  name?: string;
  [k: string]: unknown;
}

export interface TagInput extends TagRecord {
  epc: string;
  fridgeId?: string;
}

export interface DeadLetterRow {
  id: number;
  fridgeId: string | null;
  topic: string;
  reason: string;
  /** When it was last received. */
  at: number;
  /** When it was first received. */
  firstAt: number;
  /** Its full length (the row keeps a prefix of it). */
  bytes: number;
  /** Bytes of it kept (at most DEAD_LETTER_LIMITS.prefixBytes). */
  keptBytes: number;
  /** SHA-256 of the full payload, hex ('' for rows kept before digests were). */
  digest: string;
  /** Times the same payload came from the same fridge for the same reason. */
  count: number;
}

/**
 * What the store keeps of refused batches (issue 11 item 7: rows of 52 and 157 MB, one per
 * resend): a prefix and a digest of each, one row per fridge, reason and payload (a resend
 * counts), and at most `maxRows` rows (the least recently seen go first).
 */
export const DEAD_LETTER_LIMITS = {
  prefixBytes: 64 * 1024,
  maxRows: 1000,
};

export interface DeadLetterInput {
  fridgeId: string | undefined;
  topic: string;
  reason: string;
  payload: Uint8Array;
  now: number;
  /** The cursor moves past the refused batch, in the same transaction. */
  advance?: Cursor;
  limits?: Partial<typeof DEAD_LETTER_LIMITS>;
}

export interface DeadLetterOutcome {
  /** The same payload was kept already: its row counts one more. */
  repeated: boolean;
  /** Bytes of the payload beyond the kept prefix. */
  truncatedBytes: number;
  /** Rows deleted to stay within maxRows. */
  evicted: number;
}

/** The kept prefix, digest and length of a refused payload. */
export function deadLetterRecord(payload: Uint8Array, prefixBytes: number): { prefix: Uint8Array; digest: string; bytes: number } {
  return { prefix: payload.subarray(0, prefixBytes), digest: createHash('sha256').update(payload).digest('hex'), bytes: payload.length };
}

export interface CommitBatch {
  fridgeId: string;
  district: string;
  epoch: string;
  raw: readonly RawFridgeEvent[];
  events: readonly DomainEvent[];
  /**
   * The cursor this commit was decided against (undefined: none yet). The commit fails with
   * `CursorConflict` when the stored cursor is not this one any more: another writer (an
   * instance that lost the district without knowing it yet) got there first.
   */
  expected: Cursor | undefined;
  committedSeq: number;
  now: number;
  /** Where several instances share the store: the writer's claim on the district. */
  fence?: DistrictFence | undefined;
}

/**
 * An instance's claim on a district (cloud/ownership): a commit carrying it succeeds only
 * while the district's owner row still names this instance with this token. Taking a
 * district over bumps the token, so a former owner that has not noticed yet cannot write.
 */
export interface DistrictFence {
  instanceId: string;
  token: number;
}

/** A fridge with this id is registered already: nothing was written. */
export class FridgeExists extends Error {
  constructor(readonly fridgeId: string) {
    super(`fridge ${fridgeId} is registered already`);
    this.name = 'FridgeExists';
  }
}

/**
 * The store cannot commit or read right now (disk full, an I/O error, a corrupt page, the
 * database unreachable): nothing was written. Each adapter maps its driver's codes to it;
 * the store reports itself unhealthy until a probe succeeds (issue 11 item 14).
 */
export class StoreUnavailable extends Error {
  constructor(readonly reason: string, options?: { cause?: unknown }) {
    super(`the event store is unavailable: ${reason}`, options);
    this.name = 'StoreUnavailable';
  }
}

/**
 * A data dir that held a store has lost its file (deleted, or truncated to nothing): opening
 * it would start an empty store in its place, silently (issue 11 item 13).
 */
export class EmptyStoreRefused extends Error {
  constructor(readonly file: string, readonly marker: string, problem: string) {
    super(`${file} ${problem}, but ${marker} says this data dir held a store: refusing to start an empty one in its place. Restore the file from a backup (docs/operations.md), or start with --allow-empty-store to begin again with an empty store`);
    this.name = 'EmptyStoreRefused';
  }
}

/** The district has another owner now: nothing was written. */
export class FenceLost extends Error {
  constructor(readonly district: string) {
    super(`district ${district} is owned by another instance now`);
    this.name = 'FenceLost';
  }
}

/** The cursor moved under a commit: nothing was written; the batch must not be acknowledged. */
export class CursorConflict extends Error {
  constructor(readonly fridgeId: string) {
    super(`cursor of ${fridgeId} moved under the commit`);
    this.name = 'CursorConflict';
  }
}

/**
 * A batch's raw events that cannot be stored as they are: seqs not ascending within the batch,
 * or one that the store holds already for its fridge and epoch (exactly once, DESIGN.md
 * property 2; the cursor check makes this a caller's bug). Only its unit fails.
 */
export class RawEventsRefused extends Error {
  constructor(readonly fridgeId: string, readonly why: string) {
    super(`raw events of ${fridgeId} refused: ${why}`);
    this.name = 'RawEventsRefused';
  }
}

/**
 * A decision built on a district state that an earlier failure invalidated (a unit of the same
 * district failed before it): not written, so that nothing is committed on a wrong basis.
 */
export class StaleDecision extends Error {
  constructor(readonly district: string) {
    super(`a decision of district ${district} was built on a state that did not commit`);
    this.name = 'StaleDecision';
  }
}

/** One all-or-nothing part of a group commit: an accepted batch, or events of a command. */
export type CommitUnit =
  | { kind: 'batch'; batch: CommitBatch }
  | { kind: 'append'; district: string; events: readonly DomainEvent[]; fence?: DistrictFence | undefined };

export type UnitOutcome = { ok: true; stored: StoredEvent[] } | { ok: false; error: Error };

/** The part of the event store a group committer needs. */
export interface GroupCommitStore {
  /**
   * Commits `units` in one transaction, in order, each all-or-nothing: a unit that fails
   * (CursorConflict, FenceLost, a constraint) is rolled back alone and reported, and every
   * later unit of its district is not written (StaleDecision), since it was decided on a state
   * that included the failed one. Throws only when the transaction as a whole fails.
   */
  commitGroup(units: readonly CommitUnit[]): Promise<UnitOutcome[]>;
  /**
   * Optional, for a store that commits a transaction and flushes it to disk apart (SQLite):
   * commitGroup in two steps. The transaction is committed when this returns (or its promise
   * settles: a writer thread), with the units' outcomes; `durable` settles once it is on disk
   * (rejects if the flush fails). Nobody may be answered before `durable`. Throws (rejects)
   * only when the transaction as a whole fails.
   */
  writeGroup?(units: readonly CommitUnit[]): WrittenGroup | Promise<WrittenGroup>;
}

export interface WrittenGroup {
  outcomes: UnitOutcome[];
  durable: Promise<void>;
}

/** What makes up a rendered catalog: when none of it changed, the rendering still holds. */
export interface CatalogSignature {
  lastPosition: number;
  fridges: number;
  meals: number;
  mealsUpdatedAt: number;
}

/** The stock of some fridges and the store position it reflects, read in one transaction. */
export interface StockSnapshot {
  position: number;
  fridges: FridgeRecord[];
  stock: StockRow[];
  status: Map<string, FridgeStatus>;
  /** Latest reading per sensor (sensors ascending), for the fridges that have reported one. */
  temperatures: Map<string, SensorTemperature[]>;
}

/**
 * The registry as read: fridges, meals and tags. What the broker (authentication), the MQTT
 * adapter, the feed and the client reads need of it; none of them writes it.
 */
export interface RegistryReader {
  getFridge(id: string): Promise<FridgeRecord | undefined>;
  listFridges(): Promise<FridgeRecord[]>;
  fridgeCount(): Promise<number>;
  getMeal(gtin: string): Promise<MealRecord | undefined>;
  listMeals(): Promise<MealRecord[]>;
  /** The registered tags among `epcs` (unknown ones are absent from the map). */
  tags(epcs: readonly string[]): Promise<Map<string, TagRecord>>;
  /** The meals among `gtins` (unknown ones are absent from the map). */
  meals(gtins: readonly string[]): Promise<Map<string, MealRecord>>;
}

/** The registry: what the kitchen and the operators say (the admin API writes it). Not events. */
export interface Registry extends RegistryReader {
  /** Fails with `FridgeExists` when the id is taken (whoever got there first). */
  createFridge(f: Omit<FridgeRecord, 'enabled' | 'createdAt'>, now: number): Promise<void>;
  setCredential(id: string, hash: string, now: number): Promise<void>;
  setEnabled(id: string, enabled: boolean): Promise<void>;
  putMeal(meal: MealRecord, now: number): Promise<void>;
  putTags(tags: readonly TagInput[], now: number): Promise<void>;
}

/**
 * The event store as read: domain events by position, each fridge's cursor and raw events,
 * the dead letters. Transports read it; they write only through the application core.
 */
export interface EventReader {
  getCursor(fridgeId: string): Promise<Cursor | undefined>;
  /**
   * The highest seq stored for this fridge and epoch (0: none): an epoch that comes back
   * (an outbox restored from a backup) has those events applied already.
   */
  highestRawSeq(fridgeId: string, epoch: string): Promise<number>;
  /** The stored raw fridge events of `(fridge, epoch)` with seqs in [fromSeq, toSeq], by seq. */
  rawPayloads(fridgeId: string, epoch: string, fromSeq: number, toSeq: number): Promise<Map<number, Uint8Array>>;
  rawEventCount(fridgeId: string): Promise<number>;
  /** Events after `position` in position order; with `districts`, only theirs. */
  eventsAfter(position: number, limit: number, districts?: readonly string[]): Promise<StoredEvent[]>;
  /** Every event of one district in position order (after `after`, default 0), read in pages. */
  districtEvents(district: string, after?: number): AsyncIterable<StoredEvent>;
  /** Districts known to the registry or the event store. */
  districts(): Promise<string[]>;
  /** A random id created once with the store: positions are meaningful only within it. */
  storeEpoch(): Promise<string>;
  lastPosition(): Promise<number>;
  deadLetters(limit?: number): Promise<DeadLetterRow[]>;
}

/**
 * A district's state as of a position (cloud/core/snapshots.ts): the fold of the district's
 * events up to and including `position`, written by the code named by `version`. `eventType`
 * and `eventAt` are those of the event at `position`, which a reader checks against the store
 * (a snapshot is only ever read with the events it was folded from).
 */
export interface DistrictSnapshot {
  district: string;
  position: number;
  eventType: string;
  eventAt: number;
  version: string;
  state: string;
  savedAt: number;
}

/** The district snapshots, with what the event store holds at each one's position. */
export interface SnapshotStore {
  /** The district's snapshot, and the district, type and time of the stored event at its position (undefined: none there). */
  districtSnapshot(district: string): Promise<{ snapshot: DistrictSnapshot; atPosition: { district: string; type: string; at: number } | undefined } | undefined>;
  /**
   * Keeps `s` as the district's snapshot unless one at a later position of the same version is
   * kept already (an older instance may still be writing); true if kept.
   */
  saveDistrictSnapshot(s: DistrictSnapshot): Promise<boolean>;
  /** Forgets every district snapshot (rebuild): districts are folded from their events again. */
  dropDistrictSnapshots(): Promise<number>;
}

/** Keeping a refused batch: the MQTT adapter's one write that does not go through the core. */
export interface DeadLetterWriter {
  /**
   * A refused batch, kept within DEAD_LETTER_LIMITS (prefix, digest, one row per repeat);
   * with `advance`, the cursor moves past it in the same transaction.
   */
  deadLetter(d: DeadLetterInput): Promise<DeadLetterOutcome>;
}

/** The event store: domain events (kept forever), raw fridge events, cursors, dead letters. */
export interface EventStore extends EventReader, DeadLetterWriter, GroupCommitStore, SnapshotStore {
  /** One accepted batch in one transaction: raw events, domain events, projections, cursor. */
  commitBatch(b: CommitBatch): Promise<StoredEvent[]>;
  /** Domain events that do not come with a batch (presence, ticks, commands), one transaction. */
  append(district: string, events: readonly DomainEvent[], fence?: DistrictFence): Promise<StoredEvent[]>;
  /** Retention: raw fridge events received before `before` (ms) go; domain events never do. */
  pruneRawEvents(before: number): Promise<number>;
}

/**
 * The projections (stock, presence, catalog versions, temperatures), written with the events
 * in the same transaction and read here; they can be rebuilt from the events at any time.
 */
export interface ReadModel {
  stockOf(fridgeId: string): Promise<StockRow[]>;
  allStock(): Promise<StockRow[]>;
  statusOf(fridgeId: string): Promise<FridgeStatus | undefined>;
  /** Every fridge's presence that the projection has (a fridge never seen has none). */
  allStatus(): Promise<Map<string, FridgeStatus>>;
  catalogVersion(district: string): Promise<number | undefined>;
  catalogSignature(): Promise<CatalogSignature>;
  /** Stock, status, temperatures and registry of `fridgeIds` (all fridges if undefined) in one read transaction. */
  stockSnapshot(fridgeIds?: readonly string[]): Promise<StockSnapshot>;
  /** The user who holds a reservation, from its MealStockReserved event in the district. */
  reservationOwner(district: string, reservationId: string): Promise<string | undefined>;
}

/** The store as the process that opened it runs it: readiness, metrics, rebuild, close. */
export interface StoreOperations {
  readonly kind: 'sqlite' | 'postgres';
  /** Where it is, for logs (the file, or the database URL without its password). */
  readonly location: string;
  /** Drops the projections and applies every stored event again (the events are the truth). */
  rebuildProjections(): Promise<number>;
  /**
   * A new store epoch (rebuild, after a restore): positions of the restored store will be
   * used again for other events, so a feed cursor of before must not resume (it resyncs).
   */
  renewStoreEpoch(): Promise<string>;
  /** For /metrics: bytes on disk (file or database) and domain events stored. */
  size(): Promise<{ bytes: number; events: number }>;
  /**
   * Whether the store answers and commits (for readiness): false after a commit failed for
   * want of the store (StoreUnavailable), until a probe write succeeds again.
   */
  healthy(): boolean;
  close(): Promise<void>;
}

/**
 * All of it, as each adapter implements it; only the process that opens the store holds this.
 * Everything else depends on the role it uses (docs/cloud.md "Components").
 */
export interface CloudStore extends Registry, EventStore, ReadModel, StoreOperations {
  /** The report tables and the registry facts reports need (issue 14): store/reports.ts. */
  readonly reports: ReportStore;
}
