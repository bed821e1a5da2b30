// The feed under bad clients: one that stops reading, one that stops answering pings, one that
// sends garbage, one that opens too much; the others carry on.
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { encodeClientMessage } from '../../../proto/feed.js';
import { gs1CheckDigit } from '../../../simulator/world/sgtin96.js';
import { LASAGNA, useCloud, type Cloud, type FeedClient } from './harness.js';

const MITTE = { lat: 52.52, lon: 13.405 };

async function metric(cloud: Cloud, name: string, labels: Record<string, string>): Promise<number> {
  const m = await cloud.app.metrics.registry.getSingleMetric(name)?.get();
  const v = m?.values.find((x) => Object.entries(labels).every(([k, l]) => x.labels[k] === l));
  return v?.value ?? 0;
}

const socketOf = (c: FeedClient): Socket => (c.ws as unknown as { _socket: Socket })._socket;

describe('feed slow consumer (integration)', () => {
  const start = useCloud({ FF_FEED_MAX_BUFFERED_BYTES: String(64 * 1024), FF_FEED_CLOSE_GRACE_MS: '20000' });

  it('a client that stops reading is told to resync and disconnected; another keeps receiving on time', async () => {
    const cloud = await start();
    const f1 = await cloud.fridge('f1', 'mitte', MITTE, { [LASAGNA]: 1 });
    const slow = await cloud.feed();
    const fast = await cloud.feed({ encoding: 'proto' });
    await slow.request({ subscribe: { districts: ['mitte'] } });
    await fast.request({ subscribe: { districts: ['mitte'] } });
    socketOf(slow).pause(); // stops reading: the kernel buffers fill, then the server's

    // Many meals per snapshot, each snapshot changing every count: a stream of MealStockUpdated.
    const gtins = Array.from({ length: 1500 }, (_, i) => `0950601${String(i).padStart(6, '0')}`).map((body) => `${body}${gs1CheckDigit(body)}`);
    for (let round = 0; round < 80 && (await metric(cloud, 'ff_cloud_feed_resyncs_total', { reason: 'slow_consumer' })) === 0; round++) {
      const n = (round % 2) + 1;
      const started = performance.now();
      await f1.snapshot(Object.fromEntries(gtins.map((g) => [g, n])));
      const last = await cloud.app.store.lastPosition();
      // On time: the other client has this batch's last event within 2 s of its commit.
      await fast.next((m) => m.event?.cursor?.position === last, 2000);
      expect(performance.now() - started).toBeLessThan(5000);
    }
    expect(await metric(cloud, 'ff_cloud_feed_resyncs_total', { reason: 'slow_consumer' })).toBe(1);
    // And after the slow one is gone, the fast one still gets every change.
    await f1.snapshot({ [LASAGNA]: 7 });
    expect((await fast.next((m) => m.event?.stockUpdated?.gtin === LASAGNA)).event!.stockUpdated!.onHand).toBe(7);

    // The slow client reads again: a gapless prefix of the stream, the resync, then the close.
    socketOf(slow).resume();
    const closed = await slow.closed;
    expect(closed.code).toBe(4008);
    const lastMessage = slow.messages[slow.messages.length - 1]!;
    expect(lastMessage.resync?.reason).toBe('slow_consumer');
    const slowPositions = slow.events().map((e) => e.cursor!.position);
    expect(slowPositions.length).toBeGreaterThan(0);
    expect(slowPositions).toEqual(fast.events().slice(0, slowPositions.length).map((e) => e.cursor!.position));
    expect(slowPositions.length).toBeLessThan(fast.events().length);
  }, 120_000);
});

describe('feed heartbeat (integration)', () => {
  const start = useCloud({ FF_FEED_HEARTBEAT_MS: '100' });

  it('drops a connection that does not answer pings and keeps one that does', async () => {
    const cloud = await start();
    const dead = await cloud.feed({ autoPong: false });
    const alive = await cloud.feed();
    expect((await dead.closed).code).toBe(1006); // terminated, no close frame
    expect(await metric(cloud, 'ff_cloud_feed_dropped_total', { reason: 'heartbeat' })).toBe(1);
    expect((await alive.request({ ping: {} })).pong).toBeDefined();
    expect(alive.ws.readyState).toBe(WebSocket.OPEN);
  });
});

describe('feed client errors and limits (integration)', () => {
  const start = useCloud({ FF_FEED_MAX_CONNECTIONS_PER_ADDRESS: '3' });

  it('answers malformed messages with an error and carries on', async () => {
    const cloud = await start();
    await cloud.fridge('f1', 'mitte', MITTE, { [LASAGNA]: 1 });
    const c = await cloud.feed();
    await c.next((m) => m.welcome != null);
    const bad: Array<[string | Buffer, string, string?]> = [
      ['not json', 'FF_ERR_FEED_MALFORMED'],
      ['[1,2]', 'FF_ERR_FEED_MALFORMED'],
      ['{}', 'FF_ERR_FEED_INVALID'],
      ['{"requestId":"a","subscribe":{}}', 'FF_ERR_FEED_INVALID', 'a'],
      ['{"requestId":"b","subscribe":{"districts":["no spaces allowed"]}}', 'FF_ERR_FEED_INVALID', 'b'],
      ['{"requestId":"c","subscribe":{"areas":[{"lat":91,"lon":0,"radiusM":10}]}}', 'FF_ERR_FEED_INVALID', 'c'],
      ['{"requestId":"d","subscribe":{"areas":[{"lat":1,"lon":0,"radiusM":1e9}]}}', 'FF_ERR_FEED_INVALID', 'd'],
      ['{"requestId":"e","subscribe":{"districts":["mitte"],"resumeFrom":{"epoch":"x","position":-1}}}', 'FF_ERR_FEED_INVALID', 'e'],
      ['{"requestId":"f","subscribe":{"districts":["mitte"]},"ping":{}}', 'FF_ERR_FEED_INVALID', 'f'],
      ['{"requestId":"g","unsubscribe":{}}', 'FF_ERR_FEED_NOT_SUBSCRIBED', 'g'],
      [`{"requestId":"h","subscribe":{"districts":${JSON.stringify(Array.from({ length: 17 }, (_, i) => `d${i}`))}}}`, 'FF_ERR_FEED_TOO_MANY_SUBSCRIPTIONS', 'h'],
      [`{"requestId":${JSON.stringify('x'.repeat(100))},"ping":{}}`, 'FF_ERR_FEED_INVALID'],
      [Buffer.from([1, 2, 3]), 'FF_ERR_FEED_MALFORMED'], // a binary frame on a JSON connection
    ];
    for (const [frame, code, requestId] of bad) {
      c.ws.send(frame);
      const m = await c.next();
      expect(m.error?.code, String(frame)).toBe(code);
      expect(m.requestId ?? '', String(frame)).toBe(requestId ?? '');
    }
    // snake_case field names (proto3 JSON) are accepted too; the connection still works.
    c.ws.send('{"request_id":"ok","subscribe":{"districts":["mitte"],"resume_from":null}}');
    expect((await c.next()).snapshot!.fridges).toHaveLength(1);
    expect(await metric(cloud, 'ff_cloud_feed_client_errors_total', { code: 'FF_ERR_FEED_INVALID' })).toBe(8);

    const p = await cloud.feed({ encoding: 'proto' });
    await p.next((m) => m.welcome != null);
    p.ws.send(Buffer.from([0xff, 0xff, 0xff, 0xff]));
    expect((await p.next()).error?.code).toBe('FF_ERR_FEED_MALFORMED');
    p.ws.send('{"ping":{}}'); // text on a protobuf connection
    expect((await p.next()).error?.code).toBe('FF_ERR_FEED_MALFORMED');
    p.ws.send(encodeClientMessage({ requestId: 'z' }, 'proto')); // no body
    expect((await p.next()).error).toMatchObject({ code: 'FF_ERR_FEED_INVALID' });
    expect((await p.request({ ping: {} })).pong).toBeDefined();

    // Over the message size limit: the connection closes with 1009 (Message Too Big).
    c.ws.send(JSON.stringify({ ping: {}, pad: 'x'.repeat(20_000) }));
    expect((await c.closed).code).toBe(1009);
  });

  it('refuses more connections per address than allowed with 429, and admits again after one closes', async () => {
    const cloud = await start();
    const open = [await cloud.feed(), await cloud.feed(), await cloud.feed()];
    await expect(cloud.feed()).rejects.toThrow('HTTP 429');
    expect(await metric(cloud, 'ff_cloud_feed_dropped_total', { reason: 'too_many_connections' })).toBe(1);
    open[0]!.ws.close();
    await open[0]!.closed;
    // The server sees the close a moment after the client: retry on 429 until it has.
    let again: FeedClient | undefined;
    for (let i = 0; i < 50 && again === undefined; i++) {
      again = await cloud.feed().catch((err: Error) => {
        if (!/429/.test(err.message)) throw err;
        return new Promise<undefined>((r) => setTimeout(() => r(undefined), 10));
      });
    }
    expect((await again!.next()).welcome).toBeDefined();
    // A plain GET is told to upgrade.
    expect((await fetch(`http://127.0.0.1:${cloud.port}/v1/feed`)).status).toBe(426);
  });
});
