// A temperature excursion through the real ingest: a fridge above the safe temperature for
// longer than --excursion-minutes has its meals withdrawn, an operator clears it, and both
// are counted apart in /metrics (the alert on raised excursions must not fire on a clear).
import { describe, expect, it } from 'vitest';
import { LASAGNA, useCloud } from './harness.js';

const start = useCloud(['--excursion-minutes', '1']);

const metric = (text: string, series: string): number => Number(text.match(new RegExp(`^${series.replace(/[{}"=]/g, '\\$&')} (\\S+)$`, 'm'))?.[1] ?? 0);

describe('temperature excursion (integration: real app, MQTT batches, HTTP)', () => {
  it('withdraws the meals after the excursion time, counts raised and cleared apart', async () => {
    const cloud = await start();
    await cloud.meal(LASAGNA, { name: 'Lasagna' });
    const f = await cloud.fridge('fr-warm', 'mitte', { lat: 52.52, lon: 13.4 }, { [LASAGNA]: 3 });
    const t0 = Date.now() - 5 * 60_000;
    await f.send([{ recordedAtMs: t0, temperature: { sensor: 1, deciCelsius: 90 } }]);
    const warm = await cloud.api<{ stock: Array<{ available: number }> }>('GET', '/v1/fridges/fr-warm');
    expect(warm.body.stock[0]?.available).toBe(3); // above safe, not for long enough yet
    await f.send([{ recordedAtMs: t0 + 61_000, temperature: { sensor: 1, deciCelsius: 95 } }]);
    const withdrawn = await cloud.api<{ stock: Array<{ available: number }> }>('GET', '/v1/fridges/fr-warm');
    expect(withdrawn.body.stock[0]?.available).toBe(0);
    const raised = await (await fetch(`${cloud.base}/metrics`)).text();
    expect(metric(raised, 'ff_cloud_temperature_excursions_total{state="raised"}')).toBe(1);
    expect(metric(raised, 'ff_cloud_temperature_excursions_total{state="cleared"}')).toBe(0);

    // Refused while a sensor still reads above safe; cleared once it is cold again.
    expect((await cloud.admin('POST', '/v1/fridges/fr-warm/clear-excursion')).status).toBe(409);
    await f.send([{ recordedAtMs: t0 + 120_000, temperature: { sensor: 1, deciCelsius: 40 } }]);
    expect((await cloud.admin('POST', '/v1/fridges/fr-warm/clear-excursion')).status).toBe(200);
    expect((await cloud.api<{ stock: Array<{ available: number }> }>('GET', '/v1/fridges/fr-warm')).body.stock[0]?.available).toBe(3);
    const cleared = await (await fetch(`${cloud.base}/metrics`)).text();
    expect(metric(cleared, 'ff_cloud_temperature_excursions_total{state="raised"}')).toBe(1);
    expect(metric(cleared, 'ff_cloud_temperature_excursions_total{state="cleared"}')).toBe(1);
  });
});
