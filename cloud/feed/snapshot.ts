import type { FridgeState, Snapshot } from '../../proto/feed.js';
import type { CloudStore, StockRow } from '../store/cloud-store.js';
import { districtsOf, fridgesInScope, type Scope } from './scope.js';

/**
 * The stock a scope covers, from the projections, and the store position it reflects. All
 * reads are synchronous (better-sqlite3), so nothing commits in between.
 */
export function buildSnapshot(store: CloudStore, scope: Scope, epoch: string): { position: number; snapshot: Snapshot } {
  const position = store.lastPosition();
  const fridges = fridgesInScope(scope, store.listFridges());
  let stockOf: (fridgeId: string) => StockRow[] = (id) => store.stockOf(id);
  if (scope.all) {
    // One query for the whole fleet rather than one per fridge.
    const byFridge = new Map<string, StockRow[]>();
    for (const row of store.allStock()) {
      const rows = byFridge.get(row.fridgeId) ?? [];
      rows.push(row);
      byFridge.set(row.fridgeId, rows);
    }
    stockOf = (id) => byFridge.get(id) ?? [];
  }
  const states: FridgeState[] = fridges.map((f) => {
    const status = store.statusOf(f.id);
    return {
      fridgeId: f.id,
      district: f.district,
      name: f.name,
      lat: f.lat,
      lon: f.lon,
      online: status?.online ?? false,
      stale: status?.stale ?? true,
      stock: stockOf(f.id).map((s) => ({ gtin: s.gtin, onHand: s.onHand, reserved: s.reserved, available: s.available })),
    };
  });
  return { position, snapshot: { cursor: { epoch, position }, fridges: states, districts: districtsOf(scope, fridges) } };
}
