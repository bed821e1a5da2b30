// Reads have a lane of their own (issue 12: "a large read gets a budget; it never delays a live
// door session"). Reads of the embedded store are synchronous: eight clients reading a large
// district at once would otherwise run back to back in one turn of the event loop while every
// ack waits. Here reads start in turns: each turn runs reads until its time budget is spent
// (at least one), then lets the event loop serve the ingest (lanes, commits, acks) before the
// next turn. A queue over its bound refuses new reads at once (the caller answers 503).

export interface ReadLaneOptions {
  /** Milliseconds of reads per event-loop turn (the first read of a turn always starts). */
  budgetMsPerTurn: number;
  /**
   * The share of the event loop's time reads may take while more wait (0 < share <= 1): after
   * a turn of reads that took `t` ms, the next turn starts no sooner than t × (1 − share) /
   * share ms later. The rest of the time is the ingest's: acks, commits, live work.
   */
  maxShare?: number;
  /** Reads waiting at most; beyond, `run` fails with ReadLaneFull. */
  maxQueued: number;
  now?: () => number;
  defer?: (fn: () => void) => void;
}

export class ReadLaneFull extends Error {
  constructor(readonly queued: number) {
    super(`${queued} reads are waiting already`);
    this.name = 'ReadLaneFull';
  }
}

/**
 * One read at a time: the next starts when the previous has settled, in the same turn while
 * the turn's budget lasts (a synchronous store's read settles within the turn), else in the
 * next turn, after the event loop has served everything else.
 */
export class ReadLane {
  private readonly waiting: Array<() => Promise<void>> = [];
  private running = false;
  private turnStarted = 0;
  private readonly now: () => number;
  private readonly defer: (fn: () => void) => void;
  /** Reads run, turns taken and reads refused since start (for metrics and tests). */
  readonly stats = { reads: 0, turns: 0, refused: 0 };

  private readonly later: (fn: () => void, ms: number) => void;

  constructor(private readonly o: ReadLaneOptions & { later?: (fn: () => void, ms: number) => void }) {
    this.now = o.now ?? (() => performance.now());
    this.defer = o.defer ?? ((fn) => void setImmediate(fn));
    this.later = o.later ?? ((fn, ms) => void setTimeout(fn, ms));
  }

  /** Runs `read` in its turn, after the reads queued before it. */
  run<T>(read: () => Promise<T> | T): Promise<T> {
    if (this.waiting.length >= this.o.maxQueued) {
      this.stats.refused += 1;
      return Promise.reject(new ReadLaneFull(this.waiting.length));
    }
    return new Promise<T>((resolve, reject) => {
      this.waiting.push(async () => {
        this.stats.reads += 1;
        try {
          resolve(await read());
        } catch (err) {
          reject(err);
        }
      });
      if (!this.running) {
        this.running = true;
        this.defer(() => this.turn());
      }
    });
  }

  private turn(): void {
    this.stats.turns += 1;
    this.turnStarted = this.now();
    this.next();
  }

  private next(): void {
    const read = this.waiting.shift();
    if (read === undefined) {
      this.running = false;
      return;
    }
    void read().then(() => {
      const spent = this.now() - this.turnStarted;
      if (this.waiting.length === 0) this.running = false;
      else if (spent < this.o.budgetMsPerTurn) this.next();
      else {
        const share = this.o.maxShare ?? 1;
        const rest = share >= 1 ? 0 : (spent * (1 - share)) / share;
        if (rest >= 1) this.later(() => this.turn(), rest);
        else this.defer(() => this.turn());
      }
    });
  }
}
