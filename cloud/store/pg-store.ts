import { randomUUID } from 'node:crypto';
import { DatabaseError, Pool, types as pgTypes, type CustomTypesConfig, type PoolClient, type QueryResult, type QueryResultRow } from 'pg';
import type { DomainEvent, TagRecord } from '../domain/index.js';
import { projectionWrites, upsertSql } from '../projections/projections.js';
import { PG_SCHEMA, SCHEMA_LOCK_KEY } from './pg-schema.js';
import { PROJECTION_TABLES } from './schema.js';
import { toDeadLetter, toStatus, toStock, toStored, toTag, toTemperatures, type DeadLetterDbRow, type EventDbRow, type StatusDbRow, type StockDbRow, type TagDbRow, type TemperatureDbRow } from './rows.js';
import {
  CursorConflict,
  DEAD_LETTER_LIMITS,
  deadLetterRecord,
  FridgeExists,
  FenceLost,
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
  type FridgeRecord,
  type FridgeStatus,
  type MealRecord,
  type StockRow,
  type StockSnapshot,
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

/** Page size of districtEvents and rebuildProjections (keyset pagination by position). */
const PAGE = 5000;

/**
 * A unit of a group commit that failed on its own (the cursor moved, the fence is lost, a
 * constraint, class 23): rolled back to its savepoint. Anything else fails the transaction.
 */
const isUnitFailure = (err: unknown): err is Error =>
  err instanceof CursorConflict || err instanceof FenceLost || (err instanceof DatabaseError && (err.code ?? '').startsWith('23'));

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
 * A commit takes its locks in one order: the district's owner row (fence), the fridge's cursor
 * row (two commits of one fridge queue there), the projection tables in PROJECTION_TABLES
 * order (as rebuildProjections locks them), then the events append lock until COMMIT.
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

  private constructor(private readonly pool: Pool, url: string) {
    this.location = redactUrl(url);
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
    });
    const store = new PgCloudStore(pool, url);
    try {
      await store.tx(async (c) => {
        await c.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
        await c.query(PG_SCHEMA);
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
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      this.broken = true;
      throw err;
    }
    let out: T;
    try {
      await client.query(begin);
      out = await fn(client);
      await client.query('COMMIT');
    } catch (err) {
      if (isStoreFailure(err)) this.cannotCommit = true;
      try {
        await client.query('ROLLBACK');
        client.release();
      } catch (rollbackErr) {
        this.broken = true;
        client.release(rollbackErr instanceof Error ? rollbackErr : new Error(String(rollbackErr)));
      }
      throw err;
    }
    client.release();
    this.broken = false;
    this.cannotCommit = false;
    return out;
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
    return this.tx(async (c) => {
      await this.batchWritesIn(c, b);
      return this.appendIn(c, b.district, b.events, false);
    });
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
    if (b.raw.length > 0) {
      await c.query(
        `INSERT INTO fridge_events (fridge_id, epoch, seq, recorded_at, received_at, payload)
         SELECT $1, $2, seq, recorded_at, $3, payload
         FROM unnest($4::bigint[], $5::bigint[], $6::bytea[]) AS r(seq, recorded_at, payload)`,
        [b.fridgeId, b.epoch, b.now, b.raw.map((r) => r.seq), b.raw.map((r) => r.recordedAt), b.raw.map((r) => r.payload)],
      );
    }
    await this.project(c, b.events);
  }

  /**
   * Group commit: every unit's writes but the events in a savepoint of its own (fence, cursor,
   * raw events, projections), then the events of every unit that held in ONE insert under the
   * append lock, then one COMMIT: the lock is held for one statement a group, not one a batch.
   */
  async commitGroup(units: readonly CommitUnit[]): Promise<UnitOutcome[]> {
    if (units.length === 0) return [];
    return this.tx(async (c) => {
      const out: UnitOutcome[] = [];
      const failed = new Set<string>();
      const held: Array<{ index: number; district: string; events: readonly DomainEvent[] }> = [];
      for (const [index, u] of units.entries()) {
        const district = u.kind === 'batch' ? u.batch.district : u.district;
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
      const all = held.flatMap((h) => h.events.map((event) => ({ district: h.district, event })));
      const positions = await this.insertEvents(c, all);
      let k = 0;
      for (const h of held) {
        out[h.index] = { ok: true, stored: h.events.map((event) => ({ position: positions[k++]!, event })) };
      }
      return out;
    });
  }

  async append(district: string, events: readonly DomainEvent[], fence?: DistrictFence): Promise<StoredEvent[]> {
    if (events.length === 0) return [];
    return this.tx(async (c) => {
      await this.holdFence(c, district, fence);
      return this.appendIn(c, district, events);
    });
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
   * Applies the projections of `events` and inserts them (positions in input order), in `c`'s
   * transaction. The projections go first: their rows do not depend on positions, and the
   * append lock is then held only for the INSERT and the COMMIT. No lock is taken after it,
   * so it cannot be part of a deadlock.
   */
  private async appendIn(c: PoolClient, district: string, events: readonly DomainEvent[], project = true): Promise<StoredEvent[]> {
    if (events.length === 0) return [];
    if (project) await this.project(c, events);
    await c.query('SELECT pg_advisory_xact_lock($1)', [EVENTS_APPEND_LOCK_KEY]);
    // Identity values are drawn as the rows come out of the ORDER BY (PostgreSQL evaluates
    // volatile expressions after the sort), so positions ascend in input order; RETURNING
    // promises no order, hence the sort below.
    const r = await c.query<{ position: number }>(
      `INSERT INTO events (district, fridge_id, type, at, data)
       SELECT $1, fridge_id, type, at, data
       FROM unnest($2::text[], $3::text[], $4::bigint[], $5::text[]) WITH ORDINALITY AS e(fridge_id, type, at, data, n)
       ORDER BY n
       RETURNING position`,
      [district, events.map((e) => ('fridgeId' in e ? e.fridgeId : null)), events.map((e) => e.type), events.map((e) => e.at), events.map((e) => JSON.stringify(e))],
    );
    const positions = r.rows.map((row) => row.position).sort((a, b) => a - b);
    if (positions.length !== events.length) throw new Error(`inserted ${positions.length} events of ${events.length}`);
    return events.map((event, i) => ({ position: positions[i]!, event }));
  }

  /** Events of several districts in one insert under the append lock; their positions in input order. */
  private async insertEvents(c: PoolClient, rows: ReadonlyArray<{ district: string; event: DomainEvent }>): Promise<number[]> {
    if (rows.length === 0) return [];
    await c.query('SELECT pg_advisory_xact_lock($1)', [EVENTS_APPEND_LOCK_KEY]);
    const r = await c.query<{ position: number }>(
      `INSERT INTO events (district, fridge_id, type, at, data)
       SELECT district, fridge_id, type, at, data
       FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[]) WITH ORDINALITY AS e(district, fridge_id, type, at, data, n)
       ORDER BY n
       RETURNING position`,
      [
        rows.map((x) => x.district),
        rows.map(({ event: e }) => ('fridgeId' in e ? e.fridgeId : null)),
        rows.map((x) => x.event.type),
        rows.map((x) => x.event.at),
        rows.map((x) => JSON.stringify(x.event)),
      ],
    );
    const positions = r.rows.map((row) => row.position).sort((a, b) => a - b);
    if (positions.length !== rows.length) throw new Error(`inserted ${positions.length} events of ${rows.length}`);
    return positions;
  }

  /**
   * The projections' upserts, table by table in the order of PROJECTION_TABLES (a stable sort:
   * each table still gets its rows in event order). Every writer thus locks the tables in the
   * order rebuildProjections locks them, and the two cannot deadlock.
   */
  private async project(c: PoolClient, events: readonly DomainEvent[]): Promise<void> {
    const writes = projectionWrites(events).sort((a, b) => PROJECTION_TABLES.indexOf(a.table) - PROJECTION_TABLES.indexOf(b.table));
    for (const u of writes) await c.query(upsertSql(u, (i) => `$${i}`), Object.values(u.row));
  }

  async highestRawSeq(fridgeId: string, epoch: string): Promise<number> {
    const [r] = await this.q<{ s: number | null }>('SELECT MAX(seq) AS s FROM fridge_events WHERE fridge_id = $1 AND epoch = $2', [fridgeId, epoch]);
    return r?.s ?? 0;
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

  async *districtEvents(district: string): AsyncGenerator<StoredEvent> {
    for (let after = 0; ; ) {
      const rows = await this.q<EventDbRow>('SELECT position, data FROM events WHERE district = $1 AND position > $2 ORDER BY position LIMIT $3', [district, after, PAGE]);
      for (const r of rows) yield toStored(r);
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.position;
    }
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
    const [r] = await this.q<{ n: number }>('SELECT COUNT(*) AS n FROM fridge_events WHERE fridge_id = $1', [fridgeId]);
    return r?.n ?? 0;
  }

  async pruneRawEvents(before: number): Promise<number> {
    const r = await this.run('DELETE FROM fridge_events WHERE received_at < $1', [before]);
    return r.rowCount ?? 0;
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
