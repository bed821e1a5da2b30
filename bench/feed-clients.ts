// Feed clients and admission (issue 13 items 4 and 5), against a compiled fridge-feed process
// on the store of a compiled fridge-cloud (`--feed off`), both child processes, with clients of the client library (feed-client/) in child processes
// (bench/storm-feed-clients.ts) so that the process measured is not the one limiting them:
//   1. connect + subscribe rate: N clients over D districts (each with registered fridges, so a
//      snapshot is not empty), `inflight` attempts at a time per client process;
//   2. memory per idle connection: the feed process's RSS before and after, N idle subscribed
//      connections;
//   3. reconnect storm: every socket dropped at once, every client back at once with its last
//      cursor; the library retries with full jitter and honours 503 Retry-After. Run with the
//      default admission and with admission off (a rate no storm reaches).
// Issue 13 targets: >= 3,000 clients/s; <= 10 KB per idle connection; a storm over in < 15 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
    log(`admission ${admission}: connecting ${o.clients} clients from ${o.processes} processes, ${o.inflight} in flight each (feed RSS ${round(rss0, 1)} MB)`);
    if (profDir) f.proc.child.kill('SIGUSR2');
    const cpu0 = [f.pid, ...procs.map((p) => p.child.pid ?? 0)].map(cpuSeconds);
    procs.forEach((p, k) => p.send({ kind: 'connect', url: f.feedUrl, districts, count: Math.max(0, Math.min(per, o.clients - k * per)), inflight: o.inflight, timeoutMs: o.attemptTimeoutMs }));
    const connected = await Promise.all(procs.map((p) => p.next('connected', 600_000)));
    const n = connected.reduce((s, r) => s + r.connected, 0);
    const connectS = Math.max(...connected.map((r) => r.ms)) / 1000;
    if (profDir) f.proc.child.kill('SIGUSR2');
    // CPU while connecting, in % of one core: which side limits the rate.
    const cpu = [f.pid, ...procs.map((p) => p.child.pid ?? 0)].map((pid, k) => Math.round(((cpuSeconds(pid) - (cpu0[k] ?? 0)) / connectS) * 100));
    await sleep(3000);
    const rss1 = rssMb(f.pid);
    const perConnKb = ((rss1 - rss0) * 1024) / Math.max(1, n);
    const refusedAtConnect = /ff_feed_admission_refused_total\{reason="rate"\} (\d+)/.exec(await f.metrics())?.[1] ?? '0';
    log(`${n} connected in ${round(connectS, 1)} s (${Math.round(n / connectS)}/s); RSS ${round(rss1, 1)} MB (${round(perConnKb, 1)} KB per connection)`);

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
      {
        name: `feed connect + subscribe (${label}): ${n} JSON clients of the client library from ${o.processes} processes, ${o.inflight} attempts in flight each, ${o.districts} districts of ${o.fridgesPerDistrict} fridges`,
        figures: { clients: n, failed: connected.reduce((s, r) => s + r.failed, 0), seconds: round(connectS, 2), 'clients/s': Math.round(n / connectS), 'refused (503) while connecting': Number(refusedAtConnect), 'feed CPU %': cpu[0] ?? 0, 'client processes CPU %': cpu.slice(1).join(' + ') },
        goal: '>= 3,000 clients/s',
        met: n === o.clients && n / connectS >= 3000,
      },
      {
        name: `feed memory per idle connection (${label}): fridge-feed process RSS over ${n} subscribed idle connections, 3 s after the last`,
        figures: { 'RSS before MB': round(rss0, 1), 'RSS connected MB': round(rss1, 1), 'KB per connection': round(perConnKb, 1) },
        goal: '<= 10 KB per idle connection',
        met: perConnKb <= 10,
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
