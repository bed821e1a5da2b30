// What the store's contract suites share (registry, event store, read model, operations):
// the fixture each adapter provides, and builders of the records and events they commit.
import { afterEach, expect } from 'vitest';
import type {
  CatalogUpdated,
  FridgeInventoryChanged,
  FridgeOffline,
  FridgeOnline,
  MealStockCanceled,
  MealStockReserved,
  MealStockUpdated,
  TemperatureBackToSafe,
  TemperatureRecorded,
} from '../../../cloud/domain/index.js';
import type { CloudStore, CommitBatch, RawFridgeEvent, StoredEvent } from '../../../cloud/store/store.js';

/** One store to test, on a location of its own. */
export interface StoreFixture {
  store: CloudStore;
  /** Another store on the same file or database (the fixture closes it in cleanup). */
  reopen(): Promise<CloudStore>;
  /** Empties the projection tables behind the store's back (as a lost or corrupt projection). */
  wipeProjections(): Promise<void>;
  /** Closes every store of the fixture and removes the file or database. */
  cleanup(): Promise<void>;
}

// Times are real unix ms (beyond 2^31): a BIGINT that came back as a string would fail toEqual.
export const AT = 1_760_000_000_000;
export const D = 'district-1';

export const online = (fridgeId: string, epoch: string, at = AT, district = D): FridgeOnline => ({ type: 'FridgeOnline', district, fridgeId, epoch, at });
export const offline = (fridgeId: string, at: number, district = D): FridgeOffline => ({ type: 'FridgeOffline', district, fridgeId, clean: false, at });
export const stock = (fridgeId: string, gtin: string, onHand: number, reserved = 0, district = D): MealStockUpdated => ({
  type: 'MealStockUpdated',
  district,
  fridgeId,
  gtin,
  reason: 'restock',
  onHand,
  reserved,
  available: onHand - reserved,
  delta: onHand,
  at: AT,
});
export const catalog = (district: string, version: number): CatalogUpdated => ({ type: 'CatalogUpdated', district, catalogId: `catalog-${district}`, version, at: AT });
export const tick = (fridgeId: string, sensor: number, district = D): TemperatureBackToSafe => ({ type: 'TemperatureBackToSafe', district, fridgeId, sensor, at: AT + sensor });
export const reading = (fridgeId: string, sensor: number, deciCelsius: number, at: number, district = D): TemperatureRecorded => ({ type: 'TemperatureRecorded', district, fridgeId, sensor, deciCelsius, at });
export const inventory = (fridgeId: string): FridgeInventoryChanged => ({
  type: 'FridgeInventoryChanged',
  district: D,
  fridgeId,
  cause: 'door_session',
  added: [
    { epc: '3034257BF7194E4000001A85', gtin: '09506000134352', bestBeforeMs: AT + 86_400_000, reason: 'restock' },
    { epc: '3034257BF7194E4000001A86', gtin: '09506000134352', personal: { orderId: 'o-1', userId: 'u-1' }, reason: 'restock' },
  ],
  removed: [{ epc: '3034257BF7194E4000001A80', gtin: '00012345678905', reason: 'sale' }],
  at: AT,
});
export const reservedBy = (district: string, reservationId: string, userId: string): MealStockReserved => ({
  type: 'MealStockReserved',
  district,
  fridgeId: 'f1',
  reservationId,
  gtin: 'g1',
  userId,
  quantity: 1,
  expiresAtMs: AT + 600_000,
  at: AT,
});
export const canceledBy = (district: string, reservationId: string, userId: string): MealStockCanceled => ({
  type: 'MealStockCanceled',
  district,
  fridgeId: 'f1',
  reservationId,
  gtin: 'g1',
  userId,
  quantity: 1,
  reason: 'by_user',
  at: AT,
});

export const raws = (from: number, to: number): RawFridgeEvent[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ seq: from + i, recordedAt: AT + from + i, payload: Uint8Array.from([from + i, 0, 255, 7]) }));

export const batch = (b: Pick<CommitBatch, 'fridgeId' | 'expected'> & Partial<CommitBatch>): CommitBatch => ({
  district: D,
  epoch: 'e1',
  raw: [],
  events: [],
  committedSeq: 0,
  now: AT,
  ...b,
});

export const fridge = (id: string, district = D) => ({ id, district, name: `Fridge ${id}`, lat: 52.520008, lon: 13.404954, credentialHash: `hash-${id}` });

export const expectAscending = (stored: readonly StoredEvent[]): void => {
  for (let i = 1; i < stored.length; i++) expect(stored[i]!.position).toBeGreaterThan(stored[i - 1]!.position);
  if (stored.length > 0) expect(stored[0]!.position).toBeGreaterThan(0);
};

/** Everything a failed commit must have left alone. */
export async function observable(store: CloudStore, fridgeIds: readonly string[]) {
  return {
    lastPosition: await store.lastPosition(),
    events: await store.eventsAfter(0, 10_000),
    raw: await Promise.all(fridgeIds.map((f) => store.rawEventCount(f))),
    cursors: await Promise.all(fridgeIds.map((f) => store.getCursor(f))),
    stock: await store.allStock(),
    status: await Promise.all(fridgeIds.map((f) => store.statusOf(f))),
    catalog: await store.catalogVersion(D),
    temperatures: (await store.stockSnapshot()).temperatures,
  };
}

/**
 * A fresh store per call, on a location of its own; every store a test opened is cleaned up
 * after it.
 */
export function useFreshStore(open: () => Promise<StoreFixture>): () => Promise<StoreFixture> {
  const fixtures: StoreFixture[] = [];
  afterEach(async () => {
    for (const f of fixtures.splice(0)) await f.cleanup();
  });
  return async () => {
    const f = await open();
    fixtures.push(f);
    return f;
  };
}
