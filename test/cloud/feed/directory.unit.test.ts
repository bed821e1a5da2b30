// The feed process's fridges (issue 13 item 1): read once, read again only when the registry
// grows, checked at most every refreshMs; a storm of subscribes shares one check.
import { describe, expect, it } from 'vitest';
import { FridgeDirectory } from '../../../cloud/feed/directory.js';
import type { FridgeRecord, RegistryReader } from '../../../cloud/store/index.js';

const fridge = (id: string): FridgeRecord => ({ id, district: 'mitte', name: id, lat: 52.5, lon: 13.4, credentialHash: '', enabled: true, createdAt: 0 });

function registry(): { reader: RegistryReader; fridges: FridgeRecord[]; calls: { list: number; count: number } } {
  const fridges = [fridge('f1')];
  const calls = { list: 0, count: 0 };
  const reader = {
    listFridges: async () => {
      calls.list += 1;
      return [...fridges];
    },
    fridgeCount: async () => {
      calls.count += 1;
      return fridges.length;
    },
  } as unknown as RegistryReader;
  return { reader, fridges, calls };
}

describe('FridgeDirectory (unit)', () => {
  it('serves the list from memory between checks, and reads it again when a fridge was added', async () => {
    let now = 0;
    const r = registry();
    const dir = new FridgeDirectory(r.reader, 1000, () => now);
    expect((await dir.listFridges()).map((f) => f.id)).toEqual(['f1']);
    r.fridges.push(fridge('f2'));
    now = 999;
    // Within refreshMs: no store read at all.
    expect((await dir.listFridges()).map((f) => f.id)).toEqual(['f1']);
    expect(r.calls).toEqual({ list: 1, count: 1 });
    now = 1000;
    expect((await dir.listFridges()).map((f) => f.id)).toEqual(['f1', 'f2']);
    expect(r.calls).toEqual({ list: 2, count: 2 });
    // Checked again, nothing new: a count, not a list.
    now = 2500;
    await dir.listFridges();
    expect(r.calls).toEqual({ list: 2, count: 3 });
  });

  it('shares one check among the subscribes that ask at once', async () => {
    const r = registry();
    const dir = new FridgeDirectory(r.reader, 1000, () => 0);
    const lists = await Promise.all(Array.from({ length: 100 }, () => dir.listFridges()));
    expect(lists.every((l) => l.length === 1)).toBe(true);
    expect(r.calls).toEqual({ list: 1, count: 1 });
  });
});
