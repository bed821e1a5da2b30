import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  CatalogUpdated,
  DomainEvent,
  FridgeInventoryChanged,
  FridgeOffline,
  FridgeOnline,
  MealStockCanceled,
  MealStockReserved,
  MealStockUpdated,
  StockDiscrepancy,
  TemperatureBackToSafe,
  TemperatureRecorded,
} from '../../../cloud/domain/index.js';
import { CursorConflict, DEAD_LETTER_LIMITS, FridgeExists, StaleDecision, type CloudStore, type CommitBatch, type CommitUnit, type Cursor, type MealRecord, type RawFridgeEvent, type StoredEvent } from '../../../cloud/store/store.js';

/** One store to test, on a location of its own. */
export interface StoreFixture {
  store: CloudStore;
  /** Another store on the same file or database (the fixture closes it in cleanup). */
  reopen(): Promise<CloudStore>;
  /** Empties the projection tables behind the store's back (as a lost or corrupt projection). */
  wipeProjections(): Promise<void>;
  /** Closes every store of the fixture and removes the file or database. */
  cleanup(): Promise<void>;
}

// Times are real unix ms (beyond 2^31): a BIGINT that came back as a string would fail toEqual.
const AT = 1_760_000_000_000;
const D = 'district-1';

const online = (fridgeId: string, epoch: string, at = AT, district = D): FridgeOnline => ({ type: 'FridgeOnline', district, fridgeId, epoch, at });
const offline = (fridgeId: string, at: number, district = D): FridgeOffline => ({ type: 'FridgeOffline', district, fridgeId, clean: false, at });
const stock = (fridgeId: string, gtin: string, onHand: number, reserved = 0, district = D): MealStockUpdated => ({
  type: 'MealStockUpdated',
  district,
  fridgeId,
  gtin,
  reason: 'restock',
  onHand,
  reserved,
  available: onHand - reserved,
  delta: onHand,
  at: AT,
});
const catalog = (district: string, version: number): CatalogUpdated => ({ type: 'CatalogUpdated', district, catalogId: `catalog-${district}`, version, at: AT });
const tick = (fridgeId: string, sensor: number, district = D): TemperatureBackToSafe => ({ type: 'TemperatureBackToSafe', district, fridgeId, sensor, at: AT + sensor });
const reading = (fridgeId: string, sensor: number, deciCelsius: number, at: number, district = D): TemperatureRecorded => ({ type: 'TemperatureRecorded', district, fridgeId, sensor, deciCelsius, at });
const inventory = (fridgeId: string): FridgeInventoryChanged => ({
  type: 'FridgeInventoryChanged',
  district: D,
  fridgeId,
  cause: 'door_session',
  added: [
    { epc: '3034257BF7194E4000001A85', gtin: '09506000134352', bestBeforeMs: AT + 86_400_000, reason: 'restock' },
    { epc: '3034257BF7194E4000001A86', gtin: '09506000134352', personal: { orderId: 'o-1', userId: 'u-1' }, reason: 'restock' },
  ],
  removed: [{ epc: '3034257BF7194E4000001A80', gtin: '00012345678905', reason: 'sale' }],
  at: AT,
});
const reservedBy = (district: string, reservationId: string, userId: string): MealStockReserved => ({
  type: 'MealStockReserved',
  district,
  fridgeId: 'f1',
  reservationId,
  gtin: 'g1',
  userId,
  quantity: 1,
  expiresAtMs: AT + 600_000,
  at: AT,
});
const canceledBy = (district: string, reservationId: string, userId: string): MealStockCanceled => ({
  type: 'MealStockCanceled',
  district,
  fridgeId: 'f1',
  reservationId,
  gtin: 'g1',
  userId,
  quantity: 1,
  reason: 'by_user',
  at: AT,
});

const raws = (from: number, to: number): RawFridgeEvent[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ seq: from + i, recordedAt: AT + from + i, payload: Uint8Array.from([from + i, 0, 255, 7]) }));

const batch = (b: Pick<CommitBatch, 'fridgeId' | 'expected'> & Partial<CommitBatch>): CommitBatch => ({
  district: D,
  epoch: 'e1',
  raw: [],
  events: [],
  committedSeq: 0,
  now: AT,
  ...b,
});

const fridge = (id: string, district = D) => ({ id, district, name: `Fridge ${id}`, lat: 52.520008, lon: 13.404954, credentialHash: `hash-${id}` });

const expectAscending = (stored: readonly StoredEvent[]): void => {
  for (let i = 1; i < stored.length; i++) expect(stored[i]!.position).toBeGreaterThan(stored[i - 1]!.position);
  if (stored.length > 0) expect(stored[0]!.position).toBeGreaterThan(0);
};

/** Everything a failed commit must have left alone. */
async function observable(store: CloudStore, fridgeIds: readonly string[]) {
  return {
    lastPosition: await store.lastPosition(),
    events: await store.eventsAfter(0, 10_000),
    raw: await Promise.all(fridgeIds.map((f) => store.rawEventCount(f))),
    cursors: await Promise.all(fridgeIds.map((f) => store.getCursor(f))),
    stock: await store.allStock(),
    status: await Promise.all(fridgeIds.map((f) => store.statusOf(f))),
    catalog: await store.catalogVersion(D),
    temperatures: (await store.stockSnapshot()).temperatures,
  };
}

/**
 * The behaviour every CloudStore adapter must have (STYLE.md: one contract suite for all
 * adapters). `open` gives a store on a fresh, empty location.
 */
export function describeCloudStoreContract(name: string, open: () => Promise<StoreFixture>): void {
  describe(`CloudStore contract: ${name}`, () => {
    const fixtures: StoreFixture[] = [];
    afterEach(async () => {
      for (const f of fixtures.splice(0)) await f.cleanup();
    });
    const fresh = async (): Promise<StoreFixture> => {
      const f = await open();
      fixtures.push(f);
      return f;
    };

    it('keeps the fridge registry: create, get, list in byte order of ids, count, credential, enabled, duplicates refused', async () => {
      const { store } = await fresh();
      expect(await store.fridgeCount()).toBe(0);
      expect(await store.listFridges()).toEqual([]);
      for (const id of ['fridge-b', 'Fridge-C', 'fridge_a', 'fridge-a']) await store.createFridge(fridge(id), AT);
      expect((await store.listFridges()).map((f) => f.id)).toEqual(['Fridge-C', 'fridge-a', 'fridge-b', 'fridge_a']);
      expect(await store.fridgeCount()).toBe(4);
      expect(await store.getFridge('fridge-a')).toStrictEqual({ ...fridge('fridge-a'), enabled: true, createdAt: AT });
      expect(await store.getFridge('nope')).toBeUndefined();

      await store.setCredential('fridge-a', 'hash-2', AT + 1);
      expect((await store.getFridge('fridge-a'))?.credentialHash).toBe('hash-2');
      expect((await store.getFridge('fridge-b'))?.credentialHash).toBe('hash-fridge-b');
      await store.setEnabled('fridge-a', false);
      expect((await store.getFridge('fridge-a'))?.enabled).toBe(false);
      expect((await store.listFridges()).map((f) => f.enabled)).toEqual([true, false, true, true]);
      await store.setEnabled('fridge-a', true);
      expect((await store.getFridge('fridge-a'))?.enabled).toBe(true);

      await expect(store.createFridge({ ...fridge('fridge-a'), name: 'Impostor' }, AT + 2)).rejects.toBeInstanceOf(FridgeExists);
      expect(await store.fridgeCount()).toBe(4);
      expect((await store.getFridge('fridge-a'))?.name).toBe('Fridge fridge-a');
      await store.setCredential('ghost', 'h', AT);
      await store.setEnabled('ghost', false);
      expect(await store.getFridge('ghost')).toBeUndefined();
      expect(await store.fridgeCount()).toBe(4);
    });

    it('keeps meals: put, get, list by gtin, update, meals([...]) of the known ones, catalog signature', async () => {
      const { store } = await fresh();
      const soup: MealRecord = { gtin: '09506000134352', name: 'Lentil soup', nominalWeightG: 350, labels: ['vegan'], allergens: { gluten: false } };
      const salad: MealRecord = { gtin: '00012345678905', name: 'Kale salad' };
      await store.putMeal(soup, AT);
      await store.putMeal(salad, AT + 5);
      expect(await store.getMeal(soup.gtin)).toEqual(soup);
      expect(await store.getMeal('00000000000000')).toBeUndefined();
      expect(await store.listMeals()).toEqual([salad, soup]);

      const soup2: MealRecord = { ...soup, name: 'Red lentil soup', nominalWeightG: 400 };
      await store.putMeal(soup2, AT + 10);
      expect(await store.getMeal(soup.gtin)).toEqual(soup2);
      expect(await store.listMeals()).toEqual([salad, soup2]);

      const found = await store.meals([soup.gtin, '00000000000000', salad.gtin]);
      expect(found.size).toBe(2);
      expect(found.get(soup.gtin)).toEqual(soup2);
      expect(found.get(salad.gtin)).toEqual(salad);
      expect(found.has('00000000000000')).toBe(false);
      expect((await store.meals([])).size).toBe(0);
      expect(await store.catalogSignature()).toEqual({ lastPosition: 0, fridges: 0, meals: 2, mealsUpdatedAt: AT + 10 });
    });

    it('keeps tags: upserts, tags([...]) of the known ones, optional fields absent when not set', async () => {
      const { store } = await fresh();
      const [e1, e2, e3, e4] = ['3034257BF7194E4000000001', '3034257BF7194E4000000002', '3034257BF7194E4000000003', '3034257BF7194E4000000004'] as const;
      await store.putTags(
        [
          { epc: e1, gtin: 'g1', bestBeforeMs: AT + 86_400_000, orderId: 'o1', userId: 'u1', fridgeId: 'f1' },
          { epc: e2, gtin: 'g2' },
        ],
        AT,
      );
      const got = await store.tags([e1, e2, e3]);
      expect(got.size).toBe(2);
      expect(got.get(e1)).toStrictEqual({ gtin: 'g1', bestBeforeMs: AT + 86_400_000, orderId: 'o1', userId: 'u1' });
      expect(got.get(e2)).toStrictEqual({ gtin: 'g2' });
      expect(got.has(e3)).toBe(false);

      await store.putTags([{ epc: e1, gtin: 'g9' }], AT + 1);
      expect((await store.tags([e1])).get(e1)).toStrictEqual({ gtin: 'g9' });
      // The same EPC twice in one call: the last record holds.
      await store.putTags([{ epc: e4, gtin: 'g1' }, { epc: e4, gtin: 'g2', orderId: 'o4', userId: 'u4' }], AT + 2);
      expect((await store.tags([e4])).get(e4)).toStrictEqual({ gtin: 'g2', orderId: 'o4', userId: 'u4' });
      expect((await store.tags([])).size).toBe(0);
      await store.putTags([], AT);
    });

    it('commits a batch: raw events, domain events in input order at ascending positions, projections, cursor', async () => {
      const { store } = await fresh();
      await store.createFridge(fridge('f1'), AT);
      await store.createFridge(fridge('f2'), AT);
      const events: DomainEvent[] = [online('f1', 'e1'), stock('f1', 'g2', 5), stock('f1', 'g1', 3, 1), inventory('f1'), catalog(D, 7)];
      const stored = await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(1, 3), events, expected: undefined, committedSeq: 3 }));
      expect(stored.map((s) => s.event)).toEqual(events);
      expectAscending(stored);
      expect(await store.eventsAfter(0, 100)).toEqual(stored);
      expect(await store.lastPosition()).toBe(stored.at(-1)!.position);
      expect(await store.rawEventCount('f1')).toBe(3);
      expect(await store.rawEventCount('f2')).toBe(0);
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e1', committedSeq: 3 });
      expect(await store.getCursor('f2')).toBeUndefined();
      expect(await store.stockOf('f1')).toEqual([
        { fridgeId: 'f1', gtin: 'g1', onHand: 3, reserved: 1, available: 2 },
        { fridgeId: 'f1', gtin: 'g2', onHand: 5, reserved: 0, available: 5 },
      ]);
      expect(await store.stockOf('f2')).toEqual([]);
      expect(await store.statusOf('f1')).toEqual({ online: true, stale: false, epoch: 'e1', changedAt: AT });
      expect(await store.statusOf('f2')).toBeUndefined();
      expect(await store.catalogVersion(D)).toBe(7);
      expect(await store.catalogVersion('nowhere')).toBeUndefined();

      // The next batch of f1: a stock change and the fridge going offline (its epoch is kept).
      const next = await store.commitBatch(
        batch({ fridgeId: 'f1', raw: raws(4, 5), events: [stock('f1', 'g1', 2, 1), offline('f1', AT + 100)], expected: { epoch: 'e1', committedSeq: 3 }, committedSeq: 5, now: AT + 100 }),
      );
      expect(next[0]!.position).toBeGreaterThan(stored.at(-1)!.position);
      expectAscending(next);
      expect(await store.statusOf('f1')).toEqual({ online: false, stale: true, epoch: 'e1', changedAt: AT + 100 });
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e1', committedSeq: 5 });
      expect(await store.rawEventCount('f1')).toBe(5);

      // f2: offline with no status before (no epoch), some stock, in another epoch.
      await store.commitBatch(batch({ fridgeId: 'f2', epoch: 'x9', raw: raws(1, 1), events: [stock('f2', 'g0', 1), offline('f2', AT + 200)], expected: undefined, committedSeq: 1 }));
      expect(await store.statusOf('f2')).toEqual({ online: false, stale: true, epoch: null, changedAt: AT + 200 });
      expect(await store.allStatus()).toEqual(new Map([['f1', await store.statusOf('f1')], ['f2', await store.statusOf('f2')]]));
      expect(await store.getCursor('f2')).toEqual({ epoch: 'x9', committedSeq: 1 });
      expect(await store.allStock()).toEqual([
        { fridgeId: 'f1', gtin: 'g1', onHand: 2, reserved: 1, available: 1 },
        { fridgeId: 'f1', gtin: 'g2', onHand: 5, reserved: 0, available: 5 },
        { fridgeId: 'f2', gtin: 'g0', onHand: 1, reserved: 0, available: 1 },
      ]);

      // Raw events only: no domain events, the cursor moves.
      const last = await store.lastPosition();
      expect(await store.commitBatch(batch({ fridgeId: 'f2', epoch: 'x9', raw: raws(2, 3), expected: { epoch: 'x9', committedSeq: 1 }, committedSeq: 3 }))).toEqual([]);
      expect(await store.getCursor('f2')).toEqual({ epoch: 'x9', committedSeq: 3 });
      expect(await store.lastPosition()).toBe(last);
      expect((await store.catalogSignature()).lastPosition).toBe(last);
      expect((await store.catalogSignature()).fridges).toBe(2);
    });

    it('refuses a batch decided against another cursor with CursorConflict and writes nothing', async () => {
      const { store } = await fresh();
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(1, 3), events: [online('f1', 'e1'), stock('f1', 'g1', 3), catalog(D, 1), reading('f1', 1, 40, AT)], expected: undefined, committedSeq: 3 }));
      const before = await observable(store, ['f1', 'f2']);
      expect(before.temperatures.size).toBe(1);
      const attempt = (fridgeId: string, expected: Cursor | undefined) =>
        store.commitBatch(batch({ fridgeId, raw: raws(10, 11), events: [stock(fridgeId, 'g1', 99), offline(fridgeId, AT + 9), catalog(D, 2), reading(fridgeId, 1, 99, AT + 9)], expected, committedSeq: 11 }));

      for (const [fridgeId, expected] of [
        ['f1', undefined], // a cursor exists
        ['f2', { epoch: 'e1', committedSeq: 3 }], // none exists
        ['f1', { epoch: 'e1', committedSeq: 2 }], // stale seq
        ['f1', { epoch: 'e0', committedSeq: 3 }], // other epoch
      ] as const) {
        const err: unknown = await attempt(fridgeId, expected).then(() => undefined, (e: unknown) => e);
        expect(err).toBeInstanceOf(CursorConflict);
        expect(err).toMatchObject({ fridgeId });
        expect(await observable(store, ['f1', 'f2'])).toEqual(before);
      }
      // The expected cursor still commits, after the last position.
      const ok = await attempt('f1', { epoch: 'e1', committedSeq: 3 });
      expect(ok[0]!.position).toBeGreaterThan(before.lastPosition);
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e1', committedSeq: 11 });
    });

    it('refuses the same (fridge, epoch, seq) twice and leaves nothing of the failed transaction', async () => {
      const { store } = await fresh();
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(1, 3), events: [stock('f1', 'g1', 3)], expected: undefined, committedSeq: 3 }));
      const before = await observable(store, ['f1', 'f2']);

      const dup = await store
        .commitBatch(batch({ fridgeId: 'f1', raw: raws(3, 4), events: [stock('f1', 'g1', 99), catalog(D, 5)], expected: { epoch: 'e1', committedSeq: 3 }, committedSeq: 4 }))
        .then(() => undefined, (e: unknown) => e);
      expect(dup).toBeInstanceOf(Error);
      expect(dup).not.toBeInstanceOf(CursorConflict);
      expect(await observable(store, ['f1', 'f2'])).toEqual(before);

      // A duplicate within one batch, on a fridge without a cursor: no cursor appears either.
      const within = await store
        .commitBatch(batch({ fridgeId: 'f2', raw: [...raws(1, 2), ...raws(2, 2)], events: [online('f2', 'e1')], expected: undefined, committedSeq: 2 }))
        .then(() => undefined, (e: unknown) => e);
      expect(within).toBeInstanceOf(Error);
      expect(await observable(store, ['f1', 'f2'])).toEqual(before);

      // The same seqs in a new epoch are new events.
      await store.commitBatch(batch({ fridgeId: 'f1', epoch: 'e2', raw: raws(1, 2), expected: { epoch: 'e1', committedSeq: 3 }, committedSeq: 2 }));
      expect(await store.rawEventCount('f1')).toBe(5);
    });

    it('appends events without a batch, in one transaction with their projections', async () => {
      const { store } = await fresh();
      expect(await store.lastPosition()).toBe(0);
      expect(await store.append(D, [])).toEqual([]);
      expect(await store.lastPosition()).toBe(0);
      const first = await store.append(D, [online('f9', 'e9'), catalog(D, 3)]);
      expect(first.map((s) => s.event)).toEqual([online('f9', 'e9'), catalog(D, 3)]);
      expectAscending(first);
      expect(await store.statusOf('f9')).toEqual({ online: true, stale: false, epoch: 'e9', changedAt: AT });
      expect(await store.catalogVersion(D)).toBe(3);
      const second = await store.append(D, [catalog(D, 4)]);
      expect(second[0]!.position).toBeGreaterThan(first[1]!.position);
      expect(await store.catalogVersion(D)).toBe(4);
      expect(await store.lastPosition()).toBe(second[0]!.position);
      expect(await store.eventsAfter(0, 10)).toEqual([...first, ...second]);
    });

    it('commits a group in one transaction: units in order, a failed unit rolled back alone, later units of its district stale, other districts unaffected', async () => {
      const { store } = await fresh();
      expect(await store.commitGroup([])).toEqual([]);
      await store.commitBatch(batch({ fridgeId: 'f2', raw: raws(1, 1), events: [stock('f2', 'g1', 1)], expected: undefined, committedSeq: 1 }));
      const before = await store.lastPosition();
      const D2 = 'district-2';
      const units: CommitUnit[] = [
        { kind: 'batch', batch: batch({ fridgeId: 'f1', raw: raws(1, 2), events: [online('f1', 'e1'), stock('f1', 'g1', 4)], expected: undefined, committedSeq: 2 }) },
        { kind: 'append', district: D2, events: [catalog(D2, 1)] },
        // Decided against a cursor f2 does not have: fails alone...
        { kind: 'batch', batch: batch({ fridgeId: 'f2', raw: raws(5, 5), events: [stock('f2', 'g1', 0)], expected: { epoch: 'e1', committedSeq: 4 }, committedSeq: 5 }) },
        // ...and what its district decided after it is not written.
        { kind: 'append', district: D, events: [catalog(D, 9)] },
        { kind: 'batch', batch: batch({ fridgeId: 'f3', district: D2, raw: raws(1, 1), events: [stock('f3', 'g7', 2, 0, D2)], expected: undefined, committedSeq: 1 }) },
      ];
      const out = await store.commitGroup(units);
      expect(out.map((o) => (o.ok ? 'ok' : o.error.name))).toEqual(['ok', 'ok', 'CursorConflict', 'StaleDecision', 'ok']);
      expect(out[3]).toMatchObject({ ok: false, error: expect.any(StaleDecision) });
      const stored = out.flatMap((o) => (o.ok ? o.stored : []));
      expect(stored.map((s) => s.event)).toEqual([online('f1', 'e1'), stock('f1', 'g1', 4), catalog(D2, 1), stock('f3', 'g7', 2, 0, D2)]);
      expectAscending(stored);
      expect(stored[0]!.position).toBeGreaterThan(before);
      expect(await store.eventsAfter(before, 100)).toEqual(stored);
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e1', committedSeq: 2 });
      expect(await store.getCursor('f2')).toEqual({ epoch: 'e1', committedSeq: 1 });
      expect(await store.getCursor('f3')).toEqual({ epoch: 'e1', committedSeq: 1 });
      expect(await store.rawEventCount('f2')).toBe(1);
      expect(await store.stockOf('f2')).toEqual([{ fridgeId: 'f2', gtin: 'g1', onHand: 1, reserved: 0, available: 1 }]);
      expect(await store.catalogVersion(D)).toBeUndefined();
      expect(await store.catalogVersion(D2)).toBe(1);
      expect(await store.stockOf('f3')).toEqual([{ fridgeId: 'f3', gtin: 'g7', onHand: 2, reserved: 0, available: 2 }]);
    });

    it('keeps dead letters (newest first, with their size) and advances the cursor only when asked', async () => {
      const { store } = await fresh();
      await store.deadLetter({ fridgeId: 'f1', topic: 'ff/f1/events', reason: 'undecodable', payload: new Uint8Array(10), now: AT });
      expect(await store.getCursor('f1')).toBeUndefined();
      await store.deadLetter({ fridgeId: 'f1', topic: 'ff/f1/events', reason: 'gap', payload: Uint8Array.from([1, 2, 3]), now: AT + 1, advance: { epoch: 'e1', committedSeq: 9 } });
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e1', committedSeq: 9 });
      await store.deadLetter({ fridgeId: undefined, topic: 'ff/unknown/events', reason: 'unknown fridge', payload: new Uint8Array(0), now: AT + 2 });
      await store.deadLetter({ fridgeId: 'f1', topic: 'ff/f1/events', reason: 'new epoch', payload: new Uint8Array(1), now: AT + 3, advance: { epoch: 'e2', committedSeq: 1 } });
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e2', committedSeq: 1 });

      const rows = await store.deadLetters();
      expect(rows.map(({ id: _id, digest: _d, ...r }) => r)).toEqual([
        { fridgeId: 'f1', topic: 'ff/f1/events', reason: 'new epoch', at: AT + 3, firstAt: AT + 3, bytes: 1, keptBytes: 1, count: 1 },
        { fridgeId: null, topic: 'ff/unknown/events', reason: 'unknown fridge', at: AT + 2, firstAt: AT + 2, bytes: 0, keptBytes: 0, count: 1 },
        { fridgeId: 'f1', topic: 'ff/f1/events', reason: 'gap', at: AT + 1, firstAt: AT + 1, bytes: 3, keptBytes: 3, count: 1 },
        { fridgeId: 'f1', topic: 'ff/f1/events', reason: 'undecodable', at: AT, firstAt: AT, bytes: 10, keptBytes: 10, count: 1 },
      ]);
      for (let i = 1; i < rows.length; i++) expect(rows[i]!.id).toBeLessThan(rows[i - 1]!.id);
      expect((await store.deadLetters(2)).map((r) => r.reason)).toEqual(['new epoch', 'unknown fridge']);
      // The cursor a dead letter advanced is the one the next batch is decided against.
      await store.commitBatch(batch({ fridgeId: 'f1', epoch: 'e2', raw: raws(2, 2), expected: { epoch: 'e2', committedSeq: 1 }, committedSeq: 2 }));
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e2', committedSeq: 2 });
    });

    it('bounds dead letters: a prefix and a digest of each, one row per repeat with a count, the least recently seen evicted (issue 11 item 7)', async () => {
      const { store } = await fresh();
      const big = new Uint8Array(200_000).map((_, i) => i % 251);
      const digest = createHash('sha256').update(big).digest('hex');
      expect(await store.deadLetter({ fridgeId: 'f1', topic: 't', reason: 'oversized', payload: big, now: AT })).toEqual({ repeated: false, truncatedBytes: 200_000 - DEAD_LETTER_LIMITS.prefixBytes, evicted: 0 });
      // The same payload again, from the same fridge for the same reason: one row, counted.
      expect(await store.deadLetter({ fridgeId: 'f1', topic: 't', reason: 'oversized', payload: big, now: AT + 5 })).toEqual({ repeated: true, truncatedBytes: 0, evicted: 0 });
      // Another fridge, or no fridge at all, has its own row.
      await store.deadLetter({ fridgeId: undefined, topic: 't', reason: 'oversized', payload: big, now: AT + 6 });
      await store.deadLetter({ fridgeId: undefined, topic: 't', reason: 'oversized', payload: big, now: AT + 7 });
      const rows = await store.deadLetters();
      expect(rows.map(({ id: _id, ...r }) => r)).toEqual([
        { fridgeId: null, topic: 't', reason: 'oversized', at: AT + 7, firstAt: AT + 6, bytes: 200_000, keptBytes: DEAD_LETTER_LIMITS.prefixBytes, digest, count: 2 },
        { fridgeId: 'f1', topic: 't', reason: 'oversized', at: AT + 5, firstAt: AT, bytes: 200_000, keptBytes: DEAD_LETTER_LIMITS.prefixBytes, digest, count: 2 },
      ]);
      // Over maxRows, the least recently seen go first.
      const limits = { maxRows: 3, prefixBytes: 4 };
      expect(await store.deadLetter({ fridgeId: 'f2', topic: 't', reason: 'undecodable', payload: Uint8Array.from([1, 2, 3, 4, 5, 6]), now: AT + 8, limits })).toEqual({ repeated: false, truncatedBytes: 2, evicted: 0 });
      expect(await store.deadLetter({ fridgeId: 'f2', topic: 't', reason: 'undecodable', payload: Uint8Array.from([9]), now: AT + 9, limits })).toEqual({ repeated: false, truncatedBytes: 0, evicted: 1 });
      expect((await store.deadLetters()).map((r) => [r.fridgeId, r.at, r.keptBytes])).toEqual([['f2', AT + 9, 1], ['f2', AT + 8, 4], [null, AT + 7, DEAD_LETTER_LIMITS.prefixBytes]]);
    });

    it('knows the highest raw seq stored per fridge and epoch (an epoch that comes back, issue 11 item 4)', async () => {
      const { store } = await fresh();
      expect(await store.highestRawSeq('f1', 'e1')).toBe(0);
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(1, 7), expected: undefined, committedSeq: 7 }));
      await store.commitBatch(batch({ fridgeId: 'f1', epoch: 'e2', raw: raws(1, 2), expected: { epoch: 'e1', committedSeq: 7 }, committedSeq: 2 }));
      expect(await store.highestRawSeq('f1', 'e1')).toBe(7);
      expect(await store.highestRawSeq('f1', 'e2')).toBe(2);
      expect(await store.highestRawSeq('f2', 'e1')).toBe(0);
    });

    it('reads events after a position, with a limit and a districts filter', async () => {
      const { store } = await fresh();
      const all: StoredEvent[] = [];
      for (const [district, sensor] of [['d1', 1], ['d2', 2], ['d3', 3], ['d1', 4], ['d2', 5], ['d3', 6], ['d1', 7]] as const) all.push(...(await store.append(district, [tick('f1', sensor, district)])));
      expectAscending(all);
      expect(await store.eventsAfter(0, 100)).toEqual(all);
      expect(await store.eventsAfter(0, 3)).toEqual(all.slice(0, 3));
      expect(await store.eventsAfter(all[2]!.position, 2)).toEqual(all.slice(3, 5));
      expect(await store.eventsAfter(all.at(-1)!.position, 10)).toEqual([]);
      expect(await store.eventsAfter(0, 100, ['d1', 'd3'])).toEqual(all.filter((s) => s.event.district !== 'd2'));
      expect(await store.eventsAfter(all[0]!.position, 1, ['d1'])).toEqual([all[3]]);
      expect(await store.eventsAfter(0, 100, ['d9'])).toEqual([]);
      expect(await store.eventsAfter(0, 100, [])).toEqual([]);
    });

    it("yields all of a district's events in order, across pages", async () => {
      const { store } = await fresh();
      const d1 = Array.from({ length: 5003 }, (_, i) => tick('f1', i, 'd1'));
      const d2 = [tick('f2', 1, 'd2'), tick('f2', 2, 'd2')];
      await store.append('d1', d1.slice(0, 2500));
      await store.append('d2', d2.slice(0, 1));
      await store.append('d1', d1.slice(2500));
      await store.append('d2', d2.slice(1));
      const got: StoredEvent[] = [];
      for await (const s of store.districtEvents('d1')) got.push(s);
      expect(got).toHaveLength(5003);
      expectAscending(got);
      expect(got.map((s) => s.event)).toEqual(d1);
      expect(got).toEqual(await store.eventsAfter(0, 10_000, ['d1']));
      const other: StoredEvent[] = [];
      for await (const s of store.districtEvents('d2')) other.push(s);
      expect(other.map((s) => s.event)).toEqual(d2);
      for await (const s of store.districtEvents('nowhere')) throw new Error(`unexpected ${s.position}`);
    });

    it('lists districts from the registry and the events, once each, in byte order', async () => {
      const { store } = await fresh();
      expect(await store.districts()).toEqual([]);
      await store.createFridge(fridge('f1', 'beta'), AT);
      await store.createFridge(fridge('f2', 'beta'), AT);
      await store.append('alpha', [tick('f3', 1, 'alpha')]);
      await store.append('Zeta', [tick('f4', 1, 'Zeta')]);
      await store.append('beta', [tick('f1', 1, 'beta')]);
      await store.append('alpha', [tick('f3', 2, 'alpha')]);
      expect(await store.districts()).toEqual(['Zeta', 'alpha', 'beta']);
    });

    it('has a store epoch: stable, kept across a reopen, different in another store', async () => {
      const a = await fresh();
      const epoch = await a.store.storeEpoch();
      expect(epoch).toMatch(/^\S{8,}$/);
      expect(await a.store.storeEpoch()).toBe(epoch);
      const again = await a.reopen();
      expect(await again.storeEpoch()).toBe(epoch);
      const b = await fresh();
      expect(await b.store.storeEpoch()).not.toBe(epoch);
    });

    it('reads a stock snapshot of all fridges or some, at the last position', async () => {
      const { store } = await fresh();
      for (const id of ['f3', 'f1', 'f2']) await store.createFridge(fridge(id), AT);
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(1, 1), events: [online('f1', 'e1'), stock('f1', 'g2', 2), stock('f1', 'g1', 1)], expected: undefined, committedSeq: 1 }));
      await store.commitBatch(batch({ fridgeId: 'f2', raw: raws(1, 1), events: [stock('f2', 'g1', 4, 1), offline('f2', AT + 1)], expected: undefined, committedSeq: 1 }));
      await store.commitBatch(batch({ fridgeId: 'f3', raw: raws(1, 1), events: [stock('f3', 'g3', 6)], expected: undefined, committedSeq: 1 }));
      const last = await store.lastPosition();

      const all = await store.stockSnapshot();
      expect(all.position).toBe(last);
      expect(all.fridges).toEqual(await store.listFridges());
      expect(all.fridges.map((f) => f.id)).toEqual(['f1', 'f2', 'f3']);
      expect(all.stock).toEqual(await store.allStock());
      expect(all.stock).toHaveLength(4);
      expect(all.status).toEqual(
        new Map([
          ['f1', { online: true, stale: false, epoch: 'e1', changedAt: AT }],
          ['f2', { online: false, stale: true, epoch: null, changedAt: AT + 1 }],
        ]),
      );

      const some = await store.stockSnapshot(['f3', 'f2', 'unknown']);
      expect(some.position).toBe(last);
      expect(some.fridges.map((f) => f.id)).toEqual(['f2', 'f3']);
      expect(some.stock).toEqual([...(await store.stockOf('f2')), ...(await store.stockOf('f3'))]);
      expect(some.status).toEqual(new Map([['f2', { online: false, stale: true, epoch: null, changedAt: AT + 1 }]]));

      const none = await store.stockSnapshot([]);
      expect(none).toEqual({ position: last, fridges: [], stock: [], status: new Map(), temperatures: new Map() });

      await store.append(D, [tick('f1', 1)]);
      const later = await store.stockSnapshot(['f1']);
      expect(later.position).toBeGreaterThan(last);
      expect(later.position).toBe(await store.lastPosition());
    });

    it('keeps the latest temperature per (fridge, sensor) from TemperatureRecorded, read with the stock snapshot', async () => {
      const { store } = await fresh();
      for (const id of ['f3', 'f1', 'f2']) await store.createFridge(fridge(id), AT);
      expect((await store.stockSnapshot()).temperatures).toEqual(new Map());
      // In one batch the later reading of a sensor wins; the sensor of a uint32 and a reading below zero fit.
      await store.commitBatch(batch({
        fridgeId: 'f1',
        raw: raws(1, 4),
        events: [reading('f1', 2, 41, AT), reading('f1', 1, 38, AT + 1), online('f1', 'e1'), reading('f1', 1, 55, AT + 2), reading('f1', 4_294_967_295, -180, AT + 3)],
        expected: undefined,
        committedSeq: 4,
      }));
      await store.commitBatch(batch({ fridgeId: 'f2', raw: raws(1, 1), events: [reading('f2', 1, 36, AT + 4), stock('f2', 'g1', 2)], expected: undefined, committedSeq: 1 }));
      // A later batch: the newest reading of f1's sensor 1 replaces the one kept; sensor 2 stays.
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(5, 5), events: [reading('f1', 1, 47, AT + 60_000)], expected: { epoch: 'e1', committedSeq: 4 }, committedSeq: 5 }));
      const f1 = [
        { sensor: 1, deciCelsius: 47, at: AT + 60_000 },
        { sensor: 2, deciCelsius: 41, at: AT },
        { sensor: 4_294_967_295, deciCelsius: -180, at: AT + 3 },
      ];
      const f2 = [{ sensor: 1, deciCelsius: 36, at: AT + 4 }];
      const all = await store.stockSnapshot();
      expect(all.position).toBe(await store.lastPosition());
      expect([...all.temperatures]).toEqual([['f1', f1], ['f2', f2]]);
      expect(all.stock).toEqual([{ fridgeId: 'f2', gtin: 'g1', onHand: 2, reserved: 0, available: 2 }]);
      // Some fridges: only theirs, in the same read as their stock and status; none for a fridge without readings.
      const some = await store.stockSnapshot(['f3', 'f2', 'unknown']);
      expect([...some.temperatures]).toEqual([['f2', f2]]);
      expect((await store.stockSnapshot(['f1'])).temperatures).toEqual(new Map([['f1', f1]]));
      // Another district's fridge, not in this registry, by append outside any batch: asked for, it is there (as its status would be).
      await store.append('d2', [reading('f9', 1, 52, AT + 5, 'd2')]);
      expect((await store.stockSnapshot(['f9', 'f3'])).temperatures).toEqual(new Map([['f9', [{ sensor: 1, deciCelsius: 52, at: AT + 5 }]]]));
      expect([...(await store.stockSnapshot()).temperatures.keys()]).toEqual(['f1', 'f2', 'f9']);
    });

    it("finds a reservation's owner from its MealStockReserved event in the district", async () => {
      const { store } = await fresh();
      await store.append(D, [reservedBy(D, 'r1', 'u1'), canceledBy(D, 'r2', 'u9'), tick('f1', 1)]);
      await store.append('d2', [reservedBy('d2', 'r1', 'u2')]);
      expect(await store.reservationOwner(D, 'r1')).toBe('u1');
      expect(await store.reservationOwner('d2', 'r1')).toBe('u2');
      expect(await store.reservationOwner(D, 'r2')).toBeUndefined(); // only a cancellation
      expect(await store.reservationOwner(D, 'r3')).toBeUndefined();
      expect(await store.reservationOwner('d3', 'r1')).toBeUndefined();
    });

    it('prunes raw events by received time and keeps domain events', async () => {
      const { store } = await fresh();
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(1, 3), events: [tick('f1', 1)], expected: undefined, committedSeq: 3, now: AT }));
      await store.commitBatch(batch({ fridgeId: 'f2', raw: raws(1, 2), events: [tick('f2', 1)], expected: undefined, committedSeq: 2, now: AT + 500 }));
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(4, 5), events: [tick('f1', 2)], expected: { epoch: 'e1', committedSeq: 3 }, committedSeq: 5, now: AT + 1000 }));
      const events = await store.eventsAfter(0, 100);

      expect(await store.pruneRawEvents(AT + 500)).toBe(3);
      expect(await store.rawEventCount('f1')).toBe(2);
      expect(await store.rawEventCount('f2')).toBe(2);
      expect(await store.pruneRawEvents(AT + 500)).toBe(0);
      expect(await store.pruneRawEvents(AT + 2000)).toBe(4);
      expect(await store.rawEventCount('f1')).toBe(0);
      expect(await store.eventsAfter(0, 100)).toEqual(events);
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e1', committedSeq: 5 });
    });

    it('rebuilds the projections from the events alone', async () => {
      const f = await fresh();
      const { store } = f;
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(1, 1), events: [online('f1', 'e1'), stock('f1', 'g1', 3), stock('f1', 'g2', 1), catalog(D, 1), reading('f1', 1, 41, AT), reading('f1', 2, 39, AT)], expected: undefined, committedSeq: 1 }));
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(2, 2), events: [stock('f1', 'g1', 2), reading('f1', 1, 63, AT + 4), offline('f1', AT + 5)], expected: { epoch: 'e1', committedSeq: 1 }, committedSeq: 2 }));
      await store.append('d2', [offline('f2', AT + 6, 'd2'), stock('f2', 'g1', 7, 2, 'd2'), catalog('d2', 4), catalog(D, 2), tick('f2', 1, 'd2'), reading('f2', 1, 35, AT + 6, 'd2')]);
      const projections = async () => ({
        stock: await store.allStock(),
        status: [await store.statusOf('f1'), await store.statusOf('f2')],
        catalog: [await store.catalogVersion(D), await store.catalogVersion('d2')],
        temperatures: (await store.stockSnapshot()).temperatures,
      });
      const before = await projections();
      expect(before.stock).toHaveLength(3);
      expect(before.status[0]).toEqual({ online: false, stale: true, epoch: 'e1', changedAt: AT + 5 });
      expect(before.catalog).toEqual([2, 4]);
      expect([...before.temperatures]).toEqual([
        ['f1', [{ sensor: 1, deciCelsius: 63, at: AT + 4 }, { sensor: 2, deciCelsius: 39, at: AT }]],
        ['f2', [{ sensor: 1, deciCelsius: 35, at: AT + 6 }]],
      ]);

      await f.wipeProjections();
      expect(await projections()).toEqual({ stock: [], status: [undefined, undefined], catalog: [undefined, undefined], temperatures: new Map() });
      const n = await store.rebuildProjections();
      expect(n).toBe(15);
      expect(n).toBe((await store.size()).events);
      expect(await projections()).toEqual(before);
      // Rebuilding again changes nothing.
      expect(await store.rebuildProjections()).toBe(15);
      expect(await projections()).toEqual(before);
    });


    it('reports its size, growing with the events', async () => {
      const { store } = await fresh();
      const empty = await store.size();
      expect(empty.events).toBe(0);
      expect(empty.bytes).toBeGreaterThan(0);
      const detail = 'x'.repeat(300);
      const many: StockDiscrepancy[] = Array.from({ length: 3000 }, (_, i) => ({ type: 'StockDiscrepancy', district: D, fridgeId: 'f1', expectedDeltaG: i, measuredDeltaG: -i, detail, at: AT + i }));
      await store.append(D, many);
      const full = await store.size();
      expect(full.events).toBe(3000);
      expect(full.bytes).toBeGreaterThan(empty.bytes);
    });

    it('keeps everything across close and reopen', async () => {
      const f = await fresh();
      const a = f.store;
      await a.createFridge(fridge('f1'), AT);
      await a.putMeal({ gtin: 'g1', name: 'Soup', nominalWeightG: 300 }, AT);
      await a.putTags([{ epc: 'E1', gtin: 'g1', bestBeforeMs: AT + 1 }], AT);
      await a.commitBatch(batch({ fridgeId: 'f1', raw: raws(1, 2), events: [online('f1', 'e1'), stock('f1', 'g1', 2), catalog(D, 3)], expected: undefined, committedSeq: 2 }));
      await a.deadLetter({ fridgeId: 'f1', topic: 't', reason: 'r', payload: new Uint8Array(4), now: AT });
      await a.append(D, [reservedBy(D, 'r1', 'u1')]);
      const read = async (s: CloudStore) => ({
        fridges: await s.listFridges(),
        meals: await s.listMeals(),
        tags: await s.tags(['E1']),
        cursor: await s.getCursor('f1'),
        events: await s.eventsAfter(0, 100),
        raw: await s.rawEventCount('f1'),
        stock: await s.allStock(),
        status: await s.statusOf('f1'),
        catalog: await s.catalogVersion(D),
        deadLetters: await s.deadLetters(),
        epoch: await s.storeEpoch(),
        owner: await s.reservationOwner(D, 'r1'),
        districts: await s.districts(),
        signature: await s.catalogSignature(),
      });
      const before = await read(a);
      expect(a.healthy()).toBe(true);
      await a.close();
      expect(a.healthy()).toBe(false);
      await a.close(); // twice is fine

      const b = await f.reopen();
      expect(b.healthy()).toBe(true);
      expect(b.kind).toBe(a.kind);
      expect(b.location).toBe(a.location);
      expect(await read(b)).toEqual(before);
      const more = await b.append(D, [tick('f1', 1)]);
      expect(more[0]!.position).toBeGreaterThan(before.signature.lastPosition);
    });
  });
}
