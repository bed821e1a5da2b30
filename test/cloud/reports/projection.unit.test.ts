// The report projection's fold: counters per fridge, meal and local day, stockout minutes cut
// at local midnights (a 25-hour day whole), quiet days filled, and the same rows whether the
// events come in one page or one at a time (the tables add counters and keep extremes).
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../cloud/domain/index.js';
import { foldReports, type FridgeReportState, type ReportWrites } from '../../../cloud/reports/index.js';
import { COUNTERS, type DayRow } from '../../../cloud/reports/projection.js';
import { fridgeDayReport } from '../../../cloud/reports/reports.js';

const G = '09506000134352';
const zone = 'Europe/Berlin';
const base = { district: 'mitte', fridgeId: 'fr-1' };
const at = (iso: string): number => Date.parse(iso);

const stock = (t: string, onHand: number, reason: 'sale' | 'restock' = 'sale'): DomainEvent => ({ ...base, type: 'MealStockUpdated', at: at(t), gtin: G, reason, onHand, reserved: 0, available: onHand, delta: 0 });
const inv = (t: string, added: string[], removed: string[]): DomainEvent => ({
  ...base,
  type: 'FridgeInventoryChanged',
  at: at(t),
  cause: 'door_session',
  added: added.map((epc) => ({ epc, gtin: G, reason: 'restock' as const, bestBeforeMs: at('2026-10-30T00:00:00Z') })),
  removed: removed.map((epc) => ({ epc, gtin: G, reason: 'sale' as const })),
});

// Restocked on Saturday evening, sold out before midnight, nothing on Sunday (the 25-hour day
// the clocks go back), restocked Monday 01:00 local.
const EVENTS: DomainEvent[] = [
  inv('2026-10-24T16:00:00Z', ['E1', 'E2'], []),
  stock('2026-10-24T16:00:00Z', 2, 'restock'),
  inv('2026-10-24T19:00:00Z', [], ['E1']),
  stock('2026-10-24T19:00:00Z', 1),
  inv('2026-10-24T20:00:00Z', [], ['E2']),
  stock('2026-10-24T20:00:00Z', 0),
  inv('2026-10-26T00:00:00Z', ['E3'], []),
  stock('2026-10-26T00:00:00Z', 1, 'restock'),
];

/** What the tables hold after `writes` in order: counters added, closing counts set when given. */
function apply(tables: Map<string, DayRow>, w: ReportWrites): void {
  for (const [k, r] of w.days) {
    const before = tables.get(k);
    if (before === undefined) {
      tables.set(k, { ...r });
      continue;
    }
    for (const c of COUNTERS) before[c] += r[c];
    before.closing_on_hand = r.closing_on_hand ?? before.closing_on_hand;
    before.closing_available = r.closing_available ?? before.closing_available;
  }
}

describe('report projection', () => {
  it('counts per local day, fills the quiet day and cuts the stockout at local midnights', () => {
    const tables = new Map<string, DayRow>();
    apply(tables, foldReports(new Map(), EVENTS, () => zone));
    const rows = [...tables.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
    expect(rows.map((r) => [r.day, r.restocked, r.sold, r.stockout_ms / 60_000, r.closing_on_hand])).toEqual([
      ['2026-10-24', 2, 2, 120, 0], // out from 22:00 local to midnight
      ['2026-10-25', 0, 0, 25 * 60, 0], // the whole 25-hour day
      ['2026-10-26', 1, 0, 60, 1], // until 01:00 local
    ]);
  });

  it('writes the same rows whether the events come in one page or one at a time', () => {
    const whole = new Map<string, DayRow>();
    apply(whole, foldReports(new Map(), EVENTS, () => zone));
    const states = new Map<string, FridgeReportState>();
    const oneByOne = new Map<string, DayRow>();
    for (const e of EVENTS) apply(oneByOne, foldReports(states, [e], () => zone));
    expect([...oneByOne.entries()].sort()).toEqual([...whole.entries()].sort());
  });

  it('a clearing belongs to the excursion it clears, not to a later period above safe; the meals it withdraws too', () => {
    const above = (t: string): DomainEvent => ({ ...base, type: 'TemperatureAboveSafe', at: at(t), sensor: 1, sinceMs: at(t), maxDeciCelsius: 90 });
    const back = (t: string): DomainEvent => ({ ...base, type: 'TemperatureBackToSafe', at: at(t), sensor: 1 });
    const events: DomainEvent[] = [
      inv('2026-10-24T08:00:00Z', ['E1', 'E2'], []),
      above('2026-10-24T09:00:00Z'),
      { ...base, type: 'TemperatureExcursion', at: at('2026-10-24T11:00:00Z'), maxDeciCelsius: 90, sinceMs: at('2026-10-24T09:00:00Z'), cleared: false },
      { ...base, type: 'MealsWithdrawn', at: at('2026-10-24T11:00:00Z'), reason: 'temperature', epcs: ['E1'] },
      back('2026-10-24T11:30:00Z'),
      // Warm again while the excursion is not cleared yet: a period of its own, never raised.
      above('2026-10-24T12:00:00Z'),
      back('2026-10-24T12:20:00Z'),
      // A meal that arrives during the excursion is withdrawn by it.
      inv('2026-10-24T12:30:00Z', ['E3'], []),
      { ...base, type: 'MealsWithdrawn', at: at('2026-10-24T12:30:00Z'), reason: 'temperature', epcs: ['E3'] },
      { ...base, type: 'TemperatureExcursion', at: at('2026-10-24T13:00:00Z'), maxDeciCelsius: 90, sinceMs: at('2026-10-24T09:00:00Z'), cleared: true, clearedBy: 'ann' },
    ];
    const periods = new Map<number, Record<string, unknown>>();
    const states = new Map<string, FridgeReportState>();
    // One event a page, the states through JSON as the store keeps them.
    for (const e of events) {
      const w = foldReports(states, [e], () => zone);
      for (const r of w.excursions.values()) periods.set(r.started_at, { ...r });
      for (const [k, v] of states) states.set(k, JSON.parse(JSON.stringify(v)) as FridgeReportState);
    }
    expect(periods.get(at('2026-10-24T09:00:00Z'))).toMatchObject({ raised_at: at('2026-10-24T11:00:00Z'), withdrawn: `E1:${G},E3:${G}`, cleared_at: at('2026-10-24T13:00:00Z'), cleared_by: 'ann' });
    expect(periods.get(at('2026-10-24T12:00:00Z'))).toMatchObject({ raised_at: null, withdrawn: '', cleared_at: null, cleared_by: null });
  });

  it('counts a meal lost to sale once: withdrawn too warm, then at its best-before, is withdrawn, not also expired', () => {
    const tables = new Map<string, DayRow>();
    apply(tables, foldReports(new Map(), [
      inv('2026-10-24T08:00:00Z', ['E1', 'E2'], []),
      { ...base, type: 'MealsWithdrawn', at: at('2026-10-24T11:00:00Z'), reason: 'temperature', epcs: ['E1'] },
      { ...base, type: 'MealsWithdrawn', at: at('2026-10-24T20:00:00Z'), reason: 'expired', epcs: ['E1', 'E2'] },
    ], () => zone));
    const row = [...tables.values()].find((r) => r.day === '2026-10-24');
    expect(row).toMatchObject({ withdrawn: 1, expired: 1 }); // E1 withdrawn, E2 expired
  });

  it('adds an ongoing stockout and the quiet days after the last event when answering', () => {
    const states = new Map<string, FridgeReportState>();
    const tables = new Map<string, DayRow>();
    apply(tables, foldReports(states, EVENTS.slice(0, 6), () => zone));
    const rows = fridgeDayReport({ rows: [...tables.values()], states, from: '2026-10-24', to: '2026-10-31', zone, now: at('2026-10-25T23:00:00Z') });
    expect(rows.map((r) => [r.day, r.stockout_minutes, r.closing_on_hand])).toEqual([
      ['2026-10-24', 120, 0],
      ['2026-10-25', 25 * 60, 0],
      ['2026-10-26', 0, 0], // now is 00:00 local on the 26th: today so far, nothing after now
    ]);
  });
});
