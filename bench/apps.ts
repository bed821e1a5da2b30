// Apps (issue 5): what the apps see of the fleet, measured against the compiled fridge-cloud
// as a child process (embedded aedes broker, ingest, SQLite, HTTP API, /v1/feed), loopback only.
//   1. end to end: a controller (TcpControllerServer) writes a door session and its scans to a
//      real fridge-edge child process; the edge publishes to the cloud; a feed client (JSON)
//      receives the stockUpdated event. Measured from the last SCAN,END the controller wrote
//      for the session (the confirming round) to the event's arrival.
//   2. fan-out: as many feed clients as fit (up to 10,000) over two districts; a burst of door
//      sessions published by fridges over MQTT must reach every client. Against a bare `ws`
//      WebSocketServer (child process) broadcasting the same frames to as many clients.
//   3. catalog: GET /v1/catalog?lat=&lon=&radius_km= over 1,000 registered fridges, 200 and 304.
// Issue 5 goals: 1. p99 < 50 ms; 2. p99 < 250 ms, < 30 KB per idle connection; 3. >= 5,000 req/s (304).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { OutboxResetReason, SnapshotReason, encodeFridgeEvent, type FridgeEvent } from '../proto/index.js';
import { mealEpc } from '../simulator/world/sgtin96.js';
import { EdgeProcess, edgeArgs } from '../testkit/edge-process.js';
import { TcpControllerServer } from '../testkit/fake-controller.js';
import { connect as connectFeed, decodeServerFrame, type ConnectOptions, type FeedClient, type FeedEvent } from '../feed-client/src/node.js';
import { BenchCloud } from './bench-cloud.js';
import { BenchFridge, newCounters, type PendingBatch } from './bench-fridge.js';
import { MEALS, pool, quantiles, round, rssMb, sleep, within, type BenchResult } from './support.js';


/** The workload; the defaults are what docs/benchmarks.md records. */
export interface AppsOptions {
  /** 1: door sessions per edge run (one run with the default linger, one with --linger-ms 0), pause between them. */
  e2eSessions: number;
  e2ePauseMs: number;
  /** 2: feed clients (up to), door sessions in the burst (half per district), spread of the burst. */
  feedClients: number;
  burstSessions: number;
  /** 3: fridges registered over the city, how many of them get stock, load duration and concurrency. */
  catalogFridges: number;
  stockedFridges: number;
  catalogMs: number;
  catalogConcurrency: number;
}

export const DEFAULT_APPS: AppsOptions = {
  e2eSessions: 50,
  e2ePauseMs: 150,
  feedClients: 10_000,
  burstSessions: 20,
  catalogFridges: 1000,
  stockedFridges: 100,
  catalogMs: 5000,
  catalogConcurrency: 32,
};


let nextSerial = 2_000_000n;
/** `n` registered-able meal tags (uppercase hex), meals in turn from `first`. */
export function newTags(n: number, first = 0): string[] {
  return Array.from({ length: n }, (_, i) => {
    const meal = MEALS[(first + i) % MEALS.length] ?? MEALS[0];
    return mealEpc(meal.gtin, 7, nextSerial++).toUpperCase();
  });
}
const tagBytes = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex, 'hex'));




/** A fridge with its own credential and stock: the benchmarks' protocol client (BenchFridge) sending the batches it makes. */
export class MqttFridge extends BenchFridge {
  private seq = 0;

  constructor(id: string, district: string, password: string, readonly present: string[]) {
    super(id, password, district, newCounters());
  }

  /** The epoch's OutboxReset and a startup snapshot of what it holds. */
  start(): PendingBatch {
    const at = Date.now();
    return this.batch([
      { seq: 0, recordedAtMs: at, outboxReset: { reason: OutboxResetReason.CREATED } },
      { seq: 0, recordedAtMs: at, snapshot: { reason: SnapshotReason.STARTUP, tags: this.present.map(tagBytes), shelves: [{ shelf: 1, grams: 3000, stable: true }] } },
    ]);
  }

  /** A door session taking out one meal. */
  sale(): PendingBatch {
    const at = Date.now();
    const removed = this.present.splice(0, 1);
    return this.batch([
      {
        seq: 0, recordedAtMs: at,
        doorSession: { openedAtMs: at - 20_000, closedAtMs: at - 2_500, openCount: 1, removed: removed.map(tagBytes), added: [], shelves: [{ shelf: 1, beforeG: 3000, afterG: 2600, deltaG: -400, stable: true }], rounds: 2, tagCount: this.present.length },
      },
    ]);
  }

  private batch(events: FridgeEvent[]): PendingBatch {
    const prevSeq = this.seq;
    const encoded = events.map((e) => encodeFridgeEvent({ ...e, seq: ++this.seq }));
    return { prevSeq, lastSeq: this.seq, events: encoded };
  }
}

/**
 * A feed client of the benchmarks: the client library (feed-client/: JSON, no state kept),
 * resolved once live (its snapshot). `onEvent` gets each change with its arrival time and the
 * frame it came in (one `event`, or the `events` of one commit). A refused or failed attempt is
 * retried by the library (full jitter, Retry-After); not live within `deadlineMs`: closed and
 * rejected.
 */
export async function benchFeedClient(url: string, districts: string[], onEvent?: (e: FeedEvent, frame: string, at: number) => void, opt: Partial<ConnectOptions> & { deadlineMs?: number } = {}): Promise<FeedClient> {
  const { deadlineMs = 60_000, ...options } = opt;
  const c = connectFeed(url, { subscription: { districts }, keepState: false, pingMs: 0, attemptTimeoutMs: 30_000, ...options });
  if (onEvent !== undefined) {
    c.on('message', (m, frame) => {
      if (m.kind !== 'event' && m.kind !== 'events') return;
      const at = performance.now();
      const raw = typeof frame === 'string' ? frame : '';
      for (const e of m.kind === 'event' ? [m.event] : m.events.events) onEvent(e, raw, at);
    });
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      c.live(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`feed: not live within ${deadlineMs / 1000} s (${c.stats.attempts} attempts, ${c.stats.refused} refused, ${c.stats.timeouts} timed out)`)), deadlineMs);
      }),
    ]);
  } catch (err) {
    c.close();
    throw err;
  } finally {
    clearTimeout(timer);
  }
  return c;
}

/** A feed client (JSON): connects, subscribes to `districts`, resolves at the snapshot. */
function feedClient(url: string, districts: string[], onEvent: (e: FeedEvent, frame: string, at: number) => void): Promise<FeedClient> {
  return benchFeedClient(url, districts, onEvent);
}

/** What the bare server answers a client's district with (a stand-in for the snapshot). */
const BASELINE_SNAPSHOT = '{"snapshot":{}}';
/** A bare `ws` server in a child process: clients send a district, it broadcasts frames on command. */
const BASELINE_SERVER = `
const { WebSocketServer } = require('ws');
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
const groups = new Map();
wss.on('connection', (ws) => {
  ws.once('message', (d) => {
    const k = String(d);
    let s = groups.get(k);
    if (!s) groups.set(k, (s = new Set()));
    s.add(ws);
    ws.on('close', () => s.delete(ws));
    ws.send('${BASELINE_SNAPSHOT}');
  });
});
wss.on('listening', () => process.send({ port: wss.address().port }));
process.on('message', (m) => {
  if (m.kind === 'burst') for (const f of m.frames) for (const ws of groups.get(f.district) || []) ws.send(f.raw);
  if (m.kind === 'close') { for (const c of wss.clients) c.terminate(); wss.close(() => process.exit(0)); }
});
`;

export function startBaseline(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['-e', BASELINE_SERVER], { cwd: path.resolve(import.meta.dirname, '..'), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, port: (m as { port: number }).port }));
    child.once('exit', (code) => reject(new Error(`baseline server exited ${code ?? '?'}`)));
  });
}

export async function baselineClient(url: string, district: string, onEvent: (e: FeedEvent, at: number) => void): Promise<WebSocket> {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () => ws.send(district));
    ws.on('message', (data) => {
      const at = performance.now();
      const raw = String(data as Buffer);
      if (raw === BASELINE_SNAPSHOT) return resolve();
      const d = decodeServerFrame(raw, 'json');
      if (!d.ok) return;
      if (d.value.kind === 'event') onEvent(d.value.event, at);
      else if (d.value.kind === 'events') for (const e of d.value.events.events) onEvent(e, at);
    });
  });
  ws.on('error', () => undefined);
  return ws;
}

/**
 * The bare ws baseline of a fan-out: `n` clients of the baseline server (`districtOf` each),
 * then `frames` sent to their districts at once, delays counted from that moment for the
 * fridges named; `connected` runs between the clients' connect and the burst (e.g. an RSS
 * reading). Closes the clients, not the server.
 */
export async function baselineBurst(
  bl: { child: ChildProcess; port: number },
  o: { n: number; districtOf: (i: number) => string; frames: ReadonlyArray<{ district: string; raw: string }>; fridgeIds: readonly string[]; expectedPerClient: number; timeoutMs: number; connected?: () => void },
): Promise<{ clients: number; q: ReturnType<typeof quantiles>; complete: boolean }> {
  const base = new Delivery(o.n);
  const conn = await connectMany(o.n, (i) => baselineClient(`ws://127.0.0.1:${bl.port}`, o.districtOf(i), (e, at) => base.on(i, e, at)));
  try {
    await sleep(2000);
    o.connected?.();
    const t = performance.now();
    for (const id of o.fridgeIds) base.sentAt.set(id, t);
    bl.child.send({ kind: 'burst', frames: o.frames });
    await waitFor(() => base.delays.length >= conn.clients.length * o.expectedPerClient, o.timeoutMs);
    return { clients: conn.clients.length, q: quantiles(base.delays), complete: base.perClient.slice(0, conn.clients.length).every((x) => x === o.expectedPerClient) };
  } finally {
    closeAll(conn.clients);
  }
}

/** Connects up to `n` clients, 200 at a time, until the first failure; returns those that worked. */
export async function connectMany<C>(n: number, make: (i: number) => Promise<C>): Promise<{ clients: C[]; firstError: string | undefined; ms: number }> {
  const clients: C[] = [];
  let firstError: string | undefined;
  const t0 = performance.now();
  await pool(Array.from({ length: n }, (_, i) => i), 200, async (i) => {
    if (firstError !== undefined) return;
    try {
      clients.push(await make(i));
    } catch (err) {
      firstError ??= (err as Error).message;
    }
  });
  return { clients, firstError, ms: performance.now() - t0 };
}

export function closeAll(clients: ReadonlyArray<WebSocket | FeedClient>): void {
  for (const c of clients) {
    if (c instanceof WebSocket) c.terminate();
    else c.close();
  }
}

/** Burst delivery: per (client, event) delays, from the batch publish to the client's receipt. */
export class Delivery {
  readonly delays: number[] = [];
  readonly perClient: Int32Array;
  sentAt = new Map<string, number>();
  frames = new Map<string, { district: string; raw: string }>();

  constructor(n: number) {
    this.perClient = new Int32Array(n);
  }

  on(i: number, e: FeedEvent, at: number, raw?: string): void {
    if (e.kind !== 'stockUpdated') return;
    const t = this.sentAt.get(e.fridgeId);
    if (t === undefined) return;
    this.delays.push(at - t);
    this.perClient[i] = (this.perClient[i] ?? 0) + 1;
    if (raw !== undefined && !this.frames.has(e.fridgeId)) this.frames.set(e.fridgeId, { district: e.district, raw });
  }
}

export async function waitFor(pred: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!pred()) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** node:http keep-alive load loop: `concurrency` requests in flight for `ms`. */
export async function httpLoad(port: number, paths: readonly string[], etags: readonly string[] | undefined, ms: number, concurrency: number): Promise<{ rps: number; p50: number; p99: number; statuses: Record<string, number> }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const statuses: Record<string, number> = {};
  const lat: number[] = [];
  const end = performance.now() + ms;
  let done = 0;
  const one = (k: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const t0 = performance.now();
      const headers: http.OutgoingHttpHeaders = etags ? { 'if-none-match': etags[k % etags.length] } : {};
      const req = http.request({ host: '127.0.0.1', port, path: paths[k % paths.length], agent, headers }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => {
          statuses[String(res.statusCode)] = (statuses[String(res.statusCode)] ?? 0) + 1;
          lat.push(performance.now() - t0);
          done++;
          resolve();
        });
      });
      req.on('error', reject);
      req.end();
    });
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      for (let k = w; performance.now() < end; k += concurrency) await one(k);
    }),
  );
  const elapsed = performance.now() - t0;
  agent.destroy();
  const q = quantiles(lat);
  return { rps: (done / elapsed) * 1000, p50: q.p50, p99: q.p99, statuses };
}

export async function benchApps(opt: Partial<AppsOptions> = {}): Promise<BenchResult[]> {
  const o = { ...DEFAULT_APPS, ...opt };
  const log = (msg: string): void => void process.stdout.write(`  [apps] ${msg}\n`);
  const dir = mkdtempSync(path.join(tmpdir(), 'ff-apps-'));
  const results: BenchResult[] = [];
  const fridges: MqttFridge[] = [];
  const clients: Array<WebSocket | FeedClient> = [];
  let cloud: BenchCloud | undefined;
  let edge: EdgeProcess | undefined;
  let controller: TcpControllerServer | undefined;
  let baseline: ChildProcess | undefined;
  try {
    // Without the image's heap flag: the memory figure is an RSS difference, and the garbage the
    // flag lets stay (an old generation of up to 768 MB) would swamp it (docs/benchmarks.md).
    cloud = await BenchCloud.start(path.join(dir, 'cloud'), { FF_FEED_MAX_CONNECTIONS_PER_ADDRESS: String(o.feedClients + 100), FF_CLOUD_NODE_FLAGS: '' });
    const c = cloud;
    for (const m of MEALS) await c.api('PUT', `/v1/meals/${m.gtin}`, { name: m.name, nominal_weight_g: m.weight });

    // --- registration: 1,000 fridges over a 20 x 20 km city in 4 districts, 2 feed districts --
    log(`registering ${o.catalogFridges} city fridges, ${o.burstSessions} burst fridges, 1 edge fridge`);
    const CENTER = { lat: 52.52, lon: 13.405 };
    const DLAT = 10 / 111.2;
    const DLON = 10 / (111.2 * Math.cos((CENTER.lat * Math.PI) / 180));
    let seed = 7;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const city = Array.from({ length: o.catalogFridges }, (_, i) => {
      const lat = CENTER.lat + (rand() * 2 - 1) * DLAT;
      const lon = CENTER.lon + (rand() * 2 - 1) * DLON;
      return { id: `cf-${String(i).padStart(4, '0')}`, district: `city-${lat > CENTER.lat ? 'n' : 's'}${lon > CENTER.lon ? 'e' : 'w'}`, lat, lon };
    });
    const burst = Array.from({ length: o.burstSessions }, (_, i) => ({ id: `ff-${String(i).padStart(3, '0')}`, district: i % 2 === 0 ? 'feed-a' : 'feed-b', lat: CENTER.lat + 0.001 * i, lon: CENTER.lon }));
    const passwords = new Map<string, string>();
    const r0 = performance.now();
    await pool([...city, ...burst], 8, async (f) => void passwords.set(f.id, await c.registerFridge(f.id, f.district, f.lat, f.lon)));
    const regS = (performance.now() - r0) / 1000;
    const stocked = [...city.slice(0, o.stockedFridges), ...burst].map((f, i) => new MqttFridge(f.id, f.district, passwords.get(f.id) ?? '', newTags(4, i)));
    await c.registerTags(stocked.flatMap((f) => f.present));
    await pool(stocked, 50, async (f) => {
      await f.connect(c.mqttUrl);
      fridges.push(f);
      await f.send(f.start());
    });
    log(`registered in ${round(regS, 1)} s; ${stocked.length} fridges connected with stock`);

    // --- 1. end to end: controller -> fridge-edge -> cloud -> feed ------------------------------
    const E2E = { id: 'e2e-001', district: 'e2e' };
    writeFileSync(path.join(dir, 'pw'), await c.registerFridge(E2E.id, E2E.district, CENTER.lat, CENTER.lon));
    const e2eTags = newTags(2 * o.e2eSessions + 10);
    await c.registerTags(e2eTags);
    const tcp = await TcpControllerServer.start();
    controller = tcp;
    const ctl = tcp.controller;
    for (const t of e2eTags) ctl.tags.add(t);
    // Every round (the one after DOOR,CLOSED and those the edge asks for with $SCANREQ) is
    // written in one socket write ending with SCAN,END: note when it went out.
    let lastScanEnd = 0;
    let rounds = 0;
    const origRound = ctl.round.bind(ctl);
    ctl.round = (scanId?: string, tags?: Iterable<string>): void => {
      origRound(scanId, tags);
      lastScanEnd = performance.now();
      rounds++;
    };
    let onE2e: ((at: number) => void) | undefined;
    const e2eClient = await feedClient(c.feedUrl, [E2E.district], (e, _raw, at) => {
      if (e.kind === 'stockUpdated' && e.fridgeId === E2E.id) onE2e?.(at);
    });
    clients.push(e2eClient);
    let remaining = [...e2eTags];
    const e2eRun = async (lingerArgs: string[]): Promise<{ lat: number[]; rounds: number; missed: number }> => {
      const e = EdgeProcess.spawn(
        edgeArgs({ fridgeId: E2E.id, district: E2E.district, serial: tcp.url, mqtt: c.mqttUrl, dataDir: path.join(dir, 'edge'), extra: ['--password-file', path.join(dir, 'pw'), '--log-level', 'warn', ...lingerArgs] }),
        { LOG_LEVEL: 'warn' },
        true,
      );
      edge = e;
      await tcp.waitForConnection(false);
      // Ready when the startup snapshot reached the cloud.
      const want = remaining.length;
      let ok = false;
      for (const deadline = performance.now() + 30_000; !ok && performance.now() < deadline; await sleep(100)) {
        const v = await c.api<{ online: boolean; stock: Array<{ on_hand: number }> }>('GET', `/v1/fridges/${E2E.id}`);
        ok = v.online && v.stock.reduce((s, x) => s + x.on_hand, 0) === want;
      }
      if (!ok) throw new Error(`edge not ready: ${e.stderr.slice(-1000)}`);
      await sleep(500);
      const lat: number[] = [];
      let missed = 0;
      const rounds0 = rounds;
      for (let s = 0; s < o.e2eSessions; s++) {
        const take = remaining.slice(0, 1);
        remaining = remaining.slice(1);
        const got = new Promise<number | undefined>((resolve) => {
          const t = setTimeout(() => resolve(undefined), 5000);
          onE2e = (at) => {
            clearTimeout(t);
            resolve(at);
          };
        });
        ctl.session(take);
        const at = await got;
        onE2e = undefined;
        if (at === undefined) missed++;
        else lat.push(at - lastScanEnd);
        await sleep(o.e2ePauseMs);
      }
      await e.kill('SIGTERM');
      edge = undefined;
      return { lat, rounds: rounds - rounds0, missed };
    };
    for (const [label, args] of [['--linger-ms default (200)', []], ['--linger-ms 0', ['--linger-ms', '0']]] as const) {
      log(`end to end, ${label}: ${o.e2eSessions} door sessions`);
      const r = await e2eRun([...args]);
      const q = quantiles(r.lat);
      results.push({
        name: `end to end: last SCAN,END written by the controller -> stockUpdated at a feed client (fridge-edge child ${label}, --jitless; ${o.e2eSessions} sessions each taking 1 meal, ${o.e2ePauseMs} ms apart)`,
        figures: { sessions: r.lat.length, missed: r.missed, 'rounds per session': round(r.rounds / o.e2eSessions, 2), 'p50 ms': round(q.p50, 1), 'p99 ms': round(q.p99, 1), 'max ms': round(q.max, 1) },
        goal: 'p99 < 50 ms',
        met: r.missed === 0 && q.p99 < 50,
      });
    }
    e2eClient.close();
    await tcp.close();
    controller = undefined;

    // --- 3. catalog query (before the fan-out: nothing else connected) ------------------------
    const points = [0, 1, 2, 3].map((k) => ({ lat: CENTER.lat + (k % 2 === 0 ? 0.02 : -0.02), lon: CENTER.lon + (k < 2 ? 0.03 : -0.03) }));
    const paths = points.map((p) => `/v1/catalog?lat=${p.lat.toFixed(4)}&lon=${p.lon.toFixed(4)}&radius_km=3`);
    const etags: string[] = [];
    let fridgesIn = 0;
    let mealsIn = 0;
    let bytes = 0;
    for (const p of paths) {
      const res = await fetch(`http://127.0.0.1:${c.httpPort}${p}`);
      const body = await res.text();
      const j = JSON.parse(body) as { fridges: unknown[]; meals: unknown[] };
      fridgesIn += j.fridges.length;
      mealsIn += j.meals.length;
      bytes += body.length;
      etags.push(res.headers.get('etag') ?? '');
    }
    log(`catalog: ${o.catalogConcurrency} in flight, ${o.catalogMs / 1000} s per path`);
    const l200 = await httpLoad(c.httpPort, paths, undefined, o.catalogMs, o.catalogConcurrency);
    const l304 = await httpLoad(c.httpPort, paths, etags, o.catalogMs, o.catalogConcurrency);
    const shape = `${o.catalogFridges} fridges in 4 districts over 20 x 20 km, ${o.stockedFridges} with stock; 4 query points, radius 3 km: ${round(fridgesIn / 4, 1)} fridges, ${round(mealsIn / 4, 1)} meals, ${Math.round(bytes / 4)} bytes per answer`;
    results.push(
      {
        name: `catalog query 200 (${shape}; node:http keep-alive, ${o.catalogConcurrency} in flight, bench process)`,
        figures: { 'requests/s': Math.round(l200.rps), 'p50 ms': round(l200.p50, 2), 'p99 ms': round(l200.p99, 2), statuses: JSON.stringify(l200.statuses) },
      },
      {
        name: 'catalog query 304 (same, If-None-Match with the ETag)',
        figures: { 'requests/s': Math.round(l304.rps), 'p50 ms': round(l304.p50, 2), 'p99 ms': round(l304.p99, 2), statuses: JSON.stringify(l304.statuses) },
        goal: '>= 5,000 requests/s',
        met: l304.rps >= 5000 && Object.keys(l304.statuses).join() === '304',
      },
    );

    // --- 2. fan-out ---------------------------------------------------------------------------
    const burstFridges = fridges.filter((f) => f.id.startsWith('ff-'));
    const districtOf = (i: number): string => (i % 2 === 0 ? 'feed-a' : 'feed-b');
    const cloudDelivery = new Delivery(o.feedClients);
    await sleep(1000);
    const rss0 = rssMb(c.pid);
    log(`fan-out: connecting up to ${o.feedClients} feed clients (RSS ${round(rss0, 1)} MB)`);
    const conn = await connectMany(o.feedClients, (i) => feedClient(c.feedUrl, [districtOf(i)], (e, raw, at) => cloudDelivery.on(i, e, at, raw)));
    clients.push(...conn.clients);
    const n = conn.clients.length;
    await sleep(2000);
    const rss1 = rssMb(c.pid);
    log(`${n} connected in ${round(conn.ms / 1000, 1)} s${conn.firstError ? ` (stopped at: ${conn.firstError})` : ''}; RSS ${round(rss1, 1)} MB; burst of ${burstFridges.length} door sessions`);
    const payloads = burstFridges.map((f) => f.sale());
    const b0 = performance.now();
    const acks = Promise.all(
      burstFridges.map((f, k) => {
        cloudDelivery.sentAt.set(f.id, performance.now());
        return f.send(payloads[k] as PendingBatch);
      }),
    );
    const expectedPerClient = burstFridges.length / 2;
    await waitFor(() => cloudDelivery.delays.length >= n * expectedPerClient, 30_000);
    const burstMs = performance.now() - b0;
    await within(acks, 5000);
    const cq = quantiles(cloudDelivery.delays);
    const complete = cloudDelivery.perClient.slice(0, n).every((x) => x === expectedPerClient);
    closeAll(conn.clients);
    clients.length = 0;
    const frameBytes = [...cloudDelivery.frames.values()].map((f) => f.raw.length);
    await sleep(1000);

    log(`baseline: bare ws server, ${n} clients`);
    const bl = await startBaseline();
    baseline = bl.child;
    const blPid = bl.child.pid ?? 0;
    const brss0 = rssMb(blPid);
    let brss1 = brss0;
    // Each frame once: an `events` frame holds one commit, which may carry several fridges' sessions.
    const frames = [...new Map(burstFridges.map((f) => cloudDelivery.frames.get(f.id)).filter((f) => f !== undefined).map((f) => [`${f.district}|${f.raw}`, f])).values()];
    const { clients: bclients, q: bq, complete: bcomplete } = await baselineBurst(bl, { n, districtOf, frames, fridgeIds: burstFridges.map((f) => f.id), expectedPerClient, timeoutMs: 30_000, connected: () => void (brss1 = rssMb(blPid)) });
    bl.child.send({ kind: 'close' });
    await new Promise((r) => bl.child.once('exit', r));
    baseline = undefined;

    const perConnKb = ((rss1 - rss0) * 1024) / Math.max(1, n);
    const basePerConnKb = ((brss1 - brss0) * 1024) / Math.max(1, bclients);
    results.push(
      {
        name: `feed fan-out (${n} JSON clients${n < o.feedClients ? ` of ${o.feedClients} tried` : ''}, half on each of 2 districts; a burst of ${burstFridges.length} door sessions, each a batch published over MQTT at once by its own fridge; every client gets the ${expectedPerClient} stockUpdated events of its district)`,
        figures: {
          clients: n,
          'connect seconds': round(conn.ms / 1000, 1),
          'event frame bytes': frameBytes.length > 0 ? `${Math.min(...frameBytes)}-${Math.max(...frameBytes)}` : '?',
          deliveries: cq.n,
          'every client got every event': complete ? 'yes' : 'no',
          'delay p50 ms': round(cq.p50, 1),
          'delay p99 ms': round(cq.p99, 1),
          'delay max ms': round(cq.max, 1),
          'all delivered ms': round(burstMs, 1),
        },
        goal: 'p99 < 250 ms, every client',
        met: complete && cq.p99 < 250,
      },
      {
        name: `feed memory per idle connection (cloud RSS delta over ${n} subscribed connections)`,
        figures: { 'cloud RSS before MB': round(rss0, 1), 'cloud RSS connected MB': round(rss1, 1), 'KB per connection': round(perConnKb, 1), 'bare ws KB per connection': round(basePerConnKb, 1), ratio: round(perConnKb / basePerConnKb, 2) },
        goal: '< 30 KB per idle connection',
        met: perConnKb < 30,
      },
      {
        name: `baseline: bare ws WebSocketServer (child process) broadcasting the same ${frames.length} frames to ${bclients} clients by district`,
        figures: {
          deliveries: bq.n,
          'every client got every frame': bcomplete ? 'yes' : 'no',
          'delay p50 ms': round(bq.p50, 1),
          'delay p99 ms': round(bq.p99, 1),
          'delay max ms': round(bq.max, 1),
          'feed / bare ws p99': round(cq.p99 / bq.p99, 2),
        },
      },
    );
    return results;
  } finally {
    closeAll(clients);
    await edge?.kill('SIGKILL');
    await controller?.close();
    if (baseline && baseline.exitCode === null) baseline.kill('SIGKILL');
    await Promise.all(fridges.map((f) => f.close()));
    await cloud?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
