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
  /**
   * A transaction holding an urgent unit (a live door session, an app's request) takes at most
   * this much weight in all: its caller waits for this write, not for a backlog's full one.
   */
  maxWeightUrgent?: number;
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
  district: string;
  urgent: boolean;
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
   * district state that an earlier failure invalidated is not written (StaleDecision). An
   * `urgent` unit (live: a door session, an app's request; not a replayed backlog) goes into
   * the next transaction ahead of other districts' waiting units.
   */
  submit(unit: CommitUnit, valid: () => boolean = () => true, urgent = true): Promise<StoredEvent[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ unit, district: districtOf(unit), urgent, weight: unitWeight(unit), valid, resolve, reject });
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

  /**
   * The next transaction's units: first the urgent ones that no earlier unit of their district
   * waits ahead of (a district's units are committed in the order they were decided), then the
   * rest in arrival order. With an urgent unit in it while backlog units wait too, the
   * transaction stays small (maxWeightUrgent): live work waits for a small write, never for a
   * backlog's large one; urgent units alone fill transactions up to maxWeight.
   */
  private take(): Pending[] {
    const group: Pending[] = [];
    let weight = 0;
    const fits = (p: Pending, max: number): boolean => group.length < this.o.maxUnits && (group.length === 0 || weight + p.weight <= max);
    let anyUrgent = false;
    let anyBacklog = false;
    for (const p of this.queue) {
      if (p.urgent) anyUrgent = true;
      else anyBacklog = true;
      if (anyUrgent && anyBacklog) break;
    }
    // Small only while a backlog waits too: live work alone commits in full-size transactions.
    const urgentMax = anyBacklog ? Math.min(this.o.maxWeight, this.o.maxWeightUrgent ?? this.o.maxWeight) : this.o.maxWeight;
    // Without urgent units the queue is taken as it is, in order.
    const rest: Pending[] = anyUrgent ? [] : this.queue;
    // Full: the next urgent unit did not fit; urgent units keep their order among themselves.
    let full = false;
    if (anyUrgent) {
      const behind = new Set<string>();
      for (const p of this.queue) {
        if (p.urgent && !full && !behind.has(p.district)) {
          if (fits(p, urgentMax)) {
            group.push(p);
            weight += p.weight;
            continue;
          }
          full = true;
        }
        rest.push(p);
        behind.add(p.district);
      }
    }
    let urgent = group.length > 0;
    let taken = 0;
    for (; !full && taken < rest.length; taken++) {
      const p = rest[taken]!;
      // An urgent unit that waited behind its district's earlier one makes the transaction urgent too.
      if (!fits(p, urgent || p.urgent ? urgentMax : this.o.maxWeight)) break;
      group.push(p);
      weight += p.weight;
      urgent ||= p.urgent;
    }
    this.queue = rest.slice(taken);
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
            const w = write.call(this.o.store, group.map((p) => p.unit));
            // A writer thread answers later; what is decided meanwhile waits for the next group.
            written = w instanceof Promise ? await w : w;
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
