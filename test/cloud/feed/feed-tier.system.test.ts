// The feed in processes of its own (issue 13 item 1): two fridge-feed processes tail one event
// store that a fridge-cloud (without a feed of its own) writes; clients on both follow door
// sessions; one feed process is killed (SIGKILL) mid-stream, and its clients resume on the
// other with nothing missed and nothing repeated, compared with the event store.
import mqtt, { type MqttClient } from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { epcBytes } from '../../../cloud/domain/index.js';
import { openStore, type StoredEvent } from '../../../cloud/store/index.js';
import { FEED_SUBPROTOCOLS, type Cursor, type FeedEncoding, type FeedEvent, type Subscribe } from '../../../proto/feed.js';
import { AckStatus, assembleBatch, decodeAck, encodeFridgeEvent, encodeStatus, StatusState, topics, type FridgeEvent } from '../../../proto/index.js';
import { CloudProcess } from '../../support/cloud-process.js';
import { FeedProcess } from '../../support/feed-process.js';
import { postgresSkipReason, usePostgres } from '../../../testkit/postgres.js';
import { useTmpDirs } from '../../support/tmp.js';
import { FeedClient } from './harness.js';

const tmp = useTmpDirs();
const pgDatabase = usePostgres();
const skipPg = await postgresSkipReason();

const running: Array<{ stop(): Promise<unknown> }> = [];
afterEach(async () => {
  for (const r of running.splice(0).reverse()) await r.stop().catch(() => undefined);
}, 60_000);

/** SIGTERM, and SIGKILL if it has not exited within 5 s. */
async function stopProcess(p: { kill(signal?: NodeJS.Signals): Promise<unknown> }): Promise<void> {
  const t = setTimeout(() => void p.kill('SIGKILL'), 5000);
  await p.kill('SIGTERM');
  clearTimeout(t);
}

const LASAGNA = '09506000134352';
const CARRIED = new Set(['MealStockUpdated', 'MealStockReserved', 'MealStockCanceled', 'CatalogUpdated', 'FridgeOnline', 'FridgeOffline', 'TemperatureRecorded', 'MealNearingExpiry']);
const FRIDGES = [
  { id: 'm1', district: 'mitte', lat: 52.52, lon: 13.405 },
  { id: 'm2', district: 'mitte', lat: 52.522, lon: 13.41 },
  { id: 'k1', district: 'kreuzberg', lat: 52.4986, lon: 13.4033 },
  { id: 'k2', district: 'kreuzberg', lat: 52.4991, lon: 13.4101 },
];
const SESSIONS = 16;

/** A fridge publishing over MQTT as an edge does: a snapshot of its tags, then door sessions that each take one meal. */
async function fridgeOf(cloud: CloudProcess, f: (typeof FRIDGES)[number], tags: number): Promise<{ session(): Promise<void>; client: MqttClient }> {
  const password = await cloud.registerFridge(f.id, f.district, f.lat, f.lon);
  const n = FRIDGES.indexOf(f);
  const epcs = Array.from({ length: tags }, (_, i) => `3074257BF7194E40${(n * 4096 + i).toString(16).toUpperCase().padStart(8, '0')}`);
  const best = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const tagged = await cloud.api('POST', '/v1/tags', { tags: epcs.map((epc) => ({ epc, gtin: LASAGNA, best_before: best })) });
  expect(tagged.status).toBe(201);
  const client = await mqtt.connectAsync(cloud.mqttUrl, { clientId: `fridge-${f.id}`, username: f.id, password, reconnectPeriod: 0 });
  await client.subscribeAsync(topics.ack(f.district, f.id), { qos: 1 });
  await client.publishAsync(topics.status(f.district, f.id), Buffer.from(encodeStatus({ state: StatusState.ONLINE, fridgeId: f.id, epoch: 'ep-1', bdSeq: 1, atMs: Date.now() })), { qos: 1, retain: true });
  let seq = 0;
  const publish = async (event: Omit<FridgeEvent, 'seq'>): Promise<void> => {
    seq += 1;
    const acked = new Promise<number>((resolve) => client.once('message', (_t, p) => {
      const a = decodeAck(p);
      resolve(a.ok ? (a.value.status ?? 0) : -1);
    }));
    client.publish(topics.batch(f.district, f.id), Buffer.from(assembleBatch({ fridgeId: f.id, epoch: 'ep-1', prevSeq: seq - 1, sentAtMs: Date.now() }, [encodeFridgeEvent({ seq, ...event })])), { qos: 1 });
    expect(await acked).toBe(AckStatus.OK);
  };
  await publish({ recordedAtMs: Date.now(), snapshot: { reason: 2, tags: epcs.map(epcBytes), unseen: [], shelves: [] } });
  let left = tags;
  return {
    client,
    async session() {
      left -= 1;
      const now = Date.now();
      await publish({ recordedAtMs: now, doorSession: { openedAtMs: now - 4000, closedAtMs: now - 1000, openCount: 1, removed: [epcBytes(epcs[left]!)], added: [], shelves: [], rounds: 1, tagCount: left } });
    },
  };
}

/**
 * A feed client that follows one subscription across connections: on a close it connects to
 * the next URL and resumes from the cursor of the last event it processed.
 */
class Follower {
  readonly events: FeedEvent[] = [];
  snapshotAt = 0;
  cursor: Cursor | undefined;
  resumes: Array<{ replayed: number; recovered: boolean }> = [];
  private client: FeedClient | undefined;

  constructor(readonly name: string, readonly encoding: FeedEncoding, readonly subscribe: Subscribe) {}

  async connect(url: string): Promise<void> {
    const ws = new WebSocket(url, this.encoding === 'proto' ? [FEED_SUBPROTOCOLS.proto] : [], { headers: this.subscribe.allDistricts ? { authorization: `Bearer ${'test-admin-token-0123456789'}` } : {} });
    const c = new FeedClient(ws, this.encoding);
    this.client = c;
    await c.opened;
    const resuming = this.cursor !== undefined;
    const id = c.send({ subscribe: { ...this.subscribe, ...(resuming ? { resumeFrom: this.cursor } : {}) } });
    const first = await c.next((m) => m.requestId === id && (m.snapshot != null || m.resumed != null || m.resync != null || m.error != null), 20_000);
    if (!resuming) {
      expect(first.snapshot, `${this.name}: ${JSON.stringify(first)}`).toBeDefined();
      this.snapshotAt = first.snapshot!.cursor!.position!;
      this.cursor = first.snapshot!.cursor!;
    } else {
      expect(first.resumed, `${this.name} resumed: ${JSON.stringify(first)}`).toBeDefined();
      this.resumes.push({ replayed: first.resumed!.replayed ?? 0, recovered: first.resumed!.recovered ?? false });
    }
    // Every event since (replayed ones came before `resumed`, in the same order).
    const take = (): void => {
      for (const m of c.messages.splice(0)) {
        if (m.event == null) continue;
        this.events.push(m.event);
        this.cursor = m.event.cursor!;
      }
    };
    take();
    c.ws.on('message', () => setImmediate(take));
  }

  get closed(): Promise<unknown> {
    return this.client!.closed;
  }

  stop(): void {
    this.client?.terminate();
  }
}

async function run(o: { dataDir: string; cloudArgs: string[]; feedArgs: string[]; store: () => ReturnType<typeof openStore> }): Promise<void> {
  const cloud = await CloudProcess.start(o.dataDir, ['--feed', 'off', ...o.cloudArgs]);
  running.push({ stop: () => stopProcess(cloud.proc) });
  const fridges = await Promise.all(FRIDGES.map((f) => fridgeOf(cloud, f, SESSIONS + 2)));
  running.push({ stop: async () => Promise.all(fridges.map((f) => f.client.endAsync(true))) });
  const feeds = [await FeedProcess.start(o.dataDir, o.feedArgs), await FeedProcess.start(o.dataDir, o.feedArgs)];
  running.push({ stop: async () => Promise.all(feeds.map((f) => stopProcess(f))) });

  const followers = [
    new Follower('mitte/json', 'json', { districts: ['mitte'] }),
    new Follower('kreuzberg/proto', 'proto', { districts: ['kreuzberg'] }),
    new Follower('both/json', 'json', { districts: ['mitte', 'kreuzberg'] }),
    new Follower('area-k1/proto', 'proto', { areas: [{ lat: 52.4986, lon: 13.4033, radiusM: 100 }] }),
    new Follower('admin/json', 'json', { allDistricts: true }),
    new Follower('mitte/proto', 'proto', { districts: ['mitte'] }),
  ];
  running.push({ stop: async () => followers.forEach((f) => f.stop()) });
  // Half on each feed process; those of the first move to the second when it is killed.
  const [doomed, survivor] = [feeds[0]!, feeds[1]!];
  await Promise.all(followers.map((f, i) => f.connect((i % 2 === 0 ? doomed : survivor).url)));
  const moved = followers.filter((_, i) => i % 2 === 0);
  const resumed = moved.map((f) => f.closed.then(() => f.connect(survivor.url)));

  // Door sessions in all fridges at once; the first feed process dies in the middle of them.
  for (let round = 0; round < SESSIONS; round++) {
    const sessions = fridges.map((f) => f.session());
    // While this round's batches are being committed and published.
    if (round === SESSIONS / 2) sessions.push(doomed.kill('SIGKILL').then(() => undefined));
    await Promise.all(sessions);
  }
  await Promise.all(resumed);

  const store = await o.store();
  let all: StoredEvent[];
  try {
    all = await store.eventsAfter(0, 1_000_000);
  } finally {
    await store.close();
  }
  const scopeOf: Record<string, (s: StoredEvent) => boolean> = {
    'mitte/json': (s) => s.event.district === 'mitte',
    'mitte/proto': (s) => s.event.district === 'mitte',
    'kreuzberg/proto': (s) => s.event.district === 'kreuzberg',
    'both/json': () => true,
    'admin/json': () => true,
    'area-k1/proto': (s) => (s.event.type === 'CatalogUpdated' ? s.event.district === 'kreuzberg' : 'fridgeId' in s.event && s.event.fridgeId === 'k1'),
  };
  for (const f of followers) {
    const want = all.filter((s) => s.position > f.snapshotAt && CARRIED.has(s.event.type) && scopeOf[f.name]!(s)).map((s) => s.position);
    // Wait until the follower has seen the last event of its scope (or time out with what it has).
    const deadline = Date.now() + 20_000;
    while ((f.events.at(-1)?.cursor?.position ?? 0) < (want.at(-1) ?? 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(f.events.map((e) => e.cursor!.position), f.name).toEqual(want);
    expect(want.length, f.name).toBeGreaterThanOrEqual(SESSIONS);
  }
  for (const f of moved) {
    expect(f.resumes, f.name).toHaveLength(1);
    expect(f.resumes[0]!.recovered, f.name).toBe(true);
  }
  // The survivor answered every resume from memory.
  const metrics = await (await fetch(`${survivor.base}/metrics`)).text();
  expect(metrics).toMatch(new RegExp(`^ff_cloud_feed_resumes_total\\{outcome="memory"\\} ${moved.length}$`, 'm'));
  // SIGTERM: its clients are told it is going away (1001), and it exits 0.
  const goodbye = followers.map((f) => f.closed);
  expect(await survivor.kill('SIGTERM')).toEqual({ code: 0, signal: null });
  expect(await Promise.all(goodbye)).toEqual(followers.map(() => ({ code: 1001, reason: 'server shutting down' })));
}

describe('feed tier (system: fridge-cloud and two fridge-feed processes)', () => {
  it('SQLite: a feed process killed mid-stream; its clients resume on the other, nothing missed or repeated', async () => {
    const dataDir = tmp();
    await run({ dataDir, cloudArgs: [], feedArgs: ['--poll-ms', '2'], store: () => openStore({ dataDir }) });
  }, 120_000);

  it.skipIf(skipPg !== undefined)('PostgreSQL: a feed process killed mid-stream; its clients resume on the other, nothing missed or repeated', async () => {
    const db = await pgDatabase();
    const dataDir = tmp();
    await run({ dataDir, cloudArgs: ['--database-url', db.url, '--districts', 'mitte,kreuzberg'], feedArgs: ['--database-url', db.url], store: () => openStore({ dataDir: tmp(), databaseUrl: db.url }) });
  }, 120_000);
});
