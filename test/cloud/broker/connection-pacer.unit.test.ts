// New MQTT connections at a budgeted rate (cloud/broker/connection-pacer.ts, issue 12: a fleet
// reconnecting at once must not hold up live door sessions): a burst at once, the rest at the
// rate, in arrival order, each group in a turn of its own; a connection that leaves while
// waiting is skipped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionPacer, resolvePacer } from '../../../cloud/broker/connection-pacer.js';

describe('ConnectionPacer (unit, fake timers)', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('starts a burst at once and the rest at the rate, in order', async () => {
    const pacer = new ConnectionPacer({ perS: 100, burst: 5, maxWaiting: 1000 }, () => performance.now());
    const started: number[] = [];
    for (let i = 0; i < 25; i++) pacer.admit(() => started.push(i));
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(pacer.waiting).toBe(20);
    await vi.advanceTimersByTimeAsync(100); // 10 more tokens
    expect(started.length).toBeGreaterThanOrEqual(14);
    expect(started.length).toBeLessThanOrEqual(16);
    await vi.advanceTimersByTimeAsync(200);
    expect(started).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(pacer.waiting).toBe(0);
    pacer.close();
  });

  it('skips a connection that left while it waited, and starts nothing after close', async () => {
    const pacer = new ConnectionPacer({ perS: 10, burst: 1, maxWaiting: 1000 }, () => performance.now());
    const started: string[] = [];
    pacer.admit(() => started.push('a'));
    const b = pacer.admit(() => started.push('b'));
    pacer.admit(() => started.push('c'));
    b?.cancel();
    await vi.advanceTimersByTimeAsync(150); // one token at 100 ms: for c; half a token now
    expect(started).toEqual(['a', 'c']);
    pacer.admit(() => started.push('d')); // waits: no token yet
    pacer.close();
    pacer.admit(() => started.push('e'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(started).toEqual(['a', 'c']);
  });

  it('refuses a new connection once maxWaiting wait (a flood of connects holds no more), and takes them again when there is room', async () => {
    const pacer = new ConnectionPacer({ perS: 10, burst: 1, maxWaiting: 3 }, () => performance.now());
    const started: number[] = [];
    const turns = Array.from({ length: 6 }, (_, i) => pacer.admit(() => started.push(i)));
    // One at once, three waiting, two refused.
    expect(turns.map((t) => t !== undefined)).toEqual([true, true, true, true, false, false]);
    expect(pacer.waiting).toBe(3);
    await vi.advanceTimersByTimeAsync(100);
    expect(pacer.admit(() => started.push(6))).toBeDefined();
    pacer.close();
  });

  it('reads its budget from FF_MQTT_ACCEPT_PER_S and FF_MQTT_ACCEPT_BURST', () => {
    expect(resolvePacer({ FF_MQTT_ACCEPT_PER_S: '200', FF_MQTT_ACCEPT_BURST: '7' })).toEqual({ perS: 200, burst: 7, maxWaiting: 10_000 });
    expect(() => resolvePacer({ FF_MQTT_ACCEPT_PER_S: 'lots' })).toThrow(/FF_MQTT_ACCEPT_PER_S/);
  });
});
