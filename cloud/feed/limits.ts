// The feed's limits. Defaults suit a fleet of thousands of fridges and app clients on mobile
// networks; each can be set with an FF_FEED_* environment variable (docs/feed.md) until
// cloud/config.ts grows flags for them.
import { positiveIntsFromEnv } from '../../shared/env-options.js';

export interface FeedLimits {
  /** Largest client frame (bytes); a larger one closes the connection with 1009. */
  maxMessageBytes: number;
  /** Districts + areas in one subscription. */
  maxSubscriptions: number;
  /**
   * Open feed connections from one client address; more are refused with HTTP 429. Behind a
   * reverse proxy the address is the one the proxy reports, if it is a --trusted-proxy.
   */
  maxConnectionsPerAddress: number;
  /** Bytes queued for a client beyond what its socket took; over it: resync + close 4008. */
  maxBufferedBytes: number;
  /** A resume further behind than this many store events gets a resync (a snapshot is cheaper). */
  maxResumeEvents: number;
  /** Protocol ping every this many ms; a connection that has not answered the previous one is dropped. */
  heartbeatMs: number;
  /** Largest area radius (m). */
  maxRadiusM: number;
  /** How long a connection being closed may take to finish its close handshake. */
  closeGraceMs: number;
}

export const DEFAULT_FEED_LIMITS: FeedLimits = {
  maxMessageBytes: 16 * 1024,
  maxSubscriptions: 16,
  maxConnectionsPerAddress: 32,
  maxBufferedBytes: 1024 * 1024,
  maxResumeEvents: 10_000,
  heartbeatMs: 30_000,
  maxRadiusM: 50_000,
  closeGraceMs: 5_000,
};

const ENV: { readonly [K in keyof FeedLimits]: string } = {
  maxMessageBytes: 'FF_FEED_MAX_MESSAGE_BYTES',
  maxSubscriptions: 'FF_FEED_MAX_SUBSCRIPTIONS',
  maxConnectionsPerAddress: 'FF_FEED_MAX_CONNECTIONS_PER_ADDRESS',
  maxBufferedBytes: 'FF_FEED_MAX_BUFFERED_BYTES',
  maxResumeEvents: 'FF_FEED_MAX_RESUME_EVENTS',
  heartbeatMs: 'FF_FEED_HEARTBEAT_MS',
  maxRadiusM: 'FF_FEED_MAX_RADIUS_M',
  closeGraceMs: 'FF_FEED_CLOSE_GRACE_MS',
};

/** Defaults, overridden by the environment, overridden by explicit options. */
export function resolveFeedLimits(env: NodeJS.ProcessEnv, given: Partial<FeedLimits> = {}): FeedLimits {
  return { ...positiveIntsFromEnv(DEFAULT_FEED_LIMITS, ENV, env), ...given };
}
