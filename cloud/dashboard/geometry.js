// @ts-check
// The map's geometry: fridges plotted by latitude and longitude (no tiles), and where a pin's
// label goes. Pure: no DOM, importable in Node.

/** @typedef {import('./state.js').KnownFridge} KnownFridge */
/** @typedef {import('./state.js').District} District */
/** @typedef {import('./state.js').Scope} Scope */
/** @typedef {{ l: number, r: number, t: number, b: number }} Box */
/**
 * A view in km from the top left: its size, and from degrees to km and back.
 * @typedef {{ w: number, h: number, x: (lon: number) => number, y: (lat: number) => number, lon: (x: number) => number, lat: (y: number) => number }} Projection
 */

export const KM_PER_DEG = 111.32;

/**
 * The view that shows every known fridge, every district's centre and the followed area;
 * undefined with nothing to show.
 * @param {Iterable<KnownFridge>} known
 * @param {District[]} districts
 * @param {Scope | undefined} scope
 * @returns {Projection | undefined}
 */
export function projection(known, districts, scope) {
  /** @type {Array<[number, number]>} */
  const pts = [...known].map((f) => [f.lat, f.lon]);
  for (const d of districts) if (d.center.lat !== undefined && d.center.lon !== undefined) pts.push([d.center.lat, d.center.lon]);
  if (scope?.kind === 'area') {
    // The whole circle: its centre and its extent in each direction.
    const { lat, lon, radiusKm } = scope;
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

/**
 * Where a pin's label goes: right, left, above or below it, wherever it overlaps no other label
 * (`placed`, to which its box is added).
 * @param {Box[]} placed
 * @param {number} cx
 * @param {number} cy
 * @param {string} text
 * @param {number} u one hundredth of the view's width
 * @param {number} width the view's width
 * @returns {{ x: number, y: number, anchor: 'start' | 'end', left: number }}
 */
export function labelSpot(placed, cx, cy, text, u, width) {
  const w = text.length * 1.15 * u;
  const h = 2.6 * u;
  /** @type {Array<{ x: number, y: number, anchor: 'start' | 'end', left: number }>} */
  const spots = [
    { x: cx + 2 * u, y: cy + 0.8 * u, anchor: 'start', left: cx + 2 * u },
    { x: cx - 2 * u, y: cy + 0.8 * u, anchor: 'end', left: cx - 2 * u - w },
    { x: cx + 2 * u, y: cy - 2 * u, anchor: 'start', left: cx + 2 * u },
    { x: cx + 2 * u, y: cy + 3.6 * u, anchor: 'start', left: cx + 2 * u },
    { x: cx - 2 * u, y: cy - 2 * u, anchor: 'end', left: cx - 2 * u - w },
    { x: cx - 2 * u, y: cy + 3.6 * u, anchor: 'end', left: cx - 2 * u - w },
  ];
  /** @type {(s: { y: number, left: number }) => Box} */
  const box = (s) => ({ l: s.left, r: s.left + w, t: s.y - h, b: s.y });
  /** @type {(s: { y: number, left: number }) => boolean} */
  const free = (s) => {
    const a = box(s);
    return a.l >= 0 && a.r <= width && placed.every((o) => a.r < o.l || a.l > o.r || a.b < o.t || a.t > o.b);
  };
  const spot = spots.find(free) ?? /** @type {typeof spots[0]} */ (spots[0]);
  placed.push(box(spot));
  return spot;
}
