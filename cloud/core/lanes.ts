// Live never waits: work of each kind has its own lane and budget. A fridge draining a
// backlog after an outage is work in the `backlog` lane; a door session happening now is in
// `live`. Live work starts first, always; backlog work runs within a budget of in-flight jobs
// and of weight (fridge events) per event-loop turn, so a storm of backlogs is a longer drain,
// never a stall of live sessions or of the sockets (acks, HTTP) the event loop serves.

export type Lane = 'live' | 'backlog';

export const LANES: readonly Lane[] = ['live', 'backlog'];

export interface LaneBudget {
  /** Jobs of this lane started and not finished (in decision or waiting for their commit). */
  maxInFlight: number;
  /** Weight (e.g. fridge events) this lane may start in one event-loop turn. */
  maxWeightPerTurn: number;
}

export interface LanesOptions {
  budgets: Record<Lane, LaneBudget>;
  /** Lets the event loop turn (socket reads, acks going out) between turns; injectable for tests. */
  defer?: (fn: () => void) => void;
}

interface Job {
  lane: Lane;
  weight: number;
  run: () => Promise<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export interface LaneStats {
  queued: number;
  inFlight: number;
  started: number;
}

/**
 * Runs jobs by key (a fridge): one job of a key at a time, in the order submitted (a fridge's
 * batches apply in order, DESIGN.md property 3), many keys at once. Among ready keys, the
 * `live` lane starts first; keys within a lane take turns (round robin), so one fridge with a
 * deep backlog does not hold up the others.
 */
export class Lanes {
  private readonly queues = new Map<string, Job[]>();
  private readonly running = new Set<string>();
  /** Ready keys per lane, in the order they became ready. */
  private readonly ready: Record<Lane, Set<string>> = { live: new Set(), backlog: new Set() };
  private readonly inFlight: Record<Lane, number> = { live: 0, backlog: 0 };
  private readonly started: Record<Lane, number> = { live: 0, backlog: 0 };
  private scheduled = false;
  private readonly defer: (fn: () => void) => void;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly o: LanesOptions) {
    this.defer = o.defer ?? ((fn) => void setImmediate(fn));
  }

  /** Queues `run` behind the key's earlier jobs; settles as `run` does. */
  submit<T>(key: string, lane: Lane, weight: number, run: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const job: Job = { lane, weight, run, resolve: resolve as (v: unknown) => void, reject };
      const q = this.queues.get(key);
      if (q === undefined) this.queues.set(key, [job]);
      else q.push(job);
      if (!this.running.has(key) && q === undefined) this.ready[lane].add(key);
      this.schedule();
    });
  }

  stats(): Record<Lane, LaneStats> {
    const queued: Record<Lane, number> = { live: 0, backlog: 0 };
    for (const q of this.queues.values()) for (const j of q) queued[j.lane] += 1;
    const s = {} as Record<Lane, LaneStats>;
    for (const lane of LANES) s[lane] = { queued: queued[lane], inFlight: this.inFlight[lane], started: this.started[lane] };
    return s;
  }

  /** Work of `lane` is queued or running (cheap: no walk of the queues). */
  busy(lane: Lane): boolean {
    return this.inFlight[lane] > 0 || this.ready[lane].size > 0;
  }

  /** Resolves when nothing is queued or running. */
  idle(): Promise<void> {
    if (this.queues.size === 0 && this.running.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.defer(() => {
      this.scheduled = false;
      this.turn();
    });
  }

  /** One event-loop turn's worth of starts: all live work the budget allows, then backlog. */
  private turn(): void {
    let more = false;
    for (const lane of LANES) {
      const budget = this.o.budgets[lane];
      let weight = 0;
      for (const key of this.ready[lane]) {
        // At the in-flight bound, a job's end schedules the next turn; at the turn's weight
        // bound, the next turn comes after the event loop served I/O.
        if (this.inFlight[lane] >= budget.maxInFlight) break;
        if (weight >= budget.maxWeightPerTurn) {
          more = true;
          break;
        }
        const job = this.queues.get(key)?.[0];
        if (job === undefined) {
          this.ready[lane].delete(key);
          continue;
        }
        weight += job.weight;
        this.start(key, job);
      }
    }
    // Budget left over work: come back next turn, after the event loop has served I/O.
    if (more) this.schedule();
  }

  private start(key: string, job: Job): void {
    const q = this.queues.get(key);
    q?.shift();
    if (q !== undefined && q.length === 0) this.queues.delete(key);
    this.ready[job.lane].delete(key);
    this.running.add(key);
    this.inFlight[job.lane] += 1;
    this.started[job.lane] += 1;
    let p: Promise<unknown>;
    try {
      p = job.run();
    } catch (err) {
      p = Promise.reject(err);
    }
    p.then(job.resolve, job.reject).finally(() => {
      this.inFlight[job.lane] -= 1;
      this.running.delete(key);
      const next = this.queues.get(key)?.[0];
      if (next !== undefined) this.ready[next.lane].add(key);
      this.schedule();
      this.checkIdle();
    });
  }

  private checkIdle(): void {
    if (this.queues.size > 0 || this.running.size > 0) return;
    for (const w of this.idleWaiters.splice(0)) w();
  }
}
