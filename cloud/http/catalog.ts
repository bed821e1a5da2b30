import type { FastifyPluginAsync } from 'fastify';
import { CATALOG_CACHE_CONTROL, clientReads, matchesIfNoneMatch } from './client-reads.js';
import { readsBusy, requireFiniteScope, schemas, scopeQueryErrors, scopeQuerySchema, scopeRefused, type ScopeQuery } from './validation.js';

const fridgeRef = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    available: { type: 'integer', minimum: 1 },
    distance_km: { type: ['number', 'null'] },
    online: { type: 'boolean' },
    stale: { type: 'boolean', description: 'the fridge is offline: its counts may be out of date' },
  },
} as const;

export const fridgeSummarySchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    district: { type: 'string' },
    location: schemas.location,
    distance_km: { type: ['number', 'null'], description: 'great-circle distance from lat/lon; null without a location' },
    online: { type: 'boolean' },
    stale: { type: 'boolean' },
  },
} as const;

const catalogSchema = {
  type: 'object',
  properties: {
    district: { type: ['string', 'null'] },
    near: { type: ['object', 'null'], properties: { lat: { type: 'number' }, lon: { type: 'number' }, radius_km: { type: 'number' } } },
    version: { type: ['integer', 'null'], description: "the district's catalog version (CatalogUpdated), when a district was asked for" },
    versions: { type: 'object', additionalProperties: { type: 'integer' }, description: 'catalog version of every district in the answer' },
    fridges: { type: 'array', items: fridgeSummarySchema, description: 'the fridges searched, nearest first' },
    meals: {
      type: 'array',
      description: 'meals available in at least one of the fridges, nearest first',
      items: {
        type: 'object',
        properties: {
          gtin: schemas.gtin,
          name: { type: ['string', 'null'] },
          description: { type: ['string', 'null'] },
          nutrition: { type: ['object', 'null'], properties: { kcal: { type: 'number' }, protein_g: { type: 'number' }, carbohydrate_g: { type: 'number' }, fat_g: { type: 'number' }, salt_g: { type: 'number' } } },
          allergens: { type: 'array', items: { type: 'string' } },
          price: { type: ['object', 'null'], properties: { amount_cents: { type: 'integer' }, currency: { type: 'string' } } },
          available: { type: 'integer', description: 'sum over the fridges listed' },
          fridges: { type: 'array', items: fridgeRef, description: 'the fridges holding it, nearest first' },
        },
      },
    },
  },
} as const;

/** Catalog query: the meals available in a district or near a location (DESIGN.md "Clients: query and feed"). */
export const catalogPlugin: FastifyPluginAsync = async (app) => {
  app.setSchemaErrorFormatter(scopeQueryErrors);
  const reads = clientReads(app.cloud);

  app.get<{ Querystring: ScopeQuery }>('/v1/catalog', {
    schema: {
      tags: ['catalog'],
      summary: 'Meals available in a district or near a location, with facts and per-fridge counts',
      description: 'Conditional: send the ETag back in If-None-Match and get 304 while nothing changed. Keep a catalog at most 24 hours.',
      querystring: scopeQuerySchema,
      response: {
        200: { ...catalogSchema, description: 'the catalog (headers: ETag, Cache-Control)' },
        304: { type: 'null', description: 'the catalog is unchanged since the ETag given in If-None-Match' },
        400: scopeRefused,
        503: readsBusy,
      },
    },
  }, async (req, reply) => {
    requireFiniteScope(req.query);
    const worker = app.cloud.readWorker;
    const { body, etag } = worker?.usable === true ? await worker.catalog(req.query) : await app.cloud.reads.run(() => reads.catalog(req.query));
    void reply.header('etag', etag).header('cache-control', CATALOG_CACHE_CONTROL);
    if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) return reply.code(304).send();
    // Sent as rendered: the ETag is the hash of exactly these bytes.
    return reply.type('application/json; charset=utf-8').send(body);
  });
};
