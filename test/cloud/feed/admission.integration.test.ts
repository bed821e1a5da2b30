// Admission control against a real cloud (issue 13 item 4): past the burst, an upgrade gets
// HTTP 503 + Retry-After + FF_ERR_FEED_ADMISSION before any WebSocket work, and is counted.
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { useCloud } from './harness.js';

/** The HTTP answer to an upgrade that is refused, or 101 when it opens. */
function upgrade(port: number): Promise<{ status: number; retryAfter: string | undefined; body: string; ws: WebSocket }> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/v1/feed`);
  ws.on('error', () => undefined);
  return new Promise((resolve) => {
    ws.once('open', () => resolve({ status: 101, retryAfter: undefined, body: '', ws }));
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'], body, ws }));
    });
  });
}

describe('feed admission (integration)', () => {
  const start = useCloud({ FF_FEED_ADMIT_PER_S: '1', FF_FEED_ADMIT_BURST: '2' });

  it('admits the burst, then refuses with 503, Retry-After and FF_ERR_FEED_ADMISSION, counted', async () => {
    const cloud = await start();
    const opened = [await upgrade(cloud.port), await upgrade(cloud.port)];
    expect(opened.map((o) => o.status)).toEqual([101, 101]);
    const refused = await upgrade(cloud.port);
    expect(refused.status).toBe(503);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(refused.body)).toMatchObject({ error: 'FF_ERR_FEED_ADMISSION' });
    const metrics = await (await fetch(`http://127.0.0.1:${cloud.port}/metrics`)).text();
    expect(metrics).toMatch(/ff_feed_admission_refused_total\{reason="rate"\} 1\b/);
    // Refused before the feed saw it: only the two admitted are connections.
    expect(metrics).toMatch(/ff_cloud_feed_connections 2\b/);
    for (const o of opened) o.ws.terminate();
  });
});
