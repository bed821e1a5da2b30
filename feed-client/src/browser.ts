// The browser bundle's entry (cloud/dashboard/feed-client.js, built by `npm run build:feed-client`):
// everything public, over the global WebSocket.
export * from './index.js';
