// What a shopper does with the door open, decided up front from the stock and the rng, so
// that the session itself is only timing. Pure: no clock, no I/O.
import type { Rng } from '../support/prng.js';
import type { ItemView } from './ground-truth.js';

export interface ShopperPlan {
  take: string[];
  /** One of `take` that goes back into the fridge before the door closes. */
  putBack?: string;
  leaveOpen: boolean;
}

export interface ShopperChoice {
  twoMealsShare: number;
  putBackShare: number;
  doorLeftOpen: number;
}

/** Meals anyone may buy: not a subscriber's personal meal, not reserved for someone. */
export function sellable(items: Iterable<ItemView>): ItemView[] {
  return [...items].filter((i) => i.personalFor === undefined && i.reservedFor === undefined);
}

export function planShopper(rng: Rng, items: Iterable<ItemView>, c: ShopperChoice): ShopperPlan {
  const pool = sellable(items);
  const want = rng.chance(c.twoMealsShare) ? 2 : 1;
  const take: string[] = [];
  for (let i = 0; i < want && pool.length > 0; i++) {
    const idx = rng.int(0, pool.length - 1);
    const [item] = pool.splice(idx, 1);
    if (item !== undefined) take.push(item.epc);
  }
  const putBack = take.length > 0 && rng.chance(c.putBackShare) ? rng.pick(take) : undefined;
  const leaveOpen = rng.chance(c.doorLeftOpen);
  return { take, ...(putBack !== undefined ? { putBack } : {}), leaveOpen };
}

/** Resolves what a test asked a shopper to take: EPCs as given, a GTIN as one sellable meal of it. */
export function resolveTake(requested: readonly string[], items: ReadonlyMap<string, ItemView>, rng: Rng): { ok: true; epcs: string[] } | { ok: false; reason: string } {
  const epcs: string[] = [];
  for (const r of requested) {
    const key = r.toUpperCase();
    if (items.has(key)) {
      if (epcs.includes(key)) return { ok: false, reason: `EPC ${key} requested twice` };
      epcs.push(key);
      continue;
    }
    const candidates = sellable(items.values()).filter((i) => i.gtin === r && !epcs.includes(i.epc));
    if (candidates.length === 0) return { ok: false, reason: `no meal ${r} in this fridge` };
    epcs.push(rng.pick(candidates).epc);
  }
  return { ok: true, epcs };
}
