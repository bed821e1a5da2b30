// Feed clients and admission (issue 13 items 4 and 5), against a compiled fridge-feed process
// on the store of a compiled fridge-cloud (`--feed off`), both child processes, with clients in
// child processes (bench/storm-feed-clients.ts) so that the process measured is not the one
// limiting them:
//   0. the server's connect + subscribe rate with minimal clients (raw sockets: a fixed upgrade
//      request, one prebuilt subscribe frame), against the feed and against a bare ws server
//      sending the feed's own welcome and snapshot; and the feed's memory per idle
//      subscribed connection (its RSS before and 3 s after, a fresh process);
//   1. connect + subscribe rate of the client library's clients: N clients over D districts
//      (each with registered fridges, so a snapshot is not empty), `inflight` attempts at a
//      time per client process;
//   2. reconnect storm: every socket dropped at once, every client back at once with its last
//      cursor; the library retries with full jitter and honours 503 Retry-After. Run with the
//      default admission and with admission off (a rate no storm reaches).
// Issue 13 targets: >= 3,000 clients/s; <= 10 KB per idle connection; a storm over in < 15 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { DEFAULT_ADMISSION } from '../cloud/feed/admission.js';
import { BenchCloud, BenchFeed } from './bench-cloud.js';
import { FeedClients } from './storms.js';
import { cpuSeconds, quantiles, round, rssMb, sleep, type BenchResult } from './support.js';

export interface FeedClientsOptions {
  clients: number;
  processes: number;
  districts: number;
  fridgesPerDistrict: number;
  /** Connect attempts in flight per client process. */
  inflight: number;
  attemptTimeoutMs: number;
  stormDeadlineMs: number;
  /** Clients come back with their cursor (resume), or without (each takes a snapshot). */
  stormResume: boolean;
}

/** Reduced while the machine is shared: FF_BENCH_FEED_CLIENTS=10000 for the N. */
export const DEFAULT_FEED_CLIENTS: FeedClientsOptions = {
  clients: Number(process.env.FF_BENCH_FEED_CLIENTS ?? 3000),
  processes: Number(process.env.FF_BENCH_FEED_PROCESSES ?? 2),
  districts: 10,
  fridgesPerDistrict: Number(process.env.FF_BENCH_FEED_FRIDGES ?? 20),
  inflight: Number(process.env.FF_BENCH_FEED_INFLIGHT ?? 100),
  attemptTimeoutMs: 10_000,
  stormDeadlineMs: 120_000,
  stormResume: process.env.FF_BENCH_FEED_STORM_RESUME !== '0',
};

/**
 * The baseline of the connect + subscribe rate: a bare `ws` server (child process) that does
 * what the protocol needs for a client to be live and nothing else: a welcome at once, and a
 * snapshot (the feed's own, captured) answering the subscribe. `{"x"` placeholders: none.
 */
const BARE_FEED_SERVER = `
const { WebSocketServer } = require('ws');
const [welcome, snapshot] = JSON.parse(process.argv[1]);
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false, clientTracking: true, handleProtocols: (p) => [...p][0] || false });
wss.on('connection', (ws) => {
  ws.send(welcome);
  ws.on('message', (d) => {
    const m = JSON.parse(String(d));
    ws.send('{"requestId":' + JSON.stringify(m.requestId || '') + ',"snapshot":' + snapshot + '}');
  });
});
wss.on('listening', () => process.send({ port: wss.address().port }));
process.on('message', (m) => { if (m === 'close') { for (const c of wss.clients) c.terminate(); wss.close(() => process.exit(0)); } });
`;

function startBareFeed(welcome: string, snapshot: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['-e', BARE_FEED_SERVER, JSON.stringify([welcome, snapshot])], { cwd: path.resolve(import.meta.dirname, '..'), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, port: (m as { port: number }).port }));
    child.once('exit', (code) => reject(new Error(`bare feed server exited ${code ?? '?'}`)));
  });
}

/** The welcome a fresh feed connection gets and the snapshot of `district`, as sent (JSON text). */
async function captureWelcomeAndSnapshot(url: string, district: string): Promise<{ welcome: string; snapshot: string }> {
  const { default: WebSocket } = await import('ws');
  const ws = new WebSocket(url, 'farmacy.feed.v1+json');
  const frames: string[] = [];
  await new Promise<void>((resolve, reject) => {
    ws.on('error', reject);
    ws.on('message', (d) => {
      frames.push(String(d));
      if (frames.length === 1) ws.send(JSON.stringify({ requestId: 'p', subscribe: { districts: [district] } }));
      else resolve();
    });
  });
  ws.close();
  const snap = JSON.parse(frames[1] ?? '{}') as { snapshot?: unknown };
  return { welcome: frames[0] ?? '{}', snapshot: JSON.stringify(snap.snapshot ?? {}) };
}

/** N minimal clients (bench/storm-feed-clients.ts rawClient) from the client processes: clients/s and each process's CPU %. */
async function rawConnects(procs: readonly FeedClients[], serverPid: number, url: string, districts: string[], o: FeedClientsOptions, whileConnected: () => Promise<void> = async () => undefined): Promise<{ n: number; perS: number; serverCpu: number; clientCpu: number[]; failed: number }> {
  const per = Math.ceil(o.clients / procs.length);
  const pids = [serverPid, ...procs.map((p) => p.child.pid ?? 0)];
  const cpu0 = pids.map(cpuSeconds);
  procs.forEach((p, k) => p.send({ kind: 'connect-raw', url, districts, count: Math.max(0, Math.min(per, o.clients - k * per)), inflight: o.inflight, timeoutMs: o.attemptTimeoutMs }));
  const done = await Promise.all(procs.map((p) => p.next('connected', 600_000)));
  const s = Math.max(...done.map((r) => r.ms)) / 1000;
  const cpu = pids.map((pid, k) => Math.round(((cpuSeconds(pid) - (cpu0[k] ?? 0)) / s) * 100));
  const n = done.reduce((sum, r) => sum + r.connected, 0);
  await whileConnected();
  for (const p of procs) p.send({ kind: 'close-raw' });
  await Promise.all(procs.map((p) => p.next('closed-raw', 60_000)));
  return { n, perS: Math.round(n / s), serverCpu: cpu[0] ?? 0, clientCpu: cpu.slice(1), failed: done.reduce((sum, r) => sum + r.failed, 0) };
}

async function run(o: FeedClientsOptions, admission: 'default' | 'off', log: (m: string) => void): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ff-feed-clients-'));
  const procs: FeedClients[] = [];
  let cloud: BenchCloud | undefined;
  let feed: BenchFeed | undefined;
  try {
    const env: NodeJS.ProcessEnv = { FF_FEED_MAX_CONNECTIONS_PER_ADDRESS: String(o.clients + 100) };
    if (admission === 'off') Object.assign(env, { FF_FEED_ADMIT_PER_S: '100000000', FF_FEED_ADMIT_BURST: '100000000', FF_FEED_ADMIT_MAX_UPGRADING: '100000000' });
    const c = (cloud = await BenchCloud.start(path.join(dir, 'cloud'), {}, ['--feed', 'off']));
    const districts = Array.from({ length: o.districts }, (_, i) => `fc-${String(i).padStart(2, '0')}`);
    for (const [k, d] of districts.entries()) {
      for (let j = 0; j < o.fridgesPerDistrict; j++) await c.registerFridge(`fc-${k}-${j}`, d, 50 + k * 0.01, 8 + j * 0.001);
    }
    // FF_BENCH_FEED_CPU_PROF=<dir>: a CPU profile of the feed process over the connect phase.
    const profDir = process.env.FF_BENCH_FEED_CPU_PROF;
    const prof = profDir ? { NODE_OPTIONS: `--import ${path.join(import.meta.dirname, 'cpu-profile.mjs')}`, FF_BENCH_CPU_PROFILE: path.resolve(profDir, `feed-connect-${admission}.cpuprofile`) } : {};
    const f = (feed = await BenchFeed.start(path.join(dir, 'cloud'), c.token, { ...env, ...prof }));
    for (let k = 0; k < o.processes; k++) procs.push(FeedClients.start());
    await sleep(1000);
    const rss0 = rssMb(f.pid);
    const per = Math.ceil(o.clients / o.processes);
    // 0. The server's rate, with minimal clients: the feed, then a bare ws server answering
    //    with the feed's own welcome and snapshot, the same clients.
    //    Only without admission: with it, the rate is the admission's by design (the minimal
    //    clients do not retry a 503).
    const minimal: BenchResult[] = [];
    if (admission === 'off') {
      const probe = await captureWelcomeAndSnapshot(f.feedUrl, districts[0] ?? '');
      log(`${o.clients} minimal clients (raw sockets) connect + subscribe to the feed, then to a bare ws server`);
      // Memory: the feed's RSS over these idle subscribed connections, 3 s after the last.
      let rss1 = rss0;
      const rawFeed = await rawConnects(procs, f.pid, f.feedUrl, districts, o, async () => {
        await sleep(3000);
        rss1 = rssMb(f.pid);
      });
      const perConnKb = ((rss1 - rss0) * 1024) / Math.max(1, rawFeed.n);
      await sleep(1000);
      const bare = await startBareFeed(probe.welcome, probe.snapshot);
      let rawBare: Awaited<ReturnType<typeof rawConnects>>;
      try {
        rawBare = await rawConnects(procs, bare.child.pid ?? 0, `ws://127.0.0.1:${bare.port}/v1/feed`, districts, o);
      } finally {
        bare.child.send('close');
        await new Promise((r) => bare.child.once('exit', r));
      }
      log(`minimal clients: feed ${rawFeed.n} at ${rawFeed.perS}/s (feed CPU ${rawFeed.serverCpu} %, clients ${rawFeed.clientCpu.join(' + ')} %; ${round(perConnKb, 1)} KB per idle connection); bare ws ${rawBare.n} at ${rawBare.perS}/s (server CPU ${rawBare.serverCpu} %)`);
      minimal.push(
        {
          name: `feed connect + subscribe, minimal clients (admission off): ${o.clients} raw-socket clients (fixed upgrade request, one prebuilt subscribe frame, live at the snapshot) from ${o.processes} processes, ${o.inflight} in flight each, against the fridge-feed process and against a bare ws server sending the feed's own welcome and snapshot`,
          figures: {
            'feed clients/s': rawFeed.perS,
            'feed live': `${rawFeed.n} (${rawFeed.failed} failed)`,
            'feed CPU %': rawFeed.serverCpu,
            'feed CPU ms per connect + subscribe': round((rawFeed.serverCpu * 10) / Math.max(1, rawFeed.perS), 3),
            'client processes CPU %': rawFeed.clientCpu.join(' + '),
            'bare ws clients/s': rawBare.perS,
            'bare ws server CPU %': rawBare.serverCpu,
            'feed / bare ws rate': round(rawFeed.perS / Math.max(1, rawBare.perS), 2),
          },
          goal: '>= 3,000 clients/s',
          met: rawFeed.n === o.clients && rawFeed.perS >= 3000,
        },
        {
          name: `feed memory per idle connection (admission off): fridge-feed process RSS over the ${rawFeed.n} subscribed idle connections of the minimal clients, 3 s after the last (a fresh process)`,
          figures: { 'RSS before MB': round(rss0, 1), 'RSS connected MB': round(rss1, 1), 'KB per connection': round(perConnKb, 1) },
          goal: '<= 10 KB per idle connection',
          met: perConnKb <= 10,
        },
      );
      await sleep(2000);
    }

    log(`admission ${admission}: connecting ${o.clients} clients of the library from ${o.processes} processes, ${o.inflight} in flight each`);
    if (profDir) f.proc.child.kill('SIGUSR2');
    const cpu0 = [f.pid, ...procs.map((p) => p.child.pid ?? 0)].map(cpuSeconds);
    procs.forEach((p, k) => p.send({ kind: 'connect', url: f.feedUrl, districts, count: Math.max(0, Math.min(per, o.clients - k * per)), inflight: o.inflight, timeoutMs: o.attemptTimeoutMs }));
    const connected = await Promise.all(procs.map((p) => p.next('connected', 600_000)));
    const n = connected.reduce((s, r) => s + r.connected, 0);
    const connectS = Math.max(...connected.map((r) => r.ms)) / 1000;
    if (profDir) f.proc.child.kill('SIGUSR2');
    // CPU while connecting, in % of one core: which side limits the rate.
    const cpu = [f.pid, ...procs.map((p) => p.child.pid ?? 0)].map((pid, k) => Math.round(((cpuSeconds(pid) - (cpu0[k] ?? 0)) / connectS) * 100));
    const refusedAtConnect = /ff_feed_admission_refused_total\{reason="rate"\} (\d+)/.exec(await f.metrics())?.[1] ?? '0';
    log(`${n} connected in ${round(connectS, 1)} s (${Math.round(n / connectS)}/s)`);

    log(`storm: every client drops and comes back at once ${o.stormResume ? 'with its cursor' : 'without a cursor (snapshots)'}`);
    const t0 = performance.now();
    for (const p of procs) p.send({ kind: 'storm', timeoutMs: o.attemptTimeoutMs, deadlineMs: o.stormDeadlineMs, backoffBaseMs: 500, backoffCapMs: 8000, resume: o.stormResume });
    const done = await Promise.all(procs.map((p) => p.next('storm-done', o.stormDeadlineMs + 60_000)));
    const stormS = (performance.now() - t0) / 1000;
    const sum = (k: 'back' | 'resumed' | 'snapshots' | 'attempts' | 'timeouts' | 'refused' | 'errors'): number => done.reduce((s, r) => s + r[k], 0);
    const back = quantiles(done.flatMap((r) => r.backMs));
    const allBack = sum('back') === n;
    log(`storm: ${sum('back')}/${n} back, all by ${round(back.max / 1000, 1)} s; ${sum('resumed')} resumed; ${sum('refused')} refused with 503`);
    const label = admission === 'default' ? `admission ${DEFAULT_ADMISSION.admitPerS}/s, burst ${DEFAULT_ADMISSION.admitBurst}` : 'admission off';
    return [
      ...minimal,
      {
        name: `feed connect + subscribe (${label}): ${n} JSON clients of the client library from ${o.processes} processes, ${o.inflight} attempts in flight each, ${o.districts} districts of ${o.fridgesPerDistrict} fridges`,
        figures: { clients: n, failed: connected.reduce((s, r) => s + r.failed, 0), seconds: round(connectS, 2), 'clients/s': Math.round(n / connectS), 'refused (503) while connecting': Number(refusedAtConnect), 'feed CPU %': cpu[0] ?? 0, 'client processes CPU %': cpu.slice(1).join(' + ') },
        // With admission on, the rate is the admission's (the refused retry after Retry-After).
        goal: admission === 'off' ? '>= 3,000 clients/s' : `every client in, at the admission's rate (${DEFAULT_ADMISSION.admitPerS}/s, burst ${DEFAULT_ADMISSION.admitBurst})`,
        met: n === o.clients && (admission !== 'off' || n / connectS >= 3000),
      },
      {
        name: `feed reconnect storm (${label}): ${n} clients dropped at once, all back at once ${o.stormResume ? 'with their cursor' : 'without a cursor (each takes a snapshot)'}; the library retries (attempt timeout ${o.attemptTimeoutMs / 1000} s, full jitter 0.5-8 s, never before Retry-After)`,
        figures: {
          back: sum('back'),
          'first back s': round(back.min / 1000, 2),
          'p50 back s': round(back.p50 / 1000, 2),
          'p99 back s': round(back.p99 / 1000, 2),
          'all back s': allBack ? round(back.max / 1000, 2) : `not within ${round(stormS, 0)} s`,
          'resumed %': round((sum('resumed') / Math.max(1, n)) * 100, 1),
          attempts: sum('attempts'),
          'refused (503)': sum('refused'),
          'timed out': sum('timeouts'),
          'other failures': sum('errors'),
        },
        goal: o.stormResume ? 'all back < 15 s, >= 95 % resumed' : 'all back < 15 s',
        met: allBack && back.max < 15_000 && (!o.stormResume || sum('resumed') >= 0.95 * n),
      },
    ];
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
    await feed?.stop();
    await cloud?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchFeedClients(o: FeedClientsOptions = DEFAULT_FEED_CLIENTS): Promise<BenchResult[]> {
  const log = (msg: string): void => void process.stdout.write(`  [feed-clients] ${msg}\n`);
  const modes = (process.env.FF_BENCH_FEED_ADMISSION ?? 'default,off').split(',') as Array<'default' | 'off'>;
  const out: BenchResult[] = [];
  for (const m of modes) out.push(...(await run(o, m, log)));
  return out;
}
