import { describe, expect, it } from 'vitest';
import { assembleBatch, encodeFridgeEvent, peekBatch } from '../../proto/index.js';

const ev = (seq: number) => encodeFridgeEvent({ seq, recordedAtMs: 1_760_000_000_000, temperature: { sensor: 1, deciCelsius: 40 } });

describe('peekBatch (unit): a batch\'s lane and weight without decoding it', () => {
  it('reads the replay flag and counts the events of a batch as the edge assembles it', () => {
    expect(peekBatch(assembleBatch({ fridgeId: 'f1', epoch: 'e1', prevSeq: 0, sentAtMs: 1, replay: true }, [ev(1), ev(2), ev(3)]))).toEqual({ replay: true, events: 3 });
    expect(peekBatch(assembleBatch({ fridgeId: 'f1', epoch: 'e1', prevSeq: 3, sentAtMs: 1 }, [ev(4)]))).toEqual({ replay: false, events: 1 });
  });

  it('says undefined for bytes that are not a well-formed message', () => {
    expect(peekBatch(Uint8Array.from([0x22, 0xff, 0xff, 0xff, 0x0f]))).toBeUndefined();
  });
});
