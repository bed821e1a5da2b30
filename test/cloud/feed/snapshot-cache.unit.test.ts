// Snapshots shared by the subscribers of a scope (cloud/feed/snapshot.ts, issue 13: connect +
// subscribe rate): one read per scope until something in it commits or it is too old, a read in
// progress shared, failures not kept, and the message bytes equal to encoding it whole.
import { describe, expect, it } from 'vitest';
import { decodeServerFrame, encodeServerMessage, type Snapshot } from '../../../proto/feed.js';
import { resolveScope } from '../../../cloud/feed/scope.js';
import { SharedSnapshot, SnapshotCache } from '../../../cloud/feed/snapshot.js';

const scopeOf = (...districts: string[]) => resolveScope({ districts, areas: [], allDistricts: false }, false, []);
const all = resolveScope({ districts: [], areas: [], allDistricts: true }, true, []);
const snap = (position: number): Snapshot => ({ cursor: { epoch: 'e', position }, fridges: [{ fridgeId: 'f1', district: 'mitte', name: 'F 1', lat: 52.5, lon: 13.4, online: true, stale: false, stock: [{ gtin: '1', onHand: 2, reserved: 0, available: 2 }], temperatures: [] }], districts: ['mitte'] });

function cacheWithReads(o = { maxAgeMs: 1000, maxEntries: 10 }) {
  let clock = 0;
  let position = 0;
  const reads: string[] = [];
  const cache = new SnapshotCache(async (scope) => {
    reads.push(scope.key);
    position += 1;
    return { position, snapshot: snap(position) };
  }, o, () => clock);
  return { cache, reads, tick: (ms: number) => void (clock += ms) };
}

describe('SnapshotCache', () => {
  it('reads once per scope while nothing in it commits; concurrent subscribers share the read', async () => {
    const { cache, reads } = cacheWithReads();
    const [a, b] = await Promise.all([cache.get(scopeOf('mitte')), cache.get(scopeOf('mitte'))]);
    expect(a).toBe(b);
    await cache.get(scopeOf('mitte'));
    await cache.get(scopeOf('pankow'));
    expect(reads.length).toBe(2);
    // A commit elsewhere changes nothing of mitte's.
    cache.committed(new Set(['pankow']));
    expect((await cache.get(scopeOf('mitte'))).position).toBe(a.position);
    expect(reads.length).toBe(2);
  });

  it('reads again after a commit in its districts, and for an all-districts scope after any commit', async () => {
    const { cache, reads } = cacheWithReads();
    const first = await cache.get(scopeOf('mitte', 'pankow'));
    await cache.get(all);
    cache.committed(new Set(['pankow']));
    const second = await cache.get(scopeOf('mitte', 'pankow'));
    expect(second.position).toBeGreaterThan(first.position);
    await cache.get(all);
    expect(reads.length).toBe(4);
  });

  it('reads again once older than maxAgeMs, keeps at most maxEntries scopes, and keeps no failed read', async () => {
    const { cache, reads, tick } = cacheWithReads({ maxAgeMs: 1000, maxEntries: 2 });
    await cache.get(scopeOf('a'));
    tick(1001);
    await cache.get(scopeOf('a'));
    expect(reads.length).toBe(2);
    await cache.get(scopeOf('b'));
    await cache.get(scopeOf('c'));
    expect(cache.size).toBe(2);
    let fail = true;
    const failing = new SnapshotCache(async () => {
      if (fail) throw new Error('store away');
      return { position: 1, snapshot: snap(1) };
    });
    await expect(failing.get(scopeOf('a'))).rejects.toThrow('store away');
    fail = false;
    expect((await failing.get(scopeOf('a'))).position).toBe(1);
  });

  it('builds each client\'s message from shared bytes, equal to encoding the whole message', () => {
    const shared = new SharedSnapshot(7, snap(7));
    for (const requestId of ['r-1', '', 'quote"d']) {
      const json = shared.message(requestId, 'json').toString('utf8');
      expect(JSON.parse(json)).toEqual(JSON.parse(encodeServerMessage({ requestId, snapshot: snap(7) }, 'json') as string));
      const proto = decodeServerFrame(shared.message(requestId, 'proto'), 'proto');
      const whole = decodeServerFrame(encodeServerMessage({ requestId, snapshot: snap(7) }, 'proto'), 'proto');
      expect(proto).toEqual(whole);
    }
  });
});
