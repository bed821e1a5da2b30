// The client library against a real cloud (issue 13 item 5): embedded aedes, SQLite, real
// sockets, fridges publishing real batches. Subscribe, snapshot, a live change, a dropped
// socket resumed with nothing missed or repeated, in both encodings; a 503 admission answer
// retried after its Retry-After.
import { afterEach, describe, expect, it } from 'vitest';
import { connect, type DisconnectInfo, type FeedClient, type FeedEvent, type FeedState, type LiveInfo } from '../../feed-client/src/node.js';
import { ADMIN, CURRY, LASAGNA, SALAD, useCloud, type Cloud } from '../cloud/feed/harness.js';

/** Resolves when `pred` holds after an `events` emission (or already holds). */
function until(client: FeedClient, pred: () => boolean, what: string, ms = 10_000): Promise<void> {
  if (pred()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => (off(), reject(new Error(`timed out waiting for ${what}`))), ms);
    const off = client.on('events', () => {
      if (!pred()) return;
      clearTimeout(t);
      off();
      resolve();
    });
  });
}

/** Stock as plain data, to compare two clients' states. */
function stockOf(s: FeedState | undefined): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const f of s?.fridges.values() ?? []) out[f.fridgeId] = Object.fromEntries([...f.stock.entries()].filter(([, c]) => c.onHand > 0).map(([g, c]) => [g, c.onHand]));
  return out;
}

describe('feed client library (integration)', () => {
  const start = useCloud();
  const clients: FeedClient[] = [];
  const open = (cloud: Cloud, o: Parameters<typeof connect>[1]): FeedClient => {
    const c = connect(`ws://127.0.0.1:${cloud.port}/v1/feed`, o);
    clients.push(c);
    return c;
  };
  afterEachClose(clients);

  for (const encoding of ['json', 'proto'] as const) {
    it(`${encoding}: snapshot, live change, socket dropped and resumed with nothing missed or repeated`, async () => {
      const cloud = await start();
      const f1 = await cloud.fridge('f1', 'north', { lat: 50.1, lon: 8.6 }, { [LASAGNA]: 3 });
      const f2 = await cloud.fridge('f2', 'north', { lat: 50.11, lon: 8.61 }, { [SALAD]: 2 });
      await cloud.fridge('s1', 'south', { lat: 49.0, lon: 8.4 }, { [CURRY]: 5 });

      // Reconnecting only when told (retryNow): a reconnect that came back before the changes
      // below were made would resume with nothing missed, and a busy machine makes that likely.
      const client = open(cloud, { subscription: { districts: ['north'] }, encoding, pingMs: 0, backoff: { baseMs: 600_000, capMs: 600_000 }, random: () => 0.5 });
      const got: FeedEvent[] = [];
      client.on('events', (es) => got.push(...es));
      const first = await client.live();
      expect(first).toMatchObject({ outcome: 'snapshot', resumeAsked: false });
      expect(stockOf(client.state)).toEqual({ f1: { [LASAGNA]: 3 }, f2: { [SALAD]: 2 } });

      await f1.snapshot({ [LASAGNA]: 2 });
      await until(client, () => client.state?.stock('f1', LASAGNA).onHand === 2, 'the live change');

      // The socket drops; while the client is away, both fridges change (and another district).
      const away = new Promise<DisconnectInfo>((resolve) => client.on('disconnected', resolve));
      const cursorBefore = client.cursor;
      client.drop();
      await away;
      await f1.snapshot({ [LASAGNA]: 1, [SALAD]: 1 });
      await f2.snapshot({});
      const backLive = client.live();
      client.retryNow();
      const back: LiveInfo = await backLive;
      expect(back).toMatchObject({ outcome: 'resumed', recovered: true, resumeAsked: true });
      expect(back.cursor.position).toBeGreaterThan(cursorBefore?.position ?? Infinity);
      await until(client, () => client.state?.stock('f2', SALAD).onHand === 0, 'the changes made while away');

      // The same as a new subscriber sees; every event once, in order.
      const fresh = open(cloud, { subscription: { districts: ['north'] }, encoding, pingMs: 0 });
      await fresh.live();
      expect(stockOf(client.state)).toEqual(stockOf(fresh.state));
      expect(stockOf(client.state)).toEqual({ f1: { [LASAGNA]: 1, [SALAD]: 1 }, f2: {} });
      const positions = got.map((e) => e.cursor.position);
      expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
      expect(got.every((e) => e.district === 'north')).toBe(true);
    });
  }
  it('subscribes by area, and to every district with the admin token (as a header or in the subscribe)', async () => {
    const cloud = await start();
    await cloud.fridge('n1', 'north', { lat: 50.1, lon: 8.6 }, { [LASAGNA]: 1 });
    await cloud.fridge('n2', 'north', { lat: 50.3, lon: 8.6 }, { [SALAD]: 1 });
    await cloud.fridge('s1', 'south', { lat: 49.0, lon: 8.4 }, { [CURRY]: 2 });
    // About 1.1 km around n1: n1 only.
    const area = open(cloud, { subscription: { areas: [{ lat: 50.11, lon: 8.6, radiusM: 2000 }] }, encoding: 'proto', pingMs: 0 });
    await area.live();
    expect([...(area.state?.fridges.keys() ?? [])]).toEqual(['n1']);
    const byHeader = open(cloud, { subscription: { allDistricts: true }, headers: { authorization: `Bearer ${ADMIN}` }, pingMs: 0 });
    const inBody = open(cloud, { subscription: { allDistricts: true, adminToken: ADMIN }, pingMs: 0 });
    await Promise.all([byHeader.live(), inBody.live()]);
    for (const c of [byHeader, inBody]) expect(stockOf(c.state)).toEqual({ n1: { [LASAGNA]: 1 }, n2: { [SALAD]: 1 }, s1: { [CURRY]: 2 } });
    // Without the token: refused for good, not retried.
    const denied = open(cloud, { subscription: { allDistricts: true }, pingMs: 0 });
    await expect(denied.live()).rejects.toThrow(/FF_ERR_FEED_ADMIN_REQUIRED/);
    expect(denied.phase).toBe('closed');
  });
});

describe('feed client library and admission (integration)', () => {
  const start = useCloud({ FF_FEED_ADMIT_PER_S: '1', FF_FEED_ADMIT_BURST: '1' });
  const clients: FeedClient[] = [];
  afterEachClose(clients);

  it('a 503 admission answer is retried after its Retry-After, then the client is live', async () => {
    const cloud = await start();
    await cloud.fridge('f1', 'north', { lat: 50.1, lon: 8.6 }, { [LASAGNA]: 1 });
    const url = `ws://127.0.0.1:${cloud.port}/v1/feed`;
    const a = connect(url, { subscription: { districts: ['north'] }, pingMs: 0 });
    clients.push(a);
    await a.live();
    // random 0: the full-jitter wait is 0, so only Retry-After holds the retry back.
    const b = connect(url, { subscription: { districts: ['north'] }, pingMs: 0, random: () => 0 });
    clients.push(b);
    const drops: Array<DisconnectInfo & { at: number }> = [];
    b.on('disconnected', (d) => drops.push({ ...d, at: performance.now() }));
    const live = await b.live();
    const liveAt = performance.now();
    expect(live.outcome).toBe('snapshot');
    expect(drops.length).toBeGreaterThanOrEqual(1);
    expect(drops[0]?.refused).toMatchObject({ status: 503, code: 'FF_ERR_FEED_ADMISSION' });
    const retryAfterS = drops[0]?.refused?.retryAfterS ?? 0;
    expect(retryAfterS).toBeGreaterThanOrEqual(1);
    expect(drops[0]?.retryInMs).toBe(retryAfterS * 1000);
    expect(liveAt - (drops[0]?.at ?? liveAt)).toBeGreaterThanOrEqual(retryAfterS * 1000 - 5);
    expect(b.stats.refused).toBe(drops.length);
  });
});

function afterEachClose(clients: FeedClient[]): void {
  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
  });
}
