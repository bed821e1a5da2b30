// Every feed connection of this process: admission (per-address limit), the live fan-out of
// what was committed (the bus), heartbeats, and the close on shutdown.
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type WebSocket from 'ws';
import { FEED_SUBPROTOCOLS, type FeedEncoding } from '../../proto/feed.js';
import { FailureThrottle } from '../broker/failure-throttle.js';
import type { CommittedListener, ReadLane } from '../core/index.js';
import { secretEquals } from '../registry/credentials.js';
import type { Ownership } from '../ownership/ownership.js';
import type { EventReader, ReadModel, RegistryReader, StoredEvent } from '../store/index.js';
import { FeedConnection, type FeedContext } from './connection.js';
import { CommitFrames } from './frames.js';
import { DEFAULT_HISTORY, FeedHistory, type HistoryOptions } from './history.js';
import { buildSnapshot, SnapshotCache } from './snapshot.js';
import type { FeedLimits } from './limits.js';
import type { FeedMetrics } from './metrics.js';
import { CLOSE } from './protocol.js';

/**
 * Where committed events come from, one publication per commit in position order: the
 * cloud's bus (a feed inside the cloud) or a tail of the event store (the feed's own process).
 */
export interface CommitSource {
  subscribe(name: string, listener: CommittedListener): () => void;
}

export interface FeedHubOptions {
  registry: RegistryReader;
  eventStore: EventReader;
  readModel: ReadModel;
  /** Where several cloud instances split the districts (a feed in the cloud); undefined: every district is served here. */
  ownership?: Ownership | undefined;
  /** The store's epoch (positions are meaningful within it). */
  epoch: string;
  /** Committed domain events, as they commit. */
  bus: CommitSource;
  /**
   * The position the source publishes from (everything above it is published); undefined:
   * the store's last position, read once subscribed.
   */
  from?: number | undefined;
  /** The in-memory resume window. */
  history?: HistoryOptions | undefined;
  /** The read lane snapshots and replay pages take their turn in. */
  reads?: ReadLane;
  limits: FeedLimits;
  metrics: FeedMetrics;
  log: Logger;
  adminToken: string;
}

/**
 * Wrong admin tokens per client address (issue 11 item 11): as the HTTP admin routes, at most
 * 10 a minute; after that the address's admin tokens are refused unread until the window ends,
 * so the feed is no way around the HTTP throttle.
 */
export const FEED_ADMIN_GUESSES = { max: 10, windowMs: 60_000 };

/** The subprotocol a client asked for: protobuf if offered, else JSON (also with none). */
export function chooseSubprotocol(offered: ReadonlySet<string>): string | false {
  if (offered.has(FEED_SUBPROTOCOLS.proto)) return FEED_SUBPROTOCOLS.proto;
  if (offered.has(FEED_SUBPROTOCOLS.json)) return FEED_SUBPROTOCOLS.json;
  return false;
}

/**
 * A client's protocol mistake as ws reports it (`WS_ERR_*`: a frame over maxPayload, a bad
 * opcode or close code, invalid UTF-8...) or its socket going away uncleanly: expected, the
 * client's doing, and answered by ws itself (a close frame with the matching code).
 */
function clientSocketError(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' || code === 'WS_ERR_UNSUPPORTED_DATA_PAYLOAD_LENGTH') return 'message_too_large';
  if (code.startsWith('WS_ERR_')) return 'protocol_error';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ETIMEDOUT') return 'socket_error';
  return undefined;
}

/** At most one warn line per reason and window; the others go to debug and are summed into the next warn. */
const CLIENT_ERROR_WARN_WINDOW_MS = 60_000;

export class FeedHub {
  private readonly connections = new Set<FeedConnection>();
  private readonly perAddress = new Map<string, number>();
  private readonly ctx: FeedContext;
  private readonly heartbeat: NodeJS.Timeout;
  private serial = 0;
  private unsubscribe: (() => void) | undefined;
  private readonly lastWarn = new Map<string, { at: number; suppressed: number }>();
  /** Publications that arrived before the history's start was known (see open). */
  private early: StoredEvent[][] | undefined = [];
  private readonly history: FeedHistory;
  /** Snapshots shared by the subscribers of a scope (issue 13: connect + subscribe rate). */
  private readonly snapshots: SnapshotCache;
  private readonly sweeper: NodeJS.Timeout;

  /**
   * Subscribes first, then reads where the store is: a commit published in between is
   * neither missed nor taken twice (the history ignores what is at or below its start).
   */
  static async open(o: FeedHubOptions): Promise<FeedHub> {
    const hub = new FeedHub(o, o.from ?? (await o.eventStore.lastPosition()));
    hub.flushEarly();
    return hub;
  }

  private constructor(private readonly o: FeedHubOptions, from: number) {
    this.history = new FeedHistory(from, o.history ?? DEFAULT_HISTORY);
    const read = <T>(fn: () => Promise<T>): Promise<T> => (o.reads !== undefined ? o.reads.run(fn) : fn());
    this.snapshots = new SnapshotCache((scope) => {
      o.metrics.snapshots.inc();
      return read(() => buildSnapshot(o, scope, o.epoch));
    });
    this.ctx = {
      registry: o.registry,
      eventStore: o.eventStore,
      readModel: o.readModel,
      epoch: o.epoch,
      elsewhere: async (districts) => {
        const own = o.ownership;
        if (own === undefined) return undefined;
        for (const district of districts) if (!own.owns(district)) return { district, ownerUrl: await own.ownerUrl(district) };
        return undefined;
      },
      limits: o.limits,
      metrics: o.metrics,
      read,
      snapshot: (scope) => this.snapshots.get(scope),
      isAdminToken: (t, address) => this.adminToken(t, address),
      history: this.history,
      published: (position, timeoutMs) => this.published(position, timeoutMs),
      encoded: (encoding) => o.metrics.framesEncoded.inc({ encoding }),
    };
    this.unsubscribe = o.bus.subscribe('feed', (batch) => {
      if (this.early !== undefined) this.early.push([...batch]);
      else this.publish(batch);
    });
    this.heartbeat = setInterval(() => this.beat(), o.limits.heartbeatMs);
    this.heartbeat.unref();
    // Quiet districts' old events go too, not only when their district publishes.
    this.sweeper = setInterval(() => {
      this.history.sweep();
      this.historyMetrics();
    }, 5_000);
    this.sweeper.unref();
  }

  private flushEarly(): void {
    const early = this.early ?? [];
    this.early = undefined;
    for (const batch of early) this.publish(batch);
  }

  /** Waiters for a position to be published (resumes from a position ahead of this feed). */
  private readonly headWaiters = new Set<{ position: number; done: (ok: boolean) => void }>();

  private published(position: number, timeoutMs: number): Promise<boolean> {
    if (position <= this.history.head) return Promise.resolve(true);
    return new Promise((resolve) => {
      const w = {
        position,
        done: (ok: boolean): void => {
          clearTimeout(t);
          this.headWaiters.delete(w);
          resolve(ok);
        },
      };
      const t = setTimeout(() => w.done(false), timeoutMs);
      this.headWaiters.add(w);
    });
  }

  /** The last position published to the clients. */
  get head(): number {
    return this.history.head;
  }

  private historyMetrics(): void {
    const h = this.history.stats();
    this.o.metrics.historyEvents.set(h.events);
    this.o.metrics.historyBytes.set(h.bytes);
  }

  private readonly adminGuesses = new FailureThrottle(FEED_ADMIN_GUESSES);

  /** Whether `token` is the admin token, throttled per address: wrong ones are counted. */
  private adminToken(token: string, address: string): boolean {
    const now = performance.now();
    if (this.adminGuesses.lockedForMs(address, now) > 0) {
      this.o.metrics.dropped.inc({ reason: 'admin_token_throttled' });
      return false;
    }
    if (secretEquals(token, this.o.adminToken)) return true;
    this.adminGuesses.failed(address, now);
    return false;
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
    const admin = typeof auth === 'string' && auth.startsWith('Bearer ') && this.adminToken(auth.slice(7), address);
    const conn = new FeedConnection(ws, encoding, admin, this.ctx, this.o.log, address, ++this.serial);
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
    ws.on('error', (err) => this.socketError(err, ws, address));
    this.o.log.debug({ conn: conn.serial, address, encoding, admin }, 'feed client connected');
    conn.start();
  }

  /**
   * An error on an established feed socket. A client's
   * mistake is counted and logged at warn at most once a minute per reason, whatever the
   * number of connections (issue 11 item 18: every oversized frame logged an error with a
   * stack trace, so anyone could flood the logs); ws closes that connection itself. Anything
   * else is ours: logged as an error, and the socket terminated.
   */
  socketError(err: unknown, ws: WebSocket, address: string, nowMs: number = performance.now()): void {
    const reason = clientSocketError(err);
    if (reason === undefined) {
      this.o.log.error({ err, address }, 'feed socket failed');
      ws.terminate();
      return;
    }
    this.o.metrics.dropped.inc({ reason });
    const detail = { reason, address, error: err instanceof Error ? err.message : String(err) };
    const last = this.lastWarn.get(reason);
    if (last !== undefined && nowMs - last.at < CLIENT_ERROR_WARN_WINDOW_MS) {
      last.suppressed += 1;
      this.o.log.debug(detail, 'feed client error');
      return;
    }
    this.lastWarn.set(reason, { at: nowMs, suppressed: 0 });
    this.o.log.warn({ ...detail, sinceLastWarn: last?.suppressed ?? 0 }, 'feed client error: connection closed (more of this reason within a minute are logged at debug; ff_cloud_feed_dropped_total counts them all)');
  }

  /**
   * Live fan-out of one commit: kept in the history, then its frame built once per scope and
   * encoding and written to every connection of that scope; a failing client never stops the rest.
   */
  private publish(batch: readonly StoredEvent[]): void {
    const started = performance.now();
    this.history.append(batch);
    this.snapshots.committed(new Set(batch.map((s) => s.event.district)));
    const frames = new CommitFrames(batch, this.ctx.epoch, this.ctx.encoded);
    for (const conn of this.connections) {
      try {
        conn.onCommitted(frames);
      } catch (err) {
        this.o.log.error({ err }, 'feed delivery failed; dropping the client');
        conn.terminate();
      }
    }
    if (this.connections.size > 0) this.o.metrics.fanoutSeconds.observe((performance.now() - started) / 1000);
    for (const w of this.headWaiters) if (w.position <= this.history.head) w.done(true);
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
    clearInterval(this.sweeper);
    this.unsubscribe?.();
    for (const w of this.headWaiters) w.done(false);
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
