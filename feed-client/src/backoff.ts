// Reconnect delays: "full jitter" exponential backoff (a random wait in a window that doubles
// with each failed attempt, up to a cap), so that clients dropped together do not come back
// together; and never sooner than the server's Retry-After (docs/feed.md "Admission").

export interface BackoffOptions {
  /** The window of the first retry (ms). */
  baseMs: number;
  /** The largest window (ms). */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, capMs: 15_000 };

/** The window of retry number `attempt` (0 for the first): min(cap, base × 2^attempt). */
export function backoffWindowMs(attempt: number, o: BackoffOptions): number {
  return Math.min(o.capMs, o.baseMs * 2 ** Math.min(attempt, 30));
}

/**
 * The wait before retry number `attempt`: uniform in [0, window) (full jitter), or the
 * server's Retry-After when that is longer. `random` returns [0, 1) like Math.random.
 */
export function retryDelayMs(attempt: number, o: BackoffOptions, random: () => number, retryAfterS?: number): number {
  const jitter = Math.floor(random() * backoffWindowMs(attempt, o));
  return Math.max(jitter, retryAfterS !== undefined && retryAfterS > 0 ? retryAfterS * 1000 : 0);
}
