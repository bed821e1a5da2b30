// The contract of the StoreOperations role (cloud/store/store.ts): what the process that opened
// the store does with it as a whole: rebuild the projections, measure it, close and reopen it.
import { describe, expect, it } from 'vitest';
import type { StockDiscrepancy } from '../../../cloud/domain/index.js';
import type { CloudStore } from '../../../cloud/store/store.js';
import { AT, D, batch, catalog, fridge, offline, online, raws, reading, reservedBy, stock, tick, useFreshStore, type StoreFixture } from './contract-fixtures.js';

/**
 * What every adapter must do for its StoreOperations (STYLE.md: one contract suite for all
 * adapters). `open` gives a store on a fresh, empty location.
 */
export function describeStoreOperationsContract(name: string, open: () => Promise<StoreFixture>): void {
  describe(`StoreOperations contract: ${name}`, () => {
    const fresh = useFreshStore(open);

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

    it('renews its epoch (a rebuild after a restore): a new one, kept, the events unchanged', async () => {
      const f = await fresh();
      const { store } = f;
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(1, 1), events: [online('f1', 'e1')], expected: undefined, committedSeq: 1 }));
      const before = await store.storeEpoch();
      expect(await store.storeEpoch()).toBe(before);
      const renewed = await store.renewStoreEpoch();
      expect(renewed).not.toBe(before);
      expect(await store.storeEpoch()).toBe(renewed);
      expect(await store.eventsAfter(0, 10)).toHaveLength(1);
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
