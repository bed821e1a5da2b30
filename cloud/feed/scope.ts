// What a subscription covers and how a stored domain event looks on the feed. Pure: the
// fridge registry comes in as an argument.
import { distance } from 'geokdbush';
import type { Cursor, FeedEvent } from '../../proto/feed.js';
import type { DomainEvent } from '../domain/index.js';
import type { FridgeRecord, StoredEvent } from '../store/index.js';
import type { AreaRequest } from './protocol.js';

/**
 * A resolved subscription: every district (admin), these districts, and the fridges of the
 * areas (resolved when subscribing; a district-wide event reaches an area subscription when
 * the district has one of its fridges).
 */
export interface Scope {
  all: boolean;
  districts: ReadonlySet<string>;
  fridges: ReadonlySet<string>;
  areaDistricts: ReadonlySet<string>;
  /** user ids in reservation events: admin subscriptions only. */
  admin: boolean;
  /**
   * Equal for two subscriptions that see the same events the same way (issue 13 item 2: a
   * commit's frame is built once per scope and encoding, and written to every socket of it).
   */
  key: string;
}

/** The key of a scope: its audience and what it covers, in a canonical order. */
export function scopeKey(s: Omit<Scope, 'key'>): string {
  const list = (set: ReadonlySet<string>): string => [...set].sort().join(',');
  return s.all ? `${s.admin ? 'a' : 'p'}|*` : `${s.admin ? 'a' : 'p'}|d:${list(s.districts)}|f:${list(s.fridges)}|c:${list(s.areaDistricts)}`;
}

/** The districts whose events a scope can see (undefined: every district). */
export function scopeDistricts(s: Scope): ReadonlySet<string> | undefined {
  return s.all ? undefined : new Set([...s.districts, ...s.areaDistricts]);
}

export function resolveScope(req: { districts: readonly string[]; areas: readonly AreaRequest[]; allDistricts: boolean }, admin: boolean, registry: readonly FridgeRecord[]): Scope {
  const fridges = new Set<string>();
  const areaDistricts = new Set<string>();
  for (const area of req.areas) {
    for (const f of registry) {
      // geokdbush: great-circle distance in km, (lon, lat) order.
      if (distance(area.lon, area.lat, f.lon, f.lat) * 1000 <= area.radiusM) {
        fridges.add(f.id);
        areaDistricts.add(f.district);
      }
    }
  }
  const scope = { all: req.allDistricts, districts: new Set(req.districts), fridges, areaDistricts, admin };
  return { ...scope, key: scopeKey(scope) };
}

export function inScope(scope: Scope, e: DomainEvent): boolean {
  if (scope.all || scope.districts.has(e.district)) return true;
  return e.type === 'CatalogUpdated' ? scope.areaDistricts.has(e.district) : scope.fridges.has(e.fridgeId);
}

/** The fridges a snapshot shows. */
export function fridgesInScope(scope: Scope, registry: readonly FridgeRecord[]): FridgeRecord[] {
  return registry.filter((f) => scope.all || scope.districts.has(f.district) || scope.fridges.has(f.id));
}

/** The districts a snapshot names. */
export function districtsOf(scope: Scope, fridges: readonly FridgeRecord[]): string[] {
  return [...new Set([...scope.districts, ...scope.areaDistricts, ...fridges.map((f) => f.district)])].sort();
}

/**
 * A stored domain event as a feed Event, or undefined when the feed does not carry its type
 * (item-level facts, orders, temperature incidents: other services read them from /v1/events).
 */
export function toFeedEvent(stored: StoredEvent, epoch: string, admin: boolean): FeedEvent | undefined {
  const e = stored.event;
  const cursor: Cursor = { epoch, position: stored.position };
  const head = { cursor, district: e.district, occurredAtMs: e.at };
  switch (e.type) {
    case 'MealStockUpdated':
      return { ...head, fridgeId: e.fridgeId, stockUpdated: { gtin: e.gtin, reason: e.reason, onHand: e.onHand, reserved: e.reserved, available: e.available, delta: e.delta } };
    case 'MealStockReserved':
      return { ...head, fridgeId: e.fridgeId, stockReserved: { reservationId: e.reservationId, gtin: e.gtin, quantity: e.quantity, expiresAtMs: e.expiresAtMs, ...(admin ? { userId: e.userId } : {}) } };
    case 'MealStockCanceled':
      return { ...head, fridgeId: e.fridgeId, stockCanceled: { reservationId: e.reservationId, gtin: e.gtin, quantity: e.quantity, reason: e.reason, ...(admin ? { userId: e.userId } : {}) } };
    case 'CatalogUpdated':
      // A district's event: no fridge, written as the empty string (docs/feed.md: every field).
      return { ...head, fridgeId: '', catalogUpdated: { catalogId: e.catalogId, version: e.version } };
    case 'FridgeOnline':
      return { ...head, fridgeId: e.fridgeId, fridgeOnline: {} };
    case 'FridgeOffline':
      return { ...head, fridgeId: e.fridgeId, fridgeOffline: { clean: e.clean } };
    case 'TemperatureRecorded':
      return { ...head, fridgeId: e.fridgeId, temperatureRecorded: { sensor: e.sensor, deciCelsius: e.deciCelsius } };
    case 'MealNearingExpiry':
      return { ...head, fridgeId: e.fridgeId, mealNearingExpiry: { epc: e.epc, gtin: e.gtin, bestBeforeMs: e.bestBeforeMs } };
    case 'FridgeInventoryChanged':
    case 'OrderDispatched':
    case 'OrderPlacedInFridge':
    case 'OrderAvailableForPicking':
    case 'OrderPickedUp':
    case 'UnknownTagSeen':
    case 'StockDiscrepancy':
    case 'TemperatureAboveSafe':
    case 'TemperatureBackToSafe':
    case 'TemperatureExcursion':
    case 'MealsWithdrawn':
    case 'MealsReinstated':
    case 'ReconciliationRequested':
    case 'ReservationFulfilled':
    case 'DoorUnlockRequested':
    case 'DoorOpenedBy':
    case 'DoorSessionEnded':
      return undefined;
    default: {
      const never: never = e;
      throw new Error(`unhandled domain event ${JSON.stringify(never)}`);
    }
  }
}

/** The domain event types the feed carries (toFeedEvent answers for exactly these). */
export const FEED_EVENT_TYPES: ReadonlySet<DomainEvent['type']> = new Set([
  'MealStockUpdated',
  'MealStockReserved',
  'MealStockCanceled',
  'CatalogUpdated',
  'FridgeOnline',
  'FridgeOffline',
  'TemperatureRecorded',
  'MealNearingExpiry',
]);
