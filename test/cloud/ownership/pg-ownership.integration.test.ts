// District ownership on a real PostgreSQL (each test its own database): two instances split
// the districts, a third joining gets its share, an instance whose database session dies
// gives everything up at once and the others take it over, and every takeover moves the
// district's fence.
import pg from 'pg';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { PgOwnership } from '../../../cloud/ownership/ownership.js';
import { PgCloudStore } from '../../../cloud/store/pg-store.js';
import { until, useCleanups } from '../../support/lifecycle.js';
import { postgresSkipReason, usePostgres } from '../../../testkit/postgres.js';

// Hooks run last-registered first: the instances and clients close before the database goes.
const database = usePostgres();
const cleanup = useCleanups();
const skip = (await postgresSkipReason()) !== undefined;
const DISTRICTS = ['d1', 'd2', 'd3', 'd4', 'd5'];

async function registry(url: string): Promise<void> {
  const store = await PgCloudStore.open(url);
  for (const [i, d] of DISTRICTS.entries()) await store.createFridge({ id: `fr-${i}`, district: d, name: d, lat: 52, lon: 13, credentialHash: 'x' }, Date.now());
  await store.close();
}

function instance(url: string, id: string): { o: PgOwnership; events: string[] } {
  const o = new PgOwnership({ databaseUrl: url, instanceId: id, publicUrl: `http://${id}.example`, log: pino({ level: 'silent' }), intervalMs: 100 });
  const events: string[] = [];
  o.on('gained', (d) => events.push(`+${d}`));
  o.on('lost', (d) => events.push(`-${d}`));
  cleanup(() => o.stop());
  return { o, events };
}

const owned = (...xs: PgOwnership[]): number[] => xs.map((x) => x.owned().length);
const disjointAndComplete = (...xs: PgOwnership[]): boolean => {
  const all = xs.flatMap((x) => x.owned());
  return all.length === DISTRICTS.length && new Set(all).size === DISTRICTS.length;
};

describe.skipIf(skip)('PgOwnership (integration: PostgreSQL advisory locks)', () => {
  it('splits the districts fairly, hands some to a newcomer, and takes over from an instance whose session died', async () => {
    const db = await database();
    await registry(db.url);
    const a = instance(db.url, 'inst-a');
    await a.o.start();
    expect(a.o.owned()).toEqual(DISTRICTS); // alone: everything
    const tokens = new Map(DISTRICTS.map((d) => [d, a.o.fenceOf(d)?.token]));

    const b = instance(db.url, 'inst-b');
    await b.o.start();
    await until('a and b split 3/2', async () => (disjointAndComplete(a.o, b.o) && owned(a.o, b.o).sort().join() === '2,3' ? true : undefined));
    // What a handed over is fenced anew: b's token is above a's.
    for (const d of b.o.owned()) expect(b.o.fenceOf(d)!.token).toBeGreaterThan(tokens.get(d)!);
    // Everyone agrees where a district is, from the database.
    for (const d of DISTRICTS) expect(await a.o.ownerUrl(d)).toBe(b.o.owns(d) ? 'http://inst-b.example' : 'http://inst-a.example');

    const c = instance(db.url, 'inst-c');
    await c.o.start();
    await until('a, b and c split 2/2/1', async () => (disjointAndComplete(a.o, b.o, c.o) && owned(a.o, b.o, c.o).sort().join() === '1,2,2' ? true : undefined));

    // b's database session dies (a failover of the server, a cut connection): b gives up
    // everything at once, a and c take it over, b comes back and gets its share again.
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    cleanup(() => admin.end());
    const held = b.o.owned();
    expect(held.length).toBeGreaterThan(0);
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'fridge-cloud inst-b'");
    await until('b let go of its districts', async () => (held.every((d) => b.events.includes(`-${d}`)) ? true : undefined));
    await until('the split is whole again', async () => (disjointAndComplete(a.o, b.o, c.o) && owned(a.o, b.o, c.o).sort().join() === '1,2,2' ? true : undefined), 20_000);
    // Never two owners at once: whoever holds a district holds its newest fence.
    const rows = (await admin.query<{ district: string; instance_id: string; token: string }>('SELECT district, instance_id, token FROM district_owners')).rows;
    for (const r of rows) {
      const holder = [a, b, c].find((x) => x.o.owns(r.district))!;
      expect(holder.o.fenceOf(r.district)).toEqual({ instanceId: r.instance_id, token: Number(r.token) });
    }

    // A clean stop lets go at once; the others take it all.
    await c.o.stop();
    await until('a and b own everything', async () => (disjointAndComplete(a.o, b.o) ? true : undefined), 20_000);
  }, 60_000);
});
