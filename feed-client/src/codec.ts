// Frames in and out, in either encoding. A server frame is untrusted input: it is checked
// field by field into a typed ServerMessage (a wrong type is a value saying so, never an
// exception), proto3 defaults filled in where a field is absent (protobuf leaves zeros off the
// wire; JSON may too).
import '../../proto/protobuf-config.js'; // 64-bit fields as numbers; before the generated code
import { farmacy } from '../../proto/gen/feed.js';
import { EVENT_KINDS, type Cursor, type ErrorReply, type EventBodies, type EventKind, type ServerBodies, type FeedEncoding, type FeedEvent, type FridgeState, type MealStock, type SensorTemperature, type ServerMessage, type ServerMessageKind, type Snapshot, type Subscription, type Welcome } from './types.js';

const v1 = farmacy.feed.v1;

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

class Malformed extends Error {}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const absent = (v: unknown): boolean => v === undefined || v === null;

/**
 * Where a value sits in the message (`events.events[3].cursor.position`), kept as links and
 * spelled out only for an error: checking a frame builds no strings.
 */
interface Path {
  readonly up: Path | undefined;
  readonly key: string | number;
}
const at = (up: Path | undefined, key: string | number): Path => ({ up, key });
function spell(up: Path | undefined, key: string | number): string {
  const head = up === undefined ? '' : spell(up.up, up.key);
  return typeof key === 'number' ? `${head}[${key}]` : head === '' ? key : `${head}.${key}`;
}
/** `what` follows the path: ' is not a string', ': none of ...'. */
function fail(up: Path | undefined, key: string | number, what: string): never {
  throw new Malformed(`${spell(up, key)}${what}`);
}

function obj(v: unknown, up: Path | undefined, key: string | number): Obj {
  if (absent(v)) return {};
  if (!isObj(v)) fail(up, key, ' is not an object');
  return v;
}
function str(v: unknown, up: Path | undefined, key: string | number): string {
  if (absent(v)) return '';
  if (typeof v !== 'string') fail(up, key, ' is not a string');
  return v;
}
function bool(v: unknown, up: Path | undefined, key: string): boolean {
  if (absent(v)) return false;
  if (typeof v !== 'boolean') fail(up, key, ' is not a boolean');
  return v;
}
/** An integer; proto3 JSON may write a 64-bit one as a decimal string. */
function int(v: unknown, up: Path | undefined, key: string): number {
  if (absent(v)) return 0;
  const n = typeof v === 'string' && /^-?[0-9]{1,16}$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) fail(up, key, ' is not an integer');
  return n;
}
function num(v: unknown, up: Path | undefined, key: string): number {
  if (absent(v)) return 0;
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(up, key, ' is not a number');
  return v;
}
function list<T>(v: unknown, up: Path | undefined, key: string, each: (x: unknown, up: Path, i: number) => T): T[] {
  if (absent(v)) return [];
  if (!Array.isArray(v)) fail(up, key, ' is not a list');
  const here = at(up, key);
  const out: T[] = new Array<T>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = each(v[i], here, i);
  return out;
}

function cursorOf(v: unknown, up: Path | undefined, key: string): Cursor | undefined {
  if (absent(v)) return undefined;
  const o = obj(v, up, key);
  const here = at(up, key);
  const position = int(o.position, here, 'position');
  if (position < 0) fail(here, 'position', ' is negative');
  return { epoch: str(o.epoch, here, 'epoch'), position };
}
function requiredCursor(v: unknown, up: Path | undefined, key: string): Cursor {
  const c = cursorOf(v, up, key);
  if (c === undefined) fail(up, key, ' is missing');
  return c;
}

function mealStockOf(v: unknown, up: Path, i: number): MealStock {
  const o = obj(v, up, i);
  const p = at(up, i);
  return { gtin: str(o.gtin, p, 'gtin'), onHand: int(o.onHand, p, 'onHand'), reserved: int(o.reserved, p, 'reserved'), available: int(o.available, p, 'available') };
}
function temperatureOf(v: unknown, up: Path, i: number): SensorTemperature {
  const o = obj(v, up, i);
  const p = at(up, i);
  return { sensor: int(o.sensor, p, 'sensor'), deciCelsius: int(o.deciCelsius, p, 'deciCelsius'), atMs: int(o.atMs, p, 'atMs') };
}
function fridgeOf(v: unknown, up: Path, i: number): FridgeState {
  const o = obj(v, up, i);
  const p = at(up, i);
  return {
    fridgeId: str(o.fridgeId, p, 'fridgeId'),
    district: str(o.district, p, 'district'),
    name: str(o.name, p, 'name'),
    lat: num(o.lat, p, 'lat'),
    lon: num(o.lon, p, 'lon'),
    online: bool(o.online, p, 'online'),
    stale: bool(o.stale, p, 'stale'),
    stock: list(o.stock, p, 'stock', mealStockOf),
    temperatures: list(o.temperatures, p, 'temperatures', temperatureOf),
  };
}

/** Each event body's fields, checked (one reader per oneof member). */
const BODY: { [K in EventKind]: (o: Obj, n: Path) => EventBodies[K] } = {
  stockUpdated: (o, n) => ({ gtin: str(o.gtin, n, 'gtin'), reason: str(o.reason, n, 'reason'), onHand: int(o.onHand, n, 'onHand'), reserved: int(o.reserved, n, 'reserved'), available: int(o.available, n, 'available'), delta: int(o.delta, n, 'delta') }),
  stockReserved: (o, n) => ({ reservationId: str(o.reservationId, n, 'reservationId'), gtin: str(o.gtin, n, 'gtin'), quantity: int(o.quantity, n, 'quantity'), expiresAtMs: int(o.expiresAtMs, n, 'expiresAtMs'), userId: str(o.userId, n, 'userId') }),
  stockCanceled: (o, n) => ({ reservationId: str(o.reservationId, n, 'reservationId'), gtin: str(o.gtin, n, 'gtin'), quantity: int(o.quantity, n, 'quantity'), reason: str(o.reason, n, 'reason'), userId: str(o.userId, n, 'userId') }),
  catalogUpdated: (o, n) => ({ catalogId: str(o.catalogId, n, 'catalogId'), version: int(o.version, n, 'version') }),
  fridgeOnline: () => ({}),
  fridgeOffline: (o, n) => ({ clean: bool(o.clean, n, 'clean') }),
  temperatureRecorded: (o, n) => ({ sensor: int(o.sensor, n, 'sensor'), deciCelsius: int(o.deciCelsius, n, 'deciCelsius') }),
  mealNearingExpiry: (o, n) => ({ epc: str(o.epc, n, 'epc'), gtin: str(o.gtin, n, 'gtin'), bestBeforeMs: int(o.bestBeforeMs, n, 'bestBeforeMs') }),
};

/** The one member of a oneof that is set (null is proto's "unset"; JSON leaves it out). */
function member<K extends string>(o: Obj, kinds: readonly K[], up: Path | undefined, key: string | number): K {
  let found: K | undefined;
  let count = 0;
  for (const k of kinds) {
    if (absent(o[k])) continue;
    found = k;
    count += 1;
  }
  if (count !== 1 || found === undefined) fail(up, key, count === 0 ? `: none of ${kinds.join(', ')}` : `: several of ${kinds.filter((k) => !absent(o[k])).join(', ')}`);
  return found;
}

function eventOf(v: unknown, up: Path | undefined, key: string | number): FeedEvent {
  const o = obj(v, up, key);
  const kind = member(o, EVENT_KINDS, up, key);
  const p = at(up, key);
  // Built in one shape per kind (a spread with a computed key cost as much as JSON.parse).
  const event: Record<string, unknown> = { cursor: requiredCursor(o.cursor, p, 'cursor'), district: str(o.district, p, 'district'), fridgeId: str(o.fridgeId, p, 'fridgeId'), occurredAtMs: int(o.occurredAtMs, p, 'occurredAtMs'), kind };
  event[kind] = BODY[kind](obj(o[kind], p, kind), at(p, kind));
  return event as unknown as FeedEvent; // the header, `kind` and its body: one member of the union
}

export const SERVER_MESSAGE_KINDS: readonly ServerMessageKind[] = ['welcome', 'snapshot', 'event', 'events', 'resumed', 'resync', 'error', 'pong', 'unsubscribed'];

const WELCOME = at(undefined, 'welcome');
const SNAPSHOT = at(undefined, 'snapshot');
const EVENTS = at(undefined, 'events');
const RESUMED = at(undefined, 'resumed');
const RESYNC = at(undefined, 'resync');
const ERROR = at(undefined, 'error');
const PONG = at(undefined, 'pong');
const UNSUBSCRIBED = at(undefined, 'unsubscribed');

/** Each server message body, checked (one reader per oneof member). */
const MESSAGE: { [K in ServerMessageKind]: (v: unknown) => ServerBodies[K] } = {
  welcome: (v): Welcome => {
    const o = obj(v, undefined, 'welcome');
    return {
      cursor: requiredCursor(o.cursor, WELCOME, 'cursor'),
      encoding: str(o.encoding, WELCOME, 'encoding'),
      maxMessageBytes: int(o.maxMessageBytes, WELCOME, 'maxMessageBytes'),
      maxSubscriptions: int(o.maxSubscriptions, WELCOME, 'maxSubscriptions'),
      heartbeatMs: int(o.heartbeatMs, WELCOME, 'heartbeatMs'),
      maxResumeEvents: int(o.maxResumeEvents, WELCOME, 'maxResumeEvents'),
    };
  },
  snapshot: (v): Snapshot => {
    const o = obj(v, undefined, 'snapshot');
    return { cursor: requiredCursor(o.cursor, SNAPSHOT, 'cursor'), fridges: list(o.fridges, SNAPSHOT, 'fridges', fridgeOf), districts: list(o.districts, SNAPSHOT, 'districts', str) };
  },
  event: (v) => eventOf(v, undefined, 'event'),
  events: (v) => {
    const o = obj(v, undefined, 'events');
    const events = list(o.events, EVENTS, 'events', eventOf);
    const cursor = cursorOf(o.cursor, EVENTS, 'cursor') ?? events[events.length - 1]?.cursor;
    if (cursor === undefined) throw new Malformed('events: no cursor and no events');
    return { cursor, events };
  },
  resumed: (v) => {
    const o = obj(v, undefined, 'resumed');
    return { cursor: requiredCursor(o.cursor, RESUMED, 'cursor'), replayed: int(o.replayed, RESUMED, 'replayed'), recovered: bool(o.recovered, RESUMED, 'recovered') };
  },
  resync: (v) => {
    const o = obj(v, undefined, 'resync');
    return { reason: str(o.reason, RESYNC, 'reason'), cursor: cursorOf(o.cursor, RESYNC, 'cursor') };
  },
  error: (v): ErrorReply => {
    const o = obj(v, undefined, 'error');
    return { code: str(o.code, ERROR, 'code'), message: str(o.message, ERROR, 'message') };
  },
  pong: (v) => ({ cursor: cursorOf(obj(v, undefined, 'pong').cursor, PONG, 'cursor') }),
  unsubscribed: (v) => ({ cursor: cursorOf(obj(v, undefined, 'unsubscribed').cursor, UNSUBSCRIBED, 'cursor') }),
};

/** A server message (parsed JSON or a decoded protobuf message), checked. */
export function readServerMessage(v: unknown): Decoded<ServerMessage> {
  try {
    const o = obj(v, undefined, 'message');
    const kind = member(o, SERVER_MESSAGE_KINDS, undefined, 'message');
    const requestId = str(o.requestId, undefined, 'requestId');
    return { ok: true, value: { kind, requestId, [kind]: MESSAGE[kind](o[kind]) } as ServerMessage };
  } catch (err) {
    if (err instanceof Malformed) return { ok: false, reason: err.message };
    throw err;
  }
}

const utf8 = new TextDecoder();

/** One server frame in the connection's encoding. */
export function decodeServerFrame(frame: string | Uint8Array, encoding: FeedEncoding): Decoded<ServerMessage> {
  if (encoding === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(typeof frame === 'string' ? frame : utf8.decode(frame));
    } catch (err) {
      return { ok: false, reason: `not JSON: ${err instanceof Error ? err.message : String(err)}` };
    }
    return readServerMessage(parsed);
  }
  if (typeof frame === 'string') return { ok: false, reason: 'a text frame on a protobuf connection' };
  let decoded: farmacy.feed.v1.ServerMessage;
  try {
    decoded = v1.ServerMessage.decode(frame);
  } catch (err) {
    return { ok: false, reason: `not a ServerMessage: ${err instanceof Error ? err.message : String(err)}` };
  }
  // A decoded message reads like its JSON form: fields by their camelCase names, unset oneof
  // members null, defaults on the prototype.
  return readServerMessage(decoded);
}

export interface SubscribeMessage {
  requestId: string;
  subscription: Subscription;
  resumeFrom: Cursor | undefined;
}

/** A client message (subscribe / unsubscribe / ping) as a frame. */
export function encodeClientMessage(m: { requestId: string; subscribe: SubscribeMessage } | { requestId: string; ping: true } | { requestId: string; unsubscribe: true }, encoding: FeedEncoding): string | Uint8Array {
  let msg: farmacy.feed.v1.ClientMessage.$Properties;
  if ('subscribe' in m) {
    const s = m.subscribe.subscription;
    const body: farmacy.feed.v1.Subscribe.$Properties = s.allDistricts === true ? { allDistricts: true, ...(s.adminToken !== undefined ? { adminToken: s.adminToken } : {}) } : { districts: [...(s.districts ?? [])], areas: (s.areas ?? []).map((a) => ({ lat: a.lat, lon: a.lon, radiusM: a.radiusM })) };
    if (m.subscribe.resumeFrom !== undefined) body.resumeFrom = { epoch: m.subscribe.resumeFrom.epoch, position: m.subscribe.resumeFrom.position };
    msg = { requestId: m.requestId, subscribe: body };
  } else if ('ping' in m) msg = { requestId: m.requestId, ping: {} };
  else msg = { requestId: m.requestId, unsubscribe: {} };
  return encoding === 'json' ? JSON.stringify(msg) : v1.ClientMessage.encode(msg).finish();
}

/** A server message as a frame (for fakes in tests and for servers written against this library). */
export function encodeServerMessage(m: farmacy.feed.v1.ServerMessage.$Properties, encoding: FeedEncoding): string | Uint8Array {
  return encoding === 'json' ? JSON.stringify(m) : v1.ServerMessage.encode(m).finish();
}
