import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { checkSecret, type CloudConfig } from '../config.js';
import { ApiError } from '../errors.js';
import { secretEquals } from '../registry/credentials.js';

/**
 * The HS256 secret that signs user tokens: `--jwt-secret-file`, or generated once into
 * `<data-dir>/jwt-secret` (0600) and reused, like the admin token. Created exclusively, so two
 * plugins asking at once agree on one secret.
 */
export function resolveJwtSecret(cfg: CloudConfig, log: Logger): string {
  if (cfg.jwtSecretFile !== undefined) return checkSecret(`--jwt-secret-file ${cfg.jwtSecretFile}`, readFileSync(cfg.jwtSecretFile, 'utf8').trim(), 'JWT secret');
  const file = path.join(cfg.dataDir, 'jwt-secret');
  try {
    writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' });
    log.warn({ file }, 'no JWT secret configured: generated one');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return checkSecret(`${file} (delete it to have one generated, or give --jwt-secret-file)`, readFileSync(file, 'utf8').trim(), 'JWT secret');
}

export type Caller = { kind: 'user'; userId: string } | { kind: 'admin' };

/** Subjects are user ids: the same limits as the user ids of the tag registry. */
const MAX_SUBJECT = 100;

/**
 * What a kitchen token carries (POST /v1/admin/kitchen-token, cloud/reports): `role` "kitchen",
 * the `districts` it reads, and the subject "kitchen". It is signed with the user tokens'
 * secret, so these claims are all that tells it apart.
 */
export const KITCHEN = { role: 'kitchen', subject: 'kitchen' } as const;

/**
 * Whether verified claims are a kitchen token's: its `role`, its `districts` (a user token
 * carries none), or its subject "kitchen", so that every kitchen token ever issued (they all
 * had each) stays out. Another `role` (a login service's "user", say) is no kitchen mark.
 * docs/api.md "Reports": a kitchen token is read-only.
 */
export function isKitchenClaims(claims: Readonly<Record<string, unknown>>): boolean {
  return claims.role === KITCHEN.role || claims.districts !== undefined || claims.sub === KITCHEN.subject;
}

/**
 * Who calls, settled in a route's `onRequest` hook (before the body is parsed and the schema
 * validates anything, so a request without a valid token is a 401 whatever its body or query:
 * docs/api.md) and read by its handler.
 */
export class RequestIdentity<T> {
  private readonly found = new WeakMap<FastifyRequest, T>();

  constructor(private readonly what: string) {}

  /** The route's onRequest hook: `resolve` throws the route's 401 (or 429) without a valid token. */
  hook(resolve: (req: FastifyRequest, reply: FastifyReply) => Promise<T>): (req: FastifyRequest, reply: FastifyReply) => Promise<void> {
    return async (req, reply) => {
      this.found.set(req, await resolve(req, reply));
    };
  }

  /** What the hook found for this request. */
  of(req: FastifyRequest): T {
    const v = this.found.get(req);
    // A route that reads it without the hook: a bug, not a client's mistake.
    if (v === undefined) throw new Error(`${req.method} ${req.routeOptions.url ?? req.url}: no ${this.what} (the route has no hook that settles it)`);
    return v;
  }
}

export interface UserAuth {
  /**
   * Who is calling: a user (a verified user token), or with `allowAdmin` the admin token.
   * Throws 401 without a valid token (a kitchen token is none).
   */
  caller(req: FastifyRequest, opts?: { allowAdmin?: { reply: FastifyReply } }): Promise<Caller>;
  /**
   * A route's `onRequest` hook: the token is checked before the body is parsed and the schema
   * validates anything, so a request without a valid token is a 401 whatever its body or query
   * (docs/api.md). The caller is then `callerOf(req)` in the handler.
   */
  authenticate(opts?: { allowAdmin?: boolean }): (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** The caller `authenticate` found for this request. */
  callerOf(req: FastifyRequest): Caller;
}

/**
 * Registers @fastify/jwt in the calling plugin's scope (HS256 only: a token signed with
 * another algorithm, or `none`, is refused) and answers who is calling.
 * A real identity provider replaces the secret with its public keys (docs/api.md).
 */
export async function userAuth(app: FastifyInstance): Promise<UserAuth> {
  const secret = resolveJwtSecret(app.cloud.config, app.cloud.log);
  await app.register(fastifyJwt, { secret, verify: { algorithms: ['HS256'] } });
  const callers = new RequestIdentity<Caller>('caller');
  const auth: UserAuth = {
    async caller(req, opts = {}) {
      const h = req.headers.authorization;
      if (h === undefined || !h.startsWith('Bearer ') || h.length === 7) throw new ApiError('FF_ERR_USER_TOKEN_MISSING');
      const token = h.slice(7);
      // A bearer that is no JWT (no dots) is an admin token, right or wrong: throttled like
      // the admin API's, so that this route is no way around that limit (issue 11 item 11).
      const admin = opts.allowAdmin !== undefined && secretEquals(token, app.cloud.adminToken);
      if (opts.allowAdmin !== undefined && (admin || !token.includes('.'))) {
        await app.rateLimits.adminAuth(req, opts.allowAdmin.reply, admin);
        if (admin) return { kind: 'admin' };
        throw new ApiError('FF_ERR_USER_TOKEN_INVALID');
      }
      let claims: Record<string, unknown>;
      try {
        claims = await req.jwtVerify<Record<string, unknown>>();
      } catch (err) {
        req.log.debug({ err: (err as Error).message }, 'user token refused');
        throw new ApiError('FF_ERR_USER_TOKEN_INVALID');
      }
      if (isKitchenClaims(claims)) throw new ApiError('FF_ERR_USER_TOKEN_INVALID', 'a kitchen token is no user token (it reads reports only)');
      const sub = claims.sub;
      if (typeof sub !== 'string' || sub.length === 0 || sub.length > MAX_SUBJECT) throw new ApiError('FF_ERR_USER_TOKEN_INVALID', 'the token has no usable subject (sub)');
      return { kind: 'user', userId: sub };
    },
    authenticate(opts = {}) {
      return callers.hook((req, reply) => auth.caller(req, opts.allowAdmin === true ? { allowAdmin: { reply } } : {}));
    },
    callerOf: (req) => callers.of(req),
  };
  return auth;
}

/**
 * Signs user tokens with the cloud's own secret, for demos and tests: in production a login
 * service signs them (docs/api.md "Identity"). Registers @fastify/jwt in the calling plugin's
 * scope, like `userAuth`.
 */
export async function userTokenSigner(app: FastifyInstance): Promise<(userId: string, ttlS: number) => { token: string; expiresAtMs: number }> {
  const secret = resolveJwtSecret(app.cloud.config, app.cloud.log);
  await app.register(fastifyJwt, { secret, sign: { algorithm: 'HS256' } });
  return (userId, ttlS) => {
    const now = app.cloud.now();
    // @fastify/jwt reads a numeric expiresIn as seconds.
    const token = app.jwt.sign({ sub: userId }, { expiresIn: ttlS, clockTimestamp: now });
    const exp = app.jwt.decode<{ exp?: unknown }>(token)?.exp;
    return { token, expiresAtMs: typeof exp === 'number' ? exp * 1000 : now + ttlS * 1000 };
  };
}
