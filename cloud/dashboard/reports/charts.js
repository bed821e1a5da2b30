// @ts-check
// The Reports page's four charts, plain SVG drawn into reports.html's elements: sales per hour
// (stacked by meal), sales per meal, waste and stockouts per local day, and each fridge's
// temperature with the safe line and the periods above it.
import { byId, el, svg } from '../dom.js';
import { localHour, salesByHour, salesByMeal, wasteByDay } from './data.js';

/** @typedef {import('./data.js').RecentReport} RecentReport */
/** @typedef {import('./data.js').FridgeDaysReport} FridgeDaysReport */

const PALETTE = /** @type {const} */ (['#2f7d4f', '#3d84b8', '#c2703a', '#8a5fb0', '#b8a23d', '#3aa39a', '#c23b6b', '#6b7a3d']);
const SLOT_MS = 600_000;

/** A meal's colour, the same in every chart for as long as the page is open. @type {Map<string, string>} */
const colors = new Map();
function colorOf(/** @type {string} */ gtin) {
  let c = colors.get(gtin);
  if (c === undefined) {
    c = PALETTE[colors.size % PALETTE.length] ?? PALETTE[0];
    colors.set(gtin, c);
  }
  return c;
}

/** An `<svg>` of the page, emptied. */
function emptyChart(/** @type {string} */ id) {
  const chart = byId(id, SVGSVGElement);
  chart.replaceChildren();
  return chart;
}

/** `n meal(s)` and what follows. */
const mealCount = (/** @type {number} */ n, suffix = '') => `${n} meal${n === 1 ? '' : 's'}${suffix}`;

/** Sales per hour of the last hours, stacked by meal, with the total and a legend of the meals. */
export function drawSales(/** @type {RecentReport} */ recent) {
  const chart = emptyChart('sales-chart');
  const W = 720, H = 200, L = 30, B = 22, T = 8;
  const columns = salesByHour(recent.sales_per_hour);
  const max = Math.max(1, ...columns.map((c) => c.total));
  const bw = (W - L - 4) / Math.max(1, columns.length);
  chart.append(svg('line', { class: 'axis', x1: L, y1: H - B, x2: W, y2: H - B }));
  chart.append(svg('text', { class: 'axis-label', x: 2, y: T + 8 }, String(max)));
  columns.forEach(({ hour, meals }, i) => {
    let y = H - B;
    for (const { gtin, count } of meals) {
      const hgt = ((H - B - T) * count) / max;
      y -= hgt;
      chart.append(svg('rect', { x: L + i * bw + 1, y, width: Math.max(1, bw - 2), height: hgt, fill: colorOf(gtin), 'data-hour': hour, 'data-gtin': gtin, 'data-count': count }));
    }
    if (i % 3 === 0) chart.append(svg('text', { class: 'axis-label', x: L + i * bw, y: H - 6 }, localHour(hour, recent.time_zone)));
  });
  byId('sales-total', HTMLElement).textContent = mealCount(columns.reduce((a, c) => a + c.total, 0));
  const legend = byId('sales-legend', HTMLElement);
  legend.textContent = '';
  for (const gtin of new Set(recent.sales_per_hour.map((r) => r.gtin))) {
    const key = el('span', { class: 'key' });
    key.style.background = colorOf(gtin);
    legend.append(key, document.createTextNode(gtin));
  }
}

/** Sales per meal over the days, most sold first. */
export function drawMeals(/** @type {FridgeDaysReport} */ days) {
  const chart = emptyChart('meal-chart');
  const byMeal = salesByMeal(days.rows);
  const W = 720, L = 120, rowH = Math.min(24, 190 / Math.max(1, byMeal.length));
  const max = Math.max(1, ...byMeal.map(([, n]) => n));
  chart.setAttribute('viewBox', `0 0 ${W} ${Math.max(40, byMeal.length * rowH + 10)}`);
  byMeal.forEach(([gtin, n], i) => {
    const y = 4 + i * rowH;
    chart.append(svg('text', { class: 'axis-label', x: 0, y: y + rowH * 0.7 }, gtin));
    chart.append(svg('rect', { x: L, y, width: Math.max(1, ((W - L - 40) * n) / max), height: rowH - 4, fill: colorOf(gtin), 'data-gtin': gtin, 'data-count': n }));
    chart.append(svg('text', { class: 'bar-label', x: L + ((W - L - 40) * n) / max + 4, y: y + rowH * 0.7 }, String(n)));
  });
}

/**
 * Per local day from `from` to `to`: meals lost to sale and stockout hours, side by side, with
 * the total wasted.
 * @param {FridgeDaysReport} days
 * @param {string} from
 * @param {string} to
 */
export function drawWaste(days, from, to) {
  const chart = emptyChart('waste-chart');
  const W = 720, H = 200, L = 30, B = 22, T = 8;
  const perDay = wasteByDay(days.rows, from, to);
  const max = Math.max(1, ...perDay.map((d) => Math.max(d.waste, d.stockoutMinutes / 60)));
  const gw = (W - L) / perDay.length;
  chart.append(svg('line', { class: 'axis', x1: L, y1: H - B, x2: W, y2: H - B }));
  chart.append(svg('text', { class: 'axis-label', x: 2, y: T + 8 }, String(Math.round(max))));
  perDay.forEach(({ day, waste, stockoutMinutes }, i) => {
    const hw = ((H - B - T) * waste) / max;
    const hs = ((H - B - T) * (stockoutMinutes / 60)) / max;
    chart.append(svg('rect', { x: L + i * gw + 4, y: H - B - hw, width: gw / 2 - 6, height: hw, fill: '#c2703a', 'data-day': day, 'data-waste': waste }));
    chart.append(svg('rect', { x: L + i * gw + gw / 2, y: H - B - hs, width: gw / 2 - 6, height: hs, fill: '#7a8ca3', 'data-day': day, 'data-stockout-minutes': stockoutMinutes }));
    chart.append(svg('text', { class: 'axis-label', x: L + i * gw + 4, y: H - 6 }, day.slice(5)));
  });
  byId('waste-total', HTMLElement).textContent = mealCount(perDay.reduce((a, d) => a + d.waste, 0), ' wasted');
}

/**
 * A chart per fridge with readings or periods above safe in the window: min-max per 10 minutes
 * as a band, the safe temperature as a line, the periods above it shaded.
 * @param {RecentReport} recent
 */
export function drawTemperatures(recent) {
  const box = byId('temp-charts', HTMLElement);
  box.textContent = '';
  const from = Date.parse(recent.from);
  const to = Date.parse(recent.to);
  const W = 720, H = 140, L = 34, B = 18, T = 6;
  let any = false;
  for (const f of recent.fridges) {
    const slots = recent.temperature.filter((s) => s.fridge_id === f.id);
    const excursions = recent.excursions.filter((x) => x.fridge_id === f.id);
    if (slots.length === 0 && excursions.length === 0) continue;
    any = true;
    const values = slots.flatMap((s) => [s.min_celsius, s.max_celsius]).concat([recent.safe_celsius]);
    const lo = Math.floor(Math.min(...values) - 1);
    const hi = Math.ceil(Math.max(...values) + 1);
    const x = (/** @type {number} */ ms) => L + ((W - L) * (ms - from)) / (to - from);
    const y = (/** @type {number} */ c) => T + ((H - B - T) * (hi - c)) / (hi - lo);
    const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, 'data-testid': `temp-chart-${f.id}`, role: 'img', 'aria-label': `temperature of ${f.id} over the last 24 hours` });
    chart.append(svg('line', { class: 'axis', x1: L, y1: H - B, x2: W, y2: H - B }));
    chart.append(svg('text', { class: 'axis-label', x: 0, y: y(hi) + 8 }, `${hi} °C`));
    chart.append(svg('text', { class: 'axis-label', x: 0, y: y(lo) }, `${lo} °C`));
    for (const xc of excursions) {
      const a = Math.max(from, Date.parse(xc.start));
      const b = Math.min(to, xc.end === null ? to : Date.parse(xc.end));
      chart.append(svg('rect', { class: 'excursion', x: x(a), y: T, width: Math.max(1, x(b) - x(a)), height: H - B - T, 'data-start': xc.start, 'data-peak': xc.peak_celsius }));
    }
    if (slots.length > 0) {
      const point = (/** @type {number} */ ms, /** @type {number} */ c) => `${x(ms).toFixed(1)},${y(c).toFixed(1)}`;
      const top = slots.map((s) => `${point(Date.parse(s.at), s.max_celsius)} ${point(Date.parse(s.at) + SLOT_MS, s.max_celsius)}`);
      const bottom = [...slots].reverse().map((s) => `${point(Date.parse(s.at) + SLOT_MS, s.min_celsius)} ${point(Date.parse(s.at), s.min_celsius)}`);
      chart.append(svg('polygon', { class: 'temp-band', points: [...top, ...bottom].join(' '), 'data-slots': slots.length, 'data-max': Math.max(...slots.map((s) => s.max_celsius)) }));
    }
    chart.append(svg('line', { class: 'safe-line', x1: L, x2: W, y1: y(recent.safe_celsius), y2: y(recent.safe_celsius), 'data-celsius': recent.safe_celsius }));
    for (let h = 0; h <= 24; h += 6) {
      const t = from + ((to - from) * h) / 24;
      chart.append(svg('text', { class: 'axis-label', x: Math.min(W - 30, x(t)), y: H - 4 }, localHour(new Date(t).toISOString(), recent.time_zone)));
    }
    box.append(el('div', { class: 'temp-chart' }, el('h3', { text: `${f.name} (${f.id})` }), chart));
  }
  if (!any) box.replaceChildren(el('p', { class: 'empty', text: 'No readings in the last 24 h.' }));
}
