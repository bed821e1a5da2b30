import type Database from 'better-sqlite3';
import type { DomainEvent } from '../domain/index.js';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();
/** Prepared once per connection: projections run for every committed event. */
function stmt(db: Database.Database, sql: string): Database.Statement {
  let m = cache.get(db);
  if (m === undefined) cache.set(db, (m = new Map()));
  let st = m.get(sql);
  if (st === undefined) m.set(sql, (st = db.prepare(sql)));
  return st;
}

/**
 * A projection declares the events it handles and how each changes its tables (emmett style).
 * The runner applies them inside the ingest's transaction; `fridge-cloud rebuild` drops the
 * tables and applies every stored event again.
 */
export interface Projection {
  name: string;
  handles: ReadonlySet<DomainEvent['type']>;
  apply(db: Database.Database, event: DomainEvent): void;
}

export const stockProjection: Projection = {
  name: 'stock',
  handles: new Set(['MealStockUpdated']),
  apply(db, e) {
    if (e.type !== 'MealStockUpdated') return;
    stmt(db, 
      `INSERT INTO stock (fridge_id, gtin, on_hand, reserved, available) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(fridge_id, gtin) DO UPDATE SET on_hand = excluded.on_hand, reserved = excluded.reserved, available = excluded.available`,
    ).run(e.fridgeId, e.gtin, e.onHand, e.reserved, e.available);
  },
};

export const fridgeStatusProjection: Projection = {
  name: 'fridge_status',
  handles: new Set(['FridgeOnline', 'FridgeOffline']),
  apply(db, e) {
    if (e.type === 'FridgeOnline') {
      stmt(db, 
        `INSERT INTO fridge_status (fridge_id, online, stale, epoch, changed_at) VALUES (?, 1, 0, ?, ?)
         ON CONFLICT(fridge_id) DO UPDATE SET online = 1, stale = 0, epoch = excluded.epoch, changed_at = excluded.changed_at`,
      ).run(e.fridgeId, e.epoch, e.at);
    } else if (e.type === 'FridgeOffline') {
      // DESIGN.md property 7: clients see a fridge's stock as stale while it is offline.
      stmt(db, 
        `INSERT INTO fridge_status (fridge_id, online, stale, epoch, changed_at) VALUES (?, 0, 1, NULL, ?)
         ON CONFLICT(fridge_id) DO UPDATE SET online = 0, stale = 1, changed_at = excluded.changed_at`,
      ).run(e.fridgeId, e.at);
    }
  },
};

export const catalogProjection: Projection = {
  name: 'catalog',
  handles: new Set(['CatalogUpdated']),
  apply(db, e) {
    if (e.type !== 'CatalogUpdated') return;
    stmt(db, 
      `INSERT INTO catalog (district, version, changed_at) VALUES (?, ?, ?)
       ON CONFLICT(district) DO UPDATE SET version = excluded.version, changed_at = excluded.changed_at`,
    ).run(e.district, e.version, e.at);
  },
};

export const PROJECTIONS: readonly Projection[] = [stockProjection, fridgeStatusProjection, catalogProjection];

export function applyProjections(db: Database.Database, events: readonly DomainEvent[], projections: readonly Projection[] = PROJECTIONS): void {
  for (const e of events) for (const p of projections) if (p.handles.has(e.type)) p.apply(db, e);
}
