// npm run bench -- feed: the feed tier (issue 13). fridge-cloud with --feed off and a
// fridge-feed process on its store (both compiled, child processes, loopback):
//   1. fan-out: N JSON clients over two districts; 20 fridges each publish a door session at
//      once; every (client, event) delay from the publish to the client's receipt, against a
//      bare `ws` server (child process) sending one frame per event to as many clients;
//   2. the reconnect storm of bench/storms.ts against the feed process (every client drops
//      and reconnects at once with its last cursor, while live fridges' acks are timed).
// FF_BENCH_FEED_CLIENTS (fan-out clients, default 10,000) and the storm's FF_BENCH_STORM_FEED_*
// variables (docs/benchmarks.md) size it; FF_BENCH_FEED_SCENARIOS=fanout (or storm) runs one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type WebSocket from 'ws';
import type { FeedClient } from '../feed-client/src/node.js';
import { baselineBurst, benchFeedClient, closeAll, connectMany, Delivery, MqttFridge, newTags, startBaseline, waitFor } from './apps.js';
import { BenchCloud, BenchFeed } from './bench-cloud.js';
import { STORM_SCENARIOS, stormOptionsFromEnv } from './storms.js';
import { MEALS, pool, quantiles, round, rssMb, sleep, within, type BenchResult } from './support.js';

const SESSIONS = 20;

type EventJson = { fridgeId?: string; stockUpdated?: unknown };

/**
 * The baseline's frame for a fridge's event: `{"event": ...}` alone, cut out of the `events`
 * frame (one commit, maybe several fridges' sessions) the feed sent it in.
 */
function perEventFrame(fridgeId: string, sent: { district: string; raw: string } | undefined): { district: string; raw: string } | undefined {
  if (sent === undefined) return undefined;
  const m = JSON.parse(sent.raw) as { events?: { events?: EventJson[] }; event?: EventJson };
  const event = (m.events?.events ?? (m.event !== undefined ? [m.event] : [])).find((e) => e.fridgeId === fridgeId && e.stockUpdated !== undefined);
  return event === undefined ? undefined : { district: sent.district, raw: JSON.stringify({ event }) };
}

/** A counter summed over its labels in a Prometheus text page. */
function counter(text: string, name: string): number {
  return text.split('\n').filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `)).reduce((n, l) => n + Number(l.split(' ').pop()), 0);
}

async function fanOut(clientsWanted: number, log: (m: string) => void): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ff-feed-tier-'));
  const fridges: MqttFridge[] = [];
  const clients: Array<WebSocket | FeedClient> = [];
  let cloud: BenchCloud | undefined;
  let feed: BenchFeed | undefined;
  try {
    const limits = { FF_FEED_MAX_CONNECTIONS_PER_ADDRESS: String(clientsWanted + 100) };
    const c = (cloud = await BenchCloud.start(path.join(dir, 'cloud'), {}, ['--feed', 'off']));
    const f = (feed = await BenchFeed.start(path.join(dir, 'cloud'), c.token, limits));
    for (const m of MEALS) await c.api('PUT', `/v1/meals/${m.gtin}`, { name: m.name, nominal_weight_g: m.weight });
    const specs = Array.from({ length: SESSIONS }, (_, i) => ({ id: `ft-${String(i).padStart(2, '0')}`, district: i % 2 === 0 ? 'feed-a' : 'feed-b' }));
    const passwords = new Map<string, string>();
    await pool(specs, 8, async (s) => void passwords.set(s.id, await c.registerFridge(s.id, s.district, 52.52, 13.405)));
    const burst = specs.map((s, i) => new MqttFridge(s.id, s.district, passwords.get(s.id) ?? '', newTags(4, i)));
    await c.registerTags(burst.flatMap((b) => b.present));
    await pool(burst, 20, async (b) => {
      await b.connect(c.mqttUrl);
      fridges.push(b);
      await b.send(b.start());
    });
    const districtOf = (i: number): string => (i % 2 === 0 ? 'feed-a' : 'feed-b');
    const delivery = new Delivery(clientsWanted);
    const rss0 = rssMb(f.pid);
    log(`fan-out: connecting ${clientsWanted} clients to the fridge-feed process`);
    const conn = await connectMany(clientsWanted, (i) => benchFeedClient(f.feedUrl, [districtOf(i)], (e, frame, at) => delivery.on(i, e, at, frame)));
    clients.push(...conn.clients);
    const n = conn.clients.length;
    await sleep(2000);
    const rss1 = rssMb(f.pid);
    const m0 = await f.metrics();
    log(`${n} connected in ${round(conn.ms / 1000, 1)} s${conn.firstError ? ` (stopped at: ${conn.firstError})` : ''}; feed RSS ${round(rss1, 1)} MB; burst of ${SESSIONS} door sessions`);
    const payloads = burst.map((b) => b.sale());
    const b0 = performance.now();
    const acks = Promise.all(burst.map((b, k) => {
      delivery.sentAt.set(b.id, performance.now());
      return b.send(payloads[k]!);
    }));
    const expectedPerClient = SESSIONS / 2;
    await waitFor(() => delivery.delays.length >= n * expectedPerClient, 60_000);
    const burstMs = performance.now() - b0;
    await within(acks, 5000);
    const m1 = await f.metrics();
    const q = quantiles(delivery.delays);
    const complete = delivery.perClient.slice(0, n).every((x) => x === expectedPerClient);
    const encoded = counter(m1, 'ff_cloud_feed_frames_encoded_total') - counter(m0, 'ff_cloud_feed_frames_encoded_total');
    const framesSent = counter(m1, 'ff_cloud_feed_messages_sent_total') - counter(m0, 'ff_cloud_feed_messages_sent_total');
    closeAll(conn.clients);
    clients.length = 0;
    await sleep(1000);

    log(`baseline: bare ws server, ${n} clients, one frame per event`);
    const bl = await startBaseline();
    try {
      const frames = burst.map((b) => perEventFrame(b.id, delivery.frames.get(b.id))).filter((x) => x !== undefined);
      const { q: bq, complete: bcomplete } = await baselineBurst(bl, { n, districtOf, frames, fridgeIds: burst.map((b) => b.id), expectedPerClient, timeoutMs: 60_000 });
      return [
        {
          name: `feed tier fan-out: ${n} JSON clients of a fridge-feed process, half on each of 2 districts; ${SESSIONS} door sessions at once, each a batch over MQTT from its own fridge; every client gets the ${expectedPerClient} stockUpdated events of its district`,
          figures: {
            clients: n,
            'connect seconds (200 in flight)': round(conn.ms / 1000, 1),
            'connects/s': Math.round(n / (conn.ms / 1000)),
            'feed RSS KB per idle connection': round(((rss1 - rss0) * 1024) / Math.max(1, n), 1),
            'events frames sent': framesSent,
            'events frames serialized': encoded,
            deliveries: q.n,
            'every client got every event': complete ? 'yes' : 'no',
            'delay p50 ms': round(q.p50, 1),
            'delay p99 ms': round(q.p99, 1),
            'all delivered ms': round(burstMs, 1),
            'bare ws (one frame per event) p50 / p99 ms': `${round(bq.p50, 1)} / ${round(bq.p99, 1)}${bcomplete ? '' : ' (incomplete)'}`,
            'feed / bare ws p99': round(q.p99 / bq.p99, 2),
          },
          goal: 'p99 <= 0.5 x bare ws sending one frame per event, every client (issue 13)',
          met: complete && q.p99 <= 0.5 * bq.p99,
        },
      ];
    } finally {
      bl.child.send({ kind: 'close' });
      await new Promise((r) => bl.child.once('exit', r));
    }
  } finally {
    closeAll(clients);
    await Promise.all(fridges.map((b) => b.close()));
    await feed?.stop();
    await cloud?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchFeedTier(env: NodeJS.ProcessEnv = process.env): Promise<BenchResult[]> {
  const log = (m: string): void => void process.stdout.write(`  [feed] ${m}\n`);
  const n = Number(env.FF_BENCH_FEED_CLIENTS ?? 10_000);
  // FF_BENCH_FEED_SCENARIOS: which to run (default both): fanout, storm.
  const which = new Set((env.FF_BENCH_FEED_SCENARIOS ?? 'fanout,storm').split(','));
  const results: BenchResult[] = [];
  if (which.has('fanout')) results.push(...(await fanOut(Number.isSafeInteger(n) && n > 0 ? n : 10_000, log)));
  for (const r of results) log(`${r.name}: ${JSON.stringify(r.figures)}`);
  if (which.has('storm')) results.push(...(await STORM_SCENARIOS.feed({ ...stormOptionsFromEnv(env), feedTier: 'process' }, log)));
  return results;
}
