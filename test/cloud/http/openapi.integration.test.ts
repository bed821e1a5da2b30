// The OpenAPI document the cloud serves (GET /v1/openapi.json) against what the routes answer
// and docs/api.md says: tags, security, and the status codes declared, checked on the real app.
import { describe, expect, it } from 'vitest';
import { FEED_UPGRADE_REQUIRED } from '../../../cloud/errors.js';
import { ADMIN, LASAGNA, useCloud, type Cloud } from './harness.js';

const start = useCloud();
const HERE = { lat: 52.52, lon: 13.405 };

interface Operation {
  tags?: string[];
  security?: Array<Record<string, string[]>>;
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
});
