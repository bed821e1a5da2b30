import { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../cloud/domain/index.js';
import { PgCloudStore, redactUrl } from '../../../cloud/store/pg-store.js';
import { PROJECTION_TABLES } from '../../../cloud/store/schema.js';
import { CursorConflict, FenceLost, type CloudStore, type CommitBatch } from '../../../cloud/store/store.js';
import { until } from '../../support/lifecycle.js';
import { createTestDatabase, postgresSkipReason, usePostgres } from '../../../testkit/postgres.js';
import type { StoreFixture } from './contract-fixtures.js';
import { describeEventStoreContract } from './event-store.contract.js';
import { describeReadModelContract } from './read-model.contract.js';
import { describeRegistryContract } from './registry.contract.js';
import { describeReportStoreContract } from './reports.contract.js';
import { describeStoreOperationsContract } from './store-operations.contract.js';

// Skipped (with the reason printed) when no PostgreSQL answers, except in CI where they fail.
const skip = await postgresSkipReason();

async function sql(url: string, text: string, values: unknown[] = []): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text, values);
  } finally {
    await c.end();
  }
}

describe.skipIf(skip !== undefined)(`PostgreSQL store${skip !== undefined ? ` (${skip})` : ''}`, () => {
  // Each test on a database of its own, dropped after it.
  const openPg = async (): Promise<StoreFixture> => {
    const db = await createTestDatabase();
    const opened: CloudStore[] = [];
    const open = async (): Promise<PgCloudStore> => {
      const s = await PgCloudStore.open(db.url, { max: 4 });
      opened.push(s);
      return s;
    };
    return {
      store: await open(),
      reopen: open,
      wipeProjections: () => sql(db.url, PROJECTION_TABLES.map((t) => `DELETE FROM ${t}`).join('; ')),
      cleanup: async () => {
        for (const s of opened) await s.close();
        await db.drop();
      },
    };
  };
  const PG = 'postgres (integration, own database per test)';
  describeRegistryContract(PG, openPg);
  describeEventStoreContract(PG, openPg);
  describeReadModelContract(PG, openPg);
  describeStoreOperationsContract(PG, openPg);
  describeReportStoreContract(PG, openPg);

  describe('PostgreSQL specifics (integration)', () => {
    const database = usePostgres();
    const AT = 1_760_000_000_000;
    const tick = (district: string, sensor: number): DomainEvent => ({ type: 'TemperatureBackToSafe', district, fridgeId: 'f1', sensor, at: AT });

    /** `n` instances opened at once on one new database. */
    async function stores(n: number): Promise<{ all: PgCloudStore[]; close(): Promise<void> }> {
      const db = await database();
      const all = await Promise.all(Array.from({ length: n }, () => PgCloudStore.open(db.url, { max: 4 })));
      return { all, close: async () => void (await Promise.all(all.map((s) => s.close()))) };
    }

    it('creates the schema once when several instances start at once on a new database', async () => {
      const s = await stores(6);
      try {
        const epochs = await Promise.all(s.all.map((x) => x.storeEpoch()));
        expect(new Set(epochs).size).toBe(1);
      } finally {
        await s.close();
      }
    });

    it('keeps a batch\'s raw events in one row, unfolded by the fridge_events view, and opens a store that kept one row per event (issue 12)', async () => {
      const db = await database();
      const raw = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ seq: from + i, recordedAt: AT + from + i, payload: Uint8Array.from([from + i, 0, 255]) }));
      const batch = (b: Pick<CommitBatch, 'raw' | 'expected' | 'committedSeq'>): CommitBatch => ({ district: 'd1', fridgeId: 'f1', epoch: 'e1', events: [], now: AT, ...b });
      // A store from before the runs: table fridge_events, one row per event.
      const created = await PgCloudStore.open(db.url, { max: 2 });
      await created.close();
      await sql(db.url, `DROP VIEW fridge_events; DROP TABLE fridge_event_runs; ALTER TABLE fridge_events_each RENAME TO fridge_events;
        INSERT INTO fridge_events (fridge_id, epoch, seq, recorded_at, received_at, payload) VALUES ('f1', 'e1', 1, ${AT + 1}, ${AT}, '\\x0100ff'), ('f1', 'e1', 2, ${AT + 2}, ${AT}, '\\x0200ff');
        INSERT INTO cursors (fridge_id, epoch, committed_seq, updated_at) VALUES ('f1', 'e1', 2, ${AT})`);
      const store = await PgCloudStore.open(db.url, { max: 2 });
      try {
        expect(await store.highestRawSeq('f1', 'e1')).toBe(2);
        await expect(store.commitBatch(batch({ raw: raw(2, 3), expected: { epoch: 'e1', committedSeq: 2 }, committedSeq: 3 }))).rejects.toThrow(/stored already/);
        await store.commitBatch(batch({ raw: raw(3, 5), expected: { epoch: 'e1', committedSeq: 2 }, committedSeq: 5 }));
        await expect(store.commitBatch(batch({ raw: raw(5, 6), expected: { epoch: 'e1', committedSeq: 5 }, committedSeq: 6 }))).rejects.toThrow(/stored already/);
        expect(await store.highestRawSeq('f1', 'e1')).toBe(5);
        expect(await store.rawEventCount('f1')).toBe(5);
        expect([...(await store.rawPayloads('f1', 'e1', 2, 4))].map(([seq, p]) => [seq, [...p]])).toEqual(raw(2, 4).map((r) => [r.seq, [...r.payload]]));
        const c = new Client({ connectionString: db.url });
        await c.connect();
        try {
          const rows = (await c.query<{ seq: string; recorded_at: string; payload: Buffer }>("SELECT seq, recorded_at, payload FROM fridge_events WHERE fridge_id = 'f1' ORDER BY seq")).rows;
          expect(rows.map((r) => [Number(r.seq), Number(r.recorded_at), [...r.payload]])).toEqual(raw(1, 5).map((r) => [r.seq, r.recordedAt, [...r.payload]]));
        } finally {
          await c.end();
        }
        // A group's runs go as one binary parameter, cut by their lengths: each keeps its own bytes.
        const other = (fridgeId: string, from: number, to: number): CommitBatch => ({ ...batch({ raw: raw(from, to).map((r) => ({ ...r, payload: Uint8Array.from([...r.payload, from, to]) })), expected: undefined, committedSeq: to }), fridgeId });
        const group = await store.commitGroup([{ kind: 'batch', batch: other('f2', 1, 3) }, { kind: 'batch', batch: other('f3', 1, 2) }]);
        expect(group.map((o) => o.ok)).toEqual([true, true]);
        expect([...(await store.rawPayloads('f2', 'e1', 1, 3))].map(([seq, p]) => [seq, [...p]])).toEqual(other('f2', 1, 3).raw.map((r) => [r.seq, [...r.payload]]));
        expect([...(await store.rawPayloads('f3', 'e1', 1, 2))].map(([seq, p]) => [seq, [...p]])).toEqual(other('f3', 1, 2).raw.map((r) => [r.seq, [...r.payload]]));
        expect(await store.pruneRawEvents(AT + 1)).toBe(10);
        expect(await store.rawEventCount('f1')).toBe(0);
      } finally {
        await store.close();
      }
    });

    it('lets exactly one of two instances commit a batch decided against the same cursor', async () => {
      const s = await stores(2);
      try {
        const [a, b] = s.all as [PgCloudStore, PgCloudStore];
        const attempt = (store: PgCloudStore, expected: CommitBatch['expected'], seq: number, tag: number): Promise<unknown> =>
          store.commitBatch({
            fridgeId: 'f1',
            district: 'd1',
            epoch: 'e1',
            raw: [{ seq, recordedAt: AT, payload: Uint8Array.from([tag]) }],
            events: [{ type: 'MealStockUpdated', district: 'd1', fridgeId: 'f1', gtin: 'g1', reason: 'restock', onHand: tag, reserved: 0, available: tag, delta: 1, at: AT }],
            expected,
            committedSeq: seq,
            now: AT,
          }).then(() => 'ok', (e: unknown) => e);
        let expected: CommitBatch['expected'] = undefined;
        for (let seq = 1; seq <= 10; seq++) {
          const results = await Promise.all([attempt(a, expected, seq, 1), attempt(b, expected, seq, 2)]);
          expect(results.filter((r) => r === 'ok')).toHaveLength(1);
          expect(results.filter((r) => r instanceof CursorConflict)).toHaveLength(1);
          expected = { epoch: 'e1', committedSeq: seq };
          expect(await a.getCursor('f1')).toEqual(expected);
          expect(await b.rawEventCount('f1')).toBe(seq);
          expect((await b.size()).events).toBe(seq);
          const winner = results[0] === 'ok' ? 1 : 2;
          expect((await a.stockOf('f1'))[0]?.onHand).toBe(winner);
        }
      } finally {
        await s.close();
      }
    });

    it('makes positions visible in ascending order while several instances append at once', async () => {
      const s = await stores(4);
      try {
        const reader = s.all[0]!;
        let writing = true;
        const writers = Promise.all(
          s.all.map(async (store, w) => {
            for (let i = 0; i < 40; i++) await store.append(`d${w}`, [tick(`d${w}`, i), tick(`d${w}`, i + 1000)]);
          }),
        ).finally(() => {
          writing = false;
        });
        // A follower that only ever asks for what is after the last position it saw (as the
        // feed's replay does) must see every event: nothing may appear behind it later.
        const seen: number[] = [];
        for (let after = 0; ; ) {
          const done = !writing;
          const page = await reader.eventsAfter(after, 50);
          for (const e of page) seen.push(e.position);
          if (page.length > 0) after = page.at(-1)!.position;
          else if (done) break;
        }
        await writers;
        const all = (await reader.eventsAfter(0, 10_000)).map((e) => e.position);
        expect(all).toHaveLength(4 * 40 * 2);
        expect(seen).toEqual(all);
      } finally {
        await s.close();
      }
    });

    it('rebuilds the projections while other instances write, without deadlocks or lost rows', async () => {
      const s = await stores(4);
      try {
        const [rebuilder, ...writers] = s.all as [PgCloudStore, ...PgCloudStore[]];
        let writing = true;
        const writes = Promise.all(
          writers.map(async (store, w) => {
            const fridgeId = `f${w}`;
            for (let i = 0; i < 30; i++) {
              // Status before stock before catalog: the reverse of the rebuild's table order.
              await store.append(`d${w}`, [
                { type: 'FridgeOnline', district: `d${w}`, fridgeId, epoch: `e${i}`, at: AT + i },
                { type: 'MealStockUpdated', district: `d${w}`, fridgeId, gtin: 'g1', reason: 'restock', onHand: i, reserved: 0, available: i, delta: 1, at: AT + i },
                { type: 'CatalogUpdated', district: `d${w}`, catalogId: 'c', version: i, at: AT + i },
              ]);
            }
          }),
        ).finally(() => {
          writing = false;
        });
        let rebuilds = 0;
        while (writing) {
          await rebuilder.rebuildProjections();
          rebuilds += 1;
        }
        await writes;
        expect(rebuilds).toBeGreaterThan(0);
        const live = { stock: await rebuilder.allStock(), status: await rebuilder.statusOf('f0'), catalog: await rebuilder.catalogVersion('d0') };
        expect(live.stock.map((r) => r.onHand)).toEqual([29, 29, 29]);
        expect(await rebuilder.rebuildProjections()).toBe(3 * 30 * 3);
        expect({ stock: await rebuilder.allStock(), status: await rebuilder.statusOf('f0'), catalog: await rebuilder.catalogVersion('d0') }).toEqual(live);
      } finally {
        await s.close();
      }
    });

    it('fails a statement whose BIGINT is beyond 2^53 instead of rounding it, and commits nothing', async () => {
      const db = await database();
      const store = await PgCloudStore.open(db.url);
      try {
        await store.append('d1', [tick('d1', 1)]);
        await sql(db.url, 'ALTER TABLE events ALTER COLUMN position RESTART WITH 9007199254740993');
        await expect(store.append('d1', [tick('d1', 2)])).rejects.toThrow(/not a safe JavaScript integer/);
        expect((await store.eventsAfter(0, 10)).map((e) => e.position)).toEqual([1]);
      } finally {
        await store.close();
      }
    });

    it('commits only under the current fence of the district; a commit during a takeover waits for it, then fails', async () => {
      const db = await database();
      const store = await PgCloudStore.open(db.url);
      const owner = new Client({ connectionString: db.url });
      await owner.connect();
      try {
        // The table as cloud/ownership/ownership.ts creates it; i1 owns d1 with token 1.
        await owner.query('CREATE TABLE district_owners (district TEXT PRIMARY KEY, instance_id TEXT NOT NULL, public_url TEXT NOT NULL, token BIGINT NOT NULL, since BIGINT NOT NULL)');
        await owner.query("INSERT INTO district_owners VALUES ('d1', 'i1', 'http://i1', 1, 0)");
        const commit = (seq: number, fence: CommitBatch['fence']) =>
          store.commitBatch({
            fridgeId: 'f1',
            district: 'd1',
            epoch: 'e1',
            raw: [{ seq, recordedAt: AT, payload: Uint8Array.from([seq]) }],
            events: [tick('d1', seq)],
            expected: seq === 1 ? undefined : { epoch: 'e1', committedSeq: seq - 1 },
            committedSeq: seq,
            now: AT,
            fence,
          });
        expect(await commit(1, { instanceId: 'i1', token: 1 })).toHaveLength(1);
        expect(await store.append('d1', [tick('d1', 50)], { instanceId: 'i1', token: 1 })).toHaveLength(1);
        const before = { events: await store.eventsAfter(0, 100), cursor: await store.getCursor('f1'), raw: await store.rawEventCount('f1') };
        for (const fence of [{ instanceId: 'i1', token: 0 }, { instanceId: 'i2', token: 1 }]) {
          await expect(commit(2, fence)).rejects.toBeInstanceOf(FenceLost);
          await expect(store.append('d1', [tick('d1', 51)], fence)).rejects.toBeInstanceOf(FenceLost);
        }
        await expect(store.append('d2', [tick('d2', 1)], { instanceId: 'i1', token: 1 })).rejects.toBeInstanceOf(FenceLost); // no owner row
        expect({ events: await store.eventsAfter(0, 100), cursor: await store.getCursor('f1'), raw: await store.rawEventCount('f1') }).toEqual(before);

        // i2 takes d1 over while i1's commit is on its way: the commit fails, nothing written.
        await owner.query('BEGIN');
        await owner.query("UPDATE district_owners SET instance_id = 'i2', token = token + 1 WHERE district = 'd1'");
        let settled = false;
        const late = commit(2, { instanceId: 'i1', token: 1 }).finally(() => {
          settled = true;
        });
        late.catch(() => undefined);
        // The commit waits for the takeover's row lock: PostgreSQL says so.
        await until('the commit waits on the owner row', async () =>
          Number((await owner.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")).rows[0]?.n) > 0 ? true : undefined);
        expect(settled).toBe(false);
        await owner.query('COMMIT');
        await expect(late).rejects.toBeInstanceOf(FenceLost);
        expect(await store.eventsAfter(0, 100)).toEqual(before.events);
        expect(await commit(2, { instanceId: 'i2', token: 2 })).toHaveLength(1);
      } finally {
        await owner.end();
        await store.close();
      }
    });

    it('says where it is without the password', async () => {
      const db = await database();
      const store = await PgCloudStore.open(db.url);
      try {
        expect(store.kind).toBe('postgres');
        expect(store.location).toContain(db.name);
        expect(new URL(store.location).password).toBe('');
        expect(redactUrl('postgres://u:secret@h:5432/db?sslmode=require')).toBe('postgres://u@h:5432/db?sslmode=require');
        expect(redactUrl('host=h user=u password=secret dbname=db')).toBe('host=h user=u password=*** dbname=db');
      } finally {
        await store.close();
      }
    });

    it('is unhealthy after its connections are killed, and healthy again once the database answers', async () => {
      const db = await database();
      const store = await PgCloudStore.open(db.url, { max: 2 });
      try {
        await Promise.all([store.lastPosition(), store.lastPosition()]); // idle clients in the pool
        expect(store.healthy()).toBe(true);
        await sql(db.url, 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [db.name]);
        // The pool reports its idle clients' errors; the next healthy() call probes the database.
        const states: boolean[] = [];
        await until('unhealthy, then healthy again', async () => {
          states.push(store.healthy());
          return states.includes(false) && states.at(-1) === true ? true : undefined;
        }, 5000, 1);
        expect(await store.lastPosition()).toBe(0);
      } finally {
        await store.close();
      }
      expect(store.healthy()).toBe(false);
    });

    it('is unhealthy after a commit failed for want of the server (53100 disk full) until a probe write commits; a read does not heal it', async () => {
      const db = await database();
      const store = await PgCloudStore.open(db.url, { max: 2 });
      try {
        await store.storeEpoch();
        // The server refuses writes as a full disk makes it (SQLSTATE 53100, raised by the
        // server itself in a trigger on the tables a commit and the probe write).
        await sql(db.url, `
          CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = '53100'; END $$;
          CREATE TRIGGER full_events BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION disk_full();
          CREATE TRIGGER full_meta BEFORE INSERT OR UPDATE ON meta FOR EACH ROW EXECUTE FUNCTION disk_full();`);
        await expect(store.append('d1', [tick('d1', 1)])).rejects.toMatchObject({ code: '53100' });
        expect(store.healthy()).toBe(false);
        // Reads still work; readiness waits for a write. Probes run meanwhile and fail.
        for (let i = 0; i < 5; i++) {
          expect(await store.lastPosition()).toBe(0);
          expect(store.healthy()).toBe(false);
          await new Promise((r) => setTimeout(r, 20));
        }
        await sql(db.url, 'DROP TRIGGER full_events ON events; DROP TRIGGER full_meta ON meta');
        await until('healthy again', async () => (store.healthy() ? true : undefined), 5000, 10);
        expect(await store.append('d1', [tick('d1', 1)])).toHaveLength(1);
      } finally {
        await store.close();
      }
    });

    it('fails to open, and says so, when the database does not exist', async () => {
      const db = await createTestDatabase();
      await db.drop();
      await expect(PgCloudStore.open(db.url)).rejects.toThrow(/does not exist/);
    });
  });
});
