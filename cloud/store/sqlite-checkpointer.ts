// Checkpoints of the SQLite store's write-ahead log on a thread of their own (issue 12).
//
// SQLite copies the log into the database file (a checkpoint) in the COMMIT that takes the log
// past 1,000 pages, on the connection that committed: with group commits in the process, that
// is the event loop, every ~4 MB of writes, for the copy and two flushes of the disk. In a
// fleet storm that is several times a second, and they were the worst live acks. Here the
// store's connection never checkpoints (`wal_autocheckpoint = 0`): this thread runs PASSIVE
// checkpoints (they neither wait for nor hold the writer and the readers) every few
// milliseconds while the log grows.
//
// The writer rewinds the log to its start only in a transaction that begins on a log copied
// whole; copied elsewhere, a log that a busy writer keeps growing would be so only by chance,
// and it grew without end (926 MB of log for 390 MB written, measured). So once the log is past
// `limitBytes`, the store holds its next group commit (a promise: the event loop goes on) until
// this thread has copied what remains (`drain`), then commits on the whole-copied log, which
// rewinds it. If the thread dies, the store's connection checkpoints as SQLite does by default.
import type { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { spawnWorker } from '../../shared/worker-thread.js';

export type ToCheckpointer = 'drain' | 'close';
export type FromCheckpointer = { kind: 'ready' } | { kind: 'round'; log: number; checkpointed: number; ms: number; drain: boolean };

/** One checkpoint: frames in the log, frames copied into the database, how long it took. */
export interface CheckpointRound {
  log: number;
  checkpointed: number;
  ms: number;
}

export interface CheckpointerOptions {
  /** The database's page size: a log frame is one page. */
  pageSize: number;
  /** Past this much log, the next group commit waits for a drain (the log rewinds). */
  limitBytes?: number;
  /** Between checkpoints while the log grows, and while it stands still (ms). */
  busyMs?: number;
  idleMs?: number;
  /** A drain not answered in this long lets the commit go on (the log rewinds another time). */
  drainTimeoutMs?: number;
  /** After a drain that a reader's old snapshot kept from copying everything, commits go on this long without waiting. */
  drainBackoffMs?: number;
  /** The thread checkpoints from now on / no longer does (the store sets wal_autocheckpoint). */
  started: () => void;
  stopped: () => void;
  /** Every checkpoint, for metrics. */
  onRound?: (r: CheckpointRound) => void;
}

/** How long close() lets the thread end by itself. */
const CLOSE_MS = 2_000;

export const CHECKPOINT_DEFAULTS = { limitBytes: 64 * 1024 * 1024, busyMs: 25, idleMs: 100, drainTimeoutMs: 1000, drainBackoffMs: 1000 } as const;

export class SqliteCheckpointer {
  private readonly worker: Worker;
  private readonly o: Required<Omit<CheckpointerOptions, 'onRound'>> & Pick<CheckpointerOptions, 'onRound'>;
  private running = false;
  private onReady!: (started: boolean) => void;
  /** Settles once the thread checkpoints (true), or could not start (false). */
  readonly ready = new Promise<boolean>((resolve) => (this.onReady = resolve));
  private closing = false;
  private logFrames = 0;
  private drains: Array<() => void> = [];
  /** After a drain that could not copy everything (a reader's old snapshot): no drain before this. */
  private drainAgainAt = 0;
  private roundWaiters: Array<(r: CheckpointRound) => void> = [];
  private readonly exited: Promise<void>;

  constructor(location: string, private readonly log: Logger, opts: CheckpointerOptions) {
    this.o = { ...CHECKPOINT_DEFAULTS, ...opts };
    this.worker = spawnWorker(import.meta.url, 'sqlite-checkpoint-worker', { location, busyMs: this.o.busyMs, idleMs: this.o.idleMs });
    // A store left open must not keep the process alive for its checkpoints.
    this.worker.unref();
    this.worker.on('message', (m: FromCheckpointer) => this.onMessage(m));
    this.worker.on('error', (err) => this.stop(err));
    this.exited = new Promise((resolve) => this.worker.once('exit', () => {
      this.stop(this.closing ? undefined : new Error('the SQLite checkpointer thread exited'));
      resolve();
    }));
  }

  /** True while the thread checkpoints (the store's connection does not). */
  get usable(): boolean {
    return this.running;
  }

  /** The log is past its limit: the next group commit waits for drain(). */
  get overLimit(): boolean {
    return this.running && this.logFrames * this.o.pageSize > this.o.limitBytes && performance.now() >= this.drainAgainAt;
  }

  /**
   * Resolves once the thread has copied the log as it is now (or could not within the
   * timeout, or stopped): a transaction begun right then rewinds the log.
   */
  drain(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(done, this.o.drainTimeoutMs);
      function done(): void {
        clearTimeout(t);
        resolve();
      }
      this.drains.push(done);
      if (this.drains.length === 1) this.worker.postMessage('drain' satisfies ToCheckpointer);
    });
  }

  /** The next checkpoint's figures (tests, tools). */
  nextRound(): Promise<CheckpointRound> {
    return new Promise((resolve) => this.roundWaiters.push(resolve));
  }

  private onMessage(m: FromCheckpointer): void {
    if (m.kind === 'ready') {
      if (this.closing) return;
      this.running = true;
      this.o.started();
      this.onReady(true);
      return;
    }
    const r: CheckpointRound = { log: m.log, checkpointed: m.checkpointed, ms: m.ms };
    this.logFrames = m.log;
    this.o.onRound?.(r);
    for (const w of this.roundWaiters.splice(0)) w(r);
    if (m.drain) {
      // The commit that follows begins on a whole-copied log and rewinds it.
      if (m.log === m.checkpointed) this.logFrames = 0;
      // A reader's snapshot kept frames from being copied: commits do not wait for every round.
      else this.drainAgainAt = performance.now() + this.o.drainBackoffMs;
      for (const d of this.drains.splice(0)) d();
    }
  }

  private stop(err: Error | undefined): void {
    this.onReady(false);
    const wasRunning = this.running;
    this.running = false;
    for (const d of this.drains.splice(0)) d();
    if (err !== undefined && !this.closing) this.log.error({ err }, 'SQLite checkpointer thread failed: the store checkpoints on its own connection again');
    if (wasRunning) this.o.stopped();
  }

  /** Ends the thread as a crash would (tests). */
  async crash(): Promise<void> {
    await this.worker.terminate();
    await this.exited;
  }

  /**
   * Ends the thread (its last checkpoint, if one is running, finishes first); one that has not
   * ended within CLOSE_MS (still starting on a loaded machine, say) is terminated: a store's
   * close never waits on its checkpoints.
   */
  async close(): Promise<void> {
    this.closing = true;
    this.worker.postMessage('close' satisfies ToCheckpointer);
    const t = setTimeout(() => void this.worker.terminate(), CLOSE_MS);
    await this.exited;
    clearTimeout(t);
  }
}
