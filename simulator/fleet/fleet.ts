import { setMaxListeners } from 'node:events';
import type { Logger } from 'pino';
import type { MealSpec } from '../scenario/index.js';
import { createRng } from '../support/prng.js';
import { silentLogger } from '../support/logger.js';
import { LatencyRecorder, type LatencySummary } from './latency.js';
import { VirtualFridge, type FleetCounters } from './virtual-fridge.js';

export interface FleetOptions {
  /** mqtt://127.0.0.1:port; loopback only: this is a load generator, never aimed at a real broker. */
  brokerUrl: string;
  districts: readonly string[];
  fridgesPerDistrict: number;
  batchesPerFridge: number;
  eventsPerBatch: number;
  /** Batches in flight per fridge. */
  inflight?: number;
  /** Fridges connecting at the same time. */
  connectConcurrency?: number;
  /** Hard stop: the run ends by itself after this long, complete or not. */
  maxDurationMs: number;
  ackTimeoutMs?: number;
  meals: readonly MealSpec[];
  seed: number;
  /** Per-fridge MQTT credentials; default username = fridge id, password "fleet". */
  credentials?: (fridgeId: string) => { username: string; password: string };
  idPrefix?: string;
  logger?: Logger;
  now?: () => number;
}

export interface FleetReport extends FleetCounters {
  fridges: number;
  complete: boolean;
  timedOut: boolean;
  durationMs: number;
  eventsPerSec: number;
  batchesPerSec: number;
  ackLatencyMs: LatencySummary;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function assertLoopback(url: string): void {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    throw new Error(`fleet: not a URL: ${url}`);
  }
  if (!LOOPBACK.has(host)) throw new Error(`fleet: refusing non-loopback broker ${host}; fleet load runs against a local broker only`);
}

/** Fleet ids: `<prefix><district>-<n>`, valid MQTT topic levels (docs/protocol.md id pattern). */
export function fleetFridgeIds(districts: readonly string[], perDistrict: number, prefix = 'fleet-'): { id: string; district: string }[] {
  return districts.flatMap((district) =>
    Array.from({ length: perDistrict }, (_, i) => ({ id: `${prefix}${district}-${String(i + 1).padStart(5, '0')}`, district })),
  );
}

/**
 * Runs thousands of virtual fridges against a broker until every batch is acknowledged or the
 * time bound hits, then disconnects them all cleanly and reports throughput and ack latency.
 */
export async function runFleet(o: FleetOptions): Promise<FleetReport> {
  assertLoopback(o.brokerUrl);
  const now = o.now ?? Date.now;
  const log = o.logger ?? silentLogger();
  const rng = createRng(o.seed);
  const counters: FleetCounters = {
    connected: 0, connectFailures: 0, batchesSent: 0, batchesResent: 0, batchesAcked: 0,
    eventsAcked: 0, bytesSent: 0, gaps: 0, rejected: 0, staleAcks: 0, completedFridges: 0,
  };
  const latency = new LatencyRecorder();
  const ids = fleetFridgeIds(o.districts, o.fridgesPerDistrict, o.idPrefix);
  const fridges = ids.map(({ id, district }) => {
    const cred = o.credentials?.(id) ?? { username: id, password: 'fleet' };
    return new VirtualFridge({
      fridgeId: id, district, brokerUrl: o.brokerUrl, username: cred.username, password: cred.password,
      rng: rng.fork(id), meals: o.meals, batches: o.batchesPerFridge, eventsPerBatch: o.eventsPerBatch,
      inflight: o.inflight ?? 8, ackTimeoutMs: o.ackTimeoutMs ?? 10_000, counters, latency,
      logger: log.child({ fridge: id }), now,
    });
  });

  const started = now();
  const abort = new AbortController();
  // Every fridge listens for the time bound.
  setMaxListeners(fridges.length + 10, abort.signal);
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    log.warn({ maxDurationMs: o.maxDurationMs }, 'fleet time bound reached');
    abort.abort();
  }, o.maxDurationMs);

  let slots = Math.max(1, o.connectConcurrency ?? 200);
  const waiting: (() => void)[] = [];
  const acquire = async (): Promise<void> => {
    if (slots > 0) {
      slots--;
      return;
    }
    await new Promise<void>((r) => waiting.push(r));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else slots++;
  };

  const progress = setInterval(() => log.info({ ...counters, elapsedMs: now() - started }, 'fleet progress'), 5_000);
  try {
    await Promise.all(
      fridges.map(async (f) => {
        await acquire();
        try {
          if (abort.signal.aborted) return;
          await f.connect();
        } catch (err) {
          counters.connectFailures++;
          log.warn({ err }, 'fleet fridge could not connect');
          return;
        } finally {
          release();
        }
        await f.run(abort.signal);
      }),
    );
  } finally {
    clearTimeout(deadline);
    clearInterval(progress);
    await Promise.all(fridges.map((f) => f.close()));
  }
  const durationMs = Math.max(1, now() - started);
  const report: FleetReport = {
    ...counters,
    fridges: fridges.length,
    complete: fridges.every((f) => f.complete),
    timedOut,
    durationMs,
    eventsPerSec: (counters.eventsAcked * 1000) / durationMs,
    batchesPerSec: (counters.batchesAcked * 1000) / durationMs,
    ackLatencyMs: latency.summary(),
  };
  log.info(report, 'fleet run finished');
  return report;
}
