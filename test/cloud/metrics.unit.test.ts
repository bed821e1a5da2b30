// The operator's store probes on /metrics: read once per scrape, never failing a scrape.
import { describe, expect, it } from 'vitest';
import { createCloudMetrics } from '../../cloud/metrics.js';

const sample = (text: string, name: string, labels = ''): number | undefined => {
  const m = new RegExp(`^${name}${labels ? `\\{${labels}\\}` : ''} (\\S+)$`, 'm').exec(text);
  return m ? Number(m[1]) : undefined;
};

describe('cloud metrics: store probes (unit)', () => {
  it('shows the event store size and events from one probe call per scrape', async () => {
    const m = createCloudMetrics();
    let calls = 0;
    m.setStoreSizeProbe(async () => {
      calls++;
      return { bytes: 123_456, events: 789 };
    });
    const text = await m.registry.metrics();
    expect(sample(text, 'ff_cloud_event_store_bytes')).toBe(123_456);
    expect(sample(text, 'ff_cloud_event_store_events')).toBe(789);
    expect(calls).toBe(1);
  });

  it('keeps the last value and counts a failing probe instead of failing the scrape', async () => {
    const m = createCloudMetrics();
    m.setStoreSizeProbe(async () => ({ bytes: 10, events: 1 }));
    await m.registry.metrics();
    m.setStoreSizeProbe(async () => {
      throw new Error('disk gone');
    });
    const text = await m.registry.metrics();
    expect(sample(text, 'ff_cloud_event_store_bytes')).toBe(10);
    expect(sample(text, 'ff_cloud_metrics_probe_failures_total', 'probe="store_size"')).toBe(1);
  });

  it('lists offline fridges with the time they went offline, and only those', async () => {
    const m = createCloudMetrics({ probeCacheMs: 0 });
    let presence = [
      { fridgeId: 'fr-1', district: 'mitte', online: true, since: 1_700_000_000_000 },
      { fridgeId: 'fr-2', district: 'mitte', online: false, since: 1_700_000_100_000 },
    ];
    m.setFridgePresenceProbe(async () => presence);
    let text = await m.registry.metrics();
    expect(sample(text, 'ff_cloud_fridge_offline_since_seconds', 'fridge="fr-2",district="mitte"')).toBe(1_700_000_100);
    expect(text).not.toMatch(/ff_cloud_fridge_offline_since_seconds\{fridge="fr-1"/);
    // fr-2 comes back: its series goes.
    presence = [{ ...presence[1]!, online: true }];
    text = await m.registry.metrics();
    expect(text).not.toMatch(/ff_cloud_fridge_offline_since_seconds\{/);
  });
});
