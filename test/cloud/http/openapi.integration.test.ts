// The OpenAPI document the cloud serves (GET /v1/openapi.json) against what the routes answer
// and docs/api.md says: tags, security, and the status codes declared, checked on the real app.
import { describe, expect, it } from 'vitest';
import { ERRORS, FEED_UPGRADE_REQUIRED, type ErrorCode } from '../../../cloud/errors.js';
import { HTTP_RATE_LIMITS } from '../../../cloud/http/rate-limits.js';
import { ADMIN, LASAGNA, useCloud, type Cloud } from './harness.js';

const start = useCloud();
const HERE = { lat: 52.52, lon: 13.405 };

interface Operation {
  tags?: string[];
  security?: Array<Record<string, string[]>>;
  requestBody?: { required?: boolean };
  responses: Record<string, { description: string; content?: Record<string, { schema: { properties?: Record<string, unknown> } }> }>;
}
type Doc = { paths: Record<string, Record<string, Operation>>; tags: Array<{ name: string }> };

async function openapi(cloud: Cloud): Promise<Doc> {
  const r = await cloud.api<Doc>('GET', '/v1/openapi.json');
  expect(r.status).toBe(200);
  return r.body;
}
const op = (doc: Doc, method: string, path: string): Operation => {
  const o = doc.paths[path]?.[method];
  if (o === undefined) throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
  return o;
};
const statuses = (o: Operation): string[] => Object.keys(o.responses).sort();
/** The project's error body (cloud/http/validation.ts schemas.error) as JSON. */
const isErrorBody = (o: Operation, status: string): boolean => {
  const props = o.responses[status]?.content?.['application/json']?.schema.properties ?? {};
  return 'error' in props && 'message' in props;
};

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
/** Fastify reads a body on these (a route that uses none gets it parsed too). */
const BODY_METHODS: ReadonlySet<string> = new Set(['post', 'put', 'patch', 'delete']);
interface Route {
  method: (typeof HTTP_METHODS)[number];
  path: string;
  op: Operation;
  label: string;
}
const routes = (doc: Doc): Route[] =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const op = item[method];
      return op === undefined ? [] : [{ method, path, op, label: `${method.toUpperCase()} ${path}` }];
    }),
  );
const secured = (o: Operation, scheme: string): boolean => (o.security ?? []).some((s) => scheme in s);
const takesBody = (r: Route): boolean => BODY_METHODS.has(r.method) || r.op.requestBody !== undefined;
const isErrorCode = (c: string): c is ErrorCode => c in ERRORS;

const RESERVATION = 'mitte.00000000-0000-4000-8000-000000000000';
/** A URL of the route: its path parameters filled in with ids of the right shape (nothing registered), or all with `every`. */
const urlOf = (path: string, every?: string): string =>
  path.replace(/\{(\w+)\}/g, (_all, name: string) => every ?? (path.startsWith('/v1/reservations/') ? RESERVATION : name === 'gtin' ? LASAGNA : name === 'district' ? 'mitte' : 'mitte-a'));

/** The answer is one the route declares, and an error is the project's error body with a code that the declaration names. */
function expectDeclared(r: Route, how: string, res: { statusCode: number; body: string }): void {
  const status = String(res.statusCode);
  const what = `${r.label} ${how}`;
  expect([what, status, Object.keys(r.op.responses)]).toEqual([what, status, expect.arrayContaining([status])]);
  if (res.statusCode < 400) return;
  const body = JSON.parse(res.body) as { error?: unknown; message?: unknown };
  expect([what, isErrorBody(r.op, status), typeof body.error, typeof body.message]).toEqual([what, true, 'string', 'string']);
  expect([what, r.op.responses[status]?.description]).toEqual([what, expect.stringContaining(String(body.error))]);
}

describe('the OpenAPI document (integration: real app)', () => {
  it('tags GET /v1/feed as the public feed, with its 426, not as an admin route', async () => {
    const cloud = await start();
    const doc = await openapi(cloud);
    const feed = op(doc, 'get', '/v1/feed');
    expect(feed.tags).toEqual(['feed']);
    expect(JSON.stringify(feed.security ?? [])).not.toContain('admin');
    expect(statuses(feed)).toContain('426');
    expect(isErrorBody(feed, '426')).toBe(true);
    expect(statuses(feed)).not.toContain('200');
    expect(doc.tags.map((t) => t.name)).toContain('feed');
    // As the route answers.
    const plain = await cloud.app.http.inject({ method: 'GET', url: '/v1/feed' });
    expect(plain.statusCode).toBe(FEED_UPGRADE_REQUIRED.status);
  });

  it('tags the admin-token routes of the reports admin (time zone, PAR, kitchen tokens)', async () => {
    const cloud = await start();
    const doc = await openapi(cloud);
    for (const [method, path] of [['put', '/v1/districts/{district}/time-zone'], ['put', '/v1/fridges/{id}/par'], ['post', '/v1/admin/kitchen-token']] as const) {
      expect([method, path, op(doc, method, path).tags, op(doc, method, path).security]).toEqual([method, path, ['admin'], [{ admin: [] }]]);
    }
    // The reports themselves stay `reports`, read with the admin or a kitchen token.
    expect(op(doc, 'get', '/v1/reports/fridge-days').tags).toEqual(['reports']);
  });

  it('declares the status codes the routes answer: 201 and 202, the reports\' errors and CSV, the 429 of opening and canceling', async () => {
    const cloud = await start();
    const doc = await openapi(cloud);
    const created: ReadonlyArray<[string, string, string]> = [
      ['post', '/v1/fridges', '201'],
      ['post', '/v1/admin/demo-token', '201'],
      ['post', '/v1/admin/kitchen-token', '201'],
      ['post', '/v1/fridges/{id}/snapshot', '202'],
      ['post', '/v1/fridges/{id}/unlock', '202'],
    ];
    for (const [method, path, status] of created) {
      const o = op(doc, method, path);
      expect([path, statuses(o)]).toEqual([path, expect.arrayContaining([status, '401', '429'])]);
      expect([path, statuses(o)]).not.toEqual([path, expect.arrayContaining(['200'])]);
      expect([path, isErrorBody(o, '401')]).toEqual([path, true]);
    }
    for (const path of ['/v1/reports/fridge-days', '/v1/reports/replenishment', '/v1/reports/temperature', '/v1/reports/recent']) {
      const o = op(doc, 'get', path);
      expect([path, statuses(o)]).toEqual([path, expect.arrayContaining(['200', '400', '401', '403', '404'])]);
      for (const s of ['400', '401', '403', '404']) expect([path, s, isErrorBody(o, s)]).toEqual([path, s, true]);
      expect([path, Object.keys(o.responses['200']?.content ?? {}).sort()]).toEqual([path, ['application/json', 'text/csv']]);
    }
    for (const [method, path] of [['post', '/v1/fridges/{id}/open'], ['delete', '/v1/reservations/{id}']] as const) {
      const o = op(doc, method, path);
      expect([path, statuses(o)]).toEqual([path, expect.arrayContaining(['429'])]);
      expect(o.responses['429']?.content?.['application/json']?.schema.properties).toHaveProperty('retry_after_s');
    }
  });

  it('answers what it declares, every field kept: 201 and 202 bodies, report JSON and CSV', async () => {
    const cloud = await start();
    await cloud.meal(LASAGNA, { name: 'Lasagna' });
    await cloud.fridge('mitte-a', 'mitte', HERE, { [LASAGNA]: 2 });
    const fridge = await cloud.admin<Record<string, unknown>>('POST', '/v1/fridges', { id: 'mitte-b', district: 'mitte', name: 'B', location: HERE });
    expect(fridge.status).toBe(201);
    expect(fridge.body).toEqual({
      id: 'mitte-b',
      district: 'mitte',
      mqtt: { username: 'mitte-b', password: expect.any(String), client_id: 'fridge-mitte-b', topics: { batch: expect.any(String), status: expect.any(String), ack: expect.any(String), cmd: expect.any(String) } },
      note: expect.any(String),
    });
    const demo = await cloud.admin<Record<string, unknown>>('POST', '/v1/admin/demo-token', { user_id: 'ann', ttl_s: 600 });
    expect([demo.status, Object.keys(demo.body).sort()]).toEqual([201, ['expires_at', 'expires_at_ms', 'token', 'user_id']]);
    expect(Number.isInteger(demo.body.expires_at_ms)).toBe(true);
    const kitchen = await cloud.admin<Record<string, unknown>>('POST', '/v1/admin/kitchen-token', { districts: ['mitte'] });
    expect([kitchen.status, Object.keys(kitchen.body).sort(), kitchen.body.districts]).toEqual([201, ['districts', 'expires_at', 'token'], ['mitte']]);
    expect((await cloud.admin('POST', '/v1/fridges/mitte-a/snapshot')).body).toEqual({ command_id: expect.any(String) });
    const unlock = await cloud.admin('POST', '/v1/fridges/mitte-a/unlock', { seconds: 5 });
    expect([unlock.status, unlock.body]).toEqual([202, { command_id: expect.any(String) }]);

    const today = new Date().toISOString().slice(0, 10);
    const report = await cloud.admin<Record<string, unknown>>('GET', `/v1/reports/fridge-days?district=mitte&from=${today}&to=${today}`);
    expect(report.status).toBe(200);
    expect(Object.keys(report.body).sort()).toEqual(['as_of_position', 'district', 'from', 'rows', 'time_zone', 'to']);
    expect(report.body.rows).toEqual([expect.objectContaining({ fridge_id: 'mitte-a', gtin: LASAGNA, day: today, reconciled: 2, closing_on_hand: 2 })]);
    const csv = await cloud.app.http.inject({ method: 'GET', url: `/v1/reports/fridge-days?district=mitte&from=${today}&to=${today}`, headers: { authorization: `Bearer ${ADMIN}`, accept: 'text/csv' } });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.split('\r\n')[0]).toMatch(/^fridge_id,gtin,day,/);
  });

  it('declares for every route: the admin token\'s 401 and 429, a body\'s 400, 413 and 415, each error in the error body with codes of its status', async () => {
    const cloud = await start();
    const doc = await openapi(cloud);
    const all = routes(doc);
    expect(all.length).toBeGreaterThan(25);
    for (const r of all) {
      const declared = statuses(r.op);
      // Its success (the feed: its upgrade), and no bare default.
      expect([r.label, declared.some((s) => /^[12]\d\d$/.test(s))]).toEqual([r.label, true]);
      for (const [status, answer] of Object.entries(r.op.responses)) expect([r.label, status, answer.description]).not.toEqual([r.label, status, 'Default Response']);
      if (secured(r.op, 'admin')) expect([r.label, declared]).toEqual([r.label, expect.arrayContaining(['401', '429'])]);
      if (takesBody(r)) expect([r.label, declared]).toEqual([r.label, expect.arrayContaining(['400', '413', '415'])]);
      if (r.path.includes('{')) expect([r.label, declared]).toEqual([r.label, expect.arrayContaining(['400'])]);
      expect([r.label, declared]).toEqual([r.label, expect.arrayContaining(['500', '503'])]);
      for (const status of declared.filter((s) => Number(s) >= 400)) {
        expect([r.label, status, isErrorBody(r.op, status)]).toEqual([r.label, status, true]);
        // Each code a declaration names answers that status (cloud/errors.ts); the feed's 426 is FEED_UPGRADE_REQUIRED.
        const codes = r.op.responses[status]?.description.match(/FF_ERR_[A-Z_]+/g) ?? [];
        expect([r.label, status, codes.length > 0]).toEqual([r.label, status, true]);
        for (const code of codes) {
          const answers = Number(status) === FEED_UPGRADE_REQUIRED.status && code === FEED_UPGRADE_REQUIRED.body.error ? FEED_UPGRADE_REQUIRED.status : isErrorCode(code) ? ERRORS[code].status : undefined;
          expect([r.label, code, answers]).toEqual([r.label, code, Number(status)]);
        }
      }
    }
    // docs/api.md "Bodies": a route whose fields are all optional takes no body; every other body is required.
    const optional = all.filter((r) => r.op.requestBody !== undefined && r.op.requestBody.required !== true).map((r) => r.label).sort();
    expect(optional).toEqual(['POST /v1/fridges/{id}/clear-excursion', 'POST /v1/fridges/{id}/open']);
  });

  it('answers only what it declares: every route without a token, with its token and a text, oversized, malformed or no body, then wrong admin tokens up to the admin_auth lock', async () => {
    const cloud = await start();
    const doc = await openapi(cloud);
    const userToken = cloud.token('ann');
    const tokenOf = (r: Route): string | undefined => (secured(r.op, 'admin') ? ADMIN : secured(r.op, 'user') ? userToken : undefined);
    const call = async (r: Route, o: { token?: string | undefined; contentType?: string; payload?: string; url?: string } = {}) =>
      cloud.app.http.inject({
        method: r.method.toUpperCase() as 'GET',
        url: o.url ?? urlOf(r.path),
        headers: { ...(o.token !== undefined ? { authorization: `Bearer ${o.token}` } : {}), ...(o.contentType !== undefined ? { 'content-type': o.contentType } : {}) },
        ...(o.payload !== undefined ? { payload: o.payload } : {}),
      });
    const oversized = JSON.stringify({ pad: 'x'.repeat(cloud.app.http.initialConfig.bodyLimit ?? 0) });
    const answered = new Map<string, Set<number>>();
    const check = (r: Route, how: string, res: { statusCode: number; body: string }): void => {
      expectDeclared(r, how, res);
      answered.set(how, (answered.get(how) ?? new Set()).add(res.statusCode));
    };
    const all = routes(doc);
    for (const r of all) {
      check(r, 'without a token', await call(r));
      check(r, 'with its token', await call(r, { token: tokenOf(r) }));
      if (r.path.includes('{')) check(r, 'with a bad path parameter', await call(r, { token: tokenOf(r), url: urlOf(r.path, '%ff') }));
      if (!takesBody(r)) continue;
      check(r, 'with a text body', await call(r, { token: tokenOf(r), contentType: 'text/plain', payload: '{"seconds": 5}' }));
      check(r, 'with an oversized body', await call(r, { token: tokenOf(r), contentType: 'application/json', payload: oversized }));
      check(r, 'with a malformed body', await call(r, { token: tokenOf(r), contentType: 'application/json', payload: '{"seconds":' }));
    }
    // Each of the framework's refusals was met (not only the routes' own answers).
    expect(answered.get('with a text body')).toEqual(new Set([415]));
    expect(answered.get('with an oversized body')).toEqual(new Set([413]));
    expect(answered.get('with a malformed body')).toEqual(new Set([400]));
    expect(answered.get('with a bad path parameter')).toEqual(new Set([400]));

    // Wrong admin tokens (not JWTs: DELETE /v1/reservations/{id} counts them too): 401 until the lock, then 429.
    const adminRoutes = all.filter((r) => secured(r.op, 'admin'));
    expect(adminRoutes.length).toBeGreaterThan(HTTP_RATE_LIMITS.authFailuresPerAddress.max);
    for (const r of adminRoutes) check(r, 'with a wrong admin token', await call(r, { token: 'wrong-admin-token' }));
    expect(answered.get('with a wrong admin token')).toEqual(new Set([401, 429]));
    // Locked: the right token too, on every admin route.
    for (const r of adminRoutes) {
      const res = await call(r, { token: ADMIN });
      check(r, 'with the admin token, locked', res);
      expect([r.label, res.statusCode]).toEqual([r.label, 429]);
    }
  });

  it('answers the success statuses the admin routes declare, every field kept', async () => {
    const cloud = await start();
    const doc = await openapi(cloud);
    const byLabel = new Map(routes(doc).map((r) => [r.label, r]));
    const expectAnswer = async <T>(label: string, status: number, path: string, body?: unknown): Promise<T> => {
      const r = byLabel.get(label);
      if (r === undefined) throw new Error(`${label} is not in the document`);
      const res = await cloud.api<T>(r.method.toUpperCase(), path, { body, token: ADMIN });
      expect([label, res.status]).toEqual([label, status]);
      // Its only success.
      expect([label, statuses(r.op).filter((s) => s.startsWith('2'))]).toEqual([label, [String(status)]]);
      return res.body;
    };
    const facts = { name: 'Lasagna', description: 'baked', nutrition: { kcal: 640, fat_g: 21.5 }, allergens: ['gluten', 'milk'], price: { amount_cents: 890, currency: 'EUR' }, nominal_weight_g: 400 };
    const put = await expectAnswer<Record<string, unknown>>('PUT /v1/meals/{gtin}', 200, `/v1/meals/${LASAGNA}`, facts);
    // As before the schema: the gtin, then the body as sent, in its order.
    expect(Object.keys(put)).toEqual(['gtin', ...Object.keys(facts)]);
    expect(put).toEqual({ gtin: LASAGNA, ...facts });
    expect(await expectAnswer('GET /v1/meals', 200, '/v1/meals')).toEqual([expect.objectContaining({ gtin: LASAGNA, ...facts })]);

    await cloud.fridge('mitte-a', 'mitte', HERE, { [LASAGNA]: 1 });
    const tags = await expectAnswer('POST /v1/tags', 201, '/v1/tags', { fridge_id: 'mitte-a', tags: [{ epc: '3074257BF7194E40000A0001', gtin: LASAGNA, order_id: 'o1', user_id: 'ann' }] });
    expect(tags).toEqual({ registered: 1, dispatched_orders: ['o1'] });
    expect(await expectAnswer('PATCH /v1/fridges/{id}', 200, '/v1/fridges/mitte-a', { enabled: true })).toEqual({ id: 'mitte-a', enabled: true });
    const listed = await expectAnswer<Array<Record<string, unknown>>>('GET /v1/admin/fridges', 200, '/v1/admin/fridges');
    expect(listed).toEqual([{
      id: 'mitte-a', district: 'mitte', name: 'Fridge mitte-a', location: HERE, enabled: true, online: true,
      status: expect.objectContaining({ online: true, stale: false, epoch: 'ep-1', changedAt: expect.any(Number) }),
      cursor: expect.objectContaining({ epoch: 'ep-1', committedSeq: expect.any(Number) }),
    }]);
    const events = await expectAnswer<{ events: Array<Record<string, unknown>>; last_position: number }>('GET /v1/events', 200, '/v1/events');
    expect(events.events).toContainEqual(expect.objectContaining({ position: expect.any(Number), type: 'OrderDispatched', orderId: 'o1', userId: 'ann', fridgeId: 'mitte-a' }));
    expect(events.last_position).toBe(events.events.at(-1)?.position);
    expect(Object.keys(events.events[0] ?? {})[0]).toBe('position');
    expect(await expectAnswer('GET /v1/dead-letters', 200, '/v1/dead-letters')).toEqual([]);
    // No excursion to clear: the stock rules refuse, as declared.
    const refused = await cloud.api<{ error: string }>('POST', '/v1/fridges/mitte-a/clear-excursion', { body: { by: 'ann' }, token: ADMIN });
    expect([refused.status, refused.body.error]).toEqual([409, 'FF_ERR_DOMAIN_REJECTED']);
    expect(statuses(op(doc, 'post', '/v1/fridges/{id}/clear-excursion'))).toEqual(expect.arrayContaining(['200', '409']));
    const rotated = await expectAnswer<Record<string, unknown>>('POST /v1/fridges/{id}/credential', 200, '/v1/fridges/mitte-a/credential');
    expect(Object.keys(rotated).sort()).toEqual(['district', 'id', 'mqtt', 'note']);
  });
});
