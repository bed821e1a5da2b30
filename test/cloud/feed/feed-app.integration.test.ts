// The feed process's app in this process (issue 13 item 1): it reads a store another
// connection writes, and a client that was on another feed process, a little ahead of this
// one's tail, is answered from memory once the tail has caught up, not from a store read.
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { FeedApp } from '../../../cloud/feed/app.js';
import { DEFAULT_HISTORY } from '../../../cloud/feed/history.js';
import type { DomainEvent } from '../../../cloud/domain/index.js';
import { SqliteCloudStore } from '../../../cloud/store/index.js';
import { useCleanups } from '../../support/lifecycle.js';
import { useTmpDirs } from '../../support/tmp.js';
import { ADMIN, FeedClient } from './harness.js';

const tmp = useTmpDirs();
const cleanup = useCleanups();
const online = (n: number): DomainEvent => ({ type: 'FridgeOnline', district: 'mitte', fridgeId: 'f1', at: n, epoch: 'ep' });

async function metric(port: number, line: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const hit = text.split('\n').find((l) => l.startsWith(line));
  return hit === undefined ? 0 : Number(hit.split(' ').pop());
}

describe('fridge-feed app (integration)', () => {
  it('waits for its tail to reach a resume position the store already has, then answers it from memory', async () => {
    const dir = tmp();
    const writer = new SqliteCloudStore(dir);
    cleanup(() => writer.close());
    await writer.createFridge({ id: 'f1', district: 'mitte', name: 'F1', lat: 52.52, lon: 13.405, credentialHash: 'x' }, 1);
    await writer.append('mitte', [online(1)]);
    // A tail that reads only every 1.5 s: the store runs ahead of it in between.
    const app = await FeedApp.open({ dataDir: dir, databaseUrl: undefined, httpHost: '127.0.0.1', httpPort: 0, adminToken: ADMIN, trustedProxies: undefined, pollMs: 1500, pgPollMs: 1000, history: DEFAULT_HISTORY, registryRefreshMs: 1000, logLevel: 'silent' }, pino({ level: 'silent' }));
    const { httpPort } = await app.start();
    cleanup(() => app.stop());
    const url = `ws://127.0.0.1:${httpPort}/v1/feed`;
    const connect = async (): Promise<FeedClient> => {
      const c = new FeedClient(new WebSocket(url), 'json');
      cleanup(async () => c.terminate());
      await c.opened;
      return c;
    };

    const a = await connect();
    const snap = (await a.request({ subscribe: { districts: ['mitte'] } })).snapshot!;
    const [first] = await writer.append('mitte', [online(2)]);
    // Right after the tail's read that brought `first`, the store gets one more.
    expect((await a.next((m) => m.event != null)).event!.cursor!.position).toBe(first!.position);
    const [ahead] = await writer.append('mitte', [online(3)]);
    expect(app.tail.position).toBe(first!.position);

    // A client that saw `ahead` at another feed process resumes here.
    const b = await connect();
    const r = await b.request({ subscribe: { districts: ['mitte'], resumeFrom: { epoch: snap.cursor!.epoch, position: ahead!.position } } }, (m) => m.resumed != null || m.resync != null);
    expect(r.resumed).toEqual({ cursor: { epoch: snap.cursor!.epoch, position: ahead!.position }, replayed: 0, recovered: true });
    expect(await metric(httpPort, 'ff_cloud_feed_resumes_total{outcome="memory"}')).toBe(1);
    expect(await metric(httpPort, 'ff_cloud_feed_resumes_total{outcome="store"}')).toBe(0);
    // And it is live from there.
    const [next] = await writer.append('mitte', [online(4)]);
    expect((await b.next((m) => m.event != null)).event!.cursor!.position).toBe(next!.position);
  });
});
