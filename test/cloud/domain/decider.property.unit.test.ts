// Randomized sequences of commands against the district decider: the state rebuilt from the
// emitted events alone equals the live state, decide never mutates its input, events are
// plain JSON, the stock invariants hold after every command (a tag in one fridge at most), and every temperature sample
// becomes a TemperatureRecorded.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  availableOf,
  catalogView,
  decide,
  defaultAclConfig,
  evolve,
  initialDistrictState,
  type DecideContext,
  type DistrictCommand,
  type DistrictState,
  type DomainEvent,
  type TagRecord,
} from '../../../cloud/domain/index.js';
import { CURRY, DISTRICT, F1, F2, LASAGNA, MIN, SALAD, T0, epc, fridgeEvent, record, shelf } from './spec.js';

const GTINS = [LASAGNA, SALAD, CURRY];
const FRIDGES = [F1, F2];
const USERS = ['u-1', 'u-2', 'u-3'];

// 12 registered meals (3 personal, best-befores spread over the run) and 2 unknown tags.
const REGISTRY = new Map<string, TagRecord>();
for (let i = 0; i < 12; i++) {
  const gtin = GTINS[i % 3] ?? LASAGNA;
  REGISTRY.set(epc(i + 1), {
    gtin,
    ...(i % 4 !== 3 ? { bestBeforeMs: T0 + (i + 1) * 45 * MIN } : {}),
    ...(i % 5 === 4 ? { orderId: `o-${i}`, userId: USERS[i % 3] ?? 'u-1' } : {}),
  });
}
const POOL = [...REGISTRY.keys(), epc(90), epc(91)];

const ctxAt = (now: number): DecideContext => ({
  tag: (e) => REGISTRY.get(e),
  meal: (g) => (g === CURRY ? undefined : { nominalWeightG: g === LASAGNA ? 450 : 300 }),
  now,
  config: { ...defaultAclConfig, excursionMs: 40 * MIN },
});

type Step = { dt: number; make: (now: number, nextId: number, active: readonly { id: string; userId: string }[]) => DistrictCommand };

const fridge = fc.constantFrom(...FRIDGES);
const tags = fc.subarray(POOL);
const step: fc.Arbitrary<Step> = fc.record({
  dt: fc.integer({ min: 0, max: 12 * MIN }),
  make: fc.oneof(
    { weight: 5, arbitrary: fc.tuple(fridge, tags, tags, fc.integer({ min: -1500, max: 1500 }), fc.boolean()).map(
      ([f, removed, added, g, newEpoch]) =>
        (now: number) => record([fridgeEvent.door({ removed, added, shelves: [shelf(g)], at: now })], { fridgeId: f, newEpoch }),
    ) },
    { weight: 2, arbitrary: fc.tuple(fridge, tags).map(([f, t]) => (now: number) => record([fridgeEvent.snapshot(t, now)], { fridgeId: f })) },
    { weight: 1, arbitrary: fc.tuple(fridge, tags, tags).map(([f, found, lost]) => (now: number) =>
      record([fridgeEvent.audit({ found, possiblyLost: lost, at: now })], { fridgeId: f })) },
    { weight: 3, arbitrary: fc.tuple(fridge, fc.integer({ min: 1, max: 2 }), fc.constantFrom(40, 48, 50, 51, 55, 65, 75)).map(
      ([f, sensor, deci]) => (now: number) => record([fridgeEvent.temperature(deci, now, sensor)], { fridgeId: f }),
    ) },
    { weight: 2, arbitrary: fc.tuple(fridge, fc.constantFrom('ep-1', 'ep-2')).map(([f, epoch]) => () => ({ type: 'MarkFridgeOnline', fridgeId: f, epoch }) as DistrictCommand) },
    { weight: 1, arbitrary: fc.tuple(fridge, fc.boolean()).map(([f, clean]) => () => ({ type: 'MarkFridgeOffline', fridgeId: f, clean }) as DistrictCommand) },
    { weight: 3, arbitrary: fc.constant(() => ({ type: 'Tick' }) as DistrictCommand) },
    { weight: 4, arbitrary: fc.tuple(fridge, fc.constantFrom(...GTINS), fc.constantFrom(...USERS), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 30 })).map(
      ([f, gtin, userId, quantity, mins]) => (now: number, nextId: number) =>
        ({ type: 'ReserveMeal', reservationId: `r-${nextId}`, fridgeId: f, gtin, userId, quantity, expiresAtMs: now + mins * MIN }) as DistrictCommand,
    ) },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.option(fc.constantFrom(...USERS), { freq: 5 }), fc.constantFrom('by_user' as const, 'payment_failed' as const)).map(
      // Mostly the owner canceling one of the newest active reservations, sometimes someone else.
      ([back, someone, reason]) => (_now: number, _nextId: number, active: readonly { id: string; userId: string }[]) => {
        const r = active[active.length - back];
        return { type: 'CancelReservation', reservationId: r?.id ?? 'r-none', userId: someone ?? r?.userId ?? 'u-1', reason } as DistrictCommand;
      },
    ) },
    { weight: 1, arbitrary: fridge.map((f) => () => ({ type: 'ClearTemperatureExcursion', fridgeId: f }) as DistrictCommand) },
    { weight: 1, arbitrary: fc.constantFrom(...GTINS).map((gtin) => () => ({ type: 'RefreshMealFacts', gtin }) as DistrictCommand) },
  ),
});

/** Counts recomputed from the items and reservations must equal the incrementally kept ones. */
function checkInvariants(state: DistrictState): void {
  // Issue 11 item 3: a tag is counted in at most one fridge.
  const where = new Map<string, string>();
  for (const f of state.fridges.values()) {
    for (const e of f.items.keys()) {
      const other = where.get(e);
      if (other !== undefined) expect.fail(`${e} counted in ${other} and ${f.fridgeId}`);
      where.set(e, f.fridgeId);
    }
  }
  for (const f of state.fridges.values()) {
    const recount = new Map<string, { onHand: number; personal: number; withdrawn: number; reserved: number }>();
    const at = (g: string) => {
      const c = recount.get(g) ?? { onHand: 0, personal: 0, withdrawn: 0, reserved: 0 };
      recount.set(g, c);
      return c;
    };
    for (const i of f.items.values()) at(i.gtin)[i.withdrawn ? 'withdrawn' : i.personal ? 'personal' : 'onHand']++;
    for (const r of state.reservations.values()) if (r.fridgeId === f.fridgeId) at(r.gtin).reserved += r.quantity;
    same(Object.fromEntries(f.counts), Object.fromEntries(recount));
    for (const c of f.counts.values()) {
      // available = on_hand − reserved is never negative (holds never outnumber sellable meals).
      if (c.onHand - c.reserved < 0 || availableOf(c) !== c.onHand - c.reserved) {
        expect.fail(`${f.fridgeId}: on_hand ${c.onHand} < reserved ${c.reserved}`);
      }
    }
  }
}

/** expect() is slow in a hot loop: compare cheaply, let expect() explain a failure. */
function same(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toStrictEqual(expected);
}

const members = (s: DistrictState): string[] => catalogView(s).meals.map((m) => m.gtin);

describe('district decider, randomized', () => {
  it('state rebuilt from the events equals the live state; invariants hold after every command', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 10, maxLength: 40, size: 'max' }), (steps) => {
        let live = initialDistrictState(DISTRICT);
        const log: DomainEvent[] = [];
        // Projections that read events only: last MealStockUpdated per (fridge, gtin).
        const feed = new Map<string, { onHand: number; reserved: number; available: number }>();
        // Last TemperatureRecorded per (fridge, sensor), and the last sample sent per (fridge, sensor).
        const recorded = new Map<string, { deciCelsius: number; at: number }>();
        const sampled = new Map<string, { deciCelsius: number; at: number }>();
        let now = T0;
        let nextId = 0;
        // Start with both fridges online so that reservations have a chance; offline comes later.
        const births: Step[] = FRIDGES.map((f) => ({ dt: 0, make: () => ({ type: 'MarkFridgeOnline', fridgeId: f, epoch: 'ep-1' }) }));
        for (const s of [...births, ...steps]) {
          now += s.dt;
          const command = s.make(now, nextId++, [...live.reservations.values()].map((r) => ({ id: r.reservationId, userId: r.userId })));
          const before = structuredClone(live);
          const catalogBefore = members(live);
          const result = decide(command, live, ctxAt(now));
          same(live, before);
          if (!result.ok) continue;
          if (command.type === 'RecordFridgeEvents') {
            for (const ev of command.events) {
              if (ev.temperature) sampled.set(`${command.fridgeId}/${ev.temperature.sensor ?? 0}`, { deciCelsius: ev.temperature.deciCelsius ?? 0, at: Number(ev.recordedAtMs) });
            }
          }
          for (const e of result.events) {
            same(JSON.parse(JSON.stringify(e)), e);
            live = evolve(live, e);
            if (e.type === 'MealStockUpdated') {
              feed.set(`${e.fridgeId}/${e.gtin}`, { onHand: e.onHand, reserved: e.reserved, available: e.available });
            }
            if (e.type === 'TemperatureRecorded') recorded.set(`${e.fridgeId}/${e.sensor}`, { deciCelsius: e.deciCelsius, at: e.at });
          }
          log.push(...result.events);
          checkInvariants(live);
          // A projection of the readings alone shows the latest sample of every sensor.
          same(recorded, sampled);

          // The feed's counts agree with the state.
          for (const f of live.fridges.values()) {
            for (const [gtin, c] of f.counts) {
              if (c.onHand === 0 && c.reserved === 0) continue;
              same(feed.get(`${f.fridgeId}/${gtin}`), { onHand: c.onHand, reserved: c.reserved, available: availableOf(c) });
            }
          }
          for (const [key, c] of feed) {
            const [fid = '', gtin = ''] = key.split('/');
            const actual = live.fridges.get(fid)?.counts.get(gtin);
            same(c, { onHand: actual?.onHand ?? 0, reserved: actual?.reserved ?? 0, available: actual ? availableOf(actual) : 0 });
          }
          // CatalogUpdated exactly when membership changed (or a listed meal's facts did).
          const catalogEvents = result.events.filter((e) => e.type === 'CatalogUpdated');
          const changed = JSON.stringify(catalogBefore) !== JSON.stringify(members(live));
          const factsOfListed = command.type === 'RefreshMealFacts' && catalogBefore.includes(command.gtin);
          expect(catalogEvents.length).toBe(changed || factsOfListed ? 1 : 0);
          for (const e of catalogEvents) expect(e.version).toBe(before.catalogVersion + 1);
        }
        const rebuilt = (JSON.parse(JSON.stringify(log)) as DomainEvent[]).reduce(evolve, initialDistrictState(DISTRICT));
        same(rebuilt, live);
      }),
      { numRuns: 100 },
    );
  });
});
