// The OpenAPI document of the HTTP API (GET /v1/openapi.json): each route declares its own
// answers in its schema; what every route can answer whatever its handler does (fastify's own
// refusals, a bug, the store) is added here, from the route's method and path.
import swagger from '@fastify/swagger';
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { ERRORS, FEED_UPGRADE_REQUIRED, type ErrorCode } from '../errors.js';
import { errorResponse } from './validation.js';

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

/** A response as a route schema declares it: a JSON schema with the description the document shows. */
interface DeclaredResponse {
  description?: string;
  [keyword: string]: unknown;
}
type Responses = Record<string, DeclaredResponse>;
const MIB = 1024 * 1024;

/** The methods whose bodies fastify reads (its `bodywith` methods that routes here use): a JSON body or none. */
const BODY_METHODS: ReadonlySet<string> = new Set<HTTPMethods>(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Declares that a route can answer `code` (with its status from cloud/errors.ts): as a new
 * error answer, or added to the meaning of the one the route declares for that status.
 */
function declare(responses: Responses, code: ErrorCode, when: string): void {
  const status = String(ERRORS[code].status);
  const said = `${code}: ${when}`;
  const had = responses[status];
  if (had === undefined) responses[status] = errorResponse(said);
  else if (!(had.description ?? '').includes(code)) responses[status] = { ...had, description: had.description === undefined ? said : `${had.description}; ${said}` };
}

/**
 * What a route can answer besides what its handler and schemas say (docs/api.md "Errors"):
 * fastify refuses a bad URL before the route runs, and a body before it is validated (too
 * large, not JSON, not `application/json`: even a route that reads no body gets it parsed);
 * cloud/app.ts answers any failure while the store is unavailable 503, and a bug 500.
 */
function frameworkAnswers(o: { method: string; url: string; bodyLimit: number; declared: Responses | undefined }): Responses {
  const responses: Responses = { ...o.declared };
  if (o.url.includes(':') || o.url.includes('{')) declare(responses, 'FF_ERR_HTTP_BAD_URL', 'a path parameter with bad percent-encoding, or over 100 characters');
  if (BODY_METHODS.has(o.method)) {
    declare(responses, 'FF_ERR_HTTP_MALFORMED_BODY', 'the body is not valid JSON, or not as long as its Content-Length');
    declare(responses, 'FF_ERR_HTTP_BODY_TOO_LARGE', `the body is over ${o.bodyLimit % MIB === 0 ? `${o.bodyLimit / MIB} MiB` : `${o.bodyLimit} bytes`}`);
    declare(responses, 'FF_ERR_HTTP_MEDIA_TYPE', 'a body whose Content-Type is not application/json (text/plain included)');
  }
  declare(responses, 'FF_ERR_STORE_UNAVAILABLE', 'the event store cannot commit or read right now (see /readyz): retry later');
  declare(responses, 'FF_ERR_INTERNAL', 'a bug (logged)');
  return responses;
}

/** The parts of an operation `optionalBodies` reads. */
interface OperationBody {
  requestBody?: { required?: boolean; content?: Record<string, { schema?: { required?: readonly string[] } }> };
}

/**
 * docs/api.md "Bodies": a route whose fields are all optional takes no body at all (or an empty
 * one) as `{}`. @fastify/swagger marks every declared body required; such a body is not.
 */
function optionalBodies<D extends { paths?: unknown }>(doc: D): D {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, OperationBody | undefined>>;
  for (const item of Object.values(paths)) {
    for (const op of Object.values(item)) {
      const body = op?.requestBody;
      if (body === undefined) continue;
      const schemas = Object.values(body.content ?? {});
      if (schemas.length > 0 && schemas.every((c) => (c.schema?.required ?? []).length === 0)) body.required = false;
    }
  }
  return doc;
}

/**
 * Registers @fastify/swagger and serves the document at /v1/openapi.json. @fastify/swagger
 * learns the routes from an onRoute hook, so it must sit in the root context before the other
 * plugins register theirs: fridges.ts calls it first, from a plugin marked skip-override, and
 * app.ts registers that before admin, catalog, reservations and feed.
 */
export async function openapi(app: FastifyInstance): Promise<void> {
  const bodyLimit = app.initialConfig.bodyLimit ?? MIB;
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
    transform: ({ schema, url, route }) => {
      const s = (schema ?? {}) as Record<string, unknown>;
      if (s.hide === true || !url.startsWith('/v1/')) return { schema, url };
      // Routes that name no tag are the admin plugin's, or the feed's: say so and how they authenticate.
      const tagged = s.tags !== undefined ? s
        : (route as { websocket?: boolean }).websocket === true || url === '/v1/feed' ? { ...feedRouteSchema, ...s }
        : { ...s, tags: ['admin'], security: [{ admin: [] }] };
      const methods = typeof route.method === 'string' ? [route.method] : route.method;
      // One answer list per route: a route of several methods reads a body if any of them does.
      const method = methods.find((m) => BODY_METHODS.has(m)) ?? methods[0] ?? 'GET';
      return { schema: { ...tagged, response: frameworkAnswers({ method, url, bodyLimit, declared: tagged.response as Responses | undefined }) }, url };
    },
    transformObject: (documents) => ('openapiObject' in documents ? optionalBodies(documents.openapiObject) : documents.swaggerObject),
  });
  app.get('/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
