// The feed's upgrade path (cloud/feed/upgrade.ts) over real sockets: refusals answered as HTTP
// before any WebSocket work, the client address behind a trusted proxy, and an open connection
// that keeps nothing of its upgrade request (issue 13: memory per idle connection).
import http, { type IncomingMessage } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { serveFeedUpgrades, upgradeRefusal, type FeedUpgradeOptions } from '../../../cloud/feed/upgrade.js';

const open: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const f of open.splice(0).reverse()) await f();
});

async function serve(o: Partial<FeedUpgradeOptions>): Promise<{ port: number; accepted: Array<{ ws: WebSocket; address: string }> }> {
  const server = http.createServer((_req, res) => res.writeHead(426).end());
  const accepted: Array<{ ws: WebSocket; address: string }> = [];
  const upgrades = serveFeedUpgrades(server, {
    path: '/v1/feed',
    maxPayload: 1024,
    handleProtocols: () => false,
    check: () => undefined,
    accept: (ws, _req, address) => void accepted.push({ ws, address }),
    ...o,
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  open.push(() => new Promise<void>((r) => {
    for (const a of accepted) a.ws.terminate();
    upgrades.close();
    server.close(() => r());
    server.closeAllConnections();
  }));
  const addr = server.address();
  return { port: typeof addr === 'object' && addr !== null ? addr.port : 0, accepted };
}

/** 'open', or the status, headers and body of the HTTP answer the upgrade got. */
function upgrade(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string } | { status: 101; ws: WebSocket }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    open.push(() => ws.terminate());
    ws.once('open', () => resolve({ status: 101, ws }));
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    ws.once('error', reject);
  });
}

describe('feed upgrades taken before the router (integration: real sockets)', () => {
  it('answers a refusal as HTTP with the API error body and its headers; other paths 404', async () => {
    const { port, accepted } = await serve({ check: () => upgradeRefusal('FF_ERR_FEED_ADMISSION', 'rate', { 'retry-after': '3' }) });
    const refused = await upgrade(`ws://127.0.0.1:${port}/v1/feed`);
    expect(refused.status).toBe(503);
    if (!('body' in refused)) throw new Error('opened');
    expect(refused.headers['retry-after']).toBe('3');
    expect(JSON.parse(refused.body)).toEqual({ error: 'FF_ERR_FEED_ADMISSION', message: expect.stringContaining('(rate)') });
    const other = await upgrade(`ws://127.0.0.1:${port}/v1/elsewhere`);
    expect(other.status).toBe(404);
    expect(accepted).toEqual([]);
  });

  it('names the client a trusted proxy forwards for, and the peer otherwise', async () => {
    const trusted = await serve({ trustedProxies: ['127.0.0.1'] });
    expect((await upgrade(`ws://127.0.0.1:${trusted.port}/v1/feed`, { 'x-forwarded-for': '198.51.100.7' })).status).toBe(101);
    expect(trusted.accepted.map((a) => a.address)).toEqual(['198.51.100.7']);
    const untrusted = await serve({ trustedProxies: ['10.9.9.9'] });
    expect((await upgrade(`ws://127.0.0.1:${untrusted.port}/v1/feed`, { 'x-forwarded-for': '198.51.100.7' })).status).toBe(101);
    expect(untrusted.accepted.map((a) => a.address)).toEqual(['127.0.0.1']);
  });

  it('shuts the door: after close, an upgrade gets 503 FF_ERR_FEED_SHUTTING_DOWN', async () => {
    const server = http.createServer();
    const upgrades = serveFeedUpgrades(server, { path: '/v1/feed', maxPayload: 1024, handleProtocols: () => false, check: () => undefined, accept: () => undefined });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    open.push(() => new Promise<void>((r) => server.close(() => r())));
    upgrades.close();
    const addr = server.address();
    const res = await upgrade(`ws://127.0.0.1:${typeof addr === 'object' && addr !== null ? addr.port : 0}/v1/feed`);
    expect(res.status).toBe(503);
    if ('body' in res) expect(JSON.parse(res.body).error).toBe('FF_ERR_FEED_SHUTTING_DOWN');
  });

  it('keeps nothing of the upgrade request once the connection is open', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let request: WeakRef<IncomingMessage> | undefined;
    const { port, accepted } = await serve({ accept: (ws, req, address) => {
      request = new WeakRef(req);
      accepted.push({ ws, address });
    } });
    const client = await upgrade(`ws://127.0.0.1:${port}/v1/feed`);
    expect(client.status).toBe(101);
    // The connection works after the request is gone.
    const echo = new Promise<string>((r) => accepted[0]!.ws.once('message', (d) => r(String(d))));
    if ('ws' in client) client.ws.send('hello');
    expect(await echo).toBe('hello');
    for (let i = 0; i < 5 && request?.deref() !== undefined; i++) {
      await new Promise((r) => setImmediate(r));
      gc();
    }
    expect(request).toBeDefined();
    expect(request?.deref()).toBeUndefined();
  });
});
