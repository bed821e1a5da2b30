// The feed process's tail of the event store (issue 13 item 1): every commit published once,
// in position order, whole; SQLite read-only beside a writer, PostgreSQL woken by NOTIFY; and a
// PostgreSQL commit that becomes visible after a later reader's read can never carry a lower
// position than what the reader passed (the append lock is taken before positions are drawn).
import pg from 'pg';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../cloud/domain/index.js';
import { EventTail } from '../../../cloud/feed/tailer.js';
import { listenForCommits } from '../../../cloud/feed/tailer.js';
import { SqliteCloudStore, type CloudStore, type StoredEvent } from '../../../cloud/store/index.js';
import { PgCloudStore } from '../../../cloud/store/pg-store.js';
import { until, useCleanups } from '../../support/lifecycle.js';
import { postgresSkipReason, usePostgres } from '../../../testkit/postgres.js';
import { useTmpDirs } from '../../support/tmp.js';

const tmp = useTmpDirs();
// Databases are dropped after the cleanups have closed every connection to them.
const database = usePostgres();
const cleanup = useCleanups();
const skipPg = await postgresSkipReason();
const log = pino({ level: 'silent' });

const online = (district: string, n: number): DomainEvent => ({ type: 'FridgeOnline', district, fridgeId: `${district}-${n}`, at: n, epoch: 'ep' });

/** A tail from `from`, recording each publication. */
async function tailOf(reader: CloudStore, o: { from?: number; pollMs: number; wake?: Parameters<typeof listenForCommits>[0] }): Promise<{ tail: EventTail; publications: StoredEvent[][] }> {
  const tail = new EventTail({ reader, from: o.from ?? 0, pollMs: o.pollMs, log, ...(o.wake !== undefined ? { wake: listenForCommits(o.wake, log) } : {}) });
  const publications: StoredEvent[][] = [];
  tail.subscribe('test', (batch) => publications.push([...batch]));
  await tail.start();
  cleanup(() => tail.stop());
  return { tail, publications };
}

/** Each commit's positions lie within one publication (a commit is never split). */
function expectWholeCommits(publications: StoredEvent[][], commits: StoredEvent[][]): void {
  const where = new Map<number, number>();
  publications.forEach((p, i) => p.forEach((s) => where.set(s.position, i)));
  for (const c of commits) expect(new Set(c.map((s) => where.get(s.position))).size).toBe(1);
}

describe('EventTail on SQLite (integration)', () => {
  it('publishes every commit of a writer beside it, in position order, each whole, from a read-only connection', async () => {
    const dir = tmp();
    const writer = new SqliteCloudStore(dir);
    cleanup(() => writer.close());
    await writer.append('mitte', [online('mitte', 0)]);
    const reader = new SqliteCloudStore(dir, { readOnly: true });
    cleanup(() => reader.close());
    const { tail, publications } = await tailOf(reader, { from: await reader.lastPosition(), pollMs: 2 });
    const commits: StoredEvent[][] = [];
    for (let i = 1; i <= 30; i++) {
      commits.push(await writer.append(i % 2 === 0 ? 'mitte' : 'kreuzberg', Array.from({ length: 1 + (i % 4) }, (_, k) => online('x', i * 10 + k))));
      if (i % 5 === 0) await new Promise((r) => setTimeout(r, 3));
    }
    const last = await writer.lastPosition();
    await until('the tail reached the end', async () => (tail.position === last ? true : undefined), 5000, 5);
    expect(publications.flat().map((s) => s.position)).toEqual(commits.flat().map((s) => s.position));
    expect(publications.flat().map((s) => s.event)).toEqual(commits.flat().map((s) => s.event));
    expectWholeCommits(publications, commits);
  });

  it('opens read-only: nothing created for a missing store, and no write goes through', async () => {
    const dir = tmp();
    expect(() => new SqliteCloudStore(dir, { readOnly: true })).toThrow();
    const writer = new SqliteCloudStore(dir);
    cleanup(() => writer.close());
    await writer.createFridge({ id: 'f1', district: 'mitte', name: 'F1', lat: 52.5, lon: 13.4, credentialHash: 'x' }, 1);
    const reader = new SqliteCloudStore(dir, { readOnly: true });
    cleanup(() => reader.close());
    expect(await reader.storeEpoch()).toBe(await writer.storeEpoch());
    expect((await reader.listFridges()).map((f) => f.id)).toEqual(['f1']);
    await expect(reader.setEnabled('f1', false)).rejects.toThrow(/readonly/i);
    expect((await writer.getFridge('f1'))?.enabled).toBe(true);
  });
});

describe.skipIf(skipPg !== undefined)(`EventTail on PostgreSQL (integration)${skipPg !== undefined ? ` (${skipPg})` : ''}`, () => {
  async function stores(n: number): Promise<{ url: string; stores: PgCloudStore[] }> {
    const db = await database();
    const stores: PgCloudStore[] = [];
    for (let i = 0; i < n; i++) {
      const s = await PgCloudStore.open(db.url);
      stores.push(s);
      cleanup(() => s.close());
    }
    return { url: db.url, stores };
  }

  it('is woken by the NOTIFY of each commit (the poll alone would take a minute)', async () => {
    const { url, stores: [writer, reader] } = await stores(2);
    const { publications } = await tailOf(reader!, { pollMs: 60_000, wake: url });
    const committed = await writer!.append('mitte', [online('mitte', 1), online('mitte', 2)]);
    await until('published', async () => (publications.flat().length === 2 ? true : undefined), 5000, 10);
    expect(publications).toEqual([committed]);
    const more = await writer!.append('kreuzberg', [online('kreuzberg', 3)]);
    await until('published', async () => (publications.flat().length === 3 ? true : undefined), 5000, 10);
    expect(publications[1]).toEqual(more);
  });

  it('never passes over a commit: an append waiting for another transaction draws its positions after that one\'s', async () => {
    const { url, stores: [writer, reader] } = await stores(2);
    const { tail, publications } = await tailOf(reader!, { pollMs: 1, wake: url });
    // Another writer's transaction holds the append lock (as every append does until COMMIT)
    // and has inserted an event it has not committed yet.
    const other = new pg.Client({ connectionString: url });
    other.on('error', () => undefined);
    await other.connect();
    cleanup(() => other.end());
    await other.query('BEGIN');
    await other.query('SELECT pg_advisory_xact_lock($1)', [0x46464556]);
    const first = (await other.query<{ position: string }>("INSERT INTO events (district, fridge_id, type, at, data) VALUES ('mitte', 'm-1', 'FridgeOnline', 1, $1) RETURNING position", [JSON.stringify(online('mitte', 1))])).rows[0]!;
    // The store's append must wait for the lock (its positions not drawn yet); were it to
    // commit at once, the tail would publish it and never see the first one's lower position.
    const appended = writer!.append('mitte', [online('mitte', 2)]);
    let settled = false;
    void appended.then(() => (settled = true), () => (settled = true));
    const probe = new pg.Client({ connectionString: url });
    probe.on('error', () => undefined);
    await probe.connect();
    cleanup(() => probe.end());
    const waiting = async (): Promise<boolean> => (await probe.query<{ n: string }>("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).rows[0]!.n === '1';
    await until('the append waits for the lock (or committed)', async () => (settled || (await waiting()) ? true : undefined), 5000, 10);
    // Meanwhile the tail reads and finds nothing committed.
    const readsBefore = tail.stats.reads;
    await until('the tail read meanwhile', async () => (tail.stats.reads > readsBefore + 2 ? true : undefined), 5000, 5);
    expect(publications).toEqual([]);
    await other.query('COMMIT');
    const [second] = await appended;
    expect(second!.position).toBeGreaterThan(Number(first.position));
    await until('both published', async () => (publications.flat().length === 2 ? true : undefined), 5000, 5);
    expect(publications.flat().map((s) => s.position)).toEqual([Number(first.position), second!.position]);
  });

  it('under concurrent appends from two writers sees every position the table holds, in order, each commit whole', async () => {
    const { url, stores: [a, b, reader] } = await stores(3);
    const { tail, publications } = await tailOf(reader!, { pollMs: 1, wake: url });
    const commits: StoredEvent[][] = [];
    const write = async (s: PgCloudStore, district: string): Promise<void> => {
      for (let i = 0; i < 60; i++) commits.push(await s.append(district, Array.from({ length: 1 + (i % 3) }, (_, k) => online(district, i * 10 + k))));
    };
    await Promise.all([write(a!, 'mitte'), write(b!, 'kreuzberg'), write(a!, 'pankow')]);
    const last = await reader!.lastPosition();
    await until('the tail reached the end', async () => (tail.position === last ? true : undefined), 10_000, 10);
    const all = await reader!.eventsAfter(0, 100_000);
    expect(publications.flat().map((s) => s.position)).toEqual(all.map((s) => s.position));
    expectWholeCommits(publications, commits);
  });
});
