// The in-memory resume window (issue 13 item 3): bounded in time AND count per district, and in
// bytes overall; a resume inside it is answered from memory, commit by commit.
import { describe, expect, it } from 'vitest';
import { FeedHistory, HISTORY_ENTRY_BYTES, resolveHistoryOptions } from '../../../cloud/feed/history.js';
import type { StoredEvent } from '../../../cloud/store/index.js';

let clock = 0;
const now = (): number => clock;

function stock(position: number, district: string, fridgeId = `${district}-1`): StoredEvent {
  return { position, event: { type: 'MealStockUpdated', district, fridgeId, at: 1, gtin: '09506000134352', reason: 'sale', onHand: 1, reserved: 0, available: 1, delta: -1 } };
}

const positions = (commits: StoredEvent[][]): number[][] => commits.map((c) => c.map((s) => s.position));

describe('FeedHistory (unit)', () => {
  it('answers from its start on, one array per commit, merging districts in position order', () => {
    clock = 0;
    const h = new FeedHistory(10, { minAgeMs: 1000, minEvents: 100, maxBytes: 1e9 }, now);
    h.append([stock(11, 'mitte'), stock(12, 'kreuzberg')]);
    h.append([stock(13, 'mitte')]);
    // An event the feed does not carry is not kept, but it moves the head.
    h.append([{ position: 14, event: { type: 'UnknownTagSeen', district: 'mitte', fridgeId: 'm', at: 1, epc: 'x' } as unknown as StoredEvent['event'] }]);
    expect(h.head).toBe(14);
    const all = h.since(10, undefined);
    expect(all.ok && positions(all.commits)).toEqual([[11, 12], [13]]);
    const mitte = h.since(11, new Set(['mitte']));
    expect(mitte).toEqual({ ok: true, commits: [[stock(13, 'mitte')]], through: 14 });
    // Before the start, or beyond the head: not from memory.
    expect(h.since(9, new Set(['mitte']))).toEqual({ ok: false, reason: 'before_window' });
    expect(h.since(15, new Set(['mitte']))).toEqual({ ok: false, reason: 'ahead' });
    // A district never seen since the start: nothing missed.
    expect(h.since(12, new Set(['pankow']))).toEqual({ ok: true, commits: [], through: 14 });
  });

  it('keeps a district\'s events while they are younger than minAgeMs, however many', () => {
    clock = 0;
    const h = new FeedHistory(0, { minAgeMs: 1000, minEvents: 3, maxBytes: 1e9 }, now);
    for (let p = 1; p <= 10; p++) h.append([stock(p, 'mitte')]);
    const r = h.since(0, new Set(['mitte']));
    expect(r.ok && r.commits.length).toBe(10);
    expect(h.stats().events).toBe(10);
  });

  it('keeps at least minEvents per district, however old', () => {
    clock = 0;
    const h = new FeedHistory(0, { minAgeMs: 1000, minEvents: 3, maxBytes: 1e9 }, now);
    for (let p = 1; p <= 3; p++) h.append([stock(p, 'mitte')]);
    clock = 60_000;
    h.sweep();
    expect(h.since(0, new Set(['mitte'])).ok).toBe(true);
  });

  it('drops events that are both older than minAgeMs and beyond minEvents: a resume from before them is not recovered', () => {
    clock = 0;
    const h = new FeedHistory(0, { minAgeMs: 1000, minEvents: 3, maxBytes: 1e9 }, now);
    for (let p = 1; p <= 5; p++) h.append([stock(p, 'mitte')]);
    h.append([stock(6, 'kreuzberg')]);
    clock = 1000;
    h.append([stock(7, 'mitte')]);
    // mitte keeps its 3 newest (4, 5, 7); kreuzberg's one event stays.
    expect(h.stats().events).toBe(4);
    expect(h.since(2, new Set(['mitte']))).toEqual({ ok: false, reason: 'before_window' });
    const r = h.since(3, new Set(['mitte']));
    expect(r.ok && positions(r.commits)).toEqual([[4], [5], [7]]);
    // kreuzberg alone still reaches back to the start; all districts do not.
    expect(h.since(0, new Set(['kreuzberg'])).ok).toBe(true);
    expect(h.since(0, undefined)).toEqual({ ok: false, reason: 'before_window' });
  });

  it('stays within maxBytes: the oldest events of all districts go first', () => {
    clock = 0;
    const h = new FeedHistory(0, { minAgeMs: 1_000_000, minEvents: 1_000_000, maxBytes: 4 * HISTORY_ENTRY_BYTES }, now);
    h.append([stock(1, 'mitte')]);
    h.append([stock(2, 'kreuzberg')]);
    h.append([stock(3, 'mitte'), stock(4, 'kreuzberg'), stock(5, 'mitte')]);
    expect(h.stats()).toEqual({ events: 4, bytes: 4 * HISTORY_ENTRY_BYTES, districts: 2 });
    expect(h.since(0, new Set(['mitte'])).ok).toBe(false);
    expect(h.since(1, new Set(['mitte', 'kreuzberg'])).ok).toBe(true);
  });

  it('takes its bounds from FF_FEED_HISTORY_* (megabytes for the memory bound)', () => {
    expect(resolveHistoryOptions({ FF_FEED_HISTORY_MS: '5000', FF_FEED_HISTORY_EVENTS: '7', FF_FEED_HISTORY_MB: '2' })).toEqual({ minAgeMs: 5000, minEvents: 7, maxBytes: 2 * 1024 * 1024 });
    expect(resolveHistoryOptions({})).toEqual({ minAgeMs: 120_000, minEvents: 20_000, maxBytes: 256 * 1024 * 1024 });
    expect(() => resolveHistoryOptions({ FF_FEED_HISTORY_EVENTS: '-1' })).toThrow(/FF_FEED_HISTORY_EVENTS/);
  });
});
