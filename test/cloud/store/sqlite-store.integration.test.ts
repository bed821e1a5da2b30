import { copyFileSync, fstatSync, mkdtempSync, rmSync, statSync, type fdatasync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { SqliteCloudStore } from '../../../cloud/store/sqlite-store.js';
import { PROJECTION_TABLES } from '../../../cloud/store/schema.js';
import { DEAD_LETTER_LIMITS, StoreUnavailable, type CloudStore } from '../../../cloud/store/store.js';
import { AT, batch, D, online, raws, type StoreFixture } from './contract-fixtures.js';
import { describeEventStoreContract } from './event-store.contract.js';
import { describeReadModelContract } from './read-model.contract.js';
import { describeRegistryContract } from './registry.contract.js';
import { describeReportStoreContract } from './reports.contract.js';
import { describeStoreOperationsContract } from './store-operations.contract.js';

// The embedded adapter on a real file in a temporary directory of its own; `thread`: its
// group commits on the writer thread, as the cloud runs it.
async function openSqlite(thread = false): Promise<StoreFixture> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ff-store-'));
  const opened: CloudStore[] = [];
  const open = (): SqliteCloudStore => {
    const s = new SqliteCloudStore(dir);
    if (thread) s.useWriterThread(pino({ level: 'silent' }));
    opened.push(s);
    return s;
  };
  const store = open();
  return {
    store,
    reopen: async () => open(),
    wipeProjections: async () => {
      for (const t of PROJECTION_TABLES) store.db.exec(`DELETE FROM ${t}`);
    },
    cleanup: async () => {
      for (const s of opened) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const SQLITE = 'sqlite (integration, real file)';
describeRegistryContract(SQLITE, () => openSqlite());
describeEventStoreContract(SQLITE, () => openSqlite());
describeEventStoreContract('sqlite, group commits on the writer thread (integration, real file)', () => openSqlite(true));
describeReadModelContract(SQLITE, () => openSqlite());
describeStoreOperationsContract(SQLITE, () => openSqlite());
describeReportStoreContract(SQLITE, () => openSqlite());

describe('sqlite store created before dead letters were bounded (integration, real file)', () => {
  it('adds the new columns in place and cuts the dead letters it kept whole to their prefix', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ff-store-'));
    try {
      const old = new Database(path.join(dir, 'cloud.db'));
      old.exec('CREATE TABLE dead_letters (id INTEGER PRIMARY KEY, fridge_id TEXT, topic TEXT NOT NULL, reason TEXT NOT NULL, payload BLOB NOT NULL, at INTEGER NOT NULL)');
      old.prepare('INSERT INTO dead_letters (fridge_id, topic, reason, payload, at) VALUES (?, ?, ?, ?, ?)').run('f1', 't', 'oversized', Buffer.alloc(300_000, 3), 1_760_000_000_000);
      old.close();
      const store = new SqliteCloudStore(dir);
      try {
        expect((await store.deadLetters()).map(({ id: _id, ...r }) => r)).toEqual([
          { fridgeId: 'f1', topic: 't', reason: 'oversized', at: 1_760_000_000_000, firstAt: 1_760_000_000_000, bytes: 300_000, keptBytes: DEAD_LETTER_LIMITS.prefixBytes, digest: '', count: 1 },
        ]);
        await store.deadLetter({ fridgeId: 'f1', topic: 't', reason: 'undecodable', payload: new Uint8Array(3), now: 1_760_000_000_001 });
        expect(await store.deadLetters()).toHaveLength(2);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sqlite store: raw events one row per batch, and a store from before (issue 12, integration, real file)', () => {
  const RAW = 'SELECT fridge_id, epoch, seq, recorded_at, received_at, hex(payload) AS payload FROM fridge_events ORDER BY fridge_id, epoch, seq';

  it('keeps a batch\'s raw events in one row that the fridge_events view unfolds byte for byte', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ff-store-'));
    const store = new SqliteCloudStore(dir);
    try {
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(1, 3), expected: undefined, committedSeq: 3, now: AT + 1 }));
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(4, 5), expected: { epoch: 'e1', committedSeq: 3 }, committedSeq: 5, now: AT + 2 }));
      expect(store.db.prepare('SELECT COUNT(*) AS n FROM fridge_event_runs').get()).toEqual({ n: 2 });
      expect(store.db.prepare(RAW).all()).toEqual(raws(1, 5).map((r) => ({ fridge_id: 'f1', epoch: 'e1', seq: r.seq, recorded_at: r.recordedAt, received_at: r.seq <= 3 ? AT + 1 : AT + 2, payload: Buffer.from(r.payload).toString('hex').toUpperCase() })));
      // A range across both runs, by seq.
      expect([...(await store.rawPayloads('f1', 'e1', 2, 4))].map(([seq, p]) => [seq, [...p]])).toEqual(raws(2, 4).map((r) => [r.seq, [...r.payload]]));
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens a store that kept one row per raw event: reads, refuses again, counts and prunes them with the new runs', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ff-store-'));
    try {
      // The layout of a store from before the runs: table fridge_events, one row per event.
      const created = new SqliteCloudStore(dir);
      await created.close();
      const old = new Database(path.join(dir, 'cloud.db'));
      old.exec('DROP TRIGGER fridge_events_insert; DROP VIEW fridge_events; DROP TRIGGER fridge_event_runs_once; DROP TABLE fridge_event_runs; ALTER TABLE fridge_events_each RENAME TO fridge_events');
      const ins = old.prepare('INSERT INTO fridge_events (fridge_id, epoch, seq, recorded_at, received_at, payload) VALUES (?, ?, ?, ?, ?, ?)');
      for (const r of raws(1, 3)) ins.run('f1', 'e1', r.seq, r.recordedAt, AT, r.payload);
      old.prepare('INSERT INTO cursors (fridge_id, epoch, committed_seq, updated_at) VALUES (?, ?, ?, ?)').run('f1', 'e1', 3, AT);
      old.close();

      const store = new SqliteCloudStore(dir);
      try {
        expect(await store.highestRawSeq('f1', 'e1')).toBe(3);
        // A batch overlapping the old rows is refused even with the right cursor.
        await expect(store.commitBatch(batch({ fridgeId: 'f1', raw: raws(3, 4), expected: { epoch: 'e1', committedSeq: 3 }, committedSeq: 4 }))).rejects.toThrow(/UNIQUE/);
        await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(4, 6), expected: { epoch: 'e1', committedSeq: 3 }, committedSeq: 6, now: AT + 1000 }));
        expect(await store.highestRawSeq('f1', 'e1')).toBe(6);
        expect(await store.rawEventCount('f1')).toBe(6);
        expect([...(await store.rawPayloads('f1', 'e1', 2, 5)).keys()]).toEqual([2, 3, 4, 5]);
        expect((store.db.prepare(RAW).all() as Array<{ seq: number }>).map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6]);
        // Retention takes the old rows and the runs by the time they came.
        expect(await store.pruneRawEvents(AT + 1)).toBe(3);
        expect(await store.pruneRawEvents(AT + 2000)).toBe(3);
        expect(await store.rawEventCount('f1')).toBe(0);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sqlite store: group commits on the writer thread (issue 12, integration, real file)', () => {
  it('commits groups on its own connection while this one reads, and goes on in the process when the thread dies', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ff-store-'));
    const store = new SqliteCloudStore(dir);
    store.useWriterThread(pino({ level: 'silent' }));
    try {
      expect(store.writerThread).toBeDefined();
      const first = await store.commitGroup([{ kind: 'batch', batch: batch({ fridgeId: 'f1', raw: raws(1, 2), events: [online('f1', 'e1')], expected: undefined, committedSeq: 2 }) }]);
      expect(first).toMatchObject([{ ok: true, stored: [{ event: online('f1', 'e1') }] }]);
      // What the thread committed, this connection reads.
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e1', committedSeq: 2 });
      expect(await store.eventsAfter(0, 10)).toEqual(first[0]!.ok ? first[0]!.stored : []);
      // A unit the thread refuses is answered with the store's own error.
      const refused = await store.commitGroup([{ kind: 'batch', batch: batch({ fridgeId: 'f1', raw: raws(3, 3), expected: { epoch: 'e1', committedSeq: 1 }, committedSeq: 3 }) }]);
      expect(refused).toMatchObject([{ ok: false, error: { name: 'CursorConflict', fridgeId: 'f1' } }]);
      await store.writerThread!.crash();
      expect(store.writerThread).toBeUndefined();
      const after = await store.commitGroup([{ kind: 'batch', batch: batch({ fridgeId: 'f1', raw: raws(3, 4), events: [online('f1', 'e1')], expected: { epoch: 'e1', committedSeq: 2 }, committedSeq: 4 }) }]);
      expect(after[0]!.ok).toBe(true);
      expect(await store.rawEventCount('f1')).toBe(4);
      expect((await store.eventsAfter(0, 10)).map((e) => e.position)).toEqual([1, 2]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sqlite store: checkpoints on a thread of their own (issue 12, integration, real file)', () => {
  // Batches of one fridge, each with 100 raw events of 2 KiB: ~50 pages of log each.
  const bigRaw = (from: number): ReturnType<typeof raws> =>
    Array.from({ length: 100 }, (_, i) => ({ seq: from + i, recordedAt: AT + from + i, payload: new Uint8Array(2048).fill((from + i) % 251) }));
  async function commitBatches(store: SqliteCloudStore, n: number, after = 0): Promise<void> {
    for (let k = after; k < after + n; k++) {
      const out = await store.commitGroup([{ kind: 'batch', batch: batch({ fridgeId: 'f1', raw: bigRaw(k * 100 + 1), expected: k === 0 ? undefined : { epoch: 'e1', committedSeq: k * 100 }, committedSeq: (k + 1) * 100 }) }]);
      expect(out[0]!.ok).toBe(true);
    }
  }
  const fileSize = (f: string): number => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  };
  /**
   * A store in a directory of its own checkpointing on its thread (`opts`; busy and idle default
   * to 10 minutes: the thread copies only when asked), with a second connection (`reader`), both
   * closed and the directory removed after `test`.
   */
  async function withCheckpointer(opts: Parameters<SqliteCloudStore['checkpointOffLoop']>[1], test: (store: SqliteCloudStore, reader: Database.Database) => Promise<void>, writerThread = false): Promise<void> {
    const dir = mkdtempSync(path.join(tmpdir(), 'ff-store-'));
    const store = new SqliteCloudStore(dir);
    if (writerThread) store.useWriterThread(pino({ level: 'silent' }));
    store.checkpointOffLoop(pino({ level: 'silent' }), { busyMs: 600_000, idleMs: 600_000, ...opts });
    const reader = new Database(store.location);
    try {
      expect(await store.checkpointsStarted()).toBe(true);
      expect(store.checkpoints).toBeDefined();
      await test(store, reader);
    } finally {
      reader.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** A reader's snapshot taken now keeps the frames after it from being copied until it ends. */
  const holdSnapshot = (reader: Database.Database): void => {
    reader.prepare('BEGIN').run();
    reader.prepare('SELECT COUNT(*) AS n FROM fridge_event_runs').get();
  };

  it.each(['the process', 'the writer thread'])('leaves the log to the thread: COMMITs in %s copy nothing into the database, a drain of the thread copies it all', (writer) =>
    withCheckpointer({}, async (store) => {
      expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      const before = fileSize(store.location);
      await commitBatches(store, 40); // ~2,000 pages of log: SQLite's own COMMIT would have copied them at 1,000
      expect(fileSize(`${store.location}-wal`)).toBeGreaterThan(6_000_000);
      expect(fileSize(store.location)).toBe(before);
      const round = store.checkpoints!.nextRound();
      await store.checkpoints!.drain();
      const r = await round;
      expect(r.log).toBeGreaterThan(1500);
      expect(r.checkpointed).toBe(r.log);
      // The database file alone holds every batch now.
      const copyDir = mkdtempSync(path.join(tmpdir(), 'ff-store-copy-'));
      try {
        copyFileSync(store.location, path.join(copyDir, 'copy.db'));
        const copy = new Database(path.join(copyDir, 'copy.db'));
        expect(copy.prepare('SELECT COUNT(*) AS n, MAX(last_seq) AS last FROM fridge_event_runs').get()).toEqual({ n: 40, last: 4000 });
        copy.close();
      } finally {
        rmSync(copyDir, { recursive: true, force: true });
      }
    }, writer === 'the writer thread'));

  it('keeps the log within its limit: past it, a group commit waits for the thread to copy the rest, and the log starts over', () =>
    // The thread copies only when asked (drain), or when a commit past the limit asks; no pause
    // after the drain a reader spoils (the next test has it).
    withCheckpointer({ limitBytes: 1_000_000, drainBackoffMs: 0 }, async (store, reader) => {
      await commitBatches(store, 20);
      // The round sees the log past the limit, the frames after the reader's snapshot not copied.
      holdSnapshot(reader);
      await commitBatches(store, 20, 20);
      const seen = store.checkpoints!.nextRound();
      await store.checkpoints!.drain();
      const r = await seen;
      expect(r.checkpointed).toBeLessThan(r.log);
      expect(store.checkpoints!.overLimit).toBe(true);
      reader.prepare('COMMIT').run();
      const longest = fileSize(`${store.location}-wal`);
      // The next commit waits for the rest to be copied and begins on a copied log: it starts
      // over from the log's beginning, and so do the 20 after it (without the wait they would
      // append: 4 MB more).
      await commitBatches(store, 20, 40);
      expect(fileSize(`${store.location}-wal`)).toBe(longest);
      expect(store.checkpoints!.overLimit).toBe(false);
      expect(await store.rawEventCount('f1')).toBe(6000);
    }));

  it('does not make every commit wait while a reader\'s old snapshot keeps the log from being copied', () =>
    withCheckpointer({ limitBytes: 1_000_000, drainBackoffMs: 600_000 }, async (store, reader) => {
      holdSnapshot(reader);
      await commitBatches(store, 20);
      const seen = store.checkpoints!.nextRound();
      await store.checkpoints!.drain();
      expect((await seen).checkpointed).toBeLessThan((await seen).log);
      // Past the limit, but a drain just failed: commits go on without waiting for the thread.
      expect(store.checkpoints!.overLimit).toBe(false);
      let rounds = 0;
      void store.checkpoints!.nextRound().then(() => (rounds += 1));
      await commitBatches(store, 5, 20);
      expect(rounds).toBe(0);
    }));

  it('hands the checkpoints back to the store\'s connection when the thread dies', () =>
    withCheckpointer({ limitBytes: 1_000_000, busyMs: 25, idleMs: 100 }, async (store) => {
      await store.checkpoints!.crash();
      expect(store.checkpoints).toBeUndefined();
      expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      await commitBatches(store, 30); // past the limit: nothing waits for a thread that is gone
      expect(await store.rawEventCount('f1')).toBe(3000);
      expect(fileSize(store.location)).toBeGreaterThan(2_000_000); // its own COMMITs copied the log
    }));
});

describe('sqlite store: a write settles once its log is on disk (integration, real file)', () => {
  it('holds every write until the fdatasync of the write-ahead log that follows it has returned, and fails it when the flush fails', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ff-store-'));
    const flushes: Array<{ fd: number; done: (err: NodeJS.ErrnoException | null) => void }> = [];
    const store = new SqliteCloudStore(dir, { fdatasync: ((fd: number, done: (err: NodeJS.ErrnoException | null) => void) => { flushes.push({ fd, done }); }) as typeof fdatasync });
    try {
      let settled = false;
      const commit = store.commitGroup([{ kind: 'append', district: D, events: [online('f1', 'e1')] }]).then((o) => { settled = true; return o; });
      await new Promise((r) => setImmediate(r));
      expect(flushes).toHaveLength(1);
      expect(fstatSync(flushes[0]!.fd).ino).toBe(statSync(path.join(dir, 'cloud.db-wal')).ino); // the log, not the database
      expect(settled).toBe(false);
      flushes[0]!.done(null);
      const [outcome] = await commit;
      expect(outcome?.ok).toBe(true);

      const meal = store.putMeal({ gtin: '09506000134352', name: 'Soup', bestBeforeDays: 3 } as never, AT);
      await new Promise((r) => setImmediate(r));
      expect(flushes).toHaveLength(2);
      flushes[1]!.done(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));
      await expect(meal).rejects.toBeInstanceOf(StoreUnavailable);
    } finally {
      for (const f of flushes.slice(2)) f.done(null);
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
