import type { FastifyPluginAsync } from 'fastify';
import { decodeEpc } from '../domain/index.js';
import { ApiError } from '../errors.js';
import type { TagInput } from '../store/index.js';
import { adminSchemas, fridgeOr404 } from './admin-common.js';
import { requireOwner } from './owners.js';
import { adminAuthErrors, errorResponse, ownerErrors, requireGtin } from './validation.js';

const { id, gtin, epc } = adminSchemas;
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

/** A meal as registered (PUT and GET /v1/meals): answered as kept, every field. */
const mealSchema = {
  type: 'object',
  additionalProperties: true,
  description: 'gtin and the facts given: name, description, nutrition, allergens, price, nominal_weight_g',
} as const;

/** Admin: the meal catalog and the kitchen's packing records (tags). */
export const adminCatalogPlugin: FastifyPluginAsync = async (app) => {
  const { registry, eventStore, commands, registryChanged, ownership } = app.cloud;
  const now = (): number => app.cloud.now();

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
      response: {
        // gtin first, then the body's fields as sent.
        200: { ...mealSchema, properties: { gtin }, description: 'registered (or its facts replaced): the gtin and the body as sent' },
        400: errorResponse('FF_ERR_VALIDATION: the gtin (its check digit too) or the body'),
        ...adminAuthErrors,
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
    for (const d of await eventStore.districts()) if (ownership.owns(d)) await commands.handle(d, { type: 'RefreshMealFacts', gtin: g });
    return { gtin: g, ...body };
  });

  app.get('/v1/meals', {
    schema: { response: { 200: { type: 'array', description: 'every registered meal, by gtin', items: mealSchema }, ...adminAuthErrors } },
  }, async () => registry.listMeals());

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
      response: {
        201: {
          type: 'object',
          description: 'the packing records registered; with fridge_id, the personal orders dispatched to that fridge',
          properties: { registered: { type: 'integer' }, dispatched_orders: { type: 'array', items: { type: 'string' } } },
        },
        400: errorResponse('FF_ERR_VALIDATION: the body, a gtin\'s check digit, a best_before that is no instant, order_id without user_id; FF_ERR_TAG_GTIN: an EPC that is no SGTIN-96 without a gtin'),
        ...adminAuthErrors,
        404: errorResponse('FF_ERR_FRIDGE_UNKNOWN: fridge_id'),
        // Dispatching personal orders is a command of the fridge's district.
        ...ownerErrors,
      },
    },
  }, async (req, reply) => {
    const { tags, fridge_id: fridgeId } = req.body;
    const fridge = fridgeId === undefined ? undefined : await fridgeOr404(app, fridgeId);
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

};
