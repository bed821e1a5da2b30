import { describe, expect, it } from 'vitest';
import { ReadLane, ReadLaneFull } from '../../../cloud/core/read-lane.js';

/** A read lane whose turns run when the test says, on a clock that reads advance. */
function lane(budgetMsPerTurn: number, maxQueued = 100) {
  let t = 0;
  const pending: Array<() => void> = [];
  const l = new ReadLane({ budgetMsPerTurn, maxQueued, now: () => t, defer: (fn) => pending.push(fn) });
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
  return { l, turn, read };
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
