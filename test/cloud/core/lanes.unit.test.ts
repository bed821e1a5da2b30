import { describe, expect, it } from 'vitest';
import { Lanes, type LaneBudget } from '../../../cloud/core/lanes.js';

/** Lanes whose turns run when the test says so. */
function lanes(budgets: { live?: Partial<LaneBudget>; backlog?: Partial<LaneBudget> } = {}): { lanes: Lanes; turn: () => Promise<void> } {
  const pending: Array<() => void> = [];
  const l = new Lanes({
    budgets: {
      live: { maxInFlight: 1000, maxWeightPerTurn: 1e9, ...budgets.live },
      backlog: { maxInFlight: 1000, maxWeightPerTurn: 1e9, ...budgets.backlog },
    },
    defer: (fn) => pending.push(fn),
  });
  return {
    lanes: l,
    turn: async () => {
      for (const fn of pending.splice(0)) fn();
      // Let started jobs run up to their first await, and finished ones settle.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
  };
}

/** A job that finishes when the test releases it. */
function gate(): { run: () => Promise<void>; open: () => void; started: boolean } {
  let open!: () => void;
  const p = new Promise<void>((r) => (open = r));
  const g = {
    started: false,
    open: () => open(),
    run: async () => {
      g.started = true;
      await p;
    },
  };
  return g;
}

describe('Lanes (unit)', () => {
  it('runs one job of a key at a time, in order, and keys side by side', async () => {
    const { lanes: l, turn } = lanes();
    const a1 = gate();
    const a2 = gate();
    const b1 = gate();
    const done: string[] = [];
    void l.submit('a', 'live', 1, a1.run).then(() => done.push('a1'));
    void l.submit('a', 'live', 1, a2.run).then(() => done.push('a2'));
    void l.submit('b', 'live', 1, b1.run).then(() => done.push('b1'));
    await turn();
    expect([a1.started, a2.started, b1.started]).toEqual([true, false, true]);
    a1.open();
    await turn();
    await turn();
    expect(a2.started).toBe(true);
    a2.open();
    b1.open();
    await turn();
    await l.idle();
    expect(done.filter((d) => d.startsWith('a'))).toEqual(['a1', 'a2']);
    expect(done).toHaveLength(3);
  });

  it('starts live work first, whatever the backlog holds', async () => {
    const { lanes: l, turn } = lanes({ backlog: { maxInFlight: 2 } });
    const backlog = Array.from({ length: 50 }, () => gate());
    backlog.forEach((g, i) => void l.submit(`replay-${i}`, 'backlog', 100, g.run));
    await turn();
    expect(backlog.filter((g) => g.started)).toHaveLength(2);
    const live = gate();
    void l.submit('live-fridge', 'live', 1, live.run);
    await turn();
    expect(live.started).toBe(true);
    expect(l.stats()).toMatchObject({ live: { inFlight: 1 }, backlog: { inFlight: 2, queued: 48 } });
    live.open();
    for (const g of backlog) g.open();
  });

  it('starts at most a turn\'s weight of backlog per event-loop turn, and goes on next turn', async () => {
    const { lanes: l, turn } = lanes({ backlog: { maxWeightPerTurn: 1000 } });
    const jobs = Array.from({ length: 5 }, () => gate());
    jobs.forEach((g, i) => void l.submit(`f${i}`, 'backlog', 500, g.run));
    await turn();
    expect(jobs.filter((g) => g.started)).toHaveLength(2);
    await turn();
    expect(jobs.filter((g) => g.started)).toHaveLength(4);
    await turn();
    expect(jobs.filter((g) => g.started)).toHaveLength(5);
    for (const g of jobs) g.open();
    await turn();
    await l.idle();
  });

  it('lets keys of a lane take turns: one deep backlog does not hold up the others', async () => {
    const { lanes: l, turn } = lanes({ backlog: { maxInFlight: 1 } });
    const order: string[] = [];
    for (let i = 0; i < 3; i++) void l.submit('deep', 'backlog', 1, async () => void order.push('deep'));
    void l.submit('other', 'backlog', 1, async () => void order.push('other'));
    for (let i = 0; i < 10; i++) await turn();
    await l.idle();
    expect(order).toEqual(['deep', 'other', 'deep', 'deep']);
  });

  it('a failing job rejects its caller and the key goes on', async () => {
    const { lanes: l, turn } = lanes();
    const first = l.submit('k', 'live', 1, async () => {
      throw new Error('boom');
    });
    const second = l.submit('k', 'live', 1, async () => 'ok');
    await turn();
    await expect(first).rejects.toThrow('boom');
    await turn();
    await expect(second).resolves.toBe('ok');
  });
});

describe('Lanes.busy (unit)', () => {
  it('says whether work of a lane is queued or running, and no longer once it is done', async () => {
    const { lanes: l, turn } = lanes();
    expect(l.busy('backlog')).toBe(false);
    const g = gate();
    const done = l.submit('f1', 'backlog', 1, g.run);
    expect([l.busy('backlog'), l.busy('live')]).toEqual([true, false]); // queued
    await turn();
    expect(l.busy('backlog')).toBe(true); // running
    g.open();
    await done;
    await turn();
    expect(l.busy('backlog')).toBe(false);
  });
});
