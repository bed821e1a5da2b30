// Issue 11 item 11: HTTP rate limits against a real fridge-cloud app (app.inject: no socket is
// needed to tell one client address from another): admin-token guessing, unlocks per user and
// per fridge, and X-Forwarded-For believed from a trusted proxy only.
import { describe, expect, it } from 'vitest';
import { HTTP_RATE_LIMITS } from '../../../cloud/http/rate-limits.js';
import { ADMIN, LASAGNA, useCloud, type Cloud } from './harness.js';

const start = useCloud();
const behindProxy = useCloud(['--trusted-proxy', '10.0.0.1,192.0.2.0/24']);
const HERE = { lat: 52.52, lon: 13.405 };
const MAX_FAILURES = HTTP_RATE_LIMITS.authFailuresPerAddress.max;

interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: { error?: string; message?: string; retry_after_s?: number };
}

async function call(cloud: Cloud, method: 'GET' | 'POST' | 'DELETE', url: string, o: { token?: string; from?: string; forwardedFor?: string; body?: unknown } = {}): Promise<Answer> {
  const res = await cloud.app.http.inject({
    method,
    url,
    remoteAddress: o.from ?? '203.0.113.9',
    headers: { ...(o.token !== undefined ? { authorization: `Bearer ${o.token}` } : {}), ...(o.forwardedFor !== undefined ? { 'x-forwarded-for': o.forwardedFor } : {}) },
    ...(o.body !== undefined ? { payload: o.body as Record<string, unknown> } : {}),
  });
  return { status: res.statusCode, headers: res.headers, body: res.body === '' ? {} : (res.json() as Answer['body']) };
}

const metric = async (cloud: Cloud, limit: string): Promise<number> => {
  const text = (await cloud.app.http.inject({ method: 'GET', url: '/metrics' })).body;
  return Number(new RegExp(`^ff_cloud_http_rate_limited_total\\{limit="${limit}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
};

function expectLimited(a: Answer): void {
  expect(a.status).toBe(429);
  expect(a.body.error).toBe('FF_ERR_RATE_LIMITED');
  const retry = Number(a.headers['retry-after']);
  expect(retry).toBeGreaterThan(0);
  expect(retry).toBeLessThanOrEqual(60);
  expect(a.body.retry_after_s).toBe(retry);
}

describe('admin-token guessing is throttled per client address', () => {
  it('answers 429 with Retry-After after the failures allowed, to the right token too, and only for that address', async () => {
    const cloud = await start();
    for (let i = 0; i < MAX_FAILURES; i++) {
      const r = await call(cloud, 'GET', '/v1/admin/fridges', { token: `guess-${i}-aaaaaaaaaaaaaaaaaaaa` });
      expect(r.status, `guess ${i}`).toBe(401);
      expect(r.body.error).toBe('FF_ERR_AUTH_INVALID');
    }
    expectLimited(await call(cloud, 'GET', '/v1/admin/fridges', { token: 'one-more-guess-aaaaaaaaaaaaaa' }));
    // Locked: even the right token from this address waits (a guess that hits is no use).
    expectLimited(await call(cloud, 'GET', '/v1/admin/fridges', { token: ADMIN }));
    // Another address is not affected.
    expect((await call(cloud, 'GET', '/v1/admin/fridges', { token: ADMIN, from: '198.51.100.1' })).status).toBe(200);
    expect(await metric(cloud, 'admin_auth')).toBe(2);
  });

  it('counts an IPv6 client by its /64 prefix (docs/api.md "Rate limits"), an IPv4-mapped one as its IPv4 address', async () => {
    const cloud = await start();
    // Every guess from another address of one /64: one key.
    for (let i = 0; i < MAX_FAILURES; i++) expect((await call(cloud, 'GET', '/v1/admin/fridges', { token: `guess-${i}-aaaaaaaaaaaaaaaaaaaa`, from: `2001:db8:1:2::${(i + 1).toString(16)}` })).status).toBe(401);
    expectLimited(await call(cloud, 'GET', '/v1/admin/fridges', { token: ADMIN, from: '2001:db8:1:2:ffff:ffff:ffff:ffff' }));
    // The next /64 is another key.
    expect((await call(cloud, 'GET', '/v1/admin/fridges', { token: ADMIN, from: '2001:db8:1:3::1' })).status).toBe(200);
    for (let i = 0; i < MAX_FAILURES; i++) expect((await call(cloud, 'GET', '/v1/admin/fridges', { token: `guess-${i}-aaaaaaaaaaaaaaaaaaaa`, from: '::ffff:198.51.100.7' })).status).toBe(401);
    expectLimited(await call(cloud, 'GET', '/v1/admin/fridges', { token: ADMIN, from: '198.51.100.7' }));
  });

  it('counts admin-token guesses made through the reservation cancel (which takes the admin token) too', async () => {
    const cloud = await start();
    const id = 'mitte.00000000-0000-4000-8000-000000000000';
    for (let i = 0; i < MAX_FAILURES; i++) expect((await call(cloud, 'DELETE', `/v1/reservations/${id}`, { token: `guess-${i}-aaaaaaaaaaaaaaaaaaaa` })).status).toBe(401);
    expectLimited(await call(cloud, 'DELETE', `/v1/reservations/${id}`, { token: 'one-more-guess-aaaaaaaaaaaaaa' }));
    expectLimited(await call(cloud, 'GET', '/v1/admin/fridges', { token: ADMIN }));
    // A user token (a JWT) is not an admin-token guess.
    expect((await call(cloud, 'DELETE', `/v1/reservations/${id}`, { token: cloud.token('ann'), from: '198.51.100.1' })).status).not.toBe(429);
  });
});

describe('fridge opens are limited per user and per fridge', () => {
  async function fridges(ids: string[]): Promise<Cloud> {
    const cloud = await start();
    await cloud.meal(LASAGNA, { name: 'Lasagna' });
    for (const id of ids) await cloud.fridge(id, 'mitte', HERE, { [LASAGNA]: 1 });
    return cloud;
  }

  it('refuses a user\'s opens past the limit with 429, other users unaffected', async () => {
    const cloud = await fridges(['f1']);
    const ann = cloud.token('ann');
    for (let i = 0; i < HTTP_RATE_LIMITS.opensPerUser.max; i++) expect((await call(cloud, 'POST', '/v1/fridges/f1/open', { token: ann, body: {} })).status, `open ${i}`).toBe(202);
    expectLimited(await call(cloud, 'POST', '/v1/fridges/f1/open', { token: ann, body: {} }));
    // From another address, the same user is still limited: the key is the token's subject.
    expectLimited(await call(cloud, 'POST', '/v1/fridges/f1/open', { token: ann, body: {}, from: '198.51.100.1' }));
    expect((await call(cloud, 'POST', '/v1/fridges/f1/open', { token: cloud.token('bob'), body: {} })).status).toBe(202);
    expect(await metric(cloud, 'open_per_user')).toBe(2);
  });

  it('refuses opens of one fridge past its limit, whoever asks; other fridges unaffected', async () => {
    const cloud = await fridges(['f1', 'f2']);
    const perUser = HTTP_RATE_LIMITS.opensPerUser.max;
    const users = Math.ceil(HTTP_RATE_LIMITS.opensPerFridge.max / perUser);
    let opened = 0;
    for (let u = 0; u < users; u++) {
      const token = cloud.token(`user-${u}`);
      for (let i = 0; i < perUser && opened < HTTP_RATE_LIMITS.opensPerFridge.max; i++, opened++) {
        expect((await call(cloud, 'POST', '/v1/fridges/f1/open', { token, body: {} })).status).toBe(202);
      }
    }
    const late = cloud.token('late-user');
    expectLimited(await call(cloud, 'POST', '/v1/fridges/f1/open', { token: late, body: {} }));
    expect((await call(cloud, 'POST', '/v1/fridges/f2/open', { token: late, body: {} })).status).toBe(202);
    expect(await metric(cloud, 'open_per_fridge')).toBe(1);
  });
});

describe('X-Forwarded-For is believed from a trusted proxy only (--trusted-proxy)', () => {
  it('keys the limit on the client a trusted proxy names', async () => {
    const cloud = await behindProxy();
    for (let i = 0; i < MAX_FAILURES; i++) expect((await call(cloud, 'GET', '/v1/admin/fridges', { token: `guess-${i}-aaaaaaaaaaaaaaaaaaaa`, from: '10.0.0.1', forwardedFor: '198.51.100.7' })).status).toBe(401);
    expectLimited(await call(cloud, 'GET', '/v1/admin/fridges', { token: ADMIN, from: '10.0.0.1', forwardedFor: '198.51.100.7' }));
    // Another client behind the same proxy (and behind a CIDR-listed one) is not locked out.
    expect((await call(cloud, 'GET', '/v1/admin/fridges', { token: ADMIN, from: '10.0.0.1', forwardedFor: '198.51.100.8' })).status).toBe(200);
    expect((await call(cloud, 'GET', '/v1/admin/fridges', { token: ADMIN, from: '192.0.2.17', forwardedFor: '198.51.100.9' })).status).toBe(200);
  });

  it('ignores X-Forwarded-For from any other peer: a guesser cannot escape by forging it', async () => {
    const cloud = await behindProxy();
    for (let i = 0; i < MAX_FAILURES; i++) expect((await call(cloud, 'GET', '/v1/admin/fridges', { token: `guess-${i}-aaaaaaaaaaaaaaaaaaaa`, from: '10.0.0.2', forwardedFor: `198.51.100.${i}` })).status).toBe(401);
    expectLimited(await call(cloud, 'GET', '/v1/admin/fridges', { token: ADMIN, from: '10.0.0.2', forwardedFor: '198.51.100.200' }));
    // Without --trusted-proxy no peer is trusted.
    const plain = await start();
    for (let i = 0; i < MAX_FAILURES; i++) expect((await call(plain, 'GET', '/v1/admin/fridges', { token: `guess-${i}-aaaaaaaaaaaaaaaaaaaa`, from: '10.0.0.1', forwardedFor: `198.51.100.${i}` })).status).toBe(401);
    expectLimited(await call(plain, 'GET', '/v1/admin/fridges', { token: ADMIN, from: '10.0.0.1', forwardedFor: '198.51.100.200' }));
  });
});
