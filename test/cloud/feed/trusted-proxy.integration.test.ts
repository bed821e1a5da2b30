// Issue 11 item 11: the feed's connections-per-address cap behind a reverse proxy, over real
// sockets. Behind a trusted proxy (--trusted-proxy) each client the proxy names has its own
// cap; X-Forwarded-For from any other peer is never read, so forging it gains nothing.
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { CloudApp } from '../../../cloud/app.js';
import { loadCloudConfig, type CloudConfig } from '../../../cloud/config.js';
import { useTmpDirs } from '../../support/tmp.js';

const tmp = useTmpDirs();
const running: Array<{ app: CloudApp; sockets: WebSocket[] }> = [];
afterEach(async () => {
  for (const r of running.splice(0)) {
    for (const s of r.sockets) s.terminate();
    await r.app.stop();
  }
  vi.unstubAllEnvs();
});

async function start(extra: string[]) {
  vi.stubEnv('FF_FEED_MAX_CONNECTIONS_PER_ADDRESS', '2');
  const cfg = loadCloudConfig(['--data-dir', tmp(), '--http-port', '0', '--mqtt-port', '0', '--admin-token', 'proxy-test-admin-token-0123456789', '--log-level', 'silent', ...extra], {}) as CloudConfig;
  const app = await CloudApp.open(cfg, pino({ level: 'silent' }));
  const { httpPort } = await app.start();
  const r = { app, sockets: [] as WebSocket[] };
  running.push(r);
  /** Opens a feed connection claiming to come through a proxy for `client`: 'open' or the HTTP status it was refused with. */
  const feed = (client: string): Promise<'open' | number> =>
    new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${httpPort}/v1/feed`, { headers: { 'x-forwarded-for': client } });
      r.sockets.push(ws);
      ws.once('open', () => resolve('open'));
      ws.once('unexpected-response', (_req, res) => {
        resolve(res.statusCode ?? 0);
        ws.terminate();
      });
      ws.once('error', reject);
    });
  return { feed };
}

describe('feed connections per address behind a reverse proxy (integration: real sockets)', () => {
  it('caps each client a trusted proxy names, not the proxy', async () => {
    const { feed } = await start(['--trusted-proxy', '127.0.0.1']);
    expect(await feed('198.51.100.1')).toBe('open');
    expect(await feed('198.51.100.1')).toBe('open');
    expect(await feed('198.51.100.1')).toBe(429);
    // Everyone else behind the same proxy still gets in.
    expect(await feed('198.51.100.2')).toBe('open');
    expect(await feed('198.51.100.3')).toBe('open');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const { feed } = await start(['--trusted-proxy', '10.9.9.9']);
    expect(await feed('198.51.100.1')).toBe('open');
    expect(await feed('198.51.100.2')).toBe('open');
    // A forged header does not give the same peer a fresh cap.
    expect(await feed('198.51.100.3')).toBe(429);
  });
});
