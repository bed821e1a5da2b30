// The contract of the ReadModel role (cloud/store/store.ts): the projections as read, in one
// transaction with the position they reflect (stock snapshots, temperatures, reservation owners).
import { describe, expect, it } from 'vitest';
import { AT, D, batch, canceledBy, catalog, fridge, offline, online, raws, reading, reservedBy, stock, tick, useFreshStore, type StoreFixture } from './contract-fixtures.js';

/**
 * What every adapter must do as the ReadModel (STYLE.md: one contract suite for all
 * adapters). `open` gives a store on a fresh, empty location.
 */
export function describeReadModelContract(name: string, open: () => Promise<StoreFixture>): void {
  describe(`ReadModel contract: ${name}`, () => {
    const fresh = useFreshStore(open);

    it('reads each projection on its own: stock by fridge and in all, presence by fridge and in all, catalog versions, the catalog signature', async () => {
      const { store } = await fresh();
      // Nothing seen yet: nothing projected.
      expect(await store.stockOf('f1')).toEqual([]);
      expect(await store.allStock()).toEqual([]);
      expect(await store.statusOf('f1')).toBeUndefined();
      expect(await store.allStatus()).toEqual(new Map());
      expect(await store.catalogVersion(D)).toBeUndefined();
      expect(await store.catalogSignature()).toEqual({ lastPosition: 0, fridges: 0, meals: 0, mealsUpdatedAt: 0 });

      await store.createFridge(fridge('f2'), AT);
      // Two districts' events, outside any batch; the latest of each key holds.
      await store.append(D, [stock('f2', 'g2', 3), stock('f1', 'g1', 5, 2), online('f2', 'e2', AT + 1), stock('f2', 'g2', 1), catalog(D, 2), catalog(D, 3)]);
      await store.append('d2', [offline('f9', AT + 2, 'd2'), catalog('d2', 8)]);
      expect(await store.stockOf('f1')).toEqual([{ fridgeId: 'f1', gtin: 'g1', onHand: 5, reserved: 2, available: 3 }]);
      expect(await store.stockOf('f2')).toEqual([{ fridgeId: 'f2', gtin: 'g2', onHand: 1, reserved: 0, available: 1 }]);
      expect(await store.allStock()).toEqual([...(await store.stockOf('f1')), ...(await store.stockOf('f2'))]);
      expect(await store.statusOf('f2')).toEqual({ online: true, stale: false, epoch: 'e2', changedAt: AT + 1 });
      expect(await store.allStatus()).toEqual(
        new Map([
          ['f2', { online: true, stale: false, epoch: 'e2', changedAt: AT + 1 }],
          ['f9', { online: false, stale: true, epoch: null, changedAt: AT + 2 }],
        ]),
      );
      expect(await store.catalogVersion(D)).toBe(3);
      expect(await store.catalogVersion('d2')).toBe(8);
      expect(await store.catalogSignature()).toEqual({ lastPosition: await store.lastPosition(), fridges: 1, meals: 0, mealsUpdatedAt: 0 });
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

    it('reads a snapshot of many fridges (a district: more than 50) as exactly their rows', async () => {
      const { store } = await fresh();
      const ids = Array.from({ length: 80 }, (_, i) => `m${String(i).padStart(2, '0')}`);
      for (const id of ids) await store.createFridge(fridge(id), AT);
      for (const [i, id] of ids.entries()) {
        await store.commitBatch(batch({ fridgeId: id, raw: raws(1, 1), events: [online(id, `e${i}`), stock(id, 'g1', i + 1), reading(id, 1, 30 + i, AT + i)], expected: undefined, committedSeq: 1 }));
      }
      const all = await store.stockSnapshot();
      const wanted = ids.filter((_, i) => i % 4 !== 0).reverse(); // 60 of the 80, in any order
      const keep = new Set(wanted);
      const some = await store.stockSnapshot([...wanted, 'unknown']);
      expect(some.position).toBe(all.position);
      expect(some.fridges).toEqual(all.fridges.filter((f) => keep.has(f.id)));
      expect(some.stock).toEqual(all.stock.filter((r) => keep.has(r.fridgeId)));
      expect(some.status).toEqual(new Map([...all.status].filter(([id]) => keep.has(id))));
      expect(some.temperatures).toEqual(new Map([...all.temperatures].filter(([id]) => keep.has(id))));
      expect(some.stock).toHaveLength(60);
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
  });
}
