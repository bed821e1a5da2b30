// Full-jitter backoff of the client library (issue 13 item 5): the wait is uniform in a window
// that doubles per failed attempt up to a cap, and never shorter than the server's Retry-After.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffWindowMs, retryDelayMs } from '../../feed-client/src/index.js';

describe('feed client backoff (unit)', () => {
  const o = { baseMs: 500, capMs: 15_000 };

  it('doubles the window per attempt up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map((a) => backoffWindowMs(a, o))).toEqual([500, 1000, 2000, 4000, 8000, 15_000, 15_000, 15_000]);
  });

  it('waits anywhere from 0 to the window (full jitter), whatever the random draw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const d = retryDelayMs(attempt, o, () => r);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThan(backoffWindowMs(attempt, o));
      }),
    );
    expect(retryDelayMs(3, o, () => 0)).toBe(0);
    expect(retryDelayMs(3, o, () => 0.999_999)).toBe(3999);
    // Not "half the window plus jitter": the lower half is used too.
    expect(retryDelayMs(3, o, () => 0.25)).toBe(1000);
  });

  it('never retries sooner than Retry-After; a longer jitter wins', () => {
    expect(retryDelayMs(0, o, () => 0.5, 3)).toBe(3000);
    expect(retryDelayMs(5, o, () => 0.5, 3)).toBe(7500);
    expect(retryDelayMs(0, o, () => 0.5, 0)).toBe(250);
  });
});
