// Group commits of the SQLite store on a thread of their own (issue 12: a fleet's backlog must
// not take the event loop that acknowledges live door sessions). In a storm a third of the
// event loop was SQLite executing inserts, projections and COMMITs; now the loop only
// serializes each unit's events (JSON, which it did anyway) and packs its raw events, and the
// writer thread runs the transaction on a connection of its own and flushes the log. The loop
// decides the next units meanwhile: the two cores both work.
//
// Semantics are those of the store's own writeGroup (the same SqliteWriter runs the
// transaction): outcomes per unit once it is committed, `durable` once the log is on disk,
// groups committed and flushed in the order they were sent.
import type { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { spawnWorker } from '../../shared/worker-thread.js';
import type { Statement } from './reports.js';
import { storedOutcome, writerUnit, type WriterOutcome, type WriterUnit } from './sqlite-writer.js';
import { CursorConflict, RawEventsRefused, StaleDecision, StoreUnavailable, type CommitUnit, type WrittenGroup } from './store.js';

/** A unit as it crosses to the thread: its events as JSON only (the thread parses them). */
export type WireUnit = DistributiveOmit<WriterUnit, 'events'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface WireError {
  name: string;
  message: string;
  code?: string;
  fridgeId?: string;
  district?: string;
  why?: string;
}

export type WireOutcome = { ok: true; positions: number[] } | { ok: false; error: WireError };

/** The report tables' writes (reports.ts SqlPort), on the writer's connection. */
export type SqlOp =
  | { kind: 'tx'; list: readonly Statement[] }
  | { kind: 'commitIf'; key: string; expected: string | null; next: string; list: readonly Statement[] };

export type ToWriter = { id: number; units: WireUnit[] } | { id: number; sql: SqlOp } | { pragma: string } | 'close';
export type FromWriter =
  | { id: number; kind: 'written'; outcomes: WireOutcome[] }
  | { id: number; kind: 'sql'; result: boolean | null }
  | { id: number; kind: 'durable' }
  | { id: number; kind: 'failed'; error: WireError };

export function toWire(err: unknown): WireError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  const code = (err as { code?: unknown }).code;
  return {
    name: err.name,
    message: err.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(err instanceof CursorConflict || err instanceof RawEventsRefused ? { fridgeId: err.fridgeId } : {}),
    ...(err instanceof RawEventsRefused ? { why: err.why } : {}),
    ...(err instanceof StaleDecision ? { district: err.district } : {}),
  };
}

export function fromWire(e: WireError): Error {
  if (e.name === 'CursorConflict' && e.fridgeId !== undefined) return new CursorConflict(e.fridgeId);
  if (e.name === 'RawEventsRefused' && e.fridgeId !== undefined) return new RawEventsRefused(e.fridgeId, e.why ?? e.message);
  if (e.name === 'StaleDecision' && e.district !== undefined) return new StaleDecision(e.district);
  if (e.name === 'StoreUnavailable' && e.code !== undefined) return new StoreUnavailable(e.code);
  return Object.assign(new Error(e.message), { name: e.name, ...(e.code !== undefined ? { code: e.code } : {}) });
}

interface Pending {
  units: readonly CommitUnit[];
  written: (w: WrittenGroup) => void;
  failed: (err: Error) => void;
  durable?: { resolve: () => void; reject: (err: Error) => void };
  /** A report write's answer. */
  answered?: (result: boolean | null) => void;
}

export class SqliteWriterThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private next = 1;
  private dead: Error | undefined;
  private readonly exited: Promise<void>;
  private closing = false;

  /** `committed(ok)`: each group's fate for the store's readiness (false: the store failed it). */
  constructor(location: string, private readonly log: Logger, private readonly committed: (ok: boolean) => void) {
    this.worker = spawnWorker(import.meta.url, 'sqlite-writer-worker', { location });
    this.worker.on('message', (m: FromWriter) => this.onMessage(m));
    this.worker.on('error', (err) => this.die(err));
    this.exited = new Promise((resolve) => this.worker.once('exit', () => {
      if (!this.closing) this.die(new Error('the SQLite writer thread exited'));
      resolve();
    }));
  }

  /** False once the thread died: the store writes in the process again. */
  get usable(): boolean {
    return this.dead === undefined && !this.closing;
  }

  writeGroup(units: readonly CommitUnit[]): Promise<WrittenGroup> {
    if (this.dead !== undefined) return Promise.reject(this.dead);
    const wire: WireUnit[] = units.map((u) => {
      const { events: _events, ...rest } = writerUnit(u);
      return rest;
    });
    const id = this.next++;
    return new Promise((written, failed) => {
      this.pending.set(id, { units, written, failed });
      this.worker.postMessage({ id, units: wire } satisfies ToWriter);
    });
  }

  /** A report write (not awaited on disk: the report tables are rebuilt from the events). */
  sql(op: SqlOp): Promise<boolean | null> {
    if (this.dead !== undefined) return Promise.reject(this.dead);
    const id = this.next++;
    return new Promise((answered, failed) => {
      this.pending.set(id, { units: [], written: () => undefined, failed, answered });
      this.worker.postMessage({ id, sql: op } satisfies ToWriter);
    });
  }

  private onMessage(m: FromWriter): void {
    const p = this.pending.get(m.id);
    if (p === undefined) return;
    if (m.kind === 'sql') {
      this.pending.delete(m.id);
      p.answered?.(m.result);
      return;
    }
    if (m.kind === 'written') {
      const durable = new Promise<void>((resolve, reject) => (p.durable = { resolve, reject }));
      durable.catch(() => undefined); // the committer takes the rejection; never unhandled here
      p.written({ outcomes: m.outcomes.map((o, i) => storedOutcome(p.units[i]!, o.ok ? o : { ok: false, error: fromWire(o.error) } satisfies WriterOutcome)), durable });
      return;
    }
    this.pending.delete(m.id);
    if (m.kind === 'durable') {
      this.committed(true);
      p.durable?.resolve();
      return;
    }
    const err = fromWire(m.error);
    if (err instanceof StoreUnavailable) this.committed(false);
    if (p.durable !== undefined) p.durable.reject(err);
    else p.failed(err);
  }

  private die(err: Error): void {
    if (this.dead !== undefined) return;
    this.dead = err;
    this.log.error({ err }, 'SQLite writer thread failed: group commits run in the process again');
    for (const p of this.pending.values()) {
      if (p.durable !== undefined) p.durable.reject(err);
      else p.failed(err);
    }
    this.pending.clear();
  }

  /**
   * A setting of the thread's connection, in order with the groups: `wal_autocheckpoint`
   * (sqlite-checkpointer.ts); in tests, `max_page_count` (SQLite answers SQLITE_FULL as a full
   * disk would; it is per connection).
   */
  pragma(setting: string): void {
    this.worker.postMessage({ pragma: setting } satisfies ToWriter);
  }

  /** Ends the thread as a crash would (tests). */
  async crash(): Promise<void> {
    await this.worker.terminate();
    await this.exited;
  }

  /** Lets what was sent commit and flush, then closes the thread's connection and ends it. */
  async close(): Promise<void> {
    this.closing = true;
    if (this.dead === undefined) this.worker.postMessage('close' satisfies ToWriter);
    else await this.worker.terminate();
    await this.exited;
  }
}

