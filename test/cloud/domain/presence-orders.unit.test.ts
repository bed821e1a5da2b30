import { describe, expect, it } from 'vitest';
import { catalogView, stockView } from '../../../cloud/domain/index.js';
import { DISTRICT, F1, F2, HOUR, LASAGNA, SALAD, T0, World, epc, online } from './spec.js';

describe('presence', () => {
  it('a fridge seen for the first time comes online and is asked for a full snapshot', () => {
    new World()
      .given()
      .when({ type: 'MarkFridgeOnline', fridgeId: F1, epoch: 'ep-1' })
      .then([
        { type: 'FridgeOnline', fridgeId: F1, epoch: 'ep-1' },
        { type: 'ReconciliationRequested', fridgeId: F1, reason: 'first_contact', epoch: 'ep-1' },
      ]);
  });

  it('a repeated birth changes nothing; a birth with another epoch asks for reconciliation', () => {
    const w = new World();
    const s = w.given(online(F1, 'ep-1'));
    s.when({ type: 'MarkFridgeOnline', fridgeId: F1, epoch: 'ep-1' }).then([]);
    s.when({ type: 'MarkFridgeOnline', fridgeId: F1, epoch: 'ep-2' }).then([
      { type: 'FridgeOnline', fridgeId: F1, epoch: 'ep-2' },
      { type: 'ReconciliationRequested', fridgeId: F1, reason: 'new_epoch', epoch: 'ep-2' },
    ]);
  });

  it('offline marks the stock stale but keeps it counted; back online it is fresh', () => {
    const w = new World().tag(epc(1), { gtin: LASAGNA });
    const s = w.given(online(), w.stocked(F1, [epc(1)]));
    const off = s.when({ type: 'MarkFridgeOffline', fridgeId: F1, clean: false }).then([{ type: 'FridgeOffline', fridgeId: F1, clean: false }]);
    expect(off.view()).toMatchObject({ online: false, stale: true, meals: { [LASAGNA]: { onHand: 1 } } });
    s.when({ type: 'MarkFridgeOffline', fridgeId: F1, clean: false }).then([]); // a late will: already offline
    const on = s.when({ type: 'MarkFridgeOnline', fridgeId: F1, epoch: 'ep-1' }).then([{ type: 'FridgeOnline', fridgeId: F1, epoch: 'ep-1' }]);
    expect(on.view()?.stale).toBe(false);
  });

  it('an unknown fridge going offline is nothing', () => {
    new World().given().when({ type: 'MarkFridgeOffline', fridgeId: F2, clean: true }).then([]);
  });
});

describe('orders and catalog facts', () => {
  it('the kitchen dispatching a personal order is recorded', () => {
    new World()
      .given()
      .when({ type: 'DispatchOrder', orderId: 'o-1', userId: 'u-1', fridgeId: F1 })
      .then([{ type: 'OrderDispatched', fridgeId: F1, orderId: 'o-1', userId: 'u-1' }]);
  });

  it('changed facts of a listed meal are a new catalog version; of an unlisted one, nothing', () => {
    const w = new World().tag(epc(1), { gtin: LASAGNA });
    const s = w.given(online(), w.stocked(F1, [epc(1)]), { type: 'CatalogUpdated', catalogId: DISTRICT, version: 3 });
    s.when({ type: 'RefreshMealFacts', gtin: LASAGNA }).then([{ type: 'CatalogUpdated', catalogId: DISTRICT, version: 4 }]);
    s.when({ type: 'RefreshMealFacts', gtin: SALAD }).then([]);
  });
});

describe('views', () => {
  it('stockView and catalogView read the district state', () => {
    const w = new World()
      .tag(epc(1), { gtin: LASAGNA })
      .tag(epc(2), { gtin: LASAGNA })
      .tag(epc(3), { gtin: SALAD, orderId: 'o-1', userId: 'u-1' })
      .tag(epc(4), { gtin: SALAD });
    const { state } = w.given(
      online(F1),
      online(F2),
      { type: 'FridgeOffline', fridgeId: F2, clean: true },
      w.stocked(F1, [epc(1), epc(3), epc(4)]),
      w.stocked(F2, [epc(2)]),
      { type: 'MealsWithdrawn', fridgeId: F1, reason: 'expired', epcs: [epc(4)] },
      { type: 'MealStockReserved', fridgeId: F1, reservationId: 'r', gtin: LASAGNA, userId: 'u', quantity: 1, expiresAtMs: T0 + HOUR },
      { type: 'CatalogUpdated', catalogId: DISTRICT, version: 2 },
    );
    expect(stockView(state)).toEqual([
      {
        fridgeId: F1,
        online: true,
        stale: false,
        needsReconciliation: false,
        temperatureExcursion: false,
        meals: {
          [LASAGNA]: { onHand: 1, reserved: 1, available: 0, personal: 0, withdrawn: 0 },
          [SALAD]: { onHand: 0, reserved: 0, available: 0, personal: 1, withdrawn: 1 },
        },
      },
      {
        fridgeId: F2,
        online: false,
        stale: true,
        needsReconciliation: false,
        temperatureExcursion: false,
        meals: { [LASAGNA]: { onHand: 1, reserved: 0, available: 1, personal: 0, withdrawn: 0 } },
      },
    ]);
    expect(stockView(state, 'nope')).toEqual([]);
    expect(catalogView(state)).toEqual({
      catalogId: DISTRICT,
      district: DISTRICT,
      version: 2,
      meals: [{ gtin: LASAGNA, available: 1, fridges: [{ fridgeId: F2, available: 1, stale: true }] }],
    });
  });
});
