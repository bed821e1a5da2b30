// Catalog and fridge queries against a real fridge-cloud app: stock arrives as real snapshot
// batches over MQTT, presence as real birth/death status messages.
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../cloud/geo/index.js';
import { clientReads } from '../../../cloud/http/client-reads.js';
import { CURRY, LASAGNA, SALAD, useCloud, type Cloud } from './harness.js';

const start = useCloud();

const A = { lat: 52.52, lon: 13.405 }; // district mitte
const B = { lat: 52.53, lon: 13.405 }; // mitte, ~1.1 km north of A
const K = { lat: 52.499, lon: 13.403 }; // kreuzberg, ~2.3 km south of A
const FAR = { lat: 52.3, lon: 13.405 }; // kreuzberg, ~24 km away
const HERE = { lat: 52.5205, lon: 13.405 };

interface Catalog {
  district: string | null;
  version: number | null;
  versions: Record<string, number>;
  fridges: Array<{ id: string; distance_km: number | null; online: boolean; stale: boolean; name: string }>;
  meals: Array<{ gtin: string; name: string | null; nutrition: unknown; allergens: string[]; price: unknown; available: number; fridges: Array<{ id: string; available: number; distance_km: number | null; stale: boolean; online: boolean }> }>;
}

async function city(): Promise<{ cloud: Cloud; a: Awaited<ReturnType<Cloud['fridge']>> }> {
  const cloud = await start();
  await cloud.meal(LASAGNA, { name: 'Lasagna', nutrition: { kcal: 640, protein_g: 31 }, allergens: ['gluten', 'milk'], price: { amount_cents: 890, currency: 'EUR' } });
  await cloud.meal(SALAD, { name: 'Salad', allergens: [], price: { amount_cents: 650, currency: 'EUR' } });
  const a = await cloud.fridge('mitte-a', 'mitte', A, { [LASAGNA]: 2, [SALAD]: 1 });
  await cloud.fridge('mitte-b', 'mitte', B, { [LASAGNA]: 3 });
  await cloud.fridge('kreuz-a', 'kreuzberg', K, { [CURRY]: 4 });
  await cloud.fridge('kreuz-far', 'kreuzberg', FAR, { [SALAD]: 5 });
  return { cloud, a };
}

describe('catalog query (integration: real app, MQTT batches, HTTP)', () => {
  it('answers the meals near a location with facts, per-fridge counts and distances, nearest first', async () => {
    const { cloud } = await city();
    const r = await cloud.api<Catalog>('GET', `/v1/catalog?lat=${HERE.lat}&lon=${HERE.lon}&radius_km=5`);
    expect(r.status).toBe(200);
    expect(r.body.fridges.map((f) => f.id)).toEqual(['mitte-a', 'mitte-b', 'kreuz-a']);
    const d = r.body.fridges.map((f) => f.distance_km ?? -1);
    expect(d).toEqual([...d].sort((x, y) => x - y));
    expect(d[1]).toBeCloseTo(distanceKm(HERE, B), 2);
    expect(d[1]).toBeGreaterThan(1.0);
    expect(d[1]).toBeLessThan(1.2);
    expect(r.body.meals.map((m) => m.gtin)).toEqual([LASAGNA, SALAD, CURRY]);
    const lasagna = r.body.meals[0]!;
    expect(lasagna).toMatchObject({ name: 'Lasagna', nutrition: { kcal: 640, protein_g: 31 }, allergens: ['gluten', 'milk'], price: { amount_cents: 890, currency: 'EUR' }, available: 5 });
    expect(lasagna.fridges.map((f) => [f.id, f.available, f.online, f.stale])).toEqual([['mitte-a', 2, true, false], ['mitte-b', 3, true, false]]);
    // A meal with no facts registered is still listed, by its GTIN.
    expect(r.body.meals[2]).toMatchObject({ gtin: CURRY, name: null, available: 4 });
    // Both districts' catalog versions: each changed when meals entered it.
    expect(r.body.versions.mitte).toBeGreaterThan(0);
    expect(r.body.versions.kreuzberg).toBeGreaterThan(0);

    const wide = await cloud.api<Catalog>('GET', `/v1/catalog?lat=${HERE.lat}&lon=${HERE.lon}&radius_km=30`);
    expect(wide.body.fridges.map((f) => f.id)).toEqual(['mitte-a', 'mitte-b', 'kreuz-a', 'kreuz-far']);
    expect(wide.body.meals.find((m) => m.gtin === SALAD)?.fridges.map((f) => f.id)).toEqual(['mitte-a', 'kreuz-far']);
  });

  it('answers a district, with its catalog version, and a district near a point', async () => {
    const { cloud } = await city();
    const r = await cloud.api<Catalog>('GET', '/v1/catalog?district=mitte');
    expect(r.status).toBe(200);
    expect(r.body.district).toBe('mitte');
    expect(r.body.version).toBe(await cloud.app.store.catalogVersion('mitte'));
    expect(r.body.fridges.map((f) => [f.id, f.distance_km])).toEqual([['mitte-a', null], ['mitte-b', null]]);
    expect(r.body.meals.map((m) => [m.gtin, m.available])).toEqual([[LASAGNA, 5], [SALAD, 1]]);
    const near = await cloud.api<Catalog>('GET', `/v1/catalog?district=kreuzberg&lat=${HERE.lat}&lon=${HERE.lon}&radius_km=50`);
    expect(near.body.fridges.map((f) => f.id)).toEqual(['kreuz-a', 'kreuz-far']);
    expect((await cloud.api<Catalog>('GET', '/v1/catalog?district=nowhere')).body).toMatchObject({ fridges: [], meals: [], version: 0 });
  });

  it('answers 304 to a current ETag and a new catalog once something changed', async () => {
    const { cloud, a } = await city();
    const url = '/v1/catalog?district=mitte';
    const first = await cloud.api<Catalog>('GET', url);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const cc = first.headers.get('cache-control') ?? '';
    const ages = [...cc.matchAll(/(?:max-age|stale-if-error|stale-while-revalidate)=(\d+)/g)].map((m) => Number(m[1]));
    expect(ages.length).toBeGreaterThan(0);
    for (const s of ages) expect(s).toBeLessThanOrEqual(86_400);

    const same = await cloud.api('GET', url, { headers: { 'if-none-match': etag! } });
    expect(same.status).toBe(304);
    expect(same.body).toBeUndefined();
    expect(same.headers.get('etag')).toBe(etag);
    expect((await cloud.api('GET', url, { headers: { 'if-none-match': `"nope", W/${etag!}` } })).status).toBe(304);
    expect((await cloud.api('GET', url, { headers: { 'if-none-match': '"nope"' } })).status).toBe(200);

    // A temperature reading is not in a catalog: the rendering holds (same ETag, not rendered again).
    // (Rendered by the read worker with SQLite; in the process otherwise.)
    const renders = (): number => cloud.app.readWorker?.renders ?? clientReads(cloud.app.http.cloud).renders;
    const rendered = renders();
    expect(rendered).toBeGreaterThan(0);
    await a.send([{ recordedAtMs: Date.now(), temperature: { sensor: 1, deciCelsius: 41 } }]);
    const cold = await cloud.api('GET', url, { headers: { 'if-none-match': etag! } });
    expect(cold.status).toBe(304);
    expect(renders()).toBe(rendered);

    // A reservation changes the counts: a new representation.
    const token = cloud.token('ann');
    expect((await cloud.api('POST', '/v1/reservations', { token, body: { fridge_id: 'mitte-a', gtin: LASAGNA, user_id: 'ann', quantity: 2 } })).status).toBe(201);
    const after = await cloud.api<Catalog>('GET', url, { headers: { 'if-none-match': etag! } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(after.body.meals.find((m) => m.gtin === LASAGNA)?.fridges.map((f) => [f.id, f.available])).toEqual([['mitte-b', 3]]);

    // The fridge goes offline: its stock is shown stale, and that is a change too.
    const etag2 = after.headers.get('etag')!;
    await a.offline();
    const stale = await cloud.api<Catalog>('GET', url, { headers: { 'if-none-match': etag2 } });
    expect(stale.status).toBe(200);
    expect(stale.body.meals.find((m) => m.gtin === SALAD)?.fridges).toEqual([{ id: 'mitte-a', available: 1, distance_km: null, online: false, stale: true }]);

    // Meal facts are part of it.
    const etag3 = stale.headers.get('etag')!;
    await cloud.meal(SALAD, { name: 'Summer salad' });
    const renamed = await cloud.api<Catalog>('GET', url, { headers: { 'if-none-match': etag3 } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.meals.find((m) => m.gtin === SALAD)?.name).toBe('Summer salad');
  });

  it('refuses bad query parameters with 400 and says which and why', async () => {
    const { cloud } = await city();
    const bad = async (q: string): Promise<string> => {
      const r = await cloud.api<{ error: string; message: string }>('GET', `/v1/catalog${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.error).toBe('FF_ERR_VALIDATION');
      return r.body.message;
    };
    expect(await bad('')).toMatch(/district, or lat and lon/);
    expect(await bad('?lat=100&lon=13')).toMatch(/lat must be <= 90/);
    expect(await bad('?lat=52&lon=-200')).toMatch(/lon must be >= -180/);
    expect(await bad('?lat=abc&lon=13')).toMatch(/lat must be number/);
    expect(await bad('?lat=52')).toMatch(/lon is required with lat/);
    expect(await bad('?lat=52&lon=13&radius_km=500')).toMatch(/radius_km must be <= 50/);
    expect(await bad('?lat=52&lon=13&radius_km=0')).toMatch(/radius_km must be > 0/);
    expect(await bad('?district=mitte&radius_km=2')).toMatch(/(lat|lon) is required with radius_km/);
    expect(await bad('?lat=52&lon=13&radius=2')).toMatch(/unknown parameter radius/);
    expect(await bad('?district=bad%2Fid')).toMatch(/district must match pattern/);
    expect((await cloud.api<{ message: string }>('GET', '/v1/fridges?lat=91&lon=0')).body.message).toMatch(/lat must be <= 90/);
  });
});

describe('fridge queries (integration)', () => {
  it('lists the fridges near a location, nearest first, and one fridge with its stock per meal', async () => {
    const { cloud } = await city();
    const r = await cloud.api<{ fridges: Array<{ id: string; available: number; distance_km: number; location: unknown; online: boolean }> }>('GET', `/v1/fridges?lat=${K.lat}&lon=${K.lon}&radius_km=4`);
    expect(r.status).toBe(200);
    expect(r.body.fridges.map((f) => [f.id, f.available])).toEqual([['kreuz-a', 4], ['mitte-a', 3], ['mitte-b', 3]]);
    expect(r.body.fridges[0]).toMatchObject({ distance_km: 0, location: K, online: true });
    const one = await cloud.api<{ id: string; stale: boolean; stock: unknown[] }>('GET', '/v1/fridges/mitte-a');
    expect(one.body).toMatchObject({ id: 'mitte-a', district: 'mitte', online: true, stale: false });
    expect(one.body.stock).toEqual([
      { gtin: LASAGNA, name: 'Lasagna', price: { amount_cents: 890, currency: 'EUR' }, on_hand: 2, reserved: 0, available: 2 },
      { gtin: SALAD, name: 'Salad', price: { amount_cents: 650, currency: 'EUR' }, on_hand: 1, reserved: 0, available: 1 },
    ]);
    expect((await cloud.api('GET', '/v1/fridges/nope')).status).toBe(404);
  });

  it('shows each fridge\'s latest temperature per sensor, in the fridge and the list; a reading leaves the catalog\'s ETag alone', async () => {
    const { cloud, a } = await city();
    const catalogBefore = await cloud.api('GET', '/v1/catalog?district=mitte');
    const none = await cloud.api<{ temperatures: unknown[] }>('GET', '/v1/fridges/mitte-b');
    expect(none.body.temperatures).toEqual([]);
    const t0 = Date.now() - 10 * 60_000;
    await a.send([
      { recordedAtMs: t0, temperature: { sensor: 2, deciCelsius: -4 } },
      { recordedAtMs: t0 + 1000, temperature: { sensor: 1, deciCelsius: 62 } },
      { recordedAtMs: t0 + 300_000, temperature: { sensor: 1, deciCelsius: 43 } },
    ]);
    const want = [
      { sensor: 1, deci_celsius: 43, at: new Date(t0 + 300_000).toISOString(), at_ms: t0 + 300_000 },
      { sensor: 2, deci_celsius: -4, at: new Date(t0).toISOString(), at_ms: t0 },
    ];
    const one = await cloud.api<{ id: string; temperatures: unknown[]; stock: unknown[] }>('GET', '/v1/fridges/mitte-a');
    expect(one.status).toBe(200);
    expect(one.body.temperatures).toEqual(want);
    expect(one.body.stock).toHaveLength(2);
    const list = await cloud.api<{ fridges: Array<{ id: string; temperatures: unknown[] }> }>('GET', '/v1/fridges?district=mitte');
    expect(list.body.fridges.map((f) => [f.id, f.temperatures])).toEqual([['mitte-a', want], ['mitte-b', []]]);
    // Temperatures are not part of the catalog: the same representation, a 304.
    const catalogAfter = await cloud.api('GET', '/v1/catalog?district=mitte', { headers: { 'if-none-match': catalogBefore.headers.get('etag') ?? '' } });
    expect(catalogAfter.status).toBe(304);
    // The OpenAPI document describes them.
    const doc = await cloud.api<{ paths: Record<string, { get?: { responses: Record<string, { content: Record<string, { schema: { properties: Record<string, unknown> } }> }> } }> }>('GET', '/v1/openapi.json');
    expect(doc.body.paths['/v1/fridges/{id}']?.get?.responses['200']?.content['application/json']?.schema.properties).toHaveProperty('temperatures');
  });

  it('serves its OpenAPI document', async () => {
    const cloud = await start();
    const r = await cloud.api<{ openapi: string; paths: Record<string, Record<string, { parameters?: Array<{ name: string }> }>> }>('GET', '/v1/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toMatch(/^3\./);
    for (const p of ['/v1/catalog', '/v1/fridges', '/v1/fridges/{id}', '/v1/reservations', '/v1/reservations/{id}']) expect(Object.keys(r.body.paths)).toContain(p);
    expect(r.body.paths['/v1/catalog']?.get?.parameters?.map((x) => x.name).sort()).toEqual(['district', 'lat', 'lon', 'radius_km']);
    expect(r.body.paths['/v1/reservations']?.post).toBeDefined();
    expect(r.body.paths['/v1/reservations/{id}']?.delete).toBeDefined();
  });
});
