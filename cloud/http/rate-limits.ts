// HTTP rate limits (issue 11 item 11), on @fastify/rate-limit's store and limiter: keyed by
// request.ip, which is the client's own address, or the one a trusted reverse proxy reports
// (--trusted-proxy; an untrusted peer's X-Forwarded-For is never read).
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';

/** The limits (docs/api.md "Rate limits"). */
export const HTTP_RATE_LIMITS = {
  /**
   * Wrong admin tokens from one address in a minute: past it, every admin call from there is
   * answered 429 until the minute is over (guessing ran at ~1,200 a second).
   */
  authFailuresPerAddress: { max: 10, timeWindowMs: 60_000 },
  /** Fridge opens (POST /v1/fridges/{id}/open) by one user in a minute. */
  opensPerUser: { max: 6, timeWindowMs: 60_000 },
  /** Opens of one fridge in a minute, whoever asks. */
  opensPerFridge: { max: 30, timeWindowMs: 60_000 },
} as const;

type LimitName = 'admin_auth' | 'open_per_user' | 'open_per_fridge';

export interface RateLimits {
  /**
   * After an admin-token check (call it before any await, so that parallel guesses are counted
   * in order): a wrong token is counted and, over the limit, answered 429 instead of 401; a
   * right one from an address over the limit is answered 429 too.
   */
  adminAuth(req: FastifyRequest, reply: FastifyReply, valid: boolean): Promise<void>;
  /** Counts an open by this user of this fridge; throws 429 over either limit. */
  open(req: FastifyRequest, reply: FastifyReply, userId: string, fridgeId: string): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    rateLimits: RateLimits;
  }
}

/**
 * Registers @fastify/rate-limit (no global limit: each limit is applied where it belongs) and
 * decorates the app with the limits. Registered at the root before the other plugins.
 */
export const rateLimitsPlugin: FastifyPluginAsync = async (app: FastifyInstance) => {
  await app.register(rateLimit, { global: false });
  const { metrics, log } = app.cloud;
  const keyOf = new WeakMap<FastifyRequest, { userId: string; fridgeId: string }>();
  const limiter = (l: { max: number; timeWindowMs: number }, key?: (req: FastifyRequest) => string) =>
    app.createRateLimit({ max: l.max, timeWindow: l.timeWindowMs, ...(key ? { keyGenerator: key } : {}) });
  const authFailures = limiter(HTTP_RATE_LIMITS.authFailuresPerAddress);
  const perUser = limiter(HTTP_RATE_LIMITS.opensPerUser, (req) => keyOf.get(req)?.userId ?? '');
  const perFridge = limiter(HTTP_RATE_LIMITS.opensPerFridge, (req) => keyOf.get(req)?.fridgeId ?? '');

  const refuse = (req: FastifyRequest, reply: FastifyReply, limit: LimitName, ttlMs: number): never => {
    const retryAfterS = Math.max(1, Math.ceil(ttlMs / 1000));
    metrics.rateLimited.inc({ limit });
    log.warn({ limit, ip: req.ip, retryAfterS }, 'request refused: rate limit');
    void reply.header('retry-after', String(retryAfterS));
    throw new ApiError('FF_ERR_RATE_LIMITED', `${limit}: retry in ${retryAfterS} s`, { retry_after_s: retryAfterS });
  };

  app.decorate<RateLimits>('rateLimits', {
    async adminAuth(req, reply, valid) {
      // The store counts synchronously within this call: each wrong guess is counted before
      // the next request's check, however many run in parallel.
      const r = await authFailures(req, { increment: !valid });
      if (r.isAllowed) return;
      // Locked once max failures are counted: the right token is refused too until the window ends.
      if (valid ? r.remaining <= 0 : r.isExceeded) refuse(req, reply, 'admin_auth', r.ttl);
    },
    async open(req, reply, userId, fridgeId) {
      keyOf.set(req, { userId, fridgeId });
      const u = await perUser(req);
      if (!u.isAllowed && u.isExceeded) refuse(req, reply, 'open_per_user', u.ttl);
      const f = await perFridge(req);
      if (!f.isAllowed && f.isExceeded) refuse(req, reply, 'open_per_fridge', f.ttl);
    },
  });
};
// Like fastify-plugin: the decorator is the root's, seen by every plugin registered after it.
Object.assign(rateLimitsPlugin, { [Symbol.for('skip-override')]: true, [Symbol.for('fastify.display-name')]: 'rate-limits' });
