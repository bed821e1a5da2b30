import swagger from '@fastify/swagger';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { ApiError, FEED_UPGRADE_REQUIRED } from '../errors.js';
import { fridgeSummarySchema } from './catalog.js';
import { CATALOG_CACHE_CONTROL, clientReads, fridgesAnswer, fridgeSummary, mealFacts, temperaturesJson } from './client-reads.js';
import { errorResponse, requireFiniteScope, schemas, scopeQueryErrors, scopeQuerySchema, type ScopeQuery } from './validation.js';

/** The latest reading of each sensor, sensors ascending (the fridge_temperature projection). */
const temperaturesSchema = {
  type: 'array',
  description: 'the latest reading of each sensor that has reported one, sensors ascending (TemperatureRecorded)',
  items: {
    type: 'object',
    properties: {
      sensor: { type: 'integer', minimum: 0 },
      deci_celsius: { type: 'integer', description: 'tenths of a degree Celsius (41 = 4.1 °C)' },
      at: { type: 'string', format: 'date-time', description: "when the fridge recorded it (the fridge's clock)" },
      at_ms: { type: 'integer' },
    },
  },
} as const;

/** Public reads: a fridge with its stock per meal, and the fridges of a district or near a location. */
const fridgeRoutes: FastifyPluginAsync = async (app) => {
  app.setSchemaErrorFormatter(scopeQueryErrors);
  const { registry, readModel } = app.cloud;
  const reads = clientReads(app.cloud);

  app.get<{ Querystring: ScopeQuery }>('/v1/fridges', {
    schema: {
      tags: ['fridges'],
      summary: 'Fridges in a district or near a location, nearest first',
      querystring: scopeQuerySchema,
      response: {
        200: {
          type: 'object',
          properties: {
            fridges: {
              type: 'array',
              items: { ...fridgeSummarySchema, properties: { ...fridgeSummarySchema.properties, available: { type: 'integer', description: 'meals available, all kinds' }, temperatures: temperaturesSchema } },
            },
          },
        },
        400: schemas.error,
      },
    },
  }, async (req, reply) => {
    requireFiniteScope(req.query);
    void reply.header('cache-control', CATALOG_CACHE_CONTROL);
    // Read and serialized in the read worker (SQLite), else in its turn of the read lane: a
    // large district never holds up acks.
    const worker = app.cloud.readWorker;
    const body = worker?.usable === true ? await worker.fridges(req.query) : await app.cloud.reads.run(async () => reply.serialize(await fridgesAnswer(reads, req.query)));
    return reply.type('application/json; charset=utf-8').send(body);
  });

  app.get<{ Params: { id: string } }>('/v1/fridges/:id', {
    schema: {
      tags: ['fridges'],
      summary: 'One fridge with its stock per meal and its latest temperatures',
      params: { type: 'object', properties: { id: schemas.id } },
      response: {
        200: {
          type: 'object',
          properties: {
            ...fridgeSummarySchema.properties,
            stock: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  gtin: schemas.gtin,
                  name: { type: ['string', 'null'] },
                  price: { type: ['object', 'null'], properties: { amount_cents: { type: 'integer' }, currency: { type: 'string' } } },
                  on_hand: { type: 'integer', description: 'present and sellable' },
                  reserved: { type: 'integer', description: 'held by active reservations' },
                  available: { type: 'integer', description: 'on_hand - reserved, never below zero' },
                },
              },
            },
            temperatures: temperaturesSchema,
          },
        },
        400: schemas.error,
        404: schemas.error,
      },
    },
  }, async (req, reply) => {
    const f = await registry.getFridge(req.params.id);
    if (f === undefined) throw new ApiError('FF_ERR_FRIDGE_UNKNOWN', req.params.id);
    const snap = await readModel.stockSnapshot([f.id]);
    const status = snap.status.get(f.id);
    const facts = await registry.meals(snap.stock.map((s) => s.gtin));
    void reply.header('cache-control', CATALOG_CACHE_CONTROL);
    const { distance_km: _none, ...summary } = fridgeSummary({ fridge: f, distanceKm: null, online: status?.online ?? false, stale: status?.stale ?? true });
    return {
      ...summary,
      stock: snap.stock.map((s) => {
        const meal = mealFacts(facts.get(s.gtin));
        return { gtin: s.gtin, name: meal.name, price: meal.price, on_hand: s.onHand, reserved: s.reserved, available: s.available };
      }),
      temperatures: temperaturesJson(snap.temperatures.get(f.id) ?? []),
    };
  });
};

/**
 * The feed's plain route (cloud/feed registers it without a schema): public, a WebSocket whose
 * upgrade the HTTP server takes before fastify (docs/feed.md), and a 426 for a plain GET.
 */
const feedRouteSchema = {
  tags: ['feed'],
  summary: 'The live feed: a WebSocket (GET with Upgrade: websocket); a plain GET answers 426',
  description: 'docs/feed.md. No token is needed; the admin token (Authorization, or adminToken in a subscribe) only for all_districts subscriptions.',
  response: {
    101: { type: 'null', description: 'Switching Protocols: the WebSocket feed' },
    426: errorResponse(`${FEED_UPGRADE_REQUIRED.body.error} (header Upgrade: websocket): ${FEED_UPGRADE_REQUIRED.body.message}`),
    429: errorResponse('FF_ERR_FEED_TOO_MANY_CONNECTIONS: too many feed connections from this address, before the upgrade'),
    503: errorResponse('FF_ERR_FEED_ADMISSION (Retry-After), FF_ERR_FEED_SHUTTING_DOWN: before the upgrade, connect again'),
  },
} as const;

/**
 * The OpenAPI document of the HTTP API, served at /v1/openapi.json. @fastify/swagger learns the
 * routes from an onRoute hook, so it must sit in the root context before the other plugins
 * register theirs: this plugin is marked skip-override below (what fastify-plugin does), and
 * app.ts registers it before admin, catalog, reservations and feed.
 */
async function openapi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Farmacy Food cloud API', version: '1', description: 'Client API (catalog, fridges, reservations) and the operators\' admin API. See docs/api.md and docs/cloud.md.' },
      tags: [
        { name: 'catalog', description: 'meals near a user' },
        { name: 'fridges', description: 'fridges and their stock' },
        { name: 'reservations', description: 'holding meals for a user (user token)' },
        { name: 'admin', description: 'operators: fridge registry, meals, packing records, commands (admin token; docs/cloud.md)' },
        { name: 'reports', description: 'kitchens, owners, food safety: fridge days, replenishment, temperature log (admin token or kitchen token; docs/api.md "Reports")' },
        { name: 'feed', description: 'the live WebSocket feed of stock, presence and temperatures (docs/feed.md)' },
      ],
      components: {
        securitySchemes: {
          user: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'user token: JWT whose sub is the user id' },
          admin: { type: 'http', scheme: 'bearer', description: 'the admin token' },
          kitchen: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'kitchen token (POST /v1/admin/kitchen-token): JWT with role "kitchen" and the districts whose reports it reads' },
        },
      },
    },
    // Routes that name no tag are the admin plugin's, or the feed's: say so and how they authenticate.
    transform: ({ schema, url, route }) => {
      const s = (schema ?? {}) as Record<string, unknown>;
      if (s.tags !== undefined || s.hide === true || !url.startsWith('/v1/')) return { schema, url };
      if ((route as { websocket?: boolean }).websocket === true || url === '/v1/feed') return { schema: { ...feedRouteSchema, ...s }, url };
      return { schema: { ...s, tags: ['admin'], security: [{ admin: [] }] }, url };
    },
  });
  app.get('/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

export const fridgesPlugin: FastifyPluginAsync = async (app) => {
  await openapi(app);
  await app.register(fridgeRoutes);
};
Object.assign(fridgesPlugin, { [Symbol.for('skip-override')]: true, [Symbol.for('fastify.display-name')]: 'fridges' });
