// The socket under the client: the browser's global WebSocket, or (in Node) the `ws` package
// (./node.ts). Both are adapted to these few calls so that the client is the same everywhere
// and a test can pass a fake.

export interface SocketHandlers {
  open(): void;
  message(frame: string | Uint8Array): void;
  close(code: number, reason: string): void;
  /**
   * The server answered the upgrade with plain HTTP (a 503 admission refusal, a 429...).
   * Only where the platform shows it (Node's `ws`); a browser sees a close 1006 instead.
   */
  refused(status: number, retryAfterS: number | undefined, body: string): void;
  error(message: string): void;
}

export interface FeedSocket {
  /** The subprotocol the server chose ('' for none). */
  readonly protocol: string;
  send(frame: string | Uint8Array): void;
  close(code?: number, reason?: string): void;
  /** Drops the connection without a close handshake (where the platform can; else close). */
  terminate(): void;
}

export interface TransportRequest {
  url: string;
  protocols: string[];
  /** Upgrade request headers (Node only; a browser cannot set them). */
  headers: Record<string, string>;
}

/** Opens a socket and reports what happens to it through `handlers`, each event once at most. */
export type Transport = (req: TransportRequest, handlers: SocketHandlers) => FeedSocket;

/** The part of the WHATWG WebSocket this client uses (the browser's, Node 22's global). */
interface WhatwgWebSocket {
  readonly protocol: string;
  binaryType: string;
  send(data: string | Uint8Array): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'error', fn: () => void): void;
  addEventListener(type: 'message', fn: (e: { data: unknown }) => void): void;
  addEventListener(type: 'close', fn: (e: { code: number; reason: string }) => void): void;
}
type WhatwgWebSocketClass = new (url: string, protocols: string[]) => WhatwgWebSocket;

/** Parses a Retry-After header: seconds (the feed's form); an HTTP date is read as well. */
export function parseRetryAfter(v: string | undefined, nowMs: number): number | undefined {
  if (v === undefined || v.trim() === '') return undefined;
  if (/^[0-9]+$/.test(v.trim())) return Number(v.trim());
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** The global WebSocket (browsers, Node >= 22). */
export const globalTransport: Transport = (req, h) => {
  const Ctor = (globalThis as { WebSocket?: WhatwgWebSocketClass }).WebSocket;
  if (Ctor === undefined) throw new Error('no global WebSocket here: in Node, import connect from feed-client/src/node.js (it uses the ws package)');
  const ws = new Ctor(req.url, req.protocols);
  ws.binaryType = 'arraybuffer';
  ws.addEventListener('open', () => h.open());
  ws.addEventListener('message', (e) => {
    const d = e.data;
    if (typeof d === 'string') h.message(d);
    else if (d instanceof ArrayBuffer) h.message(new Uint8Array(d));
    else h.error('a frame of an unexpected type');
  });
  // A browser says nothing more about an error; the close that always follows carries the code.
  ws.addEventListener('error', () => h.error('WebSocket error'));
  ws.addEventListener('close', (e) => h.close(e.code, e.reason));
  return { get protocol() { return ws.protocol; }, send: (f) => ws.send(f), close: (c, r) => ws.close(c, r), terminate: () => ws.close() };
};
