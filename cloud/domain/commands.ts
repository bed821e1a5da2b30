// Commands to the district decider, and what it may read besides the state.
import type { farmacy } from '../../proto/index.js';

/** A batch of fridge events, already authenticated, validated, deduplicated and ordered by the ingest. */
export interface RecordFridgeEvents {
  type: 'RecordFridgeEvents';
  fridgeId: string;
  epoch: string;
  /** The batch opens an epoch the cloud has not seen for this fridge (DESIGN.md property 6). */
  newEpoch: boolean;
  /** Events before this batch that the cloud acknowledged once and no longer has (a restore). */
  lostAcknowledged?: number;
  events: readonly farmacy.fridge.v1.IFridgeEvent[];
}

/** Birth certificate (retained status ONLINE). Commands are imperative; the event is FridgeOnline. */
export interface MarkFridgeOnline {
  type: 'MarkFridgeOnline';
  fridgeId: string;
  epoch: string;
}

/** Death certificate (status OFFLINE or the MQTT last will). The event is FridgeOffline. */
export interface MarkFridgeOffline {
  type: 'MarkFridgeOffline';
  fridgeId: string;
  clean: boolean;
}

/** Periodic: meal expiries, temperature excursion deadlines, reservation expiries (at ctx.now). */
export interface Tick {
  type: 'Tick';
}

export interface ClearTemperatureExcursion {
  type: 'ClearTemperatureExcursion';
  fridgeId: string;
  /** Who cleared it (the operator's name), for the food-safety log (issue 14 item 3). */
  by?: string;
}

/** The meal catalog's facts (nutrition, name, weight) of a GTIN changed: show them. */
export interface RefreshMealFacts {
  type: 'RefreshMealFacts';
  gtin: string;
}

export interface ReserveMeal {
  type: 'ReserveMeal';
  reservationId: string;
  fridgeId: string;
  gtin: string;
  userId: string;
  quantity: number;
  expiresAtMs: number;
}

export interface CancelReservation {
  type: 'CancelReservation';
  reservationId: string;
  userId: string;
  reason: 'by_user' | 'payment_failed';
}

/** The kitchen sent a personal order on its way to a fridge. */
export interface DispatchOrder {
  type: 'DispatchOrder';
  orderId: string;
  userId: string;
  fridgeId: string;
}

/** A user opens the fridge from the app: the cloud sends UnlockDoor with this command id. */
export interface RequestDoorUnlock {
  type: 'RequestDoorUnlock';
  fridgeId: string;
  userId: string;
  commandId: string;
}

export type DistrictCommand =
  | RecordFridgeEvents
  | MarkFridgeOnline
  | MarkFridgeOffline
  | Tick
  | ClearTemperatureExcursion
  | RefreshMealFacts
  | ReserveMeal
  | CancelReservation
  | DispatchOrder
  | RequestDoorUnlock;

/** What the kitchen recorded when it packed the meal carrying this tag. */
export interface TagRecord {
  gtin: string;
  bestBeforeMs?: number;
  /** Present (with userId) when the meal is personal: a subscriber's scheduled or customized meal. */
  orderId?: string;
  userId?: string;
}

export interface MealFacts {
  nominalWeightG?: number;
}

export interface AclConfig {
  /** DESIGN.md: 5 °C. */
  maxSafeDeciCelsius: number;
  /** DESIGN.md: more than 2 hours above the safe temperature withdraws the fridge's meals. */
  excursionMs: number;
  /** A door session's shelf weight delta may differ this much from the tags' nominal weights. */
  weightToleranceG: number;
  /** A meal this close to its best-before is announced once (MealNearingExpiry, issue 14); 0: never (the cloud's --nearing-expiry-minutes sets it). */
  nearingExpiryMs: number;
}

export const defaultAclConfig: AclConfig = {
  maxSafeDeciCelsius: 50,
  excursionMs: 2 * 60 * 60 * 1000,
  weightToleranceG: 60,
  nearingExpiryMs: 0,
};

/** Read-only lookups, the decision time and the configuration. */
export interface DecideContext {
  /** The tag registry; `epc` is 24 upper-case hex digits. Undefined: not a registered meal. */
  tag(epc: string): TagRecord | undefined;
  /** The meal catalog. A meal with no entry is still a meal if its tag is registered. */
  meal(gtin: string): MealFacts | undefined;
  now: number;
  config: AclConfig;
}

export type RejectionReason =
  | 'invalid_epc'
  | 'unknown_fridge'
  | 'fridge_offline'
  | 'invalid_quantity'
  | 'invalid_expiry'
  | 'duplicate_reservation'
  | 'insufficient_stock'
  | 'unknown_reservation'
  | 'not_owner'
  | 'no_active_excursion'
  | 'temperature_still_above_safe';
