import { describe, expect, it } from 'vitest';
import { CURRY, DISTRICT, F1, F2, HOUR, LASAGNA, MIN, SALAD, T0, World, counts, epc, fridgeEvent, online, record } from './spec.js';

const A = epc(1);
const B = epc(2);
const C = epc(3);
const P = epc(10);

function world(): World {
  return new World()
    .tag(A, { gtin: LASAGNA, bestBeforeMs: T0 + 48 * HOUR })
    .tag(B, { gtin: LASAGNA, bestBeforeMs: T0 + 2 * HOUR })
    .tag(C, { gtin: SALAD, bestBeforeMs: T0 + 48 * HOUR })
    .tag(P, { gtin: CURRY, bestBeforeMs: T0 + 48 * HOUR, orderId: 'order-7', userId: 'user-7' });
}

describe('temperature readings', () => {
  it('every sample of a batch is judged, and the latest of each sensor is recorded at the end of the batch, dated by the edge', () => {
    const w = world();
    w.now = T0 + HOUR; // the batch arrives later than it was recorded
    w.given(online(), w.stocked(F1, [A]))
      .when(
        record([
          fridgeEvent.temperature(41, T0, 1),
          fridgeEvent.temperature(-3, T0 + MIN, 2), // a freezer compartment
          fridgeEvent.temperature(58, T0 + 2 * MIN, 1),
          fridgeEvent.temperature(46, T0 + 7 * MIN, 1),
        ]),
      )
      .then([
        // Every sample is judged; the reading recorded is each sensor's latest of the batch.
        { type: 'TemperatureAboveSafe', fridgeId: F1, at: T0 + 2 * MIN, sensor: 1, sinceMs: T0 + 2 * MIN, maxDeciCelsius: 58 },
        { type: 'TemperatureBackToSafe', fridgeId: F1, at: T0 + 7 * MIN, sensor: 1 },
        { type: 'TemperatureRecorded', fridgeId: F1, at: T0 + 7 * MIN, sensor: 1, deciCelsius: 46 },
        { type: 'TemperatureRecorded', fridgeId: F1, at: T0 + MIN, sensor: 2, deciCelsius: -3 },
      ]);
  });

  it('a reading changes no decider state but the set of the fridge\'s sensors (bounded, issue 11 item 9), and a fridge known only by its readings stays unknown', () => {
    const w = world();
    const s = w.given(online(), w.stocked(F1, [A]));
    const before = structuredClone(s.state);
    const out = s.when(record([fridgeEvent.temperature(44, T0), fridgeEvent.temperature(39, T0 + MIN, 2)])).then([
      { type: 'TemperatureRecorded', fridgeId: F1, at: T0, sensor: 1, deciCelsius: 44 },
      { type: 'TemperatureRecorded', fridgeId: F1, at: T0 + MIN, sensor: 2, deciCelsius: 39 },
    ]);
    before.fridges.get(F1)!.sensors = new Set([1, 2]);
    expect(out.state).toEqual(before);
    // Known sensors again: nothing changes at all.
    const again = structuredClone(out.state);
    expect(s.when(record([fridgeEvent.temperature(43, T0 + 2 * MIN)])).state).toEqual(again);
    s.when(record([fridgeEvent.temperature(45, T0)], { fridgeId: F2 })).then([{ type: 'TemperatureRecorded', fridgeId: F2, at: T0, sensor: 1, deciCelsius: 45 }]);
    expect(s.state.fridges.has(F2)).toBe(false);
  });

  it('a sample without a time is dated by the cloud', () => {
    const w = world();
    w.now = T0 + 5 * MIN;
    w.given(online())
      .when(record([{ seq: 1, temperature: { sensor: 3, deciCelsius: 42 } }]))
      .then([{ type: 'TemperatureRecorded', fridgeId: F1, at: T0 + 5 * MIN, sensor: 3, deciCelsius: 42 }]);
  });
});

describe('temperature excursions', () => {
  it('a sample above 5.0 °C starts watching the sensor; 5.0 °C itself is safe', () => {
    const w = world();
    const s = w.given(online(), w.stocked(F1, [A]));
    s.when(record([fridgeEvent.temperature(50, T0)])).then([{ type: 'TemperatureRecorded', fridgeId: F1, at: T0, sensor: 1, deciCelsius: 50 }]);
    s.when(record([fridgeEvent.temperature(51, T0 + MIN)])).then([
      { type: 'TemperatureAboveSafe', fridgeId: F1, at: T0 + MIN, sensor: 1, sinceMs: T0 + MIN, maxDeciCelsius: 51 },
      { type: 'TemperatureRecorded', fridgeId: F1, at: T0 + MIN, sensor: 1, deciCelsius: 51 },
    ]);
    s.when(record([fridgeEvent.temperature(55, T0 + 2 * MIN), fridgeEvent.temperature(53, T0 + 3 * MIN)])).then([
      { type: 'TemperatureAboveSafe', fridgeId: F1, at: T0 + 2 * MIN, sensor: 1, sinceMs: T0 + MIN, maxDeciCelsius: 55 },
      { type: 'TemperatureRecorded', fridgeId: F1, at: T0 + 3 * MIN, sensor: 1, deciCelsius: 53 },
    ]);
    s.when(record([fridgeEvent.temperature(40, T0 + 4 * MIN)])).then([
      { type: 'TemperatureBackToSafe', fridgeId: F1, at: T0 + 4 * MIN, sensor: 1 },
      { type: 'TemperatureRecorded', fridgeId: F1, at: T0 + 4 * MIN, sensor: 1, deciCelsius: 40 },
    ]);
  });

  it('above safe for exactly the limit is no excursion; longer is', () => {
    const w = world();
    const s = w.given(online(), w.stocked(F1, [A]), {
      type: 'TemperatureAboveSafe',
      fridgeId: F1,
      sensor: 1,
      sinceMs: T0,
      maxDeciCelsius: 60,
    });
    s.when(record([fridgeEvent.temperature(60, T0 + 2 * HOUR)])).then([{ type: 'TemperatureRecorded', fridgeId: F1, at: T0 + 2 * HOUR, sensor: 1, deciCelsius: 60 }]);
    s.when(record([fridgeEvent.temperature(60, T0 + 2 * HOUR + 1)])).thenIncludes([
      { type: 'TemperatureExcursion', fridgeId: F1, at: T0 + 2 * HOUR + 1, maxDeciCelsius: 60, sinceMs: T0, cleared: false },
    ]);
  });

  it('withdraws every meal of the fridge, personal ones too, and updates the counts and the catalog', () => {
    const w = world();
    w.now = T0 + 3 * HOUR;
    const out = w
      .given(
        online(),
        w.stocked(F1, [A, C, P]),
        { type: 'CatalogUpdated', catalogId: DISTRICT, version: 4 },
        { type: 'TemperatureAboveSafe', fridgeId: F1, sensor: 1, sinceMs: T0, maxDeciCelsius: 72 },
      )
      .when({ type: 'Tick' })
      .then([
        { type: 'TemperatureExcursion', fridgeId: F1, maxDeciCelsius: 72, sinceMs: T0, cleared: false },
        { type: 'MealsWithdrawn', fridgeId: F1, reason: 'temperature', epcs: [A, C, P].sort() },
        { type: 'MealStockUpdated', fridgeId: F1, gtin: LASAGNA, reason: 'temperature', onHand: 0, reserved: 0, available: 0, delta: -1 },
        { type: 'MealStockUpdated', fridgeId: F1, gtin: SALAD, reason: 'temperature', onHand: 0, reserved: 0, available: 0, delta: -1 },
        { type: 'CatalogUpdated', catalogId: DISTRICT, version: 5 },
      ]);
    expect(out.stock(F1, CURRY)).toEqual(counts({ withdrawn: 1 }));
    expect(out.view()?.temperatureExcursion).toBe(true);
  });

  it('the deadline also passes between samples, at the next fridge event', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [A]), { type: 'TemperatureAboveSafe', fridgeId: F1, sensor: 1, sinceMs: T0, maxDeciCelsius: 60 })
      .when(record([fridgeEvent.temperature(40, T0 + 3 * HOUR)]))
      .thenIncludes([
        { type: 'TemperatureExcursion', at: T0 + 3 * HOUR },
        { type: 'MealsWithdrawn', reason: 'temperature' },
        { type: 'TemperatureBackToSafe' },
        { type: 'TemperatureRecorded', at: T0 + 3 * HOUR, deciCelsius: 40 },
      ]);
  });

  it('a fridge is above safe while any of its sensors is', () => {
    const w = world();
    const s = w.given(online(), w.stocked(F1, [A]));
    s.when(
      record([
        fridgeEvent.temperature(70, T0, 1),
        fridgeEvent.temperature(40, T0 + HOUR, 2), // the other sensor is cold: sensor 1 still counts
        fridgeEvent.temperature(70, T0 + 2 * HOUR + MIN, 1),
      ]),
    ).thenIncludes([{ type: 'TemperatureExcursion', sinceMs: T0 }]);
  });

  it('an offline fridge waits for its backlog before the deadline is judged on Tick', () => {
    const w = world();
    w.now = T0 + 3 * HOUR;
    w.given(online(), w.stocked(F1, [A]), { type: 'TemperatureAboveSafe', fridgeId: F1, sensor: 1, sinceMs: T0, maxDeciCelsius: 60 }, {
      type: 'FridgeOffline',
      fridgeId: F1,
      clean: false,
    })
      .when({ type: 'Tick' })
      .then([]);
  });

  it('meals arriving during an excursion are withdrawn at once, never shown as sellable', () => {
    const w = world();
    const out = w
      .given(online(), { type: 'TemperatureExcursion', fridgeId: F1, sinceMs: T0 - 3 * HOUR, maxDeciCelsius: 70, cleared: false })
      .when(record([fridgeEvent.door({ added: [A, P] })]))
      .thenIncludes([
        { type: 'FridgeInventoryChanged' },
        { type: 'MealsWithdrawn', reason: 'temperature', epcs: [A, P] },
        { type: 'OrderPlacedInFridge', orderId: 'order-7' },
      ])
      .thenNone({ type: 'MealStockUpdated' })
      .thenNone({ type: 'OrderAvailableForPicking' });
    expect(out.stock(F1, LASAGNA)).toEqual(counts({ withdrawn: 1 }));
  });

  describe('clearing', () => {
    const excursion = { type: 'TemperatureExcursion', fridgeId: F1, sinceMs: T0 - 3 * HOUR, maxDeciCelsius: 70, cleared: false } as const;

    it('an operator clears it: meals back on sale, personal ones available for picking', () => {
      const w = world();
      w.given(online(), w.stocked(F1, [A, P]), excursion, {
        type: 'MealsWithdrawn',
        fridgeId: F1,
        reason: 'temperature',
        epcs: [A, P],
      })
        .when({ type: 'ClearTemperatureExcursion', fridgeId: F1 })
        .then([
          { type: 'TemperatureExcursion', fridgeId: F1, sinceMs: T0 - 3 * HOUR, maxDeciCelsius: 70, cleared: true },
          { type: 'MealsReinstated', fridgeId: F1, epcs: [A, P] },
          { type: 'OrderAvailableForPicking', fridgeId: F1, orderId: 'order-7', userId: 'user-7', epc: P },
          { type: 'MealStockUpdated', fridgeId: F1, gtin: LASAGNA, reason: 'temperature', onHand: 1, reserved: 0, available: 1, delta: 1 },
          { type: 'CatalogUpdated', catalogId: DISTRICT, version: 1 },
        ]);
    });

    it('meals that expired meanwhile stay withdrawn, as expired', () => {
      const w = world();
      w.now = T0 + 3 * HOUR;
      const out = w
        .given(online(), w.stocked(F1, [A, B]), excursion, { type: 'MealsWithdrawn', fridgeId: F1, reason: 'temperature', epcs: [A, B] })
        .when({ type: 'ClearTemperatureExcursion', fridgeId: F1 })
        .thenIncludes([
          { type: 'MealsWithdrawn', reason: 'expired', epcs: [B] },
          { type: 'TemperatureExcursion', cleared: true },
          { type: 'MealsReinstated', epcs: [A] },
          { type: 'MealStockUpdated', gtin: LASAGNA, onHand: 1, delta: 1, reason: 'temperature' },
        ]);
      expect(out.stock(F1, LASAGNA)).toEqual(counts({ onHand: 1, available: 1, withdrawn: 1 }));
    });

    it('is refused while a sensor still reads above safe, when nothing is active, or for an unknown fridge', () => {
      const w = world();
      w.given(online(), excursion, { type: 'TemperatureAboveSafe', fridgeId: F1, sensor: 2, sinceMs: T0, maxDeciCelsius: 60 })
        .when({ type: 'ClearTemperatureExcursion', fridgeId: F1 })
        .thenRejects('temperature_still_above_safe');
      w.given(online()).when({ type: 'ClearTemperatureExcursion', fridgeId: F1 }).thenRejects('no_active_excursion');
      w.given().when({ type: 'ClearTemperatureExcursion', fridgeId: F1 }).thenRejects('unknown_fridge');
    });
  });
});

describe('expiry', () => {
  it('on Tick, meals whose best-before has come are withdrawn (bestBeforeMs <= now)', () => {
    const w = world();
    const s = w.given(online(), w.stocked(F1, [A, B]));
    w.now = T0 + 2 * HOUR - 1;
    s.when({ type: 'Tick' }).then([]);
    w.now = T0 + 2 * HOUR;
    const out = s.when({ type: 'Tick' }).then([
      { type: 'MealsWithdrawn', fridgeId: F1, reason: 'expired', epcs: [B] },
      { type: 'MealStockUpdated', fridgeId: F1, gtin: LASAGNA, reason: 'expiry', onHand: 1, reserved: 0, available: 1, delta: -1 },
    ]);
    expect(out.stock(F1, LASAGNA)).toEqual(counts({ onHand: 1, available: 1, withdrawn: 1 }));
    s.when({ type: 'Tick' }).then([]);
  });

  it('a meal arriving already expired is withdrawn in the same step: no sellable blip', () => {
    const w = world();
    w.now = T0 + 3 * HOUR;
    w.given(online())
      .when(record([fridgeEvent.door({ added: [B], at: T0 + 3 * HOUR })]))
      .then([
        {
          type: 'FridgeInventoryChanged',
          fridgeId: F1,
          cause: 'door_session',
          added: [{ epc: B, gtin: LASAGNA, bestBeforeMs: T0 + 2 * HOUR, reason: 'restock' }],
          removed: [],
        },
        { type: 'MealsWithdrawn', fridgeId: F1, reason: 'expired', epcs: [B] },
      ]);
  });

  it('a withdrawn meal taken out is disposed of, not sold', () => {
    const w = world();
    w.given(online(), w.stocked(F1, [B]), { type: 'MealsWithdrawn', fridgeId: F1, reason: 'expired', epcs: [B] })
      .when(record([fridgeEvent.door({ removed: [B] })]))
      .then([
        { type: 'FridgeInventoryChanged', fridgeId: F1, cause: 'door_session', added: [], removed: [{ epc: B, gtin: LASAGNA, reason: 'disposed' }] },
      ]);
  });

  it('expiry overrides a temperature withdrawal', () => {
    const w = world();
    w.now = T0 + 2 * HOUR;
    w.given(online(), w.stocked(F1, [B]), { type: 'MealsWithdrawn', fridgeId: F1, reason: 'temperature', epcs: [B] })
      .when({ type: 'Tick' })
      .then([{ type: 'MealsWithdrawn', fridgeId: F1, reason: 'expired', epcs: [B] }]);
  });
});
