// Plausible fridge events for load, shaped like what an edge agent records: mostly
// temperature samples, a door session now and then, an occasional full snapshot. Pure given
// the rng and the time.
import { SnapshotReason, type FridgeEvent } from '../../proto/index.js';
import type { Rng } from '../support/prng.js';
import { mealEpc } from '../world/sgtin96.js';
import type { MealSpec } from '../scenario/index.js';

export interface FleetStock {
  meals: readonly MealSpec[];
  /** Raw 12-byte EPCs currently believed present. */
  tags: Uint8Array[];
  nextSerial: bigint;
}

export function newStock(rng: Rng, meals: readonly MealSpec[], count: number): FleetStock {
  const stock: FleetStock = { meals, tags: [], nextSerial: BigInt(rng.int(1, 2 ** 30)) };
  for (let i = 0; i < count; i++) stock.tags.push(newTag(rng, stock));
  return stock;
}

function newTag(rng: Rng, stock: FleetStock): Uint8Array {
  const meal = rng.pick(stock.meals);
  const epc = mealEpc(meal.gtin, meal.companyPrefixLength, stock.nextSerial++);
  return Uint8Array.from(Buffer.from(epc, 'hex'));
}

export function nextEvent(rng: Rng, stock: FleetStock, seq: number, atMs: number): FridgeEvent {
  const roll = rng.next();
  if (roll < 0.03) {
    return {
      seq, recordedAtMs: atMs,
      snapshot: { reason: SnapshotReason.PERIODIC, tags: [...stock.tags], shelves: [1, 2, 3, 4].map((shelf) => ({ shelf, grams: rng.int(2000, 8000), stable: true })) },
    };
  }
  if (roll < 0.25) {
    const removed: Uint8Array[] = [];
    const n = Math.min(stock.tags.length, rng.int(0, 2));
    for (let i = 0; i < n; i++) removed.push(...stock.tags.splice(rng.int(0, stock.tags.length - 1), 1));
    const added: Uint8Array[] = [];
    if (stock.tags.length < 10 || rng.chance(0.05)) {
      for (let i = 0; i < 12; i++) added.push(newTag(rng, stock));
      stock.tags.push(...added);
    }
    const delta = -removed.length * 420;
    return {
      seq, recordedAtMs: atMs,
      doorSession: {
        openedAtMs: atMs - rng.int(8_000, 40_000), closedAtMs: atMs - 2_500, openCount: 1, removed, added,
        shelves: [{ shelf: 1, beforeG: 5000, afterG: 5000 + delta, deltaG: delta, stable: true }],
        rounds: 1, tagCount: stock.tags.length,
      },
    };
  }
  return { seq, recordedAtMs: atMs, temperature: { sensor: 1, deciCelsius: Math.round(rng.normal(38, 3)) } };
}
