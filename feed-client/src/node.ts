// The feed client in Node: the same API, over the `ws` package, which also shows why an
// upgrade was refused (a 503 admission answer's Retry-After).
import WebSocket from 'ws';
import { FeedClient, type ConnectOptions } from './client.js';
import { parseRetryAfter, type Transport } from './transport.js';

export * from './index.js';

/** `ws` as the client's socket. */
export const wsTransport: Transport = (req, h) => {
  const ws = new WebSocket(req.url, req.protocols, { headers: req.headers, perMessageDeflate: false });
  ws.binaryType = 'nodebuffer';
  ws.on('open', () => h.open());
  ws.on('message', (data, isBinary) => {
    const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
    h.message(isBinary ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : buf.toString('utf8'));
  });
  ws.on('close', (code, reason) => h.close(code, reason.toString('utf8')));
  ws.on('error', (err) => h.error(err.message));
  ws.on('unexpected-response', (_req, res) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    const done = (): void => h.refused(res.statusCode ?? 0, parseRetryAfter(firstHeader(res.headers['retry-after']), Date.now()), Buffer.concat(chunks).toString('utf8'));
    res.once('end', done);
    res.once('error', done);
  });
  return { get protocol() { return ws.protocol; }, send: (f) => ws.send(f), close: (c, r) => ws.close(c, r), terminate: () => ws.terminate() };
};

function firstHeader(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** Connects over `ws` (unless another transport is given). */
export function connect(url: string, options: ConnectOptions): FeedClient {
  const client = new FeedClient(url, { ...options, transport: options.transport ?? wsTransport });
  client.start();
  return client;
}
