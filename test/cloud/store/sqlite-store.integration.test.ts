import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteCloudStore } from '../../../cloud/store/sqlite-store.js';
import { PROJECTION_TABLES } from '../../../cloud/store/schema.js';
import type { CloudStore } from '../../../cloud/store/store.js';
import { describeCloudStoreContract } from './store.contract.js';

// The embedded adapter on a real file in a temporary directory of its own.
describeCloudStoreContract('sqlite (integration, real file)', async () => {
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
});
