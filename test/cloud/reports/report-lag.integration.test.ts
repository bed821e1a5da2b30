// ff_cloud_report_lag_events (operations): how far the report projection is behind the last
// commit, where an operator looks for it. It shows what is committed and not yet folded, and
// drains to zero once the projection has folded it.
import { describe, expect, it } from 'vitest';
import { until } from '../../support/lifecycle.js';
import { useCloud } from '../http/harness.js';

const start = useCloud();

async function lag(app: { metrics: { registry: { getSingleMetric(n: string): { get(): Promise<{ values: Array<{ value: number }> }> } | undefined } } }): Promise<number> {
  return (await app.metrics.registry.getSingleMetric('ff_cloud_report_lag_events')?.get())?.values[0]?.value ?? -1;
}

describe('report projection lag metric (integration: real app, MQTT batches)', () => {
  it('counts the positions committed and not yet folded', async () => {
    const cloud = await start();
    const f = await cloud.fridge('mitte-1', 'mitte', { lat: 52.52, lon: 13.405 });
    await until('the projection folded the start', async () => ((await lag(cloud.app)) === 0 ? true : undefined), 10_000, 20);
    // Held: what commits now is not folded.
    await cloud.app.reportProjector.stop();
    await f.send([{ recordedAtMs: Date.now(), temperature: { sensor: 1, deciCelsius: 41 } }, { recordedAtMs: Date.now(), temperature: { sensor: 1, deciCelsius: 42 } }]);
    expect(await lag(cloud.app)).toBe((await cloud.app.store.lastPosition()) - cloud.app.reportProjector.position());
    expect(await lag(cloud.app)).toBeGreaterThan(0);
  });

  it('is zero once the projection has caught up with the commits', async () => {
    const cloud = await start();
    const f = await cloud.fridge('mitte-1', 'mitte', { lat: 52.52, lon: 13.405 });
    await f.send([{ recordedAtMs: Date.now(), temperature: { sensor: 1, deciCelsius: 41 } }]);
    await until('the projection caught up', async () => ((await lag(cloud.app)) === 0 ? true : undefined), 10_000, 20);
    expect(cloud.app.reportProjector.position()).toBe(await cloud.app.store.lastPosition());
  });
});
