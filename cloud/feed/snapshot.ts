import type { FridgeState, Snapshot } from '../../proto/feed.js';
import type { ReadModel, RegistryReader, StockRow } from '../store/index.js';
import { districtsOf, fridgesInScope, type Scope } from './scope.js';

/**
 * The stock (and presence and temperatures) a scope covers, from the projections, and the
 * store position it reflects, read in one transaction.
 */
export async function buildSnapshot(stores: { registry: RegistryReader; readModel: ReadModel }, scope: Scope, epoch: string): Promise<{ position: number; snapshot: Snapshot }> {
  const registry = await stores.registry.listFridges();
  const fridges = fridgesInScope(scope, registry);
  const snap = await stores.readModel.stockSnapshot(scope.all ? undefined : fridges.map((f) => f.id));
  const byFridge = new Map<string, StockRow[]>();
  for (const row of snap.stock) {
    const rows = byFridge.get(row.fridgeId) ?? [];
    rows.push(row);
    byFridge.set(row.fridgeId, rows);
  }
  // The registry as the transaction saw it (a fridge registered since has no stock yet).
  const known = new Set(snap.fridges.map((f) => f.id));
  const states: FridgeState[] = fridges.filter((f) => known.has(f.id)).map((f) => {
    const status = snap.status.get(f.id);
    return {
      fridgeId: f.id,
      district: f.district,
      name: f.name,
      lat: f.lat,
      lon: f.lon,
      online: status?.online ?? false,
      stale: status?.stale ?? true,
      stock: (byFridge.get(f.id) ?? []).map((s) => ({ gtin: s.gtin, onHand: s.onHand, reserved: s.reserved, available: s.available })),
      temperatures: (snap.temperatures.get(f.id) ?? []).map((t) => ({ sensor: t.sensor, deciCelsius: t.deciCelsius, atMs: t.at })),
    };
  });
  return { position: snap.position, snapshot: { cursor: { epoch, position: snap.position }, fridges: states, districts: districtsOf(scope, fridges) } };
}
