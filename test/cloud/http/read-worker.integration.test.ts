// Client reads of the SQLite store in a worker thread (cloud/http/read-pool.ts, issue 12 item 4:
// a read cannot stall an ack): /v1/catalog and /v1/fridges are answered by the worker, with the
// same bytes the process would answer with, see every commit acknowledged before them, and go
// on in the process if the worker dies.
import { describe, expect, it } from 'vitest';
import { clientReads, fridgesAnswer } from '../../../cloud/http/client-reads.js';
import { LASAGNA, SALAD, useCloud } from './harness.js';

const start = useCloud();
const A = { lat: 52.52, lon: 13.405 };
const B = { lat: 52.53, lon: 13.405 };

describe('client reads in a worker thread (integration: real app, SQLite, MQTT batches, HTTP)', () => {
  it('answers the catalog and the fridge search from the worker, byte for byte as the process would, after every acknowledged commit', async () => {
    const cloud = await start();
    await cloud.meal(LASAGNA, { name: 'Lasagna', price: { amount_cents: 890, currency: 'EUR' } });
    const a = await cloud.fridge('mitte-a', 'mitte', A, { [LASAGNA]: 2, [SALAD]: 1 });
    await cloud.fridge('mitte-b', 'mitte', B, { [LASAGNA]: 3 });
    const worker = cloud.app.readWorker;
    expect(worker).toBeDefined();
    const inProcess = clientReads(cloud.app.http.cloud);

    const q = { lat: 52.52, lon: 13.405, radius_km: 5 };
    const catalog = await cloud.api('GET', `/v1/catalog?lat=${q.lat}&lon=${q.lon}&radius_km=${q.radius_km}`);
    expect(catalog.status).toBe(200);
    const local = await inProcess.catalog(q);
    expect(JSON.stringify(catalog.body)).toBe(local.body);
    expect(catalog.headers.get('etag')).toBe(local.etag);
    const fridges = await cloud.api('GET', '/v1/fridges?district=mitte');
    expect(fridges.status).toBe(200);
    expect(fridges.body).toEqual(await fridgesAnswer(inProcess, { district: 'mitte' }));
    expect(worker!.answered).toBe(2);

    // What a fridge's acknowledged batch changed is in the next read (the worker's own connection).
    await a.snapshot({ [LASAGNA]: 1 });
    const after = await cloud.api<{ fridges: Array<{ id: string; available: number }> }>('GET', '/v1/fridges?district=mitte');
    expect(after.body.fridges.find((f) => f.id === 'mitte-a')?.available).toBe(1);
    expect(worker!.answered).toBe(3);
  });

  it('reads in the process again when the worker is gone', async () => {
    const cloud = await start();
    await cloud.fridge('mitte-a', 'mitte', A, { [LASAGNA]: 2 });
    const worker = cloud.app.readWorker!;
    expect((await cloud.api('GET', '/v1/fridges?district=mitte')).status).toBe(200);
    await worker.crash();
    expect(worker.usable).toBe(false);
    const r = await cloud.api<{ fridges: Array<{ id: string; available: number }> }>('GET', '/v1/fridges?district=mitte');
    expect(r.status).toBe(200);
    expect(r.body.fridges).toMatchObject([{ id: 'mitte-a', available: 2 }]);
    expect((await cloud.api('GET', '/v1/catalog?district=mitte')).status).toBe(200);
    expect(worker.answered).toBe(1);
  });
});
