import type { FastifyPluginAsync } from 'fastify';
import { topics } from '../../proto/index.js';
import { ApiError, rejectionError } from '../errors.js';
import { hashCredential, newCredential } from '../registry/credentials.js';
import { FridgeExists } from '../store/index.js';
import { adminSchemas, fridgeOr404 } from './admin-common.js';
import { requireOwner } from './owners.js';
import { adminAuthErrors, errorResponse, ownerErrors, validationError } from './validation.js';

const { id } = adminSchemas;

/** The answer of a registration (201) and of a credential rotation: how the fridge connects. */
const credentialSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    district: { type: 'string' },
    mqtt: {
      type: 'object',
      properties: {
        username: { type: 'string' },
        password: { type: 'string', description: 'shown once' },
        client_id: { type: 'string' },
        topics: { type: 'object', properties: { batch: { type: 'string' }, status: { type: 'string' }, ack: { type: 'string' }, cmd: { type: 'string' } } },
      },
    },
    note: { type: 'string' },
  },
} as const;
/** A command sent to the fridge over MQTT (202: it is on its way, not yet carried out). */
const commandSentSchema = { type: 'object', properties: { command_id: { type: 'string' } } } as const;
const fridgeUnknown = errorResponse('FF_ERR_FRIDGE_UNKNOWN');
const location = { type: 'object', properties: { lat: { type: 'number' }, lon: { type: 'number' } } } as const;
/** A fridge of the registry with its presence (GET /v1/admin/fridges): the fields in the order they are built. */
const registeredFridgeSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    district: { type: 'string' },
    name: { type: 'string' },
    location,
    enabled: { type: 'boolean' },
    online: { type: 'boolean', description: 'connected to the broker now' },
    // Answered as the store keeps them (any field kept), or null before the fridge's first status and batch.
    status: { type: ['object', 'null'], additionalProperties: true, description: 'the fridge_status projection: online, stale, epoch, changedAt (ms); null before the first status' },
    cursor: { type: ['object', 'null'], additionalProperties: true, description: 'the ingest cursor: epoch, committedSeq; null before the first batch' },
  },
} as const;
/**
 * The optional body of a clearing. Documentation only: the handler checks `by` itself (its
 * message is the API's), and any other body is taken as none, as before the schema.
 */
const clearExcursionBody = {
  type: 'object',
  description: 'optional: who cleared it, for the temperature log (docs/api.md "Reports"); without it, admin',
  properties: { by: { type: 'string', minLength: 1, maxLength: 100 } },
} as const;

/** Admin: the fridge registry (register, list, rotate a credential, enable) and commands to a fridge. */
export const adminFridgesPlugin: FastifyPluginAsync = async (app) => {
  const { registry, eventStore, readModel, commands, fridges, log } = app.cloud;
  const now = (): number => app.cloud.now();
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
      response: { 201: { ...credentialSchema, description: 'registered: its MQTT credential' }, 400: validationError, ...adminAuthErrors, 409: errorResponse('FF_ERR_FRIDGE_EXISTS') },
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

  app.get('/v1/admin/fridges', {
    schema: { response: { 200: { type: 'array', description: 'every registered fridge, with its presence', items: registeredFridgeSchema }, ...adminAuthErrors } },
  }, async () =>
    Promise.all(
      (await registry.listFridges()).map(async (f) => ({ id: f.id, district: f.district, name: f.name, location: { lat: f.lat, lon: f.lon }, enabled: f.enabled, online: fridges.isOnline(f.id), status: (await readModel.statusOf(f.id)) ?? null, cursor: (await eventStore.getCursor(f.id)) ?? null })),
    ),
  );

  app.post<{ Params: { id: string } }>('/v1/fridges/:id/credential', {
    schema: { response: { 200: { ...credentialSchema, description: 'a new MQTT credential: the old one no longer connects, and its session is closed' }, ...adminAuthErrors, 404: fridgeUnknown } },
  }, async (req) => {
    const f = await fridgeOr404(app, req.params.id);
    const password = newCredential();
    await registry.setCredential(f.id, hashCredential(password), now());
    app.cloud.disconnectFridge(f.id); // the old credential's session ends now
    log.info({ fridgeId: f.id }, 'fridge credential rotated');
    return credentialAnswer(f, password);
  });

  app.patch<{ Params: { id: string }; Body: { enabled: boolean } }>('/v1/fridges/:id', {
    schema: {
      body: { type: 'object', required: ['enabled'], additionalProperties: false, properties: { enabled: { type: 'boolean' } } },
      response: {
        200: { type: 'object', description: 'enabled or disabled (a disabled fridge is disconnected and cannot connect)', properties: { id: { type: 'string' }, enabled: { type: 'boolean' } } },
        400: validationError,
        ...adminAuthErrors,
        404: fridgeUnknown,
      },
    },
  }, async (req) => {
    const f = await fridgeOr404(app, req.params.id);
    await registry.setEnabled(f.id, req.body.enabled);
    if (!req.body.enabled) app.cloud.disconnectFridge(f.id);
    log.info({ fridgeId: f.id, enabled: req.body.enabled }, 'fridge enabled state changed');
    return { id: f.id, enabled: req.body.enabled };
  });

  app.post<{ Params: { id: string } }>('/v1/fridges/:id/snapshot', {
    schema: {
      response: {
        202: { ...commandSentSchema, description: 'RequestSnapshot sent to the fridge' },
        ...adminAuthErrors,
        404: fridgeUnknown,
        ...ownerErrors,
      },
    },
  }, async (req, reply) => {
    const f = await fridgeOr404(app, req.params.id);
    await requireOwner(app.cloud, f.district);
    return reply.code(202).send({ command_id: fridges.requestSnapshot(f.district, f.id, 'admin') });
  });

  app.post<{ Params: { id: string }; Body: { seconds: number } }>('/v1/fridges/:id/unlock', {
    schema: {
      body: { type: 'object', required: ['seconds'], additionalProperties: false, properties: { seconds: { type: 'integer', minimum: 1, maximum: 300 } } },
      response: { 202: { ...commandSentSchema, description: 'UnlockDoor sent to the fridge' }, 400: validationError, ...adminAuthErrors, 404: fridgeUnknown },
    },
  }, async (req, reply) => {
    const f = await fridgeOr404(app, req.params.id);
    return reply.code(202).send({ command_id: fridges.unlock(f.district, f.id, req.body.seconds) });
  });

  app.post<{ Params: { id: string }; Body: { by?: unknown } | undefined }>('/v1/fridges/:id/clear-excursion', {
    schema: {
      body: clearExcursionBody,
      response: {
        200: { type: 'object', description: 'cleared: the events committed', properties: { events: { type: 'array', items: { type: 'string' } } } },
        400: errorResponse('FF_ERR_VALIDATION: body.by is not a name of 1 to 100 characters'),
        ...adminAuthErrors,
        404: fridgeUnknown,
        409: errorResponse('FF_ERR_DOMAIN_REJECTED: no_active_excursion, temperature_still_above_safe, or unknown_fridge (never online)'),
      },
    },
    // The body schema is the document's: nothing is validated against it (see clearExcursionBody).
    validatorCompiler: () => () => true,
  }, async (req) => {
    const f = await fridgeOr404(app, req.params.id);
    // Optional {"by": "<operator>"}: who cleared it, in the temperature log (issue 14 item 3).
    const by = req.body?.by;
    if (by !== undefined && (typeof by !== 'string' || by.length === 0 || by.length > 100)) throw new ApiError('FF_ERR_VALIDATION', 'body.by must be a name of 1 to 100 characters');
    const r = await commands.handle(f.district, { type: 'ClearTemperatureExcursion', fridgeId: f.id, ...(by !== undefined ? { by } : {}) });
    if (!r.ok) throw rejectionError('ClearTemperatureExcursion', r.reason, f.id);
    return { events: r.events.map((e) => e.event.type) };
  });
};
