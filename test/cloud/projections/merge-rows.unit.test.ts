// Merging a group's projection writes into one write per row (so that a table's rows go in one
// INSERT ... ON CONFLICT, which may not touch a row twice) must leave the tables exactly as
// writing every event's rows one by one would, on tables that already hold rows or not:
// checked on random event sequences against real SQLite tables.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../cloud/domain/index.js';
import { mergeRows, projectionWrites, upsertRowKey, upsertSql, type Upsert } from '../../../cloud/projections/projections.js';
import { PROJECTION_TABLES, SCHEMA } from '../../../cloud/store/schema.js';

const fridge = fc.constantFrom('f1', 'f2');
const at = fc.integer({ min: 1, max: 1_000_000 });
const event: fc.Arbitrary<DomainEvent> = fc.oneof(
  fc.record({ type: fc.constant('MealStockUpdated' as const), district: fc.constant('d'), fridgeId: fridge, at, gtin: fc.constantFrom('g1', 'g2'), reason: fc.constant('sale' as const), onHand: fc.nat(9), reserved: fc.nat(9), available: fc.nat(9), delta: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ type: fc.constant('FridgeOnline' as const), district: fc.constant('d'), fridgeId: fridge, at, epoch: fc.constantFrom('e1', 'e2') }),
  fc.record({ type: fc.constant('FridgeOffline' as const), district: fc.constant('d'), fridgeId: fridge, at, clean: fc.boolean() }),
  fc.record({ type: fc.constant('TemperatureRecorded' as const), district: fc.constant('d'), fridgeId: fridge, at, sensor: fc.constantFrom(1, 2), deciCelsius: fc.integer({ min: -50, max: 120 }) }),
  fc.record({ type: fc.constant('CatalogUpdated' as const), district: fc.constantFrom('d', 'e'), at, catalogId: fc.constant('c'), version: fc.nat(50) }),
);

function tablesAfter(before: readonly Upsert[], writes: readonly Upsert[]): unknown[] {
  const db = new Database(':memory:');
  try {
    db.exec(SCHEMA);
    for (const u of [...before, ...writes]) db.prepare(upsertSql(u, () => '?')).run(...Object.values(u.row));
    return PROJECTION_TABLES.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all());
  } finally {
    db.close();
  }
}

const on: Upsert = { table: 'fridge_status', key: ['fridge_id'], row: { fridge_id: 'f1', online: 1, stale: 0, epoch: 'e1', changed_at: 1 } };
const off = (changedAt: number): Upsert => ({ table: 'fridge_status', key: ['fridge_id'], row: { fridge_id: 'f1', online: 0, stale: 1, epoch: null, changed_at: changedAt }, update: ['online', 'stale', 'changed_at'] });

describe('projection writes merged into one per row (unit, property)', () => {
  it('leave the same tables as every write one by one, whatever the tables held before', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 20 }), fc.array(event, { maxLength: 60 }), (earlier, events) => {
        const before = projectionWrites(earlier);
        const all: Upsert[] = [];
        for (const e of events) all.push(...projectionWrites([e]));
        const merged = mergeRows(projectionWrites(events));
        expect(tablesAfter(before, merged)).toEqual(tablesAfter(before, all));
        expect(new Set(merged.map(upsertRowKey)).size).toBe(merged.length);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a partial write after a full one as a full write, and partial writes as partial', () => {
    // Online then offline: the row as the offline event leaves it, all columns set on conflict.
    expect(mergeRows([on, off(2)])).toEqual([{ table: 'fridge_status', key: ['fridge_id'], row: { fridge_id: 'f1', online: 0, stale: 1, epoch: 'e1', changed_at: 2 } }]);
    // Offline twice: still partial (the stored epoch stays), the later time.
    expect(mergeRows([off(2), off(3)])).toEqual([off(3)]);
    // A full write decides the row alone.
    expect(mergeRows([off(2), on])).toEqual([on]);
  });
});
