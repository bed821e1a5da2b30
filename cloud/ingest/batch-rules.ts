// The batch protocol's rules (docs/protocol.md) as pure functions: given a decoded batch and
// the fridge's cursor, what the cloud does with it. No I/O: the batch handler carries it out.
import type { farmacy } from '../../proto/index.js';
import type { Cursor } from '../store/index.js';

/**
 * Limits on what a fridge may send (a batch over them is refused, answered REJECTED and kept
 * as a dead letter). Edge timestamps are not among them: an implausible one is replaced, never
 * a reason to refuse (cloud/domain/edge-time.ts, issue 11 item 1).
 */
export const LIMITS = {
  maxBatchBytes: 4 * 1024 * 1024,
  maxEventsPerBatch: 10_000,
  maxEpochLength: 64,
};

/**
 * Checks a decoded batch against the protocol (docs/protocol.md). Undefined: fine. The order
 * is the answer's: first whether the batch can be read at all (its epoch), then whether its
 * seqs can be trusted (`empty`, `seq_order`: the cursor stays), and only then the reasons that
 * let the cursor move past it (a batch with another fridge's id and no epoch, or with
 * descending seqs, must not move the cursor).
 */
export function validateBatch(b: farmacy.fridge.v1.Batch, fridgeId: string): string | undefined {
  const epoch = b.epoch ?? '';
  if (epoch.length === 0 || epoch.length > LIMITS.maxEpochLength) return 'epoch';
  if (b.events.length === 0) return 'empty';
  let prev = b.prevSeq ?? 0;
  for (const e of b.events) {
    const seq = e.seq ?? 0;
    if (!Number.isSafeInteger(seq) || seq <= prev) return 'seq_order';
    prev = seq;
  }
  if (b.fridgeId !== fridgeId) return 'fridge_mismatch';
  if (b.events.length > LIMITS.maxEventsPerBatch) return 'too_many_events';
  // An event without a body this cloud knows (a kind of a newer edge) is no reason to refuse
  // the batch: the batch handler keeps it raw (DESIGN.md property 1: nothing is lost but by
  // compaction) and the domain passes over it.
  return undefined;
}

/** The events of a batch that carry no body this cloud can read (kept raw, no domain meaning). */
export function unreadEvents(events: readonly farmacy.fridge.v1.IFridgeEvent[]): number {
  let n = 0;
  for (const e of events) if ((e as farmacy.fridge.v1.FridgeEvent).body === undefined) n++;
  return n;
}

/**
 * What a refused batch lets the cloud say back (docs/protocol.md: every refused batch is kept
 * and answered REJECTED). `undefined`: unread (undecodable, oversized, no usable epoch), so
 * the answer carries an empty epoch. `movable`: its seqs can be trusted, so the cursor may
 * move past it.
 */
export function refusedShape(reason: string, shape: { epoch: string; prevSeq: number; lastSeq: number }): { epoch: string; prevSeq: number; lastSeq: number; movable: boolean } | undefined {
  if (reason === 'epoch') return undefined;
  return { ...shape, movable: reason !== 'seq_order' && reason !== 'empty' };
}

/** The shape of a batch the rules look at. */
export interface BatchShape {
  epoch: string;
  prevSeq: number;
  lastSeq: number;
  /** Seqs of its events, ascending. */
  seqs: readonly number[];
  /** The highest seq the cloud once acknowledged and lost (docs/protocol.md), 0 if not set. */
  acknowledgedThrough: number;
  /**
   * For a batch in another epoch than the cursor's: the highest seq stored of that epoch (0
   * if none). An epoch that comes back (an outbox restored from a backup or an image) goes on
   * from there: its events up to it were applied when they first came (issue 11 item 4).
   */
  storedThrough: number;
}

export type BatchVerdict =
  /** Something before the batch is missing: answer GAP with what we have; apply nothing. */
  | { kind: 'gap'; committedSeq: number }
  /** A redelivery with nothing new: acknowledge what we have (DESIGN.md property 2). */
  | { kind: 'duplicate'; committedSeq: number; duplicates: number }
  /**
   * Apply the events after `from` (the first `skip` events are duplicates), in a new epoch or
   * not; `lost` events before it were acknowledged once and are gone from the store.
   */
  | {
    kind: 'apply';
    newEpoch: boolean;
    returning: boolean;
    skip: number;
    lost: number;
    expected: Cursor | undefined;
    /** Where the cursor goes: the batch's last seq, or what was stored of a returning epoch if higher. */
    through: number;
  };

/**
 * What to do with a valid batch, given the fridge's cursor:
 * * another epoch than the cursor's is a new epoch: taken from prev_seq 0, else GAP to 0; one
 *   that comes back is taken from the highest seq stored of it;
 * * prev_seq == committed: apply; prev_seq < committed: skip what we have, apply the rest;
 * * prev_seq > committed: GAP, unless the fridge says we acknowledged through prev_seq and
 *   lost it (a restore): then take the chain up at prev_seq and count the loss.
 */
export function judgeBatch(b: BatchShape, cursor: Cursor | undefined): BatchVerdict {
  const newEpoch = cursor === undefined || cursor.epoch !== b.epoch;
  const returning = newEpoch && b.storedThrough > 0;
  let committed = newEpoch ? b.storedThrough : cursor.committedSeq;
  let lost = 0;
  if (b.prevSeq > committed) {
    if (b.acknowledgedThrough < b.prevSeq || b.acknowledgedThrough <= committed) return { kind: 'gap', committedSeq: committed };
    lost = b.prevSeq - committed;
    committed = b.prevSeq;
  }
  const skip = b.seqs.filter((s) => s <= committed).length;
  if (skip === b.seqs.length && !returning) return { kind: 'duplicate', committedSeq: committed, duplicates: skip };
  return { kind: 'apply', newEpoch, returning, skip, lost, expected: cursor, through: Math.max(b.lastSeq, committed) };
}

/**
 * Where the cursor goes for a refused batch: past it only when it follows what we have, so a
 * bad batch never blocks the fridge forever and never hides a gap.
 */
export function advancePast(b: Pick<BatchShape, 'epoch' | 'prevSeq' | 'lastSeq'> & { movable: boolean }, cursor: Cursor | undefined): Cursor | undefined {
  const committed = cursor?.epoch === b.epoch ? cursor.committedSeq : 0;
  return b.movable && b.prevSeq <= committed && b.lastSeq > committed ? { epoch: b.epoch, committedSeq: b.lastSeq } : undefined;
}
