// What the projection writes' property tests share: random domain events of two fridges, and
// the projection tables real SQLite leaves after a list of writes.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import type { DomainEvent } from '../../../cloud/domain/index.js';
import { upsertSql, type Upsert } from '../../../cloud/projections/projections.js';
import { PROJECTION_TABLES, SCHEMA } from '../../../cloud/store/schema.js';

const fridge = fc.constantFrom('f1', 'f2');
const at = fc.integer({ min: 1, max: 1_000_000 });
export const event: fc.Arbitrary<DomainEvent> = fc.oneof(
  fc.record({ type: fc.constant('MealStockUpdated' as const), district: fc.constant('d'), fridgeId: fridge, at, gtin: fc.constantFrom('g1', 'g2'), reason: fc.constant('sale' as const), onHand: fc.nat(9), reserved: fc.nat(9), available: fc.nat(9), delta: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ type: fc.constant('FridgeOnline' as const), district: fc.constant('d'), fridgeId: fridge, at, epoch: fc.constantFrom('e1', 'e2') }),
  fc.record({ type: fc.constant('FridgeOffline' as const), district: fc.constant('d'), fridgeId: fridge, at, clean: fc.boolean() }),
  fc.record({ type: fc.constant('TemperatureRecorded' as const), district: fc.constant('d'), fridgeId: fridge, at, sensor: fc.constantFrom(1, 2), deciCelsius: fc.integer({ min: -50, max: 120 }) }),
  fc.record({ type: fc.constant('CatalogUpdated' as const), district: fc.constantFrom('d', 'e'), at, catalogId: fc.constant('c'), version: fc.nat(50) }),
);

/** The projection tables after `writes`, in order, on empty tables. */
export function tablesAfter(writes: readonly Upsert[]): unknown[] {
  const db = new Database(':memory:');
  try {
    db.exec(SCHEMA);
    for (const u of writes) db.prepare(upsertSql(u, () => '?')).run(...Object.values(u.row));
    return PROJECTION_TABLES.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all());
  } finally {
    db.close();
  }
}
