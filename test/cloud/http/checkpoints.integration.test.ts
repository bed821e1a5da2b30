// The cloud's SQLite store copies its write-ahead log on a thread of its own by default, and in
// its COMMITs (SQLite's own way) with --sqlite-checkpoints commit (issue 12, docs/cloud.md).
import { describe, expect, it } from 'vitest';
import type { SqliteCloudStore } from '../../../cloud/store/index.js';
import { useCloud } from './harness.js';

const start = useCloud();

describe('the cloud\'s SQLite checkpoints (integration: real app)', () => {
  it('runs them on the checkpointer thread by default: the store\'s connection never checkpoints, /metrics shows the log', async () => {
    const cloud = await start([]);
    const store = cloud.app.store as SqliteCloudStore;
    expect(await store.checkpointsStarted()).toBe(true);
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await store.checkpoints!.nextRound();
    const metrics = (await cloud.app.http.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/^ff_cloud_sqlite_wal_frames \d+$/m);
    expect(metrics).toMatch(/^ff_cloud_sqlite_checkpoint_seconds_count [1-9]\d*$/m);
  });

  it('leaves them to SQLite with --sqlite-checkpoints commit', async () => {
    const cloud = await start(['--sqlite-checkpoints', 'commit']);
    const store = cloud.app.store as SqliteCloudStore;
    expect(store.checkpoints).toBeUndefined();
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });
});
