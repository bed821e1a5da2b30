// The store probes behind /metrics, wired to a real app: the event store's size, and each
// offline fridge with the time it went offline.
import { describe, expect, it } from 'vitest';
import { until } from '../../support/lifecycle.js';
import { LASAGNA, useCloud } from './harness.js';

const start = useCloud();

const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('/metrics store probes (integration: real app)', () => {
  it('reports the event store and which fridges are offline since when', async () => {
    const cloud = await start();
    await cloud.meal(LASAGNA, { name: 'Lasagna' });
    const up = await cloud.fridge('fr-up', 'mitte', { lat: 52.52, lon: 13.4 }, { [LASAGNA]: 1 });
    await cloud.fridge('fr-other', 'mitte', { lat: 52.52, lon: 13.4 }, { [LASAGNA]: 1 });
    const text = await (await fetch(`${cloud.base}/metrics`)).text();
    expect(sample(text, 'ff_cloud_event_store_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'ff_cloud_event_store_events')).toBe(await cloud.app.store.lastPosition());
    expect(text).not.toMatch(/ff_cloud_fridge_offline_since_seconds\{fridge="fr-(up|other)"/);

    await up.offline();
    const since = Math.floor((await cloud.app.store.statusOf('fr-up'))!.changedAt / 1000);
    // The probes are read at most once a second: the death shows in a later scrape.
    const seen = await until('fr-up reported offline', async () => {
      const t = await (await fetch(`${cloud.base}/metrics`)).text();
      return sample(t, 'ff_cloud_fridge_offline_since_seconds{fridge="fr-up",district="mitte"}') !== undefined ? t : undefined;
    });
    expect(sample(seen, 'ff_cloud_fridge_offline_since_seconds{fridge="fr-up",district="mitte"}')).toBe(since);
    expect(seen).not.toMatch(/ff_cloud_fridge_offline_since_seconds\{fridge="fr-other"/);
  });
});
