// The admin API is one plugin per resource (fridges, catalog, operations; issue 15 item 4)
// under one token check: every admin route, whichever plugin serves it, refuses a request
// without the admin token or with a wrong one, and the schema errors keep the FF_ERR_ shape.
import { describe, expect, it } from 'vitest';
import { useCloud } from './harness.js';

const start = useCloud();

const ADMIN_ROUTES: ReadonlyArray<[method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string]> = [
  ['POST', '/v1/fridges'],
  ['GET', '/v1/admin/fridges'],
  ['POST', '/v1/fridges/f1/credential'],
  ['PATCH', '/v1/fridges/f1'],
  ['POST', '/v1/fridges/f1/snapshot'],
  ['POST', '/v1/fridges/f1/unlock'],
  ['POST', '/v1/fridges/f1/clear-excursion'],
  ['PUT', '/v1/meals/00000000000017'],
  ['GET', '/v1/meals'],
  ['POST', '/v1/tags'],
  ['POST', '/v1/admin/demo-token'],
  ['GET', '/v1/dead-letters'],
  ['GET', '/v1/events'],
];

describe('admin API resources (integration: real app, inject)', () => {
  it('asks every admin route for the admin token', async () => {
    const cloud = await start();
    for (const [method, url] of ADMIN_ROUTES) {
      const none = await cloud.app.http.inject({ method, url });
      expect([method, url, none.statusCode, (none.json() as { error?: string }).error]).toEqual([method, url, 401, 'FF_ERR_AUTH_MISSING']);
    }
    // One route per resource: wrong tokens are throttled per address after a few.
    for (const url of ['/v1/admin/fridges', '/v1/meals', '/v1/dead-letters']) {
      const wrong = await cloud.app.http.inject({ method: 'GET', url, headers: { authorization: 'Bearer not-the-admin-token' } });
      expect([url, wrong.statusCode, (wrong.json() as { error?: string }).error]).toEqual([url, 401, 'FF_ERR_AUTH_INVALID']);
    }
  });

  it('answers schema errors of every resource in the FF_ERR_ shape', async () => {
    const cloud = await start();
    const fridge = await cloud.admin<{ error: string; message: string }>('POST', '/v1/fridges', { id: 'f1' });
    expect([fridge.status, fridge.body.error, fridge.body.message]).toEqual([400, 'FF_ERR_VALIDATION', 'body: district is required']);
    const tags = await cloud.admin<{ error: string; message: string }>('POST', '/v1/tags', { tags: [] });
    expect([tags.status, tags.body.error]).toEqual([400, 'FF_ERR_VALIDATION']);
    const events = await cloud.admin<{ error: string; message: string }>('GET', '/v1/events?limit=0');
    expect([events.status, events.body.error]).toEqual([400, 'FF_ERR_VALIDATION']);
  });
});
