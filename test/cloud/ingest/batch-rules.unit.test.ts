import { describe, expect, it } from 'vitest';
import { advancePast, judgeBatch, type BatchShape } from '../../../cloud/ingest/batch-rules.js';

const shape = (prevSeq: number, seqs: number[], o: Partial<BatchShape> = {}): BatchShape => ({ epoch: 'e1', prevSeq, lastSeq: seqs.at(-1) ?? 0, seqs, acknowledgedThrough: 0, storedThrough: 0, ...o });
const at = (committedSeq: number, epoch = 'e1') => ({ epoch, committedSeq });

describe('batch rules (unit, docs/protocol.md)', () => {
  it('applies a batch that follows the cursor, from the start of an epoch or after what is committed', () => {
    expect(judgeBatch(shape(0, [1, 2]), undefined)).toEqual({ kind: 'apply', newEpoch: true, returning: false, skip: 0, lost: 0, expected: undefined, through: 2 });
    expect(judgeBatch(shape(2, [3, 5]), at(2))).toEqual({ kind: 'apply', newEpoch: false, returning: false, skip: 0, lost: 0, expected: at(2), through: 5 });
  });

  it('skips what it has of a redelivery and applies the rest; acknowledges a pure duplicate without effect', () => {
    expect(judgeBatch(shape(1, [2, 3, 4]), at(3))).toMatchObject({ kind: 'apply', skip: 2, through: 4 });
    expect(judgeBatch(shape(1, [2, 3]), at(3))).toEqual({ kind: 'duplicate', committedSeq: 3, duplicates: 2 });
  });

  it('answers GAP when something before the batch is missing, and to 0 for a new epoch that does not start at 0', () => {
    expect(judgeBatch(shape(5, [6]), at(3))).toEqual({ kind: 'gap', committedSeq: 3 });
    expect(judgeBatch(shape(5, [6], { epoch: 'e2' }), at(9))).toEqual({ kind: 'gap', committedSeq: 0 });
    expect(judgeBatch(shape(0, [1], { epoch: 'e2' }), at(9))).toMatchObject({ kind: 'apply', newEpoch: true, expected: at(9) });
  });

  it('takes the chain up where the fridge says the cloud acknowledged and lost events, and counts them', () => {
    expect(judgeBatch(shape(7, [8, 9], { acknowledgedThrough: 7 }), at(3))).toEqual({ kind: 'apply', newEpoch: false, returning: false, skip: 0, lost: 4, expected: at(3), through: 9 });
    // ...never past what the fridge says was acknowledged, and never below what we have.
    expect(judgeBatch(shape(7, [8], { acknowledgedThrough: 6 }), at(3))).toEqual({ kind: 'gap', committedSeq: 3 });
    expect(judgeBatch(shape(7, [8], { acknowledgedThrough: 3 }), at(3))).toEqual({ kind: 'gap', committedSeq: 3 });
  });

  it('takes an epoch that comes back from what is stored of it: those events are duplicates, the rest applies, the cursor moves to it', () => {
    // Cursor on e2; e1 (restored) resent from seq 1 with one new event after the 5 stored.
    expect(judgeBatch(shape(0, [1, 2, 3, 4, 5, 6], { storedThrough: 5 }), at(9, 'e2'))).toEqual({ kind: 'apply', newEpoch: true, returning: true, skip: 5, lost: 0, expected: at(9, 'e2'), through: 6 });
    // Nothing new: still applied (the cursor moves to e1 and the stock is reconciled), acknowledged through what is stored.
    expect(judgeBatch(shape(0, [1, 2], { storedThrough: 5 }), at(9, 'e2'))).toMatchObject({ kind: 'apply', returning: true, skip: 2, through: 5 });
  });

  it('moves the cursor past a refused batch only when the batch follows what the cloud has', () => {
    expect(advancePast({ epoch: 'e1', prevSeq: 2, lastSeq: 4, movable: true }, at(2))).toEqual(at(4));
    expect(advancePast({ epoch: 'e1', prevSeq: 1, lastSeq: 4, movable: true }, at(2))).toEqual(at(4));
    expect(advancePast({ epoch: 'e1', prevSeq: 3, lastSeq: 4, movable: true }, at(2))).toBeUndefined(); // would hide a gap
    expect(advancePast({ epoch: 'e1', prevSeq: 1, lastSeq: 2, movable: true }, at(2))).toBeUndefined(); // nothing new
    expect(advancePast({ epoch: 'e2', prevSeq: 0, lastSeq: 3, movable: true }, at(9))).toEqual(at(3, 'e2'));
    // Seqs that cannot be trusted (not ascending, none): the cursor stays.
    expect(advancePast({ epoch: 'e1', prevSeq: 2, lastSeq: 4, movable: false }, at(2))).toBeUndefined();
  });
});
