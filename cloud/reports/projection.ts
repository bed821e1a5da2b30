// The reports' projection (issue 14): per fridge, meal and local day counters, sales per hour,
// temperature per local day and per 10-minute slot, and every period above the safe
// temperature. Pure: `foldReports(states, events, zoneOf)` → the rows to write and the new
// per-fridge states. The report tables are rebuilt by folding every stored event again, from
// empty states, like every other projection; rebuilt equals live because the fold depends on
// the events (in position order) and the districts' zones alone.
import type { DomainEvent } from '../domain/index.js';
import { dayStart, localDay, nextDay, splitByDay, type LocalDay } from './local-day.js';

/** What the fold keeps per fridge between events (stored as JSON with the rows). */
export interface FridgeReportState {
  district: string;
  /** Meals present: EPC → GTIN, best-before, personal, why withdrawn. */
  items: Record<string, { g: string; b?: number; p?: 1; w?: 'expired' | 'temperature' }>;
  /** Per GTIN: the last counts, since when available has been 0, the last day written. */
  stock: Record<string, { onHand: number; available: number; outSince?: number; lastDay: LocalDay }>;
  /** Latest reading per sensor (tenths of °C). */
  sensors: Record<string, number>;
  /** The fridge's temperature (its warmest sensor) and since when it holds. */
  temp?: { deci: number; at: number };
  /** Sensors above safe, with their onset. */
  above: Record<string, number>;
  /** The latest period above safe (open while `end` is null). */
  period?: ExcursionRow;
  /**
   * The period whose excursion was raised and is not cleared yet: an excursion stays until an
   * operator clears it, while the fridge may cool and warm again (a later period, never
   * raised). Its clearing and the meals it withdraws belong to it, not to the latest period.
   */
  excursion?: ExcursionRow;
}

/** The period of the excursion not cleared yet, the same object as `period` when it is that one (the states are stored as JSON, which copies). */
function raisedPeriod(s: FridgeReportState): ExcursionRow | undefined {
  const x = s.excursion;
  if (x !== undefined && s.period !== undefined && s.period.started_at === x.started_at) s.excursion = s.period;
  return s.excursion;
}

export const COUNTERS = ['restocked', 'sold', 'picked_up', 'expired', 'withdrawn', 'disposed', 'reconciled', 'reservations', 'canceled', 'stockout_ms'] as const;
export type Counter = (typeof COUNTERS)[number];

export type DayRow = { fridge_id: string; gtin: string; day: LocalDay; district: string; closing_on_hand: number | null; closing_available: number | null } & Record<Counter, number>;

/** The district's totals per meal and local day (every fridge's counters added): a year of a district in 365 × meals rows. */
export type DistrictDayRow = { district: string; gtin: string; day: LocalDay } & Record<Counter, number>;

export interface HourRow {
  fridge_id: string;
  gtin: string;
  hour: number;
  district: string;
  sold: number;
  picked_up: number;
}

export interface TempDayRow {
  fridge_id: string;
  day: LocalDay;
  district: string;
  min_deci: number;
  max_deci: number;
  /** Sum of tenths of °C × ms over the covered time (mean = sum / covered_ms). */
  deci_ms: number;
  covered_ms: number;
  above_ms: number;
}

export interface TempSlotRow {
  fridge_id: string;
  slot: number;
  min_deci: number;
  max_deci: number;
}

export interface ExcursionRow {
  fridge_id: string;
  started_at: number;
  district: string;
  ended_at: number | null;
  peak_deci: number;
  /** When the domain raised it (above safe too long, meals withdrawn), or null. */
  raised_at: number | null;
  /** EPC:GTIN of the meals it withdrew, comma-separated. */
  withdrawn: string;
  cleared_at: number | null;
  /** Who cleared it: the name the operator gave, else "admin" (the admin API clears them). */
  cleared_by: string | null;
}

export interface ReportWrites {
  days: Map<string, DayRow>;
  districtDays: Map<string, DistrictDayRow>;
  hours: Map<string, HourRow>;
  tempDays: Map<string, TempDayRow>;
  tempSlots: Map<string, TempSlotRow>;
  excursions: Map<string, ExcursionRow>;
  /** Fridges whose state changed (the state itself is in the map the fold was given). */
  changed: Set<string>;
}

export const SLOT_MS = 10 * 60_000;
/**
 * A reading is taken to hold until the next one (as the excursion rule takes it), but not
 * longer than this: a fridge that said nothing for longer (offline, or a backlog thinned to
 * one reading a batch) has no temperature for the rest of the gap, rather than an invented one.
 */
export const MAX_HOLD_MS = 30 * 60_000;

export function emptyWrites(): ReportWrites {
  return { days: new Map(), districtDays: new Map(), hours: new Map(), tempDays: new Map(), tempSlots: new Map(), excursions: new Map(), changed: new Set() };
}

const zeroCounters = (): Record<Counter, number> => ({ restocked: 0, sold: 0, picked_up: 0, expired: 0, withdrawn: 0, disposed: 0, reconciled: 0, reservations: 0, canceled: 0, stockout_ms: 0 });

export const emptyDayRow = (fridgeId: string, gtin: string, day: LocalDay, district: string): DayRow => ({ fridge_id: fridgeId, gtin, day, district, ...zeroCounters(), closing_on_hand: null, closing_available: null });

class Fold {
  constructor(
    readonly states: Map<string, FridgeReportState>,
    readonly out: ReportWrites,
    readonly zoneOf: (district: string) => string,
  ) {}

  state(fridgeId: string, district: string): FridgeReportState {
    let s = this.states.get(fridgeId);
    if (s === undefined) this.states.set(fridgeId, (s = { district, items: {}, stock: {}, sensors: {}, above: {} }));
    this.out.changed.add(fridgeId);
    return s;
  }

  day(fridgeId: string, gtin: string, day: LocalDay, district: string): DayRow {
    const k = `${fridgeId}\u0000${gtin}\u0000${day}`;
    let r = this.out.days.get(k);
    if (r === undefined) this.out.days.set(k, (r = emptyDayRow(fridgeId, gtin, day, district)));
    return r;
  }

  districtDay(district: string, gtin: string, day: LocalDay): DistrictDayRow {
    const k = `${district}\u0000${gtin}\u0000${day}`;
    let r = this.out.districtDays.get(k);
    if (r === undefined) this.out.districtDays.set(k, (r = { district, gtin, day, ...zeroCounters() }));
    return r;
  }

  count(fridgeId: string, district: string, gtin: string, at: number, counter: Counter, n: number): void {
    this.fill(fridgeId, district, gtin, at);
    const day = localDay(at, this.zoneOf(district));
    this.day(fridgeId, gtin, day, district)[counter] += n;
    this.districtDay(district, gtin, day)[counter] += n;
    if (counter === 'sold' || counter === 'picked_up') {
      const hour = Math.floor(at / 3_600_000) * 3_600_000;
      const k = `${fridgeId}\u0000${gtin}\u0000${hour}`;
      let h = this.out.hours.get(k);
      if (h === undefined) this.out.hours.set(k, (h = { fridge_id: fridgeId, gtin, hour, district, sold: 0, picked_up: 0 }));
      h[counter] += n;
    }
  }

  /**
   * Every local day of a (fridge, meal) gets a row, quiet days included: the days between the
   * last one written and `at` are written with the closing counts carried over.
   */
  fill(fridgeId: string, district: string, gtin: string, at: number): void {
    const s = this.state(fridgeId, district);
    const today = localDay(at, this.zoneOf(district));
    const st = s.stock[gtin];
    if (st === undefined) {
      s.stock[gtin] = { onHand: 0, available: 0, lastDay: today };
      this.day(fridgeId, gtin, today, district);
      return;
    }
    for (let d = nextDay(st.lastDay); d <= today; d = nextDay(d)) {
      const r = this.day(fridgeId, gtin, d, district);
      r.closing_on_hand = st.onHand;
      r.closing_available = st.available;
    }
    if (today > st.lastDay) st.lastDay = today;
  }

  stockUpdated(e: Extract<DomainEvent, { type: 'MealStockUpdated' }>): void {
    const zone = this.zoneOf(e.district);
    this.fill(e.fridgeId, e.district, e.gtin, e.at);
    const st = this.state(e.fridgeId, e.district).stock[e.gtin]!;
    // Stockout: no meal of this GTIN available to a shopper.
    if (e.available === 0 && st.outSince === undefined) st.outSince = e.at;
    else if (e.available > 0 && st.outSince !== undefined) {
      for (const part of splitByDay(st.outSince, e.at, zone)) {
        this.day(e.fridgeId, e.gtin, part.day, e.district).stockout_ms += part.ms;
        this.districtDay(e.district, e.gtin, part.day).stockout_ms += part.ms;
      }
      delete st.outSince;
    }
    st.onHand = e.onHand;
    st.available = e.available;
    const r = this.day(e.fridgeId, e.gtin, localDay(e.at, zone), e.district);
    r.closing_on_hand = e.onHand;
    r.closing_available = e.available;
  }

  temperature(fridgeId: string, district: string, sensor: number, deci: number, at: number): void {
    const s = this.state(fridgeId, district);
    const zone = this.zoneOf(district);
    if (s.temp !== undefined && at > s.temp.at) this.hold(fridgeId, district, s.temp.deci, s.temp.at, Math.min(at, s.temp.at + MAX_HOLD_MS), zone);
    s.sensors[String(sensor)] = deci;
    const warmest = Math.max(...Object.values(s.sensors));
    if (s.temp === undefined || at >= s.temp.at) s.temp = { deci: warmest, at };
    this.extremes(fridgeId, district, localDay(at, zone), Math.floor(at / SLOT_MS) * SLOT_MS, warmest);
  }

  private hold(fridgeId: string, district: string, deci: number, from: number, to: number, zone: string): void {
    for (const part of splitByDay(from, to, zone)) {
      const r = this.tempDay(fridgeId, part.day, district, deci);
      r.deci_ms += deci * part.ms;
      r.covered_ms += part.ms;
    }
    for (let slot = Math.floor(from / SLOT_MS) * SLOT_MS; slot < to; slot += SLOT_MS) this.slot(fridgeId, slot, deci);
  }

  private extremes(fridgeId: string, district: string, day: LocalDay, slot: number, deci: number): void {
    this.tempDay(fridgeId, day, district, deci);
    this.slot(fridgeId, slot, deci);
  }

  tempDay(fridgeId: string, day: LocalDay, district: string, deci?: number): TempDayRow {
    const k = `${fridgeId}\u0000${day}`;
    let r = this.out.tempDays.get(k);
    if (r === undefined) this.out.tempDays.set(k, (r = { fridge_id: fridgeId, day, district, min_deci: deci ?? Number.MAX_SAFE_INTEGER, max_deci: deci ?? Number.MIN_SAFE_INTEGER, deci_ms: 0, covered_ms: 0, above_ms: 0 }));
    if (deci !== undefined) {
      r.min_deci = Math.min(r.min_deci, deci);
      r.max_deci = Math.max(r.max_deci, deci);
    }
    return r;
  }

  private slot(fridgeId: string, slot: number, deci: number): void {
    const k = `${fridgeId}\u0000${slot}`;
    const r = this.out.tempSlots.get(k);
    if (r === undefined) this.out.tempSlots.set(k, { fridge_id: fridgeId, slot, min_deci: deci, max_deci: deci });
    else {
      r.min_deci = Math.min(r.min_deci, deci);
      r.max_deci = Math.max(r.max_deci, deci);
    }
  }

  writePeriod(p: ExcursionRow): void {
    this.out.excursions.set(`${p.fridge_id}\u0000${p.started_at}`, { ...p });
  }

  apply(e: DomainEvent): void {
    switch (e.type) {
      case 'FridgeInventoryChanged': {
        const s = this.state(e.fridgeId, e.district);
        for (const a of e.added) {
          s.items[a.epc] = { g: a.gtin, ...(a.bestBeforeMs !== undefined ? { b: a.bestBeforeMs } : {}), ...(a.personal !== undefined ? { p: 1 as const } : {}) };
          this.count(e.fridgeId, e.district, a.gtin, e.at, a.reason === 'restock' ? 'restocked' : 'reconciled', 1);
        }
        for (const r of e.removed) {
          delete s.items[r.epc];
          const counter: Counter = r.reason === 'sale' ? 'sold' : r.reason === 'pickup' ? 'picked_up' : r.reason === 'disposed' ? 'disposed' : 'reconciled';
          this.count(e.fridgeId, e.district, r.gtin, e.at, counter, counter === 'reconciled' ? -1 : 1);
        }
        return;
      }
      case 'MealsWithdrawn': {
        const s = this.state(e.fridgeId, e.district);
        const period = e.reason === 'temperature' ? (raisedPeriod(s) ?? s.period) : undefined;
        for (const epc of e.epcs) {
          const item = s.items[epc];
          if (item === undefined) continue;
          // A meal lost to sale once is counted once: one withdrawn too warm that then reaches
          // its best-before (withdrawn again, as expired) stays counted as `withdrawn`.
          const already = item.w !== undefined;
          item.w = e.reason;
          if (already) continue;
          this.count(e.fridgeId, e.district, item.g, e.at, e.reason === 'expired' ? 'expired' : 'withdrawn', 1);
          if (period !== undefined) {
            period.withdrawn = period.withdrawn === '' ? `${epc}:${item.g}` : `${period.withdrawn},${epc}:${item.g}`;
            this.writePeriod(period);
          }
        }
        return;
      }
      case 'MealsReinstated': {
        const s = this.state(e.fridgeId, e.district);
        for (const epc of e.epcs) {
          const item = s.items[epc];
          if (item !== undefined) delete item.w;
        }
        return;
      }
      case 'MealStockUpdated':
        return this.stockUpdated(e);
      case 'MealStockReserved':
        return this.count(e.fridgeId, e.district, e.gtin, e.at, 'reservations', e.quantity);
      case 'MealStockCanceled':
        return this.count(e.fridgeId, e.district, e.gtin, e.at, 'canceled', e.quantity);
      case 'TemperatureRecorded':
        return this.temperature(e.fridgeId, e.district, e.sensor, e.deciCelsius, e.at);
      case 'TemperatureAboveSafe': {
        const s = this.state(e.fridgeId, e.district);
        s.above[String(e.sensor)] = e.sinceMs;
        if (s.period === undefined || s.period.ended_at !== null) {
          s.period = { fridge_id: e.fridgeId, started_at: e.sinceMs, district: e.district, ended_at: null, peak_deci: e.maxDeciCelsius, raised_at: null, withdrawn: '', cleared_at: null, cleared_by: null };
        } else s.period.peak_deci = Math.max(s.period.peak_deci, e.maxDeciCelsius);
        this.writePeriod(s.period);
        return;
      }
      case 'TemperatureBackToSafe': {
        const s = this.state(e.fridgeId, e.district);
        delete s.above[String(e.sensor)];
        const p = s.period;
        if (Object.keys(s.above).length > 0 || p === undefined || p.ended_at !== null) return;
        p.ended_at = Math.max(e.at, p.started_at);
        for (const part of splitByDay(p.started_at, p.ended_at, this.zoneOf(e.district))) this.tempDay(e.fridgeId, part.day, e.district).above_ms += part.ms;
        this.writePeriod(p);
        return;
      }
      case 'TemperatureExcursion': {
        const s = this.state(e.fridgeId, e.district);
        if (e.cleared) {
          // The raised period's clearing, though the fridge may have warmed again since.
          const p = raisedPeriod(s) ?? s.period;
          delete s.excursion;
          if (p === undefined) return;
          p.cleared_at = e.at;
          p.cleared_by = e.clearedBy ?? 'admin';
          this.writePeriod(p);
          return;
        }
        const p = s.period;
        if (p === undefined) return;
        p.raised_at = e.at;
        p.peak_deci = Math.max(p.peak_deci, e.maxDeciCelsius);
        s.excursion = p;
        this.writePeriod(p);
        return;
      }
      default:
        return;
    }
  }
}

/** The event types the fold reads; others pass by. */
export const REPORT_EVENT_TYPES: ReadonlySet<DomainEvent['type']> = new Set([
  'FridgeInventoryChanged',
  'MealsWithdrawn',
  'MealsReinstated',
  'MealStockUpdated',
  'MealStockReserved',
  'MealStockCanceled',
  'TemperatureRecorded',
  'TemperatureAboveSafe',
  'TemperatureBackToSafe',
  'TemperatureExcursion',
]);

/**
 * Folds `events` (in position order) into `states` (mutated: the fridges' states after them)
 * and answers the rows they write: counters to add to what the tables hold, extremes to merge,
 * closing counts and periods to set.
 */
export function foldReports(states: Map<string, FridgeReportState>, events: Iterable<DomainEvent>, zoneOf: (district: string) => string): ReportWrites {
  const fold = new Fold(states, emptyWrites(), zoneOf);
  for (const e of events) if (REPORT_EVENT_TYPES.has(e.type)) fold.apply(e);
  return fold.out;
}

/** The instant local day `day` ends (the next one's start). */
export const dayEnd = (day: LocalDay, zone: string): number => dayStart(nextDay(day), zone);
