// Reports through the real app (embedded aedes, real SQLite, MQTT batches, HTTP): the fridge
// day, replenishment and temperature reports equal what the batches did; CSV; the kitchen
// token's scope; clear 4xx; and the report tables rebuilt from the events equal the live ones.
import { describe, expect, it } from 'vitest';
import { epcBytes } from '../../../cloud/domain/index.js';
import { localDay } from '../../../cloud/reports/index.js';
import type { SqliteCloudStore } from '../../../cloud/store/index.js';
import { REPORT_TABLES } from '../../../cloud/store/index.js';
import { LASAGNA, SALAD, useCloud, type Cloud } from '../http/harness.js';

const start = useCloud(['--excursion-minutes', '1']);

const epc = (n: number): string => '3074257BF7194E41' + n.toString(16).toUpperCase().padStart(8, '0');

async function setup(cloud: Cloud): Promise<{ f: Awaited<ReturnType<Cloud['fridge']>>; t0: number }> {
  expect((await cloud.admin('PUT', '/v1/districts/mitte/time-zone', { time_zone: 'Europe/Berlin' })).status).toBe(200);
  await cloud.meal(LASAGNA, { name: 'Lasagna' });
  await cloud.meal(SALAD, { name: 'Salad' });
  const f = await cloud.fridge('fr-a', 'mitte', { lat: 52.52, lon: 13.4 });
  const t0 = Date.now() - 10 * 60_000;
  const soon = new Date(t0 + 5 * 3_600_000).toISOString();
  const later = new Date(t0 + 5 * 86_400_000).toISOString();
  const tags = [1, 2, 3].map((n) => ({ epc: epc(n), gtin: LASAGNA, best_before: n === 1 ? soon : later })).concat([{ epc: epc(4), gtin: SALAD, best_before: later }]);
  expect((await cloud.admin('POST', '/v1/tags', { tags })).status).toBe(201);
  // First stock by snapshot (a reconciliation), then a sale, then a restock of 2 salads.
  await f.send([{ recordedAtMs: t0, snapshot: { reason: 2, tags: [1, 2, 3, 4].map((n) => epcBytes(epc(n))), unseen: [], shelves: [] } }]);
  await f.send([{ recordedAtMs: t0 + 60_000, doorSession: { openedAtMs: t0 + 50_000, closedAtMs: t0 + 60_000, openCount: 1, removed: [epcBytes(epc(2))], added: [], shelves: [], rounds: 2, tagCount: 3 } }]);
  expect((await cloud.admin('POST', '/v1/tags', { tags: [5, 6].map((n) => ({ epc: epc(n), gtin: SALAD, best_before: later })) })).status).toBe(201);
  await f.send([{ recordedAtMs: t0 + 120_000, doorSession: { openedAtMs: t0 + 110_000, closedAtMs: t0 + 120_000, openCount: 1, removed: [], added: [epcBytes(epc(5)), epcBytes(epc(6))], shelves: [], rounds: 1, tagCount: 5 } }]);
  return { f, t0 };
}

interface DayRow {
  fridge_id: string;
  gtin: string;
  day: string;
  restocked: number;
  sold: number;
  reconciled: number;
  closing_on_hand: number | null;
  stockout_minutes: number;
}

describe('reports (integration: real app, MQTT batches, HTTP)', () => {
  it('counts per fridge, meal and local day what the batches did, as JSON and CSV', async () => {
    const cloud = await start();
    const { t0 } = await setup(cloud);
    const today = localDay(t0 + 120_000, 'Europe/Berlin');
    const r = await cloud.admin<{ time_zone: string; rows: DayRow[] }>('GET', `/v1/reports/fridge-days?district=mitte&from=${today}&to=${today}`);
    expect(r.status).toBe(200);
    expect(r.body.time_zone).toBe('Europe/Berlin');
    const lasagna = r.body.rows.find((x) => x.gtin === LASAGNA);
    const salad = r.body.rows.find((x) => x.gtin === SALAD);
    expect(lasagna).toMatchObject({ fridge_id: 'fr-a', day: today, reconciled: 3, sold: 1, restocked: 0, closing_on_hand: 2, stockout_minutes: 0 });
    expect(salad).toMatchObject({ reconciled: 1, sold: 0, restocked: 2, closing_on_hand: 3 });

    const csv = await fetch(`${cloud.base}/v1/reports/fridge-days?fridge=fr-a&from=${today}&to=${today}`, { headers: { authorization: 'Bearer api-test-admin-token-0123456789', accept: 'text/csv' } });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('fridge_id,gtin,day,restocked,sold,picked_up,expired,withdrawn,disposed,reconciled,reservations,canceled,stockout_minutes,closing_on_hand');
    expect(lines).toContain(`fr-a,${LASAGNA},${today},0,1,0,0,0,0,3,0,0,0,2`);

    // The district's totals per meal and day: the fridges' rows added up.
    const f2 = await cloud.fridge('fr-b', 'mitte', { lat: 52.5, lon: 13.4 });
    expect((await cloud.admin('POST', '/v1/tags', { tags: [{ epc: epc(9), gtin: LASAGNA }] })).status).toBe(201);
    await f2.send([{ recordedAtMs: t0 + 130_000, doorSession: { openedAtMs: t0 + 125_000, closedAtMs: t0 + 130_000, openCount: 1, removed: [], added: [epcBytes(epc(9))], shelves: [], rounds: 1, tagCount: 1 } }]);
    const totals = await cloud.admin<{ per: string; rows: Array<Record<string, unknown>> }>('GET', `/v1/reports/fridge-days?district=mitte&from=${today}&to=${today}&per=district`);
    expect(totals.status).toBe(200);
    expect(totals.body.rows).toEqual([
      { gtin: LASAGNA, day: today, restocked: 1, sold: 1, picked_up: 0, expired: 0, withdrawn: 0, disposed: 0, reconciled: 3, reservations: 0, canceled: 0, stockout_minutes: 0 },
      { gtin: SALAD, day: today, restocked: 2, sold: 0, picked_up: 0, expired: 0, withdrawn: 0, disposed: 0, reconciled: 1, reservations: 0, canceled: 0, stockout_minutes: 0 },
    ]);
  });

  it('suggests refills and lists the meals to remove, first to expire first', async () => {
    const cloud = await start();
    await setup(cloud);
    expect((await cloud.admin('PUT', '/v1/fridges/fr-a/par', { gtin: SALAD, par: 5 })).status).toBe(200);
    const r = await cloud.admin<{ refill: Array<Record<string, unknown>>; removals: Array<Record<string, unknown>> }>('GET', '/v1/reports/replenishment?district=mitte&horizon_h=6');
    expect(r.status).toBe(200);
    expect(r.body.refill).toEqual([
      { fridge_id: 'fr-a', gtin: LASAGNA, on_hand: 2, sales_per_day: 0, par: 0, par_source: 'sales', suggested_refill: 0 },
      { fridge_id: 'fr-a', gtin: SALAD, on_hand: 3, sales_per_day: 0, par: 5, par_source: 'set', suggested_refill: 2 },
    ]);
    expect(r.body.removals).toEqual([{ fridge_id: 'fr-a', epc: epc(1), gtin: LASAGNA, best_before: expect.any(String), reason: 'expiring' }]);
  });

  it('logs temperatures per local day and each period above safe with the meals it withdrew and its clearing', async () => {
    const cloud = await start();
    const { f, t0 } = await setup(cloud);
    const t = t0 + 180_000;
    await f.send([{ recordedAtMs: t, temperature: { sensor: 1, deciCelsius: 30 } }]);
    await f.send([{ recordedAtMs: t + 60_000, temperature: { sensor: 1, deciCelsius: 90 } }]);
    await f.send([{ recordedAtMs: t + 150_000, temperature: { sensor: 1, deciCelsius: 95 } }]);
    await f.send([{ recordedAtMs: t + 240_000, temperature: { sensor: 1, deciCelsius: 40 } }]);
    expect((await cloud.admin('POST', '/v1/fridges/fr-a/clear-excursion', { by: '' })).status).toBe(400);
    expect((await cloud.admin('POST', '/v1/fridges/fr-a/clear-excursion', { by: 'ops-anna' })).status).toBe(200);
    const today = localDay(t, 'Europe/Berlin');
    const asked = Date.now();
    const r = await cloud.admin<{ days: Array<Record<string, unknown>>; excursions: Array<{ start: string; end: string; peak_celsius: number; minutes: number; raised_at: string | null; withdrawn: unknown[]; cleared_at: string | null; cleared_by: string | null }> }>('GET', `/v1/reports/temperature?fridge=fr-a&from=${today}&to=${today}`);
    const answered = Date.now();
    expect(r.status).toBe(200);
    // 3.0 for 60 s, 9.0 for 90 s, 9.5 for 90 s, and the latest, 4.0, since then until the report
    // is made (it holds until the next reading, at most 30 minutes): without it 7.7.
    const mean = (at: number): number => {
      const held = Math.min(at - (t + 240_000), 1_800_000) / 1000;
      return Math.round((30 * 60 + 90 * 90 + 95 * 90 + 40 * held) / (240 + held)) / 10;
    };
    expect(r.body.days).toEqual([{ fridge_id: 'fr-a', day: today, min_celsius: 3, max_celsius: 9.5, mean_celsius: expect.any(Number), minutes_above_safe: 3 }]);
    const m = r.body.days[0]!.mean_celsius as number;
    expect(m).toBeGreaterThanOrEqual(mean(answered));
    expect(m).toBeLessThanOrEqual(mean(asked));
    expect(m).toBeLessThan(7.7);
    expect(r.body.excursions).toHaveLength(1);
    const x = r.body.excursions[0]!;
    expect(x).toMatchObject({ start: new Date(t + 60_000).toISOString(), end: new Date(t + 240_000).toISOString(), peak_celsius: 9.5, minutes: 3 });
    expect(x.raised_at).not.toBeNull();
    expect(x.withdrawn).toHaveLength(5);
    expect(x.cleared_at).not.toBeNull();
    expect(x.cleared_by).toBe('ops-anna');
  });

  it('answers clear 4xx: missing token, bad range, unknown district, a kitchen token of another district', async () => {
    const cloud = await start();
    await setup(cloud);
    const get = (q: string, token: string | null = 'api-test-admin-token-0123456789') => cloud.api<{ error: string }>('GET', `/v1/reports/fridge-days?${q}`, { token });
    expect(await get('district=mitte&from=2026-01-01&to=2026-01-02', null)).toMatchObject({ status: 401, body: { error: 'FF_ERR_AUTH_MISSING' } });
    expect(await get('district=mitte&from=2026-01-01&to=2026-01-02', 'wrong-token-wrong-token-wrong')).toMatchObject({ status: 401, body: { error: 'FF_ERR_AUTH_INVALID' } });
    expect(await get('district=mitte&from=2026-01-05&to=2026-01-02')).toMatchObject({ status: 400, body: { error: 'FF_ERR_REPORT_RANGE' } });
    expect(await get('district=mitte&from=2026-02-30&to=2026-03-02')).toMatchObject({ status: 400, body: { error: 'FF_ERR_REPORT_RANGE' } });
    expect(await get('district=mitte&from=2024-01-01&to=2026-01-02')).toMatchObject({ status: 400, body: { error: 'FF_ERR_REPORT_RANGE' } });
    expect(await get('district=nowhere&from=2026-01-01&to=2026-01-02')).toMatchObject({ status: 404, body: { error: 'FF_ERR_REPORT_DISTRICT_UNKNOWN' } });
    // A year of a fridge is fine; more fridge-days than MAX_FRIDGE_DAYS in one answer are not.
    expect((await get('district=mitte&from=2025-01-01&to=2025-12-31')).status).toBe(200);
    for (let i = 0; i < 137; i++) await cloud.app.store.createFridge({ id: `fr-x${i}`, district: 'mitte', name: 'x', lat: 52, lon: 13, credentialHash: 'x' }, Date.now());
    expect(await get('district=mitte&from=2025-01-01&to=2025-12-31')).toMatchObject({ status: 400, body: { error: 'FF_ERR_REPORT_RANGE' } });
    expect(await get('fridge=fr-none&from=2026-01-01&to=2026-01-02')).toMatchObject({ status: 404, body: { error: 'FF_ERR_FRIDGE_UNKNOWN' } });
    expect((await cloud.admin('PUT', '/v1/districts/mitte/time-zone', { time_zone: 'Mars/Olympus' })).body).toMatchObject({ error: 'FF_ERR_REPORT_TIME_ZONE' });

    const kitchen = await cloud.admin<{ token: string }>('POST', '/v1/admin/kitchen-token', { districts: ['mitte'] });
    expect(kitchen.status).toBe(201);
    expect((await get('district=mitte&from=2026-01-01&to=2026-01-02', kitchen.body.token)).status).toBe(200);
    const other = await cloud.admin<{ token: string }>('POST', '/v1/admin/kitchen-token', { districts: ['kreuzberg'] });
    expect(await get('district=mitte&from=2026-01-01&to=2026-01-02', other.body.token)).toMatchObject({ status: 403, body: { error: 'FF_ERR_REPORT_FORBIDDEN' } });
    // A user token is no kitchen token; nor may a kitchen token change anything.
    expect(await get('district=mitte&from=2026-01-01&to=2026-01-02', cloud.token('u1'))).toMatchObject({ status: 403, body: { error: 'FF_ERR_REPORT_FORBIDDEN' } });
    expect((await cloud.api('PUT', '/v1/fridges/fr-a/par', { token: kitchen.body.token, body: { gtin: SALAD, par: 1 } })).status).toBe(401);
  });

  it('answers FF_ERR_REPORT_RANGE for a from or to that is no calendar day YYYY-MM-DD, malformed or impossible; other mistakes stay FF_ERR_VALIDATION', async () => {
    const cloud = await start();
    await cloud.fridge('fr-a', 'mitte', { lat: 52.52, lon: 13.4 });
    const get = (path: string, q: string) => cloud.api<{ error: string; message: string }>('GET', `/v1/reports/${path}?${q}`, { token: 'api-test-admin-token-0123456789' });
    const notDays = ['2026-3-1', 'yesterday', '2026-03-01T00:00:00Z', '20260301', '2026-03-1', '', '2026-02-30', '2026-13-01'];
    for (const path of ['fridge-days', 'temperature']) {
      for (const d of notDays) {
        for (const q of [`district=mitte&from=${d}&to=2026-03-02`, `fridge=fr-a&from=2026-03-01&to=${d}`]) {
          const r = await get(path, q);
          expect([path, q, r.status, r.body.error]).toEqual([path, q, 400, 'FF_ERR_REPORT_RANGE']);
          expect(r.body.message).toMatch(/is not a calendar day YYYY-MM-DD/);
        }
      }
      expect((await get(path, 'district=mitte&from=2026-03-01&to=2026-03-02')).status).toBe(200);
      // Not about days: as before.
      for (const q of ['district=mitte&from=2026-03-01&to=2026-03-02&color=red', 'from=2026-03-01&to=2026-03-02', 'district=mitte&to=2026-03-02']) {
        expect([path, q, (await get(path, q)).body.error]).toEqual([path, q, 'FF_ERR_VALIDATION']);
      }
    }
  });

  it('are in the OpenAPI document, tagged reports, read with the admin or a kitchen token', async () => {
    const cloud = await start();
    const doc = (await cloud.api<{ paths: Record<string, Record<string, { tags?: string[]; security?: unknown[] }>> }>('GET', '/v1/openapi.json')).body;
    for (const p of ['/v1/reports/fridge-days', '/v1/reports/replenishment', '/v1/reports/temperature', '/v1/reports/recent']) {
      expect(doc.paths[p]?.get?.tags, p).toEqual(['reports']);
      expect(doc.paths[p]?.get?.security, p).toEqual([{ admin: [] }, { kitchen: [] }]);
    }
  });

  it('rebuilt report tables equal the live ones', async () => {
    const cloud = await start();
    const { f, t0 } = await setup(cloud);
    await f.send([{ recordedAtMs: t0 + 200_000, temperature: { sensor: 1, deciCelsius: 90 } }, { recordedAtMs: t0 + 300_000, temperature: { sensor: 1, deciCelsius: 30 } }]);
    await f.send([{ recordedAtMs: t0 + 400_000, doorSession: { openedAtMs: t0 + 390_000, closedAtMs: t0 + 400_000, openCount: 1, removed: [epcBytes(epc(1)), epcBytes(epc(3))], added: [], shelves: [], rounds: 2, tagCount: 3 } }]);
    const store = cloud.app.store as SqliteCloudStore;
    await cloud.app.reportProjector.caughtUp(await store.lastPosition());
    const dump = (): Record<string, unknown[]> => Object.fromEntries(REPORT_TABLES.map((t) => [t, store.db.prepare(`SELECT * FROM ${t}`).all().map((r) => JSON.stringify(r)).sort()]));
    const live = dump();
    expect((live.report_fridge_day ?? []).length).toBeGreaterThan(0);
    expect((live.report_excursion ?? []).length).toBe(1);
    await cloud.app.reportProjector.rebuild();
    expect(dump()).toEqual(live);
  });
});
