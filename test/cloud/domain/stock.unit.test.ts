import { describe, expect, it } from 'vitest';
import { decodeFridgeEvent, encodeFridgeEvent } from '../../../proto/index.js';
import {
  CURRY,
  DISTRICT,
  F1,
  F2,
  HOUR,
  LASAGNA,
  SALAD,
  T0,
  World,
  counts,
  epc,
  fridgeEvent,
  online,
  record,
  shelf,
  type EventInput,
} from './spec.js';

const A = epc(1);
const B = epc(2);
const C = epc(3);
const P = epc(10); // a personal meal
const X = epc(99); // never registered
const BB = T0 + 48 * HOUR;

function world(): World {
  return new World()
    .tag(A, { gtin: LASAGNA, bestBeforeMs: BB })
    .tag(B, { gtin: LASAGNA, bestBeforeMs: BB })
    .tag(C, { gtin: SALAD, bestBeforeMs: BB })
    .tag(P, { gtin: CURRY, bestBeforeMs: BB, orderId: 'order-7', userId: 'user-7' })
    .meal(LASAGNA, { nominalWeightG: 450 })
    .meal(SALAD, { nominalWeightG: 300 })
    .meal(CURRY, { nominalWeightG: 400 });
}

describe('door sessions', () => {
  it('meals added in a door session arrive as a restock, with item facts, counts and a catalog change', () => {
    const w = world();
    w.given(online())
      .when(record([fridgeEvent.door({ added: [A, B], at: T0 - 1000 })]))
      .then([
        {
          type: 'FridgeInventoryChanged',
          fridgeId: F1,
          at: T0 - 1000,
          cause: 'door_session',
          added: [
            { epc: A, gtin: LASAGNA, bestBeforeMs: BB, reason: 'restock' },
            { epc: B, gtin: LASAGNA, bestBeforeMs: BB, reason: 'restock' },
          ],
          removed: [],
        },
        {
          type: 'MealStockUpdated',
          fridgeId: F1,
          at: T0 - 1000,
          gtin: LASAGNA,
          reason: 'restock',
          onHand: 2,
          reserved: 0,
          available: 2,
          delta: 2,
        },
        { type: 'CatalogUpdated', catalogId: DISTRICT, version: 1 },
      ]);
  });

  it('a sellable meal leaving is a sale; the catalog changes only when the last one goes', () => {
    const w = world();
    const s = w.given(online(), w.stocked(F1, [A, B]), { type: 'CatalogUpdated', catalogId: DISTRICT, version: 1 });
    s.when(record([fridgeEvent.door({ removed: [A] })]))
      .thenIncludes([
        { type: 'FridgeInventoryChanged', removed: [{ epc: A, gtin: LASAGNA, reason: 'sale' }] },
        { type: 'MealStockUpdated', gtin: LASAGNA, reason: 'sale', onHand: 1, available: 1, delta: -1 },
      ])
      .thenNone({ type: 'CatalogUpdated' });
    s.when(record([fridgeEvent.door({ removed: [B] })])).thenIncludes([
      { type: 'MealStockUpdated', gtin: LASAGNA, reason: 'sale', onHand: 0, delta: -1 },
      { type: 'CatalogUpdated', version: 2 },
    ]);
  });

  it('the catalog is district-wide: a meal leaving one fridge while another has it is no catalog change', () => {
    const w = world();
    w.given(online(F1), online(F2), w.stocked(F1, [A]), w.stocked(F2, [B]))
      .when(record([fridgeEvent.door({ removed: [A] })], { fridgeId: F1 }))
      .thenIncludes([{ type: 'MealStockUpdated', fridgeId: F1, onHand: 0 }])
      .thenNone({ type: 'CatalogUpdated' });
  });

  it('a door session that changes no tags and no weight emits nothing', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A])).when(record([fridgeEvent.door({ shelves: [shelf(3)] })])).then([]);
  });

  it('removing a meal the cloud did not have asks for a reconciliation and changes no counts', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A]))
      .when(record([fridgeEvent.door({ removed: [B] })]))
      .then([{ type: 'ReconciliationRequested', fridgeId: F1, reason: 'divergence', at: T0 }]);
  });

  it('adding a meal already counted (a snapshot saw it first) changes nothing', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A])).when(record([fridgeEvent.door({ added: [A] })])).then([]);
  });

  it('a personal meal arriving is placed for its order, not counted as sellable stock', () => {
    const w = world();
    const out = w
      .given(online())
      .when(record([fridgeEvent.door({ added: [P], at: T0 })]))
      .then([
        {
          type: 'FridgeInventoryChanged',
          fridgeId: F1,
          cause: 'door_session',
          added: [{ epc: P, gtin: CURRY, bestBeforeMs: BB, personal: { orderId: 'order-7', userId: 'user-7' }, reason: 'restock' }],
          removed: [],
        },
        { type: 'OrderPlacedInFridge', fridgeId: F1, orderId: 'order-7', userId: 'user-7', epc: P, gtin: CURRY },
        { type: 'OrderAvailableForPicking', fridgeId: F1, orderId: 'order-7', userId: 'user-7', epc: P },
      ]);
    expect(out.stock(F1, CURRY)).toEqual(counts({ personal: 1 }));
  });

  it('a personal meal leaving is its pickup', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [P]))
      .when(record([fridgeEvent.door({ removed: [P] })]))
      .then([
        {
          type: 'FridgeInventoryChanged',
          fridgeId: F1,
          cause: 'door_session',
          added: [],
          removed: [{ epc: P, gtin: CURRY, reason: 'pickup', orderId: 'order-7' }],
        },
        { type: 'OrderPickedUp', fridgeId: F1, orderId: 'order-7', userId: 'user-7', epc: P },
      ]);
  });

  it('one MealStockUpdated per (fridge, gtin) whose counts changed', () => {
    const w = world();
    const out = w
      .given(online(), w.stocked(F1, [A]))
      .when(record([fridgeEvent.door({ removed: [A], added: [B, C] })]));
    // LASAGNA: one out, one in → counts unchanged → no update; SALAD: +1.
    expect(out.ofType('MealStockUpdated')).toEqual([
      expect.objectContaining({ gtin: SALAD, reason: 'restock', onHand: 1, delta: 1 }),
    ]);
  });
});

describe('unknown tags', () => {
  it('are reported once per epc per fridge, with the GTIN decoded from the EPC, and never counted', () => {
    const w = world();
    const s = w.given(online(), online(F2));
    const first = s.when(record([fridgeEvent.door({ added: [X] })])).then([
      { type: 'UnknownTagSeen', fridgeId: F1, epc: X, gtin: '80614141123458' },
    ]);
    expect(first.view()?.meals).toEqual({});
    s.when(record([fridgeEvent.snapshot([X])])).thenNone({ type: 'UnknownTagSeen' });
    s.when(record([fridgeEvent.door({ added: [X] })], { fridgeId: F2 })).thenIncludes([
      { type: 'UnknownTagSeen', fridgeId: F2, epc: X },
    ]);
  });

  it('a tag that is not an SGTIN-96 is reported without a GTIN', () => {
    const w = world();
    const odd = 'E2801160600002084A5C4F44';
    w.given(online())
      .when(record([fridgeEvent.audit({ found: [odd] })]))
      .then([{ type: 'UnknownTagSeen', fridgeId: F1, epc: odd }]);
  });
});

describe('snapshots reconcile', () => {
  it('the snapshot is the stock truth: missing items leave, new ones arrive, both as reconciliation', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A, B]))
      .when(record([fridgeEvent.snapshot([B, C, X], T0)]))
      .then([
        { type: 'UnknownTagSeen', fridgeId: F1, epc: X, gtin: '80614141123458' },
        {
          type: 'FridgeInventoryChanged',
          fridgeId: F1,
          cause: 'snapshot',
          added: [{ epc: C, gtin: SALAD, bestBeforeMs: BB, reason: 'reconciliation' }],
          removed: [{ epc: A, gtin: LASAGNA, reason: 'reconciliation' }],
        },
        { type: 'MealStockUpdated', fridgeId: F1, gtin: LASAGNA, reason: 'reconciliation', onHand: 1, reserved: 0, available: 1, delta: -1 },
        { type: 'MealStockUpdated', fridgeId: F1, gtin: SALAD, reason: 'reconciliation', onHand: 1, reserved: 0, available: 1, delta: 1 },
        { type: 'CatalogUpdated', catalogId: DISTRICT, version: 1 },
      ]);
  });

  it('a snapshot that matches is still recorded: it confirms the stock', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A]))
      .when(record([fridgeEvent.snapshot([A], T0)]))
      .then([{ type: 'FridgeInventoryChanged', fridgeId: F1, cause: 'snapshot', added: [], removed: [] }]);
  });

  it('a new epoch asks for a reconciliation, and the next snapshot ends it', () => {
    const w = world();
    const s = w.given(online(), w.stocked(F1, [A, B]));
    const out = s
      .when(record([fridgeEvent.door({ removed: [A] })], { newEpoch: true, epoch: 'ep-2' }))
      .thenIncludes([{ type: 'ReconciliationRequested', fridgeId: F1, reason: 'new_epoch', epoch: 'ep-2' }]);
    expect(out.view()?.needsReconciliation).toBe(true);
    const after = s.when(record([fridgeEvent.snapshot([C])], { epoch: 'ep-2' })).thenIncludes([
      { type: 'FridgeInventoryChanged', cause: 'snapshot', added: [{ epc: C }], removed: [{ epc: B }] },
    ]);
    expect(after.view()?.needsReconciliation).toBe(false);
  });

  it('a pending reconciliation is asked for once', () => {
    const w = world();
    w.given(online(), { type: 'ReconciliationRequested', fridgeId: F1, reason: 'new_epoch', epoch: 'ep-2' })
      .when(record([fridgeEvent.door({ removed: [A] })], { newEpoch: true, epoch: 'ep-2' }))
      .thenNone({ type: 'ReconciliationRequested' });
  });

  it('a new-epoch batch that starts with its snapshot reconciles at once', () => {
    const w = world();
    const out = w
      .given(online(), w.stocked(F1, [A]))
      .when(record([fridgeEvent.snapshot([A, B])], { newEpoch: true, epoch: 'ep-2' }))
      .thenIncludes([
        { type: 'ReconciliationRequested', reason: 'new_epoch' },
        { type: 'FridgeInventoryChanged', cause: 'snapshot', added: [{ epc: B }] },
      ]);
    expect(out.view()?.needsReconciliation).toBe(false);
  });
});

describe('audits', () => {
  it('found adds registered items not known; possibly lost changes nothing', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A]))
      .when(record([fridgeEvent.audit({ found: [A, C], possiblyLost: [A] })]))
      .then([
        {
          type: 'FridgeInventoryChanged',
          fridgeId: F1,
          cause: 'audit',
          added: [{ epc: C, gtin: SALAD, bestBeforeMs: BB, reason: 'reconciliation' }],
          removed: [],
        },
        { type: 'MealStockUpdated', fridgeId: F1, gtin: SALAD, reason: 'reconciliation', onHand: 1, reserved: 0, available: 1, delta: 1 },
        { type: 'CatalogUpdated', catalogId: DISTRICT, version: 1 },
      ]);
  });

  it('possibly lost (confirmed absent by the edge) leaves the stock as a loss, never a sale, reported as a discrepancy (issue 11 item 2)', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A, B]))
      .when(record([fridgeEvent.audit({ possiblyLost: [A, C] })])) // C: not held here, nothing to remove
      .then([
        { type: 'FridgeInventoryChanged', fridgeId: F1, cause: 'audit', added: [], removed: [{ epc: A, gtin: LASAGNA, reason: 'reconciliation' }] },
        { type: 'MealStockUpdated', fridgeId: F1, gtin: LASAGNA, reason: 'reconciliation', onHand: 1, reserved: 0, available: 1, delta: -1 },
        {
          type: 'StockDiscrepancy',
          fridgeId: F1,
          expectedDeltaG: 0,
          measuredDeltaG: 0,
          detail: `1 meal(s) absent from two consecutive complete inventory rounds with no door session, no longer counted: ${A}`,
        },
      ]);
  });

  it('a confirmed-absent meal under a hold releases the hold, settles nothing', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A]), { type: 'MealStockReserved', fridgeId: F1, reservationId: 'r-1', gtin: LASAGNA, userId: 'u-1', quantity: 1, expiresAtMs: T0 + HOUR })
      .when(record([fridgeEvent.audit({ possiblyLost: [A] })]))
      .thenIncludes([{ type: 'FridgeInventoryChanged' }, { type: 'MealStockCanceled', reservationId: 'r-1', reason: 'stock_unavailable' }, { type: 'StockDiscrepancy' }])
      .thenNone({ type: 'ReservationFulfilled' });
  });

  it('possibly lost of a meal the cloud does not hold emits nothing', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A])).when(record([fridgeEvent.audit({ possiblyLost: [B] })])).then([]);
  });
});

describe('snapshots and edge restarts (issue 11 item 2)', () => {
  it('an unseen tag the cloud holds stays; one it does not hold does not arrive on an unseen word', () => {
    const w = world();
    const out = w.given(online(), w.stocked(F1, [A])).when(record([fridgeEvent.snapshot([A, B], undefined, { unseen: [A, B] })]));
    out.thenIncludes([{ type: 'FridgeInventoryChanged', cause: 'snapshot', added: [], removed: [] }]);
    expect(out.stock(F1, LASAGNA)).toMatchObject({ onHand: 1 });
  });

  it('a STARTUP snapshot ends the app-unlock attribution: the next session is nobody\'s', () => {
    const w = world();
    const opened: EventInput = { type: 'DoorOpenedBy', fridgeId: F1, commandId: 'c-1', userId: 'u-1' };
    const reserved: EventInput = { type: 'MealStockReserved', fridgeId: F1, reservationId: 'r-1', gtin: LASAGNA, userId: 'u-1', quantity: 1, expiresAtMs: T0 + HOUR };
    const s = w.given(online(), w.stocked(F1, [A, B]), reserved, opened);
    s.when(record([fridgeEvent.snapshot([A, B], undefined, { reason: 1 })])).thenIncludes([{ type: 'DoorSessionEnded', fridgeId: F1, userId: 'u-1' }]);
    // The next shopper takes B: a sale, u-1's hold is not settled by it.
    s.when(record([fridgeEvent.door({ removed: [B] })]))
      .thenIncludes([{ type: 'FridgeInventoryChanged', removed: [{ epc: B, gtin: LASAGNA, reason: 'sale' }] }])
      .thenNone({ type: 'ReservationFulfilled' });
  });

  it('a periodic snapshot leaves the attribution alone', () => {
    const w = world();
    const opened: EventInput = { type: 'DoorOpenedBy', fridgeId: F1, commandId: 'c-1', userId: 'u-1' };
    w.given(online(), w.stocked(F1, [A]), opened).when(record([fridgeEvent.snapshot([A])])).thenNone({ type: 'DoorSessionEnded' });
  });
});

describe('weight cross-check', () => {
  it('shelves agreeing with the tags within tolerance: no discrepancy', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A]))
      .when(record([fridgeEvent.door({ removed: [A], added: [C], shelves: [shelf(-200), shelf(45, true, 2)] })]))
      .thenNone({ type: 'StockDiscrepancy' });
  });

  it('a mismatch beyond tolerance raises a discrepancy and the RFID facts still decide the stock', () => {
    const w = world();
    const out = w
      .given(online(), w.stocked(F1, [A, B]))
      .when(record([fridgeEvent.door({ removed: [A], shelves: [shelf(-900)] })]))
      .thenIncludes([
        {
          type: 'StockDiscrepancy',
          fridgeId: F1,
          expectedDeltaG: -450,
          measuredDeltaG: -900,
          detail: expect.stringContaining('1 tag(s) removed') as unknown,
        },
      ]);
    expect(out.stock(F1, LASAGNA)).toEqual(counts({ onHand: 1, available: 1 }));
  });

  it('weight leaving with no tag change is a discrepancy (an untagged or unread meal)', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A]))
      .when(record([fridgeEvent.door({ shelves: [shelf(-430)] })]))
      .then([
        {
          type: 'StockDiscrepancy',
          fridgeId: F1,
          expectedDeltaG: 0,
          measuredDeltaG: -430,
          detail: 'door session: 0 tag(s) removed, 0 added; tags account for 0 g, shelves moved -430 g',
        },
      ]);
  });

  it('is skipped when a shelf reading was unstable or a moved meal has no nominal weight', () => {
    const w = world().tag(epc(20), { gtin: '09506000134383' }); // no catalog entry: still a meal
    const s = w.given(online(), w.stocked(F1, [A, epc(20)]));
    s.when(record([fridgeEvent.door({ removed: [A], shelves: [shelf(-900, false)] })])).thenNone({ type: 'StockDiscrepancy' });
    s.when(record([fridgeEvent.door({ removed: [epc(20)], shelves: [shelf(-900)] })]))
      .thenNone({ type: 'StockDiscrepancy' })
      .thenIncludes([{ type: 'MealStockUpdated', gtin: '09506000134383', onHand: 0 }]);
  });
});

describe('batches', () => {
  it('an event with a malformed EPC is left out (counted, the stock reconciled); the batch\'s other events apply', () => {
    const w = world();
    const bad = fridgeEvent.door({ added: [A] });
    bad.doorSession?.added?.push(new Uint8Array(11));
    const out = w
      .given(online())
      .when(record([fridgeEvent.door({ added: [B] }), bad, fridgeEvent.temperature(41, T0)]))
      .thenIncludes([
        { type: 'FridgeInventoryChanged', added: [{ epc: B }] },
        { type: 'ReconciliationRequested', reason: 'divergence' },
        { type: 'TemperatureRecorded', deciCelsius: 41 },
      ])
      .thenNone({ type: 'FridgeInventoryChanged', added: [{ epc: A }] });
    expect(out.result.ok && out.result.refused).toEqual(new Map([['invalid_epc', 1]]));
  });

  it('takes fridge events as protobufjs decodes them from the wire', () => {
    const w = world();
    const wire = [fridgeEvent.door({ added: [A], removed: [], at: T0 }), fridgeEvent.temperature(41, T0 + 1)].map((e) => {
      const decoded = decodeFridgeEvent(encodeFridgeEvent(e));
      if (!decoded.ok) throw new Error(decoded.reason);
      return decoded.value;
    });
    w.given(online())
      .when(record(wire))
      .thenIncludes([
        { type: 'FridgeInventoryChanged', at: T0, added: [{ epc: A, gtin: LASAGNA }] },
        { type: 'MealStockUpdated', gtin: LASAGNA, onHand: 1 },
        { type: 'TemperatureRecorded', at: T0 + 1, sensor: 1, deciCelsius: 41 },
      ]);
  });

  it('operational fridge events have no stock meaning', () => {
    const w = world();
    w.given(online()).when(record([fridgeEvent.fault()])).then([]);
  });

  it('facts are dated by the edge; decisions of the cloud by ctx.now', () => {
    const w = world();
    w.now = T0 + 5 * HOUR;
    w.given(online())
      .when(record([fridgeEvent.door({ added: [A], at: T0 })]))
      .thenIncludes([
        { type: 'FridgeInventoryChanged', at: T0 },
        { type: 'MealStockUpdated', at: T0 },
        { type: 'CatalogUpdated', at: T0 + 5 * HOUR },
      ]);
  });
});
