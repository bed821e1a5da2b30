// Oversized WebSocket frames (issue 11 item 18): each logged an error-level line with a stack
// trace, so anyone could flood the logs by sending them, over one connection after another.
// A client's mistake is counted and logged at warn at most once a minute per reason. The log
// is the real pino logger of a real app, written to a stream the test reads.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CloudApp } from '../../../cloud/app.js';
import { loadCloudConfig, type CloudConfig } from '../../../cloud/config.js';
import { useTmpDirs } from '../../support/tmp.js';

const tmp = useTmpDirs();
const apps: CloudApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.stop();
});

interface Line {
  level: number;
  msg: string;
  reason?: string;
  stack?: string;
  err?: { stack?: string };
}

async function cloudWithLog(): Promise<{ app: CloudApp; port: number; lines: Line[] }> {
  const lines: Line[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n')) if (l !== '') lines.push(JSON.parse(l) as Line);
      done();
    },
  });
  const cfg = loadCloudConfig(['--data-dir', tmp(), '--http-port', '0', '--mqtt-port', '0', '--admin-token', 'feed-test-admin-token-0123456789'], {}) as CloudConfig;
  const app = new CloudApp(cfg, pino({ level: 'debug' }, stream));
  apps.push(app);
  const { httpPort } = await app.start();
  return { app, port: httpPort, lines };
}

async function dropped(app: CloudApp, reason: string): Promise<number> {
  const m = await app.metrics.registry.getSingleMetric('ff_cloud_feed_dropped_total')?.get();
  return m?.values.find((v) => v.labels.reason === reason)?.value ?? 0;
}

/** Opens a feed connection, sends `n` frames of 20 KiB (the limit is 16 KiB), resolves with its close code. */
async function oversized(port: number, n: number): Promise<number> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/v1/feed`);
  ws.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => ws.once('open', () => resolve()).once('unexpected-response', () => reject(new Error('refused'))));
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  const big = JSON.stringify({ ping: {}, requestId: 'x'.repeat(20 * 1024) });
  for (let i = 0; i < n; i++) if (ws.readyState === WebSocket.OPEN) ws.send(big);
  return closed;
}

describe('feed client mistakes in the log (integration: real app, real pino log)', () => {
  it('50 oversized frames, on one connection and then on 30 more: no error line, no stack, one warn, every one counted', async () => {
    const { app, port, lines: all } = await cloudWithLog();
    const started = all.length; // what the start logged (a generated JWT secret...) is not ours
    expect(await oversized(port, 50)).toBe(1009); // ws closes at the first: "message too big"
    for (let i = 0; i < 30; i++) expect(await oversized(port, 1)).toBe(1009);
    const lines = all.slice(started);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(lines.some((l) => l.stack !== undefined || l.err?.stack !== undefined)).toBe(false);
    const warns = lines.filter((l) => l.level === 40);
    expect(warns, JSON.stringify(warns)).toHaveLength(1);
    expect(warns[0]).toMatchObject({ reason: 'message_too_large' });
    // The rest are there for whoever runs at debug.
    expect(lines.filter((l) => l.level === 20 && l.reason === 'message_too_large')).toHaveLength(30);
    // Each counted (the server reports the error before ws sends the client its close frame).
    expect(await dropped(app, 'message_too_large')).toBe(31);
  });
});
