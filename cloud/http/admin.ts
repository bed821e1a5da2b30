import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { ID_PATTERN, topics } from '../../proto/index.js';
import { decodeEpc } from '../domain/index.js';
import { ApiError } from '../errors.js';
import { requireOwner } from './owners.js';
import { hashCredential, newCredential, secretEquals } from '../registry/credentials.js';
import { FridgeExists, type TagInput } from '../store/index.js';
import { userTokenSigner } from './identity.js';
import { requireGtin, schemaErrors } from './validation.js';

const id = { type: 'string', pattern: ID_PATTERN.source } as const;
const gtin = { type: 'string', pattern: '^[0-9]{14}$' } as const;
const epc = { type: 'string', pattern: '^[0-9A-Fa-f]{24}$' } as const;
/** A price far above any meal's is a typing mistake (issue 11 item 17: it was unbounded). */
const MAX_AMOUNT_CENTS = 1_000_000;

/**
 * `date-time` as RFC 3339 allows it, leap second included; but `2026-12-31T23:59:60Z` is no
 * instant JavaScript (or the stock rules) can hold: Date.parse gives NaN, which was stored as
 * "never expires". Refused, with the reason (issue 11 item 17).
 */
function bestBeforeMs(epcHex: string, text: string): number {
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) throw new ApiError('FF_ERR_VALIDATION', `tag ${epcHex}: best_before "${text}" is not an instant (a leap second :60 is not accepted; give :59)`);
  return ms;
}

/** Whether the request carries the admin token; throws when it carries none. */
function checkAdmin(req: FastifyRequest, token: string): boolean {
  const h = req.headers.authorization;
  if (h === undefined || !h.startsWith('Bearer ')) throw new ApiError('FF_ERR_AUTH_MISSING');
  return secretEquals(h.slice(7), token);
}

/** The admin API (Bearer admin token): fridge registry, meal catalog, packing records, commands. */
export const adminPlugin: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', async (req, reply) => {
    const valid = checkAdmin(req, app.cloud.adminToken);
    // Wrong tokens are throttled per client address (issue 11 item 11).
    await app.rateLimits.adminAuth(req, reply, valid);
    if (!valid) throw new ApiError('FF_ERR_AUTH_INVALID');
  });
  app.setSchemaErrorFormatter(schemaErrors());
  const { registry, eventStore, readModel, commands, fridges, registryChanged, ownership, log } = app.cloud;
  const now = (): number => app.cloud.now();

  const fridgeOr404 = async (fridgeId: string) => {
    const f = await registry.getFridge(fridgeId);
    if (f === undefined) throw new ApiError('FF_ERR_FRIDGE_UNKNOWN', fridgeId);
    return f;
  };
  const credentialAnswer = (f: { id: string; district: string }, password: string) => ({
    id: f.id,
    district: f.district,
    mqtt: {
      username: f.id,
      password,
      client_id: `fridge-${f.id}`,
      topics: { batch: topics.batch(f.district, f.id), status: topics.status(f.district, f.id), ack: topics.ack(f.district, f.id), cmd: topics.cmd(f.district, f.id) },
    },
    note: 'the password is shown once; the cloud keeps only a salted hash',
  });

  app.post<{ Body: { id: string; district: string; name: string; location: { lat: number; lon: number } } }>('/v1/fridges', {
    schema: {
      body: {
        type: 'object',
        required: ['id', 'district', 'name', 'location'],
        additionalProperties: false,
        properties: {
          id,
          district: id,
          name: { type: 'string', minLength: 1, maxLength: 200 },
          location: { type: 'object', required: ['lat', 'lon'], additionalProperties: false, properties: { lat: { type: 'number', minimum: -90, maximum: 90 }, lon: { type: 'number', minimum: -180, maximum: 180 } } },
        },
      },
    },
  }, async (req, reply) => {
    const b = req.body;
    if ((await registry.getFridge(b.id)) !== undefined) throw new ApiError('FF_ERR_FRIDGE_EXISTS', b.id);
    const password = newCredential();
    try {
      await registry.createFridge({ id: b.id, district: b.district, name: b.name, lat: b.location.lat, lon: b.location.lon, credentialHash: hashCredential(password) }, now());
    } catch (err) {
      // Registered meanwhile (another request, or another instance on the same store).
      if (err instanceof FridgeExists) throw new ApiError('FF_ERR_FRIDGE_EXISTS', b.id);
      throw err;
    }
    log.info({ fridgeId: b.id, district: b.district }, 'fridge registered');
    return reply.code(201).send(credentialAnswer(b, password));
  });

  app.get('/v1/admin/fridges', async () =>
    Promise.all(
      (await registry.listFridges()).map(async (f) => ({ id: f.id, district: f.district, name: f.name, location: { lat: f.lat, lon: f.lon }, enabled: f.enabled, online: fridges.isOnline(f.id), status: (await readModel.statusOf(f.id)) ?? null, cursor: (await eventStore.getCursor(f.id)) ?? null })),
    ),
  );

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
    },
  }, async (req, reply) => {
    const { user_id: userId, ttl_s: ttlS = 3600 } = req.body;
    const { token, expiresAtMs } = signUserToken(userId, ttlS);
    log.info({ userId, ttlS }, 'demo user token issued');
    return reply.code(201).send({ token, user_id: userId, expires_at: new Date(expiresAtMs).toISOString(), expires_at_ms: expiresAtMs });
  });

  app.post<{ Params: { id: string } }>('/v1/fridges/:id/credential', async (req) => {
    const f = await fridgeOr404(req.params.id);
    const password = newCredential();
    await registry.setCredential(f.id, hashCredential(password), now());
    app.cloud.disconnectFridge(f.id); // the old credential's session ends now
    log.info({ fridgeId: f.id }, 'fridge credential rotated');
    return credentialAnswer(f, password);
  });

  app.patch<{ Params: { id: string }; Body: { enabled: boolean } }>('/v1/fridges/:id', {
    schema: { body: { type: 'object', required: ['enabled'], additionalProperties: false, properties: { enabled: { type: 'boolean' } } } },
  }, async (req) => {
    const f = await fridgeOr404(req.params.id);
    await registry.setEnabled(f.id, req.body.enabled);
    if (!req.body.enabled) app.cloud.disconnectFridge(f.id);
    log.info({ fridgeId: f.id, enabled: req.body.enabled }, 'fridge enabled state changed');
    return { id: f.id, enabled: req.body.enabled };
  });

  app.post<{ Params: { id: string } }>('/v1/fridges/:id/snapshot', async (req, reply) => {
    const f = await fridgeOr404(req.params.id);
    await requireOwner(app.cloud, f.district);
    return reply.code(202).send({ command_id: fridges.requestSnapshot(f.district, f.id, 'admin') });
  });

  app.post<{ Params: { id: string }; Body: { seconds: number } }>('/v1/fridges/:id/unlock', {
    schema: { body: { type: 'object', required: ['seconds'], additionalProperties: false, properties: { seconds: { type: 'integer', minimum: 1, maximum: 300 } } } },
  }, async (req, reply) => {
    const f = await fridgeOr404(req.params.id);
    return reply.code(202).send({ command_id: fridges.unlock(f.district, f.id, req.body.seconds) });
  });

  app.post<{ Params: { id: string }; Body: { by?: unknown } | undefined }>('/v1/fridges/:id/clear-excursion', async (req) => {
    const f = await fridgeOr404(req.params.id);
    // Optional {"by": "<operator>"}: who cleared it, in the temperature log (issue 14 item 3).
    const by = req.body?.by;
    if (by !== undefined && (typeof by !== 'string' || by.length === 0 || by.length > 100)) throw new ApiError('FF_ERR_VALIDATION', 'body.by must be a name of 1 to 100 characters');
    const r = await commands.handle(f.district, { type: 'ClearTemperatureExcursion', fridgeId: f.id, ...(by !== undefined ? { by } : {}) });
    if (!r.ok) throw new ApiError('FF_ERR_DOMAIN_REJECTED', r.reason);
    return { events: r.events.map((e) => e.event.type) };
  });

  app.put<{ Params: { gtin: string }; Body: Record<string, unknown> }>('/v1/meals/:gtin', {
    schema: {
      params: { type: 'object', properties: { gtin } },
      body: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 200 },
          description: { type: 'string', maxLength: 2000 },
          nutrition: {
            type: 'object',
            additionalProperties: false,
            properties: { kcal: { type: 'number', minimum: 0 }, protein_g: { type: 'number', minimum: 0 }, carbohydrate_g: { type: 'number', minimum: 0 }, fat_g: { type: 'number', minimum: 0 }, salt_g: { type: 'number', minimum: 0 } },
          },
          allergens: { type: 'array', maxItems: 30, items: { type: 'string', maxLength: 50 } },
          price: { type: 'object', required: ['amount_cents', 'currency'], additionalProperties: false, properties: { amount_cents: { type: 'integer', minimum: 0, maximum: MAX_AMOUNT_CENTS }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } } },
          nominal_weight_g: { type: 'integer', minimum: 1, maximum: 10_000 },
        },
      },
    },
  }, async (req) => {
    const g = req.params.gtin;
    requireGtin('params.gtin', g);
    const body = req.body;
    const weight = body.nominal_weight_g;
    await registry.putMeal({ ...body, gtin: g, ...(typeof weight === 'number' ? { nominalWeightG: weight } : {}) }, now());
    registryChanged.mealChanged(g);
    // Facts changed: tell the districts whose catalog shows it (those of other instances
    // hear of it from their owners' next catalog change).
    for (const d of await eventStore.districts()) if (ownership.owns(d)) await commands.handle(d, { type: 'MealFactsChanged', gtin: g });
    return { gtin: g, ...body };
  });

  app.get('/v1/meals', async () => registry.listMeals());

  app.post<{ Body: { fridge_id?: string; tags: Array<{ epc: string; gtin?: string; best_before?: string; order_id?: string; user_id?: string }> } }>('/v1/tags', {
    schema: {
      body: {
        type: 'object',
        required: ['tags'],
        additionalProperties: false,
        properties: {
          fridge_id: id,
          tags: {
            type: 'array',
            minItems: 1,
            maxItems: 5000,
            items: {
              type: 'object',
              required: ['epc'],
              additionalProperties: false,
              properties: { epc, gtin, best_before: { type: 'string', format: 'date-time' }, order_id: { type: 'string', minLength: 1, maxLength: 100 }, user_id: { type: 'string', minLength: 1, maxLength: 100 } },
            },
          },
        },
      },
    },
  }, async (req, reply) => {
    const { tags, fridge_id: fridgeId } = req.body;
    const fridge = fridgeId === undefined ? undefined : await fridgeOr404(fridgeId);
    const records: TagInput[] = tags.map((t) => {
      const hex = t.epc.toUpperCase();
      const decoded = decodeEpc(hex);
      if (t.gtin !== undefined) requireGtin(`tag ${hex}: gtin`, t.gtin);
      const g = t.gtin ?? (decoded.kind === 'sgtin96' ? decoded.gtin : undefined);
      if (g === undefined) throw new ApiError('FF_ERR_TAG_GTIN', hex);
      if ((t.order_id === undefined) !== (t.user_id === undefined)) throw new ApiError('FF_ERR_VALIDATION', `tag ${hex}: order_id and user_id go together`);
      return {
        epc: hex,
        gtin: g,
        ...(t.best_before !== undefined ? { bestBeforeMs: bestBeforeMs(hex, t.best_before) } : {}),
        ...(t.order_id !== undefined ? { orderId: t.order_id, userId: t.user_id as string } : {}),
        ...(fridgeId !== undefined ? { fridgeId } : {}),
      };
    });
    await registry.putTags(records, now());
    registryChanged.tagsChanged(records.map((r) => r.epc));
    // A packing record that names the destination fridge dispatches its personal orders.
    const dispatched: string[] = [];
    if (fridge !== undefined) {
      const orders = new Map<string, string>();
      for (const r of records) if (r.orderId !== undefined && r.userId !== undefined) orders.set(r.orderId, r.userId);
      for (const [orderId, userId] of orders) {
        await requireOwner(app.cloud, fridge.district);
        const res = await commands.handle(fridge.district, { type: 'DispatchOrder', orderId, userId, fridgeId: fridge.id });
        if (res.ok) dispatched.push(orderId);
      }
    }
    return reply.code(201).send({ registered: records.length, dispatched_orders: dispatched });
  });

  app.get<{ Querystring: { limit?: number } }>('/v1/dead-letters', {
    schema: { querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 1000 } } } },
  }, async (req) => eventStore.deadLetters(req.query.limit ?? 100));

  app.get<{ Querystring: { after?: number; limit?: number } }>('/v1/events', {
    schema: { querystring: { type: 'object', additionalProperties: false, properties: { after: { type: 'integer', minimum: 0 }, limit: { type: 'integer', minimum: 1, maximum: 5000 } } } },
  }, async (req) => {
    const events = await eventStore.eventsAfter(req.query.after ?? 0, req.query.limit ?? 500);
    return { events: events.map((e) => ({ position: e.position, ...e.event })), last_position: events[events.length - 1]?.position ?? req.query.after ?? 0 };
  });
};
