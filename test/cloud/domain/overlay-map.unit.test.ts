import { describe, expect, it } from 'vitest';
import { OverlayMap } from '../../../cloud/domain/overlay-map.js';

describe('OverlayMap (unit): a copy-on-write view', () => {
  it('reads through, keeps its writes and deletions to itself, and never touches the base', () => {
    const base = new Map([['a', 1], ['b', 2], ['c', 3]]);
    const o = new OverlayMap(base);
    o.set('b', 20);
    o.set('d', 4);
    expect(o.delete('a')).toBe(true);
    expect(o.delete('zz')).toBe(false);
    expect([o.get('a'), o.get('b'), o.get('c'), o.get('d')]).toEqual([undefined, 20, 3, 4]);
    expect([o.has('a'), o.has('c')]).toEqual([false, true]);
    expect([...o.entries()]).toEqual([['b', 20], ['c', 3], ['d', 4]]);
    expect(o.size).toBe(3);
    // Deleted, then set again.
    o.set('a', 10);
    expect(o.get('a')).toBe(10);
    expect(o.size).toBe(4);
    o.delete('d');
    expect(o.has('d')).toBe(false);
    expect(base).toEqual(new Map([['a', 1], ['b', 2], ['c', 3]]));
  });
});
