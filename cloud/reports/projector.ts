// Runs the report projection (projection.ts) behind the event store: it follows the committed
// events from its own position, in pages, and commits each page's rows together with the new
// position. A lane of its own (STYLE.md "Live never waits"): a report's rows are written after
// the commit that acknowledged a fridge's batch, never in it, so reports cost the ingest nothing
// on its path to the ack; they are as of `position()` (answers say which). The fold needs the
// districts' time zones; changing one rebuilds the rows (every day of the district moves).
import type { Logger } from 'pino';
import type { EventReader, ReportStore } from '../store/index.js';
import { foldReports, type FridgeReportState } from './projection.js';

export interface ReportProjectorOptions {
  events: Pick<EventReader, 'eventsAfter'>;
  reports: ReportStore;
  log: Logger;
  /**
   * Events folded per transaction (default 100). A page is one synchronous stretch of the
   * event loop (read, fold, write: ~40 us an event): 2,000 held it ~80 ms, as long as a live
   * door session may wait in all (issue 12); 100 is ~4 ms.
   */
  pageSize?: number;
  /**
   * Between pages: by default the fold rests nine times as long as its page took (at most a
   * tenth of the event loop, whatever the backlog), and at least a turn of the loop. The fold
   * costs about what the ingest costs per event: at a third of the loop it took a third of the
   * cloud's throughput and added its pages to every ack's wait (measured, issue 12). A city's
   * few events a second are folded at once; a burst is folded behind it. `pageMs` is how long
   * the page took.
   */
  yieldTurn?: (pageMs: number) => Promise<void>;
  /**
   * While this says so (a fleet replaying its backlog), the fold waits, checking every
   * 100 ms: reports can be late, a replay's acks should not (issue 12). A report asked for
   * meanwhile answers as of the position folded so far.
   */
  defer?: () => boolean;
  /**
   * A commit's notification folds this much later (default 100 ms), so that a busy moment's
   * commits are folded in one transaction (one fsync) rather than one each; a report that is
   * asked for folds at once.
   */
  delayMs?: number;
}

export const DEFAULT_ZONE = 'UTC';
export const REPORT_PAGE_EVENTS = 100;

/** The default rest between pages: nine times the page's time (a tenth of the loop at most). */
const restTwice = (pageMs: number): Promise<void> =>
  new Promise<void>((r) => (pageMs < 0.5 ? setImmediate(r) : setTimeout(r, 9 * pageMs)));

export class ReportProjector {
  private states = new Map<string, FridgeReportState>();
  private zones = new Map<string, string>();
  private at = 0;
  private loaded = false;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly waiters: Array<{ position: number; resolve: () => void }> = [];

  constructor(private readonly o: ReportProjectorOptions) {}

  /** The last event position the report tables hold. */
  position(): number {
    return this.at;
  }

  zoneOf(district: string): string {
    return this.zones.get(district) ?? DEFAULT_ZONE;
  }

  /** The fridges' states as of `position()` (read only: the fold owns them). */
  state(fridgeId: string): FridgeReportState | undefined {
    return this.states.get(fridgeId);
  }

  /** Reads position, states and zones from the store, then folds what it has not yet. */
  async start(): Promise<void> {
    await this.reload();
    await this.catchUp();
  }

  /** No more folds; resolves when the one running (if any) has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** New events committed: fold them soon (once, however often this is called meanwhile). */
  notify(): void {
    if (this.stopped || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.now();
    }, this.o.delayMs ?? 100);
    this.timer.unref();
  }

  /** Folds now what is committed. */
  private now(): void {
    if (this.stopped) return;
    void this.catchUp().catch((err: unknown) => this.o.log.error({ err }, 'report projection failed; retried at the next commit'));
  }

  /** Resolves once the report tables hold every event up to `position`. */
  async caughtUp(position: number): Promise<void> {
    if (this.at >= position) return;
    await new Promise<void>((resolve) => {
      this.waiters.push({ position, resolve });
      this.now();
    });
  }

  /** Folds every event after `position()`; concurrent calls share one run. */
  catchUp(): Promise<void> {
    if (this.running !== undefined) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        if (!this.loaded) await this.reload();
        do {
          this.again = false;
          for (;;) {
            while (!this.stopped && this.o.defer?.() === true) await new Promise<void>((r) => setTimeout(r, 100));
            const started = performance.now();
            if (this.stopped || !(await this.page())) break;
            await (this.o.yieldTurn ?? restTwice)(performance.now() - started);
          }
        } while (this.again && !this.stopped);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** Empties the report tables and folds every stored event again (`fridge-cloud rebuild`, a zone change). */
  async rebuild(): Promise<number> {
    await this.running?.catch(() => undefined);
    this.loaded = false;
    await this.o.reports.resetReports();
    await this.catchUp();
    return this.at;
  }

  /** Sets a district's time zone and rebuilds the rows: every local day of the district moves. */
  async setZone(district: string, zone: string, now: number): Promise<void> {
    await this.o.reports.setDistrictZone(district, zone, now);
    await this.rebuild();
  }

  private async reload(): Promise<void> {
    this.at = await this.o.reports.reportPosition();
    this.states = await this.o.reports.reportStates();
    this.zones = await this.o.reports.districtZones();
    this.loaded = true;
  }

  /** One page: true when there may be more. */
  private async page(): Promise<boolean> {
    const from = this.at;
    const page = await this.o.events.eventsAfter(from, this.o.pageSize ?? REPORT_PAGE_EVENTS);
    const last = page[page.length - 1];
    if (last === undefined) {
      this.release();
      return false;
    }
    const writes = foldReports(this.states, page.map((s) => s.event), (d) => this.zoneOf(d));
    let committed = false;
    try {
      committed = await this.o.reports.commitReports(writes, this.states, from, last.position);
    } finally {
      // The fold changed the states in place: unless its rows committed, they are the store's again.
      if (!committed) await this.reload();
    }
    if (committed) this.at = last.position;
    this.release();
    return true;
  }

  private release(): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const w = this.waiters[i]!;
      if (w.position <= this.at) {
        this.waiters.splice(i, 1);
        w.resolve();
      }
    }
  }
}
