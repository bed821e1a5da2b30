// Read models straight from the district state, for projections, queries and tests.
import { availableOf, type DistrictState, type FridgeState } from './state.js';

export interface StockCounts {
  onHand: number;
  reserved: number;
  available: number;
  personal: number;
  withdrawn: number;
}

export interface FridgeStock {
  fridgeId: string;
  online: boolean;
  /** DESIGN.md property 7: clients see a fridge's stock as stale while it is offline. */
  stale: boolean;
  needsReconciliation: boolean;
  temperatureExcursion: boolean;
  /** By GTIN, only meals with something present or reserved. */
  meals: Record<string, StockCounts>;
}

function fridgeStock(f: FridgeState): FridgeStock {
  const meals: Record<string, StockCounts> = {};
  for (const [gtin, c] of [...f.counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    meals[gtin] = {
      onHand: c.onHand,
      reserved: c.reserved,
      available: availableOf(c),
      personal: c.personal,
      withdrawn: c.withdrawn,
    };
  }
  return {
    fridgeId: f.fridgeId,
    online: f.online,
    stale: !f.online,
    needsReconciliation: f.needsReconciliation,
    temperatureExcursion: f.excursion !== undefined,
    meals,
  };
}

/** Stock per fridge (sorted by fridge id), or of one fridge (an empty list when unknown). */
export function stockView(state: DistrictState, fridgeId?: string): FridgeStock[] {
  if (fridgeId !== undefined) {
    const f = state.fridges.get(fridgeId);
    return f ? [fridgeStock(f)] : [];
  }
  return [...state.fridges.values()].sort((a, b) => (a.fridgeId < b.fridgeId ? -1 : 1)).map(fridgeStock);
}

/** Counts of one meal in one fridge (all zero when absent). */
export function mealStock(state: DistrictState, fridgeId: string, gtin: string): StockCounts {
  const f = state.fridges.get(fridgeId);
  return (f && fridgeStock(f).meals[gtin]) ?? { onHand: 0, reserved: 0, available: 0, personal: 0, withdrawn: 0 };
}

export interface CatalogMeal {
  gtin: string;
  available: number;
  fridges: { fridgeId: string; available: number; stale: boolean }[];
}

export interface CatalogView {
  catalogId: string;
  district: string;
  version: number;
  /** Meals with at least one available somewhere in the district, sorted by GTIN. */
  meals: CatalogMeal[];
}

export function catalogView(state: DistrictState): CatalogView {
  const byGtin = new Map<string, CatalogMeal>();
  for (const f of [...state.fridges.values()].sort((a, b) => (a.fridgeId < b.fridgeId ? -1 : 1))) {
    for (const [gtin, c] of f.counts) {
      const available = availableOf(c);
      if (available === 0) continue;
      const meal = byGtin.get(gtin) ?? { gtin, available: 0, fridges: [] };
      meal.available += available;
      meal.fridges.push({ fridgeId: f.fridgeId, available, stale: !f.online });
      byGtin.set(gtin, meal);
    }
  }
  return {
    catalogId: state.district,
    district: state.district,
    version: state.catalogVersion,
    meals: [...byGtin.values()].sort((a, b) => (a.gtin < b.gtin ? -1 : 1)),
  };
}
