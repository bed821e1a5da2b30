import type { DomainEvent } from '../domain/index.js';

/**
 * One row written by a projection: inserted, or on a key conflict the `update` columns set
 * from it. Projections say what to write; each store adapter turns that into its own SQL,
 * inside the transaction that commits the events.
 */
export interface Upsert {
  table: ProjectionTable;
  key: readonly string[];
  row: Readonly<Record<string, string | number | null>>;
  /** Columns set on conflict (all non-key columns if omitted). */
  update?: readonly string[];
}

export type ProjectionTable = 'stock' | 'fridge_status' | 'catalog' | 'fridge_temperature';

/**
 * A projection declares the events it handles and the rows each one writes (emmett style).
 * The runner applies them inside the ingest's transaction; `fridge-cloud rebuild` drops the
 * tables and applies every stored event again.
 */
export interface Projection {
  name: ProjectionTable;
  handles: ReadonlySet<DomainEvent['type']>;
  apply(event: DomainEvent): Upsert[];
}

export const stockProjection: Projection = {
  name: 'stock',
  handles: new Set(['MealStockUpdated']),
  apply(e) {
    if (e.type !== 'MealStockUpdated') return [];
    return [{ table: 'stock', key: ['fridge_id', 'gtin'], row: { fridge_id: e.fridgeId, gtin: e.gtin, on_hand: e.onHand, reserved: e.reserved, available: e.available } }];
  },
};

export const fridgeStatusProjection: Projection = {
  name: 'fridge_status',
  handles: new Set(['FridgeOnline', 'FridgeOffline']),
  apply(e) {
    if (e.type === 'FridgeOnline') {
      return [{ table: 'fridge_status', key: ['fridge_id'], row: { fridge_id: e.fridgeId, online: 1, stale: 0, epoch: e.epoch, changed_at: e.at } }];
    }
    if (e.type === 'FridgeOffline') {
      // DESIGN.md property 7: clients see a fridge's stock as stale while it is offline.
      return [{ table: 'fridge_status', key: ['fridge_id'], row: { fridge_id: e.fridgeId, online: 0, stale: 1, epoch: null, changed_at: e.at }, update: ['online', 'stale', 'changed_at'] }];
    }
    return [];
  },
};

export const catalogProjection: Projection = {
  name: 'catalog',
  handles: new Set(['CatalogUpdated']),
  apply(e) {
    if (e.type !== 'CatalogUpdated') return [];
    return [{ table: 'catalog', key: ['district'], row: { district: e.district, version: e.version, changed_at: e.at } }];
  },
};

/** The latest reading per (fridge, sensor): the last TemperatureRecorded in store order wins. */
export const fridgeTemperatureProjection: Projection = {
  name: 'fridge_temperature',
  handles: new Set(['TemperatureRecorded']),
  apply(e) {
    if (e.type !== 'TemperatureRecorded') return [];
    return [{ table: 'fridge_temperature', key: ['fridge_id', 'sensor'], row: { fridge_id: e.fridgeId, sensor: e.sensor, deci_celsius: e.deciCelsius, at: e.at } }];
  },
};

export const PROJECTIONS: readonly Projection[] = [stockProjection, fridgeStatusProjection, catalogProjection, fridgeTemperatureProjection];

/** The rows that `events` write, in order. */
export function projectionWrites(events: readonly DomainEvent[], projections: readonly Projection[] = PROJECTIONS): Upsert[] {
  const out: Upsert[] = [];
  for (const e of events) for (const p of projections) if (p.handles.has(e.type)) out.push(...p.apply(e));
  return coalesce(out);
}

const rowKey = (u: Upsert): string => JSON.stringify([u.table, ...u.key.map((k) => u.row[k] ?? null)]);

/**
 * One statement per row rather than per event: a write is left out when a later one of the
 * same row sets every column (a full-row upsert), since that one decides the row alone. A
 * batch of 100 events carries dozens of temperature readings of a few sensors, and several
 * stock changes of one meal. Order is kept; partial writes (`update` given) are never merged.
 */
export function coalesce(writes: readonly Upsert[]): Upsert[] {
  const lastFull = new Map<string, number>();
  writes.forEach((u, i) => {
    if (u.update === undefined) lastFull.set(rowKey(u), i);
  });
  return writes.filter((u, i) => (lastFull.get(rowKey(u)) ?? -1) <= i);
}

/**
 * The SQL of an upsert, the same in SQLite and PostgreSQL but for the placeholders
 * (`?` or `$n`). Column names come from the projections above, never from input.
 */
export function upsertSql(u: Upsert, placeholder: (i: number) => string): string {
  const cols = Object.keys(u.row);
  const update = u.update ?? cols.filter((c) => !u.key.includes(c));
  return `INSERT INTO ${u.table} (${cols.join(', ')}) VALUES (${cols.map((_, i) => placeholder(i + 1)).join(', ')}) ON CONFLICT (${u.key.join(', ')}) DO UPDATE SET ${update.map((c) => `${c} = excluded.${c}`).join(', ')}`;
}

/**
 * One write per row (table and key) that leaves the row as applying `writes` in order would,
 * whether the row exists or not, so that a whole commit's rows of a table can go in one
 * INSERT ... ON CONFLICT statement (which may not touch a row twice). A full-row write
 * replaces what came before it; a partial write after it sets its columns in that write; two
 * partial writes set the union of their columns, each from the later one that names it, and
 * insert the first one's other columns. First-seen order of rows is kept.
 */
export function mergeRows(writes: readonly Upsert[]): Upsert[] {
  const byRow = new Map<string, Upsert>();
  for (const w of writes) {
    const k = rowKey(w);
    const before = byRow.get(k);
    if (before === undefined || w.update === undefined) {
      byRow.set(k, w);
      continue;
    }
    const row = { ...before.row };
    for (const c of w.update) row[c] = w.row[c] ?? null;
    const update = before.update === undefined ? undefined : Object.keys(row).filter((c) => before.update?.includes(c) === true || w.update?.includes(c) === true);
    byRow.set(k, update === undefined ? { table: w.table, key: w.key, row } : { table: w.table, key: w.key, row, update });
  }
  return [...byRow.values()];
}

/** The key that tells two writes of the same row apart from others (table and key values). */
export const upsertRowKey = rowKey;
