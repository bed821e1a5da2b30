import type { FastifySchemaValidationError } from 'fastify';
import type { SchemaErrorDataVar, SchemaErrorFormatter } from 'fastify/types/schema.js';
import { ID_PATTERN } from '../../proto/index.js';
import { ApiError } from '../errors.js';

/**
 * Validation messages that say which parameter is wrong and why ("querystring.lat must be <=
 * 90", "querystring: unknown parameter radius"). fastify's ajv removes unknown properties
 * under `additionalProperties: false` instead of refusing them, so the client schemas list
 * their names with `propertyNames` and a misspelt parameter is a 400, not silently ignored.
 * `combinators` names what a failed anyOf/oneOf at a schema path means.
 */
export function schemaErrors(combinators: Record<string, string> = {}): SchemaErrorFormatter {
  return (errors: FastifySchemaValidationError[], dataVar: SchemaErrorDataVar) => new Error(describe(errors, dataVar, combinators));
}

function describe(errors: FastifySchemaValidationError[], dataVar: string, combinators: Record<string, string>): string {
  const names = errors.find((e) => e.keyword === 'propertyNames');
  if (names !== undefined) return `${dataVar}: unknown parameter ${String(names.params.propertyName)}`;
  const combined = errors.find((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  if (combined !== undefined) return `${where(dataVar, combined)}: ${combinators[combined.schemaPath] ?? `must match one of its alternatives`}`;
  const e = errors[0];
  if (e === undefined) return `${dataVar}: invalid`;
  switch (e.keyword) {
    case 'required':
      return `${where(dataVar, e)}: ${String(e.params.missingProperty)} is required`;
    case 'dependencies':
    case 'dependentRequired':
      return `${where(dataVar, e)}: ${String(e.params.missingProperty)} is required with ${String(e.params.property)}`;
    case 'additionalProperties':
      return `${where(dataVar, e)}: unknown property ${String(e.params.additionalProperty)}`;
    case 'enum':
      return `${where(dataVar, e)} must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`;
    default:
      return `${where(dataVar, e)} ${e.message ?? 'is invalid'}`;
  }
}

const where = (dataVar: string, e: FastifySchemaValidationError): string =>
  e.instancePath === '' ? dataVar : `${dataVar}.${e.instancePath.slice(1).replaceAll('/', '.')}`;

/** Shared JSON schemas of the client API. */
export const schemas = {
  id: { type: 'string', pattern: ID_PATTERN.source },
  gtin: { type: 'string', pattern: '^[0-9]{14}$', description: 'GTIN-14 of the meal product (its GS1 check digit is verified)' },
  userId: { type: 'string', minLength: 1, maxLength: 100 },
  lat: { type: 'number', minimum: -90, maximum: 90, description: 'WGS 84 latitude, degrees (finite)' },
  lon: { type: 'number', minimum: -180, maximum: 180, description: 'WGS 84 longitude, degrees (finite)' },
  location: {
    type: 'object',
    required: ['lat', 'lon'],
    properties: { lat: { type: 'number' }, lon: { type: 'number' } },
  },
  error: {
    type: 'object',
    required: ['error', 'message'],
    properties: {
      error: { type: 'string', description: 'FF_ERR_* code (cloud/errors.ts)' },
      message: { type: 'string' },
      district: { type: 'string', description: 'FF_ERR_NOT_OWNER, FF_ERR_NO_OWNER: the district asked about' },
      owner_url: { type: 'string', description: 'FF_ERR_NOT_OWNER: the instance that ingests the district; send the request there' },
      retry_after_s: { type: 'integer', description: 'FF_ERR_RATE_LIMITED: the seconds in Retry-After' },
    },
  },
} as const;

/** An error answer of a route, with what the route means by it (for the OpenAPI document). */
export const errorResponse = (description: string) => ({ ...schemas.error, description });

/** What a route that takes the admin token answers when it is missing or wrong (docs/api.md "Rate limits"). */
export const adminAuthErrors = {
  401: errorResponse('FF_ERR_AUTH_MISSING, FF_ERR_AUTH_INVALID: the admin token is required'),
  429: errorResponse('FF_ERR_RATE_LIMITED: too many wrong admin tokens from this address (admin_auth); Retry-After'),
} as const;

/** The 400 of a route whose schema checks its path, query or body: the message names what is wrong. */
export const validationError = errorResponse('FF_ERR_VALIDATION: a path parameter, the query or the body breaks the route\'s schema (the message names it)');

/** The 400 of a search area (catalog, fridge search). */
export const scopeRefused = errorResponse('FF_ERR_VALIDATION: no district nor lat/lon, a parameter out of range or not finite, an unknown parameter');

/** A client read that finds the read lane (or the read worker) full (docs/api.md). */
export const readsBusy = errorResponse('FF_ERR_READS_BUSY: more than 2,000 reads waiting; Retry-After: 1');

/**
 * What a command of a district answers at an instance that does not ingest it (docs/api.md
 * "Several instances"; owners.ts `requireOwner`).
 */
export const ownerErrors = {
  421: errorResponse('FF_ERR_NOT_OWNER: another instance ingests the district (district, owner_url): send it there'),
  503: errorResponse('FF_ERR_NO_OWNER: no instance owns the district right now (a takeover, about a second): retry'),
} as const;

/** A search area: a district, or a point and a radius (or both: the district's fridges near the point). */
export const MAX_RADIUS_KM = 50;
export const DEFAULT_RADIUS_KM = 5;
export interface ScopeQuery {
  district?: string;
  lat?: number;
  lon?: number;
  radius_km?: number;
}
export const scopeQuerySchema = {
  type: 'object',
  propertyNames: { enum: ['district', 'lat', 'lon', 'radius_km'] },
  properties: {
    district: { ...schemas.id, description: 'district id' },
    lat: schemas.lat,
    lon: schemas.lon,
    radius_km: { type: 'number', exclusiveMinimum: 0, maximum: MAX_RADIUS_KM, description: `search radius around lat/lon in km, finite (default ${DEFAULT_RADIUS_KM})` },
  },
  dependencies: { lat: ['lon'], lon: ['lat'], radius_km: ['lat', 'lon'] },
  // lat alone passes here so that the dependencies above name what is missing.
  anyOf: [{ required: ['district'] }, { required: ['lat'] }],
} as const;
export const scopeQueryErrors = schemaErrors({ '#/anyOf': 'give district, or lat and lon (with radius_km)' });

/**
 * The ranges of a scope query, checked again after the schema: fastify's ajv turns
 * `Infinity`, `-Infinity` and `1e999` in a query string into infinite numbers and, under the
 * schema's anyOf, lets them past minimum/maximum (issue 11 item 16: the catalog answered every
 * fridge of every district, the fridge search a 500).
 */
export function requireFiniteScope(q: ScopeQuery): void {
  const ranges: Array<[keyof ScopeQuery, number | undefined, number, number, boolean]> = [
    ['lat', q.lat, -90, 90, false],
    ['lon', q.lon, -180, 180, false],
    ['radius_km', q.radius_km, 0, MAX_RADIUS_KM, true],
  ];
  for (const [name, v, min, max, exclusiveMin] of ranges) {
    if (v === undefined) continue;
    if (!Number.isFinite(v) || v > max || (exclusiveMin ? v <= min : v < min)) {
      throw new ApiError('FF_ERR_VALIDATION', `querystring.${name} must be a finite number in ${exclusiveMin ? '(' : '['}${min}, ${max}]`);
    }
  }
}

/** GS1 General Specifications 7.9: the mod-10 check digit of a GTIN-14 (weights 3,1,3,... from the left). */
export function gtinCheckDigitOk(gtin: string): boolean {
  if (!/^[0-9]{14}$/.test(gtin)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(gtin[i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(gtin[13]);
}

/** A GTIN-14 whose check digit is wrong names no product: 400 (issue 11 item 17). */
export function requireGtin(where: string, gtin: string): void {
  if (!gtinCheckDigitOk(gtin)) throw new ApiError('FF_ERR_VALIDATION', `${where} "${gtin}" is not a GTIN-14 with a valid GS1 check digit`);
}
