import type { FastifyPluginAsync } from 'fastify';
import { ApiError } from '../errors.js';
import type { CloudContext } from './context.js';
import { errorResponse, ownerErrors, schemas } from './validation.js';

/**
 * Refuses a command for a district that another instance ingests (421), naming that
 * instance's URL, so a client can send it there; 503 while nobody owns it (a takeover).
 */
export async function requireOwner(cloud: CloudContext, district: string): Promise<void> {
  if (cloud.ownership.owns(district)) return;
  const owner = await cloud.ownership.ownerUrl(district);
  if (owner === undefined) throw new ApiError('FF_ERR_NO_OWNER', district, { district });
  throw new ApiError('FF_ERR_NOT_OWNER', `${district} is ingested at ${owner}`, { district, owner_url: owner });
}

/** GET /v1/districts/:district/owner: where reservations and the feed of a district go. */
export const ownersPlugin: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { district: string } }>('/v1/districts/:district/owner', {
    schema: {
      tags: ['fridges'],
      summary: 'The instance that ingests a district: send its reservations and feed subscriptions there',
      params: { type: 'object', properties: { district: schemas.id } },
      response: {
        200: { type: 'object', description: 'the instance that ingests the district', properties: { district: { type: 'string' }, owner_url: { type: 'string' }, this_instance: { type: 'boolean' } } },
        400: errorResponse('FF_ERR_VALIDATION: the path is not a district id'),
        503: ownerErrors[503],
      },
    },
  }, async (req) => {
    const { district } = req.params;
    const owner = await app.cloud.ownership.ownerUrl(district);
    if (owner === undefined) throw new ApiError('FF_ERR_NO_OWNER', district, { district });
    return { district, owner_url: owner, this_instance: app.cloud.ownership.owns(district) };
  });
};
