import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { ApiError, rejectionError } from '../errors.js';
import { requireOwner } from './owners.js';
import { userAuth } from './identity.js';
import { adminAuthErrors, errorResponse, ownerErrors, requireGtin, schemaErrors, schemas } from './validation.js';

/**
 * A reservation id carries its district (`<district>.<uuid>`; district ids may contain dots, a
 * UUID does not): a cancel goes straight to the district's decider without a lookup, and an
 * instance that does not ingest that district says so (421).
 */
const newReservationId = (district: string): string => `${district}.${randomUUID()}`;
function districtOf(reservationId: string): string | undefined {
  const dot = reservationId.lastIndexOf('.');
  return dot > 0 ? reservationId.slice(0, dot) : undefined;
}
const RESERVATION_ID = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

const reservationSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    fridge_id: { type: 'string' },
    gtin: schemas.gtin,
    user_id: { type: 'string' },
    quantity: { type: 'integer' },
    expires_at: { type: 'string', format: 'date-time' },
    expires_at_ms: { type: 'integer' },
  },
} as const;

/** The 401 of a route that takes a user token alone (identity.ts: a kitchen token is none). */
const userTokenErrors = errorResponse('FF_ERR_USER_TOKEN_MISSING, FF_ERR_USER_TOKEN_INVALID: no valid user token (a kitchen token is none)');

interface ReserveBody {
  fridge_id: string;
  gtin: string;
  user_id: string;
  quantity?: number;
}

/**
 * Reservations (DESIGN.md "The ACL and the stock model"): a hold on meals of one fridge for a
 * user for a limited time. Atomic against `available`: the core decides and stages each
 * command of a district in one synchronous step, so no other decision comes in between.
 */
export const reservationsPlugin: FastifyPluginAsync = async (app) => {
  app.setSchemaErrorFormatter(schemaErrors());
  // A POST whose fields are all optional may come without a body, also with a JSON
  // Content-Type and nothing after it (issue 11 item 17): that is an empty body, not a 400.
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (body === '') done(null, undefined);
    else json(req, body as string, done);
  });
  const { registry, readModel, commands, fridges, log, config } = app.cloud;
  const auth = await userAuth(app);
  app.post<{ Body: ReserveBody }>('/v1/reservations', {
    schema: {
      tags: ['reservations'],
      summary: 'Hold meals of one fridge for the user (201), or 409 when not enough are available',
      security: [{ user: [] }],
      body: {
        type: 'object',
        required: ['fridge_id', 'gtin', 'user_id'],
        additionalProperties: false,
        properties: { fridge_id: schemas.id, gtin: schemas.gtin, user_id: { ...schemas.userId, description: "must be the token's subject" }, quantity: { type: 'integer', minimum: 1, maximum: 20, default: 1 } },
      },
      response: {
        201: { ...reservationSchema, description: 'held until expires_at; header Location: /v1/reservations/{id}' },
        400: errorResponse('FF_ERR_VALIDATION: the body breaks the schema, or the gtin\'s check digit is wrong'),
        401: userTokenErrors,
        403: errorResponse('FF_ERR_USER_MISMATCH: user_id is not the token\'s subject'),
        404: errorResponse('FF_ERR_FRIDGE_UNKNOWN; FF_ERR_RESERVATION_UNKNOWN_MEAL: the gtin is neither a registered meal nor ever stocked in that fridge'),
        409: errorResponse('FF_ERR_RESERVATION_INSUFFICIENT: fewer available than asked; FF_ERR_RESERVATION_FRIDGE_STALE: the fridge is offline; FF_ERR_DOMAIN_REJECTED: another reason of the stock rules'),
        ...ownerErrors,
      },
    },
    onRequest: auth.authenticate(),
  }, async (req, reply) => {
    const caller = auth.callerOf(req);
    const b = req.body;
    if (caller.kind !== 'user' || caller.userId !== b.user_id) throw new ApiError('FF_ERR_USER_MISMATCH', b.user_id);
    requireGtin('body.gtin', b.gtin);
    const fridge = await registry.getFridge(b.fridge_id);
    if (fridge === undefined) throw new ApiError('FF_ERR_FRIDGE_UNKNOWN', b.fridge_id);
    await requireOwner(app.cloud, fridge.district);
    const quantity = b.quantity ?? 1;
    const id = newReservationId(fridge.district);
    const expiresAtMs = app.cloud.now() + config.reservationMs;
    const r = await commands.handle(fridge.district, { type: 'ReserveMeal', reservationId: id, fridgeId: fridge.id, gtin: b.gtin, userId: b.user_id, quantity, expiresAtMs });
    if (!r.ok) {
      if (r.reason !== 'insufficient_stock') throw rejectionError('ReserveMeal', r.reason, fridge.id);
      const row = (await readModel.stockOf(fridge.id)).find((s) => s.gtin === b.gtin);
      // Neither a registered meal nor ever stocked here: a wrong GTIN, not a sold-out meal.
      if (row === undefined && (await registry.getMeal(b.gtin)) === undefined) throw new ApiError('FF_ERR_RESERVATION_UNKNOWN_MEAL', `${b.gtin} (fridge ${fridge.id})`);
      throw rejectionError('ReserveMeal', r.reason, `${row?.available ?? 0} of ${b.gtin} available in ${fridge.id}, ${quantity} asked`);
    }
    log.info({ reservationId: id, fridgeId: fridge.id, gtin: b.gtin, quantity }, 'meals reserved');
    return reply.code(201).header('location', `/v1/reservations/${id}`).send({
      id,
      fridge_id: fridge.id,
      gtin: b.gtin,
      user_id: b.user_id,
      quantity,
      expires_at: new Date(expiresAtMs).toISOString(),
      expires_at_ms: expiresAtMs,
    });
  });

  app.delete<{ Params: { id: string }; Querystring: { reason?: 'by_user' | 'payment_failed' } }>('/v1/reservations/:id', {
    schema: {
      tags: ['reservations'],
      summary: "Cancel a reservation: its owner (user token), or the order service with the admin token; reason=payment_failed when the purchase check refused or timed out",
      security: [{ user: [] }, { admin: [] }],
      params: { type: 'object', properties: { id: { type: 'string', pattern: RESERVATION_ID } } },
      querystring: { type: 'object', propertyNames: { enum: ['reason'] }, properties: { reason: { type: 'string', enum: ['by_user', 'payment_failed'], default: 'by_user' } } },
      response: {
        200: { type: 'object', description: 'canceled: its meals are available again', properties: { id: { type: 'string' }, canceled: { type: 'boolean' }, reason: { type: 'string' }, released: { type: 'integer', description: 'meals released back to available' } } },
        400: errorResponse('FF_ERR_VALIDATION: the id is no reservation id, or reason is neither by_user nor payment_failed'),
        401: errorResponse('FF_ERR_USER_TOKEN_MISSING, FF_ERR_USER_TOKEN_INVALID: neither a valid user token nor the admin token'),
        403: errorResponse('FF_ERR_RESERVATION_NOT_OWNER: the reservation belongs to another user'),
        404: errorResponse('FF_ERR_RESERVATION_UNKNOWN: settled, expired, canceled or never made'),
        ...ownerErrors,
        429: adminAuthErrors[429],
      },
    },
    onRequest: auth.authenticate({ allowAdmin: true }),
  }, async (req) => {
    const caller = auth.callerOf(req);
    const id = req.params.id;
    const reason = req.query.reason ?? 'by_user';
    const district = districtOf(id);
    if (district === undefined) throw new ApiError('FF_ERR_RESERVATION_UNKNOWN', id);
    await requireOwner(app.cloud, district);
    // The order service with the admin token does not know the owner: the reservation's own
    // event says.
    const userId = caller.kind === 'user' ? caller.userId : await readModel.reservationOwner(district, id);
    if (userId === undefined) throw new ApiError('FF_ERR_RESERVATION_UNKNOWN', id);
    const r = await commands.handle(district, { type: 'CancelReservation', reservationId: id, userId, reason });
    if (!r.ok) throw rejectionError('CancelReservation', r.reason, id);
    const released = r.events.reduce((n, { event }) => n + (event.type === 'MealStockCanceled' && event.reservationId === id ? event.quantity : 0), 0);
    log.info({ reservationId: id, reason, by: caller.kind }, 'reservation canceled');
    return { id, canceled: true, reason, released };
  });

  // The user at the fridge opens it from the app: the cloud records who asked, unlocks the door,
  // and the door session the fridge reports next is attributed to that user, so that the meals
  // they take settle their reservations (DESIGN.md: "the tag leaves the fridge in that user's
  // door session").
  app.post<{ Params: { id: string }; Body: { seconds?: number } }>('/v1/fridges/:id/open', {
    schema: {
      tags: ['reservations'],
      summary: 'Unlock the fridge for the user at it (202): their next door session settles their reservations',
      security: [{ user: [] }],
      params: { type: 'object', properties: { id: schemas.id } },
      body: { type: 'object', additionalProperties: false, description: 'optional: no body (or an empty one) opens for 30 s', properties: { seconds: { type: 'integer', minimum: 5, maximum: 120, default: 30 } } },
      response: {
        202: { type: 'object', description: 'UnlockDoor sent to the fridge: the next door session is the user\'s', properties: { command_id: { type: 'string' }, seconds: { type: 'integer' } } },
        400: errorResponse('FF_ERR_VALIDATION: the id is not a fridge id, or the body breaks the schema'),
        401: userTokenErrors,
        404: errorResponse('FF_ERR_FRIDGE_UNKNOWN'),
        409: errorResponse('FF_ERR_RESERVATION_FRIDGE_STALE: the fridge is offline (or was never online)'),
        ...ownerErrors,
        429: errorResponse('FF_ERR_RATE_LIMITED: over 6 opens a minute by this user or 30 of this fridge (docs/api.md "Rate limits"); Retry-After'),
      },
    },
    onRequest: auth.authenticate(),
    // Every field is optional, so is the body: validated as {} (defaults applied).
    preValidation: async (req) => {
      req.body ??= {};
    },
  }, async (req, reply) => {
    const caller = auth.callerOf(req);
    if (caller.kind !== 'user') throw new ApiError('FF_ERR_USER_MISMATCH', 'a user token is required');
    // Per user and per fridge, before any work: unlocks were unlimited (issue 11 item 11).
    await app.rateLimits.open(req, reply, caller.userId, req.params.id);
    const fridge = await registry.getFridge(req.params.id);
    if (fridge === undefined) throw new ApiError('FF_ERR_FRIDGE_UNKNOWN', req.params.id);
    await requireOwner(app.cloud, fridge.district);
    const seconds = req.body?.seconds ?? 30;
    const commandId = randomUUID();
    // Recorded before the command leaves, so the fridge's report of the unlock always finds it.
    const r = await commands.handle(fridge.district, { type: 'RequestDoorUnlock', fridgeId: fridge.id, userId: caller.userId, commandId });
    if (!r.ok) throw rejectionError('RequestDoorUnlock', r.reason, fridge.id);
    fridges.unlock(fridge.district, fridge.id, seconds, commandId);
    log.info({ fridgeId: fridge.id, commandId }, 'fridge unlocked for a user');
    return reply.code(202).send({ command_id: commandId, seconds });
  });
};
