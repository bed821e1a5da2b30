// The district decider: decide(command, state, ctx) → events, evolve(state, event) → state.
// State is per district (all its fridges, its catalog, its reservations). No I/O: time, ids
// and the tag registry and meal catalog lookups arrive in the command and the context.
import type {
  CancelReservation,
  ClearTemperatureExcursion,
  DecideContext,
  DistrictCommand,
  DispatchOrder,
  RequestDoorUnlock,
  MarkFridgeOffline,
  MarkFridgeOnline,
  RefreshMealFacts,
  RejectionReason,
  ReserveMeal,
} from './commands.js';
import { Draft, inCatalog } from './draft.js';
import type { EdgeTimeFlag } from './edge-time.js';
import type { DomainEvent } from './events.js';
import { cancel, checkExcursionDeadline, expireReservations, recordFridgeEvents, requestReconciliation, sweepExpired, sweepNearingExpiry } from './fridge-events.js';
import { availableOf, countsOf, evolve, initialDistrictState, type DistrictState } from './state.js';

/** What a decision noticed besides its events, for the caller to count and log. */
export interface DecideNotes {
  /** Fridge input left out to bound what one fridge can create, by reason (issue 11 item 9). */
  refused?: ReadonlyMap<string, number>;
  /** Fridge events whose implausible edge time was replaced, by why (issue 11 item 1). */
  suspectTimes?: ReadonlyMap<EdgeTimeFlag, number>;
}

export type DecideResult = ({ ok: true; events: DomainEvent[] } & DecideNotes) | { ok: false; reason: RejectionReason };

/**
 * Decides what a command means for the district. Never mutates `state`; the caller appends the
 * events and folds them with `evolve`. A rejection is an expected outcome, not an error.
 */
export function decide(command: DistrictCommand, state: DistrictState, ctx: DecideContext): DecideResult {
  const d = new Draft(state, ctx);
  const rejection = handle(d, command);
  if (rejection !== undefined) return { ok: false, reason: rejection };
  d.finishCatalog();
  return {
    ok: true,
    events: d.events,
    ...(d.refused.size > 0 ? { refused: d.refused } : {}),
    ...(d.suspectTimes.size > 0 ? { suspectTimes: d.suspectTimes } : {}),
  };
}

function handle(d: Draft, command: DistrictCommand): RejectionReason | undefined {
  switch (command.type) {
    case 'RecordFridgeEvents':
      return recordFridgeEvents(d, command);
    case 'MarkFridgeOnline':
      return markFridgeOnline(d, command);
    case 'MarkFridgeOffline':
      return markFridgeOffline(d, command);
    case 'Tick':
      return tick(d);
    case 'ClearTemperatureExcursion':
      return clearExcursion(d, command);
    case 'RefreshMealFacts':
      return refreshMealFacts(d, command);
    case 'ReserveMeal':
      return reserveMeal(d, command);
    case 'CancelReservation':
      return cancelReservation(d, command);
    case 'DispatchOrder':
      return dispatchOrder(d, command);
    case 'RequestDoorUnlock':
      return requestDoorUnlock(d, command);
    default: {
      const unhandled: never = command;
      throw new Error(`unhandled command ${JSON.stringify(unhandled)}`);
    }
  }
}

function markFridgeOnline(d: Draft, { fridgeId, epoch }: MarkFridgeOnline): undefined {
  const f = d.fridge(fridgeId);
  if (f?.online && f.epoch === epoch) return undefined; // a repeated birth certificate
  const reason = f?.epoch === undefined ? 'first_contact' : f.epoch !== epoch ? 'new_epoch' : undefined;
  d.emit({ type: 'FridgeOnline', fridgeId, at: d.ctx.now, epoch });
  if (reason) requestReconciliation(d, fridgeId, reason, d.ctx.now, epoch);
  return undefined;
}

function markFridgeOffline(d: Draft, { fridgeId, clean }: MarkFridgeOffline): undefined {
  // DESIGN.md property 7: stock stays counted but is shown stale while the fridge is offline.
  if (d.fridge(fridgeId)?.online) d.emit({ type: 'FridgeOffline', fridgeId, at: d.ctx.now, clean });
  return undefined;
}

function tick(d: Draft): undefined {
  const now = d.ctx.now;
  for (const fridgeId of [...d.state.fridges.keys()].sort()) {
    // Holds whose time is up end as expired first, not as withdrawn stock by an excursion
    // that ends in the same tick.
    expireReservations(d, fridgeId, now);
    // An offline fridge's deadline waits for its backlog: its samples tell whether it cooled.
    if (d.fridge(fridgeId)?.online) checkExcursionDeadline(d, fridgeId, now);
    sweepNearingExpiry(d, fridgeId, now);
    sweepExpired(d, fridgeId, now);
  }
  return undefined;
}

function clearExcursion(d: Draft, { fridgeId, by }: ClearTemperatureExcursion): RejectionReason | undefined {
  const f = d.fridge(fridgeId);
  if (!f) return 'unknown_fridge';
  const excursion = f.excursion;
  if (!excursion) return 'no_active_excursion';
  // Meals go back on sale only into a fridge that is cold again.
  if (f.sensorsAbove.size > 0) return 'temperature_still_above_safe';
  const now = d.ctx.now;
  sweepExpired(d, fridgeId, now); // expired meals stay withdrawn, as expired
  d.stockStep(fridgeId, now, () => 'temperature', () => {
    d.emit({ type: 'TemperatureExcursion', fridgeId, at: now, ...excursion, cleared: true, ...(by !== undefined ? { clearedBy: by } : {}) });
    const items = [...(d.fridge(fridgeId)?.items.values() ?? [])]
      .filter((i) => i.withdrawn === 'temperature')
      .sort((a, b) => (a.epc < b.epc ? -1 : 1));
    if (items.length === 0) return;
    d.emit({ type: 'MealsReinstated', fridgeId, at: now, epcs: items.map((i) => i.epc) });
    for (const i of items) {
      if (i.personal) {
        const { orderId, userId } = i.personal;
        d.emit({ type: 'OrderAvailableForPicking', fridgeId, at: now, orderId, userId, epc: i.epc });
      }
    }
  });
  return undefined;
}

function refreshMealFacts(d: Draft, { gtin }: RefreshMealFacts): undefined {
  // Clients cache the catalog with its facts: a change to a listed meal is a new catalog version.
  if (inCatalog(d.state, gtin)) {
    d.emit({
      type: 'CatalogUpdated',
      at: d.ctx.now,
      catalogId: d.state.district,
      version: d.state.catalogVersion + 1,
    });
  }
  return undefined;
}

function reserveMeal(d: Draft, cmd: ReserveMeal): RejectionReason | undefined {
  const { reservationId, fridgeId, gtin, userId, quantity, expiresAtMs } = cmd;
  const now = d.ctx.now;
  if (!Number.isSafeInteger(quantity) || quantity < 1) return 'invalid_quantity';
  if (!(expiresAtMs > now)) return 'invalid_expiry';
  const existing = d.state.reservations.get(reservationId);
  if (existing) {
    const same =
      existing.fridgeId === fridgeId &&
      existing.gtin === gtin &&
      existing.userId === userId &&
      existing.quantity === quantity &&
      existing.expiresAtMs === expiresAtMs;
    return same ? undefined : 'duplicate_reservation'; // a retried request changes nothing
  }
  const f = d.fridge(fridgeId);
  if (!f) return 'unknown_fridge';
  if (!f.online) return 'fridge_offline';
  // Whatever the last Tick missed: holds that have lapsed, meals that have just expired.
  expireReservations(d, fridgeId, now);
  sweepExpired(d, fridgeId, now);
  // DESIGN.md: two users can never reserve the last meal; reservations are atomic against available.
  if (availableOf(countsOf(d.fridge(fridgeId), gtin)) < quantity) return 'insufficient_stock';
  d.stockStep(fridgeId, now, () => 'reservation', () => {
    d.emit({ type: 'MealStockReserved', fridgeId, at: now, reservationId, gtin, userId, quantity, expiresAtMs });
  });
  return undefined;
}

function cancelReservation(d: Draft, { reservationId, userId, reason }: CancelReservation): RejectionReason | undefined {
  const r = d.state.reservations.get(reservationId);
  // A hold whose time is up is over, whether or not a Tick released it yet (it will, as expired).
  if (!r || r.expiresAtMs <= d.ctx.now) return 'unknown_reservation';
  if (r.userId !== userId) return 'not_owner';
  d.stockStep(r.fridgeId, d.ctx.now, () => 'release', () => cancel(d, r, reason, d.ctx.now));
  return undefined;
}

function dispatchOrder(d: Draft, { orderId, userId, fridgeId }: DispatchOrder): undefined {
  d.emit({ type: 'OrderDispatched', fridgeId, at: d.ctx.now, orderId, userId });
  return undefined;
}

function requestDoorUnlock(d: Draft, { fridgeId, userId, commandId }: RequestDoorUnlock): RejectionReason | undefined {
  const f = d.fridge(fridgeId);
  if (!f) return 'unknown_fridge';
  if (!f.online) return 'fridge_offline';
  d.emit({ type: 'DoorUnlockRequested', fridgeId, at: d.ctx.now, commandId, userId });
  return undefined;
}

/** emmett-style decider triple, for code that wants the three together. */
export const districtDecider = {
  decide,
  evolve,
  initialState: initialDistrictState,
} as const;
