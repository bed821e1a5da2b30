// District snapshots' policy: when a district is saved (every N events; put off while a backlog
// replays, up to ten times N; at a stop whatever it has), that the writing yields the event
// loop between fridges, and what a save reports.
import { describe, expect, it } from 'vitest';
import { codeDigest, codeVersion, DistrictSnapshots, type SaveOutcome } from '../../../cloud/core/index.js';
import { evolve, initialDistrictState, stateText, type DistrictState } from '../../../cloud/domain/index.js';
import type { DistrictSnapshot, SnapshotStore } from '../../../cloud/store/index.js';

class MemorySnapshots implements SnapshotStore {
  readonly saved: DistrictSnapshot[] = [];
  fail = false;
  async districtSnapshot(): ReturnType<SnapshotStore['districtSnapshot']> {
    return undefined;
  }
  async saveDistrictSnapshot(s: DistrictSnapshot): Promise<boolean> {
    if (this.fail) throw new Error('disk full');
    this.saved.push(s);
    return true;
  }
  async dropDistrictSnapshots(): Promise<number> {
    return 0;
  }
}

function district(fridges: number): DistrictState {
  let s = initialDistrictState('d');
  for (let i = 0; i < fridges; i++) s = evolve(s, { type: 'FridgeOnline', district: 'd', fridgeId: `f${i}`, at: 1, epoch: 'e1' });
  return s;
}

describe('DistrictSnapshots', () => {
  it('saves every N events, a large district every ten events per fridge and meal; while a backlog replays only past ten times that; at a stop anything', () => {
    let replaying = false;
    const s = new DistrictSnapshots({ store: new MemorySnapshots(), every: 100, version: 'v', defer: () => replaying });
    expect([0, 99, 100, 5_000].map((n) => s.due(n, 10))).toEqual([false, false, true, true]);
    // 1,000 fridges and meals: every 10,000 events.
    expect([100, 9_999, 10_000].map((n) => s.due(n, 1_000))).toEqual([false, false, true]);
    replaying = true;
    expect([100, 999, 1_000].map((n) => s.due(n, 10))).toEqual([false, false, true]);
    expect([10_000, 99_999, 100_000].map((n) => s.due(n, 1_000))).toEqual([false, false, true]);
    // A clean stop asks with its own minimum: saved whatever replays and whatever the size.
    expect([0, 1, 99].map((n) => s.due(n, 1_000_000, 1))).toEqual([false, true, true]);
  });

  it('writes a large district a fridge at a time, yielding the event loop between slices', async () => {
    const store = new MemorySnapshots();
    const outcomes: SaveOutcome[] = [];
    const s = new DistrictSnapshots({ store, every: 1, version: 'v', sliceMs: 0, now: () => 42, onSaved: (x) => void outcomes.push(x.outcome) });
    let turns = 0;
    let done = false;
    const spin = (): void => {
      if (done) return;
      turns += 1;
      setImmediate(spin);
    };
    setImmediate(spin);
    const state = district(50);
    expect(await s.save(state, { position: 7, type: 'FridgeOnline', at: 1 })).toBe('saved');
    done = true;
    // Other work ran between the fridges, not after the whole district.
    expect(turns).toBeGreaterThanOrEqual(50);
    expect(store.saved).toHaveLength(1);
    expect(store.saved[0]).toMatchObject({ district: 'd', position: 7, eventType: 'FridgeOnline', eventAt: 1, version: 'v', savedAt: 42 });
    expect(JSON.parse(store.saved[0]!.state.split('\n')[0]!)).toMatchObject({ district: 'd', fridges: 50 });
    store.fail = true;
    expect(await s.save(state, { position: 8, type: 'FridgeOnline', at: 1 })).toBe('failed');
    expect(outcomes).toEqual(['saved', 'failed']);
  });

  it('a district moves on while its snapshot is written: the snapshot is its state when the save began', async () => {
    const store = new MemorySnapshots();
    const s = new DistrictSnapshots({ store, every: 1, version: 'v', sliceMs: 0 });
    /** The n-th door session: a meal into one of 45 fridges (five of them new), the one put there before taken out. */
    const session = (state: DistrictState, n: number, last: Map<string, string>): void => {
      const fridgeId = `f${(n * 7) % 45}`;
      const before = last.get(fridgeId);
      evolve(state, { type: 'FridgeInventoryChanged', district: 'd', fridgeId, at: 2, cause: 'door_session', added: [{ epc: `E${n}`, gtin: '09506000134352', reason: 'restock' }], removed: before === undefined ? [] : [{ epc: before, gtin: '09506000134352', reason: 'sale' }] });
      evolve(state, { type: 'FridgeOffline', district: 'd', fridgeId, at: 2, clean: true });
      last.set(fridgeId, `E${n}`);
    };
    const state = district(40);
    const atSave = await stateText(state);
    let n = 0;
    let stop = false;
    const last = new Map<string, string>();
    // The district's commands go on between the slices of the writing, as in the core.
    const more = (): void => {
      if (stop) return;
      session(state, n++, last);
      setImmediate(more);
    };
    setImmediate(more);
    expect(await s.save(state, { position: 40, type: 'FridgeOnline', at: 1 })).toBe('saved');
    stop = true;
    expect(n).toBeGreaterThan(30);
    expect(store.saved[0]!.state).toBe(atSave);
    // And the state is what those sessions made of it, as if no snapshot had been written.
    const replay = district(40);
    const replayLast = new Map<string, string>();
    for (let i = 0; i < n; i++) session(replay, i, replayLast);
    expect(await stateText(state)).toBe(await stateText(replay));
    expect(state.fridges.constructor).toBe(Map);
  });

  it('names the code that folds: a digest of its code, not of its comments or spacing', () => {
    const v = codeVersion();
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    expect(codeVersion()).toBe(v);
    const code = 'const a = 1; // one\n/* two\n lines */ export function f(x) {\n  return x + a;\n}\n';
    expect(codeDigest([code])).toBe(codeDigest(['const a = 1;\nexport function f(x) { return x + a; }']));
    expect(codeDigest([code])).not.toBe(codeDigest([code.replace('x + a', 'x - a')]));
    expect(codeDigest([code, ''])).not.toBe(codeDigest(['', code]));
  });
});
