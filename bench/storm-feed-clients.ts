// Feed clients of the reconnect-storm benchmark (bench/storms.ts), run as a child process so
// that the benchmark process, which measures the fridges' acks, is not what limits them.
// Driven over IPC: `connect` (subscribe `count` clients, paced), `storm` (drop every socket at
// once, then every client reconnects at once and resumes from the last cursor it processed,
// retrying failed attempts as the client library does: full-jitter backoff, never sooner than
// a 503's Retry-After), `close`. The clients are the client library's (feed-client/).
import { connect, type Cursor, type FeedClient } from '../feed-client/src/node.js';
import { benchFeedClient } from './apps.js';
import { pool } from './support.js';

export type FeedClientsCommand =
  | { kind: 'connect'; url: string; districts: string[]; count: number; inflight: number; timeoutMs: number }
  | { kind: 'storm'; timeoutMs: number; deadlineMs: number; backoffBaseMs: number; backoffCapMs: number; /** false: back without a cursor (each takes a snapshot); default true. */ resume?: boolean }
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
  feed: FeedClient | undefined;
  cursor: Cursor | undefined;
  events: number;
}

const clients: Client[] = [];
let url = '';

function send(r: FeedClientsReport): void {
  process.send?.(r);
}

async function connectAll(cmd: Extract<FeedClientsCommand, { kind: 'connect' }>): Promise<void> {
  url = cmd.url;
  const t0 = performance.now();
  let failed = 0;
  let firstError: string | undefined;
  const fresh = Array.from({ length: cmd.count }, (_, i): Client => ({ districts: [cmd.districts[i % cmd.districts.length] ?? ''], feed: undefined, cursor: undefined, events: 0 }));
  await pool(fresh, cmd.inflight, async (c) => {
    try {
      c.feed = await benchFeedClient(url, c.districts, () => void c.events++, { attemptTimeoutMs: cmd.timeoutMs, deadlineMs: cmd.timeoutMs * 4 });
      clients.push(c);
    } catch (err) {
      failed++;
      firstError ??= err instanceof Error ? err.message : String(err);
    }
  });
  send({ kind: 'connected', connected: clients.length, failed, ms: performance.now() - t0, firstError });
}

/** Ends a client's socket as a network failure would, for good. */
function cut(c: Client): void {
  c.cursor = c.feed?.cursor ?? c.cursor;
  c.feed?.drop();
  c.feed?.close();
  c.feed = undefined;
}

async function storm(cmd: Extract<FeedClientsCommand, { kind: 'storm' }>): Promise<void> {
  for (const c of clients) cut(c);
  const t0 = performance.now();
  const r = { resumed: 0, snapshots: 0, attempts: 0, timeouts: 0, refused: 0, errors: 0 };
  const backMs: number[] = [];
  await Promise.all(
    clients.map(async (c) => {
      // Back at once with the cursor it had; the library retries what fails.
      const feed = connect(url, { subscription: { districts: c.districts }, resumeFrom: cmd.resume === false ? undefined : c.cursor, keepState: false, pingMs: 0, attemptTimeoutMs: cmd.timeoutMs, backoff: { baseMs: cmd.backoffBaseMs, capMs: cmd.backoffCapMs } });
      c.feed = feed;
      feed.on('events', (es) => void (c.events += es.length));
      const deadline = setTimeout(() => feed.close(), Math.max(1, cmd.deadlineMs));
      try {
        const live = await feed.live();
        backMs.push(performance.now() - t0);
        if (live.outcome === 'resumed') r.resumed++;
        else r.snapshots++;
      } catch {
        // Not back by the deadline: counted below by its attempts.
      } finally {
        clearTimeout(deadline);
        r.attempts += feed.stats.attempts;
        r.timeouts += feed.stats.timeouts;
        r.refused += feed.stats.refused;
      }
    }),
  );
  // Attempts that failed otherwise (reset, closed, an error answer).
  r.errors = r.attempts - backMs.length - r.timeouts - r.refused;
  backMs.sort((a, b) => a - b);
  send({ kind: 'storm-done', clients: clients.length, back: backMs.length, ...r, firstBackMs: backMs[0] ?? Number.NaN, allBackMs: backMs.length === clients.length ? (backMs[backMs.length - 1] ?? Number.NaN) : Number.NaN, backMs });
}

process.on('message', (m: FeedClientsCommand) => {
  if (m.kind === 'connect') void connectAll(m);
  else if (m.kind === 'storm') void storm(m);
  else {
    for (const c of clients) cut(c);
    process.disconnect?.();
  }
});
// The parent going away (a failed benchmark) ends this process too.
process.on('disconnect', () => {
  for (const c of clients) cut(c);
  process.exit(0);
});
