// A district's first command after the cloud restarts waits for its state: a fold of every
// domain event of the district from the store (docs/cloud.md, "The application core"). This
// measures that wait against the district's history: K fridges of one district send their
// events, the cloud is stopped and started again on the same store, and one fridge's next
// batch is acknowledged (the fold) and then another (warm). The compiled fridge-cloud as a
// child process, SQLite, loopback only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BenchCloud } from './bench-cloud.js';
import { LoadFridge, metric, newCounters } from './cloud-ingest.js';
import { registerFridges, spec } from './storms.js';
import { MEALS, pool, round, type BenchResult } from './support.js';

export interface RestartOptions {
  fridges: number;
  /** Each fridge's batches of `eventsPerBatch`, 4 in flight, before the restart (one run per entry: a growing history). */
  batchesPerFridge: readonly number[];
  eventsPerBatch: number;
}

export const DEFAULT_RESTART: RestartOptions = { fridges: 20, batchesPerFridge: [20, 100], eventsPerBatch: 500 };

const TOKEN = 'bench-restart-admin-token-0123456789abcdef';
const DISTRICT = 'restart';

async function once(batches: number, o: RestartOptions): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ff-restart-'));
  const counters = newCounters();
  const fridges: LoadFridge[] = [];
  let cloud = await BenchCloud.start(dir, {}, [], TOKEN);
  try {
    for (const m of MEALS) await cloud.api('PUT', `/v1/meals/${m.gtin}`, { name: m.name, nominal_weight_g: m.weight });
    // Enough tags that no fridge runs out: about one removal per door session.
    fridges.push(...(await registerFridges(cloud, Array.from({ length: o.fridges }, (_, i) => spec('rs', i, DISTRICT)), 140 + Math.ceil(batches * o.eventsPerBatch * 0.25), 20, 7, counters)));
    const c = cloud;
    await Promise.all(fridges.map((f) => f.connect(c.mqttUrl)));
    await Promise.all(fridges.map((f) => pool(Array.from({ length: batches }, () => f.next(o.eventsPerBatch)), 4, async (b) => void (await f.send(b)))));
    const domainEvents = metric(await cloud.metrics(), 'ff_cloud_domain_events_total');
    await Promise.all(fridges.map((f) => f.close()));
    await cloud.stop();
    const t0 = performance.now();
    cloud = await BenchCloud.start(dir, {}, [], TOKEN);
    const readyMs = performance.now() - t0;
    const f = fridges[0]!;
    await f.connect(cloud.mqttUrl);
    const first = await f.send(f.next(10));
    const second = await f.send(f.next(10));
    return {
      'raw events before the restart': o.fridges * batches * o.eventsPerBatch,
      "the district's domain events": domainEvents,
      'restart to ready ms': Math.round(readyMs),
      'first batch acknowledged after the restart ms': round(first, 1),
      'the next batch ms': round(second, 1),
      'fold µs per domain event': round(((first - second) * 1000) / Math.max(1, domainEvents), 2),
    };
  } finally {
    await Promise.all(fridges.map((f) => f.close()));
    await cloud.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchRestart(o: RestartOptions = DEFAULT_RESTART): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const batches of o.batchesPerFridge) {
    process.stdout.write(`  [restart] ${o.fridges} fridges x ${batches} batches x ${o.eventsPerBatch} events, then a restart\n`);
    out.push({ name: `restart: a district's first batch after the cloud restarts (one district, ${o.fridges} fridges x ${batches} batches of ${o.eventsPerBatch} events before; SQLite; fridge-cloud child)`, figures: await once(batches, o) });
  }
  return out;
}
