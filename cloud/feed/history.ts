// Resume from memory (issue 13 item 3): the feed keeps the recent events of each district, as
// they were published, so that a client that reconnects with its last cursor is answered
// without a store read. The window is bounded in time and count per district, and in memory
// overall; a resume from before it falls back to the store (or a new snapshot).
import type { StoredEvent } from '../store/index.js';
import { FEED_EVENT_TYPES } from './scope.js';
import { positiveIntsFromEnv } from '../../shared/env-options.js';

export interface HistoryOptions {
  /** An event is kept at least this long (ms)... */
  minAgeMs: number;
  /** ...and while its district has no more than this many newer ones. */
  minEvents: number;
  /** Over this many bytes (an estimate per event) the oldest events of all districts go first. */
  maxBytes: number;
}

/**
 * A storm of a few seconds never forces snapshots: two minutes, and 20,000 events per district
 * (a door session is a few events; 20 at once in one district are a few hundred), in at most
 * 256 MiB.
 */
export const DEFAULT_HISTORY: HistoryOptions = { minAgeMs: 120_000, minEvents: 20_000, maxBytes: 256 * 1024 * 1024 };

/**
 * What an event costs kept (the entry, the StoredEvent, its domain event and strings): an
 * estimate on the high side. Measured: 200,000 stock events as the tail parses them from the
 * store took about 350 bytes each of heap.
 */
export const HISTORY_ENTRY_BYTES = 512;

interface Entry {
  stored: StoredEvent;
  /** The position of the last event of its commit: entries of one commit share it. */
  commit: number;
  at: number;
}

/** One district's recent events, oldest first (`entries` from `start`; compacted now and then). */
class DistrictLog {
  entries: Entry[] = [];
  start = 0;
  constructor(public completeAfter: number) {}

  get size(): number {
    return this.entries.length - this.start;
  }

  oldest(): Entry | undefined {
    return this.entries[this.start];
  }

  drop(): void {
    const e = this.entries[this.start];
    if (e === undefined) return;
    this.completeAfter = e.stored.position;
    this.start += 1;
    if (this.start > 1024 && this.start * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.start);
      this.start = 0;
    }
  }

  /** Index of the first entry above `position`. */
  firstAfter(position: number): number {
    let lo = this.start;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.entries[mid]!.stored.position <= position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export type HistoryAnswer =
  /** Every event after the position that the districts can see, one array per commit. */
  | { ok: true; commits: StoredEvent[][]; through: number }
  /** before_window: older than what is kept; ahead: beyond what this process has seen yet. */
  | { ok: false; reason: 'before_window' | 'ahead' };

export class FeedHistory {
  private readonly logs = new Map<string, DistrictLog>();
  private bytes = 0;
  private events = 0;
  /** Every commit after this position has been appended (the position the process started at). */
  private readonly from: number;
  /** The position of the last event appended (or `from`). */
  private last: number;

  constructor(from: number, private readonly o: HistoryOptions = DEFAULT_HISTORY, private readonly now: () => number = () => performance.now()) {
    this.from = from;
    this.last = from;
  }

  get head(): number {
    return this.last;
  }

  /** Events and estimated bytes kept (for metrics). */
  stats(): { events: number; bytes: number; districts: number } {
    return { events: this.events, bytes: this.bytes, districts: this.logs.size };
  }

  /** One commit's events, in position order (those at or below the head are ignored). */
  append(batch: readonly StoredEvent[]): void {
    const fresh = batch.filter((s) => s.position > this.last);
    const tail = fresh[fresh.length - 1];
    if (tail === undefined) return;
    const at = this.now();
    const touched = new Set<DistrictLog>();
    for (const stored of fresh) {
      if (!FEED_EVENT_TYPES.has(stored.event.type)) continue;
      let log = this.logs.get(stored.event.district);
      if (log === undefined) {
        // Nothing of this district since `from`, or it would have a log already.
        log = new DistrictLog(this.from);
        this.logs.set(stored.event.district, log);
      }
      log.entries.push({ stored, commit: tail.position, at });
      touched.add(log);
      this.events += 1;
      this.bytes += HISTORY_ENTRY_BYTES;
    }
    this.last = tail.position;
    for (const log of touched) this.trim(log, at);
    this.trimBytes();
  }

  /** Drops a district's oldest events while they are both older and more than the window keeps. */
  private trim(log: DistrictLog, at: number): void {
    for (;;) {
      const e = log.oldest();
      if (e === undefined || log.size <= this.o.minEvents || at - e.at < this.o.minAgeMs) return;
      this.dropFrom(log);
    }
  }

  private trimBytes(): void {
    while (this.bytes > this.o.maxBytes) {
      let oldest: DistrictLog | undefined;
      for (const log of this.logs.values()) {
        const e = log.oldest();
        if (e !== undefined && (oldest === undefined || e.stored.position < oldest.oldest()!.stored.position)) oldest = log;
      }
      if (oldest === undefined) return;
      this.dropFrom(oldest);
    }
  }

  private dropFrom(log: DistrictLog): void {
    log.drop();
    this.events -= 1;
    this.bytes -= HISTORY_ENTRY_BYTES;
  }

  /** Time-based trimming of quiet districts too (called now and then). */
  sweep(): void {
    const at = this.now();
    for (const log of this.logs.values()) this.trim(log, at);
  }

  /**
   * The events after `position` of `districts` (undefined: all districts), from memory, when
   * the window reaches back to it for every one of them.
   */
  since(position: number, districts: ReadonlySet<string> | undefined): HistoryAnswer {
    if (position > this.last) return { ok: false, reason: 'ahead' };
    if (position < this.from) return { ok: false, reason: 'before_window' };
    const logs: DistrictLog[] = [];
    if (districts === undefined) logs.push(...this.logs.values());
    else for (const d of districts) {
      const log = this.logs.get(d);
      if (log !== undefined) logs.push(log);
    }
    for (const log of logs) if (position < log.completeAfter) return { ok: false, reason: 'before_window' };
    const picked: Entry[] = [];
    for (const log of logs) for (let i = log.firstAfter(position); i < log.entries.length; i++) picked.push(log.entries[i]!);
    if (logs.length > 1) picked.sort((a, b) => a.stored.position - b.stored.position);
    const commits: StoredEvent[][] = [];
    let current: StoredEvent[] = [];
    let commit = -1;
    for (const e of picked) {
      if (e.commit !== commit && current.length > 0) {
        commits.push(current);
        current = [];
      }
      commit = e.commit;
      current.push(e.stored);
    }
    if (current.length > 0) commits.push(current);
    return { ok: true, commits, through: this.last };
  }
}

const HISTORY_ENV = { minAgeMs: 'FF_FEED_HISTORY_MS', minEvents: 'FF_FEED_HISTORY_EVENTS', maxBytes: 'FF_FEED_HISTORY_MB' } as const;

/** Defaults, overridden by FF_FEED_HISTORY_* (the megabytes one in MiB), overridden by `given`. */
export function resolveHistoryOptions(env: NodeJS.ProcessEnv, given: Partial<HistoryOptions> = {}): HistoryOptions {
  const out = positiveIntsFromEnv(DEFAULT_HISTORY, HISTORY_ENV, env, { maxBytes: 1024 * 1024 });
  return { ...out, ...given };
}
