// The `events` frames of the feed (docs/feed.md "Messages"; issue 13 item 2): the events of one
// commit that a scope sees go out as one frame, serialized once per scope and encoding, and the
// same bytes are written to every socket of that scope.
import { encodeServerMessage, type FeedEncoding, type FeedEvent } from '../../proto/feed.js';
import type { StoredEvent } from '../store/index.js';
import { FEED_EVENT_TYPES, inScope, toFeedEvent, type Scope } from './scope.js';

/** A frame ready for ws.send(data, { binary }): the same Buffer for every socket. */
export interface Frame {
  data: Buffer;
  binary: boolean;
  /** Events in it. */
  events: number;
}

/** The feed events of `batch` a scope sees, in position order. */
export function feedEventsOf(batch: readonly StoredEvent[], scope: Scope, epoch: string): FeedEvent[] {
  const out: FeedEvent[] = [];
  for (const stored of batch) {
    if (!FEED_EVENT_TYPES.has(stored.event.type) || !inScope(scope, stored.event)) continue;
    const e = toFeedEvent(stored, epoch, scope.admin);
    if (e !== undefined) out.push(e);
  }
  return out;
}

/** One `events` message as a frame (undefined when there is nothing to send). */
export function encodeEvents(events: readonly FeedEvent[], encoding: FeedEncoding, requestId?: string): Frame | undefined {
  const last = events[events.length - 1];
  if (last === undefined) return undefined;
  const encoded = encodeServerMessage({ ...(requestId !== undefined ? { requestId } : {}), events: { cursor: last.cursor, events: [...events] } }, encoding);
  // ws converts a string to a Buffer on every send: converted here once instead.
  const data = typeof encoded === 'string' ? Buffer.from(encoded, 'utf8') : Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength);
  return { data, binary: encoding === 'proto', events: events.length };
}

/**
 * The frames of one commit, built on first demand per (scope, encoding) and shared by every
 * connection of that scope: the cost of a commit is one encode per scope in use, whatever the
 * number of clients.
 */
export class CommitFrames {
  private readonly frames = new Map<string, Frame | null>();

  constructor(
    readonly batch: readonly StoredEvent[],
    private readonly epoch: string,
    private readonly onEncode: (encoding: FeedEncoding) => void = () => undefined,
  ) {}

  frameFor(scope: Scope, encoding: FeedEncoding): Frame | undefined {
    const key = `${encoding}|${scope.key}`;
    let f = this.frames.get(key);
    if (f === undefined) {
      const events = feedEventsOf(this.batch, scope, this.epoch);
      f = encodeEvents(events, encoding) ?? null;
      if (f !== null) this.onEncode(encoding);
      this.frames.set(key, f);
    }
    return f ?? undefined;
  }
}
