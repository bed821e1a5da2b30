// The contract of the Registry role (cloud/store/store.ts): fridges, meals and tags, as the
// admin API writes them and the broker, the MQTT adapter, the feed and the core read them.
import { describe, expect, it } from 'vitest';
import { FridgeExists, type MealRecord } from '../../../cloud/store/store.js';
import { AT, fridge, useFreshStore, type StoreFixture } from './contract-fixtures.js';

/**
 * What every adapter must do as the Registry (STYLE.md: one contract suite for all
 * adapters). `open` gives a store on a fresh, empty location.
 */
export function describeRegistryContract(name: string, open: () => Promise<StoreFixture>): void {
  describe(`Registry contract: ${name}`, () => {
    const fresh = useFreshStore(open);

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
  });
}
