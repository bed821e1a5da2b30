/* global document, window, queueMicrotask, location, history, sessionStorage, fetch, URLSearchParams, CSS, DOMPoint, clearTimeout, setInterval, clearInterval, atob */
// The live dashboard: a feed client like any app (docs/feed.md), plus the public catalog and
// fridge reads and the reservation API (docs/api.md). Plain ES module, no build step of its
// own: the feed client library comes bundled (./feed-client.js, npm run build:feed-client).
// Everything received is checked before it is used; an unknown message is counted and ignored.
import { connect as openFeed } from './feed-client.js';

const MAX_LOG = 200;
const PING_MS = 20_000;
const BACKOFF_MIN_MS = 500;
const BACKOFF_MAX_MS = 15_000;
const TOKEN_KEY = 'ff-dashboard-token';
const HOLDS_KEY = 'ff-dashboard-holds';

// ---- checking untrusted values --------------------------------------------------------------

const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v, fallback = '') => (typeof v === 'string' ? v : fallback);
/** proto3 JSON: 64-bit integers may come as numbers or decimal strings. */
const int = (v, fallback = 0) =>
  typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : typeof v === 'string' && /^-?[0-9]{1,16}$/.test(v) ? Number(v) : fallback;
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const arr = (v) => (Array.isArray(v) ? v : []);
/** A proto3 JSON integer field: absent means its default (0); present but not an integer, undefined. */
const field = (v) => (v === undefined ? 0 : typeof v === 'number' && Number.isInteger(v) ? v : undefined);

function cursorOf(v) {
  if (!isObj(v)) return undefined;
  const epoch = str(v.epoch);
  const position = int(v.position, -1);
  return epoch !== '' && position >= 0 ? { epoch, position } : undefined;
}

function stockOf(v) {
  return { onHand: Math.max(0, int(v.onHand)), reserved: Math.max(0, int(v.reserved)), available: Math.max(0, int(v.available)) };
}

/** A sensor's reading ({sensor, deciCelsius} plus its time), or undefined when malformed. */
function readingOf(v, atMs) {
  if (!isObj(v)) return undefined;
  const sensor = field(v.sensor);
  const deci = field(v.deciCelsius);
  if (sensor === undefined || sensor < 0 || deci === undefined || Math.abs(deci) > 10_000) return undefined;
  return { sensor, deci, atMs };
}

function fridgeStateOf(v) {
  if (!isObj(v) || str(v.fridgeId) === '') return undefined;
  const stock = new Map();
  for (const s of arr(v.stock)) if (isObj(s) && /^[0-9]{14}$/.test(str(s.gtin))) stock.set(s.gtin, stockOf(s));
  const temps = new Map();
  for (const t of arr(v.temperatures)) {
    const r = readingOf(t, isObj(t) ? int(t.atMs) : 0);
    if (r !== undefined) temps.set(r.sensor, r);
  }
  return {
    id: v.fridgeId,
    district: str(v.district),
    name: str(v.name, v.fridgeId),
    lat: num(v.lat),
    lon: num(v.lon),
    online: v.online === true,
    stale: v.stale !== false,
    warm: false,
    stock,
    temps,
  };
}

function factsOf(m) {
  const n = isObj(m.nutrition) ? m.nutrition : {};
  const price = isObj(m.price) && typeof m.price.amount_cents === 'number' && typeof m.price.currency === 'string' ? { cents: m.price.amount_cents, currency: m.price.currency } : undefined;
  return {
    name: typeof m.name === 'string' ? m.name : undefined,
    description: typeof m.description === 'string' ? m.description : undefined,
    nutrition: { kcal: num(n.kcal), protein: num(n.protein_g), carbs: num(n.carbohydrate_g), fat: num(n.fat_g), salt: num(n.salt_g) },
    allergens: arr(m.allergens).filter((a) => typeof a === 'string'),
    price,
  };
}

// ---- state ----------------------------------------------------------------------------------

const state = {
  token: undefined,
  user: undefined,
  tokenExpMs: undefined,
  /** From /dashboard/districts.json: [{ id, fridges, center: { lat, lon } }]. */
  districts: [],
  /** The cloud's safe temperature (tenths of °C; districts.json): warmer readings are highlighted. */
  maxSafeDeci: 50,
  /** Where the feed is when not on this host (districts.json's feed_url). */
  feedUrl: undefined,
  /** { kind: 'districts', districts: [...] } or { kind: 'area', lat, lon, radiusKm }. */
  scope: undefined,
  /**
   * The fridges in scope: id -> { id, district, name, lat, lon, online, stale, warm,
   * stock: Map(gtin -> counts), temps: Map(sensor -> { sensor, deci, atMs }) }.
   */
  fridges: new Map(),
  /** Every fridge seen since the page opened (the map shows them all): id -> { id, district, name, lat, lon }. */
  known: new Map(),
  /** Meal facts from the catalog (kept when a meal sells out): gtin -> facts. */
  facts: new Map(),
  catalogVersions: new Map(),
  /** This user's holds: id -> { id, user, fridgeId, gtin, quantity, expiresAtMs }. */
  holds: new Map(),
  /** The cursor of the last message processed (docs/feed.md "Positions, snapshot, resume"). */
  cursor: undefined,
  selected: undefined,
  logged: 0,
  ignored: 0,
};

const feed = { client: undefined, countdown: undefined, maxSubscriptions: 16 };

// ---- small DOM helpers ----------------------------------------------------------------------

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== undefined && c !== null) e.append(c);
  return e;
}

function svg(tag, attrs = {}, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Sets a text and flashes the element when the value changed. */
function setCount(e, value) {
  const text = String(value);
  if (e.textContent === text) return;
  const had = e.textContent !== '';
  e.textContent = text;
  if (had) {
    e.classList.remove('changed');
    void e.offsetWidth; // restart the animation
    e.classList.add('changed');
  }
}

const time = (ms) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const mealName = (gtin) => state.facts.get(gtin)?.name ?? gtin;
const fridgeName = (id) => state.fridges.get(id)?.name ?? state.known.get(id)?.name ?? id;
const money = (p) => (p ? new Intl.NumberFormat(undefined, { style: 'currency', currency: p.currency }).format(p.cents / 100) : '');

function notice(text, kind = 'info') {
  const n = $('notice');
  n.textContent = text;
  n.dataset.kind = kind;
  n.hidden = false;
}

// ---- the user token (from the URL fragment: never sent to the server, never in its logs) ----

function b64urlJson(part) {
  const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)));
}

function loadToken() {
  const params = new URLSearchParams(location.hash.slice(1));
  const fromHash = params.get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    // Out of the address bar (and bookmarks, screenshots); kept for this tab only.
    history.replaceState(null, '', location.pathname + location.search);
  }
  const token = fromHash ?? sessionStorage.getItem(TOKEN_KEY) ?? undefined;
  if (!token) return;
  try {
    const claims = b64urlJson(str(token.split('.')[1]));
    if (!isObj(claims) || typeof claims.sub !== 'string' || claims.sub === '') throw new Error('no subject');
    state.token = token;
    state.user = claims.sub;
    state.tokenExpMs = typeof claims.exp === 'number' ? claims.exp * 1000 : undefined;
  } catch {
    notice('The token in the URL is not a user token (JWT); reserving is off.', 'error');
  }
}

function tokenUsable() {
  return state.token !== undefined && (state.tokenExpMs === undefined || state.tokenExpMs > Date.now());
}

function renderUser() {
  const u = $('user');
  if (state.token === undefined) {
    u.textContent = 'no user token: reserving is off';
    u.dataset.state = 'none';
  } else if (!tokenUsable()) {
    u.textContent = `token of ${state.user} expired`;
    u.dataset.state = 'expired';
  } else {
    u.textContent = `user ${state.user}`;
    u.dataset.state = 'ok';
  }
}

// ---- the feed -------------------------------------------------------------------------------

function feedUrl() {
  // A feed served by fridge-feed processes is elsewhere (districts.json's feed_url).
  if (state.feedUrl !== undefined) return state.feedUrl;
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/v1/feed`;
}

function setConnection(s, detail = '') {
  const c = $('connection');
  c.dataset.state = s;
  c.textContent = detail === '' ? s : `${s} · ${detail}`;
}

/** What the feed follows for a scope of this page. */
function subscriptionOf(scope) {
  return scope.kind === 'area'
    ? { areas: [{ lat: scope.lat, lon: scope.lon, radiusM: Math.round(scope.radiusKm * 1000) }] }
    : { districts: scope.districts.slice(0, feed.maxSubscriptions) };
}

/**
 * The feed client library (feed-client/, bundled as ./feed-client.js) keeps the connection:
 * it subscribes, resumes from the last cursor after a reconnect and backs off with full
 * jitter; this page shows what it reports.
 */
function connect() {
  if (state.scope === undefined || feed.client !== undefined) return;
  const c = openFeed(feedUrl(), { subscription: subscriptionOf(state.scope), keepState: false, pingMs: PING_MS, backoff: { baseMs: BACKOFF_MIN_MS, capMs: BACKOFF_MAX_MS } });
  feed.client = c;
  c.on('connecting', () => {
    clearInterval(feed.countdown);
    setConnection('connecting');
  });
  c.on('welcome', (w) => {
    feed.maxSubscriptions = Math.max(1, w.maxSubscriptions || 16);
    setConnection(c.cursor === undefined ? 'subscribing' : 'resuming');
    void loadDistricts();
  });
  c.on('snapshot', (_state, snapshot) => onSnapshot(snapshot));
  c.on('events', (events) => {
    for (const e of events) applyEvent(e);
    state.cursor = c.cursor;
    renderCursor();
  });
  c.on('live', (info) => {
    state.cursor = c.cursor;
    setConnection('live');
    if (info.outcome === 'resumed') {
      logSystem(`resumed: ${info.replayed} missed event${info.replayed === 1 ? '' : 's'} replayed`);
      renderAll();
    }
  });
  c.on('resync', (r) => {
    // A snapshot follows on this connection (or, for a slow consumer, after the reconnect).
    state.cursor = undefined;
    logSystem(`resync (${str(r.reason, 'unknown reason')}): taking a new snapshot`);
  });
  c.on('error', (e) => (e.code === 'FF_ERR_FEED_CLIENT_MALFORMED' ? ignore(e.message) : logSystem(`feed error ${e.code}: ${e.message}`)));
  c.on('disconnected', (d) => {
    logSystem(`feed closed (${d.code}${d.reason ? `: ${d.reason}` : ''})`);
    reconnectCountdown(d.retryInMs ?? 0);
  });
}

function reconnectCountdown(delayMs) {
  const due = Date.now() + delayMs;
  const tick = () => {
    const left = Math.max(0, Math.ceil((due - Date.now()) / 1000));
    setConnection('reconnecting', `in ${left} s`);
  };
  clearInterval(feed.countdown);
  tick();
  feed.countdown = setInterval(tick, 1000);
}

function ignore(what) {
  state.ignored += 1;
  console.warn(`feed: ignored ${what}`);
  renderLogCount();
}

function onSnapshot(s) {
  state.fridges.clear();
  for (const f of arr(s.fridges)) {
    const fridge = fridgeStateOf(f);
    if (fridge === undefined) continue;
    state.fridges.set(fridge.id, fridge);
    remember(fridge);
  }
  state.cursor = cursorOf(s.cursor);
  logSystem(`snapshot: ${state.fridges.size} fridge${state.fridges.size === 1 ? '' : 's'}`);
  renderAll();
  refreshCatalog();
}

// ---- events ---------------------------------------------------------------------------------

const EVENT_KINDS = ['stockUpdated', 'stockReserved', 'stockCanceled', 'catalogUpdated', 'fridgeOnline', 'fridgeOffline', 'temperatureRecorded'];

function ensureFridge(id, district) {
  let f = state.fridges.get(id);
  if (f === undefined) {
    // A fridge registered after the snapshot: shown now, its details fetched.
    const k = state.known.get(id);
    f = { id, district, name: k?.name ?? id, lat: k?.lat, lon: k?.lon, online: false, stale: true, warm: false, stock: new Map(), temps: new Map() };
    state.fridges.set(id, f);
    if (k === undefined) void fetchFridge(id);
    queueMicrotask(renderFridges); // placed in order once this event is applied
  }
  return f;
}

function applyEvent(e) {
  const kind = EVENT_KINDS.find((k) => isObj(e[k]));
  const fridgeId = str(e.fridgeId);
  const district = str(e.district);
  const at = int(e.occurredAtMs, Date.now());
  if (kind === undefined) return logEntry(at, fridgeId, 'unknown', 'an event of a kind this page does not know');
  const body = e[kind];
  switch (kind) {
    case 'stockUpdated': {
      const gtin = str(body.gtin);
      if (fridgeId === '' || !/^[0-9]{14}$/.test(gtin)) return ignore('a stockUpdated without fridge or GTIN');
      const f = ensureFridge(fridgeId, district);
      f.stock.set(gtin, stockOf(body));
      const reason = str(body.reason);
      const delta = int(body.delta);
      if (reason === 'temperature') f.warm = delta < 0;
      if (!state.facts.has(gtin)) refreshCatalog();
      const s = f.stock.get(gtin);
      const change = delta === 0 ? '' : ` ${delta > 0 ? '+' : ''}${delta}`;
      logEntry(at, fridgeId, kind, [{ meal: gtin }, `${change} (${reason || 'change'}): ${s.available} available, ${s.reserved} reserved`], gtin);
      renderFridge(f);
      renderCatalog();
      return;
    }
    case 'stockReserved': {
      const gtin = str(body.gtin);
      const mine = state.holds.has(str(body.reservationId)) ? ' (you)' : '';
      logEntry(at, fridgeId, kind, [`${int(body.quantity, 1)} × `, { meal: gtin }, ` reserved${mine} until ${time(int(body.expiresAtMs, at))}`], gtin);
      return;
    }
    case 'stockCanceled': {
      const gtin = str(body.gtin);
      const id = str(body.reservationId);
      const mine = state.holds.delete(id) ? ' (yours)' : '';
      logEntry(at, fridgeId, kind, [`reservation of ${int(body.quantity, 1)} × `, { meal: gtin }, `${mine} released (${str(body.reason, 'canceled')})`], gtin);
      if (mine) renderHolds();
      return;
    }
    case 'catalogUpdated':
      state.catalogVersions.set(district, int(body.version));
      logEntry(at, '', kind, `catalog of ${district} is now version ${int(body.version)}`);
      refreshCatalog();
      return;
    case 'temperatureRecorded': {
      const r = readingOf(body, at);
      if (fridgeId === '' || r === undefined) return ignore('a temperatureRecorded without fridge or with a malformed reading');
      const f = ensureFridge(fridgeId, district);
      const wasAbove = aboveSafe(f);
      f.temps.set(r.sensor, r);
      // Readings come every few minutes per fridge: only crossing the safe temperature is logged.
      const isAbove = aboveSafe(f);
      if (isAbove !== wasAbove) {
        logEntry(at, fridgeId, kind, isAbove ? `too warm: ${celsius(r.deci)} (sensor ${r.sensor}), above the safe ${celsius(state.maxSafeDeci)}` : `back to safe: ${celsius(warmest(f).deci)}`);
      }
      renderFridge(f);
      return;
    }
    case 'fridgeOnline':
    case 'fridgeOffline': {
      if (fridgeId === '') return ignore(`a ${kind} without fridge`);
      const f = ensureFridge(fridgeId, district);
      f.online = kind === 'fridgeOnline';
      f.stale = !f.online;
      logEntry(at, fridgeId, kind, f.online ? 'online' : `offline${body.clean === true ? ' (shut down)' : ' (lost)'}: counts may be stale`);
      renderFridge(f);
      renderMap();
      return;
    }
  }
}

// ---- reads: districts, catalog, fridge details ----------------------------------------------

async function getJson(url) {
  const res = await fetch(url, { cache: 'no-cache', headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

async function loadDistricts() {
  try {
    const body = await getJson('/dashboard/districts.json');
    const maxSafe = isObj(body) ? body.max_safe_deci_celsius : undefined;
    if (typeof maxSafe === 'number' && Number.isInteger(maxSafe)) state.maxSafeDeci = maxSafe;
    const feedAt = isObj(body) ? body.feed_url : undefined;
    state.feedUrl = typeof feedAt === 'string' && /^wss?:\/\//.test(feedAt) ? feedAt : undefined;
    state.districts = arr(isObj(body) ? body.districts : undefined)
      .filter((d) => isObj(d) && typeof d.id === 'string' && isObj(d.center))
      .map((d) => ({ id: d.id, fridges: int(d.fridges), center: { lat: num(d.center.lat), lon: num(d.center.lon) } }));
  } catch (err) {
    console.warn('dashboard: districts unavailable', err);
  }
  renderScopeSelect();
  renderFridges(); // the safe temperature may have changed
}

let districtsTimer;
/** Every district there is; with none registered yet, look again every few seconds. */
function chooseDefaultScope() {
  clearTimeout(districtsTimer);
  if (state.districts.length === 0) {
    $('fridges').replaceChildren(el('p', { class: 'empty', text: 'No fridges are registered yet. This page looks again every few seconds.' }));
    setConnection('idle', 'no fridges yet');
    districtsTimer = setTimeout(() => void loadDistricts().then(() => (state.scope === undefined ? chooseDefaultScope() : undefined)), 3000);
    return;
  }
  setScope({ kind: 'districts', districts: state.districts.map((d) => d.id) });
}

let catalogTimer;
/** The catalog of the scope, soon (conditional: the browser revalidates with the ETag it has). */
function refreshCatalog() {
  clearTimeout(catalogTimer);
  catalogTimer = setTimeout(() => void loadCatalog(), 250);
}

async function loadCatalog() {
  const scope = state.scope;
  if (scope === undefined) return;
  const queries =
    scope.kind === 'area'
      ? [`lat=${scope.lat.toFixed(6)}&lon=${scope.lon.toFixed(6)}&radius_km=${scope.radiusKm}`]
      : scope.districts.map((d) => `district=${encodeURIComponent(d)}`);
  for (const q of queries) {
    try {
      const body = await getJson(`/v1/catalog?${q}`);
      if (!isObj(body)) continue;
      for (const m of arr(body.meals)) if (isObj(m) && typeof m.gtin === 'string') state.facts.set(m.gtin, factsOf(m));
      if (isObj(body.versions)) for (const [d, v] of Object.entries(body.versions)) state.catalogVersions.set(d, int(v));
    } catch (err) {
      console.warn('dashboard: catalog unavailable', err);
    }
  }
  // Meals held or sold out everywhere are not in the catalog: their names come from a fridge.
  const missing = new Set();
  for (const f of state.fridges.values()) for (const g of f.stock.keys()) if (!state.facts.has(g)) missing.add(f.id);
  await Promise.all([...missing].slice(0, 8).map((id) => fetchFridge(id)));
  renderAll();
}

async function fetchFridge(id) {
  try {
    const body = await getJson(`/v1/fridges/${encodeURIComponent(id)}`);
    if (!isObj(body)) return;
    const loc = isObj(body.location) ? body.location : {};
    remember({ id, district: str(body.district), name: str(body.name, id), lat: num(loc.lat), lon: num(loc.lon) });
    const f = state.fridges.get(id);
    if (f !== undefined) Object.assign(f, { name: str(body.name, id), lat: num(loc.lat), lon: num(loc.lon) });
    for (const s of arr(body.stock)) {
      if (!isObj(s) || typeof s.gtin !== 'string' || state.facts.has(s.gtin) || typeof s.name !== 'string') continue;
      state.facts.set(s.gtin, { ...factsOf({ name: s.name, price: s.price }), partial: true });
    }
    // A reading the feed has not brought yet (a fridge that joined after the snapshot).
    for (const t of arr(body.temperatures)) {
      const r = isObj(t) ? readingOf({ sensor: t.sensor, deciCelsius: t.deci_celsius }, int(t.at_ms)) : undefined;
      if (r === undefined || f === undefined) continue;
      const had = f.temps.get(r.sensor);
      if (had === undefined || had.atMs < r.atMs) f.temps.set(r.sensor, r);
    }
    renderAll();
  } catch (err) {
    console.warn(`dashboard: fridge ${id} unavailable`, err);
  }
}

function remember(f) {
  if (f.lat === undefined || f.lon === undefined) return;
  state.known.set(f.id, { id: f.id, district: f.district, name: f.name, lat: f.lat, lon: f.lon });
}

// ---- reservations ---------------------------------------------------------------------------

async function api(method, path, body) {
  const res = await fetch(path, {
    method,
    headers: { authorization: `Bearer ${state.token}`, accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  let answer;
  try {
    answer = await res.json();
  } catch {
    answer = undefined;
  }
  return { status: res.status, body: isObj(answer) ? answer : {} };
}

async function reserve(fridgeId, gtin, button) {
  if (!tokenUsable()) return notice('No valid user token: open the URL that npm start printed (it carries #token=…).', 'error');
  button.disabled = true;
  button.dataset.busy = 'yes';
  try {
    const r = await api('POST', '/v1/reservations', { fridge_id: fridgeId, gtin, user_id: state.user, quantity: 1 });
    if (r.status === 201 && typeof r.body.id === 'string') {
      const expiresAtMs = int(r.body.expires_at_ms, Date.now());
      state.holds.set(r.body.id, { id: r.body.id, user: state.user, fridgeId, gtin, quantity: int(r.body.quantity, 1), expiresAtMs });
      notice(`Reserved 1 × ${mealName(gtin)} at ${fridgeName(fridgeId)} until ${time(expiresAtMs)}.`, 'ok');
      renderHolds();
    } else {
      notice(`Not reserved: ${str(r.body.message, `HTTP ${r.status}`)}${r.status === 401 ? ' (token expired? run npm start again for a new URL)' : ''}`, 'error');
    }
  } catch (err) {
    notice(`Not reserved: ${err instanceof Error ? err.message : String(err)}`, 'error');
  } finally {
    delete button.dataset.busy;
    renderFridge(state.fridges.get(fridgeId));
  }
}

async function cancelHold(id, button) {
  button.disabled = true;
  try {
    const r = await api('DELETE', `/v1/reservations/${encodeURIComponent(id)}?reason=by_user`);
    if (r.status === 200 || r.status === 404) {
      const hold = state.holds.get(id);
      state.holds.delete(id);
      notice(r.status === 200 ? `Released ${hold ? mealName(hold.gtin) : 'the meal'}.` : 'That reservation had already ended.', 'ok');
    } else notice(`Not canceled: ${str(r.body.message, `HTTP ${r.status}`)}`, 'error');
  } catch (err) {
    notice(`Not canceled: ${err instanceof Error ? err.message : String(err)}`, 'error');
  }
  renderHolds();
}

// ---- scope ----------------------------------------------------------------------------------

function setScope(scope) {
  state.scope = scope;
  // A new subscription: a fresh snapshot, not a resume of the old scope's cursor.
  state.cursor = undefined;
  state.fridges.clear();
  renderScopeSelect();
  renderAll();
  if (feed.client === undefined) connect();
  else {
    feed.client.subscribe(subscriptionOf(scope));
    setConnection('subscribing');
  }
}

function renderScopeSelect() {
  const sel = $('scope-select');
  const scope = state.scope;
  const options = [];
  if (state.districts.length > 1) options.push(el('option', { value: '*', text: `All districts (${state.districts.length})` }));
  for (const d of state.districts) options.push(el('option', { value: `d:${d.id}`, text: `${d.id} (${d.fridges} fridge${d.fridges === 1 ? '' : 's'})` }));
  if (scope?.kind === 'area') options.push(el('option', { value: 'area', text: `Area: ${scope.lat.toFixed(4)}, ${scope.lon.toFixed(4)} · ${scope.radiusKm} km` }));
  sel.replaceChildren(...options);
  sel.value = scope === undefined ? '*' : scope.kind === 'area' ? 'area' : scope.districts.length === 1 ? `d:${scope.districts[0]}` : '*';
}

function onScopeSelect() {
  const v = $('scope-select').value;
  if (v === '*') setScope({ kind: 'districts', districts: state.districts.map((d) => d.id) });
  else if (v.startsWith('d:')) setScope({ kind: 'districts', districts: [v.slice(2)] });
}

function onRadiusSelect() {
  const r = Number($('radius-select').value);
  if (state.scope?.kind === 'area' && Number.isFinite(r)) setScope({ ...state.scope, radiusKm: r });
}

// ---- rendering ------------------------------------------------------------------------------

function renderAll() {
  renderMap();
  renderFridges();
  renderCatalog();
  renderHolds();
  renderCursor();
  renderUser();
  renderLogNames();
}

function renderCursor() {
  $('cursor').textContent = state.cursor ? `position ${state.cursor.position}` : '';
}

function sortedFridges() {
  return [...state.fridges.values()].sort((a, b) => (a.district === b.district ? (a.name < b.name ? -1 : 1) : a.district < b.district ? -1 : 1));
}

function renderFridges() {
  const box = $('fridges');
  const list = sortedFridges();
  $('fridge-count').textContent = list.length > 0 ? `${list.filter((f) => f.online).length}/${list.length} online` : '';
  if (list.length === 0) {
    box.replaceChildren(el('p', { class: 'empty', text: state.scope ? 'No fridges in this scope.' : 'Waiting for the feed…' }));
    return;
  }
  box.querySelector(':scope > .empty')?.remove();
  const keep = new Set(list.map((f) => f.id));
  for (const card of [...box.querySelectorAll(':scope > .fridge')]) if (!keep.has(card.dataset.fridgeId)) card.remove();
  let prev = null;
  for (const f of list) {
    const card = renderFridge(f);
    if (card === undefined) continue;
    const next = prev === null ? box.firstElementChild : prev.nextElementSibling;
    if (next !== card) box.insertBefore(card, next);
    prev = card;
  }
}

/** Tenths of a degree as °C with one decimal. */
const celsius = (deci) => `${(deci / 10).toFixed(1)} °C`;

/** The sensor reading the warmest (the one that decides whether the fridge is safe), or undefined. */
function warmest(f) {
  let w;
  for (const r of f.temps.values()) if (w === undefined || r.deci > w.deci || (r.deci === w.deci && r.sensor < w.sensor)) w = r;
  return w;
}

/** Strictly above the safe temperature on some sensor (5.0 °C itself is safe, as in the cloud). */
const aboveSafe = (f) => (warmest(f)?.deci ?? -Infinity) > state.maxSafeDeci;

/** The fridge's current temperature: the warmest sensor; every sensor in the tooltip. */
function renderTemperature(e, f) {
  const w = warmest(f);
  if (w === undefined) {
    e.textContent = '– °C';
    e.dataset.state = 'none';
    delete e.dataset.deciCelsius;
    e.title = 'no temperature reading yet';
    return;
  }
  setCount(e, celsius(w.deci));
  e.dataset.state = w.deci > state.maxSafeDeci ? 'warm' : 'ok';
  e.dataset.deciCelsius = String(w.deci);
  const sensors = [...f.temps.values()].sort((a, b) => a.sensor - b.sensor).map((r) => `sensor ${r.sensor}: ${celsius(r.deci)} at ${time(r.atMs)}`);
  const verdict = w.deci > state.maxSafeDeci ? `above the safe ${celsius(state.maxSafeDeci)}` : `safe up to ${celsius(state.maxSafeDeci)}`;
  e.title = `${f.temps.size > 1 ? `warmest of ${f.temps.size} sensors` : 'temperature'}, ${verdict}\n${sensors.join('\n')}`;
}

/** One fridge card, created once and updated in place (so counts can flash when they change). */
function renderFridge(f) {
  if (f === undefined) return undefined;
  const box = $('fridges');
  let card = box.querySelector(`:scope > .fridge[data-fridge-id="${CSS.escape(f.id)}"]`);
  if (card === null) {
    card = el(
      'article',
      { class: 'fridge', id: `fridge-${f.id}`, 'data-testid': 'fridge', 'data-fridge-id': f.id, onclick: () => select(f.id) },
      el(
        'header',
        {},
        el('h3', { class: 'name' }),
        el('span', { class: 'temp', 'data-testid': 'fridge-temp', 'data-state': 'none' }),
        el('span', { class: 'badge', 'data-testid': 'fridge-state' }),
      ),
      el('p', { class: 'meta' }),
      el('p', { class: 'warm', hidden: true, 'data-testid': 'fridge-warm', text: 'Too warm: meals withdrawn from sale' }),
      el(
        'table',
        { class: 'stock' },
        el('thead', {}, el('tr', {}, el('th', { text: 'meal' }), el('th', { class: 'n', text: 'available' }), el('th', { class: 'n', text: 'reserved' }), el('th', { class: 'n', text: 'on hand' }), el('th', {}))),
        el('tbody', {}),
      ),
    );
    box.append(card);
  }
  card.dataset.state = f.online ? 'online' : 'stale';
  card.dataset.district = f.district;
  card.classList.toggle('selected', state.selected === f.id);
  card.querySelector('.name').textContent = f.name;
  const badge = card.querySelector('.badge');
  badge.textContent = f.online ? 'online' : 'offline · stale';
  badge.dataset.state = f.online ? 'online' : 'stale';
  const total = [...f.stock.values()].reduce((n, s) => n + s.available, 0);
  card.querySelector('.meta').textContent = `${f.id} · ${f.district} · ${total} meal${total === 1 ? '' : 's'} available`;
  card.querySelector('.warm').hidden = !f.warm;
  renderTemperature(card.querySelector('.temp'), f);

  const tbody = card.querySelector('tbody');
  const rows = [...f.stock.entries()].sort(([a], [b]) => (mealName(a) < mealName(b) ? -1 : 1));
  const keep = new Set(rows.map(([g]) => g));
  for (const tr of [...tbody.children]) if (!keep.has(tr.dataset.gtin)) tr.remove();
  let prev = null;
  for (const [gtin, s] of rows) {
    let tr = tbody.querySelector(`:scope > tr[data-gtin="${gtin}"]`);
    if (tr === null) {
      const button = el('button', { type: 'button', class: 'reserve', 'data-testid': 'reserve', text: 'Reserve' });
      button.addEventListener('click', (ev) => {
        ev.stopPropagation();
        void reserve(f.id, gtin, button);
      });
      tr = el(
        'tr',
        { 'data-testid': 'meal-row', 'data-gtin': gtin },
        el('td', { class: 'meal' }),
        el('td', { class: 'n', 'data-testid': 'available' }),
        el('td', { class: 'n', 'data-testid': 'reserved' }),
        el('td', { class: 'n', 'data-testid': 'on-hand' }),
        el('td', {}, button),
      );
    }
    tr.querySelector('.meal').textContent = mealName(gtin);
    setCount(tr.querySelector('[data-testid="available"]'), s.available);
    setCount(tr.querySelector('[data-testid="reserved"]'), s.reserved);
    setCount(tr.querySelector('[data-testid="on-hand"]'), s.onHand);
    tr.classList.toggle('sold-out', s.available === 0);
    const button = tr.querySelector('button');
    button.disabled = button.dataset.busy === 'yes' || s.available === 0 || !f.online || !tokenUsable();
    button.title = !tokenUsable() ? 'needs the user token from the URL npm start prints' : !f.online ? 'the fridge is offline' : s.available === 0 ? 'none available' : `hold one for ${state.user}`;
    const next = prev === null ? tbody.firstElementChild : prev.nextElementSibling;
    if (next !== tr) tbody.insertBefore(tr, next);
    prev = tr;
  }
  return card;
}

function select(id) {
  state.selected = state.selected === id ? undefined : id;
  for (const c of document.querySelectorAll('.fridge')) c.classList.toggle('selected', c.dataset.fridgeId === state.selected);
  renderMap();
  if (state.selected !== undefined) document.getElementById(`fridge-${id}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

function renderCatalog() {
  const box = $('catalog');
  const totals = new Map();
  for (const f of state.fridges.values()) {
    for (const [g, s] of f.stock) {
      const t = totals.get(g) ?? { available: 0, fridges: 0 };
      t.available += s.available;
      t.fridges += s.available > 0 ? 1 : 0;
      totals.set(g, t);
    }
  }
  const gtins = [...totals.keys()].sort((a, b) => (mealName(a) < mealName(b) ? -1 : 1));
  $('catalog-version').textContent = [...state.catalogVersions.entries()].map(([d, v]) => `${d} v${v}`).join(' · ');
  if (gtins.length === 0) {
    box.replaceChildren(el('p', { class: 'empty', text: 'No meals in scope.' }));
    return;
  }
  box.querySelector(':scope > .empty')?.remove();
  const keep = new Set(gtins);
  for (const c of [...box.children]) if (!keep.has(c.dataset.gtin)) c.remove();
  let prev = null;
  for (const g of gtins) {
    let card = box.querySelector(`:scope > [data-gtin="${g}"]`);
    if (card === null) {
      card = el(
        'article',
        { class: 'meal-card', 'data-testid': 'catalog-meal', 'data-gtin': g },
        el('header', {}, el('h3', {}), el('span', { class: 'price' })),
        el('p', { class: 'desc' }),
        el('dl', { class: 'nutrition' }),
        el('p', { class: 'allergens' }),
        el('p', { class: 'avail' }, el('strong', { 'data-testid': 'catalog-available' }), el('span', {})),
      );
    }
    const facts = state.facts.get(g);
    card.querySelector('h3').textContent = facts?.name ?? g;
    card.querySelector('.price').textContent = money(facts?.price);
    const desc = card.querySelector('.desc');
    desc.textContent = facts?.description ?? '';
    desc.hidden = !facts?.description;
    const n = facts?.nutrition ?? {};
    const items = [
      ['kcal', n.kcal, ''],
      ['protein', n.protein, ' g'],
      ['carbs', n.carbs, ' g'],
      ['fat', n.fat, ' g'],
      ['salt', n.salt, ' g'],
    ].filter(([, v]) => v !== undefined);
    card.querySelector('.nutrition').replaceChildren(...items.flatMap(([k, v, unit]) => [el('dt', { text: k }), el('dd', { text: `${v}${unit}` })]));
    const allergens = facts?.allergens ?? [];
    card.querySelector('.allergens').replaceChildren(...allergens.map((a) => el('span', { class: 'allergen', text: a })));
    if (facts === undefined) card.querySelector('.allergens').textContent = 'facts loading…';
    else if (facts.partial === true) card.querySelector('.allergens').textContent = 'not in the catalog right now (none available)';
    const t = totals.get(g);
    setCount(card.querySelector('[data-testid="catalog-available"]'), t.available);
    card.querySelector('.avail > span').textContent = ` available in ${t.fridges} fridge${t.fridges === 1 ? '' : 's'}`;
    card.classList.toggle('sold-out', t.available === 0);
    const next = prev === null ? box.firstElementChild : prev.nextElementSibling;
    if (next !== card) box.insertBefore(card, next);
    prev = card;
  }
}

/** The holds survive a reload of this tab (the API has no list of a user's reservations). */
function loadHolds() {
  try {
    for (const h of arr(JSON.parse(sessionStorage.getItem(HOLDS_KEY) ?? '[]'))) {
      if (isObj(h) && h.user === state.user && typeof h.id === 'string' && typeof h.fridgeId === 'string' && typeof h.gtin === 'string') {
        state.holds.set(h.id, { id: h.id, user: h.user, fridgeId: h.fridgeId, gtin: h.gtin, quantity: int(h.quantity, 1), expiresAtMs: int(h.expiresAtMs) });
      }
    }
  } catch {
    sessionStorage.removeItem(HOLDS_KEY);
  }
}

function renderHolds() {
  const ul = $('holds');
  const now = Date.now();
  for (const [id, h] of state.holds) if (h.expiresAtMs <= now) state.holds.delete(id);
  sessionStorage.setItem(HOLDS_KEY, JSON.stringify([...state.holds.values()]));
  if (state.holds.size === 0) {
    ul.replaceChildren(el('li', { class: 'empty', text: state.token ? 'None. Use a Reserve button.' : 'Reserving needs the user token from the URL npm start prints.' }));
    return;
  }
  ul.replaceChildren(
    ...[...state.holds.values()].map((h) => {
      const button = el('button', { type: 'button', 'data-testid': 'cancel-hold', text: 'Cancel' });
      button.addEventListener('click', () => void cancelHold(h.id, button));
      return el('li', { 'data-testid': 'hold', 'data-reservation-id': h.id }, el('span', { text: `${h.quantity} × ${mealName(h.gtin)} at ${fridgeName(h.fridgeId)}, until ${time(h.expiresAtMs)} ` }), button);
    }),
  );
}

// ---- the event log --------------------------------------------------------------------------

/**
 * A line of the event log, newest first. `text` is a string or a list of strings and
 * `{ meal: gtin }` parts; a meal shows by name, filled in when its facts arrive.
 */
function logEntry(atMs, fridgeId, kind, text, gtin) {
  const log = $('event-log');
  state.logged += 1;
  const parts = (Array.isArray(text) ? text : [text]).map((t) => (typeof t === 'string' ? t : el('span', { class: 'meal-name', 'data-gtin': t.meal, text: mealName(t.meal) })));
  const li = el(
    'li',
    { 'data-testid': 'log-entry', 'data-kind': kind, 'data-fridge-id': fridgeId || undefined, 'data-gtin': gtin },
    el('time', { text: time(atMs) }),
    fridgeId ? el('span', { class: 'who', text: fridgeName(fridgeId) }) : null,
    el('span', { class: 'what' }, ...parts),
  );
  log.prepend(li);
  while (log.childElementCount > MAX_LOG) log.lastElementChild.remove();
  renderLogCount();
}

function renderLogCount() {
  $('log-count').textContent = `${state.logged}${state.ignored > 0 ? ` · ${state.ignored} ignored` : ''}`;
}

/** Meal names in the log that were logged before the catalog said them. */
function renderLogNames() {
  for (const span of document.querySelectorAll('#event-log .meal-name')) {
    const name = mealName(span.dataset.gtin);
    if (span.textContent !== name) span.textContent = name;
  }
}

const logSystem = (text) => logEntry(Date.now(), '', 'system', text);

// ---- the map (no tiles: fridges plotted by latitude and longitude) ---------------------------

const KM_PER_DEG = 111.32;

function projection() {
  const pts = [...state.known.values()].map((f) => [f.lat, f.lon]);
  for (const d of state.districts) if (d.center.lat !== undefined && d.center.lon !== undefined) pts.push([d.center.lat, d.center.lon]);
  if (state.scope?.kind === 'area') {
    // The whole circle: its centre and its extent in each direction.
    const { lat, lon, radiusKm } = state.scope;
    const dLat = radiusKm / KM_PER_DEG;
    const dLon = radiusKm / (KM_PER_DEG * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
    pts.push([lat - dLat, lon - dLon], [lat + dLat, lon + dLon]);
  }
  if (pts.length === 0) return undefined;
  const lats = pts.map((p) => p[0]);
  const lons = pts.map((p) => p[1]);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const kx = KM_PER_DEG * Math.cos((midLat * Math.PI) / 180);
  // At least 3 km across, 15 % margin on every side.
  const spanX = Math.max(3, (Math.max(...lons) - Math.min(...lons)) * kx);
  const spanY = Math.max(2, (Math.max(...lats) - Math.min(...lats)) * KM_PER_DEG);
  // Landscape, between 4:3 and 16:9, so that the map fills its panel.
  let w = spanX * 1.3;
  let h = spanY * 1.3;
  if (w < h * 1.33) w = h * 1.33;
  if (h < w * 0.56) h = w * 0.56;
  const lon0 = (Math.min(...lons) + Math.max(...lons)) / 2 - w / 2 / kx;
  const lat0 = (Math.min(...lats) + Math.max(...lats)) / 2 + h / 2 / KM_PER_DEG;
  return {
    w,
    h,
    x: (lon) => (lon - lon0) * kx,
    y: (lat) => (lat0 - lat) * KM_PER_DEG,
    lon: (x) => lon0 + x / kx,
    lat: (y) => lat0 - y / KM_PER_DEG,
  };
}

/** Where a pin's label goes: right, left, above or below it, wherever it overlaps no other label. */
function labelSpot(placed, cx, cy, text, u, width) {
  const w = text.length * 1.15 * u;
  const h = 2.6 * u;
  const spots = [
    { x: cx + 2 * u, y: cy + 0.8 * u, anchor: 'start', left: cx + 2 * u },
    { x: cx - 2 * u, y: cy + 0.8 * u, anchor: 'end', left: cx - 2 * u - w },
    { x: cx + 2 * u, y: cy - 2 * u, anchor: 'start', left: cx + 2 * u },
    { x: cx + 2 * u, y: cy + 3.6 * u, anchor: 'start', left: cx + 2 * u },
    { x: cx - 2 * u, y: cy - 2 * u, anchor: 'end', left: cx - 2 * u - w },
    { x: cx - 2 * u, y: cy + 3.6 * u, anchor: 'end', left: cx - 2 * u - w },
  ];
  const box = (s) => ({ l: s.left, r: s.left + w, t: s.y - h, b: s.y });
  const free = (s) => {
    const a = box(s);
    return a.l >= 0 && a.r <= width && placed.every((o) => a.r < o.l || a.l > o.r || a.b < o.t || a.t > o.b);
  };
  const spot = spots.find(free) ?? spots[0];
  placed.push(box(spot));
  return spot;
}

function renderMap() {
  const map = $('map');
  const p = projection();
  if (p === undefined) {
    map.replaceChildren(svg('text', { x: 5, y: 3, 'text-anchor': 'middle', class: 'label', 'font-size': 0.4 }, 'no fridges yet'));
    return;
  }
  map.setAttribute('viewBox', `0 0 ${p.w.toFixed(3)} ${p.h.toFixed(3)}`);
  const u = p.w / 100; // one hundredth of the width: sizes that read the same at any scale
  const parts = [svg('rect', { x: 0, y: 0, width: p.w, height: p.h, class: 'ground' })];
  // A 1 km grid (coarser when the view is wide).
  const step = p.w > 40 ? 10 : p.w > 15 ? 5 : 1;
  for (let x = step; x < p.w; x += step) parts.push(svg('line', { x1: x, y1: 0, x2: x, y2: p.h, class: 'grid' }));
  for (let y = step; y < p.h; y += step) parts.push(svg('line', { x1: 0, y1: y, x2: p.w, y2: y, class: 'grid' }));
  parts.push(svg('line', { x1: 2 * u, y1: p.h - 2 * u, x2: 2 * u + step, y2: p.h - 2 * u, class: 'scale' }));
  parts.push(svg('text', { x: 2 * u, y: p.h - 3 * u, class: 'label', 'font-size': 2.2 * u }, `${step} km`));
  // Pins first, so that no label covers a pin; then each district as the box around its
  // fridges, named at its top left.
  const placed = [...state.known.values()].map((k) => ({ l: p.x(k.lon) - 1.6 * u, r: p.x(k.lon) + 1.6 * u, t: p.y(k.lat) - 1.6 * u, b: p.y(k.lat) + 1.6 * u }));
  const districts = new Map();
  for (const k of state.known.values()) districts.set(k.district, [...(districts.get(k.district) ?? []), k]);
  for (const [id, members] of districts) {
    const xs = members.map((k) => p.x(k.lon));
    const ys = members.map((k) => p.y(k.lat));
    const l = Math.min(...xs) - 4 * u;
    const t = Math.min(...ys) - 4 * u;
    const followed = members.some((k) => state.fridges.has(k.id));
    parts.push(svg('rect', { x: l, y: t, width: Math.max(...xs) + 4 * u - l, height: Math.max(...ys) + 4 * u - t, rx: 2 * u, class: `district-box${followed ? ' followed' : ''}`, 'data-district': id }));
    const labelW = id.length * 1.25 * u;
    const lx = Math.max(u, Math.min(l + u, p.w - labelW - u));
    parts.push(svg('text', { x: lx, y: t - u, class: 'district', 'font-size': 2.4 * u }, id));
    placed.push({ l: lx, r: lx + labelW, t: t - 3.4 * u, b: t });
  }
  if (state.scope?.kind === 'area') {
    const s = state.scope;
    parts.push(svg('circle', { cx: p.x(s.lon), cy: p.y(s.lat), r: s.radiusKm, class: 'area', 'data-testid': 'map-area' }));
  }
  for (const k of [...state.known.values()].sort((a, b) => a.lon - b.lon)) {
    const f = state.fridges.get(k.id);
    const cls = f === undefined ? 'out' : f.online ? 'online' : 'stale';
    const g = svg('g', { class: `pin ${cls}${state.selected === k.id ? ' selected' : ''}`, 'data-testid': 'map-fridge', 'data-fridge-id': k.id });
    g.append(svg('title', {}, `${k.name} (${k.id}, ${k.district})${f ? ` · ${f.online ? 'online' : 'offline, counts may be stale'}` : ' · not followed'}`));
    const cx = p.x(k.lon);
    const cy = p.y(k.lat);
    g.append(svg('circle', { cx, cy, r: 1.4 * u }));
    const label = labelSpot(placed, cx, cy, k.name, u, p.w);
    g.append(svg('text', { x: label.x, y: label.y, 'text-anchor': label.anchor, class: 'label', 'font-size': 2.2 * u }, k.name));
    g.addEventListener('click', (ev) => {
      ev.stopPropagation();
      select(k.id);
    });
    parts.push(g);
  }
  map.replaceChildren(...parts);
  map.onclick = (ev) => {
    const ctm = map.getScreenCTM();
    if (ctm === null) return;
    const pt = new DOMPoint(ev.clientX, ev.clientY).matrixTransform(ctm.inverse());
    const radiusKm = Number($('radius-select').value) || 2;
    setScope({ kind: 'area', lat: Math.max(-90, Math.min(90, p.lat(pt.y))), lon: Math.max(-180, Math.min(180, p.lon(pt.x))), radiusKm });
  };
}

// ---- start ----------------------------------------------------------------------------------

function start() {
  loadToken();
  loadHolds();
  renderUser();
  renderHolds();
  $('scope-select').addEventListener('change', onScopeSelect);
  $('radius-select').addEventListener('change', onRadiusSelect);
  // Holds expire by themselves; the token too.
  setInterval(() => {
    renderHolds();
    renderUser();
  }, 5000);
  window.addEventListener('online', () => feed.client?.retryNow());
  // The feed connects once a scope is chosen: every district there is, to begin with.
  void loadDistricts().then(chooseDefaultScope);
}

start();
