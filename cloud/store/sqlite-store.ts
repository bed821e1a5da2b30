import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fdatasync, mkdirSync, openSync, statSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DomainEvent, TagRecord } from '../domain/index.js';
import { dropOldest } from '../../shared/bounded-cache.js';
import { ownerOnly } from './file-mode.js';
import type { Logger } from 'pino';
import { inList, SqlStatements, SqliteWriter, STORE_FAILURE, storedOutcome, writerUnit } from './sqlite-writer.js';
import { SqliteCheckpointer, type CheckpointerOptions } from './sqlite-checkpointer.js';
import { SqliteWriterThread } from './sqlite-writer-thread.js';
import { ADDED_COLUMNS, AFTER_ADDED_COLUMNS, beforeSchema, PROJECTION_TABLES, SCHEMA } from './schema.js';
import { REPORT_SCHEMA_SQLITE, ReportTables, type ReportStore, type SqlPort } from './reports.js';
import { LOAD_SNAPSHOT, mergeRawPayloads, SAVE_SNAPSHOT, toDeadLetter, toLoadedSnapshot, type LoadedSnapshotRow, toStatus, toStock, toTag, toTemperatures, type DeadLetterDbRow, type StatusDbRow, type StockDbRow, type TagDbRow, type TemperatureDbRow } from './rows.js';
import {
  DEAD_LETTER_LIMITS,
  deadLetterRecord,
  EmptyStoreRefused,
  FridgeExists,
  StoreUnavailable,
  type CatalogSignature,
  type CloudStore,
  type CommitBatch,
  type CommitUnit,
  type UnitOutcome,
  type WrittenGroup,
  type Cursor,
  type DeadLetterInput,
  type DeadLetterOutcome,
  type DeadLetterRow,
  type DistrictSnapshot,
  type FridgeRecord,
  type FridgeStatus,
  type MealRecord,
  type StockRow,
  type StockSnapshot,
  type SnapshotStore,
  type StoredEvent,
  type TagInput,
} from './store.js';

export * from './store.js';

interface FridgeRow {
  id: string;
  district: string;
  name: string;
  lat: number;
  lon: number;
  credential_hash: string;
  enabled: number;
  created_at: number;
}





export const toFridge = (r: FridgeRow): FridgeRecord => ({
  id: r.id,
  district: r.district,
  name: r.name,
  lat: r.lat,
  lon: r.lon,
  credentialHash: r.credential_hash,
  enabled: r.enabled === 1,
  createdAt: r.created_at,
});


/** The cloud store's file in a data dir. */
export const sqliteFile = (dataDir: string): string => path.join(dataDir, 'cloud.db');
/**
 * Written beside the store's file when the store is created (it holds the store's epoch):
 * from then on a missing or empty file is a lost store, not a first start (issue 11 item 13).
 */
export const storeMarker = (dataDir: string): string => path.join(dataDir, 'store.id');

/** Readiness probes at most this often while the store cannot commit (readyz may be polled hard). */
const PROBE_INTERVAL_MS = 1000;

/**
 * The embedded store: registry, raw fridge events, domain events, cursors, dead letters and
 * projections in one SQLite file (WAL). All writes of one accepted batch happen in one
 * transaction. better-sqlite3 is synchronous, so every transaction is written before its
 * method's promise is returned: nothing interleaves.
 *
 * Durability: a write's promise settles only once the write-ahead log is on disk, as with
 * `synchronous=FULL`; but the flush is an fdatasync of the log in the libuv thread pool
 * (SQLite runs with `synchronous=NORMAL`, which writes the log without flushing it), not a
 * flush inside COMMIT on the event loop. Under FULL every group commit held the loop for the
 * disk's flush (1.5-2 ms on the benchmark machine, a quarter of the cloud's time in a fleet
 * storm, issue 12); now the loop decides and reads while the disk flushes. An acknowledged
 * batch is on disk exactly as before. One difference, only on a power loss (not on a crash
 * of the process, whose writes the OS keeps): a read in the moment between a transaction's
 * commit and its flush can see it, and the power loss can then take it back, with its
 * acknowledgement never sent; the fridge resends it.
 */
export class SqliteCloudStore implements CloudStore {
  readonly kind = 'sqlite';
  readonly location: string;
  readonly db: Database.Database;
  readonly readOnly: boolean;
  private readonly s;
  private readonly tagCache = new Map<string, TagRecord | null>();
  private readonly mealCache = new Map<string, MealRecord | null>();
  /** A commit failed for want of the store (StoreUnavailable) and no probe has succeeded since. */
  private cannotCommit = false;
  private lastProbeAt = Number.NEGATIVE_INFINITY;
  /** The report tables (issue 14): their own role, the same SQL as PostgreSQL's. */
  readonly reports: ReportStore;

  /**
   * Opens (or, in a data dir that never held one, creates) the store. A data dir whose marker
   * says it held a store but whose file is missing or empty is refused (EmptyStoreRefused)
   * unless `allowEmpty`: an empty store in its place would fail every fridge's login.
   *
   * `readOnly`: a reader of a store another process writes (the feed's own process, issue 13
   * item 1): the file must exist and is neither created, migrated nor marked; WAL lets it
   * read while the writer commits. Its writes fail (SQLITE_READONLY).
   */
  private readonly fdatasync: typeof fdatasync;

  constructor(readonly dataDir: string, opts: { allowEmpty?: boolean; readOnly?: boolean; /** tests: hold the log's flush */ fdatasync?: typeof fdatasync } = {}) {
    this.fdatasync = opts.fdatasync ?? fdatasync;
    this.location = sqliteFile(dataDir);
    this.readOnly = opts.readOnly === true;
    if (this.readOnly) this.db = new Database(this.location, { readonly: true, fileMustExist: true });
    else {
      if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
      const marker = storeMarker(dataDir);
      const lost = !existsSync(this.location) ? 'is missing' : statSync(this.location).size === 0 ? 'is empty (0 bytes)' : undefined;
      if (lost !== undefined && existsSync(marker) && opts.allowEmpty !== true) throw new EmptyStoreRefused(this.location, marker, lost);
      this.db = new Database(this.location);
      // Owner only before the journal files exist: SQLite gives -wal and -shm the database's mode.
      ownerOnly(this.location);
      this.db.pragma('journal_mode = WAL');
      ownerOnly(`${this.location}-wal`, `${this.location}-shm`);
      this.db.pragma('synchronous = NORMAL'); // the log is flushed by flushLog(), off the loop
      this.db.exec(beforeSchema((name) => this.db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?").get(name)?.n === 1));
      this.db.exec(SCHEMA);
      this.db.exec(REPORT_SCHEMA_SQLITE);
      this.addColumns();
      // A store created now, or one from before the marker existed: mark the data dir.
      if (lost !== undefined || !existsSync(marker)) writeFileSync(marker, `${this.epochSync()}\n`);
    }
    const db = this.db;
    this.s = {
      insertFridge: db.prepare('INSERT INTO fridges (id, district, name, lat, lon, credential_hash, enabled, created_at, credential_rotated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)'),
      getFridge: db.prepare<[string], FridgeRow>('SELECT * FROM fridges WHERE id = ?'),
      listFridges: db.prepare<[], FridgeRow>('SELECT * FROM fridges ORDER BY id'),
      fridgeCount: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM fridges'),
      setCredential: db.prepare<[string, number, string]>('UPDATE fridges SET credential_hash = ?, credential_rotated_at = ? WHERE id = ?'),
      setEnabled: db.prepare<[number, string]>('UPDATE fridges SET enabled = ? WHERE id = ?'),
      putMeal: db.prepare<[string, string, number]>('INSERT INTO meals (gtin, facts, updated_at) VALUES (?, ?, ?) ON CONFLICT(gtin) DO UPDATE SET facts = excluded.facts, updated_at = excluded.updated_at'),
      getMeal: db.prepare<[string], { facts: string }>('SELECT facts FROM meals WHERE gtin = ?'),
      listMeals: db.prepare<[], { gtin: string; facts: string }>('SELECT gtin, facts FROM meals ORDER BY gtin'),
      putTag: db.prepare(
        `INSERT INTO tags (epc, gtin, best_before, order_id, user_id, fridge_id, packed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(epc) DO UPDATE SET gtin = excluded.gtin, best_before = excluded.best_before, order_id = excluded.order_id,
           user_id = excluded.user_id, fridge_id = excluded.fridge_id, packed_at = excluded.packed_at`,
      ),
      getTag: db.prepare<[string], TagDbRow>('SELECT epc, gtin, best_before, order_id, user_id FROM tags WHERE epc = ?'),
      // A batch's tags in one statement (a JSON array of EPCs), not one statement each.
      getTagsIn: db.prepare<[string], TagDbRow>('SELECT epc, gtin, best_before, order_id, user_id FROM tags WHERE epc IN (SELECT value FROM json_each(?))'),
      getCursor: db.prepare<[string], { epoch: string; committed_seq: number }>('SELECT epoch, committed_seq FROM cursors WHERE fridge_id = ?'),
      setCursor: db.prepare<[string, string, number, number]>(
        'INSERT INTO cursors (fridge_id, epoch, committed_seq, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(fridge_id) DO UPDATE SET epoch = excluded.epoch, committed_seq = excluded.committed_seq, updated_at = excluded.updated_at',
      ),
      deadLetter: db.prepare<[string | null, string, string, Uint8Array, number, string, number, number]>('INSERT INTO dead_letters (fridge_id, topic, reason, payload, at, digest, bytes, count, first_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)'),
      deadLetterSame: db.prepare<[string, string | null, string], { id: number }>('SELECT id FROM dead_letters WHERE digest = ? AND fridge_id IS ? AND reason = ? LIMIT 1'),
      deadLetterAgain: db.prepare<[number, number]>('UPDATE dead_letters SET count = count + 1, at = ? WHERE id = ?'),
      deadLetterCount: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM dead_letters'),
      deadLetterEvict: db.prepare<[number]>('DELETE FROM dead_letters WHERE id IN (SELECT id FROM dead_letters ORDER BY at, id LIMIT ?)'),
      deadLetters: db.prepare<[number], DeadLetterDbRow>('SELECT id, fridge_id, topic, reason, at, first_at, bytes, length(payload) AS kept, digest, count FROM dead_letters ORDER BY at DESC, id DESC LIMIT ?'),
      // Runs of one epoch do not overlap: the highest is the last of the latest.
      highestRaw: db.prepare<[string, string, string, string], { s: number | null }>(
        'SELECT MAX(s) AS s FROM (SELECT MAX(seq) AS s FROM fridge_events_each WHERE fridge_id = ? AND epoch = ? UNION ALL SELECT * FROM (SELECT last_seq FROM fridge_event_runs WHERE fridge_id = ? AND epoch = ? ORDER BY first_seq DESC LIMIT 1))',
      ),
      rawEach: db.prepare<[string, string, number, number], { seq: number; payload: Uint8Array }>('SELECT seq, payload FROM fridge_events_each WHERE fridge_id = ? AND epoch = ? AND seq BETWEEN ? AND ? ORDER BY seq'),
      rawRuns: db.prepare<[string, string, number, number], { events: string; payload: Uint8Array }>('SELECT events, payload FROM fridge_event_runs WHERE fridge_id = ? AND epoch = ? AND first_seq <= ? AND last_seq >= ? ORDER BY first_seq'),
      eventsAfter: db.prepare<[number, number], { position: number; data: string }>('SELECT position, data FROM events WHERE position > ? ORDER BY position LIMIT ?'),
      districtPage: db.prepare<[string, number, number], { position: number; data: string }>('SELECT position, data FROM events WHERE district = ? AND position > ? ORDER BY position LIMIT ?'),
      districts: db.prepare<[], { district: string }>('SELECT DISTINCT district FROM (SELECT district FROM fridges UNION SELECT district FROM events) ORDER BY district'),
      stockOf: db.prepare<[string], StockDbRow>('SELECT * FROM stock WHERE fridge_id = ? ORDER BY gtin'),
      allStock: db.prepare<[], StockDbRow>('SELECT * FROM stock ORDER BY fridge_id, gtin'),
      statusOf: db.prepare<[string], StatusDbRow>('SELECT * FROM fridge_status WHERE fridge_id = ?'),
      allStatus: db.prepare<[], StatusDbRow>('SELECT * FROM fridge_status'),
      temperaturesOf: db.prepare<[string], TemperatureDbRow>('SELECT fridge_id, sensor, deci_celsius, at FROM fridge_temperature WHERE fridge_id = ? ORDER BY sensor'),
      allTemperatures: db.prepare<[], TemperatureDbRow>('SELECT fridge_id, sensor, deci_celsius, at FROM fridge_temperature ORDER BY fridge_id, sensor'),
      // The rows of a set of fridges (a JSON array of ids), chosen by SQLite: a district's read
      // builds no rows for the rest of the store.
      stockIn: db.prepare<[string], StockDbRow>('SELECT * FROM stock WHERE fridge_id IN (SELECT value FROM json_each(?)) ORDER BY fridge_id, gtin'),
      statusIn: db.prepare<[string], StatusDbRow>('SELECT * FROM fridge_status WHERE fridge_id IN (SELECT value FROM json_each(?))'),
      temperaturesIn: db.prepare<[string], TemperatureDbRow>('SELECT fridge_id, sensor, deci_celsius, at FROM fridge_temperature WHERE fridge_id IN (SELECT value FROM json_each(?)) ORDER BY fridge_id, sensor'),
      catalogVersion: db.prepare<[string], { version: number }>('SELECT version FROM catalog WHERE district = ?'),
      signature: db.prepare<[], { p: number | null; f: number; m: number; mu: number | null }>('SELECT (SELECT MAX(position) FROM events) AS p, (SELECT COUNT(*) FROM fridges) AS f, (SELECT COUNT(*) FROM meals) AS m, (SELECT MAX(updated_at) FROM meals) AS mu'),
      reservationOwner: db.prepare<[string, string], { userId: string | null }>(
        "SELECT json_extract(data, '$.userId') AS userId FROM events WHERE district = ? AND type = 'MealStockReserved' AND json_extract(data, '$.reservationId') = ? LIMIT 1",
      ),
      lastPosition: db.prepare<[], { p: number | null }>('SELECT MAX(position) AS p FROM events'),
      countRaw: db.prepare<[string, string], { n: number }>(
        'SELECT (SELECT COUNT(*) FROM fridge_events_each WHERE fridge_id = ?) + (SELECT COALESCE(SUM(json_array_length(events)), 0) FROM fridge_event_runs WHERE fridge_id = ?) AS n',
      ),
      pruneEach: db.prepare<[number]>('DELETE FROM fridge_events_each WHERE received_at < ?'),
      prunedRuns: db.prepare<[number], { n: number }>('SELECT COALESCE(SUM(json_array_length(events)), 0) AS n FROM fridge_event_runs WHERE received_at < ?'),
      pruneRuns: db.prepare<[number]>('DELETE FROM fridge_event_runs WHERE received_at < ?'),
      countEvents: db.prepare<[], { n: number }>('SELECT COALESCE(MAX(position), 0) AS n FROM events'),
    };
    this.reports = new ReportTables(this.reportPort());
  }

  /**
   * better-sqlite3 under the report tables' SQL port: synchronous, so nothing interleaves. Its
   * writes go where group commits go (the writer thread, when there is one): two connections
   * writing at once wait for each other in SQLite's busy handler, a millisecond and more each.
   */
  private reportPort(): SqlPort {
    const local = new SqlStatements(this.db);
    return {
      dialect: 'sqlite',
      all: async <R>(sql: string, params: readonly unknown[] = []) => local.prepared(sql).all(...params) as R[],
      commitIf: async (key, expected, next, list) => {
        if (this.thread?.usable === true) return (await this.thread.sql({ kind: 'commitIf', key, expected, next, list })) === true;
        return this.committing(() => local.commitIf(key, expected, next, list));
      },
      transaction: async (list) => {
        if (this.thread?.usable === true) return void (await this.thread.sql({ kind: 'tx', list }));
        this.committing(() => local.transaction(list));
      },
    };
  }

  /** Columns that stores created before them lack (ADDED_COLUMNS), added in place. */
  private addColumns(): void {
    for (const { table, column, definition } of ADDED_COLUMNS) {
      const has = this.db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`).all().some((c) => c.name === column);
      if (!has) this.db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`);
    }
    this.db.exec(AFTER_ADDED_COLUMNS);
  }

  // --- registry ---

  async createFridge(f: Omit<FridgeRecord, 'enabled' | 'createdAt'>, now: number): Promise<void> {
    try {
      this.s.insertFridge.run(f.id, f.district, f.name, f.lat, f.lon, f.credentialHash, now, now);
    } catch (err) {
      if ((err as { code?: unknown }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new FridgeExists(f.id);
      throw err;
    }
    await this.flushLog();
  }

  async getFridge(id: string): Promise<FridgeRecord | undefined> {
    const r = this.s.getFridge.get(id);
    return r ? toFridge(r) : undefined;
  }

  async listFridges(): Promise<FridgeRecord[]> {
    return this.s.listFridges.all().map(toFridge);
  }

  async fridgeCount(): Promise<number> {
    return this.s.fridgeCount.get()?.n ?? 0;
  }

  async setCredential(id: string, hash: string, now: number): Promise<void> {
    await this.durably(() => this.s.setCredential.run(hash, now, id));
  }

  async setEnabled(id: string, enabled: boolean): Promise<void> {
    await this.durably(() => this.s.setEnabled.run(enabled ? 1 : 0, id));
  }

  async putMeal(meal: MealRecord, now: number): Promise<void> {
    const written = this.durably(() => this.s.putMeal.run(meal.gtin, JSON.stringify(meal), now));
    this.mealCache.delete(meal.gtin);
    await written;
  }

  async getMeal(gtin: string): Promise<MealRecord | undefined> {
    return this.mealSync(gtin);
  }

  private mealSync(gtin: string): MealRecord | undefined {
    const cached = this.mealCache.get(gtin);
    if (cached !== undefined) return cached ?? undefined;
    const r = this.s.getMeal.get(gtin);
    const meal = r ? (JSON.parse(r.facts) as MealRecord) : null;
    // A read-only store's registry is written by another connection: nothing of it is kept.
    if (!this.readOnly) this.mealCache.set(gtin, meal);
    return meal ?? undefined;
  }

  async listMeals(): Promise<MealRecord[]> {
    return this.s.listMeals.all().map((r) => JSON.parse(r.facts) as MealRecord);
  }

  async putTags(tags: readonly TagInput[], now: number): Promise<void> {
    await this.durably(() => this.db.transaction(() => {
      for (const t of tags) {
        this.s.putTag.run(t.epc, t.gtin, t.bestBeforeMs ?? null, t.orderId ?? null, t.userId ?? null, t.fridgeId ?? null, now);
        this.tagCache.delete(t.epc);
      }
    })());
  }

  async tags(epcs: readonly string[]): Promise<Map<string, TagRecord>> {
    const out = new Map<string, TagRecord>();
    const missing: string[] = [];
    for (const epc of epcs) {
      const tag = this.tagCache.get(epc);
      if (tag === undefined) missing.push(epc);
      else if (tag !== null) out.set(epc, tag);
    }
    if (missing.length === 0) return out;
    const rows = missing.length === 1 ? [this.s.getTag.get(missing[0]!)].filter((r) => r !== undefined) : this.s.getTagsIn.all(JSON.stringify(missing));
    const found = new Map(rows.map((r) => [r.epc, toTag(r)]));
    dropOldest(this.tagCache, missing.length, TAG_CACHE_MAX);
    for (const epc of missing) {
      const tag = found.get(epc) ?? null;
      if (!this.readOnly) this.tagCache.set(epc, tag);
      if (tag !== null) out.set(epc, tag);
    }
    return out;
  }

  async meals(gtins: readonly string[]): Promise<Map<string, MealRecord>> {
    const out = new Map<string, MealRecord>();
    for (const g of gtins) {
      const m = this.mealSync(g);
      if (m !== undefined) out.set(g, m);
    }
    return out;
  }

  // --- ingest ---

  async getCursor(fridgeId: string): Promise<Cursor | undefined> {
    return this.cursorSync(fridgeId);
  }

  private cursorSync(fridgeId: string): Cursor | undefined {
    const r = this.s.getCursor.get(fridgeId);
    return r ? { epoch: r.epoch, committedSeq: r.committed_seq } : undefined;
  }

  async commitBatch(b: CommitBatch): Promise<StoredEvent[]> {
    return this.durably(() => this.writeOne({ kind: 'batch', batch: b }));
  }

  async commitGroup(units: readonly CommitUnit[]): Promise<UnitOutcome[]> {
    const written = await this.writeGroup(units);
    await written.durable;
    return written.outcomes;
  }

  /**
   * The group's transaction, written before this returns (in the process) or once the writer
   * thread answers; `durable` settles when the log holding it is on disk.
   */
  writeGroup(units: readonly CommitUnit[]): WrittenGroup | Promise<WrittenGroup> {
    if (units.length === 0) return { outcomes: [], durable: Promise.resolve() };
    // The log is long: this commit waits (the loop does not) for the checkpointer to copy the
    // rest, and then rewinds it (sqlite-checkpointer.ts).
    if (this.checkpointer?.overLimit === true) return this.checkpointer.drain().then(() => this.writeGroupNow(units));
    return this.writeGroupNow(units);
  }

  private writeGroupNow(units: readonly CommitUnit[]): WrittenGroup | Promise<WrittenGroup> {
    if (this.thread?.usable === true) return this.thread.writeGroup(units);
    return this.writeHere(units);
  }

  private writeHere(units: readonly CommitUnit[]): WrittenGroup {
    const outcomes = this.committing(() => this.writer.writeGroup(units.map(writerUnit)));
    return { outcomes: outcomes.map((o, i) => storedOutcome(units[i]!, o)), durable: this.flushLog() };
  }

  async append(district: string, events: readonly DomainEvent[]): Promise<StoredEvent[]> {
    if (events.length === 0) return [];
    return this.durably(() => this.writeOne({ kind: 'append', district, events }));
  }

  /** One unit in a transaction of its own, on this connection: its failure is thrown. */
  private writeOne(u: CommitUnit): StoredEvent[] {
    const [o] = this.writer.writeGroup([writerUnit(u)]);
    const out = storedOutcome(u, o!);
    if (!out.ok) throw out.error;
    return out.stored;
  }

  /** A write, settled once the log holding it is on disk (see the class comment). */
  private async durably<T>(write: () => T): Promise<T> {
    const out = this.committing(write);
    await this.flushLog();
    return out;
  }

  private logFd: number | undefined;

  /**
   * fdatasync of the write-ahead log, in the thread pool. A flush started after a commit's
   * writes covers them (and every earlier one); SQLite keeps the log file (the same inode,
   * rewound after a checkpoint) while the database is open.
   */
  private flushLog(): Promise<void> {
    if (this.logFd === undefined) this.logFd = openSync(`${this.location}-wal`, 'r');
    const fd = this.logFd;
    return new Promise((resolve, reject) => {
      this.fdatasync(fd, (err) => {
        if (err === null) return resolve();
        this.cannotCommit = true;
        reject(new StoreUnavailable(err.code ?? 'EIO', { cause: err }));
      });
    });
  }

  /**
   * A write: one that fails for want of the store (disk full, I/O error, corrupt page...)
   * fails as StoreUnavailable and leaves the store unhealthy until a probe commits again.
   */
  private committing<T>(write: () => T): T {
    try {
      const out = write();
      this.cannotCommit = false;
      return out;
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (typeof code !== 'string' || !STORE_FAILURE.test(code)) throw err;
      this.cannotCommit = true;
      throw new StoreUnavailable(code, { cause: err });
    }
  }

  /**
   * A commit that needs room: 64 KiB written and freed again in one transaction, so a store
   * that cannot grow (disk full, max_page_count) or write (I/O error, read-only) fails it.
   */
  private probe(): void {
    this.lastProbeAt = performance.now();
    try {
      this.db.transaction(() => {
        this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('health_probe', zeroblob(65536))").run();
        this.db.prepare("DELETE FROM meta WHERE key = 'health_probe'").run();
      })();
      this.cannotCommit = false;
    } catch {
      // still unable: readiness stays down until a later probe or commit succeeds
    }
  }

  async highestRawSeq(fridgeId: string, epoch: string): Promise<number> {
    return this.s.highestRaw.get(fridgeId, epoch, fridgeId, epoch)?.s ?? 0;
  }

  async rawPayloads(fridgeId: string, epoch: string, fromSeq: number, toSeq: number): Promise<Map<number, Uint8Array>> {
    return mergeRawPayloads(this.s.rawEach.all(fridgeId, epoch, fromSeq, toSeq), this.s.rawRuns.all(fridgeId, epoch, toSeq, fromSeq), fromSeq, toSeq);
  }

  async deadLetter(d: DeadLetterInput): Promise<DeadLetterOutcome> {
    const { prefixBytes, maxRows } = { ...DEAD_LETTER_LIMITS, ...d.limits };
    const rec = deadLetterRecord(d.payload, prefixBytes);
    return this.durably(() => this.db.transaction((): DeadLetterOutcome => {
      if (d.advance && d.fridgeId) this.s.setCursor.run(d.fridgeId, d.advance.epoch, d.advance.committedSeq, d.now);
      const same = this.s.deadLetterSame.get(rec.digest, d.fridgeId ?? null, d.reason);
      if (same !== undefined) {
        this.s.deadLetterAgain.run(d.now, same.id);
        return { repeated: true, truncatedBytes: 0, evicted: 0 };
      }
      this.s.deadLetter.run(d.fridgeId ?? null, d.topic, d.reason, rec.prefix, d.now, rec.digest, rec.bytes, d.now);
      const over = (this.s.deadLetterCount.get()?.n ?? 0) - maxRows;
      const evicted = over > 0 ? this.s.deadLetterEvict.run(over).changes : 0;
      return { repeated: false, truncatedBytes: rec.bytes - rec.prefix.length, evicted };
    })());
  }

  async deadLetters(limit = 100): Promise<DeadLetterRow[]> {
    return this.s.deadLetters.all(limit).map(toDeadLetter);
  }

  // --- reading ---

  async eventsAfter(position: number, limit: number, districts?: readonly string[]): Promise<StoredEvent[]> {
    const rows = districts === undefined
      ? this.s.eventsAfter.all(position, limit)
      : this.db.prepare<unknown[], { position: number; data: string }>(`SELECT position, data FROM events WHERE position > ? AND district IN (${inList(districts.length)}) ORDER BY position LIMIT ?`).all(position, ...districts, limit);
    return rows.map((r) => ({ position: r.position, event: JSON.parse(r.data) as DomainEvent }));
  }

  async *districtEvents(district: string, from = 0): AsyncGenerator<StoredEvent> {
    for (let after = from; ; ) {
      const rows = this.s.districtPage.all(district, after, 5000);
      for (const r of rows) yield { position: r.position, event: JSON.parse(r.data) as DomainEvent };
      if (rows.length < 5000) return;
      after = rows[rows.length - 1]!.position;
    }
  }

  async districtSnapshot(district: string): ReturnType<SnapshotStore['districtSnapshot']> {
    const r = this.db.prepare<[string], LoadedSnapshotRow>(LOAD_SNAPSHOT).get(district);
    return r === undefined ? undefined : toLoadedSnapshot(r);
  }

  async saveDistrictSnapshot(x: DistrictSnapshot): Promise<boolean> {
    const r = await this.durably(() => this.db.prepare(SAVE_SNAPSHOT).run(x.district, x.position, x.eventType, x.eventAt, x.version, x.state, x.savedAt));
    return r.changes > 0;
  }

  async dropDistrictSnapshots(): Promise<number> {
    return (await this.durably(() => this.db.prepare('DELETE FROM district_snapshots').run())).changes;
  }

  async districts(): Promise<string[]> {
    return this.s.districts.all().map((r) => r.district);
  }

  async storeEpoch(): Promise<string> {
    return this.epochSync();
  }

  async renewStoreEpoch(): Promise<string> {
    const epoch = randomUUID();
    await this.durably(() => this.db.prepare<[string]>("INSERT INTO meta (key, value) VALUES ('store_epoch', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(epoch));
    return epoch;
  }

  private epochSync(): string {
    if (!this.readOnly) this.db.prepare<[string]>("INSERT OR IGNORE INTO meta (key, value) VALUES ('store_epoch', ?)").run(randomUUID());
    const r = this.db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'store_epoch'").get();
    if (r === undefined) throw new Error('meta.store_epoch missing after insert');
    return r.value;
  }

  async lastPosition(): Promise<number> {
    return this.s.lastPosition.get()?.p ?? 0;
  }

  async stockOf(fridgeId: string): Promise<StockRow[]> {
    return this.s.stockOf.all(fridgeId).map(toStock);
  }

  async allStock(): Promise<StockRow[]> {
    return this.s.allStock.all().map(toStock);
  }

  async allStatus(): Promise<Map<string, FridgeStatus>> {
    return new Map(this.s.allStatus.all().map((r) => [r.fridge_id, toStatus(r)]));
  }

  async statusOf(fridgeId: string): Promise<FridgeStatus | undefined> {
    const r = this.s.statusOf.get(fridgeId);
    return r ? toStatus(r) : undefined;
  }

  async catalogVersion(district: string): Promise<number | undefined> {
    return this.s.catalogVersion.get(district)?.version;
  }

  async catalogSignature(): Promise<CatalogSignature> {
    const r = this.s.signature.get();
    return { lastPosition: r?.p ?? 0, fridges: r?.f ?? 0, meals: r?.m ?? 0, mealsUpdatedAt: r?.mu ?? 0 };
  }

  async stockSnapshot(fridgeIds?: readonly string[]): Promise<StockSnapshot> {
    // One read transaction: synchronous reads see nothing of this process commit in between,
    // and the transaction keeps another process's commits out too (a reader such as the feed's
    // own process).
    return this.db.transaction(() => this.stockSnapshotNow(fridgeIds))();
  }

  private stockSnapshotNow(fridgeIds?: readonly string[]): StockSnapshot {
    const wanted = fridgeIds === undefined ? undefined : new Set(fridgeIds);
    const fridges = (wanted === undefined ? this.s.listFridges.all() : this.s.listFridges.all().filter((f) => wanted.has(f.id))).map(toFridge);
    // Few fridges: a lookup each; many: one statement over the set (never rows of other fridges).
    const ids = wanted === undefined || wanted.size <= 50 ? undefined : JSON.stringify([...wanted]);
    const stock = (wanted === undefined ? this.s.allStock.all() : ids !== undefined ? this.s.stockIn.all(ids) : fridges.flatMap((f) => this.s.stockOf.all(f.id))).map(toStock);
    const statusRows = wanted === undefined ? this.s.allStatus.all() : ids !== undefined ? this.s.statusIn.all(ids) : this.s.allStatus.all().filter((r) => wanted.has(r.fridge_id));
    const status = new Map(statusRows.map((r) => [r.fridge_id, toStatus(r)]));
    // As status: the fridges asked for, registered or not (ids are ASCII: sort() is byte order).
    const temperatures = toTemperatures(
      wanted === undefined ? this.s.allTemperatures.all() : ids !== undefined ? this.s.temperaturesIn.all(ids) : [...wanted].sort().flatMap((id) => this.s.temperaturesOf.all(id)),
    );
    return { position: this.s.lastPosition.get()?.p ?? 0, fridges, stock, status, temperatures };
  }

  async reservationOwner(district: string, reservationId: string): Promise<string | undefined> {
    return this.s.reservationOwner.get(district, reservationId)?.userId ?? undefined;
  }

  async rawEventCount(fridgeId: string): Promise<number> {
    return this.s.countRaw.get(fridgeId, fridgeId)?.n ?? 0;
  }

  async pruneRawEvents(before: number): Promise<number> {
    return this.durably(() => this.db.transaction(() => {
      const inRuns = this.s.prunedRuns.get(before)?.n ?? 0;
      this.s.pruneRuns.run(before);
      return this.s.pruneEach.run(before).changes + inRuns;
    })());
  }

  async rebuildProjections(): Promise<number> {
    let n = 0;
    await this.durably(() => this.db.transaction(() => {
      for (const t of PROJECTION_TABLES) this.db.exec(`DELETE FROM ${t}`);
      // In pages: better-sqlite3 allows no writes while a statement is being iterated.
      for (let after = 0; ; ) {
        const rows = this.s.eventsAfter.all(after, 5000);
        if (rows.length === 0) break;
        this.writer.project(rows.map((r) => JSON.parse(r.data) as DomainEvent));
        n += rows.length;
        after = rows[rows.length - 1]!.position;
      }
    })());
    return n;
  }

  async size(): Promise<{ bytes: number; events: number }> {
    let bytes = 0;
    for (const suffix of ['', '-wal']) {
      try {
        bytes += statSync(this.location + suffix).size;
      } catch {
        // no WAL right now
      }
    }
    return { bytes, events: this.s.countEvents.get()?.n ?? 0 };
  }

  healthy(): boolean {
    if (!this.db.open) return false;
    if (this.cannotCommit && performance.now() - this.lastProbeAt >= PROBE_INTERVAL_MS) this.probe();
    return !this.cannotCommit;
  }

  /**
   * Group commits (and the report tables' writes) on a writer thread from now on
   * (sqlite-writer-thread.ts). The other writes (registry, dead letters, single batches) stay on
   * this connection; each connection waits for the other's transaction (busy_timeout) rather
   * than failing.
   */
  useWriterThread(log: Logger): void {
    if (this.readOnly || this.thread !== undefined) return;
    this.db.pragma('busy_timeout = 10000');
    this.thread = new SqliteWriterThread(this.location, log, (ok) => (this.cannotCommit = !ok));
  }

  private thread: SqliteWriterThread | undefined;

  /**
   * The log's checkpoints on a thread of their own from now on (sqlite-checkpointer.ts), not in
   * the COMMITs of this connection or of the writer thread's (call after useWriterThread).
   */
  checkpointOffLoop(log: Logger, opts: Partial<Pick<CheckpointerOptions, 'limitBytes' | 'busyMs' | 'idleMs' | 'drainBackoffMs' | 'onRound'>> = {}): void {
    if (this.readOnly || this.checkpointer !== undefined) return;
    const pageSize = Number(this.db.pragma('page_size', { simple: true }));
    this.checkpointer = new SqliteCheckpointer(this.location, log, {
      pageSize,
      ...opts,
      started: () => this.autocheckpoint(0),
      // SQLite's default: the connection that commits past 1,000 pages of log checkpoints.
      stopped: () => this.autocheckpoint(1000),
    });
  }

  private checkpointer: SqliteCheckpointer | undefined;

  /** Pages of log past which a COMMIT checkpoints, on this connection and the writer thread's (0: never). */
  private autocheckpoint(pages: number): void {
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${pages}`);
    if (this.thread?.usable === true) this.thread.pragma(`wal_autocheckpoint = ${pages}`);
  }

  /** Settles once the checkpointer thread checkpoints (true), or if there is none or it could not start (false). */
  checkpointsStarted(): Promise<boolean> {
    return this.checkpointer?.ready ?? Promise.resolve(false);
  }

  /** The checkpointer thread, while it checkpoints (tests, tools). */
  get checkpoints(): SqliteCheckpointer | undefined {
    return this.checkpointer?.usable === true ? this.checkpointer : undefined;
  }

  /** The writer thread, while group commits run on it (tests, metrics). */
  get writerThread(): SqliteWriterThread | undefined {
    return this.thread?.usable === true ? this.thread : undefined;
  }
  private writerOnThisConnection: SqliteWriter | undefined;

  /** This connection's writer (single batches, appends, rebuilds; group commits without a thread). */
  private get writer(): SqliteWriter {
    return (this.writerOnThisConnection ??= new SqliteWriter(this.db));
  }

  async close(): Promise<void> {
    await this.thread?.close();
    this.thread = undefined;
    await this.checkpointer?.close();
    this.checkpointer = undefined;
    if (this.db.open) this.db.close();
    if (this.logFd !== undefined) closeSync(this.logFd);
    this.logFd = undefined;
  }
}

/** Tags kept by the store's cache: a city's meals in circulation, with room to spare. */
const TAG_CACHE_MAX = 200_000;

