// Frames built once (issue 13 item 2): per commit, one encode per scope and encoding in use,
// the same bytes for every connection of the scope.
import { describe, expect, it } from 'vitest';
import { CommitFrames } from '../../../cloud/feed/frames.js';
import { resolveScope } from '../../../cloud/feed/scope.js';
import type { FridgeRecord, StoredEvent } from '../../../cloud/store/index.js';
import { decodeServerFrame } from '../../../proto/feed.js';

const fridge = (id: string, district: string, lat: number, lon: number): FridgeRecord => ({ id, district, name: id, lat, lon, credentialHash: '', enabled: true, createdAt: 0 });
const REGISTRY = [fridge('m1', 'mitte', 52.52, 13.405), fridge('k1', 'kreuzberg', 52.4986, 13.4033)];
const stock = (position: number, district: string, fridgeId: string): StoredEvent => ({
  position,
  event: { type: 'MealStockUpdated', district, fridgeId, at: 1, gtin: '09506000134352', reason: 'sale', onHand: 1, reserved: 0, available: 1, delta: -1 },
});
const sub = (o: { districts?: string[]; areas?: Array<{ lat: number; lon: number; radiusM: number }>; allDistricts?: boolean }, admin = false) =>
  resolveScope({ districts: o.districts ?? [], areas: o.areas ?? [], allDistricts: o.allDistricts ?? false }, admin, REGISTRY);

describe('CommitFrames (unit)', () => {
  it('encodes a commit once per scope and encoding, whatever the number of connections', () => {
    const encodes: string[] = [];
    const frames = new CommitFrames([stock(7, 'mitte', 'm1'), stock(8, 'kreuzberg', 'k1')], 'ep', (e) => encodes.push(e));
    // 1,000 connections of four scopes (two of them equal), both encodings.
    const scopes = [sub({ districts: ['mitte'] }), sub({ districts: ['mitte'] }), sub({ districts: ['kreuzberg', 'mitte'] }), sub({ areas: [{ lat: 52.4986, lon: 13.4033, radiusM: 100 }] }), sub({ allDistricts: true }, true)];
    const seen = new Map<string, Buffer>();
    for (let i = 0; i < 1000; i++) {
      const scope = scopes[i % scopes.length]!;
      const encoding = i % 2 === 0 ? 'json' : 'proto';
      const f = frames.frameFor(scope, encoding)!;
      const key = `${encoding}|${scope.key}`;
      // The very same Buffer for every connection of a scope.
      if (seen.has(key)) expect(f.data).toBe(seen.get(key));
      seen.set(key, f.data);
    }
    expect(encodes).toHaveLength(8); // (4 distinct scopes) x (json, proto)
    const mitte = decodeServerFrame(frames.frameFor(scopes[0]!, 'json')!.data.toString('utf8'), 'json');
    expect(mitte.ok && mitte.value.events).toMatchObject({ cursor: { epoch: 'ep', position: 7 }, events: [{ fridgeId: 'm1' }] });
    const both = decodeServerFrame(new Uint8Array(frames.frameFor(scopes[2]!, 'proto')!.data), 'proto');
    expect(both.ok && both.value.events?.events?.map((e) => e.cursor?.position)).toEqual([7, 8]);
    expect(both.ok && both.value.events?.cursor?.position).toBe(8);
  });

  it('has no frame for a scope that sees nothing of the commit, and encodes nothing for it', () => {
    const encodes: string[] = [];
    const frames = new CommitFrames([stock(7, 'mitte', 'm1')], 'ep', (e) => encodes.push(e));
    expect(frames.frameFor(sub({ districts: ['pankow'] }), 'json')).toBeUndefined();
    expect(frames.frameFor(sub({ districts: ['pankow'] }), 'json')).toBeUndefined();
    expect(encodes).toHaveLength(0);
  });
});
