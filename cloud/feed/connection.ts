// One feed client: its subscription, where it is in the event store, and the way out to its
// socket. Messages reach it in store order only, each at most once: a frame for a position
// goes out only when the position is above the last one sent (or skipped).
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Logger } from 'pino';
import type WebSocket from 'ws';
import { decodeClientFrame, encodeServerMessage, type Cursor, type FeedEncoding, type ServerMessage } from '../../proto/feed.js';
import { ReadLaneFull } from '../core/read-lane.js';
import type { EventReader, ReadModel, RegistryReader, StoredEvent } from '../store/index.js';
import { CommitFrames, encodeEvents, feedEventsOf, type Frame } from './frames.js';
import type { FeedHistory } from './history.js';
import type { FeedLimits } from './limits.js';
import type { FeedMetrics } from './metrics.js';
import { CLOSE, FEED_ERRORS, parseClientMessage, type FeedErrorCode, type SubscribeRequest } from './protocol.js';
import { resolveScope, scopeDistricts, type Scope } from './scope.js';
import type { SharedSnapshot } from './snapshot.js';

/** What every connection shares (the hub owns it). */
export interface FeedContext {
  /** The fridges a scope covers. */
  registry: RegistryReader;
  /** Positions, and the events a resume replays. */
  eventStore: EventReader;
  /** Snapshots. */
  readModel: ReadModel;
  /** Where several instances split the districts: the owner of one not owned here, else undefined. */
  elsewhere(districts: readonly string[]): Promise<{ district: string; ownerUrl: string | undefined } | undefined>;
  epoch: string;
  limits: FeedLimits;
  metrics: FeedMetrics;
  /** Runs a read of the store in its turn of the read lane (replay pages). */
  read<T>(fn: () => Promise<T>): Promise<T>;
  /** The snapshot of a scope, shared by its subscribers until something in it commits (SnapshotCache). */
  snapshot(scope: Scope): Promise<SharedSnapshot>;
  /** Whether `token` is the admin token (wrong ones are counted against `address`, and throttled). */
  isAdminToken(token: string, address: string): boolean;
  /** The recent events per district, as published (resume from memory, issue 13 item 3). */
  history: FeedHistory;
  /** Counts an `events` frame serialized. */
  encoded(encoding: FeedEncoding): void;
  /**
   * Resolves true once this feed has published `position` (false after `timeoutMs`): a client
   * that was on another feed process may be a few milliseconds ahead of this one's tail.
   */
  published(position: number, timeoutMs: number): Promise<boolean>;
}

type ResyncReason = 'epoch_unknown' | 'too_old' | 'position_unknown' | 'slow_consumer';

/**
 * How long a resume from a position the store has but this feed has not published yet waits
 * for its tail before it is answered from the store.
 */
const AHEAD_WAIT_MS = 2000;

/** Replay reads the store in pages; between pages the event loop runs. */
const REPLAY_PAGE = 500;
/**
 * Committed events kept while a snapshot is read or a replay catches up (they go out once it
 * is done, those it did not cover); past this the client is told to take a new snapshot.
 */
const MAX_BUFFERED = 20_000;

export class FeedConnection {
  private scope: Scope | undefined;
  /**
   * idle: no subscription; replaying: reading a snapshot or catching up from the store, while
   * what commits meanwhile is kept in `buffered`; live: following the bus of committed events.
   */
  private mode: 'idle' | 'replaying' | 'live' = 'idle';
  private buffered: StoredEvent[][] = [];
  private bufferedCount = 0;
  private overflowed = false;
  /** Bumped by every (un)subscribe: a replay of an older subscription stops. */
  private generation = 0;
  /** The highest store position sent or passed over on this subscription. */
  private position = 0;
  private closing = false;
  /** Client requests are handled one after the other, answers in order. */
  private work: Promise<void> = Promise.resolve();
  /**
   * The subscribe waiting in `work` (at most one per connection: issue 11 item 10). A newer
   * one takes its place, and the replaced one is answered FF_ERR_FEED_SUPERSEDED: 100
   * subscribe frames cost one snapshot read, not 100.
   */
  private pendingSubscribe: { requestId: string; subscribe: SubscribeRequest } | undefined;
  /** Cleared by each heartbeat; set again by a pong or any client frame. */
  alive = true;

  /** Made on the first line logged: an idle connection keeps no logger of its own. */
  private logger: Logger | undefined;

  constructor(
    private readonly ws: WebSocket,
    readonly encoding: FeedEncoding,
    private readonly adminByHeader: boolean,
    private readonly ctx: FeedContext,
    private readonly parentLog: Logger,
    private readonly address: string = 'unknown',
    /** This process's number for the connection, in its log lines. */
    readonly serial = 0,
  ) {}

  private get log(): Logger {
    return (this.logger ??= this.parentLog.child({ conn: this.serial, address: this.address, encoding: this.encoding, admin: this.adminByHeader }));
  }

  get closed(): boolean {
    return this.closing;
  }

  /** Welcome: the current cursor and the limits, so a client can check its resume point. */
  start(): void {
    const { limits } = this.ctx;
    // At once, before any request can be queued: it leaves in the same write as the
    // handshake's 101 (cloud/feed/upgrade.ts corks the socket around both).
    this.send({
      welcome: {
        // What this feed has published so far: a resume from it is answered from memory.
        cursor: this.cursorAt(this.ctx.history.head),
        encoding: this.encoding,
        maxMessageBytes: limits.maxMessageBytes,
        maxSubscriptions: limits.maxSubscriptions,
        heartbeatMs: limits.heartbeatMs,
        maxResumeEvents: limits.maxResumeEvents,
      },
    });
  }

  /** Runs a request's handler after the earlier ones; a failure is answered, never thrown. */
  private enqueue(requestId: string, fn: () => Promise<void>): void {
    this.work = this.work.then(fn).catch((err: unknown) => {
      this.log.error({ err }, 'feed message handler failed');
      this.fail(requestId, 'FF_ERR_FEED_INTERNAL', 'see the server log');
    });
  }

  /** A client frame: parsed, checked, handled; anything wrong is answered, never thrown. */
  onFrame(data: Buffer, isBinary: boolean): void {
    this.alive = true;
    if (this.closing) return;
    let requestId = '';
    try {
      if (isBinary !== (this.encoding === 'proto')) return this.fail('', 'FF_ERR_FEED_MALFORMED', `${isBinary ? 'binary' : 'text'} frame on a ${this.encoding} connection`);
      const decoded = decodeClientFrame(data, this.encoding);
      if (!decoded.ok) return this.fail('', 'FF_ERR_FEED_MALFORMED', decoded.reason);
      const parsed = parseClientMessage(decoded.value, this.ctx.limits);
      if (!parsed.ok) return this.fail(parsed.requestId, parsed.code, parsed.detail);
      requestId = parsed.command.requestId;
      const command = parsed.command;
      if (command.kind === 'subscribe') return this.queueSubscribe(command.requestId, command.subscribe);
      this.enqueue(requestId, () => (command.kind === 'unsubscribe' ? this.unsubscribe(command.requestId) : this.pong(command.requestId)));
    } catch (err) {
      this.log.error({ err }, 'feed message handler failed');
      this.fail(requestId, 'FF_ERR_FEED_INTERNAL', 'see the server log');
    }
  }

  /** A subscribe waits in the connection's queue; one already waiting is replaced, not followed. */
  private queueSubscribe(requestId: string, subscribe: SubscribeRequest): void {
    const waiting = this.pendingSubscribe;
    this.pendingSubscribe = { requestId, subscribe };
    if (waiting !== undefined) {
      this.ctx.metrics.skipped.inc({ reason: 'superseded' });
      this.fail(waiting.requestId, 'FF_ERR_FEED_SUPERSEDED', `replaced by request ${JSON.stringify(requestId)}`);
      return; // its turn in the queue is this one's now
    }
    this.enqueue(requestId, async () => {
      const next = this.pendingSubscribe;
      this.pendingSubscribe = undefined;
      if (next === undefined) return;
      if (this.closing) return void this.ctx.metrics.skipped.inc({ reason: 'closed' });
      try {
        await this.subscribe(next.requestId, next.subscribe);
      } catch (err) {
        // Answered under the request that ran (the one queued first may have been replaced).
        this.log.error({ err }, 'feed message handler failed');
        this.fail(next.requestId, 'FF_ERR_FEED_INTERNAL', 'see the server log');
      }
    });
  }

  /**
   * Whether work for this subscription is still wanted: the socket is open, no newer
   * subscription replaced it, and no newer subscribe is waiting (which would replace it at
   * once). Unwanted work is skipped (and counted), never run for nobody.
   */
  private stillWanted(generation: number): boolean {
    if (this.closing) {
      this.ctx.metrics.skipped.inc({ reason: 'closed' });
      return false;
    }
    if (generation !== this.generation || this.pendingSubscribe !== undefined) {
      this.ctx.metrics.skipped.inc({ reason: 'superseded' });
      return false;
    }
    return true;
  }

  private async unsubscribe(requestId: string): Promise<void> {
    if (this.mode === 'idle') return this.fail(requestId, 'FF_ERR_FEED_NOT_SUBSCRIBED', 'no subscription');
    this.generation += 1;
    this.mode = 'idle';
    this.scope = undefined;
    this.send({ requestId, unsubscribed: { cursor: this.cursorAt(this.position) } });
  }

  /** The cursor of everything sent so far: a quiet subscription can keep a fresh resume point. */
  private async pong(requestId: string): Promise<void> {
    this.send({ requestId, pong: { cursor: this.cursorAt(this.mode === 'idle' ? this.ctx.history.head : this.position) } });
  }

  private async subscribe(requestId: string, req: SubscribeRequest): Promise<void> {
    const { registry, eventStore, limits, epoch } = this.ctx;
    const admin = this.adminByHeader || (req.adminToken !== undefined && this.ctx.isAdminToken(req.adminToken, this.address));
    if (req.allDistricts && !admin) return this.fail(requestId, 'FF_ERR_FEED_ADMIN_REQUIRED', 'send adminToken or connect with Authorization: Bearer <admin token>');
    // The new subscription replaces the old one (and stops its replay) from here on.
    this.generation += 1;
    this.mode = 'idle';
    const generation = this.generation;
    const scope = resolveScope(req, admin, await registry.listFridges());
    // Live events come from this instance's own commits: a district ingested elsewhere is
    // followed at its owner.
    const away = scope.all ? undefined : await this.ctx.elsewhere([...scope.districts, ...scope.areaDistricts]);
    if (!this.stillWanted(generation)) return this.answerSkipped(requestId);
    if (away !== undefined) return this.fail(requestId, 'FF_ERR_FEED_NOT_OWNER', `${away.district} is at ${away.ownerUrl ?? 'no instance right now; retry'}`);
    this.scope = scope;
    const from = req.resumeFrom;
    if (from === undefined) return this.snapshot(requestId);
    if (from.epoch === epoch) {
      // From memory when the window reaches back to the client's position (issue 13 item 3).
      // Ahead of what this feed has published, but not of the store: a client of another feed
      // process whose tail was a read ahead of ours. Our tail gets there in a moment.
      if (from.position > this.ctx.history.head && from.position <= (await eventStore.lastPosition())) {
        await this.ctx.published(from.position, AHEAD_WAIT_MS);
        if (!this.stillWanted(generation)) return this.answerSkipped(requestId);
      }
      // Kept from the same turn on: whatever is published after the answer was taken is kept.
      this.catchUp();
      const mem = this.ctx.history.since(from.position, scopeDistricts(scope));
      if (mem.ok) {
        this.position = from.position;
        return this.replayFromMemory(generation, requestId, mem.commits, mem.through);
      }
      this.mode = 'idle';
    }
    const last = await eventStore.lastPosition();
    const reason: ResyncReason | undefined =
      from.epoch !== epoch ? 'epoch_unknown' : from.position > last ? 'position_unknown' : last - from.position > limits.maxResumeEvents ? 'too_old' : undefined;
    if (reason !== undefined) {
      this.ctx.metrics.resyncs.inc({ reason });
      this.ctx.metrics.resumes.inc({ outcome: 'resync' });
      this.send({ requestId, resync: { reason, cursor: this.cursorAt(last) } });
      return this.snapshot(requestId);
    }
    this.mode = 'replaying';
    this.position = from.position;
    void this.replay(this.generation, requestId).catch((err: unknown) => {
      this.mode = 'idle';
      // Replay pages take turns in the read lane as snapshots do: too many waiting is BUSY.
      if (err instanceof ReadLaneFull) return this.fail(requestId, 'FF_ERR_FEED_BUSY', `${err.queued} reads waiting`);
      this.log.error({ err }, 'feed replay failed');
      this.fail(requestId, 'FF_ERR_FEED_INTERNAL', 'resume failed; subscribe again');
    });
  }

  /**
   * The stock in scope and the store position it reflects, read in one transaction. Nothing
   * waits for it: what commits while it is read is kept, and after the snapshot the events
   * above its position go out (those below are in it). Reads never hold up commits.
   */
  private async snapshot(requestId: string): Promise<void> {
    const scope = this.scope;
    if (scope === undefined) return;
    const generation = this.generation;
    // A client that left, or changed its mind, while this waited costs no snapshot read
    // (issue 11 item 10).
    if (!this.stillWanted(generation)) return this.answerSkipped(requestId);
    this.catchUp();
    let read: SharedSnapshot;
    try {
      read = await this.ctx.snapshot(scope);
    } catch (err) {
      if (!(err instanceof ReadLaneFull)) throw err;
      this.mode = 'idle';
      return this.fail(requestId, 'FF_ERR_FEED_BUSY', `${err.queued} reads waiting`);
    }
    if (generation !== this.generation || this.closing) return;
    // A newer subscribe that came while this was read replaces it: its snapshot is not sent.
    if (!this.stillWanted(generation)) {
      this.mode = 'idle';
      return this.answerSkipped(requestId);
    }
    if (this.overflowed) {
      // So much committed during the read that it was not kept: read again.
      return this.snapshot(requestId);
    }
    this.position = read.position;
    this.push({ data: read.message(requestId, this.encoding), binary: this.encoding === 'proto', events: 0 }, 'snapshot');
    this.goLive();
  }

  /**
   * Resume: the matching events after the client's position, from the store, in pages, while
   * what commits meanwhile is kept. Once a page reaches the end of the store, every later
   * event is among those kept: they go out (above the last position sent) and the
   * subscription is live.
   */
  private async replay(generation: number, requestId: string): Promise<void> {
    const { eventStore, epoch } = this.ctx;
    let replayed = 0;
    this.catchUp();
    for (;;) {
      const from = this.position;
      const page = await this.ctx.read(() => eventStore.eventsAfter(from, REPLAY_PAGE));
      if (generation !== this.generation || this.closing) return;
      const scope = this.scope;
      const last = page[page.length - 1];
      if (scope === undefined) return;
      if (last !== undefined) this.position = last.position;
      // One frame per page: the store keeps no commit boundaries (docs/feed.md).
      const frame = encodeEvents(feedEventsOf(page, scope, epoch), this.encoding);
      let waited = false;
      if (frame !== undefined) {
        this.ctx.encoded(this.encoding);
        const sent = await this.paced(frame);
        if (sent === false) return;
        waited = sent === 'waited';
        replayed += frame.events;
      }
      if (generation !== this.generation || this.closing) return;
      if (page.length < REPLAY_PAGE && !waited) {
        if (this.overflowed) return this.tooOld(requestId);
        this.ctx.metrics.resumes.inc({ outcome: 'store' });
        this.send({ requestId, resumed: { cursor: this.cursorAt(this.position), replayed, recovered: true } });
        this.goLive();
        return;
      }
      await yieldToLoop();
      if (generation !== this.generation || this.closing) return;
    }
  }

  /**
   * Resume from memory: the commits the window holds after the client's position, one frame
   * each, paced by the socket; what is published meanwhile is kept and follows.
   */
  private async replayFromMemory(generation: number, requestId: string, commits: readonly StoredEvent[][], through: number): Promise<void> {
    const scope = this.scope;
    if (scope === undefined) return;
    let replayed = 0;
    for (const commit of commits) {
      if (generation !== this.generation || this.closing) return;
      const frame = encodeEvents(feedEventsOf(commit, scope, this.ctx.epoch), this.encoding);
      if (frame === undefined) continue;
      this.ctx.encoded(this.encoding);
      if ((await this.paced(frame)) === false) return;
      replayed += frame.events;
    }
    if (generation !== this.generation || this.closing) return;
    if (this.overflowed) return this.tooOld(requestId);
    this.position = Math.max(this.position, through);
    this.ctx.metrics.resumes.inc({ outcome: 'memory' });
    this.send({ requestId, resumed: { cursor: this.cursorAt(this.position), replayed, recovered: true } });
    this.goLive();
  }

  /** More committed during a replay than is kept: a snapshot is cheaper from here. */
  private tooOld(requestId: string): Promise<void> {
    this.ctx.metrics.resyncs.inc({ reason: 'too_old' });
    this.ctx.metrics.resumes.inc({ outcome: 'resync' });
    this.send({ requestId, resync: { reason: 'too_old', cursor: this.cursorAt(this.position) } });
    return this.snapshot(requestId);
  }

  /**
   * A replay frame, paced by the socket: a replay never overflows the client's buffer by
   * itself. 'waited': it waited for the socket to take it; false: the connection is gone.
   */
  private async paced(frame: Frame): Promise<boolean | 'waited'> {
    if (this.closing || this.ws.readyState !== this.ws.OPEN) return false;
    if (this.ws.bufferedAmount <= this.ctx.limits.maxBufferedBytes / 2) return this.push(frame, 'events');
    await new Promise<void>((resolve) => this.ws.send(frame.data, { binary: frame.binary }, () => resolve()));
    this.ctx.metrics.sent.inc({ kind: 'events' });
    return 'waited';
  }

  /** From here until goLive, committed events are kept rather than sent. */
  private catchUp(): void {
    this.mode = 'replaying';
    this.buffered = [];
    this.bufferedCount = 0;
    this.overflowed = false;
  }

  /** Sends what was kept above the position reached, then follows the bus. */
  private goLive(): void {
    const kept = this.buffered;
    this.buffered = [];
    this.bufferedCount = 0;
    this.mode = 'live';
    for (const batch of kept) this.onCommitted(new CommitFrames(batch, this.ctx.epoch, (e) => this.ctx.encoded(e)));
  }

  /** A subscribe whose work was skipped because a newer one waits: answered, so no request goes unanswered. */
  private answerSkipped(requestId: string): void {
    if (!this.closing && this.pendingSubscribe !== undefined) this.fail(requestId, 'FF_ERR_FEED_SUPERSEDED', `replaced by request ${JSON.stringify(this.pendingSubscribe.requestId)}`);
  }

  /**
   * A commit just published (its events in store order): live, the frame its scope shares
   * with every connection of that scope (issue 13 item 2).
   */
  onCommitted(frames: CommitFrames): void {
    const batch = frames.batch;
    const scope = this.scope;
    if (scope === undefined || this.closing) return;
    if (this.mode === 'replaying') {
      if (this.overflowed) return;
      this.bufferedCount += batch.length;
      if (this.bufferedCount > MAX_BUFFERED) {
        this.overflowed = true;
        this.buffered = [];
        return;
      }
      this.buffered.push([...batch]);
      return;
    }
    if (this.mode !== 'live') return;
    const first = batch[0];
    const last = batch[batch.length - 1];
    if (first === undefined || last === undefined || last.position <= this.position) return; // in the snapshot or sent
    let frame: Frame | undefined;
    if (first.position > this.position) frame = frames.frameFor(scope, this.encoding);
    else {
      // Partly covered already (a snapshot or replay reached into it): this connection's own frame.
      frame = encodeEvents(feedEventsOf(batch.filter((s) => s.position > this.position), scope, this.ctx.epoch), this.encoding);
      if (frame !== undefined) this.ctx.encoded(this.encoding);
    }
    this.position = last.position;
    if (frame !== undefined) this.push(frame, 'events');
  }

  /** The socket closed (either side). */
  onClosed(): void {
    this.closing = true;
    this.generation += 1;
    this.scope = undefined;
    if (this.pendingSubscribe !== undefined) this.ctx.metrics.skipped.inc({ reason: 'closed' });
    this.pendingSubscribe = undefined;
  }

  /** Ends the connection: a close frame, and the socket is destroyed if the handshake stalls. */
  close(code: number, reason: string, graceMs: number): void {
    if (!this.closing) {
      this.closing = true;
      this.generation += 1;
    }
    try {
      this.ws.close(code, reason);
    } catch {
      // already closing
    }
    const t = setTimeout(() => this.ws.terminate(), graceMs);
    t.unref();
    this.ws.once('close', () => clearTimeout(t));
  }

  whenClosed(done: () => void): void {
    if (this.ws.readyState === this.ws.CLOSED) done();
    else this.ws.once('close', () => done());
  }

  terminate(): void {
    this.closing = true;
    this.ws.terminate();
  }

  ping(): void {
    this.alive = false;
    try {
      this.ws.ping();
    } catch {
      // the socket is going; its close event cleans up
    }
  }

  private cursorAt(position: number): Cursor {
    return { epoch: this.ctx.epoch, position };
  }

  private send(m: ServerMessage): void {
    const kind = Object.keys(m).find((k) => k !== 'requestId') ?? 'unknown';
    const data = encodeServerMessage(m, this.encoding);
    this.push({ data: typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength), binary: this.encoding === 'proto', events: 0 }, kind);
  }

  /**
   * The only way out. A client whose socket has not taken maxBufferedBytes is too slow: it
   * is told to resync and disconnected, and nothing more is queued for it, so it costs the
   * others nothing.
   */
  private push(frame: Frame, kind: string): boolean {
    if (this.closing || this.ws.readyState !== this.ws.OPEN) return false;
    if (this.ws.bufferedAmount > this.ctx.limits.maxBufferedBytes) {
      this.overflow();
      return false;
    }
    this.ws.send(frame.data, { binary: frame.binary });
    this.ctx.metrics.sent.inc({ kind });
    return true;
  }

  private overflow(): void {
    this.ctx.metrics.resyncs.inc({ reason: 'slow_consumer' });
    this.ctx.metrics.dropped.inc({ reason: 'slow_consumer' });
    this.log.warn({ buffered: this.ws.bufferedAmount }, 'slow feed client: told to resync, disconnected');
    // Queued behind what it has not read yet: a client that reads again sees it before the close.
    this.ws.send(encodeServerMessage({ resync: { reason: 'slow_consumer', cursor: this.cursorAt(this.position) } }, this.encoding));
    this.close(CLOSE.slowConsumer, 'slow consumer: take a new snapshot', this.ctx.limits.closeGraceMs);
  }

  private fail(requestId: string, code: FeedErrorCode, detail: string): void {
    this.ctx.metrics.clientErrors.inc({ code });
    this.send({ requestId, error: { code, message: `${FEED_ERRORS[code]}: ${detail}` } });
  }
}
