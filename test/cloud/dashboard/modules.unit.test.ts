// The dashboard's pure modules in Node: checking what comes in, formatting, the state and its
// transitions, the map's geometry, the Reports page's days and sums. Importing them here is itself a check: Node has no
// `document`, so a module that touched the page at import time would fail to load.
// Type-checked with the modules by tsconfig.dashboard.json (it imports their JavaScript).
import { describe, expect, it } from 'vitest';
import type { EventBodies, EventKind, FeedEvent, FridgeState, Snapshot } from '../../../feed-client/src/index.js';
import { cursorOf, factsOf, fridgeStateOf, int, readingOf } from '../../../cloud/dashboard/check.js';
import { celsius, money } from '../../../cloud/dashboard/format.js';
import { labelSpot, projection } from '../../../cloud/dashboard/geometry.js';
import { daysBefore, daysFrom, localDay, localHour, salesByHour, salesByMeal, wasteByDay, type FridgeDayRow } from '../../../cloud/dashboard/reports/data.js';
import {
  aboveSafe,
  applyCatalog,
  applyDistricts,
  applyEvent,
  applyFridgeDetails,
  applySnapshot,
  catalogTotals,
  createState,
  dropExpiredHolds,
  fridgesMissingNames,
  followScope,
  mealName,
  restoreHolds,
  sortedFridges,
  tokenUsable,
  useToken,
  warmest,
} from '../../../cloud/dashboard/state.js';

const LASAGNA = '09506000134352';
const SOUP = '09506000134369';
const CURSOR = { epoch: 'e1', position: 7 };

function fridge(id: string, over: Partial<FridgeState> = {}): FridgeState {
  return { fridgeId: id, district: 'mitte', name: `Fridge ${id}`, lat: 52.52, lon: 13.4, online: true, stale: false, stock: [], temperatures: [], ...over };
}

function snapshot(...fridges: FridgeState[]): Snapshot {
  return { cursor: CURSOR, fridges, districts: ['mitte'] };
}

function event<K extends EventKind>(kind: K, body: EventBodies[K], fridgeId = 'fr-1', occurredAtMs = 1_700_000_000_000): FeedEvent {
  return { cursor: { epoch: 'e1', position: 8 }, district: 'mitte', fridgeId, occurredAtMs, kind, [kind]: body } as unknown as FeedEvent;
}

const stock = (gtin: string, available: number, delta: number, reason = 'sale') => event('stockUpdated', { gtin, reason, onHand: available, reserved: 0, available, delta });
const reading = (sensor: number, deciCelsius: number) => event('temperatureRecorded', { sensor, deciCelsius });

/** A JWT's shape (the page reads `sub` and `exp`; the server checks the signature). */
const jwt = (claims: object) => `e30.${btoa(JSON.stringify(claims)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}.sig`;

describe('dashboard modules (unit: imported in Node, no DOM)', () => {
  it('load without a document', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof createState).toBe('function');
  });

  it('format.js: tenths of a degree as °C, prices in their currency', () => {
    expect(celsius(50)).toBe('5.0 °C');
    expect(celsius(53)).toBe('5.3 °C');
    expect(celsius(-5)).toBe('-0.5 °C');
    expect(money(undefined)).toBe('');
    expect(money({ cents: 450, currency: 'EUR' })).toMatch(/4[.,]50/);
  });

  it('check.js: integers as numbers or decimal strings, readings in range, snapshot fridges with valid GTINs only', () => {
    expect(int('1700000000000')).toBe(1_700_000_000_000);
    expect(int('12abc', -1)).toBe(-1);
    expect(int(3.9)).toBe(3);
    expect(cursorOf({ epoch: 'e', position: '5' })).toEqual({ epoch: 'e', position: 5 });
    expect(cursorOf({ epoch: '', position: 5 })).toBeUndefined();
    expect(readingOf({ sensor: 1, deciCelsius: 42 }, 9)).toEqual({ sensor: 1, deci: 42, atMs: 9 });
    expect(readingOf({ sensor: 1, deciCelsius: 10_001 }, 9)).toBeUndefined();
    expect(readingOf({ sensor: 1, deciCelsius: 4.5 }, 9)).toBeUndefined();
    expect(readingOf({ deciCelsius: 30 }, 9)).toEqual({ sensor: 0, deci: 30, atMs: 9 }); // absent: proto3's 0
    const f = fridgeStateOf(fridge('fr-1', { stock: [{ gtin: LASAGNA, onHand: 3, reserved: 1, available: 2 }, { gtin: 'not-a-gtin', onHand: 1, reserved: 0, available: 1 }] }));
    expect([...(f?.stock.keys() ?? [])]).toEqual([LASAGNA]);
    expect(f?.stock.get(LASAGNA)).toEqual({ onHand: 3, reserved: 1, available: 2 });
    expect(fridgeStateOf({ name: 'no id' })).toBeUndefined();
    expect(factsOf({ name: 'Lasagna', price: { amount_cents: 650, currency: 'EUR' }, allergens: ['gluten', 3], nutrition: { kcal: 540, protein_g: 'x' } })).toEqual({
      name: 'Lasagna',
      description: undefined,
      nutrition: { kcal: 540, protein: undefined, carbs: undefined, fat: undefined, salt: undefined },
      allergens: ['gluten'],
      price: { cents: 650, currency: 'EUR' },
    });
  });

  it('a snapshot replaces the fridges in scope and sets the cursor; a new scope clears both', () => {
    const s = createState();
    applySnapshot(s, snapshot(fridge('fr-2', { name: 'B' }), fridge('fr-1', { name: 'A', temperatures: [{ sensor: 0, deciCelsius: 41, atMs: 5 }] })));
    expect(sortedFridges(s).map((f) => f.id)).toEqual(['fr-1', 'fr-2']);
    expect(s.cursor).toEqual(CURSOR);
    expect(s.known.size).toBe(2);
    expect(warmest(s.fridges.get('fr-1')!)).toEqual({ sensor: 0, deci: 41, atMs: 5 });
    applySnapshot(s, snapshot(fridge('fr-3')));
    expect([...s.fridges.keys()]).toEqual(['fr-3']);
    followScope(s, { kind: 'area', lat: 52.5, lon: 13.4, radiusKm: 2 });
    expect(s.fridges.size).toBe(0);
    expect(s.cursor).toBeUndefined();
    expect(s.known.size).toBe(3); // the map keeps every fridge seen
  });

  it('stockUpdated: the counts change, the card and the catalog are redrawn, the log says it; an unknown meal refreshes the catalog', () => {
    const s = createState();
    applySnapshot(s, snapshot(fridge('fr-1')));
    const fx = applyEvent(s, stock(LASAGNA, 4, -1), 0);
    expect(s.fridges.get('fr-1')?.stock.get(LASAGNA)).toEqual({ onHand: 4, reserved: 0, available: 4 });
    expect(fx.fridge?.id).toBe('fr-1');
    expect(fx.catalog).toBe(true);
    expect(fx.refreshCatalog).toBe(true);
    expect(fx.added).toBeUndefined();
    expect(fx.log).toEqual({ atMs: 1_700_000_000_000, fridgeId: 'fr-1', kind: 'stockUpdated', text: [{ meal: LASAGNA }, ' -1 (sale): 4 available, 0 reserved'], gtin: LASAGNA });
    applyCatalog(s, { meals: [{ gtin: LASAGNA, name: 'Lasagna' }], versions: { mitte: 3 } });
    expect(mealName(s, LASAGNA)).toBe('Lasagna');
    expect(s.catalogVersions.get('mitte')).toBe(3);
    expect(applyEvent(s, stock(LASAGNA, 5, 1, 'restock'), 0).refreshCatalog).toBeUndefined();
    expect(catalogTotals(s).get(LASAGNA)).toEqual({ available: 5, fridges: 1 });
  });

  it('a withdrawal for temperature (delta < 0) marks the fridge too warm; meals back on sale (delta > 0) clear it', () => {
    const s = createState();
    applySnapshot(s, snapshot(fridge('fr-1')));
    applyEvent(s, stock(LASAGNA, 0, -3, 'temperature'), 0);
    expect(s.fridges.get('fr-1')?.warm).toBe(true);
    applyEvent(s, stock(LASAGNA, 2, 2, 'temperature'), 0);
    expect(s.fridges.get('fr-1')?.warm).toBe(false);
  });

  it('ignores what it cannot use: a stockUpdated without GTIN, a reading out of range, presence without fridge', () => {
    const s = createState();
    applySnapshot(s, snapshot(fridge('fr-1')));
    expect(applyEvent(s, stock('123', 1, 1), 0)).toEqual({ ignored: 'a stockUpdated without fridge or GTIN' });
    expect(applyEvent(s, reading(0, 20_000), 0)).toEqual({ ignored: 'a temperatureRecorded without fridge or with a malformed reading' });
    expect(applyEvent(s, event('fridgeOnline', {}, ''), 0)).toEqual({ ignored: 'a fridgeOnline without fridge' });
    expect(s.fridges.get('fr-1')?.stock.size).toBe(0);
  });

  it('temperature: only crossing the safe temperature (strictly above it) is logged, both ways', () => {
    const s = createState();
    applyDistricts(s, { max_safe_deci_celsius: 50, districts: [{ id: 'mitte', fridges: 1, center: { lat: 52.5, lon: 13.4 } }] });
    applySnapshot(s, snapshot(fridge('fr-1')));
    expect(applyEvent(s, reading(0, 40), 0).log).toBeUndefined();
    expect(applyEvent(s, reading(0, 50), 0).log).toBeUndefined(); // 5.0 °C itself is safe
    const up = applyEvent(s, reading(1, 61), 0);
    expect(up.log?.text).toBe('too warm: 6.1 °C (sensor 1), above the safe 5.0 °C');
    expect(aboveSafe(s, s.fridges.get('fr-1')!)).toBe(true);
    expect(applyEvent(s, reading(1, 70), 0).log).toBeUndefined();
    expect(applyEvent(s, reading(1, 30), 0).log?.text).toBe('back to safe: 5.0 °C');
    expect(up.fridge?.id).toBe('fr-1');
  });

  it('districts.json: the feed is where feed_url says (a fridge-feed process), else on this host', () => {
    const s = createState();
    applyDistricts(s, { max_safe_deci_celsius: 50, feed_url: 'ws://127.0.0.1:8081/v1/feed', districts: [] });
    expect(s.feedUrl).toBe('ws://127.0.0.1:8081/v1/feed');
    applyDistricts(s, { max_safe_deci_celsius: 50, feed_url: 'javascript:alert(1)', districts: [] });
    expect(s.feedUrl).toBeUndefined();
    applyDistricts(s, { max_safe_deci_celsius: 50, districts: [] });
    expect(s.feedUrl).toBeUndefined();
  });

  it('presence: online and offline change the fridge and the map; a clean shutdown says so', () => {
    const s = createState();
    applySnapshot(s, snapshot(fridge('fr-1')));
    const off = applyEvent(s, event('fridgeOffline', { clean: true }), 0);
    expect(s.fridges.get('fr-1')).toMatchObject({ online: false, stale: true });
    expect(off).toMatchObject({ map: true, log: { text: 'offline (shut down): counts may be stale' } });
    expect(applyEvent(s, event('fridgeOffline', { clean: false }), 0).log?.text).toBe('offline (lost): counts may be stale');
    applyEvent(s, event('fridgeOnline', {}), 0);
    expect(s.fridges.get('fr-1')).toMatchObject({ online: true, stale: false });
  });

  it('an event of a fridge not in the snapshot adds it: its details are fetched unless the map knows it', () => {
    const s = createState();
    applySnapshot(s, snapshot(fridge('fr-1')));
    followScope(s, { kind: 'districts', districts: ['mitte'] });
    expect(applyEvent(s, event('fridgeOnline', {}, 'fr-1'), 0).added).toEqual({ id: 'fr-1', known: true });
    expect(s.fridges.get('fr-1')?.name).toBe('Fridge fr-1');
    expect(applyEvent(s, stock(SOUP, 1, 1, 'restock'), 0).added).toBeUndefined();
    const fx = applyEvent(s, event('fridgeOnline', {}, 'fr-new'), 0);
    expect(fx.added).toEqual({ id: 'fr-new', known: false });
    expect(fridgesMissingNames(s)).toEqual(['fr-1']);
    expect(applyFridgeDetails(s, 'fr-new', { district: 'mitte', name: 'New', location: { lat: 52.6, lon: 13.5 }, stock: [{ gtin: SOUP, name: 'Soup' }], temperatures: [{ sensor: 0, deci_celsius: 38, at_ms: 11 }] })).toBe(true);
    expect(s.fridges.get('fr-new')).toMatchObject({ name: 'New', lat: 52.6, lon: 13.5 });
    expect(s.known.get('fr-new')).toEqual({ id: 'fr-new', district: 'mitte', name: 'New', lat: 52.6, lon: 13.5 });
    expect(s.facts.get(SOUP)).toMatchObject({ name: 'Soup', partial: true });
    expect(warmest(s.fridges.get('fr-new')!)).toEqual({ sensor: 0, deci: 38, atMs: 11 });
    expect(applyFridgeDetails(s, 'fr-new', 'not an object')).toBe(false);
  });

  it('catalogUpdated: the district\'s version, and the catalog is refetched', () => {
    const s = createState();
    const fx = applyEvent(s, event('catalogUpdated', { catalogId: 'c', version: 4 }, ''), 0);
    expect(s.catalogVersions.get('mitte')).toBe(4);
    expect(fx).toMatchObject({ refreshCatalog: true, log: { fridgeId: '', text: 'catalog of mitte is now version 4' } });
  });

  it('mealNearingExpiry: logged with the meal and its best-before, not as an unknown kind', () => {
    const s = createState();
    const fx = applyEvent(s, event('mealNearingExpiry', { epc: '3034257BF7194E4000001A85', gtin: SOUP, bestBeforeMs: 1_700_000_600_000 }), 0);
    expect(fx.log).toMatchObject({ fridgeId: 'fr-1', kind: 'mealNearingExpiry', gtin: SOUP });
    expect(fx.log?.text).toEqual([{ meal: SOUP }, expect.stringMatching(/^ nearing its best-before \(.+\)$/)]);
    expect(applyEvent(s, event('mealNearingExpiry', { epc: 'x', gtin: 'not a gtin', bestBeforeMs: 1 }), 0)).toMatchObject({ ignored: expect.stringMatching(/mealNearingExpiry/) });
  });

  it('the user token and the holds: this user\'s holds restored, a release of one of them removes it, expired ones go', () => {
    const s = createState();
    expect(useToken(s, 'not-a-jwt')).toBe(false);
    expect(useToken(s, jwt({ exp: 2 }))).toBe(false); // no subject
    expect(s.token).toBeUndefined();
    expect(useToken(s, jwt({ sub: 'alice', exp: 2_000_000_000 }))).toBe(true);
    expect(s.user).toBe('alice');
    expect(tokenUsable(s, 1_999_999_999_000)).toBe(true);
    expect(tokenUsable(s, 2_000_000_000_000)).toBe(false);
    restoreHolds(s, [
      { id: 'r1', user: 'alice', fridgeId: 'fr-1', gtin: LASAGNA, quantity: 1, expiresAtMs: 100 },
      { id: 'r2', user: 'alice', fridgeId: 'fr-1', gtin: SOUP, quantity: 2, expiresAtMs: 300 },
      { id: 'r3', user: 'bob', fridgeId: 'fr-1', gtin: SOUP, quantity: 1, expiresAtMs: 300 },
      { id: 4 },
    ]);
    expect([...s.holds.keys()]).toEqual(['r1', 'r2']);
    const mine = applyEvent(s, event('stockCanceled', { reservationId: 'r1', gtin: LASAGNA, quantity: 1, reason: 'expired', userId: '' }), 0);
    expect(mine).toMatchObject({ holds: true, log: { text: ['reservation of 1 × ', { meal: LASAGNA }, ' (yours) released (expired)'] } });
    expect(applyEvent(s, event('stockCanceled', { reservationId: 'other', gtin: LASAGNA, quantity: 1, reason: '', userId: '' }), 0).holds).toBeUndefined();
    expect(applyEvent(s, event('stockReserved', { reservationId: 'r2', gtin: SOUP, quantity: 2, expiresAtMs: 0, userId: '' }), 0).log?.text).toEqual(['2 × ', { meal: SOUP }, expect.stringContaining(' reserved (you) until ')]);
    dropExpiredHolds(s, 300);
    expect(s.holds.size).toBe(0);
  });

  it('geometry.js: every fridge inside the view, north up; labels placed where they overlap nothing', () => {
    const known = [
      { id: 'a', district: 'mitte', name: 'A', lat: 52.52, lon: 13.40 },
      { id: 'b', district: 'mitte', name: 'B', lat: 52.50, lon: 13.45 },
    ];
    expect(projection([], [], undefined)).toBeUndefined();
    const p = projection(known, [], undefined)!;
    for (const k of known) {
      expect(p.x(k.lon)).toBeGreaterThan(0);
      expect(p.x(k.lon)).toBeLessThan(p.w);
      expect(p.y(k.lat)).toBeGreaterThan(0);
      expect(p.y(k.lat)).toBeLessThan(p.h);
      expect(p.lat(p.y(k.lat))).toBeCloseTo(k.lat, 9);
      expect(p.lon(p.x(k.lon))).toBeCloseTo(k.lon, 9);
    }
    expect(p.y(52.52)).toBeLessThan(p.y(52.50));
    expect(p.w / p.h).toBeGreaterThanOrEqual(1.33 - 1e-9);
    // An area scope widens the view to the whole circle.
    const wide = projection(known, [], { kind: 'area', lat: 52.51, lon: 13.42, radiusKm: 10 })!;
    expect(wide.h).toBeGreaterThan(20);
    const placed = [{ l: 10, r: 20, t: 0, b: 10 }];
    const spot = labelSpot(placed, 5, 5, 'Fridge', 1, 100);
    expect(spot.anchor).toBe('start');
    expect(placed).toHaveLength(2);
    expect(labelSpot([], 98, 5, 'Fridge', 1, 100).anchor).toBe('end'); // no room on the right
  });

  it('reports/data.js: calendar days, local days and hours, and the sums the Reports page draws', () => {
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
    expect(daysBefore('2026-12-31', -1)).toBe('2027-01-01');
    expect(daysBefore('2026-03-29', 6)).toBe('2026-03-23'); // the day Europe's clocks change: calendar days, no zone
    expect(daysFrom('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(daysFrom('2026-03-02', '2026-03-01')).toEqual([]);
    expect(localDay(Date.parse('2026-03-28T23:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(localDay(Date.parse('2026-03-28T23:30:00Z'), 'UTC')).toBe('2026-03-28');
    expect(localHour('2026-03-29T01:00:00Z', 'Europe/Berlin')).toBe('03:00');

    // Sales per hour: hours in order, the meals that sold stacked, zeros left out of the stack.
    const hours = [
      { hour: '2026-03-29T10:00:00.000Z', gtin: LASAGNA, sold: 2, picked_up: 1 },
      { hour: '2026-03-29T10:00:00.000Z', gtin: SOUP, sold: 0, picked_up: 0 },
      { hour: '2026-03-29T11:00:00.000Z', gtin: LASAGNA, sold: 0, picked_up: 0 },
      { hour: '2026-03-29T11:00:00.000Z', gtin: SOUP, sold: 1, picked_up: 0 },
    ];
    expect(salesByHour(hours)).toEqual([
      { hour: '2026-03-29T10:00:00.000Z', meals: [{ gtin: LASAGNA, count: 3 }], total: 3 },
      { hour: '2026-03-29T11:00:00.000Z', meals: [{ gtin: SOUP, count: 1 }], total: 1 },
    ]);

    const day = (d: string, gtin: string, over: Partial<FridgeDayRow>): FridgeDayRow => ({
      fridge_id: 'fr-1', gtin, day: d, restocked: 0, sold: 0, picked_up: 0, expired: 0, withdrawn: 0, disposed: 0, reconciled: 0, reservations: 0, canceled: 0, stockout_minutes: 0, closing_on_hand: null, ...over,
    });
    const rows = [
      day('2026-03-28', SOUP, { sold: 1 }),
      day('2026-03-28', LASAGNA, { sold: 1, expired: 1, stockout_minutes: 30 }),
      day('2026-03-29', LASAGNA, { picked_up: 2, withdrawn: 2, disposed: 2, stockout_minutes: 90 }),
      day('2026-03-29', SOUP, { withdrawn: 1, stockout_minutes: 10 }),
      day('2026-03-20', SOUP, { expired: 5 }), // outside the days asked
    ];
    // Per meal, most sold first; a tie keeps the rows' order.
    expect(salesByMeal(rows)).toEqual([[LASAGNA, 3], [SOUP, 1]]);
    expect(salesByMeal([day('2026-03-28', SOUP, { sold: 1 }), day('2026-03-28', LASAGNA, { sold: 1 })])).toEqual([[SOUP, 1], [LASAGNA, 1]]);
    // Waste: expired and withdrawn (their disposal is the same meals); every day there, quiet ones as zeros.
    expect(wasteByDay(rows, '2026-03-27', '2026-03-29')).toEqual([
      { day: '2026-03-27', waste: 0, stockoutMinutes: 0 },
      { day: '2026-03-28', waste: 1, stockoutMinutes: 30 },
      { day: '2026-03-29', waste: 3, stockoutMinutes: 100 },
    ]);
  });
});
