// Connect + subscribe at city scale (issue 13): the subscribers of one scope share one snapshot
// read until something in the scope commits; after that, a new subscriber sees the new stock.
// Counted, not timed: the real store's snapshot reads (a spy).
import { describe, expect, it, vi } from 'vitest';
import type { ServerMessage } from '../../../proto/feed.js';
import { LASAGNA, useCloud } from './harness.js';

const MITTE = { lat: 52.52, lon: 13.405 };

describe('snapshots shared by the subscribers of a scope (integration: real app, real WebSocket clients)', () => {
  const start = useCloud();

  it('answers 20 concurrent subscribes of a district with one store read, and a subscribe after a commit with the new stock', async () => {
    const cloud = await start();
    const fridge = await cloud.fridge('mitte-1', 'mitte', MITTE, { [LASAGNA]: 3 });
    const reads = vi.spyOn(cloud.app.store, 'stockSnapshot');
    const onHand = (m: ServerMessage): number | null | undefined => m.snapshot?.fridges?.[0]?.stock?.find((s) => s.gtin === LASAGNA)?.onHand;

    const clients = await Promise.all(Array.from({ length: 20 }, () => cloud.feed()));
    const snaps = await Promise.all(clients.map((c) => c.request({ subscribe: { districts: ['mitte'] } }, (m) => m.snapshot !== undefined)));
    expect(snaps.map(onHand)).toEqual(Array(20).fill(3));
    expect(reads.mock.calls.length).toBe(1);

    // Two meals go; every subscriber sees it live, and a new one gets a snapshot read anew.
    await fridge.snapshot({ [LASAGNA]: 1 });
    await clients[0]!.next((m) => m.event?.stockUpdated?.onHand === 1);
    const late = await cloud.feed();
    const snap = await late.request({ subscribe: { districts: ['mitte'] } }, (m) => m.snapshot !== undefined);
    expect(onHand(snap)).toBe(1);
    expect(reads.mock.calls.length).toBe(2);
  });
});
