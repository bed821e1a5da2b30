// Feed clients of the reconnect-storm benchmark (bench/storms.ts), run as a child process so
// that the benchmark process, which measures the fridges' acks, is not what limits them.
// Driven over IPC: `connect` (subscribe `count` clients, paced), `storm` (drop every socket at
// once, then every client reconnects at once and resumes from the last cursor it processed,
// retrying failed attempts as the client library does: full-jitter backoff, never sooner than
// a 503's Retry-After), `close`. The clients are the client library's (feed-client/).
import net from 'node:net';
import { connect, type Cursor, type FeedClient } from '../feed-client/src/node.js';
import { benchFeedClient } from './apps.js';
import { pool } from './support.js';

export type FeedClientsCommand =
  | { kind: 'connect'; url: string; districts: string[]; count: number; inflight: number; timeoutMs: number }
  /** Minimal clients (raw sockets, see rawClient): the connect + subscribe rate of the server, not of the library. */
  | { kind: 'connect-raw'; url: string; districts: string[]; count: number; inflight: number; timeoutMs: number }
  | { kind: 'close-raw' }
  | { kind: 'storm'; timeoutMs: number; deadlineMs: number; backoffBaseMs: number; backoffCapMs: number; /** false: back without a cursor (each takes a snapshot); default true. */ resume?: boolean }
  | { kind: 'close' };

export type FeedClientsReport =
  | { kind: 'connected'; connected: number; failed: number; ms: number; firstError: string | undefined }
  | { kind: 'closed-raw' }
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

/**
 * A minimal feed client for measuring how fast a server takes connect + subscribe: a raw socket
 * sends a fixed upgrade request (no per-connection key or check of the answer's hash), the
 * subscribe as one prebuilt frame (a zero mask key), and counts the client live at the first
 * text frame holding a snapshot. The server does all its usual work; the client as little as a
 * load generator can (the library's client costs ~0.6 ms of CPU a connection, twice the feed's).
 */
function rawClient(url: URL, district: string, timeoutMs: number): Promise<net.Socket> {
  const handshake = `GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: farmacy.feed.v1+json\r\n\r\n`;
  const body = Buffer.from(JSON.stringify({ requestId: 's', subscribe: { districts: [district] } }), 'utf8');
  if (body.length >= 126) throw new Error('subscribe frame too long for the short header');
  const subscribe = Buffer.concat([Buffer.from([0x81, 0x80 | body.length, 0, 0, 0, 0]), body]);
  return new Promise((resolve, reject) => {
    const sock = net.connect(Number(url.port), url.hostname);
    sock.setNoDelay(true);
    let buf: Buffer = Buffer.alloc(0);
    let upgraded = false;
    let welcomed = false;
    const fail = (err: Error): void => {
      clearTimeout(timer);
      sock.destroy();
      reject(err);
    };
    const timer = setTimeout(() => fail(new Error('not live in time')), timeoutMs);
    sock.on('connect', () => sock.write(handshake));
    sock.on('error', fail);
    const onData = (chunk: Buffer): void => {
      buf = buf.length > 0 ? Buffer.concat([buf, chunk]) : chunk;
      if (!upgraded) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        if (!buf.subarray(0, end).toString('latin1').startsWith('HTTP/1.1 101')) return fail(new Error(buf.subarray(0, Math.min(end, 40)).toString('latin1')));
        upgraded = true;
        buf = buf.subarray(end + 4);
      }
      for (;;) {
        if (buf.length < 2) return;
        let len = buf[1]! & 0x7f;
        let off = 2;
        if (len === 126) {
          if (buf.length < 4) return;
          len = buf.readUInt16BE(2);
          off = 4;
        } else if (len === 127) {
          if (buf.length < 10) return;
          len = Number(buf.readBigUInt64BE(2));
          off = 10;
        }
        if (buf.length < off + len) return;
        const text = (buf[0]! & 0x0f) === 1;
        const payload = buf.subarray(off, off + len);
        buf = buf.subarray(off + len);
        if (!text) continue;
        if (!welcomed) {
          welcomed = true;
          sock.write(subscribe);
        } else if (payload.includes('"snapshot"')) {
          clearTimeout(timer);
          sock.off('data', onData);
          sock.off('error', fail);
          sock.on('data', () => undefined); // idle from now on
          sock.on('error', () => undefined);
          return resolve(sock);
        }
      }
    };
    sock.on('data', onData);
  });
}

const rawSockets: net.Socket[] = [];

async function connectRaw(cmd: Extract<FeedClientsCommand, { kind: 'connect-raw' }>): Promise<void> {
  const target = new URL(cmd.url);
  const t0 = performance.now();
  let failed = 0;
  let firstError: string | undefined;
  await pool(Array.from({ length: cmd.count }, (_, i) => cmd.districts[i % cmd.districts.length] ?? ''), cmd.inflight, async (district) => {
    try {
      rawSockets.push(await rawClient(target, district, cmd.timeoutMs));
    } catch (err) {
      failed++;
      firstError ??= err instanceof Error ? err.message : String(err);
    }
  });
  send({ kind: 'connected', connected: rawSockets.length, failed, ms: performance.now() - t0, firstError });
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
  else if (m.kind === 'connect-raw') void connectRaw(m);
  else if (m.kind === 'close-raw') {
    for (const s of rawSockets.splice(0)) s.destroy();
    send({ kind: 'closed-raw' });
  } else if (m.kind === 'storm') void storm(m);
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
