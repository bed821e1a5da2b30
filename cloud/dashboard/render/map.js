// @ts-check
// The map: fridges plotted by latitude and longitude (geometry.js), districts as boxes, the
// followed area; a click follows the fridges around that point.
import { $, svg } from '../dom.js';
import { labelSpot, projection } from '../geometry.js';
import { setScope } from '../scope.js';
import { state } from '../state.js';
import { select } from './fridges.js';

export function renderMap() {
  const map = /** @type {SVGSVGElement} */ (/** @type {unknown} */ ($('map')));
  const p = projection(state.known.values(), state.districts, state.scope);
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
  /** @type {Map<string, import('../state.js').KnownFridge[]>} */
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
    const radiusKm = Number(/** @type {HTMLSelectElement} */ ($('radius-select')).value) || 2;
    setScope({ kind: 'area', lat: Math.max(-90, Math.min(90, p.lat(pt.y))), lon: Math.max(-180, Math.min(180, p.lon(pt.x))), radiusKm });
  };
}
