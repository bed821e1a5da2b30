// Which units of a PostgreSQL group commit hold, decided in memory from the owner rows and
// cursors read under lock, and what the held ones write (issue 12 item 2): given the rows,
// when the group, then the outcomes and the writes.
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../cloud/domain/index.js';
import { fencedDistricts, groupFridges, planGroup, projectionStatements } from '../../../cloud/store/pg-group-plan.js';
import type { CommitBatch, CommitUnit, Cursor, DistrictFence } from '../../../cloud/store/store.js';

const AT = 1_760_000_000_000;
const stock = (district: string, fridgeId: string, gtin: string, onHand: number): DomainEvent => ({ type: 'MealStockUpdated', district, fridgeId, gtin, reason: 'restock', onHand, reserved: 0, available: onHand, delta: onHand, at: AT });
const batch = (b: Pick<CommitBatch, 'fridgeId' | 'district' | 'expected' | 'committedSeq'> & Partial<CommitBatch>): CommitUnit => ({
  kind: 'batch',
  batch: { epoch: 'e1', raw: [{ seq: b.committedSeq, recordedAt: AT, payload: Uint8Array.from([b.committedSeq]) }], events: [stock(b.district, b.fridgeId, 'g1', b.committedSeq)], now: AT + b.committedSeq, ...b },
});
const cursor = (committedSeq: number): Cursor => ({ epoch: 'e1', committedSeq });
const outcomes = (p: ReturnType<typeof planGroup>): string[] => p.failures.map((f) => (f === undefined ? 'ok' : f.error.name));

describe('planGroup (unit)', () => {
  it('checks each batch against the cursor the earlier held batches of its fridge leave, and fails a district from its first failure on', () => {
    const units: CommitUnit[] = [
      batch({ fridgeId: 'f1', district: 'd1', expected: undefined, committedSeq: 1 }),
      batch({ fridgeId: 'f1', district: 'd1', expected: cursor(1), committedSeq: 2 }),
      batch({ fridgeId: 'f2', district: 'd1', expected: cursor(4), committedSeq: 5 }), // f2 is at 3
      batch({ fridgeId: 'f1', district: 'd1', expected: cursor(2), committedSeq: 3 }), // decided after it
      batch({ fridgeId: 'f3', district: 'd2', expected: cursor(7), committedSeq: 8 }),
      { kind: 'append', district: 'd1', events: [{ type: 'CatalogUpdated', district: 'd1', catalogId: 'c', version: 2, at: AT }] },
      { kind: 'append', district: 'd2', events: [{ type: 'CatalogUpdated', district: 'd2', catalogId: 'c', version: 3, at: AT }] },
    ];
    const plan = planGroup(units, new Map(), new Map([['f2', cursor(3)], ['f3', cursor(7)]]));
    expect(outcomes(plan)).toEqual(['ok', 'ok', 'CursorConflict', 'StaleDecision', 'ok', 'StaleDecision', 'ok']);
    // f1 had no cursor: one insert, at its last held batch; f3 one update; f2 untouched.
    expect(plan.cursorInserts).toEqual([{ fridgeId: 'f1', epoch: 'e1', committedSeq: 2, now: AT + 2 }]);
    expect(plan.cursorUpdates).toEqual([{ fridgeId: 'f3', epoch: 'e1', committedSeq: 8, now: AT + 8 }]);
    expect(plan.raw.flatMap((u) => u.raw.map((x) => [u.fridgeId, x.seq, u.receivedAt]))).toEqual([['f1', 1, AT + 1], ['f1', 2, AT + 2], ['f3', 8, AT + 8]]);
    expect(plan.events.map((e) => [e.unit, e.event.type])).toEqual([[0, 'MealStockUpdated'], [1, 'MealStockUpdated'], [4, 'MealStockUpdated'], [6, 'CatalogUpdated']]);
    // Two held writes of f1's g1 stock row: the later one stands.
    expect(plan.projections.filter((u) => u.table === 'stock').map((u) => [u.row['fridge_id'], u.row['on_hand']])).toEqual([['f1', 2], ['f3', 8]]);
  });

  it('refuses a batch that expects no cursor when its fridge has one, and one that expects a cursor its fridge lacks', () => {
    const plan = planGroup(
      [batch({ fridgeId: 'f1', district: 'd1', expected: undefined, committedSeq: 1 }), batch({ fridgeId: 'f2', district: 'd2', expected: cursor(1), committedSeq: 2 })],
      new Map(),
      new Map([['f1', cursor(1)]]),
    );
    expect(outcomes(plan)).toEqual(['CursorConflict', 'CursorConflict']);
    expect([plan.cursorInserts, plan.cursorUpdates, plan.raw, plan.events, plan.projections]).toEqual([[], [], [], [], []]);
  });

  it('holds a fenced unit only while its district names this instance with this token', () => {
    const fence = (instanceId: string, token: number): DistrictFence => ({ instanceId, token });
    const units: CommitUnit[] = [
      batch({ fridgeId: 'f1', district: 'd1', expected: undefined, committedSeq: 1, fence: fence('i1', 2) }),
      batch({ fridgeId: 'f2', district: 'd2', expected: undefined, committedSeq: 1, fence: fence('i1', 1) }), // d2 was taken over
      { kind: 'append', district: 'd2', events: [stock('d2', 'f2', 'g1', 9)], fence: fence('i1', 2) }, // stale after it
      { kind: 'append', district: 'd3', events: [stock('d3', 'f3', 'g1', 9)], fence: fence('i1', 1) }, // no owner row
      { kind: 'append', district: 'd4', events: [stock('d4', 'f4', 'g1', 9)] }, // no fence: not checked
    ];
    expect(fencedDistricts(units)).toEqual(['d1', 'd2', 'd3']);
    expect(groupFridges(units)).toEqual(['f1', 'f2']);
    const plan = planGroup(units, new Map([['d1', fence('i1', 2)], ['d2', fence('i2', 2)]]), new Map());
    expect(outcomes(plan)).toEqual(['ok', 'FenceLost', 'StaleDecision', 'FenceLost', 'ok']);
    expect(plan.cursorInserts.map((w) => w.fridgeId)).toEqual(['f1']);
  });
});

describe('projectionStatements (unit)', () => {
  it('renders one statement per table and column set, the rows bound as one parameter', () => {
    const statements = projectionStatements([
      { table: 'stock', key: ['fridge_id', 'gtin'], row: { fridge_id: 'f1', gtin: 'g1', on_hand: 1, reserved: 0, available: 1 } },
      { table: 'stock', key: ['fridge_id', 'gtin'], row: { fridge_id: 'f2', gtin: "g'; DROP TABLE stock; --", on_hand: 2, reserved: 0, available: 2 } },
      { table: 'fridge_status', key: ['fridge_id'], row: { fridge_id: 'f1', online: 1, stale: 0, epoch: 'e1', changed_at: 1 } },
      { table: 'fridge_status', key: ['fridge_id'], row: { fridge_id: 'f2', online: 0, stale: 1, epoch: null, changed_at: 2 }, update: ['online', 'stale', 'changed_at'] },
    ]);
    expect(statements.map((s) => s.sql)).toEqual([
      'INSERT INTO stock (fridge_id, gtin, on_hand, reserved, available) SELECT fridge_id, gtin, on_hand, reserved, available FROM json_populate_recordset(NULL::stock, $1::json) ON CONFLICT (fridge_id, gtin) DO UPDATE SET on_hand = excluded.on_hand, reserved = excluded.reserved, available = excluded.available',
      'INSERT INTO fridge_status (fridge_id, online, stale, epoch, changed_at) SELECT fridge_id, online, stale, epoch, changed_at FROM json_populate_recordset(NULL::fridge_status, $1::json) ON CONFLICT (fridge_id) DO UPDATE SET online = excluded.online, stale = excluded.stale, epoch = excluded.epoch, changed_at = excluded.changed_at',
      'INSERT INTO fridge_status (fridge_id, online, stale, epoch, changed_at) SELECT fridge_id, online, stale, epoch, changed_at FROM json_populate_recordset(NULL::fridge_status, $1::json) ON CONFLICT (fridge_id) DO UPDATE SET online = excluded.online, stale = excluded.stale, changed_at = excluded.changed_at',
    ]);
    expect((JSON.parse(statements[0]!.rows) as unknown[])).toHaveLength(2);
  });
});
