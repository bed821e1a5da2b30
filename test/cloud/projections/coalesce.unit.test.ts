// Coalescing a commit's projection writes (one statement per row, not per event) must leave
// the tables exactly as writing every event's rows one by one would: checked on random event
// sequences against real SQLite tables.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coalesce, projectionWrites, type Upsert } from '../../../cloud/projections/projections.js';
import { event, tablesAfter } from './projection-fixtures.js';


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
