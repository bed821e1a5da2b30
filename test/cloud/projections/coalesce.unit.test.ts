// Coalescing a commit's projection writes (one statement per row, not per event) must leave
// the tables exactly as writing every event's rows one by one would: checked on random event
// sequences against real SQLite tables.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../cloud/domain/index.js';
import { coalesce, projectionWrites, upsertSql, type Upsert } from '../../../cloud/projections/projections.js';
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

function tablesAfter(writes: readonly Upsert[]): unknown[] {
  const db = new Database(':memory:');
  try {
    db.exec(SCHEMA);
    for (const u of writes) db.prepare(upsertSql(u, () => '?')).run(...Object.values(u.row));
    return PROJECTION_TABLES.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all());
  } finally {
    db.close();
  }
}

describe('projection writes, coalesced (unit, property)', () => {
  it('leave the same tables as every write one by one, with at most one full-row write per row', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        const all: Upsert[] = [];
        for (const e of events) all.push(...projectionWrites([e]));
        const coalesced = projectionWrites(events);
        expect(tablesAfter(coalesced)).toEqual(tablesAfter(all));
        expect(coalesced.length).toBeLessThanOrEqual(all.length);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a partial write that no later full-row write covers, and the order of the rest', () => {
    const on: Upsert = { table: 'fridge_status', key: ['fridge_id'], row: { fridge_id: 'f1', online: 1, stale: 0, epoch: 'e1', changed_at: 1 } };
    const off: Upsert = { table: 'fridge_status', key: ['fridge_id'], row: { fridge_id: 'f1', online: 0, stale: 1, epoch: null, changed_at: 2 }, update: ['online', 'stale', 'changed_at'] };
    const t1: Upsert = { table: 'fridge_temperature', key: ['fridge_id', 'sensor'], row: { fridge_id: 'f1', sensor: 1, deci_celsius: 40, at: 1 } };
    const t2: Upsert = { ...t1, row: { ...t1.row, deci_celsius: 41, at: 2 } };
    expect(coalesce([on, t1, off, t2])).toEqual([on, off, t2]);
    expect(coalesce([off, on])).toEqual([on]);
  });
});
