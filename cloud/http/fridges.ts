import type { FastifyPluginAsync } from 'fastify';
import { ID_PATTERN } from '../../proto/index.js';
import { ApiError } from '../errors.js';

/** Public reads: a fridge with its stock per meal (the apps issue adds catalog and geo queries). */
export const fridgesPlugin: FastifyPluginAsync = async (app) => {
  const { store, ingest } = app.cloud;
  app.get<{ Params: { id: string } }>('/v1/fridges/:id', {
    schema: { params: { type: 'object', properties: { id: { type: 'string', pattern: ID_PATTERN.source } } } },
  }, async (req) => {
    const f = store.getFridge(req.params.id);
    if (f === undefined) throw new ApiError('FF_ERR_FRIDGE_UNKNOWN', req.params.id);
    const status = store.statusOf(f.id);
    return {
      id: f.id,
      district: f.district,
      name: f.name,
      location: { lat: f.lat, lon: f.lon },
      online: ingest.isOnline(f.id),
      // DESIGN.md property 7: stock is stale while the fridge is offline (or never was online).
      stale: status === undefined ? true : status.stale,
      stock: store.stockOf(f.id).map((s) => ({ gtin: s.gtin, name: store.getMeal(s.gtin)?.name ?? null, on_hand: s.onHand, reserved: s.reserved, available: s.available })),
    };
  });
};
