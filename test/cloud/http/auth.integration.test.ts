// Who may call what, against a real fridge-cloud app (inject): a kitchen token reads reports
// and nothing else (docs/api.md "Reports": it is signed with the user tokens' secret, yet no user
// token), and a route that needs a token checks it before it reads or validates the body and
// the query (docs/api.md: without a valid token, 401 whatever else is wrong).
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../cloud/domain/index.js';
import { ADMIN, LASAGNA, useCloud, type Cloud } from './harness.js';

const start = useCloud();
const HERE = { lat: 52.52, lon: 13.405 };

interface Answer {
  status: number;
  error: string | undefined;
}

async function call(cloud: Cloud, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, o: { token?: string; body?: unknown; raw?: string; contentType?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...(o.token !== undefined ? { authorization: `Bearer ${o.token}` } : {}) };
  if (o.body !== undefined || o.raw !== undefined) headers['content-type'] = o.contentType ?? 'application/json';
  const payload = o.body !== undefined ? JSON.stringify(o.body) : o.raw;
  const res = await cloud.app.http.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
  return { status: res.statusCode, error: res.body === '' ? undefined : (res.json() as { error?: string }).error };
}

const events = async (cloud: Cloud, type: DomainEvent['type']): Promise<DomainEvent[]> =>
  (await cloud.app.store.eventsAfter(0, 100_000)).map((e) => e.event).filter((e) => e.type === type);

async function oneFridge(): Promise<Cloud> {
  const cloud = await start();
  await cloud.meal(LASAGNA, { name: 'Lasagna' });
  await cloud.fridge('mitte-a', 'mitte', HERE, { [LASAGNA]: 3 });
  return cloud;
}

describe('kitchen tokens on user routes (integration: real app, inject)', () => {
  it('refuses a kitchen token with 401 on reserving, opening a fridge and canceling; it still reads the reports of its districts', async () => {
    const cloud = await oneFridge();
    const issued = await cloud.admin<{ token: string }>('POST', '/v1/admin/kitchen-token', { districts: ['mitte'] });
    expect(issued.status).toBe(201);
    const kitchen = issued.body.token;
    // A user's reservation the kitchen token must not cancel.
    const held = await cloud.api<{ id: string }>('POST', '/v1/reservations', { token: cloud.token('ann'), body: { fridge_id: 'mitte-a', gtin: LASAGNA, user_id: 'ann' } });
    expect(held.status).toBe(201);

    const refused: Answer = { status: 401, error: 'FF_ERR_USER_TOKEN_INVALID' };
    expect(await call(cloud, 'POST', '/v1/reservations', { token: kitchen, body: { fridge_id: 'mitte-a', gtin: LASAGNA, user_id: 'kitchen' } })).toEqual(refused);
    expect(await call(cloud, 'POST', '/v1/fridges/mitte-a/open', { token: kitchen })).toEqual(refused);
    expect(await call(cloud, 'POST', '/v1/fridges/mitte-a/open', { token: kitchen, body: { seconds: 10 } })).toEqual(refused);
    expect(await call(cloud, 'DELETE', `/v1/reservations/${held.body.id}`, { token: kitchen })).toEqual(refused);
    expect(await call(cloud, 'DELETE', `/v1/reservations/${held.body.id}?reason=payment_failed`, { token: kitchen })).toEqual(refused);
    // Nothing happened: ann's hold is the only one, no door was unlocked, nothing was canceled.
    expect(await events(cloud, 'MealStockReserved')).toHaveLength(1);
    expect(await events(cloud, 'DoorUnlockRequested')).toHaveLength(0);
    expect(await events(cloud, 'MealStockCanceled')).toHaveLength(0);
    expect((await cloud.app.store.stockOf('mitte-a')).find((s) => s.gtin === LASAGNA)).toMatchObject({ reserved: 1, available: 2 });

    // What it is for: the reports of its districts.
    const today = new Date().toISOString().slice(0, 10);
    for (const url of [`/v1/reports/fridge-days?district=mitte&from=${today}&to=${today}`, '/v1/reports/replenishment?district=mitte', `/v1/reports/temperature?fridge=mitte-a&from=${today}&to=${today}`, '/v1/reports/recent?district=mitte']) {
      expect([url, (await call(cloud, 'GET', url, { token: kitchen })).status]).toEqual([url, 200]);
    }
    // And no admin route.
    expect(await call(cloud, 'PUT', '/v1/fridges/mitte-a/par', { token: kitchen, body: { gtin: LASAGNA, par: 1 } })).toEqual({ status: 401, error: 'FF_ERR_AUTH_INVALID' });
  });

  it('refuses every token with a kitchen mark (role, districts, the subject "kitchen"), as a login service might sign it; a plain user token works', async () => {
    const cloud = await oneFridge();
    const reserve = (token: string, user: string) => call(cloud, 'POST', '/v1/reservations', { token, body: { fridge_id: 'mitte-a', gtin: LASAGNA, user_id: user } });
    const refused: Answer = { status: 401, error: 'FF_ERR_USER_TOKEN_INVALID' };
    expect(await reserve(cloud.token('kitchen'), 'kitchen')).toEqual(refused);
    expect(await reserve(cloud.token('ann', { role: 'kitchen', districts: ['mitte'] }), 'ann')).toEqual(refused);
    expect(await reserve(cloud.token('ann', { role: 'kitchen' }), 'ann')).toEqual(refused);
    expect(await reserve(cloud.token('ann', { districts: ['mitte'] }), 'ann')).toEqual(refused);
    expect(await call(cloud, 'POST', '/v1/fridges/mitte-a/open', { token: cloud.token('kitchen') })).toEqual(refused);
    expect(await events(cloud, 'MealStockReserved')).toHaveLength(0);
    expect(await reserve(cloud.token('ann'), 'ann')).toEqual({ status: 201, error: undefined });
    // A role that is not the kitchen's (a login service's) is no kitchen mark.
    expect(await reserve(cloud.token('bob', { role: 'user' }), 'bob')).toEqual({ status: 201, error: undefined });
    // No demo token is made for the subject kitchen tokens carry: it would open nothing.
    expect(await call(cloud, 'POST', '/v1/admin/demo-token', { token: ADMIN, body: { user_id: 'kitchen' } })).toEqual({ status: 400, error: 'FF_ERR_VALIDATION' });
  });
});

describe('the token before the body and the query (integration: real app, inject)', () => {
  // Each request is wrong in its body or query as well: the token decides first.
  const USER_ROUTES: ReadonlyArray<[method: 'POST' | 'DELETE', url: string, o: { body?: unknown; raw?: string; contentType?: string }]> = [
    ['POST', '/v1/reservations', { body: { fridge_id: 'no such id!', gtin: 'x', quantity: 'two' } }],
    ['POST', '/v1/reservations', { body: {} }],
    ['POST', '/v1/reservations', { raw: '{"fridge_id": ' }],
    ['POST', '/v1/reservations', { raw: 'reserve a lasagna', contentType: 'text/plain' }],
    ['POST', '/v1/fridges/mitte-a/open', { body: { seconds: 'ten', door: 'left' } }],
    ['POST', '/v1/fridges/no%20such%20id!/open', {}],
    ['DELETE', '/v1/reservations/not-a-reservation-id?reason=whim', {}],
    ['DELETE', '/v1/reservations/mitte.00000000-0000-0000-0000-000000000000?reason=whim&x=1', {}],
  ];
  const TOKEN_ROUTES: ReadonlyArray<[method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown]> = [
    ['GET', '/v1/reports/fridge-days?from=yesterday&nonsense=1'],
    ['GET', '/v1/reports/fridge-days'],
    ['GET', '/v1/reports/replenishment?horizon_h=-1'],
    ['GET', '/v1/reports/temperature?district=mitte&part=all'],
    ['GET', '/v1/reports/recent?hours=0'],
    ['PUT', '/v1/districts/mitte/time-zone', { zone: 1 }],
    ['PUT', '/v1/fridges/mitte-a/par', { gtin: 'x' }],
    ['POST', '/v1/admin/kitchen-token', { districts: [] }],
    ['POST', '/v1/fridges', { id: 1 }],
    ['POST', '/v1/tags', { tags: [] }],
    ['GET', '/v1/events?limit=0'],
    ['POST', '/v1/admin/demo-token', { user_id: '' }],
  ];

  it('answers 401 without a token whatever the body or query, on every user route', async () => {
    const cloud = await oneFridge();
    for (const [method, url, o] of USER_ROUTES) {
      expect([method, url, await call(cloud, method, url, o)]).toEqual([method, url, { status: 401, error: 'FF_ERR_USER_TOKEN_MISSING' }]);
      expect([method, url, await call(cloud, method, url, { ...o, token: 'not.a.jwt' })]).toEqual([method, url, { status: 401, error: 'FF_ERR_USER_TOKEN_INVALID' }]);
    }
  });

  it('answers 401 without a token whatever the body or query, on every report and admin route', async () => {
    const cloud = await oneFridge();
    for (const [method, url, body] of TOKEN_ROUTES) {
      expect([method, url, await call(cloud, method, url, body === undefined ? {} : { body })]).toEqual([method, url, { status: 401, error: 'FF_ERR_AUTH_MISSING' }]);
    }
    // A wrong admin token likewise (a few: wrong ones are throttled per address).
    for (const [method, url, body] of TOKEN_ROUTES.slice(0, 6)) {
      expect([method, url, await call(cloud, method, url, { token: 'not-the-admin-token-0123456789', ...(body === undefined ? {} : { body }) })]).toEqual([method, url, { status: 401, error: 'FF_ERR_AUTH_INVALID' }]);
    }
    // With the token, the same requests are validated as before.
    for (const [method, url, body] of TOKEN_ROUTES) {
      expect([method, url, (await call(cloud, method, url, { token: ADMIN, ...(body === undefined ? {} : { body }) })).status]).toEqual([method, url, 400]);
    }
  });
});
