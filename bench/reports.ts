// Reports (issue 14): "a report for a range of a year answers in well under a second for
// 1,000 fridges". A SQLite store holds a year of report rows of one district of 1,000 fridges
// with 8 meals each (2.9 million fridge-day rows, 365,000 temperature days); each report is
// timed as the server answers it: the read of the report tables, the rows built and the JSON
// (or CSV) written. And how fast the projection folds events into the tables.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DomainEvent } from '../cloud/domain/index.js';
import { foldReports, type FridgeReportState } from '../cloud/reports/index.js';
import { daysBetween } from '../cloud/reports/local-day.js';
import { emptyDayRow, emptyWrites } from '../cloud/reports/projection.js';
import { districtDayReport, fridgeDayReport, replenishmentReport, salesWindow, temperatureReport, toCsv } from '../cloud/reports/reports.js';
import { SqliteCloudStore } from '../cloud/store/index.js';
import { quantiles, round, type BenchResult } from './support.js';

const ZONE = 'Europe/Berlin';
const FRIDGES = 1000;
const MEALS = 8;
const FROM = '2025-12-01';
const TO = '2026-11-30';
const NOW = Date.parse('2026-11-30T20:00:00Z');

const gtin = (m: number): string => `0950600013${String(4300 + m).padStart(4, '0')}`;
const fridgeId = (i: number): string => `fr-${String(i).padStart(4, '0')}`;

async function timed(n: number, fn: () => Promise<unknown>): Promise<{ p50: number; max: number; bytes: number }> {
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const out = await fn();
    ms.push(performance.now() - t0);
    bytes = typeof out === 'string' ? out.length : 0;
  }
  const q = quantiles(ms);
  return { p50: round(q.p50, 1), max: round(q.max, 1), bytes };
}

export async function benchReports(): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ff-bench-reports-'));
  const store = new SqliteCloudStore(dir);
  try {
    const ids = Array.from({ length: FRIDGES }, (_, i) => fridgeId(i + 1));
    for (const [i, id] of ids.entries()) await store.createFridge({ id, district: 'd1', name: id, lat: 52 + i / 1e4, lon: 13, credentialHash: 'x' }, NOW);
    const calendar = daysBetween(FROM, TO);
    // A year of rows, written as the projection writes them (a transaction a page).
    const states = new Map<string, FridgeReportState>();
    const t0 = performance.now();
    let at = 0;
    for (const [fi, id] of ids.entries()) {
      const w = emptyWrites();
      const items: FridgeReportState['items'] = {};
      for (let m = 0; m < MEALS; m++) for (let k = 0; k < 4; k++) items[`E${fi}-${m}-${k}`] = { g: gtin(m), b: NOW + (k + 1) * 12 * 3_600_000 };
      states.set(id, { district: 'd1', items, stock: Object.fromEntries(Array.from({ length: MEALS }, (_, m) => [gtin(m), { onHand: 4, available: 4, lastDay: TO }])), sensors: { 1: 40 }, above: {} });
      for (const d of calendar) {
        for (let m = 0; m < MEALS; m++) {
          const row = { ...emptyDayRow(id, gtin(m), d, 'd1'), restocked: 6, sold: 4 + (m % 3), picked_up: m % 2, stockout_ms: (m * 7 + fi) % 5 === 0 ? 3_600_000 : 0, closing_on_hand: 4, closing_available: 4 };
          w.days.set(`${id}|${m}|${d}`, row);
          const { fridge_id: _f, closing_on_hand: _c, closing_available: _a, ...totals } = row;
          w.districtDays.set(`${m}|${d}`, totals);
        }
        w.tempDays.set(`${id}|${d}`, { fridge_id: id, day: d, district: 'd1', min_deci: 30, max_deci: 48, deci_ms: 40 * 86_400_000, covered_ms: 86_400_000, above_ms: 0 });
      }
      w.changed.add(id);
      if (!(await store.reports.commitReports(w, states, at, at + 1))) throw new Error('bench: report position moved');
      at += 1;
    }
    const loadS = (performance.now() - t0) / 1000;
    const dayRows = ids.length * calendar.length * MEALS;

    const yearOneFridge = await timed(5, async () => {
      const rows = await store.reports.fridgeDays({ fridgeIds: [ids[0]!], from: FROM, to: TO });
      return JSON.stringify(fridgeDayReport({ rows, states: new Map([[ids[0]!, states.get(ids[0]!)]]), from: FROM, to: TO, zone: ZONE, now: NOW }));
    });
    const dayAllFridges = await timed(5, async () => {
      const rows = await store.reports.fridgeDays({ fridgeIds: ids, from: TO, to: TO });
      return JSON.stringify(fridgeDayReport({ rows, states, from: TO, to: TO, zone: ZONE, now: NOW }));
    });
    const weekAllFridgesCsv = await timed(3, async () => {
      const rows = await store.reports.fridgeDays({ fridgeIds: ids, from: '2026-11-24', to: TO });
      return toCsv(fridgeDayReport({ rows, states, from: '2026-11-24', to: TO, zone: ZONE, now: NOW }) as unknown as Array<Record<string, unknown>>, ['fridge_id', 'gtin', 'day', 'restocked', 'sold', 'picked_up', 'stockout_minutes', 'closing_on_hand']);
    });
    const tempYearHundredFridges = await timed(3, async () => {
      const hundred = ids.slice(0, 100);
      const rows = await store.reports.temperatureDays({ fridgeIds: hundred, from: FROM, to: TO });
      return JSON.stringify(temperatureReport({ fridgeIds: hundred, days: rows, excursions: [], from: FROM, to: TO, zone: ZONE, now: NOW }));
    });
    const tempYearOneFridge = await timed(5, async () => {
      const rows = await store.reports.temperatureDays({ fridgeIds: [ids[0]!], from: FROM, to: TO });
      return JSON.stringify(temperatureReport({ fridgeIds: [ids[0]!], days: rows, excursions: await store.reports.excursions({ fridgeIds: [ids[0]!], fromMs: NOW - 365 * 86_400_000, toMs: NOW }), from: FROM, to: TO, zone: ZONE, now: NOW }));
    });
    const replenishment = await timed(3, async () => {
      const window = salesWindow(NOW, ZONE);
      const salesRows = await store.reports.fridgeDays({ fridgeIds: ids, ...window });
      return JSON.stringify(replenishmentReport({ fridgeIds: ids, states, salesRows, par: await store.reports.parLevels(ids), now: NOW, horizonMs: 24 * 3_600_000 }));
    });
    const yearDistrictTotals = await timed(5, async () => {
      const rows = await store.reports.districtDays({ district: 'd1', from: FROM, to: TO });
      return JSON.stringify(districtDayReport({ rows, states, from: FROM, to: TO, zone: ZONE, now: NOW }));
    });
    const yearHundredFridges = await timed(3, async () => {
      const hundred = ids.slice(0, 100);
      const rows = await store.reports.fridgeDays({ fridgeIds: hundred, from: FROM, to: TO });
      return JSON.stringify(fridgeDayReport({ rows, states: new Map(hundred.map((id) => [id, states.get(id)])), from: FROM, to: TO, zone: ZONE, now: NOW }));
    });

    // The fold: a day of a busy fridge is ~100 sales and restocks and ~300 readings.
    const events: DomainEvent[] = [];
    const base = Date.parse('2026-06-01T00:00:00Z');
    for (let i = 0; i < 200_000; i++) {
      const f = fridgeId((i % 100) + 1);
      const t = base + i * 4_000;
      if (i % 4 === 0) events.push({ type: 'TemperatureRecorded', district: 'd1', fridgeId: f, at: t, sensor: 1, deciCelsius: 35 + (i % 20) });
      else if (i % 4 === 1) events.push({ type: 'FridgeInventoryChanged', district: 'd1', fridgeId: f, at: t, cause: 'door_session', added: [{ epc: `X${i}`, gtin: gtin(i % MEALS), reason: 'restock' }], removed: [] });
      else if (i % 4 === 2) events.push({ type: 'FridgeInventoryChanged', district: 'd1', fridgeId: f, at: t, cause: 'door_session', added: [], removed: [{ epc: `X${i - 1}`, gtin: gtin((i - 1) % MEALS), reason: 'sale' }] });
      else events.push({ type: 'MealStockUpdated', district: 'd1', fridgeId: f, at: t, gtin: gtin(i % MEALS), reason: 'sale', onHand: i % 3, reserved: 0, available: i % 3, delta: -1 });
    }
    const dir2 = mkdtempSync(path.join(tmpdir(), 'ff-bench-fold-'));
    const foldStore = new SqliteCloudStore(dir2);
    const foldStates = new Map<string, FridgeReportState>();
    const f0 = performance.now();
    for (let i = 0, pos = 0; i < events.length; i += 2000, pos += 1) {
      const w = foldReports(foldStates, events.slice(i, i + 2000), () => ZONE);
      await foldStore.reports.commitReports(w, foldStates, pos, pos + 1);
    }
    const foldS = (performance.now() - f0) / 1000;
    await foldStore.close();
    rmSync(dir2, { recursive: true, force: true });

    return [
      {
        name: `reports: a year (${calendar.length} local days) of a district of ${FRIDGES} fridges x ${MEALS} meals, SQLite`,
        figures: {
          fridge_day_rows: dayRows,
          load_s: round(loadS, 1),
          'fridge-days per=district, 1,000 fridges, a year (2,920 rows) p50 ms': yearDistrictTotals.p50,
          'fridge-days, one fridge, a year (2,920 rows) p50 ms': yearOneFridge.p50,
          'fridge-days, one fridge, a year: JSON bytes': yearOneFridge.bytes,
          'fridge-days, 1,000 fridges, one day (8,000 rows) p50 ms': dayAllFridges.p50,
          'fridge-days, 1,000 fridges, a week, CSV (56,000 rows) p50 ms': weekAllFridgesCsv.p50,
          'temperature, one fridge, a year (365 days) p50 ms': tempYearOneFridge.p50,
          'temperature, 100 fridges, a year (36,500 days) p50 ms': tempYearHundredFridges.p50,
          'replenishment, 1,000 fridges p50 ms': replenishment.p50,
          'fridge-days, 100 of the 1,000 fridges, a year (292,000 rows) p50 ms': yearHundredFridges.p50,
          'fridge-days, 100 fridges, a year: JSON MB': round(yearHundredFridges.bytes / 1e6, 1),
          'temperature, 100 fridges, a year: JSON MB': round(tempYearHundredFridges.bytes / 1e6, 1),
        },
        goal: 'a year of a 1,000-fridge district (its totals per meal and day) and a year of any of its fridges, well under a second',
        met: yearDistrictTotals.p50 < 500 && yearOneFridge.p50 < 500 && tempYearOneFridge.p50 < 500,
      },
      {
        name: 'reports: the projection folds events into the report tables (100 fridges, pages of 2,000, SQLite)',
        figures: { events: events.length, seconds: round(foldS, 2), events_per_s: Math.round(events.length / foldS) },
      },
    ];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
