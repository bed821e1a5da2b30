// Feed clients of the reconnect-storm benchmark (bench/storms.ts), run as a child process so
// that the benchmark process, which measures the fridges' acks, is not what limits them.
// Driven over IPC: `connect` (subscribe `count` clients, paced), `storm` (drop every socket at
// once, then every client reconnects at once and resumes from the last cursor it processed,
// retrying failed attempts with full-jitter backoff), `close`.
import type WebSocket from 'ws';
import { connectFeed, FeedConnectError, type FeedCursor } from './apps.js';
import { pool, sleep } from './support.js';

export type FeedClientsCommand =
  | { kind: 'connect'; url: string; districts: string[]; count: number; inflight: number; timeoutMs: number }
  | { kind: 'storm'; timeoutMs: number; deadlineMs: number; backoffBaseMs: number; backoffCapMs: number }
  | { kind: 'close' };

export type FeedClientsReport =
  | { kind: 'connected'; connected: number; failed: number; ms: number; firstError: string | undefined }
  | {
      kind: 'storm-done';
      clients: number;
      back: number;
      resumed: number;
      snapshots: number;
      attempts: number;
      timeouts: number;
      refused: number;
      errors: number;
      firstBackMs: number;
      allBackMs: number;
      /** Milliseconds from the drop to each client's return, for quantiles. */
      backMs: number[];
    };

interface Client {
  districts: string[];
  ws: WebSocket | undefined;
  cursor: FeedCursor | undefined;
  events: number;
}

const clients: Client[] = [];
let url = '';

function send(r: FeedClientsReport): void {
  process.send?.(r);
}

async function open(c: Client, timeoutMs: number): Promise<'snapshot' | 'resumed'> {
  const r = await connectFeed(url, c.districts, () => void c.events++, {
    resumeFrom: c.cursor,
    timeoutMs,
    onCursor: (cur) => (c.cursor = cur),
  });
  c.ws = r.ws;
  return r.outcome;
}

async function connectAll(cmd: Extract<FeedClientsCommand, { kind: 'connect' }>): Promise<void> {
  url = cmd.url;
  const t0 = performance.now();
  let failed = 0;
  let firstError: string | undefined;
  const fresh = Array.from({ length: cmd.count }, (_, i): Client => ({ districts: [cmd.districts[i % cmd.districts.length] ?? ''], ws: undefined, cursor: undefined, events: 0 }));
  await pool(fresh, cmd.inflight, async (c) => {
    try {
      await open(c, cmd.timeoutMs);
      clients.push(c);
    } catch (err) {
      failed++;
      firstError ??= (err as Error).message;
    }
  });
  send({ kind: 'connected', connected: clients.length, failed, ms: performance.now() - t0, firstError });
}

async function storm(cmd: Extract<FeedClientsCommand, { kind: 'storm' }>): Promise<void> {
  for (const c of clients) c.ws?.terminate();
  const t0 = performance.now();
  const deadline = t0 + cmd.deadlineMs;
  const r = { resumed: 0, snapshots: 0, attempts: 0, timeouts: 0, refused: 0, errors: 0 };
  const backMs: number[] = [];
  await Promise.all(
    clients.map(async (c) => {
      c.ws = undefined;
      for (let attempt = 0; performance.now() < deadline; attempt++) {
        r.attempts++;
        try {
          const outcome = await open(c, Math.min(cmd.timeoutMs, Math.max(1, deadline - performance.now())));
          backMs.push(performance.now() - t0);
          if (outcome === 'resumed') r.resumed++;
          else r.snapshots++;
          return;
        } catch (err) {
          const kind = err instanceof FeedConnectError ? err.kind : 'error';
          if (kind === 'timeout') r.timeouts++;
          else if (kind === 'refused') r.refused++;
          else r.errors++;
        }
        // Full jitter (what issue 13 asks of the client library): a random wait in a window that doubles.
        await sleep(Math.random() * Math.min(cmd.backoffCapMs, cmd.backoffBaseMs * 2 ** attempt));
      }
    }),
  );
  backMs.sort((a, b) => a - b);
  send({ kind: 'storm-done', clients: clients.length, back: backMs.length, ...r, firstBackMs: backMs[0] ?? Number.NaN, allBackMs: backMs.length === clients.length ? (backMs[backMs.length - 1] ?? Number.NaN) : Number.NaN, backMs });
}

process.on('message', (m: FeedClientsCommand) => {
  if (m.kind === 'connect') void connectAll(m);
  else if (m.kind === 'storm') void storm(m);
  else {
    for (const c of clients) c.ws?.terminate();
    process.disconnect?.();
  }
});
// The parent going away (a failed benchmark) ends this process too.
process.on('disconnect', () => {
  for (const c of clients) c.ws?.terminate();
  process.exit(0);
});
