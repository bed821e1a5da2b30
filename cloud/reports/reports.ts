// The reports as answered (issue 14): pure functions of the report tables' rows, the fridges'
// report states and the time of the request. What happens after the last event (a quiet day,
// a stockout or a period above safe still going on) is added here, up to `now`.
import { dayStart, daysBetween, localDay, nextDay, splitByDay, type LocalDay } from './local-day.js';
import { COUNTERS, emptyDayRow, MAX_HOLD_MS, type DayRow, type DistrictDayRow, type ExcursionRow, type FridgeReportState, type HourRow, type TempDayRow, type TempSlotRow } from './projection.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const minutes = (ms: number): number => Math.round(ms / MINUTE);
const celsius = (deci: number): number => deci / 10;
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export interface FridgeDayReportRow {
  fridge_id: string;
  gtin: string;
  day: LocalDay;
  restocked: number;
  sold: number;
  picked_up: number;
  expired: number;
  withdrawn: number;
  disposed: number;
  reconciled: number;
  reservations: number;
  canceled: number;
  stockout_minutes: number;
  closing_on_hand: number | null;
}

/** The fridge-day rows of [from, to] of `fridges`, quiet days and ongoing stockouts included. */
export function fridgeDayReport(o: {
  rows: readonly DayRow[];
  states: ReadonlyMap<string, FridgeReportState | undefined>;
  from: LocalDay;
  to: LocalDay;
  zone: string;
  now: number;
}): FridgeDayReportRow[] {
  const byKey = new Map<string, DayRow>();
  for (const r of o.rows) byKey.set(`${r.fridge_id}\u0000${r.gtin}\u0000${r.day}`, { ...r });
  const today = localDay(o.now, o.zone);
  const row = (fridgeId: string, gtin: string, day: LocalDay, district: string): DayRow => {
    const k = `${fridgeId}\u0000${gtin}\u0000${day}`;
    let r = byKey.get(k);
    if (r === undefined) byKey.set(k, (r = emptyDayRow(fridgeId, gtin, day, district)));
    return r;
  };
  for (const [fridgeId, s] of o.states) {
    if (s === undefined) continue;
    for (const [gtin, st] of Object.entries(s.stock)) {
      // Days after the last event of this meal: nothing happened, the counts held.
      const last = o.to < today ? o.to : today;
      for (let d = nextDay(st.lastDay); d <= last; d = nextDay(d)) {
        if (d < o.from) continue;
        const r = row(fridgeId, gtin, d, s.district);
        r.closing_on_hand = st.onHand;
        r.closing_available = st.available;
      }
      if (st.outSince !== undefined && st.outSince < o.now) {
        for (const part of splitByDay(st.outSince, o.now, o.zone)) if (part.day >= o.from && part.day <= o.to) row(fridgeId, gtin, part.day, s.district).stockout_ms += part.ms;
      }
    }
  }
  return [...byKey.values()]
    .filter((r) => r.day >= o.from && r.day <= o.to)
    .sort((a, b) => (a.fridge_id !== b.fridge_id ? (a.fridge_id < b.fridge_id ? -1 : 1) : a.day !== b.day ? (a.day < b.day ? -1 : 1) : a.gtin < b.gtin ? -1 : a.gtin > b.gtin ? 1 : 0))
    .map((r) => ({
      fridge_id: r.fridge_id,
      gtin: r.gtin,
      day: r.day,
      restocked: r.restocked,
      sold: r.sold,
      picked_up: r.picked_up,
      expired: r.expired,
      withdrawn: r.withdrawn,
      disposed: r.disposed,
      reconciled: r.reconciled,
      reservations: r.reservations,
      canceled: r.canceled,
      stockout_minutes: minutes(r.stockout_ms),
      closing_on_hand: r.closing_on_hand,
    }));
}

export type DistrictDayReportRow = Omit<FridgeDayReportRow, 'fridge_id' | 'closing_on_hand'>;

/**
 * A district's totals per meal and local day (every fridge's counters added), every day of
 * [from, min(to, today)] for every meal seen: a year of a 1,000-fridge district in 365 × meals
 * rows, the owners' view (usage, popularity, waste). Ongoing stockouts count up to `now`.
 */
export function districtDayReport(o: { rows: readonly DistrictDayRow[]; states: ReadonlyMap<string, FridgeReportState | undefined>; from: LocalDay; to: LocalDay; zone: string; now: number }): DistrictDayReportRow[] {
  const byKey = new Map<string, DistrictDayRow>();
  const gtins = new Set<string>();
  for (const r of o.rows) {
    byKey.set(`${r.gtin}\u0000${r.day}`, { ...r });
    gtins.add(r.gtin);
  }
  const zero = (gtin: string, day: LocalDay): DistrictDayRow => ({ district: '', gtin, day, ...(Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Record<(typeof COUNTERS)[number], number>) });
  for (const s of o.states.values()) {
    for (const [gtin, st] of Object.entries(s?.stock ?? {})) {
      gtins.add(gtin);
      if (st.outSince === undefined || st.outSince >= o.now) continue;
      for (const part of splitByDay(st.outSince, o.now, o.zone)) {
        if (part.day < o.from || part.day > o.to) continue;
        const k = `${gtin}\u0000${part.day}`;
        let r = byKey.get(k);
        if (r === undefined) byKey.set(k, (r = zero(gtin, part.day)));
        r.stockout_ms += part.ms;
      }
    }
  }
  const today = localDay(o.now, o.zone);
  const out: DistrictDayReportRow[] = [];
  const meals = [...gtins].sort();
  for (const day of daysBetween(o.from, o.to < today ? o.to : today)) {
    for (const gtin of meals) {
      const r = byKey.get(`${gtin}\u0000${day}`) ?? zero(gtin, day);
      out.push({ gtin, day, restocked: r.restocked, sold: r.sold, picked_up: r.picked_up, expired: r.expired, withdrawn: r.withdrawn, disposed: r.disposed, reconciled: r.reconciled, reservations: r.reservations, canceled: r.canceled, stockout_minutes: minutes(r.stockout_ms) });
    }
  }
  return out;
}

export interface RefillRow {
  fridge_id: string;
  gtin: string;
  on_hand: number;
  sales_per_day: number;
  par: number;
  par_source: 'set' | 'sales';
  suggested_refill: number;
}

export interface RemovalRow {
  fridge_id: string;
  epc: string;
  gtin: string;
  best_before: string | null;
  reason: 'expired' | 'temperature' | 'expiring';
}

/** Days of sales a derived PAR level covers: the kitchen plans "the next day or two". */
export const PAR_DAYS = 2;
export const SALES_WINDOW_DAYS = 7;

/**
 * Per fridge and meal: on hand, sales per day over the last 7 whole local days (sold and picked
 * up), the PAR level (set, or the sales of PAR_DAYS days rounded up) and the refill to reach it;
 * and the removal list: meals withdrawn, or whose best-before comes within `horizonMs`, first
 * to expire first.
 */
export function replenishmentReport(o: {
  fridgeIds: readonly string[];
  states: ReadonlyMap<string, FridgeReportState | undefined>;
  salesRows: readonly DayRow[];
  par: ReadonlyMap<string, ReadonlyMap<string, number>>;
  now: number;
  horizonMs: number;
}): { refill: RefillRow[]; removals: RemovalRow[] } {
  const sales = new Map<string, number>();
  for (const r of o.salesRows) sales.set(`${r.fridge_id}\u0000${r.gtin}`, (sales.get(`${r.fridge_id}\u0000${r.gtin}`) ?? 0) + r.sold + r.picked_up);
  const refill: RefillRow[] = [];
  const removals: RemovalRow[] = [];
  for (const fridgeId of [...o.fridgeIds].sort()) {
    const s = o.states.get(fridgeId);
    const set = o.par.get(fridgeId);
    const gtins = new Set([...Object.keys(s?.stock ?? {}), ...(set?.keys() ?? [])]);
    for (const gtin of [...gtins].sort()) {
      const onHand = s?.stock[gtin]?.onHand ?? 0;
      const perDay = (sales.get(`${fridgeId}\u0000${gtin}`) ?? 0) / SALES_WINDOW_DAYS;
      const fixed = set?.get(gtin);
      const par = fixed ?? Math.ceil(perDay * PAR_DAYS);
      refill.push({ fridge_id: fridgeId, gtin, on_hand: onHand, sales_per_day: Math.round(perDay * 100) / 100, par, par_source: fixed === undefined ? 'sales' : 'set', suggested_refill: Math.max(0, par - onHand) });
    }
    for (const [epc, item] of Object.entries(s?.items ?? {})) {
      const due = item.b !== undefined && item.b <= o.now + o.horizonMs;
      if (item.w === undefined && !due) continue;
      removals.push({ fridge_id: fridgeId, epc, gtin: item.g, best_before: item.b === undefined ? null : iso(item.b), reason: item.w ?? (item.b !== undefined && item.b <= o.now ? 'expired' : 'expiring') });
    }
  }
  // First to expire first; meals without a best-before (withdrawn by temperature) first of all.
  removals.sort((a, b) => (a.best_before ?? '') < (b.best_before ?? '') ? -1 : (a.best_before ?? '') > (b.best_before ?? '') ? 1 : a.epc < b.epc ? -1 : 1);
  return { refill, removals };
}

/** Sales days for the replenishment window: the 7 whole local days before today. */
export function salesWindow(now: number, zone: string): { from: LocalDay; to: LocalDay } {
  const today = localDay(now, zone);
  let from = today;
  for (let i = 0; i < SALES_WINDOW_DAYS; i++) from = localDay(dayStart(from, zone) - 1, zone);
  return { from, to: localDay(dayStart(today, zone) - 1, zone) };
}

export interface TemperatureDayReportRow {
  fridge_id: string;
  day: LocalDay;
  min_celsius: number | null;
  max_celsius: number | null;
  mean_celsius: number | null;
  minutes_above_safe: number;
}

export interface ExcursionReport {
  fridge_id: string;
  start: string;
  end: string | null;
  peak_celsius: number;
  minutes: number;
  raised_at: string | null;
  withdrawn: Array<{ epc: string; gtin: string }>;
  cleared_at: string | null;
  cleared_by: string | null;
}

/** Per fridge and local day: min, max, time-weighted mean, minutes above safe; and the periods above safe. */
export function temperatureReport(o: {
  fridgeIds: readonly string[];
  days: readonly TempDayRow[];
  excursions: readonly ExcursionRow[];
  from: LocalDay;
  to: LocalDay;
  zone: string;
  now: number;
  /** Each fridge's latest temperature (its warmest sensor) and since when: it holds until now (at most 30 minutes) in the mean, as every earlier reading holds until the next. */
  latest?: ReadonlyMap<string, { deci: number; at: number } | undefined>;
}): { days: TemperatureDayReportRow[]; excursions: ExcursionReport[] } {
  const byKey = new Map(o.days.map((r) => [`${r.fridge_id}\u0000${r.day}`, r]));
  for (const [fridgeId, t] of o.latest ?? []) {
    if (t === undefined || t.at >= o.now) continue;
    for (const part of splitByDay(t.at, Math.min(o.now, t.at + MAX_HOLD_MS), o.zone)) {
      const key = `${fridgeId}\u0000${part.day}`;
      const r = byKey.get(key);
      // A copy with the latest reading's time added (the stored row only has what the next reading closed).
      byKey.set(key, r === undefined ? { fridge_id: fridgeId, day: part.day, district: '', min_deci: t.deci, max_deci: t.deci, deci_ms: t.deci * part.ms, covered_ms: part.ms, above_ms: 0 } : { ...r, deci_ms: r.deci_ms + t.deci * part.ms, covered_ms: r.covered_ms + part.ms });
    }
  }
  const openAbove = new Map<string, number>();
  for (const x of o.excursions) {
    if (x.ended_at !== null) continue;
    for (const part of splitByDay(x.started_at, o.now, o.zone)) openAbove.set(`${x.fridge_id}\u0000${part.day}`, (openAbove.get(`${x.fridge_id}\u0000${part.day}`) ?? 0) + part.ms);
  }
  const today = localDay(o.now, o.zone);
  const days: TemperatureDayReportRow[] = [];
  for (const fridgeId of [...o.fridgeIds].sort()) {
    for (const day of daysBetween(o.from, o.to < today ? o.to : today)) {
      const r = byKey.get(`${fridgeId}\u0000${day}`);
      const open = openAbove.get(`${fridgeId}\u0000${day}`) ?? 0;
      if (r === undefined && open === 0) continue;
      const seen = r !== undefined && r.min_deci <= r.max_deci;
      days.push({
        fridge_id: fridgeId,
        day,
        min_celsius: seen ? celsius(r.min_deci) : null,
        max_celsius: seen ? celsius(r.max_deci) : null,
        mean_celsius: r !== undefined && r.covered_ms > 0 ? Math.round(r.deci_ms / r.covered_ms) / 10 : null,
        minutes_above_safe: minutes((r?.above_ms ?? 0) + open),
      });
    }
  }
  const excursions = o.excursions.map((x): ExcursionReport => ({
    fridge_id: x.fridge_id,
    start: iso(x.started_at) ?? '',
    end: iso(x.ended_at),
    peak_celsius: celsius(x.peak_deci),
    minutes: minutes((x.ended_at ?? o.now) - x.started_at),
    raised_at: iso(x.raised_at),
    withdrawn: x.withdrawn === '' ? [] : x.withdrawn.split(',').map((w) => ({ epc: w.slice(0, w.indexOf(':')), gtin: w.slice(w.indexOf(':') + 1) })),
    cleared_at: iso(x.cleared_at),
    cleared_by: x.cleared_by,
  }));
  return { days, excursions };
}

/** Sales per hour and meal over [fromMs, toMs): every hour present, zeros included. */
export function salesPerHour(rows: readonly HourRow[], fromMs: number, toMs: number): Array<{ hour: string; gtin: string; sold: number; picked_up: number }> {
  const sums = new Map<string, { sold: number; picked_up: number }>();
  for (const r of rows) {
    const k = `${r.hour}\u0000${r.gtin}`;
    const s = sums.get(k) ?? { sold: 0, picked_up: 0 };
    s.sold += r.sold;
    s.picked_up += r.picked_up;
    sums.set(k, s);
  }
  const gtins = [...new Set(rows.map((r) => r.gtin))].sort();
  const out: Array<{ hour: string; gtin: string; sold: number; picked_up: number }> = [];
  for (let h = Math.floor(fromMs / 3_600_000) * 3_600_000; h < toMs; h += 3_600_000) {
    for (const gtin of gtins) out.push({ hour: new Date(h).toISOString(), gtin, ...(sums.get(`${h}\u0000${gtin}`) ?? { sold: 0, picked_up: 0 }) });
  }
  return out;
}

/** One fridge's temperature series: 10-minute slots (min, max) over [fromMs, toMs). */
export function temperatureSeries(slots: readonly TempSlotRow[]): Array<{ fridge_id: string; at: string; min_celsius: number; max_celsius: number }> {
  return slots.map((s) => ({ fridge_id: s.fridge_id, at: new Date(s.slot).toISOString(), min_celsius: celsius(s.min_deci), max_celsius: celsius(s.max_deci) }));
}

/**
 * At most this many fridge-days a report (fridges × days): a year of 1,000 fridges' days with
 * their meals is 2.9 million rows, some 700 MB of JSON, no answer for one request. A year of
 * one fridge, or a month of 1,000, is well within; a longer range is asked fridge by fridge.
 */
export const MAX_FRIDGE_DAYS = 50_000;
/** The temperature report has a row per fridge and day (no meals), and its periods: the same bound. */
export const MAX_TEMPERATURE_FRIDGE_DAYS = 50_000;

/** A range of local days is at most this long (a leap year). */
export const MAX_RANGE_DAYS = 366;

/** How many calendar days [from, to] holds. */
export function rangeDays(from: LocalDay, to: LocalDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1;
}

/** RFC 4180 CSV: a header of `columns`, then one line per row; fields quoted when they need it. */
export function toCsv(rows: ReadonlyArray<Record<string, unknown>>, columns: readonly string[]): string {
  const field = (v: unknown): string => {
    const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => field(r[c])).join(','))].join('\r\n') + '\r\n';
}
