// Merging a group's projection writes into one write per row (so that a table's rows go in one
// INSERT ... ON CONFLICT, which may not touch a row twice) must leave the tables exactly as
// writing every event's rows one by one would, on tables that already hold rows or not:
// checked on random event sequences against real SQLite tables.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRows, projectionWrites, upsertRowKey, type Upsert } from '../../../cloud/projections/projections.js';
import { event, tablesAfter as tablesAfterWrites } from './projection-fixtures.js';

const tablesAfter = (before: readonly Upsert[], writes: readonly Upsert[]): unknown[] => tablesAfterWrites([...before, ...writes]);

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
