// The dashboard's HTTP side on a real CloudApp: its static files, the districts it starts
// from, and the demo user tokens its reserve button uses.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCloud } from '../http/harness.js';

const start = useCloud();
const startWarmer = useCloud(['--max-safe-deci-c', '70']);
const LASAGNA = '09506000134352';

describe('dashboard files and demo tokens (integration: CloudApp, real sockets)', () => {
  it('serves the page at /dashboard/ with revalidation and a strict CSP; / and /dashboard redirect there', async () => {
    const cloud = await start();
    for (const from of ['/', '/dashboard']) {
      const r = await fetch(cloud.base + from, { redirect: 'manual' });
      expect(r.status).toBe(302);
      expect(r.headers.get('location')).toBe('/dashboard/');
    }
    const page = await fetch(`${cloud.base}/dashboard/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('public, max-age=0');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('<script type="module" src="app.js">');
    const etag = page.headers.get('etag');
    expect(etag).toBeTruthy();
    // As a browser revalidates (fetch itself would add Cache-Control: no-cache to a conditional request).
    expect((await fetch(`${cloud.base}/dashboard/`, { headers: { 'if-none-match': etag ?? '', 'cache-control': 'max-age=0' } })).status).toBe(304);

    for (const [file, type] of [['app.js', /javascript/], ['style.css', /^text\/css/]] as const) {
      const r = await fetch(`${cloud.base}/dashboard/${file}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(type);
    }
    // The page is ES modules (docs/dashboard.md "Modules"): every one app.js imports, directly
    // or not, is served as JavaScript with the page's CSP and revalidation, render/ too.
    const served = new Set<string>();
    const pending = ['app.js'];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      if (served.has(file)) continue;
      const r = await fetch(`${cloud.base}/dashboard/${file}`);
      expect(r.status, file).toBe(200);
      expect(r.headers.get('content-type'), file).toMatch(/javascript/);
      expect(r.headers.get('content-security-policy'), file).toContain("script-src 'self'");
      expect(r.headers.get('cache-control'), file).toBe('public, max-age=0');
      served.add(file);
      const text = await r.text();
      for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)';/gms)) pending.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]!)));
    }
    expect(served).toContain('state.js');
    expect(served).toContain('render/fridges.js');
    expect(served).toContain('feed-client.js');
    // Nothing outside cloud/dashboard.
    for (const p of ['/dashboard/%2e%2e/http/dashboard.ts', '/dashboard/..%2f..%2fpackage.json', '/dashboard/missing.js']) {
      expect([403, 404]).toContain((await fetch(cloud.base + p)).status);
    }
  });

  it('lists the districts with fridges, their counts and centres, and the safe temperature', async () => {
    const cloud = await start();
    expect(await (await fetch(`${cloud.base}/dashboard/districts.json`)).json()).toEqual({ max_safe_deci_celsius: 50, districts: [] });
    const warmer = await startWarmer();
    expect(await (await fetch(`${warmer.base}/dashboard/districts.json`)).json()).toEqual({ max_safe_deci_celsius: 70, districts: [] });
    await cloud.fridge('f1', 'mitte', { lat: 52.52, lon: 13.4 });
    await cloud.fridge('f2', 'mitte', { lat: 52.54, lon: 13.42 });
    await cloud.fridge('f3', 'xberg', { lat: 52.49, lon: 13.43 });
    const body = (await (await fetch(`${cloud.base}/dashboard/districts.json`)).json()) as { districts: Array<{ id: string; fridges: number; center: { lat: number; lon: number } }> };
    expect(body.districts.map((d) => [d.id, d.fridges])).toEqual([['mitte', 2], ['xberg', 1]]);
    expect(body.districts[0]?.center.lat).toBeCloseTo(52.53, 6);
    expect(body.districts[0]?.center.lon).toBeCloseTo(13.41, 6);
  });

  it('POST /v1/admin/demo-token: admin only; the token is a user token the reservations API accepts', async () => {
    const cloud = await start();
    await cloud.meal(LASAGNA, { name: 'Lasagna' });
    await cloud.fridge('f1', 'mitte', { lat: 52.52, lon: 13.4 }, { [LASAGNA]: 2 });

    expect((await cloud.api('POST', '/v1/admin/demo-token', { body: { user_id: 'u-1' } })).status).toBe(401);
    expect((await cloud.api('POST', '/v1/admin/demo-token', { body: { user_id: 'u-1' }, token: 'wrong-token-wrong-token' })).status).toBe(401);
    for (const body of [{}, { user_id: '' }, { user_id: 'u-1', ttl_s: 59 }, { user_id: 'u-1', ttl_s: 86_401 }, { user_id: 'x'.repeat(101) }]) {
      expect((await cloud.admin('POST', '/v1/admin/demo-token', body)).status).toBe(400);
    }

    const before = Date.now();
    const r = await cloud.admin<{ token: string; user_id: string; expires_at: string; expires_at_ms: number }>('POST', '/v1/admin/demo-token', { user_id: 'u-1', ttl_s: 600 });
    expect(r.status).toBe(201);
    expect(r.body.user_id).toBe('u-1');
    expect(r.body.expires_at_ms).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 600_000);
    expect(r.body.expires_at_ms).toBeLessThanOrEqual(Date.now() + 600_000);
    expect(Date.parse(r.body.expires_at)).toBe(r.body.expires_at_ms);
    const claims = JSON.parse(Buffer.from(r.body.token.split('.')[1] ?? '', 'base64url').toString()) as { sub: string; exp: number };
    expect(claims).toMatchObject({ sub: 'u-1', exp: r.body.expires_at_ms / 1000 });

    const reserve = (user: string) => cloud.api('POST', '/v1/reservations', { body: { fridge_id: 'f1', gtin: LASAGNA, user_id: user }, token: r.body.token });
    expect((await reserve('u-1')).status).toBe(201);
    expect((await reserve('u-2')).status).toBe(403); // the token is u-1's, and only u-1's
  });
});
