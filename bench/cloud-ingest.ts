// Cloud ingest (issue 4): the compiled fridge-cloud as a child process (embedded aedes broker,
// ingest, SQLite event store) fed by virtual fridges in this process, each with its own
// registered credential, over loopback MQTT.
//   1. throughput of the full pipeline (decode, ACL, commit, ack) against a raw SQLite limit;
//   2. publish-to-ack latency at a moderate load (~1,000 events/s);
//   3. as many connected fridges as fit (up to 10,000), each sending one batch: connect time,
//      ack latency and the cloud's resident memory.
// Issue 4 goals: >= 50,000 events/s and >= 0.5 of the raw limit; ack p99 < 20 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { classify, type CompactionClass } from '../edge/outbox/index.js';
import { OutboxResetReason, SnapshotReason, encodeFridgeEvent, type FridgeEvent } from '../proto/index.js';
import { createRng } from '../simulator/support/prng.js';
import { mealEpc } from '../simulator/world/sgtin96.js';
import { BenchCloud } from './bench-cloud.js';
import { BenchFridge, newCounters, type LoaderCounters, type PendingBatch } from './bench-fridge.js';

export { BenchFridge, EDGE_FORWARDING, newCounters, type Forwarding, type LoaderCounters, type PendingBatch } from './bench-fridge.js';
import { cpuSeconds, MEALS, pool, quantiles, round, rssMb, sleep, within, type BenchResult } from './support.js';

const DISTRICT = 'bench';
export const fridgeName = (i: number): string => `bf-${String(i).padStart(4, '0')}`;

/** The workload; the defaults are what docs/benchmarks.md records. */
export interface CloudIngestOptions {
  /** 1: fridges, batches per fridge, events per batch, batches in flight per fridge. */
  fridges: number;
  batchesPerFridge: number;
  eventsPerBatch: number;
  window: number;
  /** 2: fridges (the first of 1's), one batch of `latencyEvents` every `latencyPeriodMs` for `latencyMs`. */
  latencyFridges: number;
  latencyEvents: number;
  latencyPeriodMs: number;
  latencyMs: number;
  /** 3: fridges registered and connected in all (including 1's), bounded by the time budgets below. */
  manyFridges: number;
  registerBudgetMs: number;
  connectBudgetMs: number;
  /** 3: each fridge's one batch, spread evenly over this long. */
  manySpreadMs: number;
  manyEvents: number;
}

export const DEFAULT_CLOUD_INGEST: CloudIngestOptions = {
  fridges: 100,
  batchesPerFridge: 30,
  eventsPerBatch: 100,
  window: 4,
  latencyFridges: 20,
  latencyEvents: 10,
  latencyPeriodMs: 200,
  latencyMs: 10_000,
  manyFridges: 10_000,
  registerBudgetMs: 75_000,
  connectBudgetMs: 60_000,
  manySpreadMs: 20_000,
  manyEvents: 10,
};


export interface Tag {
  hex: string;
  bytes: Uint8Array;
  weight: number;
}

let nextSerial = 1_000_000n;
export function newTags(n: number, rand: () => number): Tag[] {
  return Array.from({ length: n }, () => {
    const meal = MEALS[Math.floor(rand() * MEALS.length)] ?? MEALS[0];
    const hex = mealEpc(meal.gtin, 7, nextSerial++);
    return { hex, bytes: Uint8Array.from(Buffer.from(hex, 'hex')), weight: meal.weight };
  });
}

/** A seeded stream in [0, 1) (the simulator's generator), so every run sends the same kind of traffic. */
export function prng(seed: number): () => number {
  const rng = createRng(seed);
  return () => rng.next();
}

/**
 * A load fridge: what an edge agent records, sent by the protocol client (BenchFridge): an
 * OutboxReset and a startup snapshot first, then mostly temperature samples, door sessions
 * taking out (and now and then restocking) registered meals with matching shelf weights, and
 * an occasional periodic snapshot.
 */
export class LoadFridge extends BenchFridge {
  private seq = 0;
  private readonly present: Tag[];
  private readonly rand: () => number;

  constructor(id: string, password: string, private readonly pool: Tag[], initialStock: number, seed: number, counters: LoaderCounters, district: string = DISTRICT) {
    super(id, password, district, counters);
    this.present = pool.splice(0, initialStock);
    this.rand = prng(seed);
  }

  /** The next `n` events of this fridge's outbox, encoded as the edge stores them. */
  next(n: number): PendingBatch {
    const prevSeq = this.seq;
    const at = Date.now();
    const events: Uint8Array[] = [];
    const classes: CompactionClass[] = [];
    for (let k = 0; k < n; k++) {
      this.seq++;
      const ev = this.event(this.seq, at);
      events.push(encodeFridgeEvent(ev));
      classes.push(classify(ev));
    }
    return { prevSeq, lastSeq: this.seq, events, classes };
  }

  private event(seq: number, at: number): FridgeEvent {
    if (seq === 1) return { seq, recordedAtMs: at, outboxReset: { reason: OutboxResetReason.CREATED } };
    const r = this.rand();
    if (seq === 2 || r < 0.02) {
      return {
        seq, recordedAtMs: at,
        snapshot: { reason: seq === 2 ? SnapshotReason.STARTUP : SnapshotReason.PERIODIC, tags: this.present.map((t) => t.bytes), shelves: [1, 2, 3, 4].map((shelf) => ({ shelf, grams: 3000 + shelf * 100, stable: true })) },
      };
    }
    if (r < 0.22) return this.doorSession(seq, at);
    return { seq, recordedAtMs: at, temperature: { sensor: r < 0.6 ? 1 : 2, deciCelsius: 30 + Math.floor(this.rand() * 12) } };
  }

  /** The next event of this fridge's outbox as one door session (what a live fridge sends most). */
  nextDoorSession(): PendingBatch {
    const prevSeq = this.seq;
    this.seq++;
    return { prevSeq, lastSeq: this.seq, events: [encodeFridgeEvent(this.doorSession(this.seq, Date.now()))], classes: ['door_session'] };
  }

  /** A door session taking out 0-2 meals, restocking 12 when fewer than 8 are left. */
  private doorSession(seq: number, at: number): FridgeEvent {
    const removed: Tag[] = [];
    const k = Math.floor(this.rand() * 3);
    for (let i = 0; i < k && this.present.length > 0; i++) removed.push(...this.present.splice(Math.floor(this.rand() * this.present.length), 1));
    const added = this.present.length < 8 ? this.pool.splice(0, 12) : [];
    this.present.push(...added);
    const delta = added.reduce((s, t) => s + t.weight, 0) - removed.reduce((s, t) => s + t.weight, 0);
    return {
      seq, recordedAtMs: at,
      doorSession: {
        openedAtMs: at - 20_000, closedAtMs: at - 2_500, openCount: 1,
        removed: removed.map((t) => t.bytes), added: added.map((t) => t.bytes),
        shelves: [{ shelf: 1, beforeG: 5000, afterG: 5000 + delta, deltaG: delta, stable: true }],
        rounds: removed.length > 0 ? 2 : 1, tagCount: this.present.length,
      },
    };
  }
}

/** Runs `fn` over `items` with at most `n` at a time; stops starting new ones when `until` says so. */


/** Sum of every series of a Prometheus metric in /metrics text. */
export function metric(text: string, name: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith(name + ' ') || line.startsWith(name + '{')) sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

export interface PhaseSide {
  /** Mean in-cloud handling per batch (decode, ACL, commit, ack publish), from the cloud's own histogram. */
  handleMs: number;
  domain: number;
  cloudCpuPct: number;
  /** CPU seconds over the phase: the cloud (every thread of it) and this load generator's process. */
  cloudCpuS: number;
  loaderCpuS: number;
  /** The cloud's event-loop delay (prom-client, 10 ms timer, resolution subtracted) and GC time over the phase. */
  cloudLoopP99Ms: number;
  cloudLoopMaxMs: number;
  cloudGcS: number;
  loaderCpuPct: number;
  loaderLoopP99Ms: number;
  loaderLoopMaxMs: number;
}

/** Starts watching a phase: what the cloud and this load generator did meanwhile. */
export async function watchPhase(c: BenchCloud): Promise<() => Promise<PhaseSide>> {
  const m0 = await c.metrics();
  const cpu0 = cpuSeconds(c.pid);
  const own0 = process.cpuUsage();
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const t0 = performance.now();
  return async () => {
    const s = (performance.now() - t0) / 1000;
    loop.disable();
    const cloudCpuS = cpuSeconds(c.pid) - cpu0;
    const own = process.cpuUsage(own0);
    const loaderCpuS = (own.user + own.system) / 1e6;
    const m1 = await c.metrics();
    const d = (name: string): number => metric(m1, name) - metric(m0, name);
    return {
      handleMs: (d('ff_cloud_ack_latency_seconds_sum') / Math.max(1, d('ff_cloud_ack_latency_seconds_count'))) * 1000,
      domain: d('ff_cloud_domain_events_total'),
      cloudCpuPct: (cloudCpuS / s) * 100,
      cloudCpuS,
      loaderCpuS,
      cloudLoopP99Ms: Math.max(0, metric(m1, 'ff_cloud_nodejs_eventloop_lag_p99_seconds') * 1000 - 10),
      cloudLoopMaxMs: Math.max(0, metric(m1, 'ff_cloud_nodejs_eventloop_lag_max_seconds') * 1000 - 10),
      cloudGcS: d('ff_cloud_nodejs_gc_duration_seconds_sum'),
      loaderCpuPct: (loaderCpuS / s) * 100,
      loaderLoopP99Ms: Math.max(0, loop.percentile(99) / 1e6 - 1),
      loaderLoopMaxMs: Math.max(0, loop.max / 1e6 - 1),
    };
  };
}

export function sideFigures(x: PhaseSide): Record<string, number | string> {
  return {
    'in-cloud handling ms/batch (mean)': round(x.handleMs, 3),
    'cloud CPU %': Math.round(x.cloudCpuPct),
    'cloud event-loop delay p99 / max ms': `${round(x.cloudLoopP99Ms, 1)} / ${round(x.cloudLoopMaxMs, 1)}`,
    'cloud GC s': round(x.cloudGcS, 2),
    'load generator CPU %': Math.round(x.loaderCpuPct),
    'load generator event-loop delay p99 / max ms': `${round(x.loaderLoopP99Ms, 1)} / ${round(x.loaderLoopMaxMs, 1)}`,
  };
}


/**
 * The raw limit: the same events, already encoded, appended to a SQLite table keyed like the
 * cloud's raw event table, one transaction per batch given (100 rows here), WAL +
 * synchronous=FULL, nothing else; the best of two runs, events a second.
 */
export function rawLimit(batches: ReadonlyArray<{ fridgeId: string; epoch: string; b: PendingBatch }>): number {
  return rawInsert(batches).rate;
}

/** rawLimit, with the CPU seconds that best run used (the rest of its time is spent waiting for the disk's flushes). */
export function rawInsert(batches: ReadonlyArray<{ fridgeId: string; epoch: string; b: PendingBatch }>): { rate: number; cpuS: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ff-cloud-raw-'));
  try {
    let best = { rate: 0, cpuS: 0 };
    for (let rep = 0; rep < 2; rep++) {
      const db = new Database(path.join(dir, `raw-${rep}.db`));
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.exec('CREATE TABLE raw (fridge_id TEXT NOT NULL, epoch TEXT NOT NULL, seq INTEGER NOT NULL, payload BLOB NOT NULL, PRIMARY KEY (fridge_id, epoch, seq)) WITHOUT ROWID');
      const ins = db.prepare<[string, string, number, Uint8Array]>('INSERT INTO raw (fridge_id, epoch, seq, payload) VALUES (?, ?, ?, ?)');
      const tx = db.transaction((x: { fridgeId: string; epoch: string; b: PendingBatch }) => {
        x.b.events.forEach((ev, k) => ins.run(x.fridgeId, x.epoch, x.b.prevSeq + k + 1, ev));
      });
      let events = 0;
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      for (const x of batches) {
        tx(x);
        events += x.b.events.length;
      }
      const rate = (events / (performance.now() - t0)) * 1000;
      const cpu = process.cpuUsage(cpu0);
      db.close();
      if (rate > best.rate) best = { rate, cpuS: (cpu.user + cpu.system) / 1e6 };
    }
    return best;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchCloudIngest(opt: Partial<CloudIngestOptions> = {}): Promise<BenchResult[]> {
  const o = { ...DEFAULT_CLOUD_INGEST, ...opt };
  const log = (msg: string): void => void process.stdout.write(`  [cloud-ingest] ${msg}\n`);
  const dir = mkdtempSync(path.join(tmpdir(), 'ff-cloud-ingest-'));
  const counters = newCounters();
  const fridges: LoadFridge[] = [];
  let cloud: BenchCloud | undefined;
  const results: BenchResult[] = [];
  const rand = prng(4);
  try {
    cloud = await BenchCloud.start(dir);
    const c = cloud;
    for (const m of MEALS) await c.api('PUT', `/v1/meals/${m.gtin}`, { name: m.name, nominal_weight_g: m.weight });

    // --- 1. throughput ---------------------------------------------------------------------
    // Enough registered tags that no fridge runs out: about one removal per door session.
    const perFridgeTags = 40 + Math.ceil(o.batchesPerFridge * o.eventsPerBatch * 0.25) + Math.ceil((o.latencyMs / o.latencyPeriodMs) * o.latencyEvents * 0.25);
    const pools = Array.from({ length: o.fridges }, () => newTags(perFridgeTags, rand));
    await c.registerTags(pools.flat().map((t) => t.hex));
    const ids = Array.from({ length: o.fridges }, (_, i) => fridgeName(i));
    const passwords = new Map<string, string>();
    await pool(ids, 8, async (id) => void passwords.set(id, await c.registerFridge(id, DISTRICT, 52.52, 13.4)));
    ids.forEach((id, i) => fridges.push(new LoadFridge(id, passwords.get(id) ?? '', pools[i] ?? [], 20, 1000 + i, counters)));
    await pool(fridges, 50, (f) => f.connect(c.mqttUrl));

    const plan = fridges.map((f) => ({ f, batches: Array.from({ length: o.batchesPerFridge }, () => f.next(o.eventsPerBatch)) }));
    const interleaved = Array.from({ length: o.batchesPerFridge }, (_, j) => plan.map(({ f, batches }) => ({ fridgeId: f.id, epoch: f.epoch, b: batches[j] as PendingBatch }))).flat();
    const total = interleaved.reduce((s, x) => s + x.b.events.length, 0);
    log(`raw SQLite limit, ${total} events`);
    const raw = rawLimit(interleaved);

    log(`throughput: ${o.fridges} fridges x ${o.batchesPerFridge} batches x ${o.eventsPerBatch} events, window ${o.window}`);
    const side1 = await watchPhase(c);
    const tputLat: number[] = [];
    const t0 = performance.now();
    const drive = Promise.all(
      plan.map(async ({ f, batches }) => {
        await pool(batches, o.window, async (b) => void tputLat.push(await f.send(b)));
      }),
    );
    const stalled = !(await within(drive, 120_000));
    const tputMs = performance.now() - t0;
    if (stalled) throw new Error(`throughput run did not finish in 120 s (${tputLat.length} batches acknowledged)`);
    const s1 = await side1();
    const rate = (total / tputMs) * 1000;
    const tq = quantiles(tputLat);
    results.push(
      {
        name: `cloud ingest throughput (${o.fridges} fridges, own credentials, ${o.batchesPerFridge} batches x ${o.eventsPerBatch} events each, ${o.window} in flight per fridge; fridge-cloud child process)`,
        figures: {
          events: total,
          'cloud events/s': Math.round(rate),
          seconds: round(tputMs / 1000),
          'domain events': s1.domain,
          'publish-to-ack p50 ms': round(tq.p50, 1),
          'publish-to-ack p99 ms': round(tq.p99, 1),
          'gaps/rejected': `${counters.gaps}/${counters.rejected}`,
          ...sideFigures(s1),
        },
        goal: '>= 50,000 events/s',
        met: rate >= 50_000,
      },
      {
        name: 'cloud ingest vs raw SQLite limit (same events, 100 rows a transaction, WAL + synchronous=FULL, no processing)',
        figures: { 'raw limit events/s': Math.round(raw), 'cloud events/s': Math.round(rate), ratio: round(rate / raw) },
        goal: 'ratio >= 0.5',
        met: rate / raw >= 0.5,
      },
    );

    // --- 2. latency at a moderate load -------------------------------------------------------
    const latFridges = fridges.slice(0, o.latencyFridges);
    const rounds = Math.floor(o.latencyMs / o.latencyPeriodMs);
    log(`latency: ${latFridges.length} fridges, a batch of ${o.latencyEvents} every ${o.latencyPeriodMs} ms for ${o.latencyMs / 1000} s`);
    const lat: number[] = [];
    const side2 = await watchPhase(c);
    const l0 = performance.now();
    const sends: Promise<void>[] = [];
    latFridges.forEach((f, i) => {
      const offset = (i * o.latencyPeriodMs) / latFridges.length; // spread over the period
      for (let k = 0; k < rounds; k++) {
        sends.push(
          new Promise<void>((resolve) => {
            setTimeout(() => {
              f.send(f.next(o.latencyEvents)).then((ms) => {
                lat.push(ms);
                resolve();
              }, resolve);
            }, Math.max(0, l0 + offset + k * o.latencyPeriodMs - performance.now()));
          }),
        );
      }
    });
    await within(Promise.all(sends), o.latencyMs + 30_000);
    const s2 = await side2();
    const lq = quantiles(lat);
    const latEvents = lat.length * o.latencyEvents;
    results.push({
      name: `cloud ingest latency, publish to ack (${latFridges.length} fridges, ${o.latencyEvents} events every ${o.latencyPeriodMs} ms each, ${o.latencyMs / 1000} s)`,
      figures: {
        batches: lat.length,
        'events/s': Math.round((latEvents / (performance.now() - l0)) * 1000),
        'p50 ms': round(lq.p50, 2),
        'p95 ms': round(lq.p95, 2),
        'p99 ms': round(lq.p99, 2),
        'max ms': round(lq.max, 2),
        ...sideFigures(s2),
      },
      goal: 'p99 < 20 ms',
      met: lat.length === rounds * latFridges.length && lq.p99 < 20,
    });

    // --- 3. many connected fridges -----------------------------------------------------------
    const more = Array.from({ length: Math.max(0, o.manyFridges - o.fridges) }, (_, i) => fridgeName(o.fridges + i));
    log(`registering up to ${more.length} more fridges through the admin API (budget ${o.registerBudgetMs / 1000} s)`);
    const r0 = performance.now();
    const regDeadline = r0 + o.registerBudgetMs;
    await pool(more, 8, async (id) => void passwords.set(id, await c.registerFridge(id, DISTRICT, 52.52, 13.4)), () => performance.now() < regDeadline);
    const regMs = performance.now() - r0;
    const registered = more.filter((id) => passwords.has(id));
    const manyPools = registered.map(() => newTags(3, rand));
    await c.registerTags(manyPools.flat().map((t) => t.hex));
    const newcomers = registered.map((id, i) => new LoadFridge(id, passwords.get(id) ?? '', manyPools[i] ?? [], 0, 50_000 + i, counters));
    // Their one batch: the epoch's OutboxReset, a startup snapshot (empty), a door session
    // restocking three registered meals, temperature samples.
    const manyBatches = new Map(newcomers.map((f) => [f, f.next(o.manyEvents)] as const));

    log(`connecting ${newcomers.length} more fridges (${o.fridges} already connected)`);
    const rssBefore = rssMb(c.pid);
    const c0 = performance.now();
    const connDeadline = c0 + o.connectBudgetMs;
    const connected: LoadFridge[] = [];
    let connectFailures = 0;
    await pool(newcomers, 200, async (f) => {
      try {
        await f.connect(c.mqttUrl);
        connected.push(f);
      } catch {
        connectFailures++;
      }
    }, () => performance.now() < connDeadline);
    const connMs = performance.now() - c0;
    fridges.push(...newcomers);
    await sleep(1000);
    const rssConnected = rssMb(c.pid);
    const online = connected.length + o.fridges;

    log(`${online} connected; one batch each over ${o.manySpreadMs / 1000} s`);
    let rssPeak = rssConnected;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(c.pid))), 250);
    const manyLat: number[] = [];
    const side3 = await watchPhase(c);
    const s0 = performance.now();
    const step = o.manySpreadMs / Math.max(1, connected.length);
    await within(
      Promise.all(
        connected.map(
          (f, i) =>
            new Promise<void>((resolve) => {
              setTimeout(() => {
                f.send(manyBatches.get(f) as PendingBatch).then((ms) => {
                  manyLat.push(ms);
                  resolve();
                }, resolve);
              }, Math.max(0, s0 + i * step - performance.now()));
            }),
        ),
      ),
      o.manySpreadMs + 30_000,
    );
    const manyMs = performance.now() - s0;
    clearInterval(sampler);
    const s3 = await side3();
    const mq = quantiles(manyLat);
    results.push({
      name: `connected fridges (${online} registered and connected at once, each with its own credential; ${connected.length} of them send one batch of ${o.manyEvents} events, spread over ${o.manySpreadMs / 1000} s)`,
      figures: {
        'fridges connected': online,
        'registration seconds': round(regMs / 1000, 1),
        'registrations/s': Math.round((registered.length / regMs) * 1000),
        'connect seconds': round(connMs / 1000, 1),
        'connects/s': Math.round((connected.length / connMs) * 1000),
        'connect failures': connectFailures,
        'batches acked': manyLat.length,
        'events/s': Math.round(((manyLat.length * o.manyEvents) / manyMs) * 1000),
        'ack p50 ms': round(mq.p50, 2),
        'ack p99 ms': round(mq.p99, 2),
        'ack max ms': round(mq.max, 2),
        ...sideFigures(s3),
        'cloud RSS before MB': round(rssBefore, 1),
        'cloud RSS connected MB': round(rssConnected, 1),
        'cloud RSS peak MB': round(rssPeak, 1),
      },
      goal: 'ack p99 < 20 ms with every fridge connected',
      met: manyLat.length === connected.length && mq.p99 < 20,
    });
    results.push({
      name: 'cloud ingest run health',
      figures: { 'GAP acks': counters.gaps, 'REJECTED acks': counters.rejected, 'undecodable or stale acks': counters.badAcks, 'MQTT errors': counters.errors, 'unexpected disconnects': counters.disconnects },
    });
    return results;
  } finally {
    await Promise.all(fridges.map((f) => f.close()));
    await cloud?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
