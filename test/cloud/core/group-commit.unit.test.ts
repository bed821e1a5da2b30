import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../cloud/domain/index.js';
import { GroupCommitter } from '../../../cloud/core/group-commit.js';
import { CursorConflict, StaleDecision, type CommitUnit, type GroupCommitStore, type StoredEvent, type UnitOutcome, type WrittenGroup } from '../../../cloud/store/index.js';

const AT = 1_760_000_000_000;
const ev = (district: string, version: number): DomainEvent => ({ type: 'CatalogUpdated', district, catalogId: district, version, at: AT });
const append = (district: string, version: number): CommitUnit => ({ kind: 'append', district, events: [ev(district, version)] });

/** A store that records each transaction and can be told to fail units or whole groups. */
class FakeStore implements GroupCommitStore {
  groups: CommitUnit[][] = [];
  position = 0;
  failUnit: (u: CommitUnit) => Error | undefined = () => undefined;
  failGroup: Error | undefined;
  release: Promise<void> = Promise.resolve();

  async commitGroup(units: readonly CommitUnit[]): Promise<UnitOutcome[]> {
    this.groups.push([...units]);
    await this.release;
    if (this.failGroup) throw this.failGroup;
    return this.outcomes(units);
  }

  /** Each unit's outcome, as a store decides them: a failed unit's later district units are stale. */
  protected outcomes(units: readonly CommitUnit[]): UnitOutcome[] {
    const failed = new Set<string>();
    return units.map((u) => {
      const d = u.kind === 'batch' ? u.batch.district : u.district;
      if (failed.has(d)) return { ok: false, error: new StaleDecision(d) };
      const err = this.failUnit(u);
      if (err) {
        failed.add(d);
        return { ok: false, error: err };
      }
      const events = u.kind === 'batch' ? u.batch.events : u.events;
      return { ok: true, stored: events.map((event) => ({ position: ++this.position, event })) };
    });
  }
}

function committer(store: FakeStore, o: { maxUnits?: number; maxWeight?: number; maxWeightUrgent?: number } = {}) {
  const published: StoredEvent[][] = [];
  const pending: Array<() => void> = [];
  const c = new GroupCommitter({
    store,
    maxUnits: o.maxUnits ?? 100,
    maxWeight: o.maxWeight ?? 10_000,
    ...(o.maxWeightUrgent !== undefined ? { maxWeightUrgent: o.maxWeightUrgent } : {}),
    onCommitted: (s) => void published.push(s),
    defer: (fn) => pending.push(fn),
  });
  const turn = async (): Promise<void> => {
    for (const fn of pending.splice(0)) fn();
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return { c, published, turn };
}

describe('GroupCommitter (unit)', () => {
  it('commits what was submitted in one turn as one transaction, answers each caller, publishes once in position order', async () => {
    const store = new FakeStore();
    const { c, published, turn } = committer(store);
    const answers = [c.submit(append('a', 1)), c.submit(append('b', 1)), c.submit(append('a', 2))];
    expect(store.groups).toHaveLength(0);
    await turn();
    expect(store.groups).toHaveLength(1);
    expect(store.groups[0]).toHaveLength(3);
    const stored = await Promise.all(answers);
    expect(stored.map((s) => s.map((x) => x.position))).toEqual([[1], [2], [3]]);
    expect(published).toEqual([stored.flat()]);
    await c.drained();
  });

  it('collects what arrives while a transaction is in flight into the next one', async () => {
    const store = new FakeStore();
    let open!: () => void;
    store.release = new Promise((r) => (open = r));
    const { c, turn } = committer(store);
    const first = c.submit(append('a', 1));
    await turn();
    const later = [c.submit(append('b', 1)), c.submit(append('c', 1)), c.submit(append('d', 1))];
    await turn();
    expect(store.groups).toHaveLength(1);
    store.release = Promise.resolve();
    open();
    await first;
    await turn();
    await Promise.all(later);
    expect(store.groups.map((g) => g.length)).toEqual([1, 3]);
  });

  /**
   * A transaction of district z in flight while `queue` submits more (urgent or not, a weight
   * of 2 each, urgent transactions bounded at 4); the districts of each transaction after.
   */
  async function whileOneIsWritten(queue: (c: GroupCommitter) => Array<Promise<StoredEvent[]>>): Promise<{ districts: string[]; stored: StoredEvent[][] }> {
    const store = new FakeStore();
    let open!: () => void;
    store.release = new Promise((r) => (open = r));
    const { c, turn } = committer(store, { maxWeight: 100, maxWeightUrgent: 4 });
    const first = c.submit(append('z', 1), undefined, false);
    await turn();
    const answers = queue(c);
    store.release = Promise.resolve();
    open();
    await first;
    for (let i = 0; i < 6; i++) await turn();
    const stored = await Promise.all(answers);
    return { districts: store.groups.map((g) => g.map((u) => (u.kind === 'append' ? u.district : u.batch.district)).join('')), stored };
  }

  it('commits urgent units ahead of other districts\' backlog, in a small transaction (live never waits for a backlog\'s write)', async () => {
    // A backlog of districts a and b, then live units of c and d.
    const { districts } = await whileOneIsWritten((c) => [
      ...[1, 2, 3, 4].flatMap((v) => [c.submit(append('a', v), undefined, false), c.submit(append('b', v), undefined, false)]),
      c.submit(append('c', 1)),
      c.submit(append('d', 1)),
    ]);
    // The live units first, alone (weights 2 each: the urgent bound is 4); then the backlog, in order.
    expect(districts).toEqual(['z', 'cd', 'abababab']);
  });

  it('fills transactions to the full bound with urgent units when no backlog waits (live traffic alone keeps its throughput)', async () => {
    const { districts } = await whileOneIsWritten((c) => ['a', 'b', 'c', 'd', 'e'].map((d) => c.submit(append(d, 1))));
    expect(districts).toEqual(['z', 'abcde']);
  });

  it('keeps a district\'s order: an urgent unit behind its district\'s backlog unit waits for it', async () => {
    const { districts, stored } = await whileOneIsWritten((c) => [c.submit(append('a', 1), undefined, false), c.submit(append('b', 1), undefined, false), c.submit(append('a', 2)), c.submit(append('c', 1))]);
    // c jumps ahead, and the transaction is urgent (small): a's backlog unit fits, b's does not;
    // a's live unit waited for a's backlog unit, then goes first.
    expect(districts).toEqual(['z', 'ca', 'ab']);
    expect(stored[0]![0]!.position).toBeLessThan(stored[2]![0]!.position);
  });

  it('bounds a transaction by units and weight', async () => {
    const store = new FakeStore();
    const { c, turn } = committer(store, { maxUnits: 2, maxWeight: 5 });
    const big: CommitUnit = { kind: 'append', district: 'x', events: Array.from({ length: 9 }, (_, i) => ev('x', i)) };
    const all = [c.submit(append('a', 1)), c.submit(append('b', 1)), c.submit(append('c', 1)), c.submit(big), c.submit(append('d', 1))];
    for (let i = 0; i < 6; i++) await turn();
    await Promise.all(all);
    // weights: 2 each, the big one 10 (alone, over the bound)
    expect(store.groups.map((g) => g.length)).toEqual([2, 1, 1, 1]);
  });

  it('rejects a failed unit and its district\'s later units, answers the others', async () => {
    const store = new FakeStore();
    store.failUnit = (u) => (u.kind === 'append' && u.district === 'a' && (u.events[0] as { version: number }).version === 1 ? new CursorConflict('f1') : undefined);
    const { c, published, turn } = committer(store);
    const a1 = c.submit(append('a', 1));
    const b1 = c.submit(append('b', 1));
    const a2 = c.submit(append('a', 2));
    await turn();
    await expect(a1).rejects.toBeInstanceOf(CursorConflict);
    await expect(a2).rejects.toBeInstanceOf(StaleDecision);
    expect((await b1).map((s) => s.event)).toEqual([ev('b', 1)]);
    expect(published.flat().map((s) => s.event)).toEqual([ev('b', 1)]);
  });

  it('does not write a unit that is no longer valid when its transaction starts', async () => {
    const store = new FakeStore();
    const { c, turn } = committer(store);
    let valid = true;
    const stale = c.submit(append('a', 1), () => valid);
    const fine = c.submit(append('b', 1));
    valid = false;
    await turn();
    await expect(stale).rejects.toBeInstanceOf(StaleDecision);
    await fine;
    expect(store.groups[0]).toHaveLength(1);
  });

  it('fails every caller of a transaction that failed as a whole, and goes on with the next', async () => {
    const store = new FakeStore();
    store.failGroup = new Error('SQLITE_FULL');
    const { c, turn } = committer(store);
    const both = [c.submit(append('a', 1)), c.submit(append('b', 1))];
    await turn();
    for (const p of both) await expect(p).rejects.toThrow('SQLITE_FULL');
    store.failGroup = undefined;
    const next = c.submit(append('a', 2));
    await turn();
    expect(await next).toHaveLength(1);
  });
});

/** A store that writes at once and flushes apart (SQLite): each group's flush is released by the test. */
class WritingStore extends FakeStore {
  flushes: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  writeGroup(units: readonly CommitUnit[]): WrittenGroup {
    this.groups.push([...units]);
    const outcomes = this.outcomes(units);
    const durable = new Promise<void>((resolve, reject) => this.flushes.push({ resolve, reject }));
    return { outcomes, durable };
  }
}

describe('GroupCommitter with a store that flushes apart (unit)', () => {
  const settledOf = (p: Promise<unknown>): { state: string } => {
    const s = { state: 'pending' };
    p.then(() => (s.state = 'resolved'), () => (s.state = 'rejected'));
    return s;
  };

  it('writes the next group while the previous one is flushed, and answers and publishes in commit order', async () => {
    const store = new WritingStore();
    const { c, published, turn } = committer(store);
    const first = settledOf(c.submit(append('a', 1)));
    await turn();
    expect(store.groups).toHaveLength(1);
    const second = settledOf(c.submit(append('b', 1)));
    await turn();
    await new Promise((r) => setImmediate(r));
    expect(store.groups).toHaveLength(2); // written while the first flush is still out
    expect([first.state, second.state]).toEqual(['pending', 'pending']);
    store.flushes[1]!.resolve(); // the later flush returns first...
    await turn();
    expect([first.state, second.state, published.length]).toEqual(['pending', 'pending', 0]); // ...nobody is answered out of order
    store.flushes[0]!.resolve();
    await c.drained();
    expect([first.state, second.state]).toEqual(['resolved', 'resolved']);
    expect(published.map((g) => g.map((s) => s.position))).toEqual([[1], [2]]);
  });

  it('rejects a failed unit before its group is flushed; a failed flush rejects the units it held', async () => {
    const store = new WritingStore();
    store.failUnit = (u) => (u.kind === 'append' && u.district === 'x' ? new CursorConflict('f') : undefined);
    const { c, turn } = committer(store);
    const bad = settledOf(c.submit(append('x', 1)));
    const good = settledOf(c.submit(append('y', 1)));
    await turn();
    expect([bad.state, good.state]).toEqual(['rejected', 'pending']);
    store.flushes[0]!.reject(new Error('EIO'));
    await c.drained();
    expect(good.state).toBe('rejected');
  });
});
