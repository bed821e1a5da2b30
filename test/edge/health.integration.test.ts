// The agent's health server out of the agent (issue 15 item 3): /healthz and /metrics on a
// real socket, port chosen by the OS.
import { afterEach, describe, expect, it } from 'vitest';
import { HealthServer } from '../../edge/health.js';
import { createEdgeMetrics } from '../../edge/metrics.js';

let server: HealthServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('edge health server (integration: real socket)', () => {
  it('serves /healthz as JSON, /metrics as Prometheus text after refreshing the gauges, 404 otherwise', async () => {
    const metrics = createEdgeMetrics();
    let refreshed = 0;
    server = await HealthServer.start({ host: '127.0.0.1', port: 0, metrics, health: () => ({ ok: true, serial: false }), refresh: () => void refreshed++ });
    const base = `http://127.0.0.1:${server.address?.port ?? 0}`;
    const h = await fetch(`${base}/healthz`);
    expect([h.status, h.headers.get('content-type'), await h.json()]).toEqual([200, 'application/json', { ok: true, serial: false }]);
    metrics.outboxEvents.set(7);
    const m = await fetch(`${base}/metrics`);
    expect(m.status).toBe(200);
    expect(await m.text()).toMatch(/^ff_edge_outbox_events 7$/m);
    expect(refreshed).toBe(1);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
