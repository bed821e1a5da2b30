// A whole fridge day on the demo scenario, on a ManualClock: no real waiting.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock, RealClock, loadScenario, startSimulation } from '../../simulator/index.js';

const HOUR = 3_600_000;

describe('a simulated day (unit)', () => {
  it('has a plausible number of door sessions, one restock per fridge, and a consistent ground truth', async () => {
    const scenario = await loadScenario('demo');
    const clock = new ManualClock(Date.parse('2025-03-03T00:00:00Z'));
    const sim = await startSimulation({ scenario, link: 'memory', clock });
    try {
      const t0 = Date.now();
      await clock.advance(24 * HOUR);
      await sim.quiescent();
      expect(Date.now() - t0).toBeLessThan(10_000);
      const truth = sim.truth();
      for (const f of scenario.fridges) {
        const sessions = truth.sessions.filter((s) => s.fridgeId === f.id);
        const restocks = sessions.filter((s) => s.kind === 'restock');
        expect(restocks.length, f.id).toBe(1);
        expect(new Date(restocks[0]?.openedAtMs ?? 0).getUTCHours()).toBe(6);
        // Walk-in shoppers and app pickups arrive as a Poisson process at the fridge's rate.
        const arrivals = sessions.filter((s) => s.kind !== 'restock' && !s.userId.startsWith('sub-')).length;
        const expected = (f.shoppersPerHour ?? scenario.traffic.shoppersPerHour) * 24;
        expect(Math.abs(arrivals - expected), `${f.id}: ${arrivals} sessions, expected ~${expected}`).toBeLessThanOrEqual(5 * Math.sqrt(expected));
        // One door session at a time per fridge.
        const sorted = [...sessions].sort((a, b) => a.openedAtMs - b.openedAtMs);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.openedAtMs).toBeGreaterThanOrEqual(sorted[i - 1]!.closedAtMs);

        // Ground truth: what is in the fridge = what was put in - what was taken out.
        const added = truth.additions.filter((a) => a.fridgeId === f.id).map((a) => a.epc);
        const removed = new Set(truth.removals.filter((r) => r.fridgeId === f.id).map((r) => r.epc));
        expect(truth.stock[f.id]).toEqual(added.filter((e) => !removed.has(e)).sort());
        expect(removed.size).toBe(sessions.reduce((a, s) => a + s.taken.length, 0));
      }
      // Subscribers got their personal meals at the restock and came for them.
      for (const sub of scenario.subscribers) {
        expect(truth.additions.some((a) => a.personalFor === sub.userId)).toBe(true);
        expect(truth.removals.some((r) => r.by === sub.userId && r.reason === 'personal-pickup')).toBe(true);
      }
      expect(truth.removals.some((r) => r.reason === 'reserved-pickup')).toBe(true);
      expect(truth.sessions.some((s) => s.putBack.length > 0)).toBe(true);
      // Lunch is the busy hour (hourly profile).
      const hourOf = (ms: number): number => new Date(ms).getUTCHours();
      const lunch = truth.sessions.filter((s) => hourOf(s.openedAtMs) === 12).length;
      const night = truth.sessions.filter((s) => hourOf(s.openedAtMs) === 3).length;
      expect(lunch).toBeGreaterThan(night * 3);
    } finally {
      await sim.close();
    }
  });

  it('is reproducible from its seed', async () => {
    const run = async (): Promise<string> => {
      const clock = new ManualClock(Date.parse('2025-03-03T00:00:00Z'));
      const sim = await startSimulation({ scenario: 'demo', link: 'memory', clock });
      await clock.advance(6 * HOUR);
      const t = JSON.stringify(sim.truth());
      await sim.close();
      return t;
    };
    expect(await run()).toBe(await run());
  });
});

describe('RealClock time scale (unit)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs simulated time timeScale times faster than real time', async () => {
    vi.useFakeTimers();
    let real = 1_000;
    const clock = new RealClock(60, Date.parse('2025-03-03T00:00:00Z'), () => real);
    const fired: number[] = [];
    clock.setTimer(60_000, () => fired.push(clock.now()));
    expect(clock.foregroundPending()).toBe(1);
    const idle = clock.whenIdle();
    real += 1_000;
    vi.advanceTimersByTime(1_000); // one real second = one simulated minute
    await vi.runAllTimersAsync();
    await idle;
    expect(fired).toEqual([Date.parse('2025-03-03T00:01:00Z')]);
    expect(clock.foregroundPending()).toBe(0);
    clock.dispose();
  });
});
