// A district's state as text and back: what a district snapshot holds (cloud/core/snapshots.ts),
// so that a district is restored from its last snapshot and the events after it instead of
// folding its whole history. Exact: every Map and Set keeps its order (reservations are kept
// oldest first, and decisions read items in insertion order), so that the restored state
// decides exactly as the folded one. Pure: no I/O.
import type { PersonalOrder, WithdrawalReason } from './events.js';
import { newFridgeState, type Counts, type DistrictState, type Excursion, type FridgeState, type Item, type Reservation, type SensorAbove } from './state.js';

/** The layout of the text below; the code that folds is versioned apart (snapshots.ts). */
export const STATE_FORMAT = 1;

interface FridgeText {
  id: string;
  epoch?: string;
  online: boolean;
  needsReconciliation: boolean;
  lastSnapshotAt?: number;
  items: Item[];
  counts: Array<[string, Counts]>;
  unknownTags: string[];
  sensorsAbove: Array<[number, SensorAbove]>;
  sensors: number[];
  excursion?: Excursion;
  unlockRequests: Array<[string, string]>;
  opener?: string;
}

/** An item with its fields always in one order (the text of a state does not depend on how it came about). */
const itemText = (i: Item): Item => ({
  epc: i.epc,
  gtin: i.gtin,
  ...(i.bestBeforeMs !== undefined ? { bestBeforeMs: i.bestBeforeMs } : {}),
  ...(i.personal !== undefined ? { personal: { orderId: i.personal.orderId, userId: i.personal.userId } } : {}),
  ...(i.withdrawn !== undefined ? { withdrawn: i.withdrawn } : {}),
  ...(i.nearing === true ? { nearing: true as const } : {}),
});

function fridgeText(f: FridgeState): string {
  const t: FridgeText = {
    id: f.fridgeId,
    ...(f.epoch !== undefined ? { epoch: f.epoch } : {}),
    online: f.online,
    needsReconciliation: f.needsReconciliation,
    ...(f.lastSnapshotAt !== undefined ? { lastSnapshotAt: f.lastSnapshotAt } : {}),
    items: [...f.items.values()].map(itemText),
    counts: [...f.counts],
    unknownTags: [...f.unknownTags],
    sensorsAbove: [...f.sensorsAbove],
    sensors: [...f.sensors],
    ...(f.excursion !== undefined ? { excursion: f.excursion } : {}),
    unlockRequests: [...f.unlockRequests],
    ...(f.opener !== undefined ? { opener: f.opener } : {}),
  };
  return JSON.stringify(t);
}

/** Holders written (and read) this many to a line. */
const HOLDERS_PER_LINE = 5_000;

/**
 * The state as text, one line per piece: a header, each fridge, the reservations, the holders
 * in lines of 5,000. `breathe` is called between lines and may yield the event loop (a
 * promise), so that a large district is written (and read, stateFromText) without holding
 * it. Give it a state that does not change meanwhile (forkState's `frozen`).
 */
export async function stateText(s: DistrictState, breathe: () => Promise<void> | undefined = () => undefined): Promise<string> {
  const lines = [JSON.stringify({ format: STATE_FORMAT, district: s.district, catalogVersion: s.catalogVersion, fridges: s.fridges.size })];
  for (const f of s.fridges.values()) {
    await breathe();
    lines.push(fridgeText(f));
  }
  await breathe();
  lines.push(JSON.stringify([...s.reservations.values()]));
  // A line at a time, not the whole map at once (100,000 holders: one stretch of ~15 ms).
  let chunk: Array<[string, string]> = [];
  for (const holder of s.holders) {
    chunk.push(holder);
    if (chunk.length < HOLDERS_PER_LINE) continue;
    await breathe();
    lines.push(JSON.stringify(chunk));
    chunk = [];
  }
  if (chunk.length > 0) {
    await breathe();
    lines.push(JSON.stringify(chunk));
  }
  return lines.join('\n');
}

/** The text is not a state this code wrote: the district is folded from its events instead. */
export class SnapshotUnreadable extends Error {
  constructor(why: string) {
    super(`district snapshot unreadable: ${why}`);
    this.name = 'SnapshotUnreadable';
  }
}

type Json = unknown;

const isObj = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function obj(v: Json, what: string): Record<string, Json> {
  if (!isObj(v)) throw new SnapshotUnreadable(`${what} is not an object`);
  return v;
}
function arr(v: Json, what: string): Json[] {
  if (!Array.isArray(v)) throw new SnapshotUnreadable(`${what} is not a list`);
  return v;
}
function str(v: Json, what: string): string {
  if (typeof v !== 'string') throw new SnapshotUnreadable(`${what} is not a string`);
  return v;
}
function num(v: Json, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new SnapshotUnreadable(`${what} is not a number`);
  return v;
}
function bool(v: Json, what: string): boolean {
  if (typeof v !== 'boolean') throw new SnapshotUnreadable(`${what} is not a boolean`);
  return v;
}
function opt<T>(v: Json, read: (v: Json, what: string) => T, what: string): T | undefined {
  return v === undefined ? undefined : read(v, what);
}
function pairs<K, V>(v: Json, key: (v: Json, what: string) => K, value: (v: Json, what: string) => V, what: string): Array<[K, V]> {
  return arr(v, what).map((p, i) => {
    const [k, val, ...rest] = arr(p, `${what}[${i}]`);
    if (rest.length > 0) throw new SnapshotUnreadable(`${what}[${i}] is not a pair`);
    return [key(k, `${what}[${i}] key`), value(val, `${what}[${i}] value`)];
  });
}

const WITHDRAWN: readonly WithdrawalReason[] = ['expired', 'temperature'];

function item(v: Json, what: string): Item {
  const o = obj(v, what);
  const bestBeforeMs = opt(o.bestBeforeMs, num, `${what}.bestBeforeMs`);
  const personal = opt(o.personal, (p, w): PersonalOrder => {
    const po = obj(p, w);
    return { orderId: str(po.orderId, `${w}.orderId`), userId: str(po.userId, `${w}.userId`) };
  }, `${what}.personal`);
  const withdrawn = opt(o.withdrawn, (w, ww) => {
    const r = WITHDRAWN.find((x) => x === w);
    if (r === undefined) throw new SnapshotUnreadable(`${ww} is not a withdrawal reason`);
    return r;
  }, `${what}.withdrawn`);
  if (o.nearing !== undefined && o.nearing !== true) throw new SnapshotUnreadable(`${what}.nearing is not true`);
  return {
    epc: str(o.epc, `${what}.epc`),
    gtin: str(o.gtin, `${what}.gtin`),
    ...(bestBeforeMs !== undefined ? { bestBeforeMs } : {}),
    ...(personal !== undefined ? { personal } : {}),
    ...(withdrawn !== undefined ? { withdrawn } : {}),
    ...(o.nearing === true ? { nearing: true as const } : {}),
  };
}

function counts(v: Json, what: string): Counts {
  const o = obj(v, what);
  return { onHand: num(o.onHand, `${what}.onHand`), personal: num(o.personal, `${what}.personal`), withdrawn: num(o.withdrawn, `${what}.withdrawn`), reserved: num(o.reserved, `${what}.reserved`) };
}

function above(v: Json, what: string): SensorAbove & Excursion {
  const o = obj(v, what);
  return { sinceMs: num(o.sinceMs, `${what}.sinceMs`), maxDeciCelsius: num(o.maxDeciCelsius, `${what}.maxDeciCelsius`) };
}

function fridge(v: Json, what: string): FridgeState {
  const o = obj(v, what);
  const f = newFridgeState(str(o.id, `${what}.id`));
  f.epoch = opt(o.epoch, str, `${what}.epoch`);
  f.online = bool(o.online, `${what}.online`);
  f.needsReconciliation = bool(o.needsReconciliation, `${what}.needsReconciliation`);
  f.lastSnapshotAt = opt(o.lastSnapshotAt, num, `${what}.lastSnapshotAt`);
  f.items = new Map(arr(o.items, `${what}.items`).map((x, i) => item(x, `${what}.items[${i}]`)).map((x) => [x.epc, x]));
  f.counts = new Map(pairs(o.counts, str, counts, `${what}.counts`));
  f.unknownTags = new Set(arr(o.unknownTags, `${what}.unknownTags`).map((x, i) => str(x, `${what}.unknownTags[${i}]`)));
  f.sensorsAbove = new Map(pairs(o.sensorsAbove, num, above, `${what}.sensorsAbove`));
  f.sensors = new Set(arr(o.sensors, `${what}.sensors`).map((x, i) => num(x, `${what}.sensors[${i}]`)));
  f.excursion = opt(o.excursion, above, `${what}.excursion`);
  f.unlockRequests = new Map(pairs(o.unlockRequests, str, str, `${what}.unlockRequests`));
  f.opener = opt(o.opener, str, `${what}.opener`);
  return f;
}

function reservation(v: Json, what: string): Reservation {
  const o = obj(v, what);
  return {
    reservationId: str(o.reservationId, `${what}.reservationId`),
    fridgeId: str(o.fridgeId, `${what}.fridgeId`),
    gtin: str(o.gtin, `${what}.gtin`),
    userId: str(o.userId, `${what}.userId`),
    quantity: num(o.quantity, `${what}.quantity`),
    expiresAtMs: num(o.expiresAtMs, `${what}.expiresAtMs`),
    reservedAt: num(o.reservedAt, `${what}.reservedAt`),
  };
}

function parse(line: string, what: string): Json {
  try {
    return JSON.parse(line) as Json;
  } catch (err) {
    throw new SnapshotUnreadable(`${what} is not JSON (${(err as Error).message})`);
  }
}

/**
 * The state that `stateText` wrote for `district`, read a line at a time (`breathe` between
 * lines, as stateText); SnapshotUnreadable if it is not one.
 */
export async function stateFromText(text: string, district: string, breathe: () => Promise<void> | undefined = () => undefined): Promise<DistrictState> {
  const lines = text.split('\n');
  const head = obj(parse(lines[0] ?? '', 'the header'), 'the header');
  if (head.format !== STATE_FORMAT) throw new SnapshotUnreadable(`format ${String(head.format)}, this code reads ${STATE_FORMAT}`);
  if (head.district !== district) throw new SnapshotUnreadable(`of district ${String(head.district)}, not ${district}`);
  const count = num(head.fridges, 'the header\'s fridges');
  if (lines.length < count + 2) throw new SnapshotUnreadable(`${lines.length} lines for ${count} fridges`);
  const state: DistrictState = { district, catalogVersion: num(head.catalogVersion, 'catalogVersion'), fridges: new Map(), reservations: new Map(), holders: new Map() };
  for (let i = 1; i <= count; i++) {
    await breathe();
    const f = fridge(parse(lines[i]!, `fridges[${i - 1}]`), `fridges[${i - 1}]`);
    state.fridges.set(f.fridgeId, f);
  }
  await breathe();
  for (const [i, r] of arr(parse(lines[count + 1]!, 'reservations'), 'reservations').entries()) {
    const x = reservation(r, `reservations[${i}]`);
    state.reservations.set(x.reservationId, x);
  }
  for (let l = count + 2; l < lines.length; l++) {
    await breathe();
    for (const [k, v] of pairs(parse(lines[l]!, 'holders'), str, str, 'holders')) state.holders.set(k, v);
  }
  return state;
}
