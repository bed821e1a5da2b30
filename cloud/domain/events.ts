// Farmacy Food domain events: what the ACL derives from fridge events and from user and
// operator commands. Plain JSON values (EPCs as 24 upper-case hex digits, times as unix ms)
// so the event store can keep them as they are and the feed can push them unchanged.
// The district state is rebuilt by folding `evolve` over these events alone.

/** Why a (fridge, meal)'s counts changed. `delta` in MealStockUpdated is the change of on_hand. */
export type StockReason =
  | 'sale' // sellable meals left in a door session, no reservation settled
  | 'pickup' // meals left that settled reservations
  | 'restock' // meals arrived in a door session
  | 'reconciliation' // a full snapshot or an audit corrected the stock
  | 'expiry' // meals passed their best-before
  | 'temperature' // withdrawn by, or reinstated after, a temperature excursion
  | 'release' // reservations canceled or expired
  | 'reservation'; // a reservation was taken

export type RemovalReason =
  | 'sale'
  | 'pickup' // a personal meal left, or a meal that settled a reservation
  | 'disposed' // a withdrawn (expired / excursion) non-personal meal was taken out
  | 'reconciliation'; // a snapshot no longer contains it

export type ArrivalReason = 'restock' | 'reconciliation';

export type WithdrawalReason = 'expired' | 'temperature';

export type CancelReason = 'by_user' | 'payment_failed' | 'expired' | 'stock_unavailable';

export type ReconciliationReason = 'new_epoch' | 'first_contact' | 'divergence' | 'lost_events';

export interface PersonalOrder {
  orderId: string;
  userId: string;
}

export interface AddedItem {
  epc: string;
  gtin: string;
  bestBeforeMs?: number;
  personal?: PersonalOrder;
  reason: ArrivalReason;
}

export interface RemovedItem {
  epc: string;
  gtin: string;
  reason: RemovalReason;
  orderId?: string;
}

interface Base {
  district: string;
  /** When it happened: the fridge's recorded time for facts from a fridge event, else the decision time. */
  at: number;
}
interface FridgeBase extends Base {
  fridgeId: string;
}

/** The item-level fact: which tagged meals entered or left a fridge. */
export interface FridgeInventoryChanged extends FridgeBase {
  type: 'FridgeInventoryChanged';
  /** A 'snapshot' change is recorded even when empty: it confirms the stock (and ends a pending reconciliation). */
  cause: 'door_session' | 'snapshot' | 'audit';
  added: AddedItem[];
  removed: RemovedItem[];
}

/** New counts of one meal in one fridge. A notification for projections and the feed; evolve ignores it. */
export interface MealStockUpdated extends FridgeBase {
  type: 'MealStockUpdated';
  gtin: string;
  reason: StockReason;
  onHand: number;
  reserved: number;
  available: number;
  delta: number;
}

export interface CatalogUpdated extends Base {
  type: 'CatalogUpdated';
  catalogId: string;
  version: number;
}

export interface OrderDispatched extends FridgeBase {
  type: 'OrderDispatched';
  orderId: string;
  userId: string;
}

export interface OrderPlacedInFridge extends FridgeBase {
  type: 'OrderPlacedInFridge';
  orderId: string;
  userId: string;
  epc: string;
  gtin: string;
}

export interface OrderAvailableForPicking extends FridgeBase {
  type: 'OrderAvailableForPicking';
  orderId: string;
  userId: string;
  epc: string;
}

export interface OrderPickedUp extends FridgeBase {
  type: 'OrderPickedUp';
  orderId: string;
  userId: string;
  epc: string;
}

/** A user asked to open the fridge from the app; the cloud sent UnlockDoor with this id. */
export interface DoorUnlockRequested extends FridgeBase {
  type: 'DoorUnlockRequested';
  commandId: string;
  userId: string;
}

/** The fridge unlocked for that command: its next door session is this user's. */
export interface DoorOpenedBy extends FridgeBase {
  type: 'DoorOpenedBy';
  commandId: string;
  userId: string;
}

/** The door session that DoorOpenedBy attributed is over. */
export interface DoorSessionEnded extends FridgeBase {
  type: 'DoorSessionEnded';
  userId: string;
}

export interface FridgeOnline extends FridgeBase {
  type: 'FridgeOnline';
  epoch: string;
}

export interface FridgeOffline extends FridgeBase {
  type: 'FridgeOffline';
  clean: boolean;
}

export interface UnknownTagSeen extends FridgeBase {
  type: 'UnknownTagSeen';
  epc: string;
  /** From the EPC itself when it is an SGTIN-96; for reporting only, never counted. */
  gtin?: string;
}

export interface StockDiscrepancy extends FridgeBase {
  type: 'StockDiscrepancy';
  expectedDeltaG: number;
  measuredDeltaG: number;
  detail: string;
}

/**
 * One temperature sample of one sensor, as the edge recorded it (one every --temp-interval-s,
 * or on a 0.5 °C change). A notification for projections and the feed (the fridge's current
 * temperature); evolve ignores it (the decider follows only the sensors above safe).
 */
export interface TemperatureRecorded extends FridgeBase {
  type: 'TemperatureRecorded';
  sensor: number;
  deciCelsius: number;
}

/** One sensor of a fridge read above the safe temperature (onset, or a new maximum). */
export interface TemperatureAboveSafe extends FridgeBase {
  type: 'TemperatureAboveSafe';
  sensor: number;
  sinceMs: number;
  maxDeciCelsius: number;
}

export interface TemperatureBackToSafe extends FridgeBase {
  type: 'TemperatureBackToSafe';
  sensor: number;
}

/** cleared: false when raised (above safe for too long), true when an operator cleared it. */
export interface TemperatureExcursion extends FridgeBase {
  type: 'TemperatureExcursion';
  maxDeciCelsius: number;
  sinceMs: number;
  cleared: boolean;
  /** On a clearing: who cleared it, as the operator said (issue 14 item 3). */
  clearedBy?: string;
}

export interface MealsWithdrawn extends FridgeBase {
  type: 'MealsWithdrawn';
  reason: WithdrawalReason;
  epcs: string[];
}

/**
 * A meal's best-before comes within the configured time (AclConfig.nearingExpiryMs): decided
 * on a Tick, once per meal and fridge stay (one that leaves and comes back, or moves, is
 * announced again), so that a pricing service can mark it down (issue 14 item 4). It
 * stays on sale; at its best-before it is withdrawn as before.
 */
export interface MealNearingExpiry extends FridgeBase {
  type: 'MealNearingExpiry';
  epc: string;
  gtin: string;
  bestBeforeMs: number;
}

export interface MealsReinstated extends FridgeBase {
  type: 'MealsReinstated';
  epcs: string[];
}

export interface ReconciliationRequested extends FridgeBase {
  type: 'ReconciliationRequested';
  reason: ReconciliationReason;
  epoch?: string;
}

export interface MealStockReserved extends FridgeBase {
  type: 'MealStockReserved';
  reservationId: string;
  gtin: string;
  userId: string;
  quantity: number;
  expiresAtMs: number;
}

export interface MealStockCanceled extends FridgeBase {
  type: 'MealStockCanceled';
  reservationId: string;
  gtin: string;
  userId: string;
  /** The quantity still held, now released. */
  quantity: number;
  reason: CancelReason;
}

/** Meals of the reserved GTIN left the fridge in a door session and settled the reservation (or part of it). */
export interface ReservationFulfilled extends FridgeBase {
  type: 'ReservationFulfilled';
  reservationId: string;
  gtin: string;
  userId: string;
  quantity: number;
  /** Quantity still held after this settlement (0: the reservation is closed). */
  remaining: number;
  epcs: string[];
}

export type DomainEvent =
  | FridgeInventoryChanged
  | MealStockUpdated
  | CatalogUpdated
  | OrderDispatched
  | OrderPlacedInFridge
  | OrderAvailableForPicking
  | OrderPickedUp
  | FridgeOnline
  | FridgeOffline
  | UnknownTagSeen
  | StockDiscrepancy
  | TemperatureRecorded
  | TemperatureAboveSafe
  | TemperatureBackToSafe
  | TemperatureExcursion
  | MealsWithdrawn
  | MealNearingExpiry
  | MealsReinstated
  | ReconciliationRequested
  | MealStockReserved
  | MealStockCanceled
  | ReservationFulfilled
  | DoorUnlockRequested
  | DoorOpenedBy
  | DoorSessionEnded;

export type DomainEventType = DomainEvent['type'];

// A Record over the union: adding an event type without listing it here fails to compile.
const EVENT_TYPES: { readonly [K in DomainEventType]: true } = {
  FridgeInventoryChanged: true,
  MealStockUpdated: true,
  CatalogUpdated: true,
  OrderDispatched: true,
  OrderPlacedInFridge: true,
  OrderAvailableForPicking: true,
  OrderPickedUp: true,
  FridgeOnline: true,
  FridgeOffline: true,
  UnknownTagSeen: true,
  StockDiscrepancy: true,
  TemperatureRecorded: true,
  TemperatureAboveSafe: true,
  TemperatureBackToSafe: true,
  TemperatureExcursion: true,
  MealsWithdrawn: true,
  MealNearingExpiry: true,
  MealsReinstated: true,
  ReconciliationRequested: true,
  MealStockReserved: true,
  MealStockCanceled: true,
  ReservationFulfilled: true,
  DoorUnlockRequested: true,
  DoorOpenedBy: true,
  DoorSessionEnded: true,
};

/** Every event type, for projections that declare what they handle. */
export const DOMAIN_EVENT_TYPES = Object.keys(EVENT_TYPES) as readonly DomainEventType[];

/** Narrows untrusted input (a stored row, a message) to a known event type. */
export function isDomainEventType(type: unknown): type is DomainEventType {
  return typeof type === 'string' && Object.hasOwn(EVENT_TYPES, type);
}

/** The fridge an event is about, or undefined for district-wide events. */
export function fridgeOf(event: DomainEvent): string | undefined {
  return event.type === 'CatalogUpdated' ? undefined : event.fridgeId;
}
