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

function obj(v: unknown, name: string): Obj {
  if (absent(v)) return {};
  if (!isObj(v)) throw new Malformed(`${name} is not an object`);
  return v;
}
function str(v: unknown, name: string): string {
  if (absent(v)) return '';
  if (typeof v !== 'string') throw new Malformed(`${name} is not a string`);
  return v;
}
function bool(v: unknown, name: string): boolean {
  if (absent(v)) return false;
  if (typeof v !== 'boolean') throw new Malformed(`${name} is not a boolean`);
  return v;
}
/** An integer; proto3 JSON may write a 64-bit one as a decimal string. */
function int(v: unknown, name: string): number {
  if (absent(v)) return 0;
  const n = typeof v === 'string' && /^-?[0-9]{1,16}$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw new Malformed(`${name} is not an integer`);
  return n;
}
function num(v: unknown, name: string): number {
  if (absent(v)) return 0;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Malformed(`${name} is not a number`);
  return v;
}
function list<T>(v: unknown, name: string, each: (x: unknown, name: string) => T): T[] {
  if (absent(v)) return [];
  if (!Array.isArray(v)) throw new Malformed(`${name} is not a list`);
  return v.map((x, i) => each(x, `${name}[${i}]`));
}

function cursorOf(v: unknown, name: string): Cursor | undefined {
  if (absent(v)) return undefined;
  const o = obj(v, name);
  const position = int(o.position, `${name}.position`);
  if (position < 0) throw new Malformed(`${name}.position is negative`);
  return { epoch: str(o.epoch, `${name}.epoch`), position };
}
function requiredCursor(v: unknown, name: string): Cursor {
  const c = cursorOf(v, name);
  if (c === undefined) throw new Malformed(`${name} is missing`);
  return c;
}

function mealStockOf(v: unknown, name: string): MealStock {
  const o = obj(v, name);
  return { gtin: str(o.gtin, `${name}.gtin`), onHand: int(o.onHand, `${name}.onHand`), reserved: int(o.reserved, `${name}.reserved`), available: int(o.available, `${name}.available`) };
}
function temperatureOf(v: unknown, name: string): SensorTemperature {
  const o = obj(v, name);
  return { sensor: int(o.sensor, `${name}.sensor`), deciCelsius: int(o.deciCelsius, `${name}.deciCelsius`), atMs: int(o.atMs, `${name}.atMs`) };
}
function fridgeOf(v: unknown, name: string): FridgeState {
  const o = obj(v, name);
  return {
    fridgeId: str(o.fridgeId, `${name}.fridgeId`),
    district: str(o.district, `${name}.district`),
    name: str(o.name, `${name}.name`),
    lat: num(o.lat, `${name}.lat`),
    lon: num(o.lon, `${name}.lon`),
    online: bool(o.online, `${name}.online`),
    stale: bool(o.stale, `${name}.stale`),
    stock: list(o.stock, `${name}.stock`, mealStockOf),
    temperatures: list(o.temperatures, `${name}.temperatures`, temperatureOf),
  };
}

/** Each event body's fields, checked (one reader per oneof member). */
const BODY: { [K in EventKind]: (o: Obj, name: string) => EventBodies[K] } = {
  stockUpdated: (o, n) => ({ gtin: str(o.gtin, `${n}.gtin`), reason: str(o.reason, `${n}.reason`), onHand: int(o.onHand, `${n}.onHand`), reserved: int(o.reserved, `${n}.reserved`), available: int(o.available, `${n}.available`), delta: int(o.delta, `${n}.delta`) }),
  stockReserved: (o, n) => ({ reservationId: str(o.reservationId, `${n}.reservationId`), gtin: str(o.gtin, `${n}.gtin`), quantity: int(o.quantity, `${n}.quantity`), expiresAtMs: int(o.expiresAtMs, `${n}.expiresAtMs`), userId: str(o.userId, `${n}.userId`) }),
  stockCanceled: (o, n) => ({ reservationId: str(o.reservationId, `${n}.reservationId`), gtin: str(o.gtin, `${n}.gtin`), quantity: int(o.quantity, `${n}.quantity`), reason: str(o.reason, `${n}.reason`), userId: str(o.userId, `${n}.userId`) }),
  catalogUpdated: (o, n) => ({ catalogId: str(o.catalogId, `${n}.catalogId`), version: int(o.version, `${n}.version`) }),
  fridgeOnline: () => ({}),
  fridgeOffline: (o, n) => ({ clean: bool(o.clean, `${n}.clean`) }),
  temperatureRecorded: (o, n) => ({ sensor: int(o.sensor, `${n}.sensor`), deciCelsius: int(o.deciCelsius, `${n}.deciCelsius`) }),
  mealNearingExpiry: (o, n) => ({ epc: str(o.epc, `${n}.epc`), gtin: str(o.gtin, `${n}.gtin`), bestBeforeMs: int(o.bestBeforeMs, `${n}.bestBeforeMs`) }),
};

/** The one member of a oneof that is set (null is proto's "unset"; JSON leaves it out). */
function member<K extends string>(o: Obj, kinds: readonly K[], name: string): K {
  const set = kinds.filter((k) => !absent(o[k]));
  if (set.length !== 1) throw new Malformed(set.length === 0 ? `${name}: none of ${kinds.join(', ')}` : `${name}: several of ${set.join(', ')}`);
  return set[0] as K;
}

function eventOf(v: unknown, name: string): FeedEvent {
  const o = obj(v, name);
  const kind = member(o, EVENT_KINDS, name);
  const header = { cursor: requiredCursor(o.cursor, `${name}.cursor`), district: str(o.district, `${name}.district`), fridgeId: str(o.fridgeId, `${name}.fridgeId`), occurredAtMs: int(o.occurredAtMs, `${name}.occurredAtMs`) };
  const body = BODY[kind](obj(o[kind], `${name}.${kind}`), `${name}.${kind}`);
  return { ...header, kind, [kind]: body } as FeedEvent;
}

export const SERVER_MESSAGE_KINDS: readonly ServerMessageKind[] = ['welcome', 'snapshot', 'event', 'events', 'resumed', 'resync', 'error', 'pong', 'unsubscribed'];

/** Each server message body, checked (one reader per oneof member). */
const MESSAGE: { [K in ServerMessageKind]: (v: unknown) => ServerBodies[K] } = {
  welcome: (v): Welcome => {
    const o = obj(v, 'welcome');
    return {
      cursor: requiredCursor(o.cursor, 'welcome.cursor'),
      encoding: str(o.encoding, 'welcome.encoding'),
      maxMessageBytes: int(o.maxMessageBytes, 'welcome.maxMessageBytes'),
      maxSubscriptions: int(o.maxSubscriptions, 'welcome.maxSubscriptions'),
      heartbeatMs: int(o.heartbeatMs, 'welcome.heartbeatMs'),
      maxResumeEvents: int(o.maxResumeEvents, 'welcome.maxResumeEvents'),
    };
  },
  snapshot: (v): Snapshot => {
    const o = obj(v, 'snapshot');
    return { cursor: requiredCursor(o.cursor, 'snapshot.cursor'), fridges: list(o.fridges, 'snapshot.fridges', fridgeOf), districts: list(o.districts, 'snapshot.districts', str) };
  },
  event: (v) => eventOf(v, 'event'),
  events: (v) => {
    const o = obj(v, 'events');
    const events = list(o.events, 'events.events', eventOf);
    const cursor = cursorOf(o.cursor, 'events.cursor') ?? events[events.length - 1]?.cursor;
    if (cursor === undefined) throw new Malformed('events: no cursor and no events');
    return { cursor, events };
  },
  resumed: (v) => {
    const o = obj(v, 'resumed');
    return { cursor: requiredCursor(o.cursor, 'resumed.cursor'), replayed: int(o.replayed, 'resumed.replayed'), recovered: bool(o.recovered, 'resumed.recovered') };
  },
  resync: (v) => {
    const o = obj(v, 'resync');
    return { reason: str(o.reason, 'resync.reason'), cursor: cursorOf(o.cursor, 'resync.cursor') };
  },
  error: (v): ErrorReply => {
    const o = obj(v, 'error');
    return { code: str(o.code, 'error.code'), message: str(o.message, 'error.message') };
  },
  pong: (v) => ({ cursor: cursorOf(obj(v, 'pong').cursor, 'pong.cursor') }),
  unsubscribed: (v) => ({ cursor: cursorOf(obj(v, 'unsubscribed').cursor, 'unsubscribed.cursor') }),
};

/** A server message (parsed JSON or a decoded protobuf message), checked. */
export function readServerMessage(v: unknown): Decoded<ServerMessage> {
  try {
    const o = obj(v, 'message');
    const kind = member(o, SERVER_MESSAGE_KINDS, 'message');
    const requestId = str(o.requestId, 'requestId');
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
