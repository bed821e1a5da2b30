// The batch protocol's rules (docs/protocol.md) as pure functions: given a decoded batch and
// the fridge's cursor, what the cloud does with it. No I/O: the batch handler carries it out.
import type { farmacy } from '../../proto/index.js';
import type { Cursor } from '../store/index.js';

/** Limits on what a fridge may send (a batch over them is refused and kept as a dead letter). */
export const LIMITS = {
  maxBatchBytes: 4 * 1024 * 1024,
  maxEventsPerBatch: 10_000,
  maxEpochLength: 64,
  /** Timestamps before this (2020-01-01) or more than a day ahead of the cloud are impossible. */
  minTimestampMs: 1_577_836_800_000,
  maxClockAheadMs: 24 * 60 * 60 * 1000,
};

/** Checks a decoded batch against the protocol. Undefined: fine. */
export function validateBatch(b: farmacy.fridge.v1.Batch, fridgeId: string, now: number): string | undefined {
  if (b.fridgeId !== fridgeId) return 'fridge_mismatch';
  const epoch = b.epoch ?? '';
  if (epoch.length === 0 || epoch.length > LIMITS.maxEpochLength) return 'epoch';
  if (b.events.length === 0) return 'empty';
  if (b.events.length > LIMITS.maxEventsPerBatch) return 'too_many_events';
  let prev = b.prevSeq ?? 0;
  for (const e of b.events) {
    const seq = e.seq ?? 0;
    if (!Number.isSafeInteger(seq) || seq <= prev) return 'seq_order';
    prev = seq;
  }
  for (const e of b.events) {
    const at = e.recordedAtMs ?? 0;
    if (at < LIMITS.minTimestampMs || at > now + LIMITS.maxClockAheadMs) return 'timestamp';
    if (e.body === undefined) return 'no_body';
  }
  return undefined;
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
  | { kind: 'apply'; newEpoch: boolean; skip: number; lost: number; expected: Cursor | undefined };

/**
 * What to do with a valid batch, given the fridge's cursor:
 * * another epoch than the cursor's is a new epoch: taken from prev_seq 0, else GAP to 0;
 * * prev_seq == committed: apply; prev_seq < committed: skip what we have, apply the rest;
 * * prev_seq > committed: GAP, unless the fridge says we acknowledged through prev_seq and
 *   lost it (a restore): then take the chain up at prev_seq and count the loss.
 */
export function judgeBatch(b: BatchShape, cursor: Cursor | undefined): BatchVerdict {
  const newEpoch = cursor === undefined || cursor.epoch !== b.epoch;
  let committed = newEpoch ? 0 : cursor.committedSeq;
  let lost = 0;
  if (b.prevSeq > committed) {
    if (b.acknowledgedThrough < b.prevSeq || b.acknowledgedThrough <= committed) return { kind: 'gap', committedSeq: committed };
    lost = b.prevSeq - committed;
    committed = b.prevSeq;
  }
  const skip = b.seqs.filter((s) => s <= committed).length;
  if (skip === b.seqs.length) return { kind: 'duplicate', committedSeq: committed, duplicates: skip };
  return { kind: 'apply', newEpoch, skip, lost, expected: cursor };
}

/**
 * Where the cursor goes for a refused batch: past it only when it follows what we have, so a
 * bad batch never blocks the fridge forever and never hides a gap.
 */
export function advancePast(b: Pick<BatchShape, 'epoch' | 'prevSeq' | 'lastSeq'>, cursor: Cursor | undefined): Cursor | undefined {
  const committed = cursor?.epoch === b.epoch ? cursor.committedSeq : 0;
  return b.prevSeq <= committed && b.lastSeq > committed ? { epoch: b.epoch, committedSeq: b.lastSeq } : undefined;
}
