// @ts-check
// Checking untrusted values: what the API and the session storage hand over is checked before
// it is used (docs/dashboard.md). Pure: no DOM, importable in Node.

/** @typedef {import('./state.js').Counts} Counts */
/** @typedef {import('./state.js').Reading} Reading */
/** @typedef {import('./state.js').Fridge} Fridge */
/** @typedef {import('./state.js').Facts} Facts */
/** @typedef {import('./feed-client.js').Cursor} Cursor */
/** @typedef {Record<string, unknown>} Obj */

/** @type {(v: unknown) => v is Obj} */
export const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** @type {(v: unknown, fallback?: string) => string} */
export const str = (v, fallback = '') => (typeof v === 'string' ? v : fallback);
/**
 * proto3 JSON: 64-bit integers may come as numbers or decimal strings.
 * @type {(v: unknown, fallback?: number) => number}
 */
export const int = (v, fallback = 0) =>
  typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : typeof v === 'string' && /^-?[0-9]{1,16}$/.test(v) ? Number(v) : fallback;
/** @type {(v: unknown) => number | undefined} */
export const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/** @type {(v: unknown) => unknown[]} */
export const arr = (v) => (Array.isArray(v) ? v : []);
/**
 * A proto3 JSON integer field: absent means its default (0); present but not an integer, undefined.
 * @type {(v: unknown) => number | undefined}
 */
export const field = (v) => (v === undefined ? 0 : typeof v === 'number' && Number.isInteger(v) ? v : undefined);
/** A GTIN-14, as the API and the feed write it. */
export const isGtin = (/** @type {string} */ g) => /^[0-9]{14}$/.test(g);

/**
 * @param {unknown} v
 * @returns {Cursor | undefined}
 */
export function cursorOf(v) {
  if (!isObj(v)) return undefined;
  const epoch = str(v.epoch);
  const position = int(v.position, -1);
  return epoch !== '' && position >= 0 ? { epoch, position } : undefined;
}

/**
 * @param {Obj} v
 * @returns {Counts}
 */
export function stockOf(v) {
  return { onHand: Math.max(0, int(v.onHand)), reserved: Math.max(0, int(v.reserved)), available: Math.max(0, int(v.available)) };
}

/**
 * A sensor's reading ({sensor, deciCelsius} plus its time), or undefined when malformed.
 * @param {unknown} v
 * @param {number} atMs
 * @returns {Reading | undefined}
 */
export function readingOf(v, atMs) {
  if (!isObj(v)) return undefined;
  const sensor = field(v.sensor);
  const deci = field(v.deciCelsius);
  if (sensor === undefined || sensor < 0 || deci === undefined || Math.abs(deci) > 10_000) return undefined;
  return { sensor, deci, atMs };
}

/**
 * A fridge of a snapshot, or undefined without its id.
 * @param {unknown} v
 * @returns {Fridge | undefined}
 */
export function fridgeStateOf(v) {
  if (!isObj(v) || str(v.fridgeId) === '') return undefined;
  const id = str(v.fridgeId);
  /** @type {Map<string, Counts>} */
  const stock = new Map();
  for (const s of arr(v.stock)) if (isObj(s) && isGtin(str(s.gtin))) stock.set(str(s.gtin), stockOf(s));
  /** @type {Map<number, Reading>} */
  const temps = new Map();
  for (const t of arr(v.temperatures)) {
    const r = readingOf(t, isObj(t) ? int(t.atMs) : 0);
    if (r !== undefined) temps.set(r.sensor, r);
  }
  return {
    id,
    district: str(v.district),
    name: str(v.name, id),
    lat: num(v.lat),
    lon: num(v.lon),
    online: v.online === true,
    stale: v.stale !== false,
    warm: false,
    stock,
    temps,
  };
}

/**
 * A meal of the catalog API (docs/api.md): its facts, each one checked.
 * @param {Obj} m
 * @returns {Facts}
 */
export function factsOf(m) {
  const n = isObj(m.nutrition) ? m.nutrition : {};
  const p = m.price;
  const price = isObj(p) && typeof p.amount_cents === 'number' && typeof p.currency === 'string' ? { cents: p.amount_cents, currency: p.currency } : undefined;
  return {
    name: typeof m.name === 'string' ? m.name : undefined,
    description: typeof m.description === 'string' ? m.description : undefined,
    nutrition: { kcal: num(n.kcal), protein: num(n.protein_g), carbs: num(n.carbohydrate_g), fat: num(n.fat_g), salt: num(n.salt_g) },
    allergens: arr(m.allergens).filter((a) => typeof a === 'string'),
    price,
  };
}
