// Issue 11 item 3 through the real ingest and HTTP API: fridge A's snapshot listing five tags
// packed for, and present in, fridge B of the same district. The catalog must count 8
// lasagnas, not 13, and at most 8 holds can succeed.
import { describe, expect, it } from 'vitest';
import { epcBytes, type DomainEvent } from '../../../cloud/domain/index.js';
import { LASAGNA, useCloud } from './harness.js';

const start = useCloud();
const HERE = { lat: 52.52, lon: 13.405 };
// The harness numbers the tags it registers 1, 2, ... in the order fridges are stocked.
const epc = (serial: number): string => '3074257BF7194E40' + serial.toString(16).toUpperCase().padStart(8, '0');

interface Catalog {
  meals: Array<{ gtin: string; available: number; fridges: Array<{ id: string; available: number }> }>;
}

describe('one fridge per tag (integration: real app, MQTT batches, HTTP; issue 11 item 3)', () => {
  it('a snapshot of fridge A listing fridge B\'s tags does not double the catalog, and holds cannot exceed the meals', async () => {
    const cloud = await start();
    await cloud.meal(LASAGNA, { name: 'Lasagna' });
    const a = await cloud.fridge('mitte-a', 'mitte', HERE, {});
    await cloud.fridge('mitte-b', 'mitte', { lat: 52.53, lon: 13.405 }, { [LASAGNA]: 8 });
    const before = await cloud.api<Catalog>('GET', '/v1/catalog?district=mitte');
    expect(before.body.meals.find((m) => m.gtin === LASAGNA)?.available).toBe(8);

    // A reports five of B's tags (a cloned tag, a faulty reader, a hostile fridge).
    await a.send([{ recordedAtMs: Date.now(), snapshot: { reason: 2, tags: [1, 2, 3, 4, 5].map((s) => epcBytes(epc(s))), unseen: [], shelves: [] } }]);

    const after = await cloud.api<Catalog>('GET', '/v1/catalog?district=mitte');
    const lasagna = after.body.meals.find((m) => m.gtin === LASAGNA);
    expect(lasagna?.available).toBe(8);
    expect(lasagna?.fridges.map((f) => [f.id, f.available])).toEqual([['mitte-b', 8]]);
    const events = (await cloud.app.store.eventsAfter(0, 100_000)).map((e) => e.event);
    const discrepancy = events.find((e): e is Extract<DomainEvent, { type: 'StockDiscrepancy' }> => e.type === 'StockDiscrepancy' && e.fridgeId === 'mitte-a');
    expect(discrepancy?.detail).toMatch(/5 tag\(s\) reported here are counted in fridge mitte-b/);
    expect(events.some((e) => e.type === 'ReconciliationRequested' && e.fridgeId === 'mitte-b')).toBe(true);

    // 13 users each try to hold a lasagna at A, then at B: 8 holds, all at B.
    const held: string[] = [];
    for (let i = 0; i < 13; i++) {
      const user = `u-${i}`;
      for (const fridge of ['mitte-a', 'mitte-b']) {
        const r = await cloud.api('POST', '/v1/reservations', { token: cloud.token(user), body: { fridge_id: fridge, gtin: LASAGNA, user_id: user, quantity: 1 } });
        expect([201, 409]).toContain(r.status);
        if (r.status === 201) {
          held.push(fridge);
          break;
        }
      }
    }
    expect(held).toEqual(Array(8).fill('mitte-b'));
  });
});
