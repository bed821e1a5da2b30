import { describe, expect, it } from 'vitest';
import { advancePast, judgeBatch, LIMITS, refusedShape, validateBatch, type BatchShape } from '../../../cloud/ingest/batch-rules.js';
import { fridgeV1 } from '../../../proto/index.js';

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

  it('judges whether a batch can be read, then whether its seqs can be trusted, before the reasons that move the cursor past it', () => {
    const batch = (o: { fridgeId?: string; epoch?: string; prevSeq?: number; seqs?: number[]; body?: boolean }) =>
      fridgeV1.Batch.create({
        fridgeId: o.fridgeId ?? 'f1',
        epoch: o.epoch ?? 'e1',
        prevSeq: o.prevSeq ?? 0,
        events: (o.seqs ?? [1, 2]).map((seq) => fridgeV1.FridgeEvent.create({ seq, recordedAtMs: 1, ...(o.body === false ? {} : { temperature: { sensor: 0, deciCelsius: 40 } }) })),
      });
    const cases: Array<[Parameters<typeof batch>[0], string | undefined]> = [
      [{}, undefined],
      [{ fridgeId: 'f2' }, 'fridge_mismatch'],
      // Another fridge's id and no epoch: unread (the cursor must not move to epoch "").
      [{ fridgeId: 'f2', epoch: '' }, 'epoch'],
      [{ fridgeId: 'f2', epoch: 'x'.repeat(LIMITS.maxEpochLength + 1) }, 'epoch'],
      // Another fridge's id and seqs that cannot be trusted: the cursor stays.
      [{ fridgeId: 'f2', seqs: [3, 2] }, 'seq_order'],
      [{ fridgeId: 'f2', seqs: [] }, 'empty'],
      [{ seqs: [5, 5] }, 'seq_order'],
      [{ prevSeq: 4, seqs: [4, 5] }, 'seq_order'],
      // An event without a body the cloud knows (a newer edge's kind): the batch is taken, the event kept raw.
      [{ body: false }, undefined],
      [{ fridgeId: 'f2', body: false }, 'fridge_mismatch'],
      // Too many events, but not in order: the seqs are not trusted either.
      [{ seqs: Array.from({ length: LIMITS.maxEventsPerBatch + 1 }, (_, i) => LIMITS.maxEventsPerBatch + 1 - i) }, 'seq_order'],
      [{ seqs: Array.from({ length: LIMITS.maxEventsPerBatch + 1 }, (_, i) => i + 1) }, 'too_many_events'],
    ];
    for (const [o, reason] of cases) {
      const b = batch(o);
      const why = validateBatch(b, 'f1');
      expect(why, JSON.stringify({ ...o, seqs: o.seqs?.length })).toBe(reason);
      if (why === undefined) continue;
      // Only a batch whose epoch was read and whose seqs ascend may move the cursor.
      const shape = refusedShape(why, { epoch: b.epoch, prevSeq: b.prevSeq, lastSeq: Number(b.events.at(-1)?.seq ?? 0) });
      expect(shape?.movable ?? false).toBe(['fridge_mismatch', 'too_many_events'].includes(why));
    }
  });
});
