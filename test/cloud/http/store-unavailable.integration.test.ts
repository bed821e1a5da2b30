// A store that cannot commit (issue 11 item 14), made to fail for real: SQLite's own limit on
// the database's pages (PRAGMA max_page_count) filled up, which SQLite answers with
// SQLITE_FULL exactly as it does for a full disk. Readiness follows the store, reservations
// answer 503 FF_ERR_STORE_UNAVAILABLE, and both come back once the store has room again.
import { describe, expect, it } from 'vitest';
import type { SqliteCloudStore } from '../../../cloud/store/index.js';
import { until } from '../../support/lifecycle.js';
import { LASAGNA, useCloud } from './harness.js';

const start = useCloud();

/**
 * Caps the file at its present size and fills the free pages: the next commit that needs a page
 * fails. The cap is a setting of each connection: the writer thread's gets it too.
 */
function fillUp(store: SqliteCloudStore): void {
  const db = store.db;
  const cap = `max_page_count = ${Number(db.pragma('page_count', { simple: true }))}`;
  db.pragma(cap);
  store.writerThread?.pragma(cap);
  try {
    db.exec('CREATE TABLE filler (b BLOB)');
    for (let i = 0; i < 100_000; i++) db.prepare('INSERT INTO filler (b) VALUES (randomblob(4000))').run();
    throw new Error('the store never filled up');
  } catch (err) {
    expect((err as { code?: string }).code).toBe('SQLITE_FULL');
  }
}

describe.each(['thread', 'process'])('a store that cannot commit (integration: real app, real SQLITE_FULL, group commits in the %s)', (writer) => {
  it('turns /readyz to 503 and reservations to 503 FF_ERR_STORE_UNAVAILABLE, then heals', async () => {
    const cloud = await start(['--sqlite-writer', writer]);
    await cloud.meal(LASAGNA, { name: 'Lasagna' });
    await cloud.fridge('f1', 'mitte', { lat: 52.52, lon: 13.4 }, { [LASAGNA]: 40 });
    const token = cloud.token('ann');
    const reserve = () => cloud.api<{ error?: string; message?: string }>('POST', '/v1/reservations', { token, body: { fridge_id: 'f1', gtin: LASAGNA, user_id: 'ann' } });
    expect((await cloud.api('GET', '/readyz')).status).toBe(200);

    fillUp(cloud.app.store as SqliteCloudStore);
    // Small commits may still fit in the slack of half-full pages; within a few, one needs a page.
    let refused: Awaited<ReturnType<typeof reserve>> | undefined;
    for (let i = 0; i < 30 && refused === undefined; i++) {
      const r = await reserve();
      expect([201, 503], JSON.stringify(r.body)).toContain(r.status);
      if (r.status === 503) refused = r;
    }
    expect(refused?.body.error).toBe('FF_ERR_STORE_UNAVAILABLE');
    const ready = await cloud.api<{ ready: boolean }>('GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.ready).toBe(false);
    // Still unavailable while nothing changed: the probe cannot commit either.
    expect((await reserve()).status).toBe(503);

    // Room again (as after freeing disk space): the next probe commits, readiness returns.
    (cloud.app.store as SqliteCloudStore).db.pragma('max_page_count = 1073741823');
    (cloud.app.store as SqliteCloudStore).writerThread?.pragma('max_page_count = 1073741823');
    await until('ready again', async () => ((await cloud.api('GET', '/readyz')).status === 200 ? true : undefined), 10_000, 100);
    expect((await reserve()).status).toBe(201);
  });
});
