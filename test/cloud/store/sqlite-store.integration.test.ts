import { fstatSync, mkdtempSync, rmSync, statSync, type fdatasync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SqliteCloudStore } from '../../../cloud/store/sqlite-store.js';
import { PROJECTION_TABLES } from '../../../cloud/store/schema.js';
import { DEAD_LETTER_LIMITS, StoreUnavailable, type CloudStore } from '../../../cloud/store/store.js';
import { AT, D, online, type StoreFixture } from './contract-fixtures.js';
import { describeEventStoreContract } from './event-store.contract.js';
import { describeReadModelContract } from './read-model.contract.js';
import { describeRegistryContract } from './registry.contract.js';
import { describeReportStoreContract } from './reports.contract.js';
import { describeStoreOperationsContract } from './store-operations.contract.js';

// The embedded adapter on a real file in a temporary directory of its own.
async function openSqlite(): Promise<StoreFixture> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ff-store-'));
  const opened: CloudStore[] = [];
  const open = (): SqliteCloudStore => {
    const s = new SqliteCloudStore(dir);
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
describeRegistryContract(SQLITE, openSqlite);
describeEventStoreContract(SQLITE, openSqlite);
describeReadModelContract(SQLITE, openSqlite);
describeStoreOperationsContract(SQLITE, openSqlite);
describeReportStoreContract(SQLITE, openSqlite);

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
