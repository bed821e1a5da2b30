// Issue 11 item 3: a tag is in at most one fridge. A fridge listing tags another fridge of the
// district holds does not get them (no double stock, no stealing another fridge's meals): a
// StockDiscrepancy, and the holder is asked for its own inventory.
import { describe, expect, it } from 'vitest';
import { catalogView } from '../../../cloud/domain/index.js';
import { F1, F2, HOUR, LASAGNA, SALAD, T0, World, epc, fridgeEvent, online, record } from './spec.js';

const A = epc(1);
const B = epc(2);
const C = epc(3);
const BB = T0 + 48 * HOUR;

function world(): World {
  return new World().tag(A, { gtin: LASAGNA, bestBeforeMs: BB }).tag(B, { gtin: LASAGNA, bestBeforeMs: BB }).tag(C, { gtin: SALAD, bestBeforeMs: BB });
}

const conflict = (holder: string, epcs: string[]) => ({
  type: 'StockDiscrepancy',
  fridgeId: F2,
  detail: `${epcs.length} tag(s) reported here are counted in fridge ${holder}, not counted twice: ${epcs.join(', ')}`,
});

describe('one fridge per tag (issue 11 item 3)', () => {
  it('given F1 holds A and B, when F2\'s snapshot lists A, B and C, then F2 gets only C, a discrepancy, and F1 is asked for a snapshot', () => {
    const w = world();
    const out = w
      .given(online(F1), online(F2), w.stocked(F1, [A, B]))
      .when(record([fridgeEvent.snapshot([A, B, C])], { fridgeId: F2 }))
      .thenIncludes([
        { type: 'FridgeInventoryChanged', fridgeId: F2, cause: 'snapshot', added: [{ epc: C, gtin: SALAD, bestBeforeMs: BB, reason: 'reconciliation' }], removed: [] },
        conflict(F1, [A, B]),
        { type: 'ReconciliationRequested', fridgeId: F1, reason: 'divergence' },
      ])
      .thenNone({ type: 'MealStockUpdated', fridgeId: F2, gtin: LASAGNA })
      .thenNone({ type: 'MealStockUpdated', fridgeId: F1 });
    expect(out.stock(F1, LASAGNA)).toMatchObject({ onHand: 2 });
    expect(out.stock(F2, LASAGNA)).toMatchObject({ onHand: 0 });
    // The district catalog counts two lasagnas, not four.
    const lasagna = catalogView(out.state).meals.find((m) => m.gtin === LASAGNA);
    expect(lasagna?.fridges.reduce((n, f) => n + f.available, 0)).toBe(2);
  });

  it('a door session adding a tag another fridge holds adds nothing', () => {
    const w = world();
    const out = w
      .given(online(F1), online(F2), w.stocked(F1, [A]))
      .when(record([fridgeEvent.door({ added: [A, C] })], { fridgeId: F2 }))
      .thenIncludes([{ type: 'FridgeInventoryChanged', fridgeId: F2, cause: 'door_session', added: [{ epc: C }] }, conflict(F1, [A])]);
    expect(out.stock(F2, LASAGNA)).toMatchObject({ onHand: 0 });
  });

  it('an audit finding a tag another fridge holds adds nothing', () => {
    const w = world();
    const out = w
      .given(online(F1), online(F2), w.stocked(F1, [A]))
      .when(record([fridgeEvent.audit({ found: [A] })], { fridgeId: F2 }))
      .thenIncludes([conflict(F1, [A]), { type: 'ReconciliationRequested', fridgeId: F1, reason: 'divergence' }]);
    expect(out.events.map((e) => e.type)).toEqual(['StockDiscrepancy', 'ReconciliationRequested']);
  });

  it('holds cannot exceed the real meals: a reservation at F2 for a meal F2 listed but F1 holds is refused', () => {
    const w = world();
    const s = w.given(online(F1), online(F2), w.stocked(F1, [A]));
    s.when(record([fridgeEvent.snapshot([A])], { fridgeId: F2 }));
    s.when({ type: 'ReserveMeal', reservationId: 'r-1', fridgeId: F2, gtin: LASAGNA, userId: 'u-1', quantity: 1, expiresAtMs: T0 + HOUR }).thenRejects('insufficient_stock');
    s.when({ type: 'ReserveMeal', reservationId: 'r-2', fridgeId: F1, gtin: LASAGNA, userId: 'u-2', quantity: 1, expiresAtMs: T0 + HOUR }).thenIncludes([{ type: 'MealStockReserved' }]);
  });

  it('once the holder\'s own snapshot no longer lists the tag, the other fridge\'s next snapshot brings it in: the meal moved', () => {
    const w = world();
    const s = w.given(online(F1), online(F2), w.stocked(F1, [A]));
    s.when(record([fridgeEvent.snapshot([A])], { fridgeId: F2 }));
    s.when(record([fridgeEvent.snapshot([])], { fridgeId: F1 })).thenIncludes([{ type: 'FridgeInventoryChanged', fridgeId: F1, removed: [{ epc: A, reason: 'reconciliation' }] }]);
    const out = s.when(record([fridgeEvent.snapshot([A])], { fridgeId: F2 })).thenNone({ type: 'StockDiscrepancy' });
    expect(out.stock(F2, LASAGNA)).toMatchObject({ onHand: 1 });
    expect(out.stock(F1, LASAGNA)).toMatchObject({ onHand: 0 });
  });
});
