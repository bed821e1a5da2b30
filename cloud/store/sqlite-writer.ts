// What a SQLite group commit writes, on one connection: the store's own (in the process) or the
// writer thread's (sqlite-writer-thread.ts). Both run this code, so the two cannot drift.
import type Database from 'better-sqlite3';
import type { DomainEvent } from '../domain/index.js';
import { projectionWrites, upsertSql, type Upsert } from '../projections/projections.js';
import type { Statement } from './reports.js';
import { packRun, runFault, type RawRun } from './rows.js';
import { CursorConflict, RawEventsRefused, StaleDecision, type CommitUnit, type Cursor, type UnitOutcome } from './store.js';

/** A unit as the writer takes it: its events with their JSON, its raw events as one run. */
export type WriterUnit =
  | {
      kind: 'batch';
      fridgeId: string;
      district: string;
      epoch: string;
      expected: Cursor | undefined;
      committedSeq: number;
      now: number;
      /** The raw events as one run; `fault` when they cannot be one (the unit fails in the writer). */
      run: RawRun | undefined;
      fault?: string;
      events: readonly DomainEvent[];
      json: readonly string[];
    }
  | { kind: 'append'; district: string; events: readonly DomainEvent[]; json: readonly string[] };

/** Per unit: the positions its events took, or why it failed (its district's later units are stale). */
export type WriterOutcome = { ok: true; positions: number[] } | { ok: false; error: Error };

/**
 * better-sqlite3 error codes that say the store cannot work now, whatever the statement:
 * disk full, I/O error, a corrupt page, not a database, read-only, cannot open, out of memory.
 */
export const STORE_FAILURE = /^SQLITE_(FULL|IOERR|CORRUPT|NOTADB|READONLY|CANTOPEN|NOMEM)/;

/** A failure of the unit alone (the rest of its transaction commits). */
const isUnitFailure = (err: unknown): err is Error =>
  err instanceof CursorConflict || err instanceof RawEventsRefused || (err instanceof Error && String((err as { code?: unknown }).code ?? '').startsWith('SQLITE_CONSTRAINT'));

/** A writer's outcome as the store answers it: positions paired with the unit's events. */
export function storedOutcome(u: CommitUnit, o: WriterOutcome): UnitOutcome {
  if (!o.ok) return o;
  const events = u.kind === 'batch' ? u.batch.events : u.events;
  return { ok: true, stored: o.positions.map((position, i) => ({ position, event: events[i]! })) };
}

/** A CommitUnit as the writer takes it (JSON and the run are made by the caller's thread). */
export function writerUnit(u: CommitUnit): WriterUnit {
  const json = (u.kind === 'batch' ? u.batch.events : u.events).map((e) => JSON.stringify(e));
  if (u.kind === 'append') return { kind: 'append', district: u.district, events: u.events, json };
  const b = u.batch;
  const fault = runFault(b.fridgeId, b.raw);
  const run = fault === undefined && b.raw.length > 0 ? packRun(b.raw) : undefined;
  return { kind: 'batch', fridgeId: b.fridgeId, district: b.district, epoch: b.epoch, expected: b.expected, committedSeq: b.committedSeq, now: b.now, run, ...(fault !== undefined ? { fault: fault.why } : {}), events: b.events, json };
}

/** The report tables' SQL port's statements (reports.ts), on one connection: either one. */
export class SqlStatements {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  prepared(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (st === undefined) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  /** `list` in one transaction. */
  transaction(list: readonly Statement[]): void {
    this.db.transaction(() => this.runAll(list))();
  }

  /** In one transaction: when meta `key` holds `expected` (null: absent), `list` and `key` = `next`. */
  commitIf(key: string, expected: string | null, next: string, list: readonly Statement[]): boolean {
    return this.db.transaction(() => {
      const row = this.prepared('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
      if ((row?.value ?? null) !== expected) return false;
      this.runAll(list);
      this.prepared('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, next);
      return true;
    })();
  }

  private runAll(list: readonly Statement[]): void {
    for (const [sql, params] of list) this.prepared(sql).run(...params);
  }
}

/** `?, ?, ...`: `n` parameters of a statement. */
export const inList = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

export class SqliteWriter {
  private readonly getCursor: Database.Statement<[string], { epoch: string; committed_seq: number }>;
  private readonly setCursor: Database.Statement<[string, string, number, number]>;
  private readonly insertRun: Database.Statement<[string, string, number, number, number, string, Uint8Array]>;
  private readonly multiInserts = new Map<string, Database.Statement>();
  private readonly upserts = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    this.getCursor = db.prepare('SELECT epoch, committed_seq FROM cursors WHERE fridge_id = ?');
    this.setCursor = db.prepare(
      'INSERT INTO cursors (fridge_id, epoch, committed_seq, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(fridge_id) DO UPDATE SET epoch = excluded.epoch, committed_seq = excluded.committed_seq, updated_at = excluded.updated_at',
    );
    this.insertRun = db.prepare('INSERT INTO fridge_event_runs (fridge_id, epoch, first_seq, last_seq, received_at, events, payload) VALUES (?, ?, ?, ?, ?, ?, ?)');
  }

  /**
   * One transaction (one flush); each unit in a savepoint of its own (a nested transaction). A
   * unit that fails alone fails the later units of its district (StaleDecision); any other
   * error fails the transaction (thrown).
   */
  writeGroup(units: readonly WriterUnit[]): WriterOutcome[] {
    const out: WriterOutcome[] = [];
    this.db.transaction(() => {
      const failed = new Set<string>();
      for (const u of units) {
        if (failed.has(u.district)) {
          out.push({ ok: false, error: new StaleDecision(u.district) });
          continue;
        }
        try {
          out.push({ ok: true, positions: this.db.transaction(() => this.unit(u))() });
        } catch (err) {
          if (!isUnitFailure(err)) throw err;
          failed.add(u.district);
          out.push({ ok: false, error: err });
        }
      }
    })();
    return out;
  }

  /** One unit's writes, in the open transaction: the positions of its events. */
  unit(u: WriterUnit): number[] {
    if (u.kind === 'append') return this.append(u.district, u.events, u.json);
    const current = this.getCursor.get(u.fridgeId);
    if (current?.epoch !== u.expected?.epoch || current?.committed_seq !== u.expected?.committedSeq) throw new CursorConflict(u.fridgeId);
    if (u.fault !== undefined) throw new RawEventsRefused(u.fridgeId, u.fault);
    if (u.run !== undefined) this.insertRun.run(u.fridgeId, u.epoch, u.run.firstSeq, u.run.lastSeq, u.now, u.run.events, u.run.payload);
    const positions = this.append(u.district, u.events, u.json);
    this.setCursor.run(u.fridgeId, u.epoch, u.committedSeq, u.now);
    return positions;
  }

  private append(district: string, events: readonly DomainEvent[], json: readonly string[]): number[] {
    const positions: number[] = [];
    this.insertRows('events (district, fridge_id, type, at, data)', 5, events.length, (i, row) => {
      const e = events[i]!;
      row.push(district, 'fridgeId' in e ? e.fridgeId : null, e.type, e.at, json[i]);
    }, (first, last, lastPosition) => {
      // `position` is the rowid: the rows of one INSERT take consecutive positions, the last
      // being lastInsertRowid (one writer: nothing else inserts in between).
      for (let i = first; i <= last; i++) positions.push(lastPosition - (last - i));
    });
    this.project(events);
    return positions;
  }

  /** The projection rows of `events` (in the open transaction). */
  project(events: readonly DomainEvent[]): void {
    for (const w of projectionWrites(events)) this.upsert(w);
  }

  /**
   * Inserts `count` rows into `into` with multi-row INSERTs of up to 64 rows: one statement
   * per 64 rows instead of one per row halves SQLite's cost per row (measured; issue 12's
   * throughput). `inserted` hears each statement's first and last index and last rowid.
   */
  private insertRows(into: string, columns: number, count: number, fill: (i: number, row: unknown[]) => void, inserted?: (first: number, last: number, lastRowid: number) => void): void {
    for (let first = 0; first < count; first += 64) {
      const n = Math.min(64, count - first);
      const key = `${into}/${n}`;
      let st = this.multiInserts.get(key);
      if (st === undefined) {
        const tuple = `(${inList(columns)})`;
        st = this.db.prepare(`INSERT INTO ${into} VALUES ${Array.from({ length: n }, () => tuple).join(', ')}`);
        this.multiInserts.set(key, st);
      }
      const values: unknown[] = [];
      for (let i = first; i < first + n; i++) fill(i, values);
      const info = st.run(values);
      inserted?.(first, first + n - 1, Number(info.lastInsertRowid));
    }
  }

  private upsert(u: Upsert): void {
    const sql = upsertSql(u, () => '?');
    let st = this.upserts.get(sql);
    if (st === undefined) this.upserts.set(sql, (st = this.db.prepare(sql)));
    st.run(...Object.values(u.row));
  }
}
