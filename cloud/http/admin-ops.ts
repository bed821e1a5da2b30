import type { FastifyPluginAsync } from 'fastify';
import { ApiError } from '../errors.js';
import { KITCHEN, userTokenSigner } from './identity.js';
import { adminAuthErrors, errorResponse, validationError } from './validation.js';

/** A refused batch as the store keeps it (cloud/store DeadLetterRow), fields in its order. */
const deadLetterSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    fridgeId: { type: ['string', 'null'] },
    topic: { type: 'string' },
    reason: { type: 'string' },
    at: { type: 'integer', description: 'last received (ms)' },
    firstAt: { type: 'integer', description: 'first received (ms)' },
    bytes: { type: 'integer', description: 'its full length' },
    keptBytes: { type: 'integer', description: 'the bytes of it kept (a prefix)' },
    digest: { type: 'string', description: 'SHA-256 of the full payload, hex' },
    count: { type: 'integer', description: 'times the same payload came from the same fridge for the same reason' },
  },
} as const;

/** Admin: operations (demo user tokens, dead letters, the event log). */
export const adminOpsPlugin: FastifyPluginAsync = async (app) => {
  const { eventStore, log } = app.cloud;

  // A user token for demos and tests (the dashboard's reserve button, npm start): a login
  // service issues them in production. Short-lived; the answer is the only copy.
  const signUserToken = await userTokenSigner(app);
  app.post<{ Body: { user_id: string; ttl_s?: number } }>('/v1/admin/demo-token', {
    schema: {
      body: {
        type: 'object',
        required: ['user_id'],
        additionalProperties: false,
        properties: { user_id: { type: 'string', minLength: 1, maxLength: 100 }, ttl_s: { type: 'integer', minimum: 60, maximum: 86_400, default: 3600 } },
      },
      response: {
        201: {
          type: 'object',
          description: 'an HS256 user token whose sub is user_id',
          properties: { token: { type: 'string' }, user_id: { type: 'string' }, expires_at: { type: 'string', format: 'date-time' }, expires_at_ms: { type: 'integer' } },
        },
        400: errorResponse('FF_ERR_VALIDATION: the body, or the user id kitchen (reserved for kitchen tokens)'),
        ...adminAuthErrors,
      },
    },
  }, async (req, reply) => {
    const { user_id: userId, ttl_s: ttlS = 3600 } = req.body;
    // The user routes refuse the kitchen tokens' subject (cloud/http/identity.ts): no user token is made that would not work.
    if (userId === KITCHEN.subject) throw new ApiError('FF_ERR_VALIDATION', `body.user_id "${userId}" is reserved for kitchen tokens`);
    const { token, expiresAtMs } = signUserToken(userId, ttlS);
    log.info({ userId, ttlS }, 'demo user token issued');
    return reply.code(201).send({ token, user_id: userId, expires_at: new Date(expiresAtMs).toISOString(), expires_at_ms: expiresAtMs });
  });

  app.get<{ Querystring: { limit?: number } }>('/v1/dead-letters', {
    schema: {
      querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 1000 } } },
      response: { 200: { type: 'array', description: 'the refused batches kept, latest first (default 100)', items: deadLetterSchema }, 400: validationError, ...adminAuthErrors },
    },
  }, async (req) => eventStore.deadLetters(req.query.limit ?? 100));

  app.get<{ Querystring: { after?: number; limit?: number } }>('/v1/events', {
    schema: {
      querystring: { type: 'object', additionalProperties: false, properties: { after: { type: 'integer', minimum: 0 }, limit: { type: 'integer', minimum: 1, maximum: 5000 } } },
      response: {
        200: {
          type: 'object',
          description: 'the domain events after the position `after` (default 0), at most `limit` (default 500)',
          properties: {
            // position first, then the event's own fields (type and those of its type) as stored.
            events: { type: 'array', items: { type: 'object', additionalProperties: true, properties: { position: { type: 'integer' } } } },
            last_position: { type: 'integer', description: 'the position to ask after next' },
          },
        },
        400: validationError,
        ...adminAuthErrors,
      },
    },
  }, async (req) => {
    const events = await eventStore.eventsAfter(req.query.after ?? 0, req.query.limit ?? 500);
    return { events: events.map((e) => ({ position: e.position, ...e.event })), last_position: events[events.length - 1]?.position ?? req.query.after ?? 0 };
  });
};
