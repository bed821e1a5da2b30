// docs/protocol.md "Edge clocks": the time the domain gives each fridge event (issue 11 item 1).
import { describe, expect, it } from 'vitest';
import { EDGE_TIME, edgeTimes } from '../../../cloud/domain/edge-time.js';

const NOW = 1_760_000_000_000;
const MIN = 60_000;

describe('edge times', () => {
  it('takes plausible edge times as they are, a batch from hours ago included', () => {
    expect(edgeTimes([NOW - 5 * 60 * MIN, NOW - 4 * 60 * MIN, NOW + 60 * MIN], NOW)).toEqual([{ at: NOW - 5 * 60 * MIN }, { at: NOW - 4 * 60 * MIN }, { at: NOW + 60 * MIN }]);
  });

  it('replaces a time before 2020 or over a day ahead by the last good one, or the receive time for the first', () => {
    expect(edgeTimes([1_000, NOW - MIN, 2_000, NOW + EDGE_TIME.maxAheadMs + 1, NOW], NOW)).toEqual([
      { at: NOW, suspect: 'before_min' },
      // Back from the replaced first one by a minute: held level, not flagged.
      { at: NOW },
      { at: NOW, suspect: 'before_min' },
      { at: NOW, suspect: 'ahead' },
      { at: NOW },
    ]);
    expect(edgeTimes([NOW - 10 * MIN, 0, NOW + 2 * EDGE_TIME.maxAheadMs], NOW)).toEqual([{ at: NOW - 10 * MIN }, { at: NOW - 10 * MIN, suspect: 'before_min' }, { at: NOW - 10 * MIN, suspect: 'ahead' }]);
    // Exactly a day ahead is still believed; 2020-01-01 itself too.
    expect(edgeTimes([EDGE_TIME.minMs], NOW)).toEqual([{ at: EDGE_TIME.minMs }]);
    expect(edgeTimes([NOW + EDGE_TIME.maxAheadMs], NOW)).toEqual([{ at: NOW + EDGE_TIME.maxAheadMs }]);
  });

  it('never goes back within a batch: a small step back is held level, a large one flagged', () => {
    expect(edgeTimes([NOW - 10 * MIN, NOW - 10 * MIN - 5_000, NOW - 30 * MIN, NOW - 5 * MIN], NOW)).toEqual([
      { at: NOW - 10 * MIN },
      { at: NOW - 10 * MIN },
      { at: NOW - 10 * MIN, suspect: 'backwards' },
      { at: NOW - 5 * MIN },
    ]);
  });
});
