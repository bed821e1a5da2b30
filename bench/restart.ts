// A district's first command after the cloud starts waits for its state (docs/cloud.md, "The
// application core"): without a snapshot, a fold of every domain event of the district; with
// one, the snapshot and the events after it. This measures that wait against the district's
// history: K fridges of one district send their events, and the cloud is started again on the
// same store four times, each time one fridge's next batch acknowledged (the wait) and then
// another (warm):
//   1. snapshots off (--district-snapshot-every 0): every event folded (the baseline);
//   2. snapshots on, none stored yet (the first start after an upgrade): every event folded, and
//      the district's snapshot written once its first command has committed;
//   3. after a crash (SIGKILL) some batches later: the snapshot and the events after it;
//   4. after a clean stop (SIGTERM saves every district): the snapshot alone.
// The fold itself (ms, events read) is the cloud's own log line "district state made". The
// compiled fridge-cloud as a child process, SQLite, loopback only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { breather } from '../cloud/core/index.js';
import { evolve, forkState, initialDistrictState, stateFromText, stateText, type DistrictState } from '../cloud/domain/index.js';
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

/** One start of the cloud on the store: the first batch's and the next one's ack, and the fold the cloud logged. */
async function startAndSend(dir: string, f: LoadFridge, extra: readonly string[]): Promise<{ cloud: BenchCloud; readyMs: number; first: number; second: number; fold: { from: string; events: number; ms: number } }> {
  const t0 = performance.now();
  const cloud = await BenchCloud.start(dir, {}, extra, TOKEN);
  const readyMs = performance.now() - t0;
  try {
    await f.connect(cloud.mqttUrl);
    const first = await f.send(f.next(10));
    const second = await f.send(f.next(10));
    const line = await cloud.proc.waitForLog((l) => l.msg === 'district state made' && l.district === DISTRICT, 10_000);
    return { cloud, readyMs, first, second, fold: { from: String(line.from), events: Number(line.events), ms: Number(line.ms) } };
  } catch (err) {
    // The caller has no handle on this cloud yet: it must not outlive the benchmark.
    await cloud.stop();
    throw err;
  }
}

const OFF = ['--district-snapshot-every', '0'];

async function once(batches: number, o: RestartOptions): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ff-restart-'));
  const counters = newCounters();
  const fridges: LoadFridge[] = [];
  let cloud = await BenchCloud.start(dir, {}, OFF, TOKEN);
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
    const f = fridges[0]!;
    const out: Record<string, number | string> = {
      'raw events before the restart': o.fridges * batches * o.eventsPerBatch,
      "the district's domain events": domainEvents,
    };
    const record = (label: string, r: Awaited<ReturnType<typeof startAndSend>>): void => {
      out[`${label}: first batch acknowledged ms`] = round(r.first, 1);
      out[`${label}: the fold ms (events read)`] = `${r.fold.ms} (${r.fold.events}${r.fold.from === 'snapshot' ? ' after the snapshot' : ''})`;
    };
    // 1. Snapshots off: every event.
    let r = await startAndSend(dir, f, OFF);
    cloud = r.cloud;
    record('snapshots off', r);
    out['the next batch ms'] = round(r.second, 1);
    out['fold µs per domain event'] = round((r.fold.ms * 1000) / Math.max(1, r.fold.events), 2);
    const baseline = r.first;
    await f.close();
    await cloud.stop();
    // 2. Snapshots on, none yet: every event, then the snapshot is written.
    r = await startAndSend(dir, f, []);
    cloud = r.cloud;
    record('first start with snapshots', r);
    const written = await cloud.proc.waitForLog((l) => l.msg === 'district snapshot saved' && l.district === DISTRICT, 30_000);
    out['snapshot written ms (bytes)'] = `${String(written.ms)} (${String(written.bytes)})`;
    // Some batches more, then a crash: the next start reads the snapshot and the events after it.
    await pool(Array.from({ length: 10 }, () => f.next(o.eventsPerBatch)), 4, async (b) => void (await f.send(b)));
    await f.close();
    await cloud.proc.kill('SIGKILL');
    r = await startAndSend(dir, f, []);
    cloud = r.cloud;
    record('after a crash', r);
    await f.close();
    await cloud.stop();
    // 4. After a clean stop: the snapshot alone.
    r = await startAndSend(dir, f, []);
    cloud = r.cloud;
    record('after a clean stop', r);
    out['ratio: first batch after a clean stop / snapshots off'] = round(r.first / baseline, 3);
    await f.close();
    await cloud.stop();
    const db = new Database(path.join(dir, 'cloud.db'), { readonly: true });
    out['snapshot bytes'] = db.prepare<[], { n: number }>('SELECT length(state) AS n FROM district_snapshots').get()?.n ?? 0;
    db.close();
    return out;
  } finally {
    await Promise.all(fridges.map((f) => f.close()));
    await cloud.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A district of `fridges` fridges holding `meals` meals each. */
function stockedDistrict(fridges: number, meals: number): DistrictState {
  let s = initialDistrictState('d');
  let n = 0;
  for (let f = 0; f < fridges; f++) {
    s = evolve(s, { type: 'FridgeOnline', district: 'd', fridgeId: `fridge-${f}`, at: 1, epoch: 'e1' });
    const added = Array.from({ length: meals }, (_, i) => ({ epc: (0x3074257bf7194e4000000000n + BigInt(n++)).toString(16).toUpperCase(), gtin: MEALS[i % MEALS.length]!.gtin, bestBeforeMs: 1_800_000_000_000 + i, reason: 'restock' as const }));
    s = evolve(s, { type: 'FridgeInventoryChanged', district: 'd', fridgeId: `fridge-${f}`, at: 1, cause: 'snapshot', added, removed: [] });
  }
  return s;
}

/** The cloud's breather (4 ms slices), keeping the longest stretch between turns, the last one included. */
function turns(): { breathe: () => Promise<void> | undefined; longest: () => number } {
  let longest = 0;
  let since = performance.now();
  const inner = breather(4, (ms) => void (longest = Math.max(longest, ms)));
  return {
    breathe: () => inner()?.then(() => void (since = performance.now())),
    longest: () => Math.max(longest, performance.now() - since),
  };
}

/**
 * What a snapshot of a district costs the event loop, in this process (as the cloud writes and
 * reads one: 4 ms slices): the fork (one stretch), the text and the reading (in turns), and
 * the join after the text, with a door session (a meal out, one in) evolved on the district
 * at every turn of the writing, as the district's commands go on meanwhile; the best of three.
 */
async function snapshotCost(fridges: number, meals: number): Promise<Record<string, number | string>> {
  const s = stockedDistrict(fridges, meals);
  const runs: Array<{ fork: number; text: number; textTurn: number; join: number; changed: number; restore: number; restoreTurn: number; bytes: number }> = [];
  let next = 0;
  for (let rep = 0; rep < 3; rep++) {
    let t = performance.now();
    const { frozen, join } = forkState(s);
    const fork = performance.now() - t;
    const writing = turns();
    let changed = 0;
    const breathe = (): Promise<void> | undefined => {
      const turn = writing.breathe();
      if (turn !== undefined) changed += doorSession(s, next++ % fridges, next);
      return turn;
    };
    t = performance.now();
    const text = await stateText(frozen, breathe);
    const textMs = performance.now() - t;
    const textTurn = writing.longest();
    t = performance.now();
    join();
    const joinMs = performance.now() - t;
    const reading = turns();
    t = performance.now();
    await stateFromText(text, 'd', reading.breathe);
    const restoreTurn = reading.longest();
    runs.push({ fork, text: textMs, textTurn, join: joinMs, changed, restore: performance.now() - t, restoreTurn, bytes: text.length });
  }
  const best = runs.reduce((a, b) => (b.fork + b.text + b.join + b.restore < a.fork + a.text + a.join + a.restore ? b : a));
  return {
    'meals in the district': fridges * meals,
    'snapshot MB': round(best.bytes / 1e6, 1),
    'fork ms (one stretch of the loop)': round(best.fork, 3),
    'text ms (longest turn)': `${round(best.text, 1)} (${round(best.textTurn, 1)})`,
    'door sessions evolved while it was written': best.changed,
    'join ms (one stretch)': round(best.join, 3),
    'read back ms (longest turn)': `${round(best.restore, 1)} (${round(best.restoreTurn, 1)})`,
  };
}

/** A door session on a stocked district: the fridge's first meal taken out, a new one put in. */
function doorSession(s: DistrictState, fridge: number, n: number): number {
  const fridgeId = `fridge-${fridge}`;
  const first = s.fridges.get(fridgeId)?.items.values().next().value;
  if (first === undefined) return 0;
  const epc = (0x3074257bf7194e4100000000n + BigInt(n)).toString(16).toUpperCase();
  evolve(s, { type: 'FridgeInventoryChanged', district: 'd', fridgeId, at: 2, cause: 'door_session', added: [{ epc, gtin: first.gtin, reason: 'restock' }], removed: [{ epc: first.epc, gtin: first.gtin, reason: 'sale' }] });
  return 1;
}

export async function benchRestart(o: RestartOptions = DEFAULT_RESTART): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const [fridges, meals] of [[100, 60], [1000, 100]] as const) {
    out.push({ name: `restart: a district snapshot's cost to the event loop (${fridges} fridges x ${meals} meals; in-process, best of 3)`, figures: await snapshotCost(fridges, meals) });
  }
  for (const batches of o.batchesPerFridge) {
    process.stdout.write(`  [restart] ${o.fridges} fridges x ${batches} batches x ${o.eventsPerBatch} events, then restarts\n`);
    out.push({ name: `restart: a district's first batch after the cloud starts, without and with district snapshots (one district, ${o.fridges} fridges x ${batches} batches of ${o.eventsPerBatch} events before; SQLite; fridge-cloud child)`, figures: await once(batches, o) });
  }
  return out;
}
