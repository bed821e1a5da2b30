// The committed event stream as the feed's own process reads it (issue 13 item 1): the events
// table tailed by position. Positions become visible in ascending order in both stores (SQLite
// has one writer; PostgreSQL's appends draw positions under a lock held until COMMIT, see
// cloud/store/pg-store.ts), so reading "position > last" never passes over a commit that
// becomes visible later.
//
// What wakes a read: for SQLite, a cheap poll every few milliseconds (an indexed probe that
// finds nothing costs microseconds); for PostgreSQL, LISTEN ff_events (the store's trigger
// notifies at each commit), with a slow poll as a safety net.
import type { Logger } from 'pino';
import pg from 'pg';
import { CommittedBus, type CommittedListener } from '../core/index.js';
import type { EventReader, StoredEvent } from '../store/index.js';
import type { CommitSource } from './hub.js';

/**
 * Events read at most at once. Every read publishes what it found as one publication, which
 * holds whole commits (a read never sees half of a transaction), unless the read was full:
 * only a feed this far behind can see a commit's events in two publications.
 */
export const TAIL_PAGE = 10_000;

export interface EventTailOptions {
  reader: Pick<EventReader, 'eventsAfter'>;
  /** Everything after this position is published. */
  from: number;
  /** A read at least this often, whatever wakes it otherwise. */
  pollMs: number;
  log: Logger;
  /** Starts what else wakes a read (PostgreSQL: LISTEN); returns its stop. */
  wake?: (read: () => void) => Promise<() => Promise<void>>;
}

export class EventTail implements CommitSource {
  private readonly bus: CommittedBus;
  private last: number;
  private reading = false;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private stopWake: (() => Promise<void>) | undefined;
  private stopped = false;
  private failing = false;
  /** When the last read succeeded (performance.now()). */
  private lastReadAt = 0;
  /** Reads done and events published (for metrics and tests). */
  readonly stats = { reads: 0, published: 0, failures: 0 };

  constructor(private readonly o: EventTailOptions) {
    this.bus = new CommittedBus(o.log);
    this.last = o.from;
  }

  subscribe(name: string, listener: CommittedListener): () => void {
    return this.bus.subscribe(name, listener);
  }

  /** The last position published. */
  get position(): number {
    return this.last;
  }

  /** Whether the last read succeeded within a few poll periods (for readiness). */
  healthy(now: number = performance.now()): boolean {
    return !this.failing && now - this.lastReadAt < Math.max(5_000, this.o.pollMs * 5);
  }

  async start(): Promise<void> {
    if (this.o.wake !== undefined) this.stopWake = await this.o.wake(() => this.read());
    this.read();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.stopWake?.();
  }

  /** Reads what committed since the last read (once at a time; a wake during a read reads again after it). */
  read(): void {
    if (this.stopped) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    clearTimeout(this.timer);
    void this.readAll().finally(() => {
      this.reading = false;
      if (this.stopped) return;
      if (this.again) {
        this.again = false;
        setImmediate(() => this.read());
      } else this.timer = setTimeout(() => this.read(), this.o.pollMs);
    });
  }

  private async readAll(): Promise<void> {
    try {
      for (;;) {
        const page: StoredEvent[] = await this.o.reader.eventsAfter(this.last, TAIL_PAGE);
        this.stats.reads += 1;
        this.lastReadAt = performance.now();
        if (this.failing) this.o.log.info({ position: this.last }, 'event store readable again');
        this.failing = false;
        const tail = page[page.length - 1];
        if (tail === undefined) return;
        this.last = tail.position;
        this.stats.published += page.length;
        this.bus.publish(page);
        if (page.length < TAIL_PAGE) return;
      }
    } catch (err) {
      this.stats.failures += 1;
      if (!this.failing) this.o.log.error({ err, position: this.last }, 'reading the event store failed; retrying');
      this.failing = true;
    }
  }
}

/**
 * PostgreSQL: a connection of its own that LISTENs on ff_events and wakes a read at every
 * notification; lost, it is opened again (after a second) and a read follows, so nothing
 * committed meanwhile is missed.
 */
export function listenForCommits(databaseUrl: string, log: Logger): (read: () => void) => Promise<() => Promise<void>> {
  return async (read) => {
    let client: pg.Client | undefined;
    let stopped = false;
    let retry: NodeJS.Timeout | undefined;
    const connect = async (): Promise<void> => {
      const c = new pg.Client({ connectionString: databaseUrl, application_name: 'fridge-feed', keepAlive: true });
      c.on('notification', () => read());
      c.on('error', (err) => {
        log.warn({ err: err.message }, 'LISTEN connection failed; reconnecting');
        c.removeAllListeners('notification');
        void c.end().catch(() => undefined);
        if (client === c) client = undefined;
        schedule();
      });
      await c.connect();
      await c.query('LISTEN ff_events');
      client = c;
      read();
    };
    const schedule = (): void => {
      if (stopped || retry !== undefined) return;
      retry = setTimeout(() => {
        retry = undefined;
        connect().catch((err: unknown) => {
          log.warn({ err: err instanceof Error ? err.message : String(err) }, 'LISTEN connection failed; retrying');
          schedule();
        });
      }, 1000);
    };
    await connect();
    return async () => {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    };
  };
}
