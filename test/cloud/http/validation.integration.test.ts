// Hostile and careless input against the client and admin API (issue 11 items 16 and 17):
// numbers that are not finite, bodies of the wrong types or with unknown fields, instants
// that are none, GTINs whose check digit is wrong, and the errors fastify itself raises,
// every one answered in the FF_ERR_ shape of cloud/errors.ts. Requests go in with inject().
import { describe, expect, it } from 'vitest';
import { ERRORS, FEED_UPGRADE_REQUIRED } from '../../../cloud/errors.js';
import { LASAGNA, useCloud, type Cloud } from './harness.js';

const start = useCloud();
const HERE = { lat: 52.52, lon: 13.405 };
const FAR = { lat: 48.14, lon: 11.58 }; // another city, another district

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

async function inject(cloud: Cloud, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, o: { body?: unknown; token?: string; headers?: Record<string, string>; raw?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...(o.token !== undefined ? { authorization: `Bearer ${o.token}` } : {}), ...o.headers };
  if (o.body !== undefined) headers['content-type'] ??= 'application/json';
  const r = await cloud.app.http.inject({ method, url, headers, ...(o.body !== undefined ? { payload: JSON.stringify(o.body) } : o.raw !== undefined ? { payload: o.raw } : {}) });
  return { status: r.statusCode, body: r.body === '' ? {} : (JSON.parse(r.body) as Record<string, unknown>) };
}

/** Every error answer: a code from cloud/errors.ts with its status, and a message. */
function expectError(a: Answer, status: number, code: keyof typeof ERRORS, message?: RegExp): void {
  expect(a.status, JSON.stringify(a.body)).toBe(status);
  expect(a.body.error).toBe(code);
  expect(ERRORS[code].status).toBe(status);
  expect(typeof a.body.message).toBe('string');
  if (message) expect(a.body.message).toMatch(message);
  // Not fastify's own shape.
  expect(a.body).not.toHaveProperty('statusCode');
}

async function twoDistricts(): Promise<Cloud> {
  const cloud = await start();
  await cloud.meal(LASAGNA, { name: 'Lasagna', price: { amount_cents: 890, currency: 'EUR' } });
  await cloud.fridge('mitte-a', 'mitte', HERE, { [LASAGNA]: 3 });
  await cloud.fridge('muc-a', 'muenchen', FAR, { [LASAGNA]: 2 });
  return cloud;
}

describe('item 16: lat, lon and radius_km must be finite numbers in range (integration)', () => {
  it('refuses Infinity, -Infinity and 1e999 with 400 FF_ERR_VALIDATION on the catalog and the fridge search', async () => {
    const cloud = await twoDistricts();
    const queries = [
      'lat=Infinity&lon=13.405',
      'lat=-Infinity&lon=13.405',
      'lat=1e999&lon=13.405',
      'lat=52.52&lon=Infinity',
      'lat=52.52&lon=-1e999',
      'lat=52.52&lon=13.405&radius_km=Infinity',
      'lat=52.52&lon=13.405&radius_km=1e999',
      'lat=52.52&lon=13.405&radius_km=-Infinity',
      'district=mitte&lat=52.52&lon=13.405&radius_km=Infinity',
    ];
    for (const q of queries) {
      for (const p of ['/v1/catalog', '/v1/fridges']) {
        const a = await inject(cloud, 'GET', `${p}?${q}`);
        expectError(a, 400, 'FF_ERR_VALIDATION', /querystring\.(lat|lon|radius_km) must be/);
      }
    }
    // The message docs/api.md quotes, as sent.
    expect((await inject(cloud, 'GET', '/v1/catalog?lat=Infinity&lon=13.405')).body.message).toBe('invalid request: querystring.lat must be a finite number in [-90, 90]');
    // In range: the nearby district only, as before.
    const ok = await inject(cloud, 'GET', '/v1/catalog?lat=52.52&lon=13.405&radius_km=50');
    expect(ok.status).toBe(200);
    expect((ok.body.fridges as Array<{ id: string }>).map((f) => f.id)).toEqual(['mitte-a']);
    // Counted as validation refusals.
    expect(await cloud.app.metrics.registry.getSingleMetricAsString('ff_cloud_rejects_total')).toMatch(/reason="http_validation"} (1[89]|[2-9][0-9])/);
  });

  it('refuses an infinite location when a fridge is registered (1e999 in a JSON body)', async () => {
    const cloud = await start();
    const a = await inject(cloud, 'POST', '/v1/fridges', { token: ADMIN_TOKEN, raw: '{"id":"f9","district":"d","name":"n","location":{"lat":1e999,"lon":0}}', headers: { 'content-type': 'application/json' } });
    expectError(a, 400, 'FF_ERR_VALIDATION', /location\.lat/);
  });
});

const ADMIN_TOKEN = 'api-test-admin-token-0123456789';

describe('item 17: bodies as sent, every error in the FF_ERR_ shape (integration)', () => {
  it('does not coerce body types and refuses unknown body fields with a 400 that names them', async () => {
    const cloud = await twoDistricts();
    const token = cloud.token('ann');
    const reserve = (body: Record<string, unknown>) => inject(cloud, 'POST', '/v1/reservations', { token, body: { fridge_id: 'mitte-a', gtin: LASAGNA, user_id: 'ann', ...body } });
    expectError(await reserve({ quantity: true }), 400, 'FF_ERR_VALIDATION', /body\.quantity must be integer/);
    expectError(await reserve({ quantity: '2' }), 400, 'FF_ERR_VALIDATION', /body\.quantity must be integer/);
    expectError(await reserve({ quantity: 1, note: 'x' }), 400, 'FF_ERR_VALIDATION', /unknown property note/);
    expectError(await inject(cloud, 'POST', '/v1/fridges', { token: ADMIN_TOKEN, body: { id: 'x1', district: 'mitte', name: 'X', location: { lat: '52.5', lon: 13.4 } } }), 400, 'FF_ERR_VALIDATION', /location\.lat must be number/);
    expectError(await inject(cloud, 'PUT', `/v1/meals/${LASAGNA}`, { token: ADMIN_TOKEN, body: { name: 'Lasagna', colour: 'red' } }), 400, 'FF_ERR_VALIDATION', /unknown property colour/);
    // Nothing was reserved by any of them.
    expect((await cloud.app.store.stockOf('mitte-a')).find((s) => s.gtin === LASAGNA)).toMatchObject({ reserved: 0, available: 3 });
    // Query strings are text: their numbers are still read as numbers.
    expect((await inject(cloud, 'GET', '/v1/events?after=0&limit=2', { token: ADMIN_TOKEN })).status).toBe(200);
    expect((await reserve({ quantity: 2 })).status).toBe(201);
  });

  it('refuses a best_before that is no instant (a leap second) instead of storing "never expires"', async () => {
    const cloud = await twoDistricts();
    const epc = '3074257BF7194E4000ABCDEF';
    const leap = await inject(cloud, 'POST', '/v1/tags', { token: ADMIN_TOKEN, body: { tags: [{ epc, gtin: LASAGNA, best_before: '2026-12-31T23:59:60Z' }] } });
    expectError(leap, 400, 'FF_ERR_VALIDATION', /best_before .*leap second/);
    expect((await cloud.app.store.tags([epc])).size).toBe(0);
    const ok = await inject(cloud, 'POST', '/v1/tags', { token: ADMIN_TOKEN, body: { tags: [{ epc, gtin: LASAGNA, best_before: '2026-12-31T23:59:59Z' }] } });
    expect(ok.status).toBe(201);
    expect((await cloud.app.store.tags([epc])).get(epc)?.bestBeforeMs).toBe(Date.parse('2026-12-31T23:59:59Z'));
  });

  it('bounds amount_cents', async () => {
    const cloud = await start();
    expectError(await inject(cloud, 'PUT', `/v1/meals/${LASAGNA}`, { token: ADMIN_TOKEN, body: { name: 'Lasagna', price: { amount_cents: 1_000_001, currency: 'EUR' } } }), 400, 'FF_ERR_VALIDATION', /amount_cents must be <= 1000000/);
    expectError(await inject(cloud, 'PUT', `/v1/meals/${LASAGNA}`, { token: ADMIN_TOKEN, body: { name: 'Lasagna', price: { amount_cents: 9e20, currency: 'EUR' } } }), 400, 'FF_ERR_VALIDATION');
    expect((await inject(cloud, 'PUT', `/v1/meals/${LASAGNA}`, { token: ADMIN_TOKEN, body: { name: 'Lasagna', price: { amount_cents: 1_000_000, currency: 'EUR' } } })).status).toBe(200);
  });

  it('verifies the GS1 check digit of a GTIN wherever one is given', async () => {
    const cloud = await twoDistricts();
    const wrong = '09506000134353'; // LASAGNA with its last digit off by one
    expectError(await inject(cloud, 'PUT', `/v1/meals/${wrong}`, { token: ADMIN_TOKEN, body: { name: 'Typo' } }), 400, 'FF_ERR_VALIDATION', /check digit/);
    expectError(await inject(cloud, 'POST', '/v1/tags', { token: ADMIN_TOKEN, body: { tags: [{ epc: '3074257BF7194E4000ABCDE0', gtin: wrong }] } }), 400, 'FF_ERR_VALIDATION', /check digit/);
    expectError(await inject(cloud, 'POST', '/v1/reservations', { token: cloud.token('ann'), body: { fridge_id: 'mitte-a', gtin: wrong, user_id: 'ann' } }), 400, 'FF_ERR_VALIDATION', /check digit/);
    expect((await cloud.app.store.getMeal(wrong))).toBeUndefined();
  });

  it('answers a reservation of a GTIN that names no meal with 404 FF_ERR_RESERVATION_UNKNOWN_MEAL, a sold-out one with 409', async () => {
    const cloud = await twoDistricts();
    const token = cloud.token('ann');
    const unknown = await inject(cloud, 'POST', '/v1/reservations', { token, body: { fridge_id: 'mitte-a', gtin: '00000000000017', user_id: 'ann' } });
    expectError(unknown, 404, 'FF_ERR_RESERVATION_UNKNOWN_MEAL', /00000000000017/);
    expectError(await inject(cloud, 'POST', '/v1/reservations', { token, body: { fridge_id: 'mitte-a', gtin: LASAGNA, user_id: 'ann', quantity: 4 } }), 409, 'FF_ERR_RESERVATION_INSUFFICIENT');
  });

  it('opens a fridge without a body (every field is optional), with or without a JSON Content-Type', async () => {
    const cloud = await twoDistricts();
    const token = cloud.token('ann');
    const bare = await inject(cloud, 'POST', '/v1/fridges/mitte-a/open', { token });
    expect(bare.status, JSON.stringify(bare.body)).toBe(202);
    expect(bare.body.seconds).toBe(30);
    const empty = await inject(cloud, 'POST', '/v1/fridges/mitte-a/open', { token, headers: { 'content-type': 'application/json' }, raw: '' });
    expect(empty.status, JSON.stringify(empty.body)).toBe(202);
    expect((await inject(cloud, 'POST', '/v1/fridges/mitte-a/open', { token, body: { seconds: 10 } })).body.seconds).toBe(10);
    expectError(await inject(cloud, 'POST', '/v1/fridges/mitte-a/open', { token, body: { seconds: '10' } }), 400, 'FF_ERR_VALIDATION');
  });

  it("answers fastify's own refusals with codes of cloud/errors.ts", async () => {
    const cloud = await start();
    const token = cloud.token('ann');
    expectError(await inject(cloud, 'GET', '/v1/fridges/%00%ff'), 400, 'FF_ERR_HTTP_BAD_URL');
    expectError(await inject(cloud, 'GET', '/v1/no-such-thing'), 404, 'FF_ERR_HTTP_NOT_FOUND', /GET \/v1\/no-such-thing/);
    expectError(await inject(cloud, 'POST', '/v1/reservations', { token, headers: { 'content-type': 'application/json' }, raw: '{"fridge_id": ' }), 400, 'FF_ERR_HTTP_MALFORMED_BODY');
    expectError(await inject(cloud, 'POST', '/v1/reservations', { token, headers: { 'content-type': 'application/xml' }, raw: '<reserve/>' }), 415, 'FF_ERR_HTTP_MEDIA_TYPE');
    expectError(await inject(cloud, 'POST', '/v1/tags', { token: ADMIN_TOKEN, headers: { 'content-type': 'application/json' }, raw: `{"tags":[${'"x",'.repeat(1_100_000)}"x"]}` }), 413, 'FF_ERR_HTTP_BODY_TOO_LARGE');
    expectError(await inject(cloud, 'POST', '/v1/tags', { token: ADMIN_TOKEN, headers: { 'content-type': 'application/json' }, raw: '' }), 400, 'FF_ERR_HTTP_MALFORMED_BODY');
  });

  it('refuses a text/plain body with 415 FF_ERR_HTTP_MEDIA_TYPE on every route, with a body schema or without; no body at all still works', async () => {
    const cloud = await twoDistricts();
    const token = cloud.token('ann');
    const reservation = JSON.stringify({ fridge_id: 'mitte-a', gtin: LASAGNA, user_id: 'ann' });
    for (const type of ['text/plain', 'text/plain; charset=utf-8']) {
      const text = { 'content-type': type };
      expectError(await inject(cloud, 'POST', '/v1/reservations', { token, headers: text, raw: reservation }), 415, 'FF_ERR_HTTP_MEDIA_TYPE');
      expectError(await inject(cloud, 'POST', '/v1/fridges/mitte-a/open', { token, headers: text, raw: '{"seconds": 10}' }), 415, 'FF_ERR_HTTP_MEDIA_TYPE');
      expectError(await inject(cloud, 'POST', '/v1/fridges/mitte-a/clear-excursion', { token: ADMIN_TOKEN, headers: text, raw: 'cleared by ops-anna' }), 415, 'FF_ERR_HTTP_MEDIA_TYPE');
      expectError(await inject(cloud, 'POST', '/v1/fridges/mitte-a/snapshot', { token: ADMIN_TOKEN, headers: text, raw: 'now please' }), 415, 'FF_ERR_HTTP_MEDIA_TYPE');
      expectError(await inject(cloud, 'DELETE', '/v1/reservations/mitte.00000000-0000-4000-8000-000000000000', { token, headers: text, raw: 'by_user' }), 415, 'FF_ERR_HTTP_MEDIA_TYPE');
      expectError(await inject(cloud, 'PUT', '/v1/districts/mitte/time-zone', { token: ADMIN_TOKEN, headers: text, raw: '{"time_zone": "Europe/Berlin"}' }), 415, 'FF_ERR_HTTP_MEDIA_TYPE');
    }
    // None of them did anything.
    expect((await cloud.app.store.stockOf('mitte-a')).find((s) => s.gtin === LASAGNA)).toMatchObject({ reserved: 0, available: 3 });
    expect((await cloud.app.store.eventsAfter(0, 100_000)).filter((e) => e.event.type === 'DoorUnlockRequested')).toHaveLength(0);
    // Without a body, as before: the routes run.
    expect((await inject(cloud, 'POST', '/v1/fridges/mitte-a/snapshot', { token: ADMIN_TOKEN })).status).toBe(202);
    expect((await inject(cloud, 'POST', '/v1/fridges/mitte-a/open', { token })).status).toBe(202);
    expectError(await inject(cloud, 'POST', '/v1/fridges/mitte-a/clear-excursion', { token: ADMIN_TOKEN }), 409, 'FF_ERR_DOMAIN_REJECTED');
    const held = await inject(cloud, 'POST', '/v1/reservations', { token, body: { fridge_id: 'mitte-a', gtin: LASAGNA, user_id: 'ann' } });
    expect(held.status).toBe(201);
    expect((await inject(cloud, 'DELETE', `/v1/reservations/${String(held.body.id)}`, { token })).status).toBe(200);
    // Health, metrics and the dashboard read no body: a text Content-Type changes nothing.
    for (const url of ['/healthz', '/readyz', '/metrics', '/dashboard/', '/dashboard/districts.json']) {
      const r = await cloud.app.http.inject({ method: 'GET', url, headers: { 'content-type': 'text/plain' } });
      expect([url, r.statusCode]).toEqual([url, 200]);
    }
  });

  it('answers a plain GET /v1/feed with the 426 of cloud/errors.ts (issue 15 item 4)', async () => {
    const cloud = await start();
    const a = await inject(cloud, 'GET', '/v1/feed');
    expect({ status: a.status, body: a.body }).toEqual(FEED_UPGRADE_REQUIRED);
  });

  it('lists every code it answers in the OpenAPI error schema and cloud/errors.ts', async () => {
    const cloud = await start();
    const doc = await inject(cloud, 'GET', '/v1/openapi.json');
    const reserve = (doc.body.paths as Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: { content: Record<string, { schema: { additionalProperties?: boolean } }> } }>>)['/v1/reservations']!.post!;
    expect(Object.keys(reserve.responses)).toEqual(expect.arrayContaining(['201', '400', '404', '409', '503']));
    expect(reserve.requestBody?.content['application/json']?.schema.additionalProperties).toBe(false);
  });
});
