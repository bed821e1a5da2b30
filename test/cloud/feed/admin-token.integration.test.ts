// The feed's admin token is no way around the HTTP throttle (issue 11 item 11): wrong tokens
// in subscribe messages, or in the Authorization header of the upgrade, count against the
// client's address; past 10 a minute even the right one is refused until the window ends.
import { describe, expect, it } from 'vitest';
import { FEED_ADMIN_GUESSES } from '../../../cloud/feed/hub.js';
import { ADMIN, useCloud } from './harness.js';

describe('feed admin token guessing (integration: real app, real WebSocket clients)', () => {
  const start = useCloud();

  it('refuses the right token too after 10 wrong ones from an address, and counts it', async () => {
    const cloud = await start();
    const client = await cloud.feed();
    await client.next((m) => m.welcome !== undefined);
    // The right token works before any guessing.
    expect((await client.request({ subscribe: { allDistricts: true, adminToken: ADMIN } })).snapshot).toBeDefined();
    for (let i = 0; i < FEED_ADMIN_GUESSES.max; i++) {
      const r = await client.request({ subscribe: { allDistricts: true, adminToken: `guess-${i}-0123456789abcdefghijklmnop` } });
      expect(r.error?.code).toBe('FF_ERR_FEED_ADMIN_REQUIRED');
    }
    const locked = await client.request({ subscribe: { allDistricts: true, adminToken: ADMIN } });
    expect(locked.error?.code).toBe('FF_ERR_FEED_ADMIN_REQUIRED');
    // A new connection from the same address is locked as well, also by header.
    const other = await cloud.feed({ headers: { authorization: `Bearer ${ADMIN}` } });
    await other.next((m) => m.welcome !== undefined);
    expect((await other.request({ subscribe: { allDistricts: true } })).error?.code).toBe('FF_ERR_FEED_ADMIN_REQUIRED');
    const dropped = await cloud.app.metrics.registry.getSingleMetric('ff_cloud_feed_dropped_total')?.get();
    expect(dropped?.values.find((v) => v.labels.reason === 'admin_token_throttled')?.value).toBeGreaterThanOrEqual(2);
  });
});
