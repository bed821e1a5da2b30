// Issue 14 item 4 through the real app: a meal whose best-before comes within
// --nearing-expiry-minutes is announced once (MealNearingExpiry) on the event stream
// (/v1/events) and on the feed, in JSON and protobuf, so that a pricing service can mark it down.
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { epcBytes } from '../../../cloud/domain/index.js';
import { FEED_SUBPROTOCOLS, type ServerMessage } from '../../../proto/feed.js';
import { FeedClient } from '../feed/harness.js';
import { LASAGNA, useCloud } from '../http/harness.js';

const start = useCloud(['--nearing-expiry-minutes', '60', '--tick-s', '3600']);
const epc = (n: number): string => '3074257BF7194E42' + n.toString(16).toUpperCase().padStart(8, '0');

describe('MealNearingExpiry (integration: real app, ticker, event stream, feed)', () => {
  it('announces a meal near its best-before once, on /v1/events and on the feed', async () => {
    const cloud = await start();
    await cloud.meal(LASAGNA, { name: 'Lasagna' });
    const f = await cloud.fridge('fr-n', 'mitte', { lat: 52.52, lon: 13.4 });
    const feeds = await Promise.all((['json', 'proto'] as const).map(async (encoding) => {
      const ws = new WebSocket(`${cloud.base.replace('http', 'ws')}/v1/feed`, encoding === 'proto' ? [FEED_SUBPROTOCOLS.proto] : []);
      const c = new FeedClient(ws, encoding);
      await c.opened;
      await c.request({ subscribe: { districts: ['mitte'] } });
      return c;
    }));
    const bestBefore = Date.now() + 30 * 60_000;
    expect((await cloud.admin('POST', '/v1/tags', { tags: [{ epc: epc(1), gtin: LASAGNA, best_before: new Date(bestBefore).toISOString() }, { epc: epc(2), gtin: LASAGNA, best_before: new Date(bestBefore + 86_400_000).toISOString() }] })).status).toBe(201);
    await f.send([{ recordedAtMs: Date.now(), snapshot: { reason: 2, tags: [epcBytes(epc(1)), epcBytes(epc(2))], unseen: [], shelves: [] } }]);
    // The ticker's work, one Tick at a time (its own period is an hour here).
    const tick = async (): Promise<void> => void (await cloud.app.core.handle('mitte', { type: 'Tick' }));
    await tick();

    // Events come one a frame (`event`) or a commit's a frame (`events`), as the client reads them.
    const carried = (m: ServerMessage): Array<NonNullable<ServerMessage['event']>> => [...(m.event ? [m.event] : []), ...(m.events?.events ?? [])];
    const isNearing = (e: NonNullable<ServerMessage['event']>): boolean => e.mealNearingExpiry !== undefined && e.mealNearingExpiry !== null;
    for (const c of feeds) {
      await c.next((x) => carried(x).some(isNearing));
      expect(c.messages.flatMap(carried).filter(isNearing)).toEqual([
        expect.objectContaining({ district: 'mitte', fridgeId: 'fr-n', mealNearingExpiry: expect.objectContaining({ epc: epc(1), gtin: LASAGNA, bestBeforeMs: bestBefore }) }),
      ]);
    }
    const nearing = async (): Promise<Array<Record<string, unknown>>> => (await cloud.admin<{ events: Array<Record<string, unknown>> }>('GET', '/v1/events?limit=5000')).body.events.filter((e) => e.type === 'MealNearingExpiry');
    // Two more ticks later, still once; the meal stays on sale.
    await tick();
    await tick();
    expect(await nearing()).toEqual([expect.objectContaining({ type: 'MealNearingExpiry', fridgeId: 'fr-n', epc: epc(1), gtin: LASAGNA, bestBeforeMs: bestBefore })]);
    const stock = await cloud.api<{ stock: Array<{ available: number }> }>('GET', '/v1/fridges/fr-n');
    expect(stock.body.stock[0]?.available).toBe(2);
    for (const c of feeds) c.ws.terminate();
  });
});
