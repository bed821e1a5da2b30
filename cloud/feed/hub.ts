// Every feed connection of this process: admission (per-address limit), the live fan-out of
// what the ingest committed, heartbeats, and the close on shutdown.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type WebSocket from 'ws';
import { FEED_SUBPROTOCOLS, type FeedEncoding } from '../../proto/feed.js';
import type { Ingest } from '../ingest/ingest.js';
import type { Ownership } from '../ownership/ownership.js';
import type { CloudStore, StoredEvent } from '../store/index.js';
import { FeedConnection, FrameCache, type FeedContext } from './connection.js';
import type { FeedLimits } from './limits.js';
import type { FeedMetrics } from './metrics.js';
import { CLOSE } from './protocol.js';

export interface FeedHubOptions {
  store: CloudStore;
  ownership: Ownership;
  /** The store's epoch (positions are meaningful within it). */
  epoch: string;
  ingest: Ingest;
  limits: FeedLimits;
  metrics: FeedMetrics;
  log: Logger;
  adminToken: string;
}

function tokenEquals(given: string, want: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(want);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The subprotocol a client asked for: protobuf if offered, else JSON (also with none). */
export function chooseSubprotocol(offered: ReadonlySet<string>): string | false {
  if (offered.has(FEED_SUBPROTOCOLS.proto)) return FEED_SUBPROTOCOLS.proto;
  if (offered.has(FEED_SUBPROTOCOLS.json)) return FEED_SUBPROTOCOLS.json;
  return false;
}

export class FeedHub {
  private readonly connections = new Set<FeedConnection>();
  private readonly perAddress = new Map<string, number>();
  private readonly ctx: FeedContext;
  private readonly heartbeat: NodeJS.Timeout;
  private serial = 0;
  private readonly onCommitted = (batch: StoredEvent[]): void => this.publish(batch);

  constructor(private readonly o: FeedHubOptions) {
    this.ctx = {
      store: o.store,
      epoch: o.epoch,
      serially: (fn) => o.ingest.serially(fn),
      elsewhere: async (districts) => {
        for (const district of districts) if (!o.ownership.owns(district)) return { district, ownerUrl: await o.ownership.ownerUrl(district) };
        return undefined;
      },
      limits: o.limits,
      metrics: o.metrics,
      isAdminToken: (t) => tokenEquals(t, o.adminToken),
    };
    // The in-process publication, after each commit: the feed never polls the store for news.
    o.ingest.on('committed', this.onCommitted);
    this.heartbeat = setInterval(() => this.beat(), o.limits.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Whether another connection from this address is allowed (checked before the upgrade). */
  admits(address: string): boolean {
    return (this.perAddress.get(address) ?? 0) < this.o.limits.maxConnectionsPerAddress;
  }

  refused(reason: string): void {
    this.o.metrics.dropped.inc({ reason });
  }

  /** `address`: the client's, as the HTTP layer resolved it (behind a trusted proxy: the proxy's client). */
  accept(ws: WebSocket, req: IncomingMessage, address: string = req.socket.remoteAddress ?? 'unknown'): void {
    const encoding: FeedEncoding = ws.protocol === FEED_SUBPROTOCOLS.proto ? 'proto' : 'json';
    const auth = req.headers.authorization;
    const admin = typeof auth === 'string' && auth.startsWith('Bearer ') && tokenEquals(auth.slice(7), this.o.adminToken);
    const log = this.o.log.child({ conn: ++this.serial, address, encoding, admin });
    const conn = new FeedConnection(ws, encoding, admin, this.ctx, log);
    if (!this.admits(address)) {
      // Several upgrades from one address raced past the pre-upgrade check.
      this.refused('too_many_connections');
      conn.close(CLOSE.policy, 'too many connections from this address', this.o.limits.closeGraceMs);
      return;
    }
    this.perAddress.set(address, (this.perAddress.get(address) ?? 0) + 1);
    this.connections.add(conn);
    this.o.metrics.connections.set(this.connections.size);
    ws.on('message', (data, isBinary) => conn.onFrame(toBuffer(data), isBinary));
    ws.on('pong', () => {
      conn.alive = true;
    });
    ws.on('close', () => {
      conn.onClosed();
      this.connections.delete(conn);
      const n = (this.perAddress.get(address) ?? 1) - 1;
      if (n > 0) this.perAddress.set(address, n);
      else this.perAddress.delete(address);
      this.o.metrics.connections.set(this.connections.size);
    });
    // @fastify/websocket's error handler logs and terminates; a client error is not ours.
    ws.on('error', (err) => log.debug({ err: err.message }, 'feed socket error'));
    log.debug('feed client connected');
    conn.start();
  }

  /** Live fan-out: encoded once per encoding and audience; a failing client never stops the rest. */
  private publish(batch: StoredEvent[]): void {
    const cache = new FrameCache(this.ctx.epoch);
    for (const conn of this.connections) {
      try {
        conn.onCommitted(batch, cache);
      } catch (err) {
        this.o.log.error({ err }, 'feed delivery failed; dropping the client');
        conn.terminate();
      }
    }
  }

  /** Ping everyone; whoever did not answer the previous ping is gone. */
  private beat(): void {
    for (const conn of this.connections) {
      if (conn.closed) continue;
      if (!conn.alive) {
        this.refused('heartbeat');
        conn.terminate();
      } else conn.ping();
    }
  }

  /** Shutdown: stop listening, say goodbye, and do not wait for clients that do not answer. */
  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    this.o.ingest.off('committed', this.onCommitted);
    const graceMs = Math.min(1000, this.o.limits.closeGraceMs);
    await Promise.all(
      [...this.connections].map(
        (conn) =>
          new Promise<void>((resolve) => {
            conn.whenClosed(resolve);
            conn.close(CLOSE.goingAway, 'server shutting down', graceMs);
          }),
      ),
    );
  }
}

function toBuffer(data: WebSocket.RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}
