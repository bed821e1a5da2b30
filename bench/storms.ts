// Storms (issue 12 "Live never waits"): what a burst of one kind of work does to the live
// fridges, against the compiled fridge-cloud as a child process (embedded aedes broker, SQLite
// store in a temp dir), loopback only. In fleet, feed and reads, live fridges (a child process of their
// own, storm-live-fridges.ts) record a door session at a steady rate and forward it as the edge
// does; their ack latency (recorded to acknowledged) is measured before the storm (the
// baseline) and during it.
//   fleet: N fridges with M buffered events each reconnect at once and drain their backlog as
//          the edge does (births, bounded batches, 8 in flight, cumulative acks, resend after
//          the 15 s ack timeout): time to drain, live latency, timeouts, duplicates, events/s
//          against a raw SQLite insert of the same events;
//   feed:  C feed clients (in child processes) drop and reconnect at once, resuming from their
//          last cursor: time until all are back, resumed vs snapshot, failed attempts;
//   reads: 8 concurrent large district reads (fridges and catalog) repeated.
//   connect: 5,000 fridges' MQTT sessions connect at once, more than the broker admits within
//          the edge's first wait for CONNACK.
// Sizes: StormOptions below, overridable by FF_BENCH_STORM_* variables (docs/benchmarks.md).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import mqtt from 'mqtt';
import pino from 'pino';
import { backlogBatchEvents, FridgeSession } from '../edge/protocol/index.js';
import { httpLoad } from './apps.js';
import { BenchCloud, BenchFeed } from './bench-cloud.js';
import { EDGE_FORWARDING, LoadFridge, metric, newCounters, newTags, prng, rawInsert, sideFigures, watchPhase, type LoaderCounters, type PendingBatch, type Tag } from './cloud-ingest.js';
import type { FeedClientsCommand, FeedClientsReport } from './storm-feed-clients.js';
import { bringUp, liveFigures, type LiveCommand, type LiveReport, type LiveResults, type Phase } from './storm-live-fridges.js';
import { cpuSeconds, machineCpuSeconds, MEALS, pool, quantiles, round, sleep, within, type BenchResult } from './support.js';

/** Events in each batch of the storm's backlog, as the protocol client cuts a backlog (replay batches). */
const BACKLOG_BATCH = backlogBatchEvents(EDGE_FORWARDING.maxBatchEvents);
/** How long ago the storm fridges' backlog was recorded: the broker outage they come back from. */
const OUTAGE_MS = 60_000;

/** The workload; the defaults are what docs/benchmarks.md records (issue 12's sizes). */
export interface StormOptions {
  /** Live fridges of every scenario, one door session each every `livePeriodMs` (fleet, reads). */
  live: number;
  livePeriodMs: number;
  /** How long the live latency is measured before each storm. */
  baselineMs: number;
  /** fleet: fridges, buffered events each, districts they (and the live fridges) are spread over, time limit. */
  fleetFridges: number;
  fleetEvents: number;
  fleetDistricts: number;
  fleetDeadlineMs: number;
  /** feed: clients, client processes, districts, live period, time limit of the storm. */
  feedClients: number;
  feedProcesses: number;
  feedDistricts: number;
  feedPeriodMs: number;
  feedDeadlineMs: number;
  /** feed: one connect attempt (upgrade to snapshot or `resumed`) times out after this long. */
  feedAttemptTimeoutMs: number;
  /** feed: served by a fridge-feed process (the cloud with --feed off; issue 13), or by the cloud itself. */
  feedTier: 'process' | 'in-process';
  /** connect: edge sessions that connect at once (more than the broker admits within the edge's first 10 s wait), time limit. */
  connectFridges: number;
  connectDeadlineMs: number;
  /** reads: fridges with stock in the two read districts, concurrent readers, how long they read. */
  readFridges: number;
  readers: number;
  readMs: number;
  /** Write a CPU profile of each scenario's cloud (node --cpu-prof) into this directory. */
  cpuProfDir: string | undefined;
}

export const DEFAULT_STORMS: StormOptions = {
  live: 20,
  livePeriodMs: 200,
  baselineMs: 10_000,
  fleetFridges: 1000,
  fleetEvents: 1000,
  fleetDistricts: 10,
  fleetDeadlineMs: 180_000,
  feedClients: 10_000,
  feedProcesses: 2,
  feedDistricts: 20,
  feedPeriodMs: 1000,
  feedDeadlineMs: 300_000,
  feedAttemptTimeoutMs: 10_000,
  feedTier: 'process',
  connectFridges: 5000,
  connectDeadlineMs: 180_000,
  readFridges: 2000,
  readers: 8,
  readMs: 15_000,
  cpuProfDir: undefined,
};

/** FF_BENCH_STORM_* variables over the defaults (docs/benchmarks.md lists them). */
export function stormOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StormOptions {
  // `scale`: the variable is in seconds, the option in milliseconds.
  const int = (name: string, dflt: number, scale = 1): number => {
    const v = env[`FF_BENCH_STORM_${name}`];
    if (v === undefined || v === '') return Math.round(dflt * scale);
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`FF_BENCH_STORM_${name}: not a number >= 0: ${v}`);
    return Math.round(n * scale);
  };
  const d = DEFAULT_STORMS;
  return {
    live: int('LIVE', d.live),
    livePeriodMs: Math.max(10, int('LIVE_PERIOD_MS', d.livePeriodMs)),
    baselineMs: int('BASELINE_S', d.baselineMs / 1000, 1000),
    fleetFridges: int('FRIDGES', d.fleetFridges),
    fleetEvents: int('EVENTS', d.fleetEvents),
    fleetDistricts: Math.max(1, int('DISTRICTS', d.fleetDistricts)),
    fleetDeadlineMs: int('DEADLINE_S', d.fleetDeadlineMs / 1000, 1000),
    feedClients: int('FEED_CLIENTS', d.feedClients),
    feedProcesses: Math.max(1, int('FEED_PROCESSES', d.feedProcesses)),
    feedDistricts: Math.max(1, int('FEED_DISTRICTS', d.feedDistricts)),
    feedPeriodMs: Math.max(10, int('FEED_PERIOD_MS', d.feedPeriodMs)),
    feedDeadlineMs: int('FEED_DEADLINE_S', d.feedDeadlineMs / 1000, 1000),
    feedAttemptTimeoutMs: int('FEED_ATTEMPT_TIMEOUT_S', d.feedAttemptTimeoutMs / 1000, 1000),
    feedTier: env.FF_BENCH_STORM_FEED_TIER === 'in-process' ? 'in-process' : d.feedTier,
    connectFridges: int('CONNECT_FRIDGES', d.connectFridges),
    connectDeadlineMs: int('CONNECT_DEADLINE_S', d.connectDeadlineMs / 1000, 1000),
    readFridges: int('READ_FRIDGES', d.readFridges),
    readers: Math.max(1, int('READERS', d.readers)),
    readMs: int('READ_S', d.readMs / 1000, 1000),
    cpuProfDir: env.FF_BENCH_STORM_CPU_PROF || undefined,
  };
}

/** The delta of a labelled counter in /metrics text between two scrapes, per value of `label`: `a: 3, b: 1`. */
function byLabel(before: string, after: string, name: string, label: string): string {
  const series = (text: string): Map<string, number> => {
    const m = new Map<string, number>();
    const re = new RegExp(`^${name}\\{[^}]*${label}="([^"]*)"[^}]*\\} (\\S+)$`, 'gm');
    for (const x of text.matchAll(re)) m.set(x[1] ?? '', (m.get(x[1] ?? '') ?? 0) + Number(x[2]));
    return m;
  };
  const b = series(before);
  const parts = [...series(after)].map(([k, v]) => [k, v - (b.get(k) ?? 0)] as const).filter(([, v]) => v > 0);
  return parts.length > 0 ? parts.map(([k, v]) => `${k}: ${v}`).join(', ') : 'none';
}

const loadAverage = (): string => loadavg().map((x) => x.toFixed(2)).join(' / ');

/** With a CPU profile asked for (FF_BENCH_STORM_CPU_PROF), starts and then stops it: the storm's window only. */
function profile(c: BenchCloud, o: StormOptions): void {
  if (o.cpuProfDir !== undefined) c.proc.child.kill('SIGUSR2');
}

async function startCloud(dir: string, scenario: string, o: StormOptions, env: NodeJS.ProcessEnv = {}, extra: readonly string[] = []): Promise<BenchCloud> {
  if (o.cpuProfDir !== undefined) mkdirSync(o.cpuProfDir, { recursive: true });
  const prof = o.cpuProfDir !== undefined ? { NODE_OPTIONS: `--import ${path.join(import.meta.dirname, 'cpu-profile.mjs')}`, FF_BENCH_CPU_PROFILE: path.resolve(o.cpuProfDir, `${scenario}-cloud.cpuprofile`) } : {};
  const c = await BenchCloud.start(path.join(dir, 'cloud'), { ...env, ...prof }, extra);
  for (const m of MEALS) await c.api('PUT', `/v1/meals/${m.gtin}`, { name: m.name, nominal_weight_g: m.weight });
  return c;
}

export interface FridgeSpec {
  id: string;
  district: string;
  lat: number;
  lon: number;
}

/** Registers the fridges and their tags; returns LoadFridges (not connected) holding `stock` meals each. */
export async function registerFridges(c: BenchCloud, specs: readonly FridgeSpec[], tagsEach: number, stock: number, seed: number, counters: LoaderCounters): Promise<LoadFridge[]> {
  return (await register(c, specs, tagsEach, seed)).map((r) => new LoadFridge(r.id, r.password, r.tags, stock, r.seed, counters, r.district));
}

/** Registers the fridges and `tagsEach` tags for each: what a LoadFridge is built from. */
async function register(c: BenchCloud, specs: readonly FridgeSpec[], tagsEach: number, seed: number): Promise<Array<{ id: string; password: string; district: string; tags: Tag[]; seed: number }>> {
  const rand = prng(seed);
  const pools: Tag[][] = specs.map(() => newTags(tagsEach, rand));
  await c.registerTags(pools.flat().map((t) => t.hex));
  const passwords = new Map<string, string>();
  await pool(specs, 8, async (s) => void passwords.set(s.id, await c.registerFridge(s.id, s.district, s.lat, s.lon)));
  return specs.map((s, i) => ({ id: s.id, password: passwords.get(s.id) ?? '', district: s.district, tags: pools[i] ?? [], seed: seed * 100_000 + i }));
}

export const spec = (prefix: string, i: number, district: string): FridgeSpec => ({ id: `${prefix}-${String(i).padStart(5, '0')}`, district, lat: 52.4 + (i % 100) * 0.002, lon: 13.3 + Math.floor(i / 100) * 0.003 });

// --- fleet recovery storm ----------------------------------------------------------------------

async function fleetStorm(o: StormOptions, log: (m: string) => void): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ff-storm-fleet-'));
  const counters = newCounters();
  const fridges: LoadFridge[] = [];
  let cloud: BenchCloud | undefined;
  let live: LiveFridges | undefined;
  const load0 = loadAverage();
  try {
    const c = (cloud = await startCloud(dir, 'fleet', o));
    const districts = Array.from({ length: o.fleetDistricts }, (_, i) => `fleet-${i}`);
    log(`fleet: registering ${o.fleetFridges} storm fridges and ${o.live} live fridges over ${districts.length} districts`);
    // Tags: about one removal per door session (a fifth of the events), and some to spare.
    const storm = await registerFridges(c, Array.from({ length: o.fleetFridges }, (_, i) => spec('sf', i, districts[i % districts.length] ?? '')), 40 + Math.ceil(o.fleetEvents * 0.25), 20, 21, counters);
    fridges.push(...storm);
    const liveSessions = Math.ceil((o.baselineMs + o.fleetDeadlineMs + 30_000) / o.livePeriodMs);
    const liveSpecs = Array.from({ length: o.live }, (_, i) => spec('lf', i, districts[i % districts.length] ?? ''));

    // Before the outage: every storm fridge has been online and has an acknowledged epoch.
    log('fleet: storm fridges come online once, then drop (broker outage: their wills fire)');
    await bringUp(storm, c.mqttUrl);
    await Promise.all(storm.map((f) => f.close()));

    // The outage: each buffers its backlog.
    log(`fleet: ${o.fleetEvents} events buffered per storm fridge`);
    const chunks: Array<Array<{ fridgeId: string; epoch: string; b: PendingBatch }>> = [];
    for (const f of storm) {
      const b = f.next(o.fleetEvents);
      // Recorded during the outage, a minute ago: a backlog, which the edge sends as replay.
      f.record(b, undefined, OUTAGE_MS);
      for (let k = 0, j = 0; k < b.events.length; k += BACKLOG_BATCH, j++) {
        const events = b.events.slice(k, k + BACKLOG_BATCH);
        (chunks[j] ??= []).push({ fridgeId: f.id, epoch: f.epoch, b: { prevSeq: b.prevSeq + k, lastSeq: b.prevSeq + k + events.length, events } });
      }
    }
    const totalEvents = o.fleetFridges * o.fleetEvents;
    log(`fleet: raw SQLite insert of the same ${totalEvents} events, ${BACKLOG_BATCH} a transaction`);
    // The same events in batches as the storm sends them: every fridge's first, then the seconds...
    const raw = rawInsert(chunks.flat());
    const rawRate = raw.rate;
    chunks.length = 0;

    log(`fleet: ${o.live} live fridges, a door session every ${o.livePeriodMs} ms; baseline ${o.baselineMs / 1000} s`);
    live = await LiveFridges.start(c, liveSpecs, 40 + Math.ceil(liveSessions * 1.1), 20, 22, o.livePeriodMs);
    await sleep(o.livePeriodMs * 2);
    live.phase = 'baseline';
    await sleep(o.baselineMs);

    log(`fleet: storm: ${o.fleetFridges} fridges reconnect at once and drain (limit ${o.fleetDeadlineMs / 1000} s)`);
    const m0 = await c.metrics();
    const side = await watchPhase(c);
    const stormAcks: number[] = [];
    const drainedAt: number[] = [];
    let connectFailures = 0;
    const timeouts0 = counters.ackTimeouts;
    const liveCpu0 = cpuSeconds(live.child.pid ?? 0);
    const machine0 = machineCpuSeconds();
    live.phase = 'storm';
    profile(c, o);
    const t0 = performance.now();
    const drains = storm.map(async (f) => {
      f.onBatchAcked = (ms) => stormAcks.push(ms);
      try {
        await f.connect(c.mqttUrl, { birth: true, forwarding: EDGE_FORWARDING });
      } catch {
        connectFailures++;
        return;
      }
      drainedAt.push(await f.forward());
    });
    await within(Promise.all(drains), o.fleetDeadlineMs);
    const stormMs = performance.now() - t0;
    const machineBusyPct = ((machineCpuSeconds() - machine0) / (stormMs / 1000)) * 100;
    live.phase = 'after';
    profile(c, o);
    const undrained = storm.filter((f) => f.unacknowledged > 0).length;
    const allMs = undrained === 0 ? Math.max(...drainedAt) - t0 : Number.NaN;
    const s = await side();
    const liveCpuS = cpuSeconds(live.child.pid ?? 0) - liveCpu0;
    await live.stop(20_000);
    const m1 = await c.metrics();
    const d = (name: string): number => metric(m1, name) - metric(m0, name);
    // Inside the cloud: a live batch from its arrival at the ingest to its ack (lanes, decide, commit).
    const series = (text: string, name: string, ...labels: string[]): number =>
      text.split('\n').filter((l) => l.startsWith(`${name}{`) && labels.every((x) => l.includes(x))).reduce((n, l) => n + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
    /** Live batches over the storm in a histogram's buckets: within 50 / 100 / 250 ms / 1 s, of all. */
    const liveWithin = (histogram: string): string => {
      const n = (le: string): number => series(m1, `${histogram}_bucket`, 'lane="live"', `le="${le}"`) - series(m0, `${histogram}_bucket`, 'lane="live"', `le="${le}"`);
      return `of ${n('+Inf')}: ${['0.05', '0.1', '0.25', '1'].map(n).join(' / ')}`;
    };
    log(`fleet: live batches acknowledged within 50 / 100 / 250 ms / 1 s of reaching the ingest (in-cloud), ${liveWithin('ff_cloud_ack_latency_seconds')}`);
    // And from the edge's send (the live fridges' clock is this machine's): the way in too.
    log(`fleet: live batches acknowledged within 50 / 100 / 250 ms / 1 s of the edge's send, ${liveWithin('ff_cloud_edge_to_ack_seconds')}`);
    const duplicates = d('ff_cloud_duplicate_events_total');
    // The live fridges' own count covers their whole run (none is expected at any time).
    const timeouts = counters.ackTimeouts - timeouts0 + live.counters.ackTimeouts;
    const sq = quantiles(stormAcks);
    const lv = live.figures();
    log(`fleet: worst live ack (ms) of the sessions recorded in each second of the storm: ${live.stormWorstBySecond.map((x) => x ?? 0).join(" ")}`);
    const pipelineRate = undrained === 0 ? (totalEvents / allMs) * 1000 : Number.NaN;
    return [
      {
        name: `fleet recovery storm: ${o.fleetFridges} fridges x ${o.fleetEvents} buffered events reconnect at once (births; edge forwarding: ${EDGE_FORWARDING.maxBatchEvents} events / ${EDGE_FORWARDING.maxBatchBytes / 1024} KiB a batch, ${EDGE_FORWARDING.maxInflight} in flight, cumulative acks, resend after ${EDGE_FORWARDING.ackTimeoutMs / 1000} s) over ${o.fleetDistricts} districts, while ${o.live} live fridges send a door session every ${o.livePeriodMs} ms; fridge-cloud child, SQLite`,
        figures: {
          'load average at start (1/5/15 min)': load0,
          events: totalEvents,
          'all acknowledged s': undrained === 0 ? round(allMs / 1000, 1) : `not within ${round(stormMs / 1000)} s (${undrained} fridges left)`,
          'connect failures': connectFailures,
          'storm batches acknowledged': sq.n,
          'storm ack p50 / p99 ms': `${round(sq.p50, 0)} / ${round(sq.p99, 0)}`,
          'slowest storm ack ms': round(sq.max, 0),
          'ack timeouts (fridge resent its window)': timeouts,
          'duplicate events counted by the cloud': duplicates,
          'GAP / REJECTED acks': `${counters.gaps + live.counters.gaps} / ${counters.rejected + live.counters.rejected}`,
          'domain events': s.domain,
          'district snapshots written (total s)': `${d('ff_cloud_district_snapshots_total')} (${round(d('ff_cloud_district_snapshot_seconds_sum'), 2)})`,
          ...sideFigures(s),
        },
        goal: `all acknowledged < 15 s, 0 ack timeouts, 0 duplicate events`,
        met: undrained === 0 && allMs < 15_000 && timeouts === 0 && duplicates === 0,
      },
      {
        name: `fleet recovery storm: live door sessions, recorded to acknowledged (${o.live} fridges, one every ${o.livePeriodMs} ms each; before = ${o.baselineMs / 1000} s before the storm, during = recorded while the backlog drained)`,
        figures: lv.figures,
        goal: 'p99 < 100 ms during the storm',
        met: lv.during.n > 0 && lv.during.p99 < 100 && lv.figures['sessions not acknowledged at the end'] === 0,
      },
      {
        name: `fleet recovery storm: pipeline throughput against a raw SQLite insert of the same ${totalEvents} events (${BACKLOG_BATCH} rows a transaction, WAL + synchronous=FULL, in the benchmark process)`,
        figures: { 'raw insert events/s': Math.round(rawRate), 'pipeline events/s (storm events / time to all acknowledged)': Math.round(pipelineRate), ratio: round(pipelineRate / rawRate, 2), 'raw insert CPU s (of its time in s)': `${round(raw.cpuS, 1)} (${round(totalEvents / rawRate, 1)})`, ...cpuBound(totalEvents, rawRate, s.cloudCpuS, s.loaderCpuS + liveCpuS), [`machine CPU busy % over the storm (of ${availableParallelism() * 100})`]: Math.round(machineBusyPct) },
        goal: 'ratio >= 0.5',
        met: pipelineRate / rawRate >= 0.5,
      },
    ];
  } finally {
    await live?.close();
    await Promise.all(fridges.map((f) => f.close()));
    await cloud?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What the machine's cores allow: the pipeline cannot finish before its CPU time spread over
 * every core, so the ratio to the raw insert is at most the raw insert's time over that. Two
 * bounds: with the fridges' processes (this machine runs them too) and the cloud alone.
 */
function cpuBound(events: number, rawRate: number, cloudCpuS: number, fridgesCpuS: number, cores = availableParallelism()): Record<string, number | string> {
  const rawS = events / rawRate;
  return {
    'CPU s over the storm: cloud (all threads) / fridges (storm and live processes)': `${round(cloudCpuS, 1)} / ${round(fridgesCpuS, 1)}`,
    'cloud CPU µs per event': round((cloudCpuS / events) * 1e6, 1),
    [`ratio at most, every one of the ${cores} cores busy: with the fridges / the cloud alone`]: `${round(rawS / ((cloudCpuS + fridgesCpuS) / cores), 2)} / ${round(rawS / (cloudCpuS / cores), 2)}`,
  };
}

// --- feed reconnect storm while ingesting ----------------------------------------------------------

/** A process of feed clients (bench/storm-feed-clients.ts) and its reports. */
/** A benchmark's child process (a script of bench/), driven over IPC: commands in, reports out by kind. */
class IpcChild<C, R extends { kind: string }> {
  private readonly reports: R[] = [];
  private readonly waiters: Array<() => void> = [];
  readonly exited: Promise<void>;

  constructor(readonly child: ChildProcess, private readonly name: string) {
    child.on('message', (m: R) => {
      this.reports.push(m);
      for (const w of this.waiters.splice(0)) w();
    });
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  protected static spawnScript(script: string): ChildProcess {
    const root = path.resolve(import.meta.dirname, '..');
    return spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, script)], { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  }

  send(cmd: C): void {
    this.child.send(cmd as object);
  }

  async next<K extends R['kind']>(kind: K, ms: number): Promise<Extract<R, { kind: K }>> {
    const deadline = performance.now() + ms;
    for (;;) {
      const i = this.reports.findIndex((r) => r.kind === kind || r.kind === 'failed');
      if (i >= 0) {
        const r = this.reports.splice(i, 1)[0] as R;
        if (r.kind !== kind) throw new Error(`${this.name}: ${JSON.stringify(r)}`);
        return r as Extract<R, { kind: K }>;
      }
      if (performance.now() > deadline || this.child.exitCode !== null) throw new Error(`${this.name}: no ${kind} report in ${ms / 1000} s`);
      await within(new Promise<void>((r) => this.waiters.push(r)), 1000);
    }
  }

  /** Sends `close` and waits for the exit (5 s, then SIGKILL). */
  protected async end(close: C): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    if (this.child.connected) this.send(close);
    if (!(await within(this.exited, 5000))) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}

export class FeedClients extends IpcChild<FeedClientsCommand, FeedClientsReport> {
  static start(): FeedClients {
    return new FeedClients(IpcChild.spawnScript('storm-feed-clients.ts'), 'feed clients');
  }

  stop(): Promise<void> {
    return this.end({ kind: 'close' });
  }
}

const EMPTY_LIVE: LiveResults = { samples: { setup: [], baseline: [], storm: [], after: [] }, recorded: { setup: 0, baseline: 0, storm: 0, after: 0 }, stormWorstBySecond: [], counters: newCounters() };

/**
 * The live fridges of a scenario, registered here and run in a child process of their own
 * (storm-live-fridges.ts: a real fridge is a device of its own, not a part of the load
 * generator's event loop).
 */
class LiveFridges extends IpcChild<LiveCommand, LiveReport> {
  private results: LiveResults | undefined;

  /** Registers `specs` with their tags and `stock` meals each, connects them, and starts their sessions. */
  static async start(c: BenchCloud, specs: readonly FridgeSpec[], tagsEach: number, stock: number, seed: number, periodMs: number): Promise<LiveFridges> {
    const fridges = (await register(c, specs, tagsEach, seed)).map((r) => ({ ...r, tags: r.tags.map((t) => ({ hex: t.hex, weight: t.weight })) }));
    const l = new LiveFridges(IpcChild.spawnScript('storm-live-fridges.ts'), 'live fridges');
    l.send({ kind: 'start', url: c.mqttUrl, fridges, stock, periodMs });
    await l.next('started', 120_000);
    return l;
  }

  set phase(phase: Phase) {
    this.send({ kind: 'phase', phase });
  }

  /** Stops recording and collects every session's latency (waiting up to `ms` for their acks). */
  async stop(ms: number): Promise<void> {
    if (this.results !== undefined || this.child.exitCode !== null) return;
    this.send({ kind: 'stop', ms });
    this.results = await this.next('stopped', ms + 30_000);
  }

  figures(): ReturnType<typeof liveFigures> {
    return liveFigures(this.results ?? EMPTY_LIVE);
  }

  get stormWorstBySecond(): number[] {
    return this.results?.stormWorstBySecond ?? [];
  }

  /** The live fridges' GAP / REJECTED acks and ack timeouts. */
  get counters(): LoaderCounters {
    return this.results?.counters ?? newCounters();
  }

  close(): Promise<void> {
    return this.end({ kind: 'close' });
  }
}

async function feedStorm(o: StormOptions, log: (m: string) => void): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ff-storm-feed-'));
  const procs: FeedClients[] = [];
  let cloud: BenchCloud | undefined;
  let feed: BenchFeed | undefined;
  let live: LiveFridges | undefined;
  const load0 = loadAverage();
  try {
    const limits = { FF_FEED_MAX_CONNECTIONS_PER_ADDRESS: String(o.feedClients + 100) };
    const c = (cloud = await startCloud(dir, 'feed', o, limits, o.feedTier === 'process' ? ['--feed', 'off'] : []));
    // The feed's figures come from whoever serves it.
    const server: { feedUrl: string; metrics(): Promise<string> } = o.feedTier === 'process' ? (feed = await BenchFeed.start(path.join(dir, 'cloud'), c.token, limits)) : c;
    const districts = Array.from({ length: o.feedDistricts }, (_, i) => `feed-${String(i).padStart(2, '0')}`);
    const liveSessions = Math.ceil((o.baselineMs + o.feedDeadlineMs + 240_000) / o.feedPeriodMs);
    live = await LiveFridges.start(c, Array.from({ length: o.live }, (_, i) => spec('lf', i, districts[i % districts.length] ?? '')), 40 + Math.ceil(liveSessions * 1.1), 20, 31, o.feedPeriodMs);

    const per = Math.ceil(o.feedClients / o.feedProcesses);
    log(`feed: connecting ${o.feedClients} feed clients from ${o.feedProcesses} processes over ${districts.length} districts`);
    for (let k = 0; k < o.feedProcesses; k++) procs.push(FeedClients.start());
    procs.forEach((p, k) => p.send({ kind: 'connect', url: server.feedUrl, districts, count: Math.max(0, Math.min(per, o.feedClients - k * per)), inflight: Math.ceil(200 / o.feedProcesses), timeoutMs: 30_000 }));
    const connected = await Promise.all(procs.map((p) => p.next('connected', 600_000)));
    const clients = connected.reduce((n, r) => n + r.connected, 0);
    const connectS = Math.max(...connected.map((r) => r.ms)) / 1000;
    log(`feed: ${clients} connected in ${round(connectS, 1)} s${connected.some((r) => r.firstError) ? ` (first failure: ${connected.find((r) => r.firstError)?.firstError ?? ''})` : ''}; baseline ${o.baselineMs / 1000} s with ${o.live} fridges, a door session every ${o.feedPeriodMs} ms each`);

    await sleep(o.feedPeriodMs * 2);
    live.phase = 'baseline';
    await sleep(o.baselineMs);

    log(`feed: storm: every client drops and reconnects at once, resuming (limit ${o.feedDeadlineMs / 1000} s)`);
    const m0 = await server.metrics();
    const side = await watchPhase(c);
    const clientCpu0 = procs.map((p) => cpuSeconds(p.child.pid ?? 0));
    live.phase = 'storm';
    profile(c, o);
    const t0 = performance.now();
    for (const p of procs) p.send({ kind: 'storm', timeoutMs: o.feedAttemptTimeoutMs, deadlineMs: o.feedDeadlineMs, backoffBaseMs: 500, backoffCapMs: 8000 });
    const done = await Promise.all(procs.map((p) => p.next('storm-done', o.feedDeadlineMs + 60_000)));
    const stormS = (performance.now() - t0) / 1000;
    live.phase = 'after';
    profile(c, o);
    const s = await side();
    const clientCpu = procs.map((p, k) => Math.round(((cpuSeconds(p.child.pid ?? 0) - (clientCpu0[k] ?? 0)) / stormS) * 100));
    await live.stop(20_000);
    const m1 = await server.metrics();
    const sum = (k: 'back' | 'resumed' | 'snapshots' | 'attempts' | 'timeouts' | 'refused' | 'errors'): number => done.reduce((n, r) => n + r[k], 0);
    const back = quantiles(done.flatMap((r) => r.backMs));
    const allBack = sum('back') === clients;
    const lv = live.figures();
    return [
      {
        name: `feed reconnect storm (feed ${o.feedTier === 'process' ? 'in a fridge-feed process' : 'in the cloud process'}): ${clients} JSON clients (${o.feedProcesses} client processes, ${districts.length} districts) drop and reconnect at once, resuming from their last cursor (attempt timeout ${o.feedAttemptTimeoutMs / 1000} s, full-jitter backoff 0.5-8 s), while ${o.live} fridges send a door session every ${o.feedPeriodMs} ms each`,
        figures: {
          'load average at start (1/5/15 min)': load0,
          'initial connect s (paced, 200 in flight)': round(connectS, 1),
          'first client back s': round(back.min / 1000, 1),
          'all back s': allBack ? round(back.max / 1000, 1) : `not within ${round(stormS, 0)} s (${clients - sum('back')} not back)`,
          'back p50 / p99 s': `${round(back.p50 / 1000, 1)} / ${round(back.p99 / 1000, 1)}`,
          'resumed / needed a snapshot': `${sum('resumed')} / ${sum('snapshots')}`,
          '% recovered (resumed without a snapshot)': round((sum('resumed') / Math.max(1, clients)) * 100, 1),
          'resumes counted by the feed, by outcome': byLabel(m0, m1, 'ff_cloud_feed_resumes_total', 'outcome'),
          'attempts': sum('attempts'),
          'attempts timed out / refused / failed otherwise': `${sum('timeouts')} / ${sum('refused')} / ${sum('errors')}`,
          'resyncs counted by the feed, by reason': byLabel(m0, m1, 'ff_cloud_feed_resyncs_total', 'reason'),
          'connections dropped by the feed, by reason': byLabel(m0, m1, 'ff_cloud_feed_dropped_total', 'reason'),
          'client processes CPU %': clientCpu.join(' / '),
          ...sideFigures(s),
        },
        goal: 'all back < 15 s, >= 95 % resumed without a snapshot (issue 13)',
        met: allBack && back.max < 15_000 && sum('resumed') >= 0.95 * clients,
      },
      {
        name: `feed reconnect storm: fridge door sessions, recorded to acknowledged (${o.live} fridges, one every ${o.feedPeriodMs} ms each; before = ${o.baselineMs / 1000} s before the storm, during = until every client is back)`,
        figures: lv.figures,
        goal: 'p99 < 50 ms during the storm',
        met: lv.during.n > 0 && lv.during.p99 < 50 && lv.figures['sessions not acknowledged at the end'] === 0,
      },
    ];
  } finally {
    await live?.close();
    await Promise.all(procs.map((p) => p.stop()));
    await feed?.stop();
    await cloud?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- large reads while ingesting ---------------------------------------------------------------------

async function readStorm(o: StormOptions, log: (m: string) => void): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ff-storm-reads-'));
  const counters = newCounters();
  const fridges: LoadFridge[] = [];
  let cloud: BenchCloud | undefined;
  let live: LiveFridges | undefined;
  const load0 = loadAverage();
  try {
    const c = (cloud = await startCloud(dir, 'reads', o));
    const districts = ['reads-a', 'reads-b'];
    log(`reads: ${o.readFridges} fridges with 8 meals each in ${districts.length} districts`);
    const stocked = await registerFridges(c, Array.from({ length: o.readFridges }, (_, i) => spec('rf', i, districts[i % 2] ?? '')), 8, 8, 41, counters);
    fridges.push(...stocked);
    await bringUp(stocked, c.mqttUrl);
    // They stay registered with their stock; connected or not makes no difference to a read.
    await Promise.all(stocked.map((f) => f.close()));
    const liveSessions = Math.ceil((2 * o.baselineMs + o.readMs + 30_000) / o.livePeriodMs);
    const liveSpecs = Array.from({ length: o.live }, (_, i) => spec('lf', i, districts[i % 2] ?? ''));

    const centre = spec('rf', Math.floor(o.readFridges / 2), '');
    const paths = [`/v1/fridges?district=${districts[0]}`, `/v1/catalog?district=${districts[1]}`, `/v1/fridges?district=${districts[1]}`, `/v1/catalog?lat=${centre.lat.toFixed(4)}&lon=${centre.lon.toFixed(4)}&radius_km=20`];
    const sizes: number[] = [];
    for (const p of paths) sizes.push((await (await fetch(`http://127.0.0.1:${c.httpPort}${p}`)).text()).length);

    log(`reads: ${o.live} live fridges, a door session every ${o.livePeriodMs} ms; baseline ${o.baselineMs / 1000} s`);
    live = await LiveFridges.start(c, liveSpecs, 40 + Math.ceil(liveSessions * 1.1), 20, 42, o.livePeriodMs);
    await sleep(o.livePeriodMs * 2);
    live.phase = 'baseline';
    await sleep(o.baselineMs);

    log(`reads: ${o.readers} concurrent readers for ${o.readMs / 1000} s`);
    const side = await watchPhase(c);
    live.phase = 'storm';
    profile(c, o);
    const r = await httpLoad(c.httpPort, paths, undefined, o.readMs, o.readers);
    live.phase = 'after';
    profile(c, o);
    const s = await side();
    await live.stop(20_000);
    const lv = live.figures();
    return [
      {
        name: `large reads while ingesting: ${o.readers} concurrent readers (node:http keep-alive) repeating GET /v1/fridges?district= and /v1/catalog (by district and by a 20 km radius) over ${o.readFridges} stocked fridges in 2 districts, for ${o.readMs / 1000} s`,
        figures: {
          'load average at start (1/5/15 min)': load0,
          'answer bytes per path': sizes.join(' / '),
          'requests/s': Math.round(r.rps),
          'read p50 / p99 ms': `${round(r.p50, 1)} / ${round(r.p99, 1)}`,
          statuses: JSON.stringify(r.statuses),
          ...sideFigures(s),
        },
      },
      {
        name: `large reads while ingesting: fridge door sessions, recorded to acknowledged (${o.live} fridges in the read districts, one every ${o.livePeriodMs} ms each; before = ${o.baselineMs / 1000} s before the reads, during = while they run)`,
        figures: lv.figures,
        goal: 'p99 < 50 ms during the reads',
        met: lv.during.n > 0 && lv.during.p99 < 50 && lv.figures['sessions not acknowledged at the end'] === 0,
      },
    ];
  } finally {
    await live?.close();
    await Promise.all(fridges.map((f) => f.close()));
    await cloud?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- a fleet larger than the broker's admission budget connects at once ----------------------------

/**
 * N fridges' MQTT sessions (the edge's own: `edge/protocol`'s FridgeSession with the agent's
 * keep-alive and reconnect backoff and its default waits for CONNACK) connect at once, as after
 * a cloud restart. The embedded broker admits 250 a second: past ~2,500 fridges the rest wait
 * longer than the edge's first 10 s, time out and come back (docs/edge.md). Nothing is sent;
 * the figure is how long until every fridge is connected, and how many attempts it took.
 */
async function connectStorm(o: StormOptions, log: (m: string) => void): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ff-storm-connect-'));
  let cloud: BenchCloud | undefined;
  const sessions: FridgeSession[] = [];
  const load0 = loadAverage();
  try {
    const c = (cloud = await startCloud(dir, 'connect', o));
    log(`connect: registering ${o.connectFridges} fridges`);
    const specs = await register(c, Array.from({ length: o.connectFridges }, (_, i) => spec('cf', i, `connect-${i % 10}`)), 0, 61);
    const m0 = await c.metrics();
    log(`connect: ${o.connectFridges} fridges connect at once (limit ${o.connectDeadlineMs / 1000} s)`);
    let attempts = 0;
    const upMs: number[] = [];
    let allUp!: () => void;
    const everyFridgeUp = new Promise<void>((resolve) => (allUp = resolve));
    const quiet = pino({ level: 'silent' });
    const t0 = performance.now();
    for (const f of specs) {
      const session = new FridgeSession(
        {
          fridgeId: f.id, district: f.district, epoch: 'connect-storm', url: c.mqttUrl, username: f.id, password: f.password,
          keepaliveSec: 60, reconnect: { minBackoffMs: 500, maxBackoffMs: 30_000 }, log: quiet,
          connect: (url, opts) => {
            attempts++;
            return mqtt.connect(url, opts);
          },
        },
        {
          up: () => {
            if (upMs.push(performance.now() - t0) === specs.length) allUp();
          },
          down: () => {}, ack: () => {}, command: () => {}, invalid: () => {},
        },
      );
      sessions.push(session);
      void session.start();
    }
    const all = await within(everyFridgeUp, o.connectDeadlineMs);
    const m1 = await c.metrics();
    upMs.sort((a, b) => a - b);
    const q = (p: number): number => upMs[Math.min(upMs.length - 1, Math.floor(p * upMs.length))] ?? 0;
    return [
      {
        name: `fleet connect storm: ${o.connectFridges} fridges (the edge's MQTT session: first wait for CONNACK 10 s, doubling after each failed attempt up to 60 s; backoff 0.5-30 s) connect at once to the embedded broker (admits 250 a second); fridge-cloud child`,
        figures: {
          'load average at start (1/5/15 min)': load0,
          'fridges connected': `${upMs.length} of ${specs.length}`,
          'connected p50 / p90 / last s': `${round(q(0.5) / 1000, 1)} / ${round(q(0.9) / 1000, 1)} / ${round((upMs[upMs.length - 1] ?? 0) / 1000, 1)}`,
          'connection attempts': attempts,
          'attempts per fridge': round(attempts / specs.length, 2),
          'connections refused or dropped by the broker': byLabel(m0, m1, 'ff_cloud_mqtt_dropped_connections_total', 'reason'),
        },
        goal: `every fridge connected within ${o.connectDeadlineMs / 1000} s, fewer than 2 attempts per fridge`,
        met: all && upMs.length === specs.length && attempts < 2 * specs.length,
      },
    ];
  } finally {
    await Promise.all(sessions.map((s) => s.stop({ abrupt: true })));
    await cloud?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const STORM_SCENARIOS = { fleet: fleetStorm, feed: feedStorm, reads: readStorm, connect: connectStorm } as const;
export type StormScenario = keyof typeof STORM_SCENARIOS;

/** `npm run bench -- storms [fleet|feed|reads ...]`: the named scenarios (all by default), one after the other. */
export async function benchStorms(only: readonly string[] = [], o: StormOptions = stormOptionsFromEnv()): Promise<BenchResult[]> {
  const unknown = only.filter((s) => !(s in STORM_SCENARIOS));
  if (unknown.length > 0) throw new Error(`unknown storm scenario(s) ${unknown.join(', ')}: use ${Object.keys(STORM_SCENARIOS).join(', ')}`);
  const log = (msg: string): void => void process.stdout.write(`  [storms] ${msg}\n`);
  const results: BenchResult[] = [];
  for (const [name, run] of Object.entries(STORM_SCENARIOS)) {
    if (only.length > 0 && !only.includes(name)) continue;
    results.push(...(await run(o, log)));
  }
  return results;
}
