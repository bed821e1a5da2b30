// The reports' tables (issue 14), a role of the store of its own: the report projection's rows
// (cloud/reports/projection.ts) with its position in the event store, and the two registry
// facts reports need (a district's time zone, a fridge's PAR levels). One implementation over
// a small SQL port that each adapter provides (SQLite, PostgreSQL): the statements are the
// same but for placeholders and two function names.
import type { DayRow, DistrictDayRow, ExcursionRow, FridgeReportState, HourRow, ReportWrites, TempDayRow, TempSlotRow } from '../reports/projection.js';

export interface ReportStore {
  /** The last event position folded into the report tables (0: none). */
  reportPosition(): Promise<number>;
  /** Every fridge's report state (the fold resumes from them). */
  reportStates(): Promise<Map<string, FridgeReportState>>;
  /**
   * Writes `writes` (with the states of the fridges they changed) and moves the position from
   * `expected` to `next`, in one transaction; false (nothing written) when the position is not
   * `expected` any more (another instance sharing the store folded those events first).
   */
  commitReports(writes: ReportWrites, states: ReadonlyMap<string, FridgeReportState>, expected: number, next: number): Promise<boolean>;
  /** Empties the report tables and sets the position to 0 (a rebuild folds every event again). */
  resetReports(): Promise<void>;
  fridgeDays(q: { fridgeIds: readonly string[]; from: string; to: string }): Promise<DayRow[]>;
  /** A district's totals per meal and local day in [from, to]. */
  districtDays(q: { district: string; from: string; to: string }): Promise<DistrictDayRow[]>;
  hours(q: { fridgeIds: readonly string[]; fromMs: number; toMs: number }): Promise<HourRow[]>;
  temperatureDays(q: { fridgeIds: readonly string[]; from: string; to: string }): Promise<TempDayRow[]>;
  temperatureSlots(q: { fridgeIds: readonly string[]; fromMs: number; toMs: number }): Promise<TempSlotRow[]>;
  /** Periods above safe that overlap [fromMs, toMs) (an open one overlaps every later range). */
  excursions(q: { fridgeIds: readonly string[]; fromMs: number; toMs: number }): Promise<ExcursionRow[]>;
  /** A district's IANA time zone, if one was set (reports use UTC otherwise). */
  districtZones(): Promise<Map<string, string>>;
  setDistrictZone(district: string, zone: string, now: number): Promise<void>;
  /** PAR levels set for a fridge's meals (GTIN → meals to hold). */
  parLevels(fridgeIds: readonly string[]): Promise<Map<string, Map<string, number>>>;
  /** Sets (or with `par` null removes) a fridge's PAR level for a meal. */
  setParLevel(fridgeId: string, gtin: string, par: number | null, now: number): Promise<void>;
}

export type Statement = readonly [sql: string, params: readonly unknown[]];

/** What the shared implementation needs of an adapter. Statements use `?` placeholders. */
export interface SqlPort {
  readonly dialect: 'sqlite' | 'postgres';
  all<R>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /**
   * In one transaction: reads meta `key` (locking it where that means something), and when it
   * holds `expected` (null: absent) runs `statements` and sets it to `next`; false otherwise.
   */
  commitIf(key: string, expected: string | null, next: string, statements: readonly Statement[]): Promise<boolean>;
  /** `statements` in one transaction. */
  transaction(statements: readonly Statement[]): Promise<void>;
}

const POSITION_KEY = 'reports_position';

/** The report tables, in SQLite types (a time in ms fits SQLite's INTEGER). */
export const REPORT_SCHEMA_SQLITE = `
CREATE TABLE IF NOT EXISTS district_zones (district TEXT PRIMARY KEY, time_zone TEXT NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS par_levels (fridge_id TEXT NOT NULL, gtin TEXT NOT NULL, par INTEGER NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (fridge_id, gtin)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS report_fridge_day (
  fridge_id TEXT NOT NULL, gtin TEXT NOT NULL, day TEXT NOT NULL, district TEXT NOT NULL,
  restocked INTEGER NOT NULL, sold INTEGER NOT NULL, picked_up INTEGER NOT NULL, expired INTEGER NOT NULL,
  withdrawn INTEGER NOT NULL, disposed INTEGER NOT NULL, reconciled INTEGER NOT NULL, reservations INTEGER NOT NULL,
  canceled INTEGER NOT NULL, stockout_ms INTEGER NOT NULL, closing_on_hand INTEGER, closing_available INTEGER,
  PRIMARY KEY (fridge_id, day, gtin)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS report_district_day (
  district TEXT NOT NULL, gtin TEXT NOT NULL, day TEXT NOT NULL,
  restocked INTEGER NOT NULL, sold INTEGER NOT NULL, picked_up INTEGER NOT NULL, expired INTEGER NOT NULL,
  withdrawn INTEGER NOT NULL, disposed INTEGER NOT NULL, reconciled INTEGER NOT NULL, reservations INTEGER NOT NULL,
  canceled INTEGER NOT NULL, stockout_ms INTEGER NOT NULL,
  PRIMARY KEY (district, day, gtin)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS report_hour (
  fridge_id TEXT NOT NULL, gtin TEXT NOT NULL, hour INTEGER NOT NULL, district TEXT NOT NULL, sold INTEGER NOT NULL, picked_up INTEGER NOT NULL,
  PRIMARY KEY (fridge_id, hour, gtin)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS report_temp_day (
  fridge_id TEXT NOT NULL, day TEXT NOT NULL, district TEXT NOT NULL, min_deci INTEGER NOT NULL, max_deci INTEGER NOT NULL,
  deci_ms INTEGER NOT NULL, covered_ms INTEGER NOT NULL, above_ms INTEGER NOT NULL,
  PRIMARY KEY (fridge_id, day)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS report_temp_slot (
  fridge_id TEXT NOT NULL, slot INTEGER NOT NULL, min_deci INTEGER NOT NULL, max_deci INTEGER NOT NULL,
  PRIMARY KEY (fridge_id, slot)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS report_excursion (
  fridge_id TEXT NOT NULL, started_at INTEGER NOT NULL, district TEXT NOT NULL, ended_at INTEGER, peak_deci INTEGER NOT NULL,
  raised_at INTEGER, withdrawn TEXT NOT NULL, cleared_at INTEGER, cleared_by TEXT,
  PRIMARY KEY (fridge_id, started_at)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS report_state (fridge_id TEXT PRIMARY KEY, state TEXT NOT NULL) WITHOUT ROWID;
`;

/** The same tables in PostgreSQL types (pg-schema.ts's conventions: BIGINT times, "C" keys). */
export const REPORT_SCHEMA_PG = `
CREATE TABLE IF NOT EXISTS district_zones (district TEXT COLLATE "C" PRIMARY KEY, time_zone TEXT NOT NULL, updated_at BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS par_levels (fridge_id TEXT COLLATE "C" NOT NULL, gtin TEXT COLLATE "C" NOT NULL, par INTEGER NOT NULL, updated_at BIGINT NOT NULL, PRIMARY KEY (fridge_id, gtin));
CREATE TABLE IF NOT EXISTS report_fridge_day (
  fridge_id TEXT COLLATE "C" NOT NULL, gtin TEXT COLLATE "C" NOT NULL, day TEXT COLLATE "C" NOT NULL, district TEXT COLLATE "C" NOT NULL,
  restocked INTEGER NOT NULL, sold INTEGER NOT NULL, picked_up INTEGER NOT NULL, expired INTEGER NOT NULL,
  withdrawn INTEGER NOT NULL, disposed INTEGER NOT NULL, reconciled INTEGER NOT NULL, reservations INTEGER NOT NULL,
  canceled INTEGER NOT NULL, stockout_ms BIGINT NOT NULL, closing_on_hand INTEGER, closing_available INTEGER,
  PRIMARY KEY (fridge_id, day, gtin)
);
CREATE TABLE IF NOT EXISTS report_district_day (
  district TEXT COLLATE "C" NOT NULL, gtin TEXT COLLATE "C" NOT NULL, day TEXT COLLATE "C" NOT NULL,
  restocked INTEGER NOT NULL, sold INTEGER NOT NULL, picked_up INTEGER NOT NULL, expired INTEGER NOT NULL,
  withdrawn INTEGER NOT NULL, disposed INTEGER NOT NULL, reconciled INTEGER NOT NULL, reservations INTEGER NOT NULL,
  canceled INTEGER NOT NULL, stockout_ms BIGINT NOT NULL,
  PRIMARY KEY (district, day, gtin)
);
CREATE TABLE IF NOT EXISTS report_hour (
  fridge_id TEXT COLLATE "C" NOT NULL, gtin TEXT COLLATE "C" NOT NULL, hour BIGINT NOT NULL, district TEXT COLLATE "C" NOT NULL, sold INTEGER NOT NULL, picked_up INTEGER NOT NULL,
  PRIMARY KEY (fridge_id, hour, gtin)
);
CREATE TABLE IF NOT EXISTS report_temp_day (
  fridge_id TEXT COLLATE "C" NOT NULL, day TEXT COLLATE "C" NOT NULL, district TEXT COLLATE "C" NOT NULL, min_deci INTEGER NOT NULL, max_deci INTEGER NOT NULL,
  deci_ms BIGINT NOT NULL, covered_ms BIGINT NOT NULL, above_ms BIGINT NOT NULL,
  PRIMARY KEY (fridge_id, day)
);
CREATE TABLE IF NOT EXISTS report_temp_slot (
  fridge_id TEXT COLLATE "C" NOT NULL, slot BIGINT NOT NULL, min_deci INTEGER NOT NULL, max_deci INTEGER NOT NULL,
  PRIMARY KEY (fridge_id, slot)
);
CREATE TABLE IF NOT EXISTS report_excursion (
  fridge_id TEXT COLLATE "C" NOT NULL, started_at BIGINT NOT NULL, district TEXT COLLATE "C" NOT NULL, ended_at BIGINT, peak_deci INTEGER NOT NULL,
  raised_at BIGINT, withdrawn TEXT NOT NULL, cleared_at BIGINT, cleared_by TEXT,
  PRIMARY KEY (fridge_id, started_at)
);
CREATE TABLE IF NOT EXISTS report_state (fridge_id TEXT COLLATE "C" PRIMARY KEY, state TEXT NOT NULL);
`;

/** The report projection's tables: emptied by a rebuild (the registry's two are not). */
export const REPORT_TABLES = ['report_fridge_day', 'report_district_day', 'report_hour', 'report_temp_day', 'report_temp_slot', 'report_excursion', 'report_state'] as const;

const DAY_COUNTERS = ['restocked', 'sold', 'picked_up', 'expired', 'withdrawn', 'disposed', 'reconciled', 'reservations', 'canceled', 'stockout_ms'] as const;
const DAY_COLUMNS = ['fridge_id', 'gtin', 'day', 'district', ...DAY_COUNTERS, 'closing_on_hand', 'closing_available'] as const;
const DISTRICT_DAY_COLUMNS = ['district', 'gtin', 'day', ...DAY_COUNTERS] as const;
const HOUR_COLUMNS = ['fridge_id', 'gtin', 'hour', 'district', 'sold', 'picked_up'] as const;
const TEMP_DAY_COLUMNS = ['fridge_id', 'day', 'district', 'min_deci', 'max_deci', 'deci_ms', 'covered_ms', 'above_ms'] as const;
const SLOT_COLUMNS = ['fridge_id', 'slot', 'min_deci', 'max_deci'] as const;
const EXCURSION_COLUMNS = ['fridge_id', 'started_at', 'district', 'ended_at', 'peak_deci', 'raised_at', 'withdrawn', 'cleared_at', 'cleared_by'] as const;

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');
const values = <T extends object>(row: T, cols: readonly (keyof T)[]): unknown[] => cols.map((c) => row[c]);

export class ReportTables implements ReportStore {
  private readonly sql;

  constructor(private readonly port: SqlPort) {
    const least = port.dialect === 'sqlite' ? 'min' : 'LEAST';
    const greatest = port.dialect === 'sqlite' ? 'max' : 'GREATEST';
    const add = (t: string, cols: readonly string[]): string => cols.map((c) => `${c} = ${t}.${c} + excluded.${c}`).join(', ');
    this.sql = {
      day: `INSERT INTO report_fridge_day (${DAY_COLUMNS.join(', ')}) VALUES (${marks(DAY_COLUMNS.length)}) ON CONFLICT (fridge_id, day, gtin) DO UPDATE SET ${add('report_fridge_day', DAY_COUNTERS)}, closing_on_hand = COALESCE(excluded.closing_on_hand, report_fridge_day.closing_on_hand), closing_available = COALESCE(excluded.closing_available, report_fridge_day.closing_available)`,
      districtDay: `INSERT INTO report_district_day (${DISTRICT_DAY_COLUMNS.join(', ')}) VALUES (${marks(DISTRICT_DAY_COLUMNS.length)}) ON CONFLICT (district, day, gtin) DO UPDATE SET ${add('report_district_day', DAY_COUNTERS)}`,
      hour: `INSERT INTO report_hour (${HOUR_COLUMNS.join(', ')}) VALUES (${marks(HOUR_COLUMNS.length)}) ON CONFLICT (fridge_id, hour, gtin) DO UPDATE SET ${add('report_hour', ['sold', 'picked_up'])}`,
      tempDay: `INSERT INTO report_temp_day (${TEMP_DAY_COLUMNS.join(', ')}) VALUES (${marks(TEMP_DAY_COLUMNS.length)}) ON CONFLICT (fridge_id, day) DO UPDATE SET min_deci = ${least}(report_temp_day.min_deci, excluded.min_deci), max_deci = ${greatest}(report_temp_day.max_deci, excluded.max_deci), ${add('report_temp_day', ['deci_ms', 'covered_ms', 'above_ms'])}`,
      slot: `INSERT INTO report_temp_slot (${SLOT_COLUMNS.join(', ')}) VALUES (${marks(SLOT_COLUMNS.length)}) ON CONFLICT (fridge_id, slot) DO UPDATE SET min_deci = ${least}(report_temp_slot.min_deci, excluded.min_deci), max_deci = ${greatest}(report_temp_slot.max_deci, excluded.max_deci)`,
      excursion: `INSERT INTO report_excursion (${EXCURSION_COLUMNS.join(', ')}) VALUES (${marks(EXCURSION_COLUMNS.length)}) ON CONFLICT (fridge_id, started_at) DO UPDATE SET ${EXCURSION_COLUMNS.slice(2).map((c) => `${c} = excluded.${c}`).join(', ')}`,
      state: 'INSERT INTO report_state (fridge_id, state) VALUES (?, ?) ON CONFLICT (fridge_id) DO UPDATE SET state = excluded.state',
    };
  }

  async reportPosition(): Promise<number> {
    const [r] = await this.port.all<{ value: string }>('SELECT value FROM meta WHERE key = ?', [POSITION_KEY]);
    return r === undefined ? 0 : Number(r.value);
  }

  async reportStates(): Promise<Map<string, FridgeReportState>> {
    const rows = await this.port.all<{ fridge_id: string; state: string }>('SELECT fridge_id, state FROM report_state');
    return new Map(rows.map((r) => [r.fridge_id, JSON.parse(r.state) as FridgeReportState]));
  }

  async commitReports(w: ReportWrites, states: ReadonlyMap<string, FridgeReportState>, expected: number, next: number): Promise<boolean> {
    const st: Statement[] = [];
    for (const r of w.days.values()) st.push([this.sql.day, values(r, DAY_COLUMNS)]);
    for (const r of w.districtDays.values()) st.push([this.sql.districtDay, values(r, DISTRICT_DAY_COLUMNS)]);
    for (const r of w.hours.values()) st.push([this.sql.hour, values(r, HOUR_COLUMNS)]);
    for (const r of w.tempDays.values()) st.push([this.sql.tempDay, values(r, TEMP_DAY_COLUMNS)]);
    for (const r of w.tempSlots.values()) st.push([this.sql.slot, values(r, SLOT_COLUMNS)]);
    for (const r of w.excursions.values()) st.push([this.sql.excursion, values(r, EXCURSION_COLUMNS)]);
    for (const id of w.changed) {
      const s = states.get(id);
      if (s !== undefined) st.push([this.sql.state, [id, JSON.stringify(s)]]);
    }
    return this.port.commitIf(POSITION_KEY, expected === 0 ? null : String(expected), String(next), st);
  }

  async resetReports(): Promise<void> {
    await this.port.transaction([...REPORT_TABLES.map((t): Statement => [`DELETE FROM ${t}`, []]), ['DELETE FROM meta WHERE key = ?', [POSITION_KEY]]]);
  }

  async fridgeDays(q: { fridgeIds: readonly string[]; from: string; to: string }): Promise<DayRow[]> {
    if (q.fridgeIds.length === 0) return [];
    return this.port.all<DayRow>(`SELECT ${DAY_COLUMNS.join(', ')} FROM report_fridge_day WHERE fridge_id IN (${marks(q.fridgeIds.length)}) AND day >= ? AND day <= ? ORDER BY fridge_id, day, gtin`, [...q.fridgeIds, q.from, q.to]);
  }

  async districtDays(q: { district: string; from: string; to: string }): Promise<DistrictDayRow[]> {
    return this.port.all<DistrictDayRow>(`SELECT ${DISTRICT_DAY_COLUMNS.join(', ')} FROM report_district_day WHERE district = ? AND day >= ? AND day <= ? ORDER BY day, gtin`, [q.district, q.from, q.to]);
  }

  async hours(q: { fridgeIds: readonly string[]; fromMs: number; toMs: number }): Promise<HourRow[]> {
    if (q.fridgeIds.length === 0) return [];
    return this.port.all<HourRow>(`SELECT ${HOUR_COLUMNS.join(', ')} FROM report_hour WHERE fridge_id IN (${marks(q.fridgeIds.length)}) AND hour >= ? AND hour < ? ORDER BY hour, fridge_id, gtin`, [...q.fridgeIds, q.fromMs, q.toMs]);
  }

  async temperatureDays(q: { fridgeIds: readonly string[]; from: string; to: string }): Promise<TempDayRow[]> {
    if (q.fridgeIds.length === 0) return [];
    return this.port.all<TempDayRow>(`SELECT ${TEMP_DAY_COLUMNS.join(', ')} FROM report_temp_day WHERE fridge_id IN (${marks(q.fridgeIds.length)}) AND day >= ? AND day <= ? ORDER BY fridge_id, day`, [...q.fridgeIds, q.from, q.to]);
  }

  async temperatureSlots(q: { fridgeIds: readonly string[]; fromMs: number; toMs: number }): Promise<TempSlotRow[]> {
    if (q.fridgeIds.length === 0) return [];
    return this.port.all<TempSlotRow>(`SELECT ${SLOT_COLUMNS.join(', ')} FROM report_temp_slot WHERE fridge_id IN (${marks(q.fridgeIds.length)}) AND slot >= ? AND slot < ? ORDER BY fridge_id, slot`, [...q.fridgeIds, q.fromMs, q.toMs]);
  }

  async excursions(q: { fridgeIds: readonly string[]; fromMs: number; toMs: number }): Promise<ExcursionRow[]> {
    if (q.fridgeIds.length === 0) return [];
    return this.port.all<ExcursionRow>(
      `SELECT ${EXCURSION_COLUMNS.join(', ')} FROM report_excursion WHERE fridge_id IN (${marks(q.fridgeIds.length)}) AND started_at < ? AND (ended_at IS NULL OR ended_at > ?) ORDER BY fridge_id, started_at`,
      [...q.fridgeIds, q.toMs, q.fromMs],
    );
  }

  async districtZones(): Promise<Map<string, string>> {
    return new Map((await this.port.all<{ district: string; time_zone: string }>('SELECT district, time_zone FROM district_zones')).map((r) => [r.district, r.time_zone]));
  }

  async setDistrictZone(district: string, zone: string, now: number): Promise<void> {
    await this.port.transaction([['INSERT INTO district_zones (district, time_zone, updated_at) VALUES (?, ?, ?) ON CONFLICT (district) DO UPDATE SET time_zone = excluded.time_zone, updated_at = excluded.updated_at', [district, zone, now]]]);
  }

  async parLevels(fridgeIds: readonly string[]): Promise<Map<string, Map<string, number>>> {
    const out = new Map<string, Map<string, number>>();
    if (fridgeIds.length === 0) return out;
    for (const r of await this.port.all<{ fridge_id: string; gtin: string; par: number }>(`SELECT fridge_id, gtin, par FROM par_levels WHERE fridge_id IN (${marks(fridgeIds.length)})`, fridgeIds)) {
      let m = out.get(r.fridge_id);
      if (m === undefined) out.set(r.fridge_id, (m = new Map()));
      m.set(r.gtin, r.par);
    }
    return out;
  }

  async setParLevel(fridgeId: string, gtin: string, par: number | null, now: number): Promise<void> {
    await this.port.transaction([
      par === null
        ? ['DELETE FROM par_levels WHERE fridge_id = ? AND gtin = ?', [fridgeId, gtin]]
        : ['INSERT INTO par_levels (fridge_id, gtin, par, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (fridge_id, gtin) DO UPDATE SET par = excluded.par, updated_at = excluded.updated_at', [fridgeId, gtin, par, now]],
    ]);
  }
}

/** `?` placeholders as PostgreSQL's `$1, $2, ...` (no statement here has a literal `?`). */
export function pgPlaceholders(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

export type { DayRow, DistrictDayRow, ExcursionRow, HourRow, TempDayRow, TempSlotRow };
