import type { FastifyPluginAsync } from 'fastify';
import { ApiError } from '../errors.js';
import { fridgeSummarySchema } from './catalog.js';
import { CATALOG_CACHE_CONTROL, clientReads, fridgesAnswer, fridgeSummary, mealFacts, temperaturesJson } from './client-reads.js';
import { openapi } from './openapi.js';
import { errorResponse, readsBusy, requireFiniteScope, schemas, scopeQueryErrors, scopeQuerySchema, scopeRefused, type ScopeQuery } from './validation.js';

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
          description: 'the fridges of the area, nearest first (header Cache-Control)',
          properties: {
            fridges: {
              type: 'array',
              items: { ...fridgeSummarySchema, properties: { ...fridgeSummarySchema.properties, available: { type: 'integer', description: 'meals available, all kinds' }, temperatures: temperaturesSchema } },
            },
          },
        },
        400: scopeRefused,
        503: readsBusy,
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
          description: 'the fridge, its stock per meal and its latest temperatures (header Cache-Control)',
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
        400: errorResponse('FF_ERR_VALIDATION: the id is not a fridge id'),
        404: errorResponse('FF_ERR_FRIDGE_UNKNOWN'),
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

export const fridgesPlugin: FastifyPluginAsync = async (app) => {
  await openapi(app);
  await app.register(fridgeRoutes);
};
Object.assign(fridgesPlugin, { [Symbol.for('skip-override')]: true, [Symbol.for('fastify.display-name')]: 'fridges' });
