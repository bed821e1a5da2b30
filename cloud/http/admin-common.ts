// What the admin API's resource plugins share (cloud/http/admin.ts registers them).
import type { FastifyInstance } from 'fastify';
import { ID_PATTERN } from '../../proto/index.js';
import { ApiError } from '../errors.js';
import type { FridgeRecord } from '../store/index.js';

export const adminSchemas = {
  id: { type: 'string', pattern: ID_PATTERN.source },
  gtin: { type: 'string', pattern: '^[0-9]{14}$' },
  epc: { type: 'string', pattern: '^[0-9A-Fa-f]{24}$' },
} as const;

/** The registered fridge, or 404 FF_ERR_FRIDGE_UNKNOWN. */
export async function fridgeOr404(app: FastifyInstance, fridgeId: string): Promise<FridgeRecord> {
  const f = await app.cloud.registry.getFridge(fridgeId);
  if (f === undefined) throw new ApiError('FF_ERR_FRIDGE_UNKNOWN', fridgeId);
  return f;
}
