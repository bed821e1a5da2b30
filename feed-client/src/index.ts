// Farmacy Food feed client: the public face (README.md). In a browser the global WebSocket is
// used; in Node, import from ./node.js (the `ws` package).
import { FeedClient, type ConnectOptions } from './client.js';
import { globalTransport } from './transport.js';

export { FeedClient, type ConnectOptions, type DisconnectInfo, type FeedClientEvents, type FeedClientStats, type LiveInfo, type Timers } from './client.js';
export { FeedState, type FridgeView, type MealCounts, type TemperatureReading } from './state.js';
export { backoffWindowMs, retryDelayMs, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
export { decodeServerFrame, encodeServerMessage, readServerMessage } from './codec.js';
export { globalTransport, parseRetryAfter, type FeedSocket, type SocketHandlers, type Transport, type TransportRequest } from './transport.js';
export * from './types.js';

/** Connects (at once) and keeps connected until `close()`: subscribe, snapshot, live, resume on reconnect. */
export function connect(url: string, options: ConnectOptions): FeedClient {
  const client = new FeedClient(url, { ...options, transport: options.transport ?? globalTransport });
  client.start();
  return client;
}
