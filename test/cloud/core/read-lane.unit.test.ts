import { describe, expect, it } from 'vitest';
import { ReadLane, ReadLaneFull } from '../../../cloud/core/read-lane.js';

/** A read lane whose turns run when the test says, on a clock that reads advance. */
function lane(budgetMsPerTurn: number, maxQueued = 100, maxShare?: number) {
  let t = 0;
  const pending: Array<() => void> = [];
  const waits: number[] = [];
  const l = new ReadLane({
    budgetMsPerTurn,
    maxQueued,
    ...(maxShare !== undefined ? { maxShare } : {}),
    now: () => t,
    defer: (fn) => pending.push(fn),
    later: (fn, ms) => {
      waits.push(ms);
      pending.push(fn);
    },
  });
  const turn = async (): Promise<void> => {
    for (const fn of pending.splice(0)) fn();
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  /** A synchronous-store read that costs `ms` of CPU. */
  const read = (ms: number, log: string[], name: string) => async () => {
    t += ms;
    log.push(name);
    return name;
  };
  return { l, turn, read, waits };
}

describe('ReadLane (unit)', () => {
  it('runs reads one after the other, in order, as many per turn as its budget allows', async () => {
    const { l, turn, read } = lane(10);
    const log: string[] = [];
    const answers = ['a', 'b', 'c', 'd', 'e'].map((n) => l.run(read(4, log, n)));
    await turn();
    // 4 + 4 + 4 ms: the third read starts at 8 ms (< 10), the fourth waits for the next turn.
    expect(log).toEqual(['a', 'b', 'c']);
    await turn();
    expect(log).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await Promise.all(answers)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(l.stats).toMatchObject({ reads: 5, turns: 2 });
  });

  it('runs one large read per turn, whatever it costs, so every other kind of work gets the loop in between', async () => {
    const { l, turn, read } = lane(8);
    const log: string[] = [];
    const all = Array.from({ length: 4 }, (_, i) => l.run(read(40, log, `big${i}`)));
    for (let i = 1; i <= 4; i++) {
      await turn();
      expect(log).toHaveLength(i);
    }
    await Promise.all(all);
    expect(l.stats.turns).toBe(4);
  });

  it('leaves the rest of the time to everything else: with a share of a quarter, a turn of reads of 30 ms waits 90 ms before the next', async () => {
    const { l, turn, read, waits } = lane(8, 100, 0.25);
    const log: string[] = [];
    const all = [l.run(read(30, log, 'a')), l.run(read(30, log, 'b')), l.run(read(2, log, 'c'))];
    await turn();
    expect(log).toEqual(['a']);
    expect(waits).toEqual([90]);
    await turn();
    expect(log).toEqual(['a', 'b']);
    await turn();
    await Promise.all(all);
    expect(waits).toEqual([90, 90]);
    // Nothing waiting: the next read starts at once, whatever came before.
    const d = l.run(read(1, log, 'd'));
    await turn();
    await expect(d).resolves.toBe('d');
    expect(waits).toHaveLength(2);
  });

  it('refuses a read at once when too many wait, and a failing read fails only its caller', async () => {
    const { l, turn, read } = lane(10, 2);
    const log: string[] = [];
    const a = l.run(read(1, log, 'a'));
    const b = l.run(async () => {
      throw new Error('no such table');
    });
    await expect(l.run(read(1, log, 'c'))).rejects.toBeInstanceOf(ReadLaneFull);
    expect(l.stats.refused).toBe(1);
    await turn();
    await expect(a).resolves.toBe('a');
    await expect(b).rejects.toThrow('no such table');
    // The lane goes on.
    const d = l.run(read(1, log, 'd'));
    await turn();
    await expect(d).resolves.toBe('d');
  });
});
