// @ts-check
// The Reports page's data: the reports API's answers it reads (docs/api.md "Reports", written
// by cloud/reports/plugin.ts and reports.ts), local days and hours, and the sums each chart
// draws. Pure: no DOM, importable in Node.

/**
 * Meals sold and picked up in one UTC hour (`hour`: its start, ISO 8601), per meal; every hour
 * of the window is there for every meal sold in it, zeros included.
 * @typedef {{ hour: string, gtin: string, sold: number, picked_up: number }} SalesHourRow
 */
/**
 * A fridge's readings in one 10-minute slot starting `at` (ISO 8601 UTC), in °C.
 * @typedef {{ fridge_id: string, at: string, min_celsius: number, max_celsius: number }} TemperatureSlot
 */
/**
 * A period above the safe temperature (`end` null while it lasts; times ISO 8601 UTC).
 * @typedef {{ fridge_id: string, start: string, end: string | null, peak_celsius: number, minutes: number, raised_at: string | null, withdrawn: Array<{ epc: string, gtin: string }>, cleared_at: string | null, cleared_by: string | null }} Excursion
 */
/**
 * `GET /v1/reports/recent`: the last `hours` of a district (`from`, `to`: ISO 8601 UTC).
 * @typedef {{ district: string, time_zone: string, from: string, to: string, safe_celsius: number, fridges: Array<{ id: string, name: string }>, sales_per_hour: SalesHourRow[], temperature: TemperatureSlot[], excursions: Excursion[], as_of_position: number }} RecentReport
 */
/**
 * A fridge's counters for one meal on one local `day` (YYYY-MM-DD); `closing_on_hand` null
 * when unknown.
 * @typedef {{ fridge_id: string, gtin: string, day: string, restocked: number, sold: number, picked_up: number, expired: number, withdrawn: number, disposed: number, reconciled: number, reservations: number, canceled: number, stockout_minutes: number, closing_on_hand: number | null }} FridgeDayRow
 */
/**
 * `GET /v1/reports/fridge-days` (per fridge, the default): local days `from` to `to`, both included.
 * @typedef {{ district: string, time_zone: string, from: string, to: string, rows: FridgeDayRow[], as_of_position: number }} FridgeDaysReport
 */
/**
 * `GET /dashboard/districts.json` (cloud/http/dashboard.ts).
 * @typedef {{ max_safe_deci_celsius: number, districts: Array<{ id: string, fridges: number, center: { lat: number, lon: number } }> }} DistrictsInfo
 */

const DAY_MS = 86_400_000;

/** A calendar day `n` days before `day` (YYYY-MM-DD; calendar arithmetic, no zone). */
export function daysBefore(/** @type {string} */ day, /** @type {number} */ n) {
  return new Date(Date.parse(`${day}T00:00:00Z`) - n * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar days from `from` to `to`, both included (YYYY-MM-DD). */
export function daysFrom(/** @type {string} */ from, /** @type {string} */ to) {
  const list = [];
  for (let d = from; d <= to; d = daysBefore(d, -1)) list.push(d);
  return list;
}

/** The local day (YYYY-MM-DD) of a time in a time zone. */
export const localDay = (/** @type {number} */ ms, /** @type {string} */ zone) => new Date(ms).toLocaleDateString('en-CA', { timeZone: zone });

/** The local time of day (HH:MM, 24 h) of an ISO 8601 time in a time zone. */
export const localHour = (/** @type {string} */ iso, /** @type {string} */ zone) =>
  new Date(iso).toLocaleTimeString('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Meals sold and picked up in a row. */
const salesOf = (/** @type {{ sold: number, picked_up: number }} */ r) => r.sold + r.picked_up;

/**
 * The sales chart's columns: each hour in order, its meals that sold (the stack, bottom up)
 * with their counts, and its total.
 * @param {readonly SalesHourRow[]} rows
 * @returns {Array<{ hour: string, meals: Array<{ gtin: string, count: number }>, total: number }>}
 */
export function salesByHour(rows) {
  /** @type {Map<string, Array<{ gtin: string, count: number }>>} */
  const perHour = new Map();
  for (const r of rows) {
    const meals = perHour.get(r.hour) ?? [];
    perHour.set(r.hour, meals);
    const count = salesOf(r);
    if (count > 0) meals.push({ gtin: r.gtin, count });
  }
  return [...perHour].map(([hour, meals]) => ({ hour, meals, total: meals.reduce((a, m) => a + m.count, 0) }));
}

/**
 * Meals sold and picked up per meal, most first (ties in the order the rows have them).
 * @param {readonly FridgeDayRow[]} rows
 * @returns {Array<[gtin: string, count: number]>}
 */
export function salesByMeal(rows) {
  /** @type {Map<string, number>} */
  const byMeal = new Map();
  for (const r of rows) byMeal.set(r.gtin, (byMeal.get(r.gtin) ?? 0) + salesOf(r));
  return [...byMeal.entries()].sort((a, b) => b[1] - a[1]);
}

/**
 * Per local day from `from` to `to`: meals lost to sale (past their best-before, or withdrawn
 * too warm; their disposal later is the same meal) and stockout minutes (all meals). Rows of
 * other days are left out.
 * @param {readonly FridgeDayRow[]} rows
 * @param {string} from
 * @param {string} to
 * @returns {Array<{ day: string, waste: number, stockoutMinutes: number }>}
 */
export function wasteByDay(rows, from, to) {
  const perDay = new Map(daysFrom(from, to).map((day) => [day, { day, waste: 0, stockoutMinutes: 0 }]));
  for (const r of rows) {
    const d = perDay.get(r.day);
    if (d === undefined) continue;
    d.waste += r.expired + r.withdrawn;
    d.stockoutMinutes += r.stockout_minutes;
  }
  return [...perDay.values()];
}
