// Fakes for the client library's unit tests: a transport whose sockets the test drives, and
// timers that run when the test says how much time passed.
import { decodeClientFrame } from '../../proto/feed.js';
import { encodeServerMessage, type FeedEncoding, type SocketHandlers, type Timers, type Transport, type TransportRequest } from '../../feed-client/src/index.js';
import type { farmacy } from '../../proto/gen/feed.js';

export class FakeTimers implements Timers {
  now = 0;
  private seq = 0;
  private readonly due = new Map<number, { at: number; fn: () => void }>();

  setTimeout(fn: () => void, ms: number): unknown {
    const id = ++this.seq;
    this.due.set(id, { at: this.now + ms, fn });
    return id;
  }

  clearTimeout(h: unknown): void {
    this.due.delete(h as number);
  }

  /** Moves time on, running what falls due, in order. */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const next = [...this.due.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (next === undefined) break;
      this.due.delete(next[0]);
      this.now = next[1].at;
      next[1].fn();
    }
    this.now = end;
  }

  /** When the earliest pending timer fires, relative to now. */
  nextInMs(): number | undefined {
    const at = Math.min(...[...this.due.values()].map((t) => t.at));
    return Number.isFinite(at) ? at - this.now : undefined;
  }
}

export class FakeSocket {
  readonly sent: unknown[] = [];
  closed: { code: number | undefined; terminated: boolean } | undefined;
  constructor(readonly req: TransportRequest, readonly h: SocketHandlers, readonly encoding: FeedEncoding) {}

  get protocol(): string {
    return this.req.protocols[0] ?? '';
  }
  send(f: string | Uint8Array): void {
    const d = decodeClientFrame(f, this.encoding);
    if (!d.ok) throw new Error(d.reason);
    this.sent.push(d.value);
  }
  close(code?: number): void {
    this.closed = { code, terminated: false };
  }
  terminate(): void {
    if (this.closed !== undefined) return;
    this.closed = { code: undefined, terminated: true };
    this.h.close(1006, '');
  }
  /** The server sends a message in this socket's encoding. */
  server(m: farmacy.feed.v1.ServerMessage.$Properties): void {
    this.h.message(encodeServerMessage(m, this.encoding));
  }
  /** The last client message as plain data. */
  last(): Record<string, unknown> {
    return this.sent[this.sent.length - 1] as Record<string, unknown>;
  }
}

export function fakeTransport(encoding: FeedEncoding): { transport: Transport; sockets: FakeSocket[] } {
  const sockets: FakeSocket[] = [];
  return {
    sockets,
    transport: (req, h) => {
      const s = new FakeSocket(req, h, encoding);
      sockets.push(s);
      return s;
    },
  };
}
