import { describe, expect, it } from 'vitest';
import type { DistrictCommand } from '../../../cloud/domain/index.js';
import type { EventInput } from './spec.js';
import { DISTRICT, F1, F2, HOUR, LASAGNA, MIN, SALAD, T0, World, counts, epc, fridgeEvent, online, record } from './spec.js';

const A = epc(1);
const B = epc(2);
const C = epc(3);

function world(): World {
  return new World()
    .tag(A, { gtin: LASAGNA, bestBeforeMs: T0 + 48 * HOUR })
    .tag(B, { gtin: LASAGNA, bestBeforeMs: T0 + 48 * HOUR })
    .tag(C, { gtin: SALAD, bestBeforeMs: T0 + 30 * MIN });
}

const reserve = (o: Partial<Extract<DistrictCommand, { type: 'ReserveMeal' }>> = {}): DistrictCommand => ({
  type: 'ReserveMeal',
  reservationId: 'r-1',
  fridgeId: F1,
  gtin: LASAGNA,
  userId: 'u-1',
  quantity: 1,
  expiresAtMs: T0 + 15 * MIN,
  ...o,
});

/** The user unlocked the fridge from the app, so the next door session is theirs. */
const openedBy = (userId = 'u-1'): EventInput => ({ type: 'DoorOpenedBy', fridgeId: F1, commandId: `c-${userId}`, userId, at: T0 - MIN / 2 });

const reserved = (o: Partial<Extract<EventInput, { type: 'MealStockReserved' }>> = {}): EventInput => ({
  type: 'MealStockReserved',
  fridgeId: F1,
  reservationId: 'r-1',
  gtin: LASAGNA,
  userId: 'u-1',
  quantity: 1,
  expiresAtMs: T0 + 15 * MIN,
  at: T0 - MIN,
  ...o,
});

describe('reserving', () => {
  it('holds a meal against available and tells the feed the new counts', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A, B]))
      .when(reserve())
      .then([
        { type: 'MealStockReserved', fridgeId: F1, reservationId: 'r-1', gtin: LASAGNA, userId: 'u-1', quantity: 1, expiresAtMs: T0 + 15 * MIN },
        { type: 'MealStockUpdated', fridgeId: F1, gtin: LASAGNA, reason: 'reservation', onHand: 2, reserved: 1, available: 1, delta: 0 },
      ]);
  });

  it('two users can never reserve the last meal', () => {
    const w = world();
    const s = w.given(online(), w.stocked(F1, [A]));
    s.when(reserve({ reservationId: 'r-1', userId: 'u-1' })).thenIncludes([
      { type: 'MealStockReserved' },
      { type: 'MealStockUpdated', available: 0 },
      { type: 'CatalogUpdated', catalogId: DISTRICT, version: 1 }, // the district's last lasagna is held
    ]);
    s.when(reserve({ reservationId: 'r-2', userId: 'u-2' })).thenRejects('insufficient_stock');
  });

  it('a quantity beyond available is refused as a whole', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A, B])).when(reserve({ quantity: 3 })).thenRejects('insufficient_stock');
  });

  it('personal and withdrawn meals are not available', () => {
    const w = world().tag(epc(7), { gtin: LASAGNA, orderId: 'o-1', userId: 'u-9' });
    w.given(online(), w.stocked(F1, [epc(7), B]), { type: 'MealsWithdrawn', fridgeId: F1, reason: 'expired', epcs: [B] })
      .when(reserve())
      .thenRejects('insufficient_stock');
  });

  it('a meal that has just expired is not reservable even before the Tick withdraws it', () => {
    const w = world();
    w.now = T0 + 31 * MIN;
    w.given(online(), w.stocked(F1, [C]))
      .when(reserve({ gtin: SALAD, expiresAtMs: T0 + HOUR }))
      .thenRejects('insufficient_stock');
  });

  it('validates the request', () => {
    const w = world();
    const s = w.given(online(), w.stocked(F1, [A]), { type: 'FridgeOffline', fridgeId: F1, clean: true });
    s.when(reserve({ quantity: 0 })).thenRejects('invalid_quantity');
    s.when(reserve({ quantity: 1.5 })).thenRejects('invalid_quantity');
    s.when(reserve({ expiresAtMs: T0 })).thenRejects('invalid_expiry');
    s.when(reserve({ fridgeId: F2 })).thenRejects('unknown_fridge');
    s.when(reserve()).thenRejects('fridge_offline');
  });

  it('a retried request is idempotent; the same id with other terms is refused', () => {
    const w = world();
    const s = w.given(online(), w.stocked(F1, [A, B]), reserved());
    s.when(reserve()).then([]);
    s.when(reserve({ quantity: 2 })).thenRejects('duplicate_reservation');
  });

  it('lapsed holds are released before deciding, even if the Tick has not run yet', () => {
    const w = world();
    w.now = T0 + 20 * MIN;
    w.given(online(), w.stocked(F1, [A]), reserved())
      .when(reserve({ reservationId: 'r-2', userId: 'u-2', expiresAtMs: T0 + 35 * MIN }))
      .thenIncludes([
        { type: 'MealStockCanceled', reservationId: 'r-1', reason: 'expired' },
        { type: 'MealStockReserved', reservationId: 'r-2' },
      ]);
  });
});

describe('canceling and expiry', () => {
  it('the owner cancels: the hold is released', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A, B]), reserved())
      .when({ type: 'CancelReservation', reservationId: 'r-1', userId: 'u-1', reason: 'payment_failed' })
      .then([
        { type: 'MealStockCanceled', fridgeId: F1, reservationId: 'r-1', gtin: LASAGNA, userId: 'u-1', quantity: 1, reason: 'payment_failed' },
        { type: 'MealStockUpdated', fridgeId: F1, gtin: LASAGNA, reason: 'release', onHand: 2, reserved: 0, available: 2, delta: 0 },
      ]);
  });

  it('only the owner may cancel; an unknown reservation cannot be canceled', () => {
    const w = world();
    const s = w.given(online(), w.stocked(F1, [A]), reserved());
    s.when({ type: 'CancelReservation', reservationId: 'r-1', userId: 'u-2', reason: 'by_user' }).thenRejects('not_owner');
    s.when({ type: 'CancelReservation', reservationId: 'r-9', userId: 'u-1', reason: 'by_user' }).thenRejects('unknown_reservation');
  });

  it('expired holds are released on Tick (expiresAtMs <= now)', () => {
    const w = world();
    const s = w.given(online(), w.stocked(F1, [A]), reserved());
    w.now = T0 + 15 * MIN - 1;
    s.when({ type: 'Tick' }).then([]);
    w.now = T0 + 15 * MIN;
    s.when({ type: 'Tick' }).then([
      { type: 'MealStockCanceled', fridgeId: F1, reservationId: 'r-1', gtin: LASAGNA, userId: 'u-1', quantity: 1, reason: 'expired' },
      { type: 'MealStockUpdated', fridgeId: F1, gtin: LASAGNA, reason: 'release', onHand: 1, reserved: 0, available: 1, delta: 0 },
      { type: 'CatalogUpdated', catalogId: DISTRICT, version: 1 },
    ]);
  });

  it('a hold whose time is up cannot be canceled, even before the Tick releases it (which it does, as expired)', () => {
    const w = world();
    const s = w.given(online(), w.stocked(F1, [A]), reserved());
    w.now = T0 + 15 * MIN;
    s.when({ type: 'CancelReservation', reservationId: 'r-1', userId: 'u-1', reason: 'by_user' }).thenRejects('unknown_reservation');
    s.when({ type: 'Tick' }).thenIncludes([{ type: 'MealStockCanceled', reservationId: 'r-1', reason: 'expired' }]);
  });

  it('a hold whose time is up in the tick that withdraws its meal ends as expired, not as stock_unavailable', () => {
    const w = world();
    w.now = T0 + 20 * MIN;
    w.given(online(), w.stocked(F1, [A]), reserved(), { type: 'TemperatureAboveSafe', fridgeId: F1, sensor: 1, sinceMs: T0 - 3 * HOUR, maxDeciCelsius: 80 })
      .when({ type: 'Tick' })
      .thenIncludes([{ type: 'MealStockCanceled', reservationId: 'r-1', reason: 'expired' }, { type: 'MealsWithdrawn', reason: 'temperature' }])
      .thenNone({ type: 'MealStockCanceled', reason: 'stock_unavailable' });
  });

  it('a hold whose meal is withdrawn is released (stock_unavailable), newest first', () => {
    const w = world();
    const out = w
      .given(online(), w.stocked(F1, [A, B]), reserved({ reservationId: 'r-1' }), reserved({ reservationId: 'r-2', userId: 'u-2' }), {
        type: 'TemperatureAboveSafe',
        fridgeId: F1,
        sensor: 1,
        sinceMs: T0 - 3 * HOUR,
        maxDeciCelsius: 80,
      })
      .when({ type: 'Tick' })
      .thenIncludes([
        { type: 'MealsWithdrawn', reason: 'temperature' },
        { type: 'MealStockCanceled', reservationId: 'r-2', reason: 'stock_unavailable' },
        { type: 'MealStockCanceled', reservationId: 'r-1', reason: 'stock_unavailable' },
        { type: 'MealStockUpdated', reason: 'temperature', onHand: 0, reserved: 0, available: 0, delta: -2 },
      ]);
    expect(out.state.reservations.size).toBe(0);
  });
});

describe('settling at the fridge', () => {
  it('a reserved meal leaving in its holder\'s door session settles their oldest hold: a pickup, available unchanged', () => {
    const w = world();
    const out = w
      .given(online(), w.stocked(F1, [A, B]), reserved({ reservationId: 'r-1', at: T0 - 2 * MIN }), reserved({ reservationId: 'r-2', userId: 'u-2' }), openedBy('u-1'))
      .when(record([fridgeEvent.door({ removed: [B] })]))
      .then([
        { type: 'FridgeInventoryChanged', fridgeId: F1, cause: 'door_session', added: [], removed: [{ epc: B, gtin: LASAGNA, reason: 'pickup' }] },
        { type: 'ReservationFulfilled', fridgeId: F1, reservationId: 'r-1', gtin: LASAGNA, userId: 'u-1', quantity: 1, remaining: 0, epcs: [B] },
        { type: 'MealStockUpdated', fridgeId: F1, gtin: LASAGNA, reason: 'pickup', onHand: 1, reserved: 1, available: 0, delta: -1 },
        { type: 'DoorSessionEnded', fridgeId: F1, userId: 'u-1' },
      ]);
    expect([...out.state.reservations.keys()]).toEqual(['r-2']);
  });

  it('removals beyond the holds are sales; counts never go negative', () => {
    const w = world();
    const out = w
      .given(online(), w.stocked(F1, [A, B]), reserved(), openedBy('u-1'))
      .when(record([fridgeEvent.door({ removed: [A, B, epc(40)] })]))
      .thenIncludes([
        { type: 'FridgeInventoryChanged', removed: [{ epc: A, reason: 'pickup' }, { epc: B, reason: 'sale' }] },
        { type: 'ReservationFulfilled', reservationId: 'r-1', quantity: 1 },
        { type: 'MealStockUpdated', reason: 'sale', onHand: 0, reserved: 0, available: 0, delta: -2 },
        { type: 'CatalogUpdated' },
      ]);
    expect(out.stock(F1, LASAGNA)).toEqual(counts({}));
  });

  it('a hold of several meals is settled in parts', () => {
    const w = world();
    const s = w.given(online(), w.stocked(F1, [A, B]), reserved({ quantity: 2 }), openedBy('u-1'));
    s.when(record([fridgeEvent.door({ removed: [A] })])).thenIncludes([
      { type: 'ReservationFulfilled', quantity: 1, remaining: 1, epcs: [A] },
      { type: 'MealStockUpdated', onHand: 1, reserved: 1, available: 0 },
    ]);
    // The session ended; the user opens the fridge from the app again for the second meal.
    s.when({ type: 'RequestDoorUnlock', fridgeId: F1, userId: 'u-1', commandId: 'c-2' });
    s.when(record([{ recordedAtMs: T0, unlocked: { commandId: 'c-2', seconds: 30 } }, fridgeEvent.door({ removed: [B] })])).thenIncludes([
      { type: 'ReservationFulfilled', quantity: 1, remaining: 0, epcs: [B] },
    ]);
  });

  it('a reserved meal taken in someone else\'s session is a sale and a discrepancy; the hold is released', () => {
    const w = world();
    const out = w
      .given(online(), w.stocked(F1, [A]), reserved(), openedBy('u-2'))
      .when(record([fridgeEvent.door({ removed: [A] })]))
      .thenIncludes([
        { type: 'FridgeInventoryChanged', removed: [{ epc: A, reason: 'sale' }] },
        { type: 'MealStockCanceled', reservationId: 'r-1', reason: 'stock_unavailable' },
        { type: 'StockDiscrepancy', fridgeId: F1 },
        { type: 'DoorSessionEnded', userId: 'u-2' },
      ])
      .thenNone({ type: 'ReservationFulfilled' });
    expect(out.stock(F1, LASAGNA)).toEqual(counts({}));
  });

  it('a meal taken after its hold lapsed, before the Tick released it, is a plain sale: the hold ends as expired, no discrepancy', () => {
    const w = world();
    w.now = T0 + 16 * MIN;
    w.given(online(), w.stocked(F1, [A]), reserved(), openedBy('u-2'))
      .when(record([fridgeEvent.door({ removed: [A] })]))
      .thenIncludes([
        { type: 'MealStockCanceled', reservationId: 'r-1', reason: 'expired' },
        { type: 'FridgeInventoryChanged', removed: [{ epc: A, reason: 'sale' }] },
      ])
      .thenNone({ type: 'StockDiscrepancy' })
      .thenNone({ type: 'MealStockCanceled', reason: 'stock_unavailable' });
  });

  it('the holder taking the meal after the hold lapsed settles nothing: a sale', () => {
    const w = world();
    w.now = T0 + 16 * MIN;
    w.given(online(), w.stocked(F1, [A]), reserved(), openedBy('u-1'))
      .when(record([fridgeEvent.door({ removed: [A] })]))
      .thenIncludes([
        { type: 'MealStockCanceled', reservationId: 'r-1', reason: 'expired' },
        { type: 'FridgeInventoryChanged', removed: [{ epc: A, reason: 'sale' }] },
      ])
      .thenNone({ type: 'ReservationFulfilled' });
  });

  it('an anonymous session (no unlock from the app) settles no hold; a free meal is a plain sale', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A, B]), reserved())
      .when(record([fridgeEvent.door({ removed: [A] })]))
      .thenIncludes([{ type: 'MealStockUpdated', reason: 'sale', onHand: 1, reserved: 1, available: 0 }])
      .thenNone({ type: 'ReservationFulfilled' })
      .thenNone({ type: 'StockDiscrepancy' });
  });

  it('unlocking from the app attributes the next door session: request, the fridge reports the unlock, the session is theirs', () => {
    const w = world();
    const s = w.given(online(), w.stocked(F1, [A, B]), reserved());
    const asked = s.when({ type: 'RequestDoorUnlock', fridgeId: F1, userId: 'u-1', commandId: 'cmd-9' });
    asked.thenIncludes([{ type: 'DoorUnlockRequested', fridgeId: F1, userId: 'u-1', commandId: 'cmd-9' }]);
    w.given(online(), w.stocked(F1, [A, B]), reserved(), { type: 'DoorUnlockRequested', fridgeId: F1, commandId: 'cmd-9', userId: 'u-1', at: T0 - MIN })
      .when(record([{ recordedAtMs: T0, unlocked: { commandId: 'cmd-9', seconds: 30 } }, fridgeEvent.door({ removed: [A] })]))
      .thenIncludes([
        { type: 'DoorOpenedBy', userId: 'u-1', commandId: 'cmd-9' },
        { type: 'ReservationFulfilled', reservationId: 'r-1', userId: 'u-1' },
        { type: 'DoorSessionEnded', userId: 'u-1' },
      ]);
  });

  it('an unlock for an offline fridge is refused', () => {
    const w = world();
    w.given(w.stocked(F1, [A])).when({ type: 'RequestDoorUnlock', fridgeId: F1, userId: 'u-1', commandId: 'c' }).thenRejects('fridge_offline');
  });

  it('holds are per fridge: a meal leaving another fridge settles nothing', () => {
    const w = world();
    w.given(online(F1), online(F2), w.stocked(F1, [A]), w.stocked(F2, [B]), reserved())
      .when(record([fridgeEvent.door({ removed: [B] })], { fridgeId: F2 }))
      .thenIncludes([{ type: 'MealStockUpdated', fridgeId: F2, reason: 'sale' }])
      .thenNone({ type: 'ReservationFulfilled' });
  });

  it('a snapshot losing a held meal releases the hold rather than guessing a pickup', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A]), reserved())
      .when(record([fridgeEvent.snapshot([])]))
      .thenIncludes([
        { type: 'FridgeInventoryChanged', cause: 'snapshot', removed: [{ epc: A, reason: 'reconciliation' }] },
        { type: 'MealStockCanceled', reservationId: 'r-1', reason: 'stock_unavailable' },
        { type: 'MealStockUpdated', reason: 'reconciliation', onHand: 0, reserved: 0 },
      ])
      .thenNone({ type: 'ReservationFulfilled' });
  });
});
