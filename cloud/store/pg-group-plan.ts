// What a PostgreSQL group commit writes, decided in memory (issue 12 item 2: few round trips a
// commit). The store reads, in one round trip, the owner rows of the group's fenced districts
// and the cursors of its fridges, locking them; `planGroup` then decides unit by unit, in
// order, which units hold (the same checks a savepoint per unit made in the database), and
// gathers what the held ones write into one array-bound statement per table. A unit that
// fails writes nothing, and the later units of its district are stale.
import type { DomainEvent } from '../domain/index.js';
import { mergeRows, projectionWrites, upsertRowKey, type Upsert } from '../projections/projections.js';
import { runFault } from './rows.js';
import { PROJECTION_TABLES } from './schema.js';
import { CursorConflict, FenceLost, StaleDecision, type CommitUnit, type Cursor, type DistrictFence, type RawFridgeEvent, type UnitOutcome } from './store.js';

/** A cursor as it is written: the last held batch of its fridge in the group. */
export interface CursorWrite {
  fridgeId: string;
  epoch: string;
  committedSeq: number;
  now: number;
}

/** A held batch's raw events, with what they share (bound once, not once a row). */
export interface RawRows {
  fridgeId: string;
  epoch: string;
  receivedAt: number;
  raw: readonly RawFridgeEvent[];
}

export interface GroupPlan {
  /** Per unit: its failure, or undefined when it holds (its positions come from the insert). */
  failures: Array<UnitOutcome & { ok: false } | undefined>;
  /** Cursors that exist (locked by the read): set to the last held batch's. */
  cursorUpdates: CursorWrite[];
  /** Cursors that did not exist at the read: inserted (a concurrent insert fails the transaction). */
  cursorInserts: CursorWrite[];
  raw: RawRows[];
  /** The held units' domain events, in unit order: one insert, positions in this order. */
  events: Array<{ unit: number; district: string; event: DomainEvent }>;
  /** The held units' projection rows, one write per row (mergeRows), in PROJECTION_TABLES order. */
  projections: Upsert[];
}

export const unitDistrict = (u: CommitUnit): string => (u.kind === 'batch' ? u.batch.district : u.district);
const unitFence = (u: CommitUnit): DistrictFence | undefined => (u.kind === 'batch' ? u.batch.fence : u.fence);
const unitEvents = (u: CommitUnit): readonly DomainEvent[] => (u.kind === 'batch' ? u.batch.events : u.events);

/** The districts whose owner rows the group must read (those of units that carry a fence). */
export const fencedDistricts = (units: readonly CommitUnit[]): string[] => [...new Set(units.filter((u) => unitFence(u) !== undefined).map(unitDistrict))].sort();

/** The fridges whose cursors the group must read. */
export const groupFridges = (units: readonly CommitUnit[]): string[] => [...new Set(units.flatMap((u) => (u.kind === 'batch' ? [u.batch.fridgeId] : [])))].sort();

const sameCursor = (a: Cursor | undefined, b: Cursor | undefined): boolean =>
  a === undefined || b === undefined ? a === b : a.epoch === b.epoch && a.committedSeq === b.committedSeq;

/**
 * Decides, in unit order, which units hold, given the owner rows (district → its owner's
 * instance and token) and the cursors read under lock at the start of the transaction. A
 * later batch of a fridge is checked against the cursor the earlier held one leaves.
 */
export function planGroup(units: readonly CommitUnit[], owners: ReadonlyMap<string, DistrictFence>, cursors: ReadonlyMap<string, Cursor>): GroupPlan {
  const failures: GroupPlan['failures'] = [];
  const failed = new Set<string>();
  const current = new Map(cursors);
  const lastWrite = new Map<string, CursorWrite>();
  const raw: RawRows[] = [];
  const events: GroupPlan['events'] = [];
  units.forEach((u, index) => {
    const district = unitDistrict(u);
    const fail = (error: Error): void => {
      failures.push({ ok: false, error });
      failed.add(district);
    };
    if (failed.has(district)) {
      failures.push({ ok: false, error: new StaleDecision(district) });
      return;
    }
    const fence = unitFence(u);
    if (fence !== undefined) {
      const owner = owners.get(district);
      if (owner === undefined || owner.instanceId !== fence.instanceId || owner.token !== fence.token) return fail(new FenceLost(district));
    }
    if (u.kind === 'batch') {
      const b = u.batch;
      if (!sameCursor(current.get(b.fridgeId), b.expected)) return fail(new CursorConflict(b.fridgeId));
      const fault = runFault(b.fridgeId, b.raw);
      if (fault !== undefined) return fail(fault);
      current.set(b.fridgeId, { epoch: b.epoch, committedSeq: b.committedSeq });
      lastWrite.set(b.fridgeId, { fridgeId: b.fridgeId, epoch: b.epoch, committedSeq: b.committedSeq, now: b.now });
      if (b.raw.length > 0) raw.push({ fridgeId: b.fridgeId, epoch: b.epoch, receivedAt: b.now, raw: b.raw });
    }
    failures.push(undefined);
    for (const event of unitEvents(u)) events.push({ unit: index, district, event });
  });
  const writes = [...lastWrite.values()];
  return {
    failures,
    cursorUpdates: writes.filter((w) => cursors.has(w.fridgeId)),
    cursorInserts: writes.filter((w) => !cursors.has(w.fridgeId)),
    raw,
    events,
    projections: projectionRows(events.map((e) => e.event)),
  };
}

/**
 * The rows `events` write, one per row, table by table in PROJECTION_TABLES order (the order
 * rebuildProjections locks them in, so the two cannot deadlock) and by key within a table (so
 * two writers lock shared rows in one order).
 */
export function projectionRows(events: readonly DomainEvent[]): Upsert[] {
  const keyed = mergeRows(projectionWrites(events)).map((u) => ({ u, k: upsertRowKey(u) }));
  keyed.sort((a, b) => PROJECTION_TABLES.indexOf(a.u.table) - PROJECTION_TABLES.indexOf(b.u.table) || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return keyed.map((x) => x.u);
}

/** One statement: the rows of one table that set the same columns on conflict. */
export interface ProjectionStatement {
  sql: string;
  /** One parameter: the rows as a JSON array of objects keyed by column. */
  rows: string;
}

/**
 * `rows` (from projectionRows) as one INSERT ... ON CONFLICT per table and column set, the
 * rows bound as one JSON array and typed by the table's own row type, so no type is repeated
 * here. Names come from the projections, never from input.
 */
export function projectionStatements(rows: readonly Upsert[]): ProjectionStatement[] {
  const groups = new Map<string, { head: Upsert; rows: Array<Upsert['row']> }>();
  for (const u of rows) {
    const cols = Object.keys(u.row);
    const update = u.update ?? cols.filter((c) => !u.key.includes(c));
    const sig = JSON.stringify([u.table, cols, u.key, update]);
    const g = groups.get(sig);
    if (g === undefined) groups.set(sig, { head: { ...u, update }, rows: [u.row] });
    else g.rows.push(u.row);
  }
  return [...groups.values()].map(({ head, rows: rs }) => {
    const cols = Object.keys(head.row).join(', ');
    const set = (head.update ?? []).map((c) => `${c} = excluded.${c}`).join(', ');
    const onConflict = set === '' ? 'DO NOTHING' : `DO UPDATE SET ${set}`;
    return {
      sql: `INSERT INTO ${head.table} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${head.table}, $1::json) ON CONFLICT (${head.key.join(', ')}) ${onConflict}`,
      rows: JSON.stringify(rs),
    };
  });
}
