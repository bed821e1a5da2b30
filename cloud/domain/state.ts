// The district state and `evolve`. Everything here is derived from domain events alone.
// Convention that makes the decider's copy-on-write draft safe: evolve mutates only the
// DistrictState / FridgeState objects and their Maps, and never an object stored inside a
// Map (items, counts, sensors, reservations are replaced, not edited).
import type { DomainEvent, PersonalOrder, WithdrawalReason } from './events.js';
import { OverlayMap } from './overlay-map.js';

export interface Item {
  readonly epc: string;
  readonly gtin: string;
  readonly bestBeforeMs?: number;
  readonly personal?: PersonalOrder;
  readonly withdrawn?: WithdrawalReason;
  /** MealNearingExpiry was emitted for it (once per meal). */
  readonly nearing?: true;
}

/** Per (fridge, gtin): items by bucket, plus the quantity reserved. Kept incrementally by evolve. */
export interface Counts {
  readonly onHand: number; // present, sellable: not personal, not withdrawn
  readonly personal: number; // present, personal, not withdrawn
  readonly withdrawn: number; // present, withdrawn (personal or not)
  readonly reserved: number;
}

export interface SensorAbove {
  readonly sinceMs: number;
  readonly maxDeciCelsius: number;
}

export interface Excursion {
  readonly sinceMs: number;
  readonly maxDeciCelsius: number;
}

export interface FridgeState {
  readonly fridgeId: string;
  epoch: string | undefined;
  online: boolean;
  needsReconciliation: boolean;
  lastSnapshotAt: number | undefined;
  items: Map<string, Item>;
  counts: Map<string, Counts>;
  /** Unregistered tags already reported (UnknownTagSeen once per epc per fridge). */
  unknownTags: Set<string>;
  /** Sensors currently reading above the safe temperature. */
  sensorsAbove: Map<number, SensorAbove>;
  /** Temperature sensors that have reported (bounded by CARDINALITY in fridge-events.ts). */
  sensors: Set<number>;
  /** An excursion raised and not yet cleared by an operator. */
  excursion: Excursion | undefined;
  /** Unlocks requested from the app and not yet reported by the fridge: command id -> user. */
  unlockRequests: Map<string, string>;
  /** The user whose unlock opened the current door session, if any. */
  opener: string | undefined;
}

export interface Reservation {
  readonly reservationId: string;
  readonly fridgeId: string;
  readonly gtin: string;
  readonly userId: string;
  /** Quantity still held. */
  readonly quantity: number;
  readonly expiresAtMs: number;
  readonly reservedAt: number;
}

export interface DistrictState {
  readonly district: string;
  catalogVersion: number;
  fridges: Map<string, FridgeState>;
  /** Active reservations, in the order they were taken (oldest first). */
  reservations: Map<string, Reservation>;
  /**
   * Which fridge holds each tag present in the district (a tag is in one fridge at most,
   * issue 11 item 3): found by key, not by looking through every fridge of the district.
   */
  holders: Map<string, string>;
}

export function initialDistrictState(district: string): DistrictState {
  return { district, catalogVersion: 0, fridges: new Map(), reservations: new Map(), holders: new Map() };
}

export function newFridgeState(fridgeId: string): FridgeState {
  return {
    fridgeId,
    epoch: undefined,
    online: false,
    needsReconciliation: false,
    lastSnapshotAt: undefined,
    items: new Map(),
    counts: new Map(),
    unknownTags: new Set(),
    sensorsAbove: new Map(),
    sensors: new Set(),
    excursion: undefined,
    unlockRequests: new Map(),
    opener: undefined,
  };
}

/** A copy that evolve can change without touching the original (see the convention above). */
export function cloneFridgeState(f: FridgeState): FridgeState {
  return {
    ...f,
    items: new Map(f.items),
    counts: new Map(f.counts),
    unknownTags: new Set(f.unknownTags),
    sensorsAbove: new Map(f.sensorsAbove),
    sensors: new Set(f.sensors),
    unlockRequests: new Map(f.unlockRequests),
  };
}

export const ZERO_COUNTS: Counts = { onHand: 0, personal: 0, withdrawn: 0, reserved: 0 };

export function countsOf(f: FridgeState | undefined, gtin: string): Counts {
  return f?.counts.get(gtin) ?? ZERO_COUNTS;
}

/** DESIGN.md: available = on_hand − reserved, never below zero. */
export function availableOf(c: Counts): number {
  return Math.max(0, c.onHand - c.reserved);
}

type Bucket = 'onHand' | 'personal' | 'withdrawn';

export function bucketOf(item: Item): Bucket {
  if (item.withdrawn !== undefined) return 'withdrawn';
  return item.personal ? 'personal' : 'onHand';
}

function adjust(f: FridgeState, gtin: string, field: keyof Counts, by: number): void {
  const c = countsOf(f, gtin);
  const next = { ...c, [field]: c[field] + by };
  if (next[field] < 0) throw new Error(`counts of ${f.fridgeId}/${gtin}: ${field} would be ${next[field]}`);
  if (next.onHand === 0 && next.personal === 0 && next.withdrawn === 0 && next.reserved === 0) f.counts.delete(gtin);
  else f.counts.set(gtin, next);
}

/** The fridge, to be changed: created if new, copied first if a fork still reads it (forkState). */
function fridge(state: DistrictState, fridgeId: string): FridgeState {
  let f = state.fridges.get(fridgeId);
  if (!f) {
    f = newFridgeState(fridgeId);
    state.fridges.set(fridgeId, f);
  } else if (forks.get(state)?.fridges.get(fridgeId) === f) {
    f = cloneFridgeState(f);
    state.fridges.set(fridgeId, f);
  }
  return f;
}

/** The reservations, to be changed: copied first if a fork still reads them. */
function reservations(state: DistrictState): Map<string, Reservation> {
  if (forks.get(state)?.reservations === state.reservations) state.reservations = new Map(state.reservations);
  return state.reservations;
}

/** What a fork of a state reads: the state's maps as they were when it was taken. */
interface Fork {
  readonly fridges: ReadonlyMap<string, FridgeState>;
  readonly reservations: ReadonlyMap<string, Reservation>;
}

const forks = new WeakMap<DistrictState, Fork>();

/**
 * A copy of the state as it is now, that evolve does not change while the state moves on, made
 * in constant time (a district snapshot is written from it over many turns of the event loop,
 * while the district's commands go on). Until `join`, the state's fridge and holder maps are
 * copy-on-write views of the fork's, and evolve copies a fridge (or the reservations) the fork
 * still reads before changing it; `join` (when the fork is no longer read) writes what changed
 * into the maps, in the order it happened, and the state is a plain one again. One fork of a
 * state at a time.
 */
export function forkState(s: DistrictState): { frozen: DistrictState; join: () => void } {
  if (forks.has(s)) throw new Error(`district ${s.district} is forked already`);
  const frozen: DistrictState = { district: s.district, catalogVersion: s.catalogVersion, fridges: s.fridges, reservations: s.reservations, holders: s.holders };
  const fridges = new OverlayMap(frozen.fridges, true);
  const holders = new OverlayMap(frozen.holders, true);
  s.fridges = fridges;
  s.holders = holders;
  forks.set(s, frozen);
  let joined = false;
  return {
    frozen,
    join: () => {
      if (joined) return;
      joined = true;
      forks.delete(s);
      fridges.replayOnto(frozen.fridges);
      holders.replayOnto(frozen.holders);
      s.fridges = frozen.fridges;
      s.holders = frozen.holders;
    },
  };
}

function putItem(f: FridgeState, item: Item): void {
  const old = f.items.get(item.epc);
  if (old) adjust(f, old.gtin, bucketOf(old), -1);
  f.items.set(item.epc, item);
  adjust(f, item.gtin, bucketOf(item), +1);
}

function dropItem(f: FridgeState, epc: string): void {
  const old = f.items.get(epc);
  if (!old) return;
  adjust(f, old.gtin, bucketOf(old), -1);
  f.items.delete(epc);
}

function release(state: DistrictState, reservationId: string, quantity: number): void {
  const r = state.reservations.get(reservationId);
  if (!r) throw new Error(`reservation ${reservationId} is not active`);
  if (quantity > r.quantity) throw new Error(`reservation ${reservationId}: releasing ${quantity} of ${r.quantity}`);
  adjust(fridge(state, r.fridgeId), r.gtin, 'reserved', -quantity);
  if (quantity === r.quantity) reservations(state).delete(reservationId);
  else reservations(state).set(reservationId, { ...r, quantity: r.quantity - quantity });
}

/**
 * Applies one event. Mutates `state` and returns it (the caller folds with it); deterministic,
 * and reads nothing but the state and the event.
 */
export function evolve(state: DistrictState, event: DomainEvent): DistrictState {
  if (event.district !== state.district) {
    throw new Error(`event of district ${event.district} applied to district ${state.district}`);
  }
  switch (event.type) {
    case 'FridgeInventoryChanged': {
      const f = fridge(state, event.fridgeId);
      for (const r of event.removed) {
        dropItem(f, r.epc);
        if (state.holders.get(r.epc) === f.fridgeId) state.holders.delete(r.epc);
      }
      for (const a of event.added) {
        const item: Item = {
          epc: a.epc,
          gtin: a.gtin,
          ...(a.bestBeforeMs !== undefined ? { bestBeforeMs: a.bestBeforeMs } : {}),
          ...(a.personal ? { personal: { orderId: a.personal.orderId, userId: a.personal.userId } } : {}),
        };
        putItem(f, item);
        state.holders.set(a.epc, f.fridgeId);
      }
      if (event.cause === 'snapshot') {
        f.needsReconciliation = false;
        f.lastSnapshotAt = event.at;
      }
      return state;
    }
    case 'MealsWithdrawn': {
      const f = fridge(state, event.fridgeId);
      for (const epc of event.epcs) {
        const item = f.items.get(epc);
        if (item) putItem(f, { ...item, withdrawn: event.reason });
      }
      return state;
    }
    case 'MealsReinstated': {
      const f = fridge(state, event.fridgeId);
      for (const epc of event.epcs) {
        const item = f.items.get(epc);
        if (item?.withdrawn !== undefined) {
          const { withdrawn: _w, ...rest } = item;
          putItem(f, rest);
        }
      }
      return state;
    }
    case 'MealNearingExpiry': {
      const f = fridge(state, event.fridgeId);
      const item = f.items.get(event.epc);
      if (item) putItem(f, { ...item, nearing: true });
      return state;
    }
    case 'UnknownTagSeen':
      fridge(state, event.fridgeId).unknownTags.add(event.epc);
      return state;
    case 'FridgeOnline': {
      const f = fridge(state, event.fridgeId);
      f.online = true;
      f.epoch = event.epoch;
      return state;
    }
    case 'FridgeOffline':
      fridge(state, event.fridgeId).online = false;
      return state;
    case 'ReconciliationRequested': {
      const f = fridge(state, event.fridgeId);
      f.needsReconciliation = true;
      if (event.epoch !== undefined) f.epoch = event.epoch;
      return state;
    }
    case 'TemperatureAboveSafe':
      fridge(state, event.fridgeId).sensorsAbove.set(event.sensor, {
        sinceMs: event.sinceMs,
        maxDeciCelsius: event.maxDeciCelsius,
      });
      return state;
    case 'TemperatureBackToSafe':
      fridge(state, event.fridgeId).sensorsAbove.delete(event.sensor);
      return state;
    case 'TemperatureExcursion':
      fridge(state, event.fridgeId).excursion = event.cleared
        ? undefined
        : { sinceMs: event.sinceMs, maxDeciCelsius: event.maxDeciCelsius };
      return state;
    case 'MealStockReserved':
      if (state.reservations.has(event.reservationId)) {
        throw new Error(`reservation ${event.reservationId} taken twice`);
      }
      reservations(state).set(event.reservationId, {
        reservationId: event.reservationId,
        fridgeId: event.fridgeId,
        gtin: event.gtin,
        userId: event.userId,
        quantity: event.quantity,
        expiresAtMs: event.expiresAtMs,
        reservedAt: event.at,
      });
      adjust(fridge(state, event.fridgeId), event.gtin, 'reserved', event.quantity);
      return state;
    case 'MealStockCanceled':
    case 'ReservationFulfilled':
      release(state, event.reservationId, event.quantity);
      return state;
    case 'DoorUnlockRequested': {
      const f = fridge(state, event.fridgeId);
      f.unlockRequests.set(event.commandId, event.userId);
      // Only the latest few matter: an unlock the fridge never reported is forgotten.
      if (f.unlockRequests.size > 20) f.unlockRequests.delete(f.unlockRequests.keys().next().value as string);
      return state;
    }
    case 'DoorOpenedBy': {
      const f = fridge(state, event.fridgeId);
      f.unlockRequests.delete(event.commandId);
      f.opener = event.userId;
      return state;
    }
    case 'DoorSessionEnded':
      fridge(state, event.fridgeId).opener = undefined;
      return state;
    case 'CatalogUpdated':
      state.catalogVersion = event.version;
      return state;
    // Notifications and reports: nothing in the state depends on them.
    case 'MealStockUpdated':
    case 'OrderDispatched':
    case 'OrderPlacedInFridge':
    case 'OrderAvailableForPicking':
    case 'OrderPickedUp':
    case 'StockDiscrepancy':
      return state;
    case 'TemperatureRecorded':
      // A fridge known only by its readings stays unknown.
      if (state.fridges.get(event.fridgeId)?.sensors.has(event.sensor) === false) fridge(state, event.fridgeId).sensors.add(event.sensor);
      return state;
    default: {
      const unhandled: never = event;
      throw new Error(`unhandled domain event ${JSON.stringify(unhandled)}`);
    }
  }
}
