import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';
import { secretEquals } from '../registry/credentials.js';
import { adminCatalogPlugin } from './admin-catalog.js';
import { adminFridgesPlugin } from './admin-fridges.js';
import { adminOpsPlugin } from './admin-ops.js';
import { schemaErrors } from './validation.js';

/** Whether the request carries the admin token; throws when it carries none. */
function checkAdmin(req: FastifyRequest, token: string): boolean {
  const h = req.headers.authorization;
  if (h === undefined || !h.startsWith('Bearer ')) throw new ApiError('FF_ERR_AUTH_MISSING');
  return secretEquals(h.slice(7), token);
}

/**
 * The admin API (Bearer admin token), one plugin per resource: fridges (registry and commands),
 * the catalog (meals and packing records), operations (tokens, dead letters, events).
 */
export const adminPlugin: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', async (req, reply) => {
    const valid = checkAdmin(req, app.cloud.adminToken);
    // Wrong tokens are throttled per client address (issue 11 item 11).
    await app.rateLimits.adminAuth(req, reply, valid);
    if (!valid) throw new ApiError('FF_ERR_AUTH_INVALID');
  });
  app.setSchemaErrorFormatter(schemaErrors());
  // Children inherit the token check and the error formatter (fastify encapsulation).
  await app.register(adminFridgesPlugin);
  await app.register(adminCatalogPlugin);
  await app.register(adminOpsPlugin);
};
