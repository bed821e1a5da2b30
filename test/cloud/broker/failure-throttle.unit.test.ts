import { describe, expect, it } from 'vitest';
import { FailureThrottle } from '../../../cloud/broker/failure-throttle.js';

describe('FailureThrottle (unit)', () => {
  it('locks a key after max failures until its window ends, other keys unaffected', () => {
    const t = new FailureThrottle({ max: 3, windowMs: 60_000 });
    for (let i = 0; i < 2; i++) t.failed('a', 1000 + i);
    expect(t.lockedForMs('a', 1500)).toBe(0);
    t.failed('a', 2000);
    expect(t.lockedForMs('a', 2000)).toBe(59_000);
    expect(t.lockedForMs('b', 2000)).toBe(0);
    expect(t.lockedForMs('a', 61_000)).toBe(0);
    // A new window starts afresh.
    t.failed('a', 61_000);
    expect(t.lockedForMs('a', 61_001)).toBe(0);
  });

  it('keeps at most maxKeys keys, dropping the oldest window', () => {
    const t = new FailureThrottle({ max: 1, windowMs: 60_000, maxKeys: 2 });
    t.failed('a', 0);
    t.failed('b', 1);
    t.failed('c', 2);
    expect(t.lockedForMs('a', 3)).toBe(0);
    expect(t.lockedForMs('b', 3)).toBeGreaterThan(0);
    expect(t.lockedForMs('c', 3)).toBeGreaterThan(0);
  });
});
