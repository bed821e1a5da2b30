// Admin registry writes that race. With several requests (or instances) on one PostgreSQL
// store, two registrations of one id can both pass the "does it exist" read: the store's key
// decides, and the loser hears 409, not 500.
import { describe, expect, it } from 'vitest';
import { postgresSkipReason, usePostgres } from '../../../testkit/postgres.js';
import { useCloud } from './harness.js';

// Hooks run last-registered first: the cloud stops before its database is dropped.
const database = usePostgres();
const start = useCloud();
const skip = (await postgresSkipReason()) !== undefined;

describe.skipIf(skip)('admin API on PostgreSQL (integration: real app, HTTP)', () => {
  it('registers a fridge id once when registrations race; the others get 409 FF_ERR_FRIDGE_EXISTS', async () => {
    const db = await database();
    // A fixed district list: this instance owns it without waiting for a rebalancing round.
    const cloud = await start(['--database-url', db.url, '--districts', 'mitte']);
    for (let round = 0; round < 5; round++) {
      const body = { id: `fr-race-${round}`, district: 'mitte', name: 'Race', location: { lat: 52.52, lon: 13.4 } };
      const answers = await Promise.all(Array.from({ length: 8 }, () => cloud.admin<{ error?: string }>('POST', '/v1/fridges', body)));
      expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
      const refused = answers.filter((a) => a.status !== 201);
      expect(refused.map((a) => [a.status, a.body.error])).toEqual(refused.map(() => [409, 'FF_ERR_FRIDGE_EXISTS']));
    }
  });
});
