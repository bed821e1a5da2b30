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
  forkState,
  initialDistrictState,
  SnapshotUnreadable,
  stateFromText,
  stateText,
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

/** With meals announced 90 minutes before their best-before (off in ctxAt). */
const ctxNearing = (now: number): DecideContext => ({ ...ctxAt(now), config: { ...ctxAt(now).config, nearingExpiryMs: 90 * MIN } });

/** Commands played against a state: the events each decision emitted, the state moved on. */
function play(state: DistrictState, steps: readonly Step[], t0: number, firstId: number): { state: DistrictState; events: DomainEvent[][]; now: number } {
  let s = state;
  let now = t0;
  let nextId = firstId;
  const events: DomainEvent[][] = [];
  for (const st of steps) {
    now += st.dt;
    const result = decide(st.make(now, nextId++, [...s.reservations.values()].map((r) => ({ id: r.reservationId, userId: r.userId }))), s, ctxNearing(now));
    events.push(result.ok ? result.events : []);
    if (result.ok) for (const e of result.events) s = evolve(s, e);
  }
  return { state: s, events, now };
}

// The commands above, with more restocks and long holds, so that states have several
// reservations, withdrawn and announced meals to keep in order, and doors unlocked from the app.
const richStep: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: step },
  { weight: 1, arbitrary: fc.tuple(fridge, fc.constantFrom(...USERS), fc.integer({ min: 0, max: 3 })).map(([f, userId, c]): Step => ({
    dt: 0,
    make: () => ({ type: 'RequestDoorUnlock', fridgeId: f, userId, commandId: `c-${c}` }),
  })) },
  { weight: 1, arbitrary: fc.tuple(fridge, fc.integer({ min: 0, max: 3 })).map(([f, c]): Step => ({
    dt: 0,
    make: (now, nextId) => record([{ seq: 50_000 + nextId, recordedAtMs: now, unlocked: { commandId: `c-${c}` } }], { fridgeId: f }),
  })) },
  { weight: 1, arbitrary: fc.tuple(fridge, fc.subarray(POOL, { minLength: 6 })).map(([f, t]): Step => ({ dt: MIN, make: (now) => record([fridgeEvent.snapshot(t, now)], { fridgeId: f }) })) },
  { weight: 2, arbitrary: fc.tuple(fridge, fc.constantFrom(...GTINS), fc.constantFrom(...USERS)).map(([f, gtin, userId]): Step => ({
    dt: MIN,
    make: (now, nextId) => ({ type: 'ReserveMeal', reservationId: `r-${nextId}`, fridgeId: f, gtin, userId, quantity: 1, expiresAtMs: now + 600 * MIN }),
  })) },
);


describe('district snapshots, randomized', () => {
  it('a state saved at any event and restored, with the events after it applied, is the folded state and decides alike', async () => {
    const seen = { reservations: 0, nearing: 0, withdrawn: 0, personal: 0, opener: 0, unlocks: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(richStep, { minLength: 10, maxLength: 60, size: 'max' }), fc.array(step, { minLength: 1, maxLength: 15 }), async (before, after) => {
        const births: Step[] = FRIDGES.map((f) => ({ dt: 0, make: () => ({ type: 'MarkFridgeOnline', fridgeId: f, epoch: 'ep-1' }) }));
        const history = play(initialDistrictState(DISTRICT), [...births, ...before], T0, 0);
        const log = history.events.flat();
        const folded = history.state;
        const text = await stateText(folded);
        for (const cut of new Set([0, log.length >> 2, log.length >> 1, (3 * log.length) >> 2, log.length])) {
          const atCut = log.slice(0, cut).reduce(evolve, initialDistrictState(DISTRICT));
          seen.reservations = Math.max(seen.reservations, atCut.reservations.size);
          for (const f of atCut.fridges.values()) {
            if (f.opener !== undefined) seen.opener += 1;
            seen.unlocks += f.unlockRequests.size;
          }
          for (const f of atCut.fridges.values()) for (const i of f.items.values()) {
            if (i.nearing) seen.nearing += 1;
            if (i.withdrawn !== undefined) seen.withdrawn += 1;
            if (i.personal !== undefined) seen.personal += 1;
          }
          // Written in slices that yield between fridges, as the core writes it.
          const saved = await stateText(atCut, () => Promise.resolve());
          const restored = log.slice(cut).reduce(evolve, await stateFromText(saved, DISTRICT, () => Promise.resolve()));
          same(restored, folded);
          // Order too (reservations oldest first, items as they came): the texts are equal.
          expect(await stateText(restored)).toBe(text);
          // And the next commands are decided alike on either.
          const onFolded = play(structuredClone(folded), after, history.now, 1000);
          const onRestored = play(restored, after, history.now, 1000);
          same(onRestored.events, onFolded.events);
        }
      }),
      { numRuns: 60 },
    );
    // The states saved held what must come back in order and in full.
    expect(seen.reservations).toBeGreaterThanOrEqual(3);
    expect(seen.nearing).toBeGreaterThan(0);
    expect(seen.withdrawn).toBeGreaterThan(0);
    expect(seen.personal).toBeGreaterThan(0);
    expect(seen.opener).toBeGreaterThan(0);
    expect(seen.unlocks).toBeGreaterThan(0);
  });

  it('a fork is written as the state was while decisions go on, and after join the state is what it would have been', async () => {
    const seen = { forks: 0, decidedDuring: 0, fridgesCopied: 0, reservationsCopied: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(richStep, { minLength: 20, maxLength: 80, size: 'max' }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 12 })), { minLength: 1, maxLength: 4 }), async (steps, forkPlan) => {
        const births: Step[] = FRIDGES.map((f) => ({ dt: 0, make: () => ({ type: 'MarkFridgeOnline', fridgeId: f, epoch: 'ep-1' }) }));
        const all = [...births, ...steps];
        // `live` is forked from time to time, as the core forks a district to write its
        // snapshot; `plain` takes the same commands and is never forked.
        const live = initialDistrictState(DISTRICT);
        const plain = initialDistrictState(DISTRICT);
        const log: DomainEvent[] = [];
        let now = T0;
        let i = 0;
        const next = (): void => {
          const st = all[i++];
          if (st === undefined) return;
          now += st.dt;
          const command = st.make(now, i, [...plain.reservations.values()].map((r) => ({ id: r.reservationId, userId: r.userId })));
          const onLive = decide(command, live, ctxNearing(now));
          const onPlain = decide(command, plain, ctxNearing(now));
          same(onLive.ok ? onLive.events : onLive.reason, onPlain.ok ? onPlain.events : onPlain.reason);
          if (!onLive.ok || !onPlain.ok) return;
          for (const e of onLive.events) evolve(live, e);
          for (const e of onPlain.events) evolve(plain, e);
          log.push(...onPlain.events);
        };
        const forkAt = new Map(forkPlan.map(([at, before]) => [at % all.length, before]));
        while (i < all.length) {
          const before = forkAt.get(i);
          if (before === undefined) {
            next();
            continue;
          }
          const expected = await stateText(log.reduce(evolve, initialDistrictState(DISTRICT)));
          const fridgesAtFork = new Map(live.fridges);
          const reservationsAtFork = live.reservations;
          const { frozen, join } = forkState(live);
          // Decisions before the writing starts, and one at every turn of it.
          for (let k = 0; k < before; k++) next();
          const text = await stateText(frozen, () => {
            if (i < all.length) seen.decidedDuring += 1;
            next();
            return Promise.resolve();
          });
          expect(text).toBe(expected);
          for (const [id, f] of fridgesAtFork) if (live.fridges.get(id) !== f) seen.fridgesCopied += 1;
          if (live.reservations !== reservationsAtFork) seen.reservationsCopied += 1;
          join();
          seen.forks += 1;
          // Joined: the same state, in the same order, as the one never forked.
          same(live, plain);
          expect(await stateText(live)).toBe(await stateText(plain));
        }
        same(live, plain);
        expect(await stateText(live)).toBe(await stateText(log.reduce(evolve, initialDistrictState(DISTRICT))));
      }),
      { numRuns: 60 },
    );
    // The forks were written while fridges and reservations changed under them.
    expect(seen.forks).toBeGreaterThan(60);
    expect(seen.decidedDuring).toBeGreaterThan(100);
    expect(seen.fridgesCopied).toBeGreaterThan(60);
    expect(seen.reservationsCopied).toBeGreaterThan(10);
  });

  it('a fork does not move when the state does, and one fork at a time', async () => {
    const s = play(initialDistrictState(DISTRICT), [{ dt: 0, make: () => ({ type: 'MarkFridgeOnline', fridgeId: F1, epoch: 'ep-1' }) }, { dt: 0, make: (now) => record([fridgeEvent.snapshot([epc(1), epc(2)], now)], { fridgeId: F1 }) }], T0, 0).state;
    const { frozen, join } = forkState(s);
    expect(() => forkState(s)).toThrow(/forked already/);
    const text = await stateText(frozen);
    const moved = play(s, [{ dt: MIN, make: (now) => record([fridgeEvent.door({ removed: [epc(1)], added: [epc(3)], shelves: [], at: now })], { fridgeId: F1 }) }], T0, 10);
    expect(moved.events.flat().length).toBeGreaterThan(0);
    expect(s.fridges.get(F1)?.items.has(epc(1))).toBe(false);
    expect(frozen.fridges.get(F1)?.items.has(epc(1))).toBe(true);
    expect(await stateText(frozen)).toBe(text);
    join();
    expect(s.fridges).toBeInstanceOf(Map);
    expect(s.fridges.get(F1)?.items.has(epc(3))).toBe(true);
    expect(s.holders.get(epc(3))).toBe(F1);
    expect(s.holders.has(epc(1))).toBe(false);
    forkState(s).join(); // free to fork again
  });

  it('refuses text that is not a state of this district and format', async () => {
    const good = ['{"format":1,"district":"d","catalogVersion":0,"fridges":0}', '[]'].join('\n');
    expect((await stateFromText(good, 'd')).fridges.size).toBe(0);
    const fridgeLine = '{"id":"f","online":true,"needsReconciliation":false,"items":[{"epc":"e","gtin":"g","withdrawn":"stolen"}],"counts":[],"unknownTags":[],"sensorsAbove":[],"sensors":[],"unlockRequests":[]}';
    for (const [text, district, why] of [
      ['{', 'd', /the header is not JSON/],
      ['[]', 'd', /the header is not an object/],
      [good.replace('"format":1', '"format":2'), 'd', /format 2/],
      [good, 'e', /of district d, not e/],
      [good.replace('"fridges":0', '"fridges":1'), 'd', /2 lines for 1 fridges/],
      [good.replace('"fridges":0', '"fridges":1').replace('\n[]', '\n{"id":"f"}\n[]'), 'd', /fridges\[0\]\.online is not a boolean/],
      [`${good}\n[["a"]]`, 'd', /holders\[0\] value is not a string/],
      [good.replace('"fridges":0', '"fridges":1').replace('\n[]', `\n${fridgeLine}\n[]`), 'd', /withdrawal reason/],
    ] as const) {
      await expect(stateFromText(text, district)).rejects.toThrow(SnapshotUnreadable);
      await expect(stateFromText(text, district)).rejects.toThrow(why);
    }
  });
});
