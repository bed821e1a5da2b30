// Group commit: what is decided while a commit is in flight (or during one event-loop turn)
// goes into the next transaction together, so a thousand fridges' batches cost one fsync, not
// a thousand. Each unit is still all-or-nothing (a savepoint), each caller is answered only
// after the transaction that holds its unit committed (DESIGN.md property 4), and the
// committed events go out on the bus in position order, one publication per transaction.
import type { CommitUnit, GroupCommitStore, StoredEvent, UnitOutcome, WrittenGroup } from '../store/index.js';
import { StaleDecision } from '../store/index.js';

export interface GroupCommitOptions {
  store: GroupCommitStore;
  /** A transaction holds at most this many units... */
  maxUnits: number;
  /** ...and this many domain events plus raw fridge events (a unit over it goes alone). */
  maxWeight: number;
  /** After every transaction, with its units' events in position order (never throws back). */
  onCommitted: (stored: StoredEvent[]) => void;
  /** Every transaction's size and duration, for metrics. */
  onGroup?: (g: { units: number; weight: number; ms: number; failed: number }) => void;
  /**
   * When the first transaction of a quiet moment starts: by default once the microtasks of
   * what is running have run (process.nextTick), so that everything decided in this turn of the
   * event loop is in it and its callers are answered in the same turn: an ack does not wait a
   * turn of the loop for its commit (other work, e.g. a read, could come in between).
   */
  defer?: (fn: () => void) => void;
  /** Between transactions of a backlog: the event loop turns (setImmediate), I/O goes on. */
  yieldTurn?: (fn: () => void) => void;
}

interface Pending {
  unit: CommitUnit;
  weight: number;
  valid: () => boolean;
  resolve: (stored: StoredEvent[]) => void;
  reject: (err: Error) => void;
}

const unitWeight = (u: CommitUnit): number => (u.kind === 'batch' ? u.batch.events.length + u.batch.raw.length : u.events.length) + 1;

export class GroupCommitter {
  private queue: Pending[] = [];
  private flushing = false;
  private scheduled = false;
  private readonly defer: (fn: () => void) => void;
  private readonly yieldTurn: (fn: () => void) => void;
  private drainWaiters: Array<() => void> = [];
  /** Groups written by a synchronous store (writeGroup) whose flush has not returned yet. */
  private inFlight = 0;
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly o: GroupCommitOptions) {
    this.defer = o.defer ?? ((fn) => process.nextTick(fn));
    this.yieldTurn = o.yieldTurn ?? o.defer ?? ((fn) => void setImmediate(fn));
  }

  /**
   * Commits `unit` in the next transaction. `valid` is asked just before: a unit decided on a
   * district state that an earlier failure invalidated is not written (StaleDecision).
   */
  submit(unit: CommitUnit, valid: () => boolean = () => true): Promise<StoredEvent[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ unit, weight: unitWeight(unit), valid, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves when everything submitted so far is committed (or failed). */
  drained(): Promise<void> {
    if (this.queue.length === 0 && !this.flushing && this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    this.defer(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private take(): Pending[] {
    const group: Pending[] = [];
    let weight = 0;
    while (this.queue.length > 0 && group.length < this.o.maxUnits) {
      const next = this.queue[0]!;
      if (group.length > 0 && weight + next.weight > this.o.maxWeight) break;
      this.queue.shift();
      group.push(next);
      weight += next.weight;
    }
    return group;
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const group = this.take().filter((p) => {
          if (p.valid()) return true;
          p.reject(new StaleDecision(districtOf(p.unit)));
          return false;
        });
        if (group.length === 0) continue;
        const started = performance.now();
        const write = this.o.store.writeGroup;
        if (write !== undefined) {
          // A store that writes synchronously and flushes its log apart: the next group is
          // written while this one is flushed, so a live unit waits for one small group's
          // write, not for a flush plus everything decided during it (issue 12).
          let written: WrittenGroup;
          try {
            written = write.call(this.o.store, group.map((p) => p.unit));
          } catch (err) {
            this.failGroup(group, err, started);
            continue;
          }
          // A failed unit is known now: its caller hears it before the district's next units
          // are taken, so that they are decided again rather than written stale.
          written.outcomes.forEach((o, i) => {
            if (!o.ok) group[i]!.reject(o.error);
          });
          this.inFlight += 1;
          const previous = this.tail;
          this.tail = (async () => {
            await previous; // answered and published in commit order
            try {
              await written.durable;
            } catch (err) {
              const e = err instanceof Error ? err : new Error(String(err));
              group.forEach((p, i) => written.outcomes[i]?.ok && p.reject(e));
              this.o.onGroup?.({ units: group.length, weight: sum(group), ms: performance.now() - started, failed: group.length });
              return;
            }
            this.settle(group, written.outcomes, started, false);
          })().finally(() => {
            this.inFlight -= 1;
            this.notifyDrained();
          });
          if (this.inFlight >= MAX_GROUPS_IN_FLIGHT) await this.tail;
        } else {
          let outcomes: UnitOutcome[];
          try {
            outcomes = await this.o.store.commitGroup(group.map((p) => p.unit));
          } catch (err) {
            this.failGroup(group, err, started);
            continue;
          }
          this.settle(group, outcomes, started, true);
        }
        // With a synchronous store the whole flush would be one macrotask: let I/O in between.
        if (this.queue.length > 0) await new Promise<void>((r) => this.yieldTurn(r));
      }
    } finally {
      this.flushing = false;
      this.notifyDrained();
      if (this.queue.length > 0) this.schedule();
    }
  }

  /** The transaction as a whole failed (disk full, connection lost): nothing of it is written. */
  private failGroup(group: readonly Pending[], err: unknown, started: number): void {
    const e = err instanceof Error ? err : new Error(String(err));
    for (const p of group) p.reject(e);
    this.o.onGroup?.({ units: group.length, weight: sum(group), ms: performance.now() - started, failed: group.length });
  }

  /** A committed group: its events on the bus in position order, then its callers answered. */
  private settle(group: readonly Pending[], outcomes: readonly UnitOutcome[], started: number, answerFailures: boolean): void {
    const stored: StoredEvent[] = [];
    for (const o of outcomes) if (o.ok) stored.push(...o.stored);
    stored.sort((a, b) => a.position - b.position);
    if (stored.length > 0) {
      try {
        this.o.onCommitted(stored);
      } catch {
        // A failing listener never takes the commit path down; the bus logs its own.
      }
    }
    let failed = 0;
    group.forEach((p, i) => {
      const o = outcomes[i];
      if (o?.ok) p.resolve(o.stored);
      else {
        failed += 1;
        if (answerFailures) p.reject(o?.error ?? new Error('no outcome for a unit of the group'));
      }
    });
    this.o.onGroup?.({ units: group.length, weight: sum(group), ms: performance.now() - started, failed });
  }

  private notifyDrained(): void {
    if (this.queue.length > 0 || this.flushing || this.inFlight > 0) return;
    for (const w of this.drainWaiters.splice(0)) w();
  }
}

/** Groups written and waiting for their flush at once; beyond it, the writer waits. */
const MAX_GROUPS_IN_FLIGHT = 4;

const sum = (g: readonly Pending[]): number => g.reduce((n, p) => n + p.weight, 0);

export const districtOf = (u: CommitUnit): string => (u.kind === 'batch' ? u.batch.district : u.district);
