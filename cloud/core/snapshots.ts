// District snapshots: a district's state as of a position, so that a start or a takeover folds
// the events after it, not the district's whole history (2.5-3 µs an event: a district of ten
// million events held its fridges ~30 s). A snapshot is a shortcut, never the truth: it is
// used only when the code that reads it is the code that wrote it (version: a digest of the
// state's code) and the event store holds, at its position, the event it was taken after (a
// store restored from another backup, or rebuilt, has other events there); otherwise, or when
// anything about it is off, the district is folded from its events as before, and counted.
//
// Written off the live path: when a district has nothing in flight (its state is then exactly
// the fold of its committed events), its state is forked in constant time (forkState: the
// district's commands go on against copy-on-write views) and the fork written out a fridge at a
// time, yielding the event loop every few milliseconds.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Logger } from 'pino';
import { forkState, stateFromText, stateText, type DistrictState } from '../domain/index.js';
import type { SnapshotStore } from '../store/index.js';

/** The last event a district's state has applied: where its snapshot stands. */
export interface Mark {
  position: number;
  type: string;
  at: number;
}

/** Why a stored snapshot was not used (the district was folded from its events). */
export type SnapshotRefusal = 'version' | 'event_mismatch' | 'unreadable' | 'tail_failed' | 'read_failed';

export interface FoldReport {
  district: string;
  /** Where the state came from: a snapshot and the events after it, or every event. */
  from: 'snapshot' | 'events';
  /** Events read and applied. */
  events: number;
  ms: number;
  refused?: SnapshotRefusal;
}

export interface SnapshotOptions {
  store: SnapshotStore;
  /** A district's state is saved once this many of its events have been applied since its last snapshot. */
  every: number;
  /** Names the code that folds (default: codeVersion()); a snapshot of another version is not read. */
  version?: string;
  /**
   * True while background work should wait (a backlog replays): snapshots are then put off
   * until a district has DEFER_LIMIT times `every` events unsaved, so that a storm is not
   * slowed by them and a crash during one still leaves a bounded fold.
   */
  defer?: () => boolean;
  /** Events per fridge and meal a district waits between snapshots at least (default SIZE_FACTOR). */
  sizeFactor?: number;
  /** Longest a slice of writing a snapshot holds the event loop (default 4 ms). */
  sliceMs?: number;
  now?: () => number;
  log?: Logger;
  onSaved?: (s: { district: string; bytes: number; ms: number; outcome: SaveOutcome }) => void;
}

/** While a backlog replays, a district is saved only past this many times `every` unsaved events. */
export const DEFER_LIMIT = 10;

/**
 * A district is saved at most every this many events per fridge and meal it holds: writing it
 * costs the event loop ~1.5 µs a meal in 4 ms slices and, at the end, one stretch to make the
 * text one string (~3 ms a megabyte: 0.8 MB for 6,000 meals, 13.8 MB for 100,000), reading it
 * back about twice the writing; a fold 3 µs an event.
 */
export const SIZE_FACTOR = 10;

/** saved; superseded: the store keeps a later one of this version; failed: logged. */
export type SaveOutcome = 'saved' | 'superseded' | 'failed';

/** Default of FF_DISTRICT_SNAPSHOT_EVERY: a fold of this many events takes ~30 ms. */
export const DEFAULT_SNAPSHOT_EVERY = 10_000;

/**
 * A digest of the code that folds and writes a district's state (domain/state and
 * domain/snapshot, as this process loaded them): any change to the code makes older snapshots
 * unread (folded once more, then saved anew); comments and spacing do not count. Undefined when
 * the files cannot be read (a bundle): then no snapshot is read or written.
 */
export function codeVersion(): string | undefined {
  const here = new URL(import.meta.url);
  const ext = here.pathname.endsWith('.ts') ? '.ts' : '.js';
  try {
    return codeDigest(['state', 'snapshot'].map((name) => readFileSync(new URL(`../domain/${name}${ext}`, here), 'utf8')));
  } catch {
    return undefined;
  }
}

/** The digest of source texts without their comments and spacing (codeVersion). */
export function codeDigest(sources: readonly string[]): string {
  const h = createHash('sha256');
  for (const src of sources) {
    h.update(src.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|\s)\/\/.*$/gm, '$1').replace(/\s+/g, ' ').trim());
    h.update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

/**
 * A `breathe` for work done in pieces on the event loop (a snapshot's lines, a fold's events):
 * each call yields the loop (a promise) once `sliceMs` have passed since the last yield, and
 * answers undefined otherwise. `onTurn` hears the length of each stretch that ended in a yield.
 */
export function breather(sliceMs: number, onTurn?: (ms: number) => void): () => Promise<void> | undefined {
  let sliceStart = performance.now();
  return () => {
    const ms = performance.now() - sliceStart;
    if (ms < sliceMs) return undefined;
    onTurn?.(ms);
    return nextTurn().then(() => void (sliceStart = performance.now()));
  };
}

export class DistrictSnapshots {
  readonly version: string;
  readonly every: number;
  private readonly sliceMs: number;
  private readonly now: () => number;

  constructor(private readonly o: SnapshotOptions & { version: string }) {
    this.version = o.version;
    this.every = o.every;
    this.sliceMs = o.sliceMs ?? 4;
    this.now = o.now ?? Date.now;
  }

  /**
   * Whether a district with `unsaved` events since its last snapshot, and a state of `size`
   * (fridges and meals), is to be saved now; `min` (a stop) instead of the intervals.
   */
  due(unsaved: number, size: number, min?: number): boolean {
    if (unsaved === 0) return false;
    if (min !== undefined) return unsaved >= min;
    // A large district is saved less often (SIZE_FACTOR: what a snapshot costs it).
    const interval = Math.max(this.every, (this.o.sizeFactor ?? SIZE_FACTOR) * size);
    if (unsaved < interval) return false;
    return this.o.defer?.() !== true || unsaved >= interval * DEFER_LIMIT;
  }

  /** The district's stored state, if there is one this code may use; refusals are logged and reported. */
  async restore(district: string): Promise<{ state: DistrictState; mark: Mark } | { refused: SnapshotRefusal } | undefined> {
    let got: Awaited<ReturnType<SnapshotStore['districtSnapshot']>>;
    try {
      got = await this.o.store.districtSnapshot(district);
    } catch (err) {
      this.o.log?.warn({ err, district }, 'district snapshot not read: folding every event');
      return { refused: 'read_failed' };
    }
    if (got === undefined) return undefined;
    const { snapshot: s, atPosition: at } = got;
    const refuse = (refused: SnapshotRefusal, why: string): { refused: SnapshotRefusal } => {
      this.o.log?.warn({ district, position: s.position, version: s.version, why }, 'district snapshot not used: folding every event');
      return { refused };
    };
    if (s.version !== this.version) {
      // The code changed since: expected after every upgrade, not a warning.
      this.o.log?.info({ district, position: s.position, version: s.version, current: this.version }, 'district snapshot of other code: folding every event');
      return { refused: 'version' };
    }
    if (at === undefined || at.district !== district || at.type !== s.eventType || at.at !== s.eventAt) {
      return refuse('event_mismatch', at === undefined ? 'no event at its position' : `the event at its position is ${at.type} of ${at.district} at ${at.at}, not ${s.eventType} at ${s.eventAt}`);
    }
    try {
      return { state: await stateFromText(s.state, district, breather(this.sliceMs)), mark: { position: s.position, type: s.eventType, at: s.eventAt } };
    } catch (err) {
      return refuse('unreadable', (err as Error).message);
    }
  }

  /**
   * Saves `state` as of `mark`: forked now (the caller's state moves on, copy-on-write, until
   * the snapshot is written), written out in slices. Never rejects (a failure is logged).
   */
  async save(state: DistrictState, mark: Mark): Promise<SaveOutcome> {
    const t0 = performance.now();
    const { frozen, join } = forkState(state);
    const breathe = breather(this.sliceMs);
    let bytes = 0;
    let outcome: SaveOutcome = 'failed';
    try {
      const text = await stateText(frozen, breathe);
      join(); // the fork is no longer read
      bytes = text.length;
      await breathe();
      const kept = await this.o.store.saveDistrictSnapshot({ district: state.district, position: mark.position, eventType: mark.type, eventAt: mark.at, version: this.version, state: text, savedAt: this.now() });
      outcome = kept ? 'saved' : 'superseded';
    } catch (err) {
      this.o.log?.warn({ err, district: state.district }, 'district snapshot not saved');
    } finally {
      join();
    }
    this.o.onSaved?.({ district: state.district, bytes, ms: performance.now() - t0, outcome });
    return outcome;
  }
}
