// The live fridges of the storm benchmarks (bench/storms.ts), run as a child process: a real
// fridge is a device of its own, and in the benchmark process they shared an event loop with
// the thousand storm fridges' protocol clients, whose own stalls (up to 37-71 ms at a storm's
// start) were counted as the cloud's latency. Each fridge records a door session every
// `periodMs` (spread over the period) and forwards it as the edge does; the latency from
// recording to the ack that covers it is kept per phase, the phase being the one in which the
// session was recorded. Driven over IPC: `start` (connect, first snapshot, then sessions),
// `phase`, `stop` (wait for the acks, report), `close`.
import { EDGE_FORWARDING, LoadFridge, newCounters, type LoaderCounters, type Tag } from './cloud-ingest.js';
import { pool, quantiles, round, sleep, within } from './support.js';

export type Phase = 'setup' | 'baseline' | 'storm' | 'after';

/** A registered live fridge as the child builds it (the same as registerFridges in storms.ts). */
export interface LiveFridgeSpec {
  id: string;
  password: string;
  district: string;
  tags: Array<{ hex: string; weight: number }>;
  seed: number;
}

export type LiveCommand =
  | { kind: 'start'; url: string; fridges: LiveFridgeSpec[]; stock: number; periodMs: number }
  | { kind: 'phase'; phase: Phase }
  | { kind: 'stop'; ms: number }
  | { kind: 'close' };

export interface LiveResults {
  samples: Record<Phase, number[]>;
  /** From a session's batch's first publish to its ack, by the phase it was published in. */
  published?: Record<Phase, number[]>;
  recorded: Record<Phase, number>;
  stormWorstBySecond: number[];
  counters: LoaderCounters;
}

export type LiveReport = { kind: 'started' } | ({ kind: 'stopped' } & LiveResults) | { kind: 'failed'; message: string };

/** Connects (with birth), sends the epoch's OutboxReset and startup snapshot as an edge does, waits for the ack. */
export async function bringUp(fridges: readonly LoadFridge[], url: string, concurrency = 50): Promise<void> {
  await pool(fridges, concurrency, async (f) => {
    await f.connect(url, { birth: true, forwarding: EDGE_FORWARDING });
    f.record(f.next(2));
    await within(f.forward(), 60_000);
  });
}

/** Quantiles of the baseline and the storm, their ratio, sessions never acknowledged. */
export function liveFigures(r: Pick<LiveResults, 'samples' | 'recorded' | 'published'>): { figures: Record<string, number | string>; before: ReturnType<typeof quantiles>; during: ReturnType<typeof quantiles> } {
  const before = quantiles(r.samples.baseline);
  const during = quantiles(r.samples.storm);
  const sent = quantiles(r.published?.storm ?? []);
  const lost = (Object.keys(r.recorded) as Phase[]).reduce((n, p) => n + r.recorded[p] - r.samples[p].length, 0);
  return {
    before,
    during,
    figures: {
      'sessions before / during': `${before.n} / ${during.n}`,
      'before p50 / p99 ms': `${round(before.p50, 1)} / ${round(before.p99, 1)}`,
      'during p50 / p99 / max ms': `${round(during.p50, 1)} / ${round(during.p99, 1)} / ${round(during.max, 1)}`,
      'ratio during / before, p50': round(during.p50 / before.p50, 1),
      'ratio during / before, p99': round(during.p99 / before.p99, 1),
      // The part of it from the batch's publish to its ack (the rest: recording to publishing).
      'during, published to acknowledged p50 / p99 ms': sent.n === 0 ? 'n/a' : `${round(sent.p50, 1)} / ${round(sent.p99, 1)}`,
      'sessions not acknowledged at the end': lost,
    },
  };
}

class LiveLoad {
  phase: Phase = 'setup';
  readonly samples: Record<Phase, number[]> = { setup: [], baseline: [], storm: [], after: [] };
  readonly published: Record<Phase, number[]> = { setup: [], baseline: [], storm: [], after: [] };
  readonly recorded: Record<Phase, number> = { setup: 0, baseline: 0, storm: 0, after: 0 };
  /** Storm sessions by the second (since the storm began) they were recorded in: the worst ack of each. */
  readonly stormWorstBySecond: number[] = [];
  stormStartedAt = 0;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(private readonly fridges: readonly LoadFridge[], private readonly periodMs: number) {
    for (const f of fridges) f.onBatchAcked = (ms) => void this.published[this.phase].push(ms);
  }

  start(): void {
    this.fridges.forEach((f, i) => {
      this.timers.push(
        setTimeout(() => {
          this.timers.push(setInterval(() => this.session(f), this.periodMs));
          this.session(f);
        }, (i * this.periodMs) / this.fridges.length),
      );
    });
  }

  private session(f: LoadFridge): void {
    const phase = this.phase;
    this.recorded[phase]++;
    const second = Math.floor((performance.now() - this.stormStartedAt) / 1000);
    f.record(f.nextDoorSession(), (ms) => {
      this.samples[phase].push(ms);
      if (phase === 'storm') this.stormWorstBySecond[second] = Math.max(this.stormWorstBySecond[second] ?? 0, Math.round(ms));
    });
  }

  /** Stops recording; resolves when every recorded session is acknowledged (or after `ms`). */
  async stop(ms: number): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.length = 0;
    const deadline = performance.now() + ms;
    while (this.fridges.some((f) => f.unacknowledged > 0) && performance.now() < deadline) await sleep(20);
  }
}

// --- the child process ------------------------------------------------------------------------

if (process.send !== undefined && process.argv[1]?.endsWith('storm-live-fridges.ts')) {
  const send = (r: LiveReport): void => void process.send?.(r);
  const counters = newCounters();
  let fridges: LoadFridge[] = [];
  let live: LiveLoad | undefined;
  process.on('message', (m: LiveCommand) => {
    void (async () => {
      if (m.kind === 'start') {
        fridges = m.fridges.map((s) => new LoadFridge(s.id, s.password, s.tags.map((t): Tag => ({ hex: t.hex, bytes: Uint8Array.from(Buffer.from(t.hex, 'hex')), weight: t.weight })), m.stock, s.seed, counters, s.district));
        await bringUp(fridges, m.url);
        live = new LiveLoad(fridges, m.periodMs);
        live.start();
        send({ kind: 'started' });
      } else if (m.kind === 'phase' && live !== undefined) {
        if (m.phase === 'storm') live.stormStartedAt = performance.now();
        live.phase = m.phase;
      } else if (m.kind === 'stop' && live !== undefined) {
        await live.stop(m.ms);
        send({ kind: 'stopped', samples: live.samples, published: live.published, recorded: live.recorded, stormWorstBySecond: [...live.stormWorstBySecond].map((x) => x ?? 0), counters });
      } else if (m.kind === 'close') {
        await live?.stop(0);
        await Promise.all(fridges.map((f) => f.close()));
        process.disconnect();
      }
    })().catch((err: unknown) => send({ kind: 'failed', message: String(err) }));
  });
}
