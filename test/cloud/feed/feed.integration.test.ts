// The feed against a real fridge-cloud app: snapshot then live changes, a subscription
// changed on the same connection, both encodings, admin subscriptions.
import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../../proto/feed.js';
import { ADMIN, CURRY, LASAGNA, SALAD, useCloud, withoutDefaults } from './harness.js';

const start = useCloud();

// Two districts, a few km apart (Berlin-ish coordinates).
const MITTE = { lat: 52.52, lon: 13.405 };
const NEAR_MITTE = { lat: 52.522, lon: 13.41 }; // ~400 m away
const KREUZBERG = { lat: 52.4986, lon: 13.4033 }; // ~2.4 km away

const isEvent = (m: ServerMessage): boolean => m.event != null;

describe('feed (integration: real app, MQTT fridges, WebSockets)', () => {
  it('sends a snapshot of the subscribed district, then its changes and nothing of other districts', async () => {
    const cloud = await start();
    await cloud.fridge('f1', 'mitte', MITTE, { [LASAGNA]: 3, [SALAD]: 1 });
    const f2 = await cloud.fridge('f2', 'kreuzberg', KREUZBERG, { [CURRY]: 2 });
    const c = await cloud.feed();
    const welcome = await c.next();
    expect(welcome.welcome).toMatchObject({ encoding: 'json', cursor: { epoch: (await cloud.app.store.storeEpoch()), position: (await cloud.app.store.lastPosition()) } });

    const snap = (await c.request({ subscribe: { districts: ['mitte'] } })).snapshot!;
    expect(snap.cursor).toEqual({ epoch: (await cloud.app.store.storeEpoch()), position: (await cloud.app.store.lastPosition()) });
    expect(snap.districts).toEqual(['mitte']);
    expect(snap.fridges).toEqual([
      {
        fridgeId: 'f1', district: 'mitte', name: 'Fridge f1', lat: MITTE.lat, lon: MITTE.lon, online: true, stale: false,
        stock: [{ gtin: LASAGNA, onHand: 3, reserved: 0, available: 3 }, { gtin: SALAD, onHand: 1, reserved: 0, available: 1 }],
        temperatures: [],
      },
    ]);

    // Another district changes: nothing arrives. Then f1 changes: exactly its events arrive.
    await f2.snapshot({ [CURRY]: 5 });
    const reserve = await cloud.app.core.handle('mitte', { type: 'ReserveMeal', reservationId: 'res-1', fridgeId: 'f1', gtin: LASAGNA, userId: 'u-1', quantity: 2, expiresAtMs: Date.now() + 600_000 });
    expect(reserve.ok).toBe(true);
    const reserved = (await c.next((m) => m.event?.stockReserved != null)).event!;
    expect(reserved).toMatchObject({ district: 'mitte', fridgeId: 'f1', stockReserved: { reservationId: 'res-1', gtin: LASAGNA, quantity: 2 } });
    expect(reserved.stockReserved!.userId).toBeUndefined(); // no user ids on public subscriptions
    const updated = (await c.next((m) => m.event?.stockUpdated != null)).event!;
    expect(updated.stockUpdated).toEqual({ gtin: LASAGNA, reason: 'reservation', onHand: 3, reserved: 2, available: 1, delta: 0 });
    expect(updated.cursor!.position).toBeGreaterThan(reserved.cursor!.position!);

    const cancel = await cloud.app.core.handle('mitte', { type: 'CancelReservation', reservationId: 'res-1', userId: 'u-1', reason: 'by_user' });
    expect(cancel.ok).toBe(true);
    expect((await c.next((m) => m.event?.stockCanceled != null)).event!.stockCanceled).toMatchObject({ reservationId: 'res-1', quantity: 2, reason: 'by_user' });

    // Every event so far is of mitte; none of kreuzberg's reached this client.
    expect(c.events().every((e) => e.district === 'mitte' && e.fridgeId === 'f1')).toBe(true);
    const positions = c.events().map((e) => e.cursor!.position!);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions[0]).toBeGreaterThan(snap.cursor!.position!);
  });

  it('delivers fridge offline/online and catalog changes', async () => {
    const cloud = await start();
    const f1 = await cloud.fridge('f1', 'mitte', MITTE, { [LASAGNA]: 1 });
    const c = await cloud.feed();
    await c.request({ subscribe: { districts: ['mitte'] } });
    await f1.status(false);
    expect((await c.next(isEvent)).event).toMatchObject({ fridgeId: 'f1', fridgeOffline: { clean: false } });
    await f1.status(true);
    expect((await c.next((m) => m.event?.fridgeOnline != null)).event).toMatchObject({ fridgeId: 'f1', fridgeOnline: {} });
    // A meal that was not in the district's catalog arrives: the catalog changes.
    await f1.snapshot({ [LASAGNA]: 1, [CURRY]: 2 });
    const cat = (await c.next((m) => m.event?.catalogUpdated != null)).event!;
    expect(cat.district).toBe('mitte');
    expect(cat.fridgeId ?? '').toBe('');
    expect(cat.catalogUpdated!.version).toBeGreaterThan(0);
    expect(cat.fridgeId).toBe(''); // written, empty: a district's event
  });

  it('changes its subscription on the same connection: a new snapshot, then only the new scope', async () => {
    const cloud = await start();
    const f1 = await cloud.fridge('f1', 'mitte', MITTE, { [LASAGNA]: 2 });
    const f3 = await cloud.fridge('f3', 'mitte', NEAR_MITTE, { [SALAD]: 1 });
    const f2 = await cloud.fridge('f2', 'kreuzberg', KREUZBERG, { [CURRY]: 2 });
    const c = await cloud.feed();
    const s1 = (await c.request({ subscribe: { areas: [{ lat: MITTE.lat, lon: MITTE.lon, radiusM: 1000 }] } })).snapshot!;
    expect(s1.fridges!.map((f) => f.fridgeId)).toEqual(['f1', 'f3']);
    expect(s1.districts).toEqual(['mitte']);
    await f1.snapshot({ [LASAGNA]: 1 });
    expect((await c.next(isEvent)).event).toMatchObject({ fridgeId: 'f1', stockUpdated: { gtin: LASAGNA, onHand: 1 } });

    // The app opens again somewhere else: same connection, new area.
    const s2 = (await c.request({ subscribe: { areas: [{ lat: KREUZBERG.lat, lon: KREUZBERG.lon, radiusM: 500 }] } })).snapshot!;
    expect(s2.fridges!.map((f) => [f.fridgeId, f.stock])).toEqual([['f2', [{ gtin: CURRY, onHand: 2, reserved: 0, available: 2 }]]]);
    const taken = c.messages.length;
    await f1.snapshot({ [LASAGNA]: 0 });
    await f3.snapshot({ [SALAD]: 4 });
    await f2.snapshot({ [CURRY]: 1 });
    expect((await c.next(isEvent)).event).toMatchObject({ fridgeId: 'f2', stockUpdated: { gtin: CURRY, onHand: 1 } });
    expect(c.messages.slice(taken).filter(isEvent).every((m) => m.event!.fridgeId === 'f2')).toBe(true);

    // Several districts and areas at once; then unsubscribe: nothing more arrives.
    const s3 = (await c.request({ subscribe: { districts: ['kreuzberg'], areas: [{ lat: NEAR_MITTE.lat, lon: NEAR_MITTE.lon, radiusM: 100 }] } })).snapshot!;
    expect(s3.fridges!.map((f) => f.fridgeId).sort()).toEqual(['f2', 'f3']);
    const un = await c.request({ unsubscribe: {} });
    expect(un.unsubscribed!.cursor!.position).toBe((await cloud.app.store.lastPosition()));
    const before = c.events().length;
    await f2.snapshot({ [CURRY]: 3 });
    const pong = await c.request({ ping: {} });
    expect(pong.pong!.cursor!.position).toBe((await cloud.app.store.lastPosition()));
    expect(c.events().length).toBe(before);
  });

  it('sends the same messages as protobuf binary frames to a client that asks for the subprotocol', async () => {
    const cloud = await start();
    const f1 = await cloud.fridge('f1', 'mitte', MITTE, { [LASAGNA]: 2, [SALAD]: 1 });
    const json = await cloud.feed();
    const proto = await cloud.feed({ encoding: 'proto' });
    expect(proto.ws.protocol).toBe('farmacy.feed.v1+proto');
    expect(json.ws.protocol).toBe('');
    const sub = { requestId: 'same', subscribe: { districts: ['mitte'] } };
    await json.request(sub);
    await proto.request(sub);
    await f1.snapshot({ [LASAGNA]: 4, [SALAD]: 0 });
    await f1.status(false);
    await cloud.app.core.handle('mitte', { type: 'MarkFridgeOnline', fridgeId: 'f1', epoch: 'ep-1' });
    const last = await cloud.app.store.lastPosition();
    const upTo = (m: ServerMessage): boolean => m.event?.cursor?.position === last;
    await json.next(upTo);
    await proto.next(upTo);
    expect(json.messages.length).toBeGreaterThan(4);
    expect(proto.messages[0]!.welcome!.encoding).toBe('proto');
    expect(proto.messages.slice(1).map(withoutDefaults)).toEqual(json.messages.slice(1).map(withoutDefaults));
    // A JSON client may name the subprotocol too.
    const named = await cloud.feed({ protocols: ['farmacy.feed.v1+json'] });
    expect(named.ws.protocol).toBe('farmacy.feed.v1+json');
    expect((await named.next()).welcome?.encoding).toBe('json');
  });

  it('carries temperatures: the snapshot has each sensor\'s latest reading, every new one arrives live, in both encodings', async () => {
    const cloud = await start();
    const f1 = await cloud.fridge('f1', 'mitte', MITTE, { [LASAGNA]: 1 });
    const f2 = await cloud.fridge('f2', 'kreuzberg', KREUZBERG, { [CURRY]: 1 });
    const t0 = Date.now() - 60_000;
    await f1.temperature(38, { sensor: 2, atMs: t0 });
    await f1.temperature(41, { sensor: 1, atMs: t0 + 1000 });
    await f1.temperature(57, { sensor: 1, atMs: t0 + 2000 }); // the latest of sensor 1 wins
    await f2.temperature(30, { atMs: t0 });
    const json = await cloud.feed();
    const proto = await cloud.feed({ encoding: 'proto' });
    const sub = { requestId: 'same', subscribe: { districts: ['mitte'] } };
    const want = [
      { sensor: 1, deciCelsius: 57, atMs: t0 + 2000 },
      { sensor: 2, deciCelsius: 38, atMs: t0 },
    ];
    for (const c of [json, proto]) {
      const snap = (await c.request(sub)).snapshot!;
      expect(snap.fridges!.map((f) => [f.fridgeId, f.temperatures])).toEqual([['f1', want]]);
    }

    // Live: a reading below zero (sint32) on f1 arrives; f2's, of another district, does not.
    const atMs = await f1.temperature(-15, { sensor: 1 });
    await f2.temperature(35);
    await f1.temperature(42, { sensor: 2 });
    for (const c of [json, proto]) {
      const e = (await c.next((m) => m.event?.temperatureRecorded != null)).event!;
      expect(e).toMatchObject({ district: 'mitte', fridgeId: 'f1', occurredAtMs: atMs, temperatureRecorded: { sensor: 1, deciCelsius: -15 } });
      expect(e.cursor!.position).toBeGreaterThan(0);
      expect((await c.next((m) => m.event?.temperatureRecorded != null)).event!.temperatureRecorded).toEqual({ sensor: 2, deciCelsius: 42 });
      expect(c.events().every((x) => x.fridgeId === 'f1')).toBe(true);
    }
    expect(proto.messages.slice(1).map(withoutDefaults)).toEqual(json.messages.slice(1).map(withoutDefaults));

    // A new snapshot shows the live readings, from the projection.
    const again = (await json.request({ subscribe: { areas: [{ lat: MITTE.lat, lon: MITTE.lon, radiusM: 500 }] } })).snapshot!;
    expect(again.fridges!.map((f) => f.temperatures)).toEqual([[{ sensor: 1, deciCelsius: -15, atMs }, { sensor: 2, deciCelsius: 42, atMs: expect.any(Number) as number }]]);
  });

  it('admin subscription: every district, with user ids; all_districts without the token is refused', async () => {
    const cloud = await start();
    await cloud.fridge('f1', 'mitte', MITTE, { [LASAGNA]: 2 });
    await cloud.fridge('f2', 'kreuzberg', KREUZBERG, { [CURRY]: 2 });
    const anon = await cloud.feed();
    const refused = await anon.request({ subscribe: { allDistricts: true } });
    expect(refused.error?.code).toBe('FF_ERR_FEED_ADMIN_REQUIRED');
    const wrong = await anon.request({ subscribe: { allDistricts: true, adminToken: 'nope' } });
    expect(wrong.error?.code).toBe('FF_ERR_FEED_ADMIN_REQUIRED');

    const byHeader = await cloud.feed({ headers: { authorization: `Bearer ${ADMIN}` } });
    const s = (await byHeader.request({ subscribe: { allDistricts: true } })).snapshot!;
    expect(s.fridges!.map((f) => f.fridgeId)).toEqual(['f1', 'f2']);
    expect(s.districts).toEqual(['kreuzberg', 'mitte']);
    const byToken = await cloud.feed({ encoding: 'proto' });
    expect((await byToken.request({ subscribe: { allDistricts: true, adminToken: ADMIN } })).snapshot!.fridges).toHaveLength(2);

    await cloud.app.core.handle('kreuzberg', { type: 'ReserveMeal', reservationId: 'r-9', fridgeId: 'f2', gtin: CURRY, userId: 'u-9', quantity: 1, expiresAtMs: Date.now() + 600_000 });
    for (const c of [byHeader, byToken]) {
      expect((await c.next((m) => m.event?.stockReserved != null)).event!.stockReserved).toMatchObject({ reservationId: 'r-9', userId: 'u-9' });
    }
  });

  it('sends one commit as one events frame, encoded once per scope and encoding whatever the number of clients (issue 13 item 2)', async () => {
    const cloud = await start();
    const f1 = await cloud.fridge('f1', 'mitte', MITTE, { [LASAGNA]: 1 });
    const clients = await Promise.all(Array.from({ length: 30 }, (_, i) => cloud.feed({ encoding: i % 2 === 0 ? 'json' : 'proto' })));
    await Promise.all(clients.map((c) => c.request({ subscribe: { districts: ['mitte'] } })));
    const encodedBefore = await encodedFrames(cloud.port);
    // One batch: one commit of several feed events (two meals' counts).
    await f1.snapshot({ [LASAGNA]: 3, [SALAD]: 2 });
    const frames = await Promise.all(clients.map((c) => c.next((m) => m.event != null).then(() => c.frames.filter((f) => f.events != null))));
    for (const f of frames) {
      expect(f).toHaveLength(1);
      expect(f[0]!.events!.events!.flatMap((e) => (e.stockUpdated ? [e.stockUpdated.gtin] : []))).toEqual([LASAGNA, SALAD]);
      expect(f[0]!.events!.cursor).toEqual(f[0]!.events!.events!.at(-1)!.cursor);
    }
    // 30 clients (the per-address limit is 32), one scope, two encodings: two encodes.
    expect((await encodedFrames(cloud.port)) - encodedBefore).toBe(2);
  });
});

/** ff_cloud_feed_frames_encoded_total, both encodings. */
async function encodedFrames(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return text.split('\n').filter((l) => l.startsWith('ff_cloud_feed_frames_encoded_total{')).reduce((n, l) => n + Number(l.split(' ').pop()), 0);
}
