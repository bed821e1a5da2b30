import { describe, expect, it } from 'vitest';
import { dropOldest } from '../../shared/bounded-cache.js';

describe('dropOldest (unit)', () => {
  it('keeps a cache under its bound by dropping its oldest quarter, not all of it', () => {
    const cache = new Map(Array.from({ length: 100 }, (_, i) => [i, i]));
    dropOldest(cache, 1, 200);
    expect(cache.size).toBe(100);
    dropOldest(cache, 1, 100);
    expect(cache.size).toBe(75);
    expect([...cache.keys()][0]).toBe(25);
    // Adding more than a quarter at once: as many go as needed.
    dropOldest(cache, 60, 100);
    expect(cache.size).toBe(40);
    expect([...cache.keys()]).toEqual(Array.from({ length: 40 }, (_, i) => 60 + i));
  });
});
