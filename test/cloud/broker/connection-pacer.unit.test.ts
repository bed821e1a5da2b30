// New MQTT connections at a budgeted rate (cloud/broker/connection-pacer.ts, issue 12: a fleet
// reconnecting at once must not hold up live door sessions): a burst at once, the rest at the
// rate, in arrival order, each group in a turn of its own; a connection that leaves while
// waiting is skipped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionPacer, DEFAULT_PACER, LoopLag, resolvePacer } from '../../../cloud/broker/connection-pacer.js';

describe('ConnectionPacer (unit, fake timers)', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('starts a burst at once and the rest at the rate, in order', async () => {
    const pacer = new ConnectionPacer({ ...DEFAULT_PACER, perS: 100, burst: 5, maxWaiting: 1000 }, () => performance.now());
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
    const pacer = new ConnectionPacer({ ...DEFAULT_PACER, perS: 10, burst: 1, maxWaiting: 1000 }, () => performance.now());
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
    const pacer = new ConnectionPacer({ ...DEFAULT_PACER, perS: 10, burst: 1, maxWaiting: 3 }, () => performance.now());
    const started: number[] = [];
    const turns = Array.from({ length: 6 }, (_, i) => pacer.admit(() => started.push(i)));
    // One at once, three waiting, two refused.
    expect(turns.map((t) => t !== undefined)).toEqual([true, true, true, true, false, false]);
    expect(pacer.waiting).toBe(3);
    await vi.advanceTimersByTimeAsync(100);
    expect(pacer.admit(() => started.push(6))).toBeDefined();
    pacer.close();
  });

  it('slows down while the event loop runs late: the rate falls with the lag, never under minPerS', async () => {
    let lag = 0;
    const pacer = new ConnectionPacer({ perS: 100, lagMs: 20, minPerS: 25, burst: 1, maxWaiting: 1000 }, () => performance.now(), () => lag);
    expect(pacer.rate).toBe(100);
    lag = 40;
    expect(pacer.rate).toBe(50);
    lag = 1000;
    expect(pacer.rate).toBe(25);
    // A second of a late loop: 25 started, not 100.
    const started: number[] = [];
    pacer.admit(() => started.push(0)); // the burst
    for (let i = 1; i < 200; i++) pacer.admit(() => started.push(i));
    await vi.advanceTimersByTimeAsync(1000);
    expect(started.length).toBeGreaterThanOrEqual(24);
    expect(started.length).toBeLessThanOrEqual(27);
    // On time again: the full rate.
    lag = 0;
    await vi.advanceTimersByTimeAsync(1000);
    expect(started.length).toBeGreaterThanOrEqual(115);
    expect(started.length).toBeLessThanOrEqual(130);
    pacer.close();
  });

  it('reads its budget from FF_MQTT_ACCEPT_PER_S, _LAG_MS, _MIN_PER_S and _BURST', () => {
    expect(resolvePacer({})).toEqual({ perS: 250, lagMs: 20, minPerS: 100, burst: 20, maxWaiting: 10_000 });
    expect(resolvePacer({ FF_MQTT_ACCEPT_PER_S: '200', FF_MQTT_ACCEPT_BURST: '7', FF_MQTT_ACCEPT_LAG_MS: '30', FF_MQTT_ACCEPT_MIN_PER_S: '50' })).toEqual({ perS: 200, lagMs: 30, minPerS: 50, burst: 7, maxWaiting: 10_000 });
    expect(() => resolvePacer({ FF_MQTT_ACCEPT_PER_S: 'lots' })).toThrow(/FF_MQTT_ACCEPT_PER_S/);
  });
});

describe('LoopLag (unit, real timers)', () => {
  it('reads how late the event loop runs: about what a blocking step held it', async () => {
    const lag = new LoopLag(10, 5);
    try {
      await new Promise((r) => setTimeout(r, 50));
      expect(lag.ms).toBeLessThan(40);
      const until = performance.now() + 120;
      while (performance.now() < until) {
        // the event loop held for 120 ms
      }
      await new Promise((r) => setTimeout(r, 15));
      expect(lag.ms).toBeGreaterThanOrEqual(100);
    } finally {
      lag.stop();
    }
  });
});
