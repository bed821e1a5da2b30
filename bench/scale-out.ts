// Scale-out (issue 7): the compiled fridge-cloud behind a real Mosquitto, with its event store
// in SQLite or in PostgreSQL, one instance or two splitting the districts, all in one run on
// this machine, fed by the same virtual fridges as the cloud-ingest benchmark:
//   1. ingest throughput: SQLite vs PostgreSQL (one instance each);
//   2. two instances vs one on PostgreSQL (each owns one of the two districts);
//   3. failover: SIGKILL the owner of a district under steady traffic; time to the first
//      batch its successor acknowledges.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { Mosquitto } from '../testkit/mosquitto.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../testkit/postgres.js';
import { BenchCloud } from './bench-cloud.js';
import { LoadFridge, newCounters, newTags, prng, type LoaderCounters } from './cloud-ingest.js';
import { cpuSeconds, machineCpuSeconds, MEALS, pool, quantiles, round, sleep, within, type BenchResult } from './support.js';

export interface ScaleOutOptions {
  fridges: number;
  batchesPerFridge: number;
  eventsPerBatch: number;
  window: number;
  /** Failover: each fridge sends `steadyEvents` every `steadyPeriodMs`; the kill comes after `killAfterMs`. */
  steadyEvents: number;
  steadyPeriodMs: number;
  killAfterMs: number;
  ownershipIntervalMs: number;
}

export const DEFAULT_SCALE_OUT: ScaleOutOptions = {
  fridges: 40,
  batchesPerFridge: 100,
  eventsPerBatch: 100,
  window: 4,
  steadyEvents: 10,
  steadyPeriodMs: 100,
  killAfterMs: 3000,
  ownershipIntervalMs: 1000,
};

const DISTRICTS = ['east', 'west'];
const TOKEN = 'bench-scale-out-admin-token-0123456789';

interface Setup {
  name: string;
  clouds: BenchCloud[];
  fridges: LoadFridge[];
  counters: LoaderCounters;
}

/** Starts `instances` clouds on one store, registers meals, fridges (half in each district) and tags, connects the fridges. */
async function setUp(name: string, dir: string, mqttUrl: string, o: ScaleOutOptions, store: { databaseUrl?: string }, instances: number, seed: number): Promise<Setup> {
  const counters = newCounters();
  const common = ['--mqtt-url', mqttUrl, '--ownership-interval-ms', String(o.ownershipIntervalMs), ...(store.databaseUrl !== undefined ? ['--database-url', store.databaseUrl] : [])];
  const clouds: BenchCloud[] = [];
  clouds.push(await BenchCloud.start(path.join(dir, `${name}-0`), {}, [...common, '--instance-id', `${name}-0`], TOKEN));
  const first = clouds[0]!;
  for (const m of MEALS) await first.api('PUT', `/v1/meals/${m.gtin}`, { name: m.name, nominal_weight_g: m.weight });
  const rand = prng(seed);
  const perFridgeTags = 40 + Math.ceil(o.batchesPerFridge * o.eventsPerBatch * 0.25) + 400;
  const pools = Array.from({ length: o.fridges }, () => newTags(perFridgeTags, rand));
  await first.registerTags(pools.flat().map((t) => t.hex));
  const ids = Array.from({ length: o.fridges }, (_, i) => `${name}-${String(i).padStart(3, '0')}`);
  const district = (i: number): string => DISTRICTS[i % DISTRICTS.length]!;
  const passwords = new Map<string, string>();
  await pool(ids.map((id, i) => [id, i] as const), 8, async ([id, i]) => void passwords.set(id, await first.registerFridge(id, district(i), 52.52, 13.4)));
  for (let k = 1; k < instances; k++) clouds.push(await BenchCloud.start(path.join(dir, `${name}-${k}`), {}, [...common, '--instance-id', `${name}-${k}`], TOKEN));
  if (store.databaseUrl !== undefined) {
    // Every district has its owner (every instance one of them) before the traffic starts: a
    // batch published while nobody subscribes waits for the edge's ack timeout, which these
    // virtual fridges do not have.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const owners = await Promise.all(DISTRICTS.map((d) => first.api<{ owner_url: string }>('GET', `/v1/districts/${d}/owner`).then((r) => r.owner_url, () => undefined)));
      if (owners.every((x) => x !== undefined) && new Set(owners).size === instances) break;
      if (Date.now() > deadline) throw new Error(`the districts were not split in 30 s: ${JSON.stringify(owners)}`);
      await sleep(100);
    }
  }
  const fridges = ids.map((id, i) => new LoadFridge(id, passwords.get(id) ?? '', pools[i] ?? [], 20, seed * 1000 + i, counters, district(i)));
  await pool(fridges, 50, (f) => f.connect(mqttUrl));
  return { name, clouds, fridges, counters };
}

async function tearDown(s: Setup | undefined): Promise<void> {
  if (s === undefined) return;
  await Promise.all(s.fridges.map((f) => f.close()));
  await Promise.all(s.clouds.map((c) => c.stop().catch(() => undefined)));
}

/** Every fridge sends its batches, `window` in flight; events per second until the last ack. */
async function throughput(s: Setup, o: ScaleOutOptions): Promise<{ rate: number; seconds: number; p99: number; events: number; cloudCpuPct: number[]; machineBusyPct: number }> {
  const plan = s.fridges.map((f) => ({ f, batches: Array.from({ length: o.batchesPerFridge }, () => f.next(o.eventsPerBatch)) }));
  const events = o.fridges * o.batchesPerFridge * o.eventsPerBatch;
  const lat: number[] = [];
  const cpu0 = s.clouds.map((c) => cpuSeconds(c.pid));
  const machine0 = machineCpuSeconds();
  const t0 = performance.now();
  const drive = Promise.all(plan.map(({ f, batches }) => pool(batches, o.window, async (b) => void lat.push(await f.send(b)))));
  const stalled = !(await within(drive, 180_000));
  const ms = performance.now() - t0;
  if (stalled) throw new Error(`${s.name}: throughput run did not finish in 180 s (${lat.length} batches acknowledged)`);
  // Each instance's CPU over the phase: what bounds it, the cores or the round trips.
  const cloudCpuPct = s.clouds.map((c, i) => Math.round(((cpuSeconds(c.pid) - (cpu0[i] ?? 0)) / (ms / 1000)) * 100));
  // And the machine's (PostgreSQL, the broker, this load generator too): full cores bound every configuration alike.
  const machineBusyPct = Math.round(((machineCpuSeconds() - machine0) / (ms / 1000)) * 100);
  return { rate: (events / ms) * 1000, seconds: ms / 1000, p99: quantiles(lat).p99, events, cloudCpuPct, machineBusyPct };
}

export async function benchScaleOut(opt: Partial<ScaleOutOptions> = {}): Promise<BenchResult[]> {
  const o = { ...DEFAULT_SCALE_OUT, ...opt };
  const log = (msg: string): void => void process.stdout.write(`  [scale-out] ${msg}\n`);
  if (!(await postgresAvailable())) {
    return [{ name: 'scale-out', figures: { skipped: 'PostgreSQL not reachable (FF_TEST_DATABASE_URL)' } }];
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'ff-scale-out-'));
  const mosq = await Mosquitto.start(dir);
  const dbs: TestDatabase[] = [];
  const results: BenchResult[] = [];
  let current: Setup | undefined;
  const run = async (name: string, store: 'sqlite' | 'postgres', instances: number, seed: number) => {
    let databaseUrl: string | undefined;
    if (store === 'postgres') {
      const db = await createTestDatabase();
      dbs.push(db);
      databaseUrl = db.url;
    }
    current = await setUp(name, dir, mosq.url, o, databaseUrl !== undefined ? { databaseUrl } : {}, instances, seed);
    log(`${name}: ${store}, ${instances} instance(s), ${o.fridges} fridges x ${o.batchesPerFridge} batches x ${o.eventsPerBatch} events`);
    return { setup: current, t: await throughput(current, o) };
  };
  try {
    const sqlite = await run('sq1', 'sqlite', 1, 1);
    await tearDown(sqlite.setup);
    current = undefined;
    const pg1 = await run('pg1', 'postgres', 1, 2);
    await tearDown(pg1.setup);
    current = undefined;
    const pg2 = await run('pg2', 'postgres', 2, 3);
    const figures = (t: Awaited<ReturnType<typeof throughput>>) => ({ events: t.events, 'events/s': Math.round(t.rate), seconds: round(t.seconds, 1), 'publish-to-ack p99 ms': round(t.p99, 1), 'cloud CPU % (each instance)': t.cloudCpuPct.join(' / '), [`machine CPU busy % (of ${availableParallelism() * 100})`]: t.machineBusyPct });
    results.push(
      { name: 'ingest via Mosquitto, SQLite store, one instance', figures: figures(sqlite.t) },
      { name: 'ingest via Mosquitto, PostgreSQL store, one instance', figures: { ...figures(pg1.t), 'ratio to SQLite': round(pg1.t.rate / sqlite.t.rate, 2) } },
      { name: 'ingest via Mosquitto, PostgreSQL store, two instances (one district each)', figures: { ...figures(pg2.t), 'ratio to one instance': round(pg2.t.rate / pg1.t.rate, 2) } },
    );

    // --- failover -----------------------------------------------------------------------
    const s = pg2.setup;
    const owner = await s.clouds[0]!.api<{ owner_url: string }>('GET', `/v1/districts/${DISTRICTS[0]!}/owner`);
    const victim = s.clouds.find((c) => owner.owner_url.endsWith(`:${c.httpPort}`));
    if (victim === undefined) throw new Error(`no instance answers at ${owner.owner_url}`);
    const orphans = s.fridges.filter((f) => f.district === DISTRICTS[0]);
    log(`failover: steady traffic (${o.steadyEvents} events every ${o.steadyPeriodMs} ms per fridge), then SIGKILL of the owner of ${DISTRICTS[0]!}`);
    let steady = true;
    let killedAt = Number.POSITIVE_INFINITY;
    const firstAckAfterKill = new Map<LoadFridge, number>();
    const loops = s.fridges.map(async (f) => {
      while (steady) {
        await f.send(f.next(o.steadyEvents));
        // The successor's first word to a fridge is a GAP ack (resend after what is stored);
        // an ack after it is the successor's.
        if (orphans.includes(f) && f.gapAt > killedAt && !firstAckAfterKill.has(f)) firstAckAfterKill.set(f, performance.now());
        await sleep(o.steadyPeriodMs);
      }
    });
    await sleep(o.killAfterMs);
    killedAt = performance.now();
    await victim.proc.kill('SIGKILL');
    const deadline = Date.now() + 60_000;
    while (orphans.some((f) => !firstAckAfterKill.has(f)) && Date.now() < deadline) await sleep(20);
    steady = false;
    await within(Promise.all(loops), 10_000);
    const times = orphans.map((f) => (firstAckAfterKill.get(f) ?? Number.NaN) - killedAt);
    const q = quantiles(times.filter((t) => Number.isFinite(t)));
    results.push({
      name: `failover: SIGKILL of a district's owner under steady traffic, to the first batch its successor acknowledges (ownership interval ${o.ownershipIntervalMs} ms)`,
      figures: {
        'fridges in the district': orphans.length,
        'first batch acknowledged by the successor after the kill ms': round(q.min, 0),
        'every fridge acknowledged again ms (max)': round(q.max, 0),
        'fridges never acknowledged again': times.filter((t) => !Number.isFinite(t)).length,
        'GAP acks seen (the successor asking for resends)': s.counters.gaps,
      },
      goal: 'within about the ownership interval plus a resend',
      met: times.every((t) => Number.isFinite(t)) && q.max < o.ownershipIntervalMs * 5,
    });
    await tearDown(current);
    current = undefined;
    return results;
  } finally {
    await tearDown(current);
    await mosq.down();
    for (const db of dbs) await db.drop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}
