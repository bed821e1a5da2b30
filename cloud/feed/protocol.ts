// The feed protocol's client side as values: what a client frame may say, checked without
// trusting it. Pure: no sockets, no store.
import { ID_PATTERN } from '../../proto/index.js';
import type { ErrorCode, FeedErrorCode } from '../errors.js';
import type { FeedLimits } from './limits.js';

export { FEED_ERRORS, type FeedErrorCode } from '../errors.js';
/** HTTP answer to an upgrade from an address that has too many feed connections (in cloud/errors.ts). */
export const FF_ERR_FEED_TOO_MANY_CONNECTIONS: ErrorCode = 'FF_ERR_FEED_TOO_MANY_CONNECTIONS';

/** WebSocket close codes the feed uses (4000-4999: application). */
export const CLOSE = {
  goingAway: 1001,
  policy: 1008,
  slowConsumer: 4008,
} as const;

export interface AreaRequest {
  lat: number;
  lon: number;
  radiusM: number;
}

export interface SubscribeRequest {
  districts: string[];
  areas: AreaRequest[];
  allDistricts: boolean;
  adminToken: string | undefined;
  resumeFrom: { epoch: string; position: number } | undefined;
}

export type ClientCommand =
  | { kind: 'subscribe'; requestId: string; subscribe: SubscribeRequest }
  | { kind: 'unsubscribe'; requestId: string }
  | { kind: 'ping'; requestId: string };

export type ParseResult = { ok: true; command: ClientCommand } | { ok: false; requestId: string; code: FeedErrorCode; detail: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** proto3 JSON accepts the lowerCamelCase name and the original field name. */
function field(o: Obj, camel: string, snake = camel): unknown {
  return o[camel] ?? o[snake];
}

class Invalid extends Error {
  constructor(readonly code: FeedErrorCode, detail: string) {
    super(detail);
  }
}

function str(v: unknown, name: string, max: number): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string' || v.length > max) throw new Invalid('FF_ERR_FEED_INVALID', `${name} must be a string of at most ${max} characters`);
  return v;
}

function num(v: unknown, name: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw new Invalid('FF_ERR_FEED_INVALID', `${name} must be a number in [${min}, ${max}]`);
  return v;
}

/** A uint64 position: a JSON number or (proto3 JSON's form for 64-bit) a decimal string. */
function position(v: unknown): number {
  const n = typeof v === 'string' && /^[0-9]{1,16}$/.test(v) ? Number(v) : v === undefined || v === null ? 0 : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new Invalid('FF_ERR_FEED_INVALID', 'resumeFrom.position must be a non-negative integer');
  return n;
}

function parseSubscribe(v: unknown, limits: FeedLimits): SubscribeRequest {
  if (!isObj(v)) throw new Invalid('FF_ERR_FEED_INVALID', 'subscribe must be an object');
  const rawDistricts = field(v, 'districts') ?? [];
  const rawAreas = field(v, 'areas') ?? [];
  if (!Array.isArray(rawDistricts) || !Array.isArray(rawAreas)) throw new Invalid('FF_ERR_FEED_INVALID', 'districts and areas must be arrays');
  if (rawDistricts.length + rawAreas.length > limits.maxSubscriptions) {
    throw new Invalid('FF_ERR_FEED_TOO_MANY_SUBSCRIPTIONS', `at most ${limits.maxSubscriptions} districts and areas together`);
  }
  const districts = rawDistricts.map((d, i) => {
    if (typeof d !== 'string' || !ID_PATTERN.test(d)) throw new Invalid('FF_ERR_FEED_INVALID', `districts[${i}] is not a district id`);
    return d;
  });
  const areas = rawAreas.map((a, i): AreaRequest => {
    if (!isObj(a)) throw new Invalid('FF_ERR_FEED_INVALID', `areas[${i}] must be an object`);
    return {
      lat: num(a.lat, `areas[${i}].lat`, -90, 90),
      lon: num(a.lon, `areas[${i}].lon`, -180, 180),
      radiusM: num(field(a, 'radiusM', 'radius_m'), `areas[${i}].radiusM`, 1, limits.maxRadiusM),
    };
  });
  const all = field(v, 'allDistricts', 'all_districts') ?? false;
  if (typeof all !== 'boolean') throw new Invalid('FF_ERR_FEED_INVALID', 'allDistricts must be a boolean');
  if (!all && districts.length + areas.length === 0) throw new Invalid('FF_ERR_FEED_INVALID', 'subscribe to at least one district or area (or allDistricts)');
  const token = str(field(v, 'adminToken', 'admin_token'), 'adminToken', 1024);
  const rawResume = field(v, 'resumeFrom', 'resume_from');
  let resumeFrom: SubscribeRequest['resumeFrom'];
  if (rawResume !== undefined && rawResume !== null) {
    if (!isObj(rawResume)) throw new Invalid('FF_ERR_FEED_INVALID', 'resumeFrom must be a cursor object');
    resumeFrom = { epoch: str(rawResume.epoch, 'resumeFrom.epoch', 100), position: position(rawResume.position) };
  }
  return { districts: [...new Set(districts)], areas, allDistricts: all, adminToken: token === '' ? undefined : token, resumeFrom };
}

/**
 * Checks an untrusted ClientMessage (parsed JSON, or a decoded protobuf as plain data).
 * Exactly one of subscribe / unsubscribe / ping.
 */
export function parseClientMessage(v: unknown, limits: FeedLimits): ParseResult {
  if (!isObj(v)) return { ok: false, requestId: '', code: 'FF_ERR_FEED_MALFORMED', detail: 'a ClientMessage is an object' };
  let requestId = '';
  try {
    requestId = str(field(v, 'requestId', 'request_id'), 'requestId', 64);
    const present = (['subscribe', 'unsubscribe', 'ping'] as const).filter((k) => v[k] !== undefined && v[k] !== null);
    const kind = present[0];
    if (kind === undefined || present.length > 1) throw new Invalid('FF_ERR_FEED_INVALID', 'exactly one of subscribe, unsubscribe, ping');
    switch (kind) {
      case 'subscribe':
        return { ok: true, command: { kind, requestId, subscribe: parseSubscribe(v.subscribe, limits) } };
      case 'unsubscribe':
      case 'ping':
        if (!isObj(v[kind])) throw new Invalid('FF_ERR_FEED_INVALID', `${kind} must be an object`);
        return { ok: true, command: { kind, requestId } };
      default: {
        const never: never = kind;
        throw new Error(`unhandled ${String(never)}`);
      }
    }
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, requestId, code: err.code, detail: err.message };
    throw err;
  }
}
