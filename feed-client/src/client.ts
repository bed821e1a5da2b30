// One feed client: a connection that subscribes, keeps the cursor of the last message it
// processed, and when the connection ends reconnects (full-jitter backoff, never sooner than
// the server's Retry-After) and resumes from that cursor (docs/feed.md).
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffOptions } from './backoff.js';
import { decodeServerFrame, encodeClientMessage } from './codec.js';
import { FeedState } from './state.js';
import type { FeedSocket, SocketHandlers, Transport } from './transport.js';
import { FEED_SUBPROTOCOLS, type Cursor, type ErrorReply, type FeedEncoding, type FeedEvent, type Resync, type ServerMessage, type Snapshot, type Subscription, type Welcome } from './types.js';

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface ConnectOptions {
  /** What to follow; change it later with `subscribe`. */
  subscription: Subscription;
  /** 'json' (text frames, the default) or 'proto' (binary protobuf frames). */
  encoding?: FeedEncoding;
  /** A cursor kept from an earlier session: resume from it instead of taking a snapshot. */
  resumeFrom?: Cursor;
  /** Reconnect delays (full jitter): the first retry waits up to `baseMs`, doubling to `capMs`. */
  backoff?: Partial<BackoffOptions>;
  /** An attempt that is not live (snapshot or resumed) this long after it started is dropped and retried (ms). */
  attemptTimeoutMs?: number;
  /**
   * A ping every this many ms while live: its pong carries the cursor of everything sent, so a
   * quiet subscription keeps a fresh resume point (docs/feed.md). 0: none.
   */
  pingMs?: number;
  /** Keep a FeedState (snapshot + changes). False: raw messages only, less memory per client. */
  keepState?: boolean;
  /** Upgrade request headers, e.g. `authorization: Bearer <admin token>` (Node only). */
  headers?: Record<string, string>;
  /** The socket to use; the browser's WebSocket by default, `ws` from ./node.js. */
  transport?: Transport;
  /** For tests: the random source of the backoff, the timers. */
  random?: () => number;
  timers?: Timers;
}

/** How a connection became live. */
export interface LiveInfo {
  /** 'snapshot': a new snapshot replaced the state; 'resumed': the missed events were replayed. */
  outcome: 'snapshot' | 'resumed';
  /** True when a resume got every missed event (Centrifugo's `recovered`); false after a resync. */
  recovered: boolean;
  /** Whether this attempt asked to resume. */
  resumeAsked: boolean;
  /** Events replayed by a resume. */
  replayed: number;
  cursor: Cursor;
}

export interface DisconnectInfo {
  code: number;
  reason: string;
  /** The HTTP answer that refused the upgrade (Node only), e.g. 503 admission with Retry-After. */
  refused: { status: number; retryAfterS: number | undefined; code: string } | undefined;
  /** When the next attempt starts; undefined once closed for good. */
  retryInMs: number | undefined;
}

/** Error codes of this library (the server's are FF_ERR_FEED_*, docs/feed.md). */
export type ClientErrorCode = 'FF_ERR_FEED_CLIENT_MALFORMED' | 'FF_ERR_FEED_CLIENT_TIMEOUT';

export interface FeedClientEvents {
  /** Every server message, checked and typed, with the frame it came in. */
  message: (m: ServerMessage, frame: string | Uint8Array) => void;
  connecting: (info: { attempt: number }) => void;
  welcome: (w: Welcome) => void;
  /** A snapshot replaced the state. */
  snapshot: (state: FeedState | undefined, s: Snapshot) => void;
  /** New changes (live, or replayed by a resume), in order; `state` already has them applied. */
  events: (events: FeedEvent[], state: FeedState | undefined) => void;
  /** The subscription is live (after its snapshot, or after a resume). */
  live: (info: LiveInfo) => void;
  /** The server cannot resume this client: a snapshot follows (docs/feed.md "Resume"). */
  resync: (r: Resync) => void;
  disconnected: (info: DisconnectInfo) => void;
  /** An error answer of the server, or a frame this client could not read (ignored). */
  error: (e: ErrorReply) => void;
  /** Closed for good: by `close()`, or by an error a retry cannot fix (e.g. FF_ERR_FEED_INVALID). */
  closed: (reason: string) => void;
}

/** Errors a retry cannot fix: the client stops (and says so in `closed`). */
const FATAL = new Set(['FF_ERR_FEED_INVALID', 'FF_ERR_FEED_TOO_MANY_SUBSCRIPTIONS', 'FF_ERR_FEED_ADMIN_REQUIRED', 'FF_ERR_FEED_MALFORMED']);
/** FF_ERR_FEED_BUSY: subscribe again after a second (docs/feed.md). */
const BUSY_RETRY_MS = 1000;

type Phase = 'connecting' | 'subscribing' | 'resuming' | 'live' | 'waiting' | 'closed';

export interface FeedClientStats {
  /** Connection attempts started. */
  attempts: number;
  /** Upgrades refused over HTTP (admission 503, 429). */
  refused: number;
  /** Attempts dropped for not being live within attemptTimeoutMs. */
  timeouts: number;
  /** Frames this client could not read. */
  malformed: number;
}

export class FeedClient {
  private readonly listeners = new Map<keyof FeedClientEvents, Set<(...args: never[]) => void>>();
  private readonly encoding: FeedEncoding;
  private readonly backoff: BackoffOptions;
  private readonly attemptTimeoutMs: number;
  private readonly pingMs: number;
  private readonly random: () => number;
  private readonly timers: Timers;
  private subscription: Subscription;
  private socket: FeedSocket | undefined;
  /** Failed attempts since the last time the client was live. */
  private failures = 0;
  private phaseNow: Phase = 'connecting';
  private cursorNow: Cursor | undefined;
  private subRequestId = '';
  private serial = 0;
  private resumeAsked = false;
  private resynced = false;
  private attemptTimer: unknown;
  private retryTimer: unknown;
  private pingTimer: unknown;
  readonly state: FeedState | undefined;
  readonly stats: FeedClientStats = { attempts: 0, refused: 0, timeouts: 0, malformed: 0 };
  /** The limits the server announced in its last welcome. */
  welcome: Welcome | undefined;

  constructor(readonly url: string, private readonly options: ConnectOptions & { transport: Transport }) {
    this.subscription = options.subscription;
    this.encoding = options.encoding ?? 'json';
    this.backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.attemptTimeoutMs = options.attemptTimeoutMs ?? 15_000;
    this.pingMs = options.pingMs ?? 20_000;
    this.random = options.random ?? Math.random;
    this.timers = options.timers ?? realTimers;
    this.cursorNow = options.resumeFrom;
    this.state = options.keepState === false ? undefined : new FeedState();
  }

  /** The cursor of the last message processed: keep it to resume from in a later session. */
  get cursor(): Cursor | undefined {
    return this.cursorNow;
  }

  get phase(): Phase {
    return this.phaseNow;
  }

  on<K extends keyof FeedClientEvents>(event: K, fn: FeedClientEvents[K]): () => void {
    let set = this.listeners.get(event);
    if (set === undefined) this.listeners.set(event, (set = new Set()));
    const s = set;
    s.add(fn);
    return () => void s.delete(fn);
  }

  /** The next time the client is live (now, if it is). Rejects if it closes first. */
  live(): Promise<LiveInfo> {
    return new Promise((resolve, reject) => {
      const offLive = this.on('live', (info) => {
        offLive();
        offClosed();
        resolve(info);
      });
      const offClosed = this.on('closed', (reason) => {
        offLive();
        offClosed();
        reject(new Error(`feed client closed: ${reason}`));
      });
    });
  }

  /** Replaces the subscription: a new snapshot follows (the old cursor does not apply to it). */
  subscribe(subscription: Subscription): void {
    this.subscription = subscription;
    this.cursorNow = undefined;
    if (this.socket !== undefined && this.welcome !== undefined && this.phaseNow !== 'connecting') this.sendSubscribe();
  }

  /** Drops the connection as a network failure would; the client reconnects and resumes. */
  drop(): void {
    this.socket?.terminate();
  }

  /** Waiting to reconnect: try now (e.g. the browser says it is back online). */
  retryNow(): void {
    if (this.phaseNow !== 'waiting') return;
    this.timers.clearTimeout(this.retryTimer);
    this.open();
  }

  /** Closes for good. */
  close(): void {
    if (this.phaseNow === 'closed') return;
    this.stopAttempt();
    this.timers.clearTimeout(this.retryTimer);
    const s = this.socket;
    this.socket = undefined;
    this.phaseNow = 'closed';
    s?.close(1000, 'client closed');
    this.emit('closed', 'closed by the client');
  }

  /** Starts the first attempt (connect() does). */
  start(): void {
    this.open();
  }

  private open(): void {
    if (this.phaseNow === 'closed') return;
    this.phaseNow = 'connecting';
    this.welcome = undefined;
    this.stats.attempts++;
    this.emit('connecting', { attempt: this.failures });
    let socket: FeedSocket | undefined;
    let ended = false;
    const end = (info: Omit<DisconnectInfo, 'retryInMs'>): void => {
      if (ended) return;
      ended = true;
      if (this.socket === socket) this.ended(info);
    };
    const handlers: SocketHandlers = {
      open: () => undefined,
      message: (frame) => {
        if (!ended && this.socket === socket) this.onFrame(frame);
      },
      close: (code, reason) => end({ code, reason, refused: undefined }),
      refused: (status, retryAfterS, body) => {
        this.stats.refused++;
        end({ code: 1006, reason: `upgrade refused: HTTP ${status}`, refused: { status, retryAfterS, code: errorCodeOf(body) } });
        socket?.terminate();
      },
      error: (message) => {
        end({ code: 1006, reason: message, refused: undefined });
        socket?.terminate();
      },
    };
    try {
      socket = this.options.transport({ url: this.url, protocols: [FEED_SUBPROTOCOLS[this.encoding]], headers: this.options.headers ?? {} }, handlers);
    } catch (err) {
      this.socket = undefined;
      this.ended({ code: 1006, reason: err instanceof Error ? err.message : String(err), refused: undefined });
      return;
    }
    this.socket = socket;
    this.attemptTimer = this.timers.setTimeout(() => {
      this.stats.timeouts++;
      end({ code: 1006, reason: `FF_ERR_FEED_CLIENT_TIMEOUT: not live within ${this.attemptTimeoutMs} ms`, refused: undefined });
      socket?.terminate();
    }, this.attemptTimeoutMs);
  }

  private stopAttempt(): void {
    this.timers.clearTimeout(this.attemptTimer);
    this.timers.clearTimeout(this.pingTimer);
  }

  private ended(info: Omit<DisconnectInfo, 'retryInMs'>): void {
    this.stopAttempt();
    this.socket = undefined;
    if (this.phaseNow === 'closed') return;
    const retryInMs = retryDelayMs(this.failures, this.backoff, this.random, info.refused?.retryAfterS);
    this.failures++;
    this.phaseNow = 'waiting';
    this.emit('disconnected', { ...info, retryInMs });
    this.retryTimer = this.timers.setTimeout(() => this.open(), retryInMs);
  }

  private send(m: Parameters<typeof encodeClientMessage>[0]): void {
    this.socket?.send(encodeClientMessage(m, this.encoding));
  }

  private sendSubscribe(): void {
    this.subRequestId = `sub-${++this.serial}`;
    this.resumeAsked = this.cursorNow !== undefined;
    this.resynced = false;
    this.phaseNow = this.resumeAsked ? 'resuming' : 'subscribing';
    this.send({ requestId: this.subRequestId, subscribe: { requestId: this.subRequestId, subscription: this.subscription, resumeFrom: this.cursorNow } });
  }

  private goLive(info: LiveInfo): void {
    this.phaseNow = 'live';
    this.failures = 0;
    this.timers.clearTimeout(this.attemptTimer);
    this.schedulePing();
    this.emit('live', info);
  }

  private schedulePing(): void {
    this.timers.clearTimeout(this.pingTimer);
    if (this.pingMs <= 0) return;
    this.pingTimer = this.timers.setTimeout(() => {
      if (this.phaseNow !== 'live') return;
      this.send({ requestId: `ping-${++this.serial}`, ping: true });
      this.schedulePing();
    }, this.pingMs);
  }

  private onFrame(frame: string | Uint8Array): void {
    const d = decodeServerFrame(frame, this.encoding);
    if (!d.ok) {
      this.stats.malformed++;
      this.emit('error', { code: 'FF_ERR_FEED_CLIENT_MALFORMED', message: `ignored a server frame: ${d.reason}` });
      return;
    }
    const m = d.value;
    this.emit('message', m, frame);
    switch (m.kind) {
      case 'welcome':
        this.welcome = m.welcome;
        this.emit('welcome', m.welcome);
        this.sendSubscribe();
        return;
      case 'snapshot': {
        // The answer to a subscription since replaced: the newer one's answer follows.
        if (m.requestId !== this.subRequestId) return;
        this.state?.reset(m.snapshot);
        this.cursorNow = m.snapshot.cursor;
        this.emit('snapshot', this.state, m.snapshot);
        this.goLive({ outcome: 'snapshot', recovered: false, resumeAsked: this.resumeAsked, replayed: 0, cursor: m.snapshot.cursor });
        return;
      }
      case 'event':
        this.onEvents([m.event]);
        return;
      case 'events':
        this.onEvents(m.events.events);
        return;
      case 'resumed':
        if (m.requestId !== this.subRequestId) return;
        this.cursorNow = m.resumed.cursor;
        if (this.state !== undefined) this.state.cursor = m.resumed.cursor;
        this.goLive({ outcome: 'resumed', recovered: !this.resynced, resumeAsked: true, replayed: m.resumed.replayed, cursor: m.resumed.cursor });
        return;
      case 'resync':
        // A snapshot of the same subscription follows (slow_consumer: after the reconnect).
        this.resynced = true;
        this.cursorNow = undefined;
        if (this.phaseNow === 'live' || this.phaseNow === 'resuming') this.phaseNow = 'subscribing';
        this.emit('resync', m.resync);
        return;
      case 'error':
        this.onError(m.requestId, m.error);
        return;
      case 'pong':
        // Everything sent so far is processed: a fresh resume point for a quiet subscription.
        if (this.phaseNow === 'live' && m.pong.cursor !== undefined) {
          this.cursorNow = m.pong.cursor;
          if (this.state !== undefined) this.state.cursor = m.pong.cursor;
        }
        return;
      case 'unsubscribed':
        return;
      default: {
        const never: never = m;
        throw new Error(`unhandled message ${String((never as { kind: unknown }).kind)}`);
      }
    }
  }

  private onEvents(events: FeedEvent[]): void {
    // Until its snapshot, events are the previous subscription's: the snapshot replaces them.
    if (this.phaseNow !== 'live' && this.phaseNow !== 'resuming') return;
    const fresh: FeedEvent[] = [];
    for (const e of events) {
      const c = this.cursorNow;
      // Never the same event twice (docs/feed.md: nothing is sent twice; this holds it here too).
      if (c !== undefined && c.epoch === e.cursor.epoch && e.cursor.position <= c.position) continue;
      this.cursorNow = e.cursor;
      this.state?.apply(e);
      fresh.push(e);
    }
    if (fresh.length > 0) this.emit('events', fresh, this.state);
  }

  private onError(requestId: string, e: ErrorReply): void {
    this.emit('error', e);
    if (requestId !== this.subRequestId || requestId === '') return;
    if (e.code === 'FF_ERR_FEED_SUPERSEDED') return;
    if (e.code === 'FF_ERR_FEED_BUSY') {
      const socket = this.socket;
      this.timers.setTimeout(() => {
        if (this.socket === socket && this.phaseNow !== 'live' && this.phaseNow !== 'closed') this.sendSubscribe();
      }, BUSY_RETRY_MS + Math.floor(this.random() * BUSY_RETRY_MS));
      return;
    }
    if (FATAL.has(e.code)) {
      this.stopAttempt();
      const s = this.socket;
      this.socket = undefined;
      this.phaseNow = 'closed';
      s?.close(1000, e.code);
      this.emit('closed', `${e.code}: ${e.message}`);
      return;
    }
    // Anything else (FF_ERR_FEED_INTERNAL, FF_ERR_FEED_NOT_OWNER...): another attempt, later.
    this.socket?.terminate();
  }

  private emit<K extends keyof FeedClientEvents>(event: K, ...args: Parameters<FeedClientEvents[K]>): void {
    const set = this.listeners.get(event) as Set<(...a: Parameters<FeedClientEvents[K]>) => void> | undefined;
    if (set === undefined) return;
    for (const fn of [...set]) {
      try {
        fn(...args);
      } catch (err) {
        // A failing listener is the app's bug: it must not stop the feed (STYLE.md).
        console.error(`feed-client: a '${event}' listener failed`, err);
      }
    }
  }
}

/** The code of an HTTP error body: the feed's `{"error":{"code"}}` or the API's `{"error":"FF_ERR_…"}`. */
function errorCodeOf(body: string): string {
  try {
    const b = JSON.parse(body) as unknown;
    if (typeof b !== 'object' || b === null) return '';
    const e = (b as { error?: unknown }).error;
    if (typeof e === 'string') return e;
    if (typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string') return (e as { code: string }).code;
  } catch {
    // not JSON: no code
  }
  return '';
}
