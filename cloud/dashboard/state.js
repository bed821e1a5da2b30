// @ts-check
// The page's one state, and the functions that change it: the rest of the page reads `state`
// and changes it only through these (docs/dashboard.md "Modules"). Pure: no DOM, no timers, no
// requests; a change returns what the page should do about it (log, render, fetch), which
// events.js does. Importable in Node.
import { arr, cursorOf, factsOf, fridgeStateOf, int, isGtin, isObj, num, readingOf, stockOf, str } from './check.js';
import { celsius, time } from './format.js';

/** @typedef {import('./feed-client.js').Cursor} Cursor */
/** @typedef {import('./feed-client.js').FeedEvent} FeedEvent */
/** @typedef {import('./feed-client.js').Snapshot} Snapshot */
/** @typedef {{ onHand: number, reserved: number, available: number }} Counts */
/** @typedef {{ sensor: number, deci: number, atMs: number }} Reading */
/**
 * A fridge in scope: its stock per GTIN and its latest reading per sensor.
 * @typedef {{ id: string, district: string, name: string, lat: number | undefined, lon: number | undefined, online: boolean, stale: boolean, warm: boolean, stock: Map<string, Counts>, temps: Map<number, Reading> }} Fridge
 */
/** @typedef {{ id: string, district: string, name: string, lat: number, lon: number }} KnownFridge */
/** @typedef {{ id: string, fridges: number, center: { lat: number | undefined, lon: number | undefined } }} District */
/** @typedef {{ kind: 'districts', districts: string[] } | { kind: 'area', lat: number, lon: number, radiusKm: number }} Scope */
/** @typedef {{ kcal?: number, protein?: number, carbs?: number, fat?: number, salt?: number }} Nutrition */
/**
 * A meal's facts from the catalog; `partial` when only its name and price came from a fridge.
 * @typedef {{ name: string | undefined, description: string | undefined, nutrition: Nutrition, allergens: string[], price: { cents: number, currency: string } | undefined, partial?: boolean }} Facts
 */
/** @typedef {{ id: string, user: string, fridgeId: string, gtin: string, quantity: number, expiresAtMs: number }} Hold */
/**
 * A line of the event log: `text` is a string or a list of strings and `{ meal: gtin }` parts (a
 * meal shows by name, filled in when its facts arrive).
 * @typedef {{ atMs: number, fridgeId: string, kind: string, text: string | Array<string | { meal: string }>, gtin?: string }} LogLine
 */
/**
 * What a change asks of the page. `added`: a fridge new to the scope (`known`: its location is
 * known; else its details are to be fetched).
 * @typedef {{ log?: LogLine, ignored?: string, added?: { id: string, known: boolean }, fridge?: Fridge, map?: boolean, catalog?: boolean, holds?: boolean, refreshCatalog?: boolean }} Effects
 */

/** The kinds of event this page shows (the feed's, docs/feed.md). */
export const EVENT_KINDS = /** @type {const} */ (['stockUpdated', 'stockReserved', 'stockCanceled', 'catalogUpdated', 'fridgeOnline', 'fridgeOffline', 'temperatureRecorded', 'mealNearingExpiry']);

export function createState() {
  return {
    /** @type {string | undefined} */
    token: undefined,
    /** @type {string | undefined} */
    user: undefined,
    /** @type {number | undefined} */
    tokenExpMs: undefined,
    /** From /dashboard/districts.json. @type {District[]} */
    districts: [],
    /** The cloud's safe temperature (tenths of °C; districts.json): warmer readings are highlighted. */
    maxSafeDeci: 50,
    /** Where the feed is when fridge-feed serves it (districts.json's feed_url). @type {string | undefined} */
    feedUrl: undefined,
    /** @type {Scope | undefined} */
    scope: undefined,
    /** The fridges in scope. @type {Map<string, Fridge>} */
    fridges: new Map(),
    /** Every fridge seen since the page opened (the map shows them all). @type {Map<string, KnownFridge>} */
    known: new Map(),
    /** Meal facts from the catalog (kept when a meal sells out). @type {Map<string, Facts>} */
    facts: new Map(),
    /** @type {Map<string, number>} */
    catalogVersions: new Map(),
    /** This user's holds. @type {Map<string, Hold>} */
    holds: new Map(),
    /** The cursor of the last message processed (docs/feed.md "Positions, snapshot, resume"). @type {Cursor | undefined} */
    cursor: undefined,
    /** @type {string | undefined} */
    selected: undefined,
    logged: 0,
    ignored: 0,
  };
}
/** @typedef {ReturnType<typeof createState>} State */

/** The page's state. */
export const state = createState();

// ---- reading it ---------------------------------------------------------------------------

export const mealName = (/** @type {State} */ s, /** @type {string} */ gtin) => s.facts.get(gtin)?.name ?? gtin;
export const fridgeName = (/** @type {State} */ s, /** @type {string} */ id) => s.fridges.get(id)?.name ?? s.known.get(id)?.name ?? id;

/**
 * The sensor reading the warmest (the one that decides whether the fridge is safe), or undefined.
 * @param {Fridge} f
 */
export function warmest(f) {
  /** @type {Reading | undefined} */
  let w;
  for (const r of f.temps.values()) if (w === undefined || r.deci > w.deci || (r.deci === w.deci && r.sensor < w.sensor)) w = r;
  return w;
}

/** Strictly above the safe temperature on some sensor (5.0 °C itself is safe, as in the cloud). */
export const aboveSafe = (/** @type {State} */ s, /** @type {Fridge} */ f) => (warmest(f)?.deci ?? -Infinity) > s.maxSafeDeci;

/** The fridges in scope by district, then name. */
export function sortedFridges(/** @type {State} */ s) {
  return [...s.fridges.values()].sort((a, b) => (a.district === b.district ? (a.name < b.name ? -1 : 1) : a.district < b.district ? -1 : 1));
}

/** Per meal in scope: how many are available in how many fridges. */
export function catalogTotals(/** @type {State} */ s) {
  /** @type {Map<string, { available: number, fridges: number }>} */
  const totals = new Map();
  for (const f of s.fridges.values()) {
    for (const [g, c] of f.stock) {
      const t = totals.get(g) ?? { available: 0, fridges: 0 };
      t.available += c.available;
      t.fridges += c.available > 0 ? 1 : 0;
      totals.set(g, t);
    }
  }
  return totals;
}

/** A user token that has not expired. */
export function tokenUsable(/** @type {State} */ s, nowMs = Date.now()) {
  return s.token !== undefined && (s.tokenExpMs === undefined || s.tokenExpMs > nowMs);
}

/** The fridges whose meals are not all named by the catalog (their names come from the fridge). */
export function fridgesMissingNames(/** @type {State} */ s) {
  /** @type {Set<string>} */
  const missing = new Set();
  for (const f of s.fridges.values()) for (const g of f.stock.keys()) if (!s.facts.has(g)) missing.add(f.id);
  return [...missing];
}

// ---- changing it --------------------------------------------------------------------------

/** @param {string} part */
function b64urlJson(part) {
  const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
  return /** @type {unknown} */ (JSON.parse(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))));
}

/**
 * The user token (a JWT: the user is its `sub`; the server checks the signature). False, and no
 * change, when it is not one.
 * @param {State} s
 * @param {string} token
 */
export function useToken(s, token) {
  let claims;
  try {
    claims = b64urlJson(str(token.split('.')[1]));
  } catch {
    return false;
  }
  if (!isObj(claims) || typeof claims.sub !== 'string' || claims.sub === '') return false;
  s.token = token;
  s.user = claims.sub;
  s.tokenExpMs = typeof claims.exp === 'number' ? claims.exp * 1000 : undefined;
  return true;
}

/**
 * /dashboard/districts.json: the districts, the safe temperature, and where the feed is when
 * not on this host (a ws:// or wss:// URL; anything else is ignored).
 * @param {State} s
 * @param {unknown} body
 */
export function applyDistricts(s, body) {
  const maxSafe = isObj(body) ? body.max_safe_deci_celsius : undefined;
  if (typeof maxSafe === 'number' && Number.isInteger(maxSafe)) s.maxSafeDeci = maxSafe;
  const feedUrl = isObj(body) ? body.feed_url : undefined;
  s.feedUrl = typeof feedUrl === 'string' && /^wss?:\/\/\S+$/.test(feedUrl) ? feedUrl : undefined;
  /** @type {District[]} */
  const districts = [];
  for (const d of arr(isObj(body) ? body.districts : undefined)) {
    if (isObj(d) && typeof d.id === 'string' && isObj(d.center)) districts.push({ id: d.id, fridges: int(d.fridges), center: { lat: num(d.center.lat), lon: num(d.center.lon) } });
  }
  s.districts = districts;
}

/**
 * A new scope: a fresh snapshot follows, not a resume of the old scope's cursor.
 * @param {State} s
 * @param {Scope} scope
 */
export function followScope(s, scope) {
  s.scope = scope;
  s.cursor = undefined;
  s.fridges.clear();
}

/**
 * @param {State} s
 * @param {Cursor | undefined} cursor
 */
export function setCursor(s, cursor) {
  s.cursor = cursor;
}

/**
 * A fridge with a location goes on the map, for good.
 * @param {State} s
 * @param {{ id: string, district: string, name: string, lat: number | undefined, lon: number | undefined }} f
 */
export function remember(s, f) {
  if (f.lat === undefined || f.lon === undefined) return;
  s.known.set(f.id, { id: f.id, district: f.district, name: f.name, lat: f.lat, lon: f.lon });
}

/**
 * A snapshot replaces the fridges in scope.
 * @param {State} s
 * @param {Snapshot} snapshot
 */
export function applySnapshot(s, snapshot) {
  s.fridges.clear();
  for (const f of arr(snapshot.fridges)) {
    const fridge = fridgeStateOf(f);
    if (fridge === undefined) continue;
    s.fridges.set(fridge.id, fridge);
    remember(s, fridge);
  }
  s.cursor = cursorOf(snapshot.cursor);
}

/**
 * @param {State} s
 * @param {string} id
 * @param {string} district
 * @param {Effects} fx
 * @returns {Fridge}
 */
function ensureFridge(s, id, district, fx) {
  let f = s.fridges.get(id);
  if (f === undefined) {
    // A fridge registered after the snapshot: shown now, its details fetched.
    const k = s.known.get(id);
    f = { id, district, name: k?.name ?? id, lat: k?.lat, lon: k?.lon, online: false, stale: true, warm: false, stock: new Map(), temps: new Map() };
    s.fridges.set(id, f);
    fx.added = { id, known: k !== undefined };
  }
  return f;
}

/**
 * One event of the feed, applied; what the page should show of it is returned.
 * @param {State} s
 * @param {FeedEvent} e
 * @param {number} nowMs
 * @returns {Effects}
 */
export function applyEvent(s, e, nowMs) {
  /** @type {Effects} */
  const fx = {};
  const kind = EVENT_KINDS.find((k) => k === e.kind);
  const fridgeId = str(e.fridgeId);
  const district = str(e.district);
  const at = int(e.occurredAtMs, nowMs);
  if (kind === undefined) return { log: { atMs: at, fridgeId, kind: 'unknown', text: 'an event of a kind this page does not know' } };
  switch (e.kind) {
    case 'stockUpdated': {
      const body = e.stockUpdated;
      const gtin = str(body.gtin);
      if (fridgeId === '' || !isGtin(gtin)) return { ignored: 'a stockUpdated without fridge or GTIN' };
      const f = ensureFridge(s, fridgeId, district, fx);
      const c = stockOf(body);
      f.stock.set(gtin, c);
      const reason = str(body.reason);
      const delta = int(body.delta);
      if (reason === 'temperature') f.warm = delta < 0;
      if (!s.facts.has(gtin)) fx.refreshCatalog = true;
      const change = delta === 0 ? '' : ` ${delta > 0 ? '+' : ''}${delta}`;
      fx.log = { atMs: at, fridgeId, kind: e.kind, text: [{ meal: gtin }, `${change} (${reason || 'change'}): ${c.available} available, ${c.reserved} reserved`], gtin };
      fx.fridge = f;
      fx.catalog = true;
      return fx;
    }
    case 'stockReserved': {
      const body = e.stockReserved;
      const gtin = str(body.gtin);
      const mine = s.holds.has(str(body.reservationId)) ? ' (you)' : '';
      fx.log = { atMs: at, fridgeId, kind: e.kind, text: [`${int(body.quantity, 1)} × `, { meal: gtin }, ` reserved${mine} until ${time(int(body.expiresAtMs, at))}`], gtin };
      return fx;
    }
    case 'stockCanceled': {
      const body = e.stockCanceled;
      const gtin = str(body.gtin);
      const mine = s.holds.delete(str(body.reservationId)) ? ' (yours)' : '';
      fx.log = { atMs: at, fridgeId, kind: e.kind, text: [`reservation of ${int(body.quantity, 1)} × `, { meal: gtin }, `${mine} released (${str(body.reason, 'canceled')})`], gtin };
      if (mine) fx.holds = true;
      return fx;
    }
    case 'catalogUpdated': {
      const version = int(e.catalogUpdated.version);
      s.catalogVersions.set(district, version);
      fx.log = { atMs: at, fridgeId: '', kind: e.kind, text: `catalog of ${district} is now version ${version}` };
      fx.refreshCatalog = true;
      return fx;
    }
    case 'temperatureRecorded': {
      const r = readingOf(e.temperatureRecorded, at);
      if (fridgeId === '' || r === undefined) return { ignored: 'a temperatureRecorded without fridge or with a malformed reading' };
      const f = ensureFridge(s, fridgeId, district, fx);
      const wasAbove = aboveSafe(s, f);
      f.temps.set(r.sensor, r);
      // Readings come every few minutes per fridge: only crossing the safe temperature is logged.
      const isAbove = aboveSafe(s, f);
      if (isAbove !== wasAbove) {
        const text = isAbove ? `too warm: ${celsius(r.deci)} (sensor ${r.sensor}), above the safe ${celsius(s.maxSafeDeci)}` : `back to safe: ${celsius(warmest(f)?.deci ?? r.deci)}`;
        fx.log = { atMs: at, fridgeId, kind: e.kind, text };
      }
      fx.fridge = f;
      return fx;
    }
    case 'mealNearingExpiry': {
      const body = e.mealNearingExpiry;
      const gtin = str(body.gtin);
      if (fridgeId === '' || !isGtin(gtin)) return { ignored: 'a mealNearingExpiry without fridge or GTIN' };
      fx.log = { atMs: at, fridgeId, kind: e.kind, text: [{ meal: gtin }, ` nearing its best-before (${time(int(body.bestBeforeMs, at))})`], gtin };
      return fx;
    }
    case 'fridgeOnline':
    case 'fridgeOffline': {
      if (fridgeId === '') return { ignored: `a ${e.kind} without fridge` };
      const f = ensureFridge(s, fridgeId, district, fx);
      f.online = e.kind === 'fridgeOnline';
      f.stale = !f.online;
      const clean = e.kind === 'fridgeOffline' && e.fridgeOffline.clean === true;
      fx.log = { atMs: at, fridgeId, kind: e.kind, text: f.online ? 'online' : `offline${clean ? ' (shut down)' : ' (lost)'}: counts may be stale` };
      fx.fridge = f;
      fx.map = true;
      return fx;
    }
  }
  return fx;
}

/**
 * A catalog answer (GET /v1/catalog): meal facts and catalog versions.
 * @param {State} s
 * @param {unknown} body
 */
export function applyCatalog(s, body) {
  if (!isObj(body)) return;
  for (const m of arr(body.meals)) if (isObj(m) && typeof m.gtin === 'string') s.facts.set(m.gtin, factsOf(m));
  if (isObj(body.versions)) for (const [d, v] of Object.entries(body.versions)) s.catalogVersions.set(d, int(v));
}

/**
 * A fridge's details (GET /v1/fridges/{id}): its name and location, the names of meals the
 * catalog does not list, and readings the feed has not brought yet.
 * @param {State} s
 * @param {string} id
 * @param {unknown} body
 * @returns {boolean} false (and no change) when the answer is not an object
 */
export function applyFridgeDetails(s, id, body) {
  if (!isObj(body)) return false;
  const loc = isObj(body.location) ? body.location : {};
  remember(s, { id, district: str(body.district), name: str(body.name, id), lat: num(loc.lat), lon: num(loc.lon) });
  const f = s.fridges.get(id);
  if (f !== undefined) Object.assign(f, { name: str(body.name, id), lat: num(loc.lat), lon: num(loc.lon) });
  for (const m of arr(body.stock)) {
    if (!isObj(m) || typeof m.gtin !== 'string' || s.facts.has(m.gtin) || typeof m.name !== 'string') continue;
    s.facts.set(m.gtin, { ...factsOf({ name: m.name, price: m.price }), partial: true });
  }
  // A reading the feed has not brought yet (a fridge that joined after the snapshot).
  for (const t of arr(body.temperatures)) {
    const r = isObj(t) ? readingOf({ sensor: t.sensor, deciCelsius: t.deci_celsius }, int(t.at_ms)) : undefined;
    if (r === undefined || f === undefined) continue;
    const had = f.temps.get(r.sensor);
    if (had === undefined || had.atMs < r.atMs) f.temps.set(r.sensor, r);
  }
  return true;
}

/**
 * The holds kept in the tab's session storage (the API has no list of a user's reservations):
 * this user's, each checked.
 * @param {State} s
 * @param {unknown} saved
 */
export function restoreHolds(s, saved) {
  for (const h of arr(saved)) {
    if (isObj(h) && h.user === s.user && typeof h.user === 'string' && typeof h.id === 'string' && typeof h.fridgeId === 'string' && typeof h.gtin === 'string') {
      s.holds.set(h.id, { id: h.id, user: h.user, fridgeId: h.fridgeId, gtin: h.gtin, quantity: int(h.quantity, 1), expiresAtMs: int(h.expiresAtMs) });
    }
  }
}

/**
 * @param {State} s
 * @param {Hold} hold
 */
export function addHold(s, hold) {
  s.holds.set(hold.id, hold);
}

/**
 * The hold that ended, if it was this user's.
 * @param {State} s
 * @param {string} id
 */
export function removeHold(s, id) {
  const hold = s.holds.get(id);
  s.holds.delete(id);
  return hold;
}

/** Holds expire by themselves. */
export function dropExpiredHolds(/** @type {State} */ s, /** @type {number} */ nowMs) {
  for (const [id, h] of s.holds) if (h.expiresAtMs <= nowMs) s.holds.delete(id);
}

/** Selects a fridge, or unselects it when it was selected. */
export function toggleSelected(/** @type {State} */ s, /** @type {string} */ id) {
  s.selected = s.selected === id ? undefined : id;
  return s.selected;
}

export const countLogged = (/** @type {State} */ s) => (s.logged += 1);
export const countIgnored = (/** @type {State} */ s) => (s.ignored += 1);
