// The feed's WebSocket upgrades, taken from the HTTP server's 'upgrade' event directly (issue 13:
// memory per idle connection). Through fastify's router (@fastify/websocket) every open socket
// kept its upgrade request alive for its whole life (the request, the fake response, fastify's
// Request and Reply, a request logger, the headers: about 5 KB of 12.6 per idle connection);
// here nothing of the request outlives the handshake, and a refusal costs no routing.
import type { IncomingMessage, Server } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import proxyAddr from '@fastify/proxy-addr';
import { WebSocketServer, type WebSocket } from 'ws';
import { ERRORS, type ErrorCode } from '../errors.js';

/** Why an upgrade is refused: an HTTP answer before any WebSocket work. */
export interface UpgradeRefusal {
  status: number;
  body: { error: string; message: string };
  headers?: Readonly<Record<string, string>>;
}

export interface FeedUpgradeOptions {
  /** The path served (anything else is answered 404). */
  path: string;
  maxPayload: number;
  handleProtocols: (offered: ReadonlySet<string>) => string | false;
  /**
   * Peers whose X-Forwarded-For is believed (the HTTP API's `--trusted-proxy`, the same rules:
   * the client is the farthest address the trusted chain names). Undefined: the peer itself.
   */
  trustedProxies?: readonly string[] | undefined;
  /** Checks an upgrade before the handshake: undefined admits it. */
  check(req: IncomingMessage, address: string): UpgradeRefusal | undefined;
  /** The WebSocket of an admitted upgrade. */
  accept(ws: WebSocket, req: IncomingMessage, address: string): void;
}

/**
 * An API error (cloud/errors.ts) as the answer to an upgrade; `reason` (a word) goes after the
 * message in parentheses, as the admission's `(rate)`.
 */
export function upgradeRefusal(code: ErrorCode, reason?: string, headers?: Readonly<Record<string, string>>): UpgradeRefusal {
  const message = reason === undefined ? ERRORS[code].message : `${ERRORS[code].message} (${reason})`;
  return { status: ERRORS[code].status, body: { error: code, message }, ...(headers !== undefined ? { headers } : {}) };
}

/** Writes a complete HTTP answer on a socket that asked for an upgrade, and closes it. */
export function refuseUpgrade(socket: Duplex, r: UpgradeRefusal): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(r.body);
  const extra = Object.entries(r.headers ?? {}).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  socket.end(
    `HTTP/1.1 ${r.status} ${STATUS_CODES[r.status] ?? ''}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`,
  );
}

/**
 * Serves WebSocket upgrades of `server` at `o.path`. Returns a closer: no more upgrades are
 * taken (each is answered 503 FF_ERR_FEED_SHUTTING_DOWN).
 */
export function serveFeedUpgrades(server: Server, o: FeedUpgradeOptions): { wss: WebSocketServer; close(): void } {
  // No client tracking: the hub holds the connections.
  const wss = new WebSocketServer({ noServer: true, clientTracking: false, maxPayload: o.maxPayload, perMessageDeflate: false, handleProtocols: (offered) => o.handleProtocols(offered) });
  const trust = o.trustedProxies !== undefined ? proxyAddr.compile([...o.trustedProxies]) : undefined;
  const addressOf = (req: IncomingMessage): string => {
    if (trust === undefined) return req.socket.remoteAddress ?? 'unknown';
    const chain = proxyAddr.all(req, trust);
    return chain[chain.length - 1] ?? 'unknown';
  };
  let closed = false;
  // Node takes its error listener off the socket before 'upgrade'; until ws has it, this one.
  const onEarlyError = function (this: Duplex): void {
    this.destroy();
  };
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', onEarlyError);
    const path = (req.url ?? '').split('?')[0];
    if (path !== o.path || req.method !== 'GET') return refuseUpgrade(socket, upgradeRefusal('FF_ERR_HTTP_NOT_FOUND', `${req.method ?? ''} ${path ?? ''}`));
    if (closed) return refuseUpgrade(socket, upgradeRefusal('FF_ERR_FEED_SHUTTING_DOWN', undefined, { 'retry-after': '1' }));
    const address = addressOf(req);
    const refusal = o.check(req, address);
    if (refusal !== undefined) return refuseUpgrade(socket, refusal);
    socket.off('error', onEarlyError);
    // ws answers a bad handshake (400, a missing key, a wrong version) itself and destroys the
    // socket; the socket's close frees the admitted place (Admission listens for it). Corked:
    // the 101 and what `accept` sends at once (the welcome) leave in one write, not two.
    socket.cork();
    try {
      wss.handleUpgrade(req, socket, head, (ws) => o.accept(ws, req, address));
    } finally {
      socket.uncork();
    }
  };
  server.on('upgrade', onUpgrade);
  return {
    wss,
    close(): void {
      closed = true;
      wss.close();
    },
  };
}
