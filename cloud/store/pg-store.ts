import { randomUUID } from 'node:crypto';
import { DatabaseError, Pool, types as pgTypes, type CustomTypesConfig, type PoolClient, type QueryResult, type QueryResultRow } from 'pg';
import type { DomainEvent, TagRecord } from '../domain/index.js';
import { fencedDistricts, groupFridges, planGroup, projectionRows, projectionStatements, unitDistrict, type GroupPlan } from './pg-group-plan.js';
import { PG_BEFORE_SCHEMA, PG_SCHEMA, SCHEMA_LOCK_KEY } from './pg-schema.js';
import { PROJECTION_TABLES } from './schema.js';
import { pgPlaceholders, REPORT_SCHEMA_PG, ReportTables, type ReportStore, type SqlPort, type Statement } from './reports.js';
import { LOAD_SNAPSHOT, mergeRawPayloads, packRun, runFault, SAVE_SNAPSHOT, toDeadLetter, toLoadedSnapshot, type LoadedSnapshotRow, toStatus, toStock, toStored, toTag, toTemperatures, type DeadLetterDbRow, type EventDbRow, type StatusDbRow, type StockDbRow, type TagDbRow, type TemperatureDbRow } from './rows.js';
import {
  CursorConflict,
  DEAD_LETTER_LIMITS,
  deadLetterRecord,
  FridgeExists,
  FenceLost,
  RawEventsRefused,
  StaleDecision,
  type CatalogSignature,
  type CloudStore,
  type CommitBatch,
  type CommitUnit,
  type UnitOutcome,
  type Cursor,
  type DeadLetterInput,
  type DeadLetterOutcome,
  type DeadLetterRow,
  type DistrictFence,
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

/**
 * Key of the advisory lock that every transaction appending domain events holds from its
 * first insert into `events` until it ends ('FFEV'). Positions come from an identity
 * sequence; without the lock, two concurrent transactions could commit them out of order
 * (11 visible before 10), and a reader that went past 11 would never see 10. With it,
 * positions become visible in ascending order, as in SQLite.
 */
const EVENTS_APPEND_LOCK_KEY = 0x46464556;

const SAVE_SNAPSHOT_PG = pgPlaceholders(SAVE_SNAPSHOT);
const LOAD_SNAPSHOT_PG = pgPlaceholders(LOAD_SNAPSHOT);

/** Page size of districtEvents and rebuildProjections (keyset pagination by position). */
const PAGE = 5000;

/**
 * A unit of a group commit that failed on its own (the cursor moved, the fence is lost, a
 * constraint, class 23): rolled back to its savepoint. Anything else fails the transaction.
 */
const isUnitFailure = (err: unknown): err is Error =>
  err instanceof CursorConflict || err instanceof FenceLost || err instanceof RawEventsRefused || (err instanceof DatabaseError && (err.code ?? '').startsWith('23'));

// --- type parsing: on this pool's clients only, never pg's global parsers ---

const INT8_OID = 20;
const NUMERIC_OID = 1700;

const parseInt8 = (s: string): number => {
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw new RangeError(`BIGINT ${s} is not a safe JavaScript integer`);
  return n;
};

const parseNumeric = (s: string): number => {
  const n = Number(s);
  if (!Number.isFinite(n) || (Number.isInteger(n) && !Number.isSafeInteger(n))) throw new RangeError(`NUMERIC ${s} is not a safe JavaScript number`);
  return n;
};

/** BIGINT (counts, sizes, positions, times in ms) and NUMERIC arrive as numbers, or the query fails. */
const TYPES: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown => {
    if (format === undefined || format === 'text') {
      if (oid === INT8_OID) return parseInt8;
      if (oid === NUMERIC_OID) return parseNumeric;
    }
    return pgTypes.getTypeParser(oid, format);
  }) as CustomTypesConfig['getTypeParser'],
};

// --- rows (the shared ones: rows.ts) ---

interface FridgeRow {
  id: string;
  district: string;
  name: string;
  lat: number;
  lon: number;
  credential_hash: string;
  enabled: boolean;
  created_at: number;
}






const FRIDGE_COLUMNS = 'id, district, name, lat, lon, credential_hash, enabled, created_at';
const STOCK_COLUMNS = 'fridge_id, gtin, on_hand, reserved, available';
const STATUS_COLUMNS = 'fridge_id, online, stale, epoch, changed_at';
const TEMPERATURE_COLUMNS = 'fridge_id, sensor, deci_celsius, at';

const toFridge = (r: FridgeRow): FridgeRecord => ({
  id: r.id,
  district: r.district,
  name: r.name,
  lat: r.lat,
  lon: r.lon,
  credentialHash: r.credential_hash,
  enabled: r.enabled,
  createdAt: r.created_at,
});


/**
 * Whether an error says the database cannot be reached, rather than that it refused one
 * statement: anything that is not the server's answer, and the server's FATAL answers
 * (shutdown, terminated backend, too many connections, authentication).
 */
const isConnectionFailure = (err: unknown): boolean => !(err instanceof DatabaseError) || err.severity === 'FATAL' || err.severity === 'PANIC';
/**
 * SQLSTATE classes of a server that cannot store anything now: 53 insufficient resources
 * (53100 disk full), 58 system error (I/O), XX internal error (XX001 data corrupted).
 */
const isStoreFailure = (err: unknown): boolean => err instanceof DatabaseError && /^(53|58|XX)/.test(err.code ?? '');

/**
 * Waits until every one of `queries` (queued on one connection) is answered, so that none is
 * left in flight, then throws the first failure in the order they were sent: in a transaction,
 * the statements after a failed one fail only because it did.
 */
async function settled(queries: ReadonlyArray<Promise<unknown> | undefined>): Promise<void> {
  const results = await Promise.allSettled(queries);
  for (const r of results) if (r.status === 'rejected') throw r.reason;
}

/** The largest position a JavaScript number holds exactly (2^53 - 1). */
const MAX_POSITION = Number.MAX_SAFE_INTEGER;

/**
 * Inserts events of one or several districts under the append lock (EVENTS_APPEND_LOCK_KEY),
 * positions in input order, in one statement that takes the lock itself: a COMMIT queued after
 * it follows without another round trip, so the lock is held for the insert and the COMMIT.
 *
 * Identity values are drawn as the rows come out of the ORDER BY (PostgreSQL evaluates
 * volatile expressions after the sort, and the sort has every row, hence the lock, before it
 * gives one), so positions ascend in input order; RETURNING promises no order, hence the sort
 * here. A position beyond 2^53 fails the statement in the server (the cast of a sentence to
 * bigint): were it found only when its row is parsed here, a COMMIT queued behind it would
 * already have made it visible.
 */
function insertEvents(c: PoolClient, rows: ReadonlyArray<{ district: string; event: DomainEvent }>): Promise<number[]> {
  if (rows.length === 0) return Promise.resolve([]);
  // The events' JSON as one array, each element stored as the text JSON.stringify gives it
  // (json_array_elements returns the input's own text): one string to send, not one escaped
  // array element per event. The rows are read out of the parameters (src) before the lock is
  // taken (lock counts them), and positions are drawn after it, as the sorted rows come out:
  // the lock is held for the inserts and the COMMIT only.
  const insert = c.query<{ position: number }>(
    `WITH src AS MATERIALIZED (
       SELECT district, fridge_id, type, at, data::text AS data, n
       FROM ROWS FROM (unnest($1::text[]), unnest($2::text[]), unnest($3::text[]), unnest($4::bigint[]), json_array_elements($5::json))
         WITH ORDINALITY AS e(district, fridge_id, type, at, data, n)
     ),
     lock AS MATERIALIZED (SELECT pg_advisory_xact_lock($7) AS held FROM (SELECT count(*) FROM src) AS rows_read)
     INSERT INTO events (district, fridge_id, type, at, data)
     SELECT district, fridge_id, type, at, data FROM src CROSS JOIN lock
     ORDER BY n
     RETURNING CASE WHEN position <= $6 THEN position ELSE ('position ' || position || ' is not a safe JavaScript integer')::bigint END AS position`,
    [
      rows.map((x) => x.district),
      rows.map(({ event: e }) => ('fridgeId' in e ? e.fridgeId : null)),
      rows.map((x) => x.event.type),
      rows.map((x) => x.event.at),
      JSON.stringify(rows.map((x) => x.event)),
      MAX_POSITION,
      EVENTS_APPEND_LOCK_KEY,
    ],
  );
  return insert.then((r) => {
    const positions = r.rows.map((row) => row.position).sort((a, b) => a - b);
    if (positions.length !== rows.length) throw new Error(`inserted ${positions.length} events of ${rows.length}`);
    return positions;
  });
}

/** `url` without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '';
    if (u.searchParams.has('password')) u.searchParams.delete('password');
    return u.toString();
  } catch {
    // Not a URL (a libpq keyword string): hide any password=... in it.
    return url.replace(/password\s*=\s*('[^']*'|\S+)/gi, 'password=***');
  }
}

/**
 * The shared store: the same tables as the SQLite file in one PostgreSQL database, used by
 * one or several cloud instances at once. Reads go through the pool; each write method is one
 * transaction on one client (READ COMMITTED). Nothing is cached in the process (another
 * instance may change the registry at any time).
 *
 * A commit takes its locks in one order: the districts' owner rows (fences), the fridges'
 * cursor rows (two commits of one fridge queue there), each set in key order, the projection
 * tables in PROJECTION_TABLES order (as rebuildProjections locks them), then the events append
 * lock until COMMIT.
 */
export class PgCloudStore implements CloudStore {
  readonly kind = 'postgres';
  readonly location: string;
  private closed = false;
  /** A connection failed (or the pool reported an idle client's error) since the last success. */
  private broken = false;
  /** A transaction failed for want of the server (disk full, I/O, corruption) since the last commit. */
  private cannotCommit = false;
  private probing = false;

  /** The report tables (issue 14): their own role, the same SQL as SQLite's. */
  readonly reports: ReportStore;

  private constructor(private readonly pool: Pool, url: string) {
    this.location = redactUrl(url);
    this.reports = new ReportTables(this.reportPort());
    // An idle client lost its connection (server restart, terminated backend, network). The
    // pool drops that client; without a listener the error would crash the process.
    pool.on('error', () => {
      this.broken = true;
    });
  }

  /** Connects, creates the schema if needed (safe when several instances start at once). */
  static async open(url: string, opts: { max?: number } = {}): Promise<PgCloudStore> {
    const pool = new Pool({
      connectionString: url,
      max: opts.max ?? 10,
      types: TYPES,
      application_name: 'fridge-cloud',
      // A connection that cannot be had in 10 s is an error (and the store unhealthy), not a wait without end.
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
      // Statements queued on a client go out without waiting for the previous answer: a group
      // commit costs two round trips, not one per statement (commitGroup).
      pipeline: true,
    });
    const store = new PgCloudStore(pool, url);
    try {
      await store.tx(async (c) => {
        await c.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
        await c.query(PG_BEFORE_SCHEMA);
        await c.query(PG_SCHEMA);
        await c.query(REPORT_SCHEMA_PG);
      });
    } catch (err) {
      await store.close();
      throw err;
    }
    return store;
  }

  // --- plumbing ---

  /** One statement on any pooled connection: its rows. */
  private async q<R extends QueryResultRow>(text: string, values: readonly unknown[] = []): Promise<R[]> {
    return (await this.run<R>(text, values)).rows;
  }

  /** One statement on any pooled connection. */
  private async run<R extends QueryResultRow>(text: string, values: readonly unknown[] = []): Promise<QueryResult<R>> {
    try {
      const r = await this.pool.query<R>(text, [...values]);
      this.broken = false;
      return r;
    } catch (err) {
      if (isConnectionFailure(err)) this.broken = true;
      throw err;
    }
  }

  /**
   * `fn` in one transaction on one client: COMMIT when it resolves, ROLLBACK when it throws.
   * The client always goes back to the pool; when even ROLLBACK fails its connection is
   * broken, and it is released with the error so that the pool destroys it.
   */
  private async tx<T>(fn: (c: PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const client = await this.connect();
    let out: T;
    try {
      await client.query(begin);
      out = await fn(client);
      await client.query('COMMIT');
    } catch (err) {
      if (isStoreFailure(err)) this.cannotCommit = true;
      await this.rollback(client);
      throw err;
    }
    client.release();
    this.broken = false;
    this.cannotCommit = false;
    return out;
  }

  private async connect(): Promise<PoolClient> {
    try {
      return await this.pool.connect();
    } catch (err) {
      this.broken = true;
      throw err;
    }
  }

  /** Ends `client`'s transaction and gives it back; when even ROLLBACK fails, the pool destroys it. */
  private async rollback(client: PoolClient): Promise<void> {
    try {
      await client.query('ROLLBACK');
      client.release();
    } catch (rollbackErr) {
      this.broken = true;
      client.release(rollbackErr instanceof Error ? rollbackErr : new Error(String(rollbackErr)));
    }
  }

  /** The pool under the report tables' SQL port; the position row is locked while a fold commits. */
  private reportPort(): SqlPort {
    const runAll = async (c: PoolClient, list: readonly Statement[]): Promise<void> => {
      await settled(list.map(([sql, params]) => c.query(pgPlaceholders(sql), [...params])));
    };
    return {
      dialect: 'postgres',
      all: async <R>(sql: string, params: readonly unknown[] = []) => (await this.q<QueryResultRow>(pgPlaceholders(sql), params)) as R[],
      commitIf: async (key, expected, next, list) => this.tx(async (c) => {
        // The row that serializes folds of instances sharing the store: created once, then locked.
        await c.query("INSERT INTO meta (key, value) VALUES ($1, '0') ON CONFLICT (key) DO NOTHING", [key]);
        const row = (await c.query<{ value: string }>('SELECT value FROM meta WHERE key = $1 FOR UPDATE', [key])).rows[0];
        if ((row?.value ?? '0') !== (expected ?? '0')) return false;
        await runAll(c, list);
        await c.query('UPDATE meta SET value = $2 WHERE key = $1', [key, next]);
        return true;
      }),
      transaction: async (list) => this.tx((c) => runAll(c, list)),
    };
  }

  // --- registry ---

  async createFridge(f: Omit<FridgeRecord, 'enabled' | 'createdAt'>, now: number): Promise<void> {
    try {
      await this.q(
        `INSERT INTO fridges (id, district, name, lat, lon, credential_hash, enabled, created_at, credential_rotated_at)
         VALUES ($1, $2, $3, $4, $5, $6, TRUE, $7, $7)`,
        [f.id, f.district, f.name, f.lat, f.lon, f.credentialHash, now],
      );
    } catch (err) {
      if (err instanceof DatabaseError && err.code === '23505') throw new FridgeExists(f.id);
      throw err;
    }
  }

  async getFridge(id: string): Promise<FridgeRecord | undefined> {
    const [r] = await this.q<FridgeRow>(`SELECT ${FRIDGE_COLUMNS} FROM fridges WHERE id = $1`, [id]);
    return r ? toFridge(r) : undefined;
  }

  async listFridges(): Promise<FridgeRecord[]> {
    return (await this.q<FridgeRow>(`SELECT ${FRIDGE_COLUMNS} FROM fridges ORDER BY id`)).map(toFridge);
  }

  async fridgeCount(): Promise<number> {
    const [r] = await this.q<{ n: number }>('SELECT COUNT(*) AS n FROM fridges');
    return r?.n ?? 0;
  }

  async setCredential(id: string, hash: string, now: number): Promise<void> {
    await this.q('UPDATE fridges SET credential_hash = $2, credential_rotated_at = $3 WHERE id = $1', [id, hash, now]);
  }

  async setEnabled(id: string, enabled: boolean): Promise<void> {
    await this.q('UPDATE fridges SET enabled = $2 WHERE id = $1', [id, enabled]);
  }

  async putMeal(meal: MealRecord, now: number): Promise<void> {
    await this.q(
      `INSERT INTO meals (gtin, facts, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (gtin) DO UPDATE SET facts = excluded.facts, updated_at = excluded.updated_at`,
      [meal.gtin, JSON.stringify(meal), now],
    );
  }

  async getMeal(gtin: string): Promise<MealRecord | undefined> {
    const [r] = await this.q<{ facts: string }>('SELECT facts FROM meals WHERE gtin = $1', [gtin]);
    return r ? (JSON.parse(r.facts) as MealRecord) : undefined;
  }

  async listMeals(): Promise<MealRecord[]> {
    return (await this.q<{ facts: string }>('SELECT facts FROM meals ORDER BY gtin')).map((r) => JSON.parse(r.facts) as MealRecord);
  }

  async putTags(tags: readonly TagInput[], now: number): Promise<void> {
    // One statement for all; an EPC given twice keeps its last record (as one upsert each would).
    const last = [...new Map(tags.map((t) => [t.epc, t])).values()];
    if (last.length === 0) return;
    await this.q(
      `INSERT INTO tags (epc, gtin, best_before, order_id, user_id, fridge_id, packed_at)
       SELECT epc, gtin, best_before, order_id, user_id, fridge_id, $7
       FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[]) AS t(epc, gtin, best_before, order_id, user_id, fridge_id)
       ON CONFLICT (epc) DO UPDATE SET gtin = excluded.gtin, best_before = excluded.best_before, order_id = excluded.order_id,
         user_id = excluded.user_id, fridge_id = excluded.fridge_id, packed_at = excluded.packed_at`,
      [
        last.map((t) => t.epc),
        last.map((t) => t.gtin),
        last.map((t) => t.bestBeforeMs ?? null),
        last.map((t) => t.orderId ?? null),
        last.map((t) => t.userId ?? null),
        last.map((t) => t.fridgeId ?? null),
        now,
      ],
    );
  }

  async tags(epcs: readonly string[]): Promise<Map<string, TagRecord>> {
    if (epcs.length === 0) return new Map();
    const rows = await this.q<TagDbRow>('SELECT epc, gtin, best_before, order_id, user_id FROM tags WHERE epc = ANY($1::text[])', [epcs]);
    return new Map(rows.map((r) => [r.epc, toTag(r)]));
  }

  async meals(gtins: readonly string[]): Promise<Map<string, MealRecord>> {
    if (gtins.length === 0) return new Map();
    const rows = await this.q<{ gtin: string; facts: string }>('SELECT gtin, facts FROM meals WHERE gtin = ANY($1::text[])', [gtins]);
    return new Map(rows.map((r) => [r.gtin, JSON.parse(r.facts) as MealRecord]));
  }

  // --- ingest ---

  async getCursor(fridgeId: string): Promise<Cursor | undefined> {
    const [r] = await this.q<{ epoch: string; committed_seq: number }>('SELECT epoch, committed_seq FROM cursors WHERE fridge_id = $1', [fridgeId]);
    return r ? { epoch: r.epoch, committedSeq: r.committed_seq } : undefined;
  }

  async commitBatch(b: CommitBatch): Promise<StoredEvent[]> {
    return this.commitOne({ kind: 'batch', batch: b });
  }

  /** A group of one: its events, or its failure thrown. */
  private async commitOne(unit: CommitUnit): Promise<StoredEvent[]> {
    const [out] = await this.commitGroup([unit]);
    if (out === undefined) throw new Error('no outcome for the unit');
    if (!out.ok) throw out.error;
    return out.stored;
  }

  /** An accepted batch's writes but its domain events: fence, cursor, raw events, projections. */
  private async batchWritesIn(c: PoolClient, b: CommitBatch): Promise<void> {
    await this.holdFence(c, b.district, b.fence);
    // Then move the cursor, on the condition that it is still the expected one: one atomic
    // statement that also locks the row until COMMIT, so a concurrent writer of this fridge
    // waits here and then finds the cursor moved.
    const moved = b.expected === undefined
      ? await c.query(
        `INSERT INTO cursors (fridge_id, epoch, committed_seq, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (fridge_id) DO NOTHING`,
        [b.fridgeId, b.epoch, b.committedSeq, b.now],
      )
      : await c.query(
        `UPDATE cursors SET epoch = $2, committed_seq = $3, updated_at = $4
         WHERE fridge_id = $1 AND epoch = $5 AND committed_seq = $6`,
        [b.fridgeId, b.epoch, b.committedSeq, b.now, b.expected.epoch, b.expected.committedSeq],
      );
    if (moved.rowCount !== 1) throw new CursorConflict(b.fridgeId);
    const fault = runFault(b.fridgeId, b.raw);
    if (fault !== undefined) throw fault;
    if (b.raw.length > 0) {
      const run = packRun(b.raw);
      await c.query(
        'INSERT INTO fridge_event_runs (fridge_id, epoch, first_seq, last_seq, received_at, events, payload) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [b.fridgeId, b.epoch, run.firstSeq, run.lastSeq, b.now, run.events, run.payload],
      );
    }
    await this.project(c, b.events);
  }

  /**
   * Group commit (issue 12 item 2) in two round trips whatever the size of the group: the
   * statements of each step go out together on the connection (pg's pipeline mode), each
   * bound to arrays, never one statement per unit or per row.
   *
   * 1. BEGIN; the owner rows of the fenced districts (FOR SHARE) and the cursors of the
   *    group's fridges (FOR UPDATE), each in key order, so that two writers lock them in one
   *    order. planGroup then decides which units hold, as a savepoint per unit did.
   * 2. The held units' cursors (an UPDATE of the locked rows, an INSERT of the new ones), raw
   *    events, projection rows (one upsert per table, PROJECTION_TABLES order) and domain
   *    events (one insert under the append lock), and COMMIT.
   *
   * If a statement of step 2 fails on a constraint (a raw event stored already, a cursor
   * another instance inserted meanwhile), the transaction is rolled back (PostgreSQL answers
   * the queued COMMIT with ROLLBACK) and the group is committed again unit by unit, each in a
   * savepoint, so that the failure falls to its unit alone.
   */
  async commitGroup(units: readonly CommitUnit[]): Promise<UnitOutcome[]> {
    if (units.length === 0) return [];
    return (await this.commitGroupAtOnce(units)) ?? this.tx((c) => this.commitGroupBySavepoints(c, units));
  }

  /** The group in one pass, or undefined when a constraint failed it (nothing written). */
  private async commitGroupAtOnce(units: readonly CommitUnit[]): Promise<UnitOutcome[] | undefined> {
    const c = await this.connect();
    const fenced = fencedDistricts(units);
    const fridges = groupFridges(units);
    let stage: 'read' | 'write' = 'read';
    try {
      const begin = c.query('BEGIN');
      const owners = fenced.length === 0 ? undefined : c.query<{ district: string; instance_id: string; token: number }>(
        'SELECT district, instance_id, token FROM district_owners WHERE district = ANY($1::text[]) ORDER BY district FOR SHARE',
        [fenced],
      );
      const cursors = fridges.length === 0 ? undefined : c.query<{ fridge_id: string; epoch: string; committed_seq: number }>(
        'SELECT fridge_id, epoch, committed_seq FROM cursors WHERE fridge_id = ANY($1::text[]) ORDER BY fridge_id FOR UPDATE',
        [fridges],
      );
      await settled([begin, owners, cursors]);
      const plan = planGroup(
        units,
        new Map(((await owners)?.rows ?? []).map((r) => [r.district, { instanceId: r.instance_id, token: r.token }])),
        new Map(((await cursors)?.rows ?? []).map((r) => [r.fridge_id, { epoch: r.epoch, committedSeq: r.committed_seq }])),
      );
      stage = 'write';
      // Every statement is queued before the first answer: none may wait for another's.
      const writes = this.groupWrites(c, plan);
      const positions = insertEvents(c, plan.events);
      const commit = c.query('COMMIT');
      await settled([...writes, positions, commit]);
      const ps = await positions;
      const done = await commit;
      if (done.command !== 'COMMIT') throw new Error(`COMMIT answered ${done.command}`);
      c.release();
      this.broken = false;
      this.cannotCommit = false;
      const out: UnitOutcome[] = plan.failures.map((f) => f ?? { ok: true, stored: [] });
      plan.events.forEach(({ unit, event }, i) => {
        const o = out[unit];
        if (o?.ok === true) o.stored.push({ position: ps[i]!, event });
      });
      return out;
    } catch (err) {
      if (isStoreFailure(err)) this.cannotCommit = true;
      await this.rollback(c);
      // A constraint of one unit: committed again unit by unit (no lock of this try is held).
      if (stage === 'write' && err instanceof DatabaseError && (err.code ?? '').startsWith('23')) return undefined;
      throw err;
    }
  }

  /** Step 2's writes but the events, queued on `c` in lock order (see the class comment). */
  private groupWrites(c: PoolClient, plan: GroupPlan): Array<Promise<unknown>> {
    const out: Array<Promise<unknown>> = [];
    const cursorArrays = (ws: GroupPlan['cursorUpdates']) => [ws.map((w) => w.fridgeId), ws.map((w) => w.epoch), ws.map((w) => w.committedSeq), ws.map((w) => w.now)];
    if (plan.cursorUpdates.length > 0) {
      // These rows were read FOR UPDATE and checked by planGroup: nobody else can move them.
      out.push(c.query(
        `UPDATE cursors AS c SET epoch = u.epoch, committed_seq = u.committed_seq, updated_at = u.updated_at
         FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[]) AS u(fridge_id, epoch, committed_seq, updated_at)
         WHERE c.fridge_id = u.fridge_id`,
        cursorArrays(plan.cursorUpdates),
      ));
    }
    if (plan.cursorInserts.length > 0) {
      // No ON CONFLICT: a cursor inserted by another writer since the read fails the
      // transaction (23505), and the group is decided again unit by unit.
      out.push(c.query(
        `INSERT INTO cursors (fridge_id, epoch, committed_seq, updated_at)
         SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[]) AS u(fridge_id, epoch, committed_seq, updated_at)
         ORDER BY fridge_id`,
        cursorArrays(plan.cursorInserts),
      ));
    }
    if (plan.raw.length > 0) {
      // One row per held batch (its run of raw events), all in one statement.
      // Their seqs were checked when the group was planned (pg-group-plan.ts).
      const runs = plan.raw.map((u) => ({ u, run: packRun(u.raw) }));
      out.push(c.query(
        `INSERT INTO fridge_event_runs (fridge_id, epoch, first_seq, last_seq, received_at, events, payload)
         SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::bigint[], $6::text[], $7::bytea[])`,
        [
          runs.map((x) => x.u.fridgeId),
          runs.map((x) => x.u.epoch),
          runs.map((x) => x.run.firstSeq),
          runs.map((x) => x.run.lastSeq),
          runs.map((x) => x.u.receivedAt),
          runs.map((x) => x.run.events),
          runs.map((x) => x.run.payload),
        ],
      ));
    }
    for (const s of projectionStatements(plan.projections)) out.push(c.query(s.sql, [s.rows]));
    return out;
  }

  /**
   * The same group, each unit's writes but the events in a savepoint of its own (fence,
   * cursor, raw events, projections), then the events of every unit that held in one insert
   * under the append lock. A unit that fails on its own (isUnitFailure) is rolled back alone.
   */
  private async commitGroupBySavepoints(c: PoolClient, units: readonly CommitUnit[]): Promise<UnitOutcome[]> {
    const out: UnitOutcome[] = [];
    const failed = new Set<string>();
    const held: Array<{ index: number; district: string; events: readonly DomainEvent[] }> = [];
    for (const [index, u] of units.entries()) {
      const district = unitDistrict(u);
      if (failed.has(district)) {
        out.push({ ok: false, error: new StaleDecision(district) });
        continue;
      }
      await c.query('SAVEPOINT unit');
      try {
        if (u.kind === 'batch') await this.batchWritesIn(c, u.batch);
        else {
          await this.holdFence(c, u.district, u.fence);
          await this.project(c, u.events);
        }
        await c.query('RELEASE SAVEPOINT unit');
        held.push({ index, district, events: u.kind === 'batch' ? u.batch.events : u.events });
        out.push({ ok: true, stored: [] });
      } catch (err) {
        if (!isUnitFailure(err)) throw err;
        await c.query('ROLLBACK TO SAVEPOINT unit');
        failed.add(district);
        out.push({ ok: false, error: err });
      }
    }
    const rows = held.flatMap((h) => h.events.map((event) => ({ unit: h.index, district: h.district, event })));
    const positions = await insertEvents(c, rows);
    rows.forEach(({ unit, event }, i) => {
      const o = out[unit];
      if (o?.ok === true) o.stored.push({ position: positions[i]!, event });
    });
    return out;
  }

  async append(district: string, events: readonly DomainEvent[], fence?: DistrictFence): Promise<StoredEvent[]> {
    if (events.length === 0) return [];
    return this.commitOne({ kind: 'append', district, events, fence });
  }

  /**
   * With a fence (instances share the store): the district's owner row must still name it,
   * else FenceLost. FOR SHARE keeps the row until COMMIT, so a takeover (which bumps the
   * token) waits for this commit, and then the new owner reads its events; a takeover that
   * came first makes this check fail. `district_owners` belongs to cloud/ownership, which
   * creates it before it hands out fences.
   */
  private async holdFence(c: PoolClient, district: string, fence: DistrictFence | undefined): Promise<void> {
    if (fence === undefined) return;
    const r = await c.query('SELECT 1 FROM district_owners WHERE district = $1 AND instance_id = $2 AND token = $3 FOR SHARE', [district, fence.instanceId, fence.token]);
    if (r.rowCount !== 1) throw new FenceLost(district);
  }

  /**
   * The projections of `events`: one upsert per table (and column set), the tables in the
   * order of PROJECTION_TABLES. Every writer thus locks the tables in the order
   * rebuildProjections locks them, and the two cannot deadlock.
   */
  private async project(c: PoolClient, events: readonly DomainEvent[]): Promise<void> {
    for (const s of projectionStatements(projectionRows(events))) await c.query(s.sql, [s.rows]);
  }

  async highestRawSeq(fridgeId: string, epoch: string): Promise<number> {
    // Runs of one epoch do not overlap: the highest is the last of the latest.
    const [r] = await this.q<{ s: number | null }>(
      `SELECT GREATEST((SELECT MAX(seq) FROM fridge_events_each WHERE fridge_id = $1 AND epoch = $2),
                       (SELECT last_seq FROM fridge_event_runs WHERE fridge_id = $1 AND epoch = $2 ORDER BY first_seq DESC LIMIT 1)) AS s`,
      [fridgeId, epoch],
    );
    return r?.s ?? 0;
  }

  async rawPayloads(fridgeId: string, epoch: string, fromSeq: number, toSeq: number): Promise<Map<number, Uint8Array>> {
    const each = await this.q<{ seq: number; payload: Buffer }>(
      'SELECT seq, payload FROM fridge_events_each WHERE fridge_id = $1 AND epoch = $2 AND seq BETWEEN $3 AND $4',
      [fridgeId, epoch, fromSeq, toSeq],
    );
    const runs = await this.q<{ events: string; payload: Buffer }>(
      'SELECT events, payload FROM fridge_event_runs WHERE fridge_id = $1 AND epoch = $2 AND first_seq <= $4 AND last_seq >= $3',
      [fridgeId, epoch, fromSeq, toSeq],
    );
    return mergeRawPayloads(each, runs, fromSeq, toSeq);
  }

  async deadLetter(d: DeadLetterInput): Promise<DeadLetterOutcome> {
    const { advance, fridgeId } = d;
    const { prefixBytes, maxRows } = { ...DEAD_LETTER_LIMITS, ...d.limits };
    const rec = deadLetterRecord(d.payload, prefixBytes);
    return this.tx(async (c): Promise<DeadLetterOutcome> => {
      if (advance !== undefined && fridgeId !== undefined && fridgeId !== '') {
        await c.query(
          `INSERT INTO cursors (fridge_id, epoch, committed_seq, updated_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (fridge_id) DO UPDATE SET epoch = excluded.epoch, committed_seq = excluded.committed_seq, updated_at = excluded.updated_at`,
          [fridgeId, advance.epoch, advance.committedSeq, d.now],
        );
      }
      const again = await c.query(
        `UPDATE dead_letters SET count = count + 1, at = $4
         WHERE id = (SELECT id FROM dead_letters WHERE digest = $1 AND fridge_id IS NOT DISTINCT FROM $2 AND reason = $3 LIMIT 1)`,
        [rec.digest, fridgeId ?? null, d.reason, d.now],
      );
      if (again.rowCount === 1) return { repeated: true, truncatedBytes: 0, evicted: 0 };
      await c.query(
        'INSERT INTO dead_letters (fridge_id, topic, reason, payload, at, digest, bytes, count, first_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $5)',
        [fridgeId ?? null, d.topic, d.reason, rec.prefix, d.now, rec.digest, rec.bytes],
      );
      const evict = await c.query(
        `DELETE FROM dead_letters WHERE id IN (
           SELECT id FROM dead_letters ORDER BY at, id
           LIMIT GREATEST(0, (SELECT COUNT(*) FROM dead_letters) - $1))`,
        [maxRows],
      );
      return { repeated: false, truncatedBytes: rec.bytes - rec.prefix.length, evicted: evict.rowCount ?? 0 };
    });
  }

  async deadLetters(limit = 100): Promise<DeadLetterRow[]> {
    const rows = await this.q<DeadLetterDbRow>(
      'SELECT id, fridge_id, topic, reason, at, first_at, bytes, octet_length(payload) AS kept, digest, count FROM dead_letters ORDER BY at DESC, id DESC LIMIT $1',
      [limit],
    );
    return rows.map(toDeadLetter);
  }

  // --- reading ---

  async eventsAfter(position: number, limit: number, districts?: readonly string[]): Promise<StoredEvent[]> {
    const rows = districts === undefined
      ? await this.q<EventDbRow>('SELECT position, data FROM events WHERE position > $1 ORDER BY position LIMIT $2', [position, limit])
      : await this.q<EventDbRow>('SELECT position, data FROM events WHERE position > $1 AND district = ANY($3::text[]) ORDER BY position LIMIT $2', [position, limit, districts]);
    return rows.map(toStored);
  }

  async *districtEvents(district: string, from = 0): AsyncGenerator<StoredEvent> {
    for (let after = from; ; ) {
      const rows = await this.q<EventDbRow>('SELECT position, data FROM events WHERE district = $1 AND position > $2 ORDER BY position LIMIT $3', [district, after, PAGE]);
      for (const r of rows) yield toStored(r);
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.position;
    }
  }

  async districtSnapshot(district: string): ReturnType<SnapshotStore['districtSnapshot']> {
    const [r] = await this.q<LoadedSnapshotRow>(LOAD_SNAPSHOT_PG, [district]);
    return r === undefined ? undefined : toLoadedSnapshot(r);
  }

  async saveDistrictSnapshot(x: DistrictSnapshot): Promise<boolean> {
    const r = await this.run(SAVE_SNAPSHOT_PG, [x.district, x.position, x.eventType, x.eventAt, x.version, x.state, x.savedAt]);
    return (r.rowCount ?? 0) > 0;
  }

  async dropDistrictSnapshots(): Promise<number> {
    return (await this.run('DELETE FROM district_snapshots')).rowCount ?? 0;
  }

  async districts(): Promise<string[]> {
    // The events' districts by a skip scan of events_district (one index probe per district,
    // not a pass over every event), with the registry's.
    const rows = await this.q<{ district: string }>(
      `WITH RECURSIVE seen AS (
         (SELECT district FROM events ORDER BY district LIMIT 1)
         UNION ALL
         SELECT (SELECT e.district FROM events e WHERE e.district > seen.district ORDER BY e.district LIMIT 1)
         FROM seen WHERE seen.district IS NOT NULL
       )
       SELECT district FROM seen WHERE district IS NOT NULL
       UNION
       SELECT district FROM fridges
       ORDER BY district`,
    );
    return rows.map((r) => r.district);
  }

  async storeEpoch(): Promise<string> {
    await this.q("INSERT INTO meta (key, value) VALUES ('store_epoch', $1) ON CONFLICT (key) DO NOTHING", [randomUUID()]);
    const [r] = await this.q<{ value: string }>("SELECT value FROM meta WHERE key = 'store_epoch'");
    if (r === undefined) throw new Error('meta.store_epoch missing after insert');
    return r.value;
  }

  async renewStoreEpoch(): Promise<string> {
    const epoch = randomUUID();
    await this.q("INSERT INTO meta (key, value) VALUES ('store_epoch', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", [epoch]);
    return epoch;
  }

  async lastPosition(): Promise<number> {
    const [r] = await this.q<{ p: number }>('SELECT COALESCE(MAX(position), 0) AS p FROM events');
    return r?.p ?? 0;
  }

  async stockOf(fridgeId: string): Promise<StockRow[]> {
    return (await this.q<StockDbRow>(`SELECT ${STOCK_COLUMNS} FROM stock WHERE fridge_id = $1 ORDER BY gtin`, [fridgeId])).map(toStock);
  }

  async allStock(): Promise<StockRow[]> {
    return (await this.q<StockDbRow>(`SELECT ${STOCK_COLUMNS} FROM stock ORDER BY fridge_id, gtin`)).map(toStock);
  }

  async allStatus(): Promise<Map<string, FridgeStatus>> {
    return new Map((await this.q<StatusDbRow>(`SELECT ${STATUS_COLUMNS} FROM fridge_status`)).map((r) => [r.fridge_id, toStatus(r)]));
  }

  async statusOf(fridgeId: string): Promise<FridgeStatus | undefined> {
    const [r] = await this.q<StatusDbRow>(`SELECT ${STATUS_COLUMNS} FROM fridge_status WHERE fridge_id = $1`, [fridgeId]);
    return r ? toStatus(r) : undefined;
  }

  async catalogVersion(district: string): Promise<number | undefined> {
    const [r] = await this.q<{ version: number }>('SELECT version FROM catalog WHERE district = $1', [district]);
    return r?.version;
  }

  async catalogSignature(): Promise<CatalogSignature> {
    const [r] = await this.q<{ p: number; f: number; m: number; mu: number }>(
      `SELECT COALESCE((SELECT MAX(position) FROM events), 0) AS p,
              (SELECT COUNT(*) FROM fridges) AS f,
              (SELECT COUNT(*) FROM meals) AS m,
              COALESCE((SELECT MAX(updated_at) FROM meals), 0) AS mu`,
    );
    return { lastPosition: r?.p ?? 0, fridges: r?.f ?? 0, meals: r?.m ?? 0, mealsUpdatedAt: r?.mu ?? 0 };
  }

  async stockSnapshot(fridgeIds?: readonly string[]): Promise<StockSnapshot> {
    // One snapshot for the five reads: the stock, status and temperatures are those of exactly
    // the events up to `position` (positions become visible in order, see EVENTS_APPEND_LOCK_KEY).
    const ids = fridgeIds === undefined ? null : [...fridgeIds];
    return this.tx(async (c) => {
      const fridges = await c.query<FridgeRow>(`SELECT ${FRIDGE_COLUMNS} FROM fridges WHERE $1::text[] IS NULL OR id = ANY($1::text[]) ORDER BY id`, [ids]);
      const stock = await c.query<StockDbRow>(`SELECT ${STOCK_COLUMNS} FROM stock WHERE $1::text[] IS NULL OR fridge_id = ANY($1::text[]) ORDER BY fridge_id, gtin`, [ids]);
      const status = await c.query<StatusDbRow>(`SELECT ${STATUS_COLUMNS} FROM fridge_status WHERE $1::text[] IS NULL OR fridge_id = ANY($1::text[]) ORDER BY fridge_id`, [ids]);
      const temperatures = await c.query<TemperatureDbRow>(`SELECT ${TEMPERATURE_COLUMNS} FROM fridge_temperature WHERE $1::text[] IS NULL OR fridge_id = ANY($1::text[]) ORDER BY fridge_id, sensor`, [ids]);
      const last = await c.query<{ p: number }>('SELECT COALESCE(MAX(position), 0) AS p FROM events');
      return {
        position: last.rows[0]?.p ?? 0,
        fridges: fridges.rows.map(toFridge),
        stock: stock.rows.map(toStock),
        status: new Map(status.rows.map((r) => [r.fridge_id, toStatus(r)])),
        temperatures: toTemperatures(temperatures.rows),
      };
    }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  async reservationOwner(district: string, reservationId: string): Promise<string | undefined> {
    // The WHERE clause matches the partial index events_reservation (pg-schema.ts).
    const [r] = await this.q<{ user_id: string | null }>(
      `SELECT data::jsonb ->> 'userId' AS user_id FROM events
       WHERE district = $1 AND type = 'MealStockReserved' AND (data::jsonb ->> 'reservationId') = $2
       ORDER BY position LIMIT 1`,
      [district, reservationId],
    );
    return r?.user_id ?? undefined;
  }

  async rawEventCount(fridgeId: string): Promise<number> {
    const [r] = await this.q<{ n: number }>(
      `SELECT (SELECT COUNT(*) FROM fridge_events_each WHERE fridge_id = $1)
            + (SELECT COALESCE(SUM(json_array_length(events::json)), 0) FROM fridge_event_runs WHERE fridge_id = $1) AS n`,
      [fridgeId],
    );
    return r?.n ?? 0;
  }

  async pruneRawEvents(before: number): Promise<number> {
    const [r] = await this.q<{ n: number }>(
      `WITH each AS (DELETE FROM fridge_events_each WHERE received_at < $1 RETURNING 1),
            runs AS (DELETE FROM fridge_event_runs WHERE received_at < $1 RETURNING json_array_length(events::json) AS n)
       SELECT (SELECT COUNT(*) FROM each) + (SELECT COALESCE(SUM(n), 0) FROM runs) AS n`,
      [before],
    );
    return r?.n ?? 0;
  }

  async rebuildProjections(): Promise<number> {
    return this.tx(async (c) => {
      // EXCLUSIVE: readers go on (and see the old projections until COMMIT); writers that
      // would update a projection wait, and apply their rows on top of the rebuilt ones (they
      // insert their events after their projections, so none of theirs is read here).
      await c.query(`LOCK TABLE ${PROJECTION_TABLES.join(', ')} IN EXCLUSIVE MODE`);
      for (const t of PROJECTION_TABLES) await c.query(`DELETE FROM ${t}`);
      let n = 0;
      for (let after = 0; ; ) {
        const rows = (await c.query<EventDbRow>('SELECT position, data FROM events WHERE position > $1 ORDER BY position LIMIT $2', [after, PAGE])).rows;
        if (rows.length === 0) break;
        await this.project(c, rows.map((r) => JSON.parse(r.data) as DomainEvent));
        n += rows.length;
        after = rows[rows.length - 1]!.position;
      }
      return n;
    });
  }

  async size(): Promise<{ bytes: number; events: number }> {
    const [r] = await this.q<{ bytes: number; events: number }>('SELECT pg_database_size(current_database()) AS bytes, (SELECT COALESCE(MAX(position), 0) FROM events) AS events');
    return { bytes: r?.bytes ?? 0, events: r?.events ?? 0 };
  }

  /**
   * False once closed, and while the database does not answer: after a connection failed
   * (or the pool reported an idle connection's error), until a statement succeeds again. A
   * call in that state starts one `SELECT 1` in the background, so readiness comes back by
   * itself when the database does. Likewise after a transaction failed for want of the
   * server (disk full, I/O error, corruption: issue 11 item 14), until a probe that writes
   * (a committed row of meta) succeeds: a read alone does not prove that commits work.
   */
  healthy(): boolean {
    if (this.closed) return false;
    if ((this.broken || this.cannotCommit) && !this.probing) {
      this.probing = true;
      const probe = this.cannotCommit
        ? this.tx(async (c) => void (await c.query("INSERT INTO meta (key, value) VALUES ('health_probe', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [String(Date.now())])))
        : this.q('SELECT 1');
      void probe
        .catch(() => undefined)
        .finally(() => {
          this.probing = false;
        });
    }
    return !this.broken && !this.cannotCommit;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
