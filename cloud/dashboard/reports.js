/* global document, location, history, sessionStorage, fetch, URLSearchParams, Option */
// The Reports page (issue 14): sales per hour and per meal, waste and stockouts, each
// fridge's temperature over the last 24 h with the safe line and the periods above it. A
// client of the reports API (docs/api.md "Reports") like any other: the admin token or a
// kitchen token comes in the URL fragment (#token=…: never sent to the server as part of the
// URL, never in its logs) and is kept for the tab. Charts are plain SVG drawn here.
const TOKEN_KEY = 'ff-reports-token';
const SVG = 'http://www.w3.org/2000/svg';
const PALETTE = ['#2f7d4f', '#3d84b8', '#c2703a', '#8a5fb0', '#b8a23d', '#3aa39a', '#c23b6b', '#6b7a3d'];

const $ = (id) => document.getElementById(id);
const state = { token: undefined, districts: [], district: undefined, safeCelsius: 5 };

function notice(text, kind = 'info') {
  const n = $('notice');
  n.hidden = !text;
  n.textContent = text ?? '';
  n.dataset.kind = kind;
}

function readToken() {
  const params = new URLSearchParams(location.hash.slice(1));
  const fromHash = params.get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    // Out of the address bar (and of screenshots and shared links).
    history.replaceState(null, '', location.pathname + location.search);
  }
  state.token = fromHash ?? sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

async function api(path) {
  const res = await fetch(path, { headers: { authorization: `Bearer ${state.token}`, accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(`${body.error ?? `HTTP ${res.status}`}: ${body.message ?? ''}`);
  return body;
}

function el(name, attrs = {}, text) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function clear(svg) {
  while (svg.firstChild) svg.removeChild(svg.firstChild);
}

/** A calendar day `n` days before `day` (YYYY-MM-DD; calendar arithmetic, no zone). */
function daysBefore(day, n) {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d - n));
  return t.toISOString().slice(0, 10);
}

const localDay = (ms, zone) => new Date(ms).toLocaleDateString('en-CA', { timeZone: zone });
const localHour = (iso, zone) => new Date(iso).toLocaleTimeString('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

const colors = new Map();
const colorOf = (gtin) => {
  if (!colors.has(gtin)) colors.set(gtin, PALETTE[colors.size % PALETTE.length]);
  return colors.get(gtin);
};

// ---- charts ----

function drawSales(recent) {
  const svg = $('sales-chart');
  clear(svg);
  const W = 720, H = 200, L = 30, B = 22, T = 8;
  const hours = [...new Set(recent.sales_per_hour.map((r) => r.hour))];
  const perHour = new Map(hours.map((h) => [h, []]));
  for (const r of recent.sales_per_hour) if (r.sold + r.picked_up > 0) perHour.get(r.hour).push(r);
  const totals = hours.map((h) => perHour.get(h).reduce((a, r) => a + r.sold + r.picked_up, 0));
  const max = Math.max(1, ...totals);
  const bw = (W - L - 4) / Math.max(1, hours.length);
  svg.append(el('line', { class: 'axis', x1: L, y1: H - B, x2: W, y2: H - B }));
  svg.append(el('text', { class: 'axis-label', x: 2, y: T + 8 }, String(max)));
  hours.forEach((h, i) => {
    let y = H - B;
    for (const r of perHour.get(h)) {
      const n = r.sold + r.picked_up;
      const hgt = ((H - B - T) * n) / max;
      y -= hgt;
      svg.append(el('rect', { x: L + i * bw + 1, y, width: Math.max(1, bw - 2), height: hgt, fill: colorOf(r.gtin), 'data-hour': h, 'data-gtin': r.gtin, 'data-count': n }));
    }
    if (i % 3 === 0) svg.append(el('text', { class: 'axis-label', x: L + i * bw, y: H - 6 }, localHour(h, recent.time_zone)));
  });
  const total = totals.reduce((a, n) => a + n, 0);
  $('sales-total').textContent = `${total} meal${total === 1 ? '' : 's'}`;
  $('sales-legend').textContent = '';
  for (const g of [...new Set(recent.sales_per_hour.map((r) => r.gtin))]) {
    const k = document.createElement('span');
    k.className = 'key';
    k.style.background = colorOf(g);
    $('sales-legend').append(k, document.createTextNode(g));
  }
}

function drawMeals(days) {
  const svg = $('meal-chart');
  clear(svg);
  const byMeal = new Map();
  for (const r of days.rows) byMeal.set(r.gtin, (byMeal.get(r.gtin) ?? 0) + r.sold + r.picked_up);
  const meals = [...byMeal.entries()].sort((a, b) => b[1] - a[1]);
  const W = 720, L = 120, rowH = Math.min(24, 190 / Math.max(1, meals.length));
  const max = Math.max(1, ...meals.map(([, n]) => n));
  svg.setAttribute('viewBox', `0 0 ${W} ${Math.max(40, meals.length * rowH + 10)}`);
  meals.forEach(([gtin, n], i) => {
    const y = 4 + i * rowH;
    svg.append(el('text', { class: 'axis-label', x: 0, y: y + rowH * 0.7 }, gtin));
    svg.append(el('rect', { x: L, y, width: Math.max(1, ((W - L - 40) * n) / max), height: rowH - 4, fill: colorOf(gtin), 'data-gtin': gtin, 'data-count': n }));
    svg.append(el('text', { class: 'bar-label', x: L + ((W - L - 40) * n) / max + 4, y: y + rowH * 0.7 }, String(n)));
  });
}

function drawWaste(days, from, to) {
  const svg = $('waste-chart');
  clear(svg);
  const W = 720, H = 200, L = 30, B = 22, T = 8;
  const list = [];
  for (let d = from; d <= to; d = daysBefore(d, -1)) list.push(d);
  const waste = new Map(list.map((d) => [d, 0]));
  const out = new Map(list.map((d) => [d, 0]));
  for (const r of days.rows) {
    if (!waste.has(r.day)) continue;
    // Meals lost to sale (past best-before, or too warm); their disposal later is the same meal.
    waste.set(r.day, waste.get(r.day) + r.expired + r.withdrawn);
    out.set(r.day, out.get(r.day) + r.stockout_minutes);
  }
  const max = Math.max(1, ...list.map((d) => Math.max(waste.get(d), out.get(d) / 60)));
  const gw = (W - L) / list.length;
  svg.append(el('line', { class: 'axis', x1: L, y1: H - B, x2: W, y2: H - B }));
  svg.append(el('text', { class: 'axis-label', x: 2, y: T + 8 }, String(Math.round(max))));
  list.forEach((d, i) => {
    const w = waste.get(d);
    const s = out.get(d);
    const hw = ((H - B - T) * w) / max;
    const hs = ((H - B - T) * (s / 60)) / max;
    svg.append(el('rect', { x: L + i * gw + 4, y: H - B - hw, width: gw / 2 - 6, height: hw, fill: '#c2703a', 'data-day': d, 'data-waste': w }));
    svg.append(el('rect', { x: L + i * gw + gw / 2, y: H - B - hs, width: gw / 2 - 6, height: hs, fill: '#7a8ca3', 'data-day': d, 'data-stockout-minutes': s }));
    svg.append(el('text', { class: 'axis-label', x: L + i * gw + 4, y: H - 6 }, d.slice(5)));
  });
  const total = [...waste.values()].reduce((a, n) => a + n, 0);
  $('waste-total').textContent = `${total} meal${total === 1 ? '' : 's'} wasted`;
}

function drawTemperatures(recent) {
  const box = $('temp-charts');
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
    const x = (ms) => L + ((W - L) * (ms - from)) / (to - from);
    const y = (c) => T + ((H - B - T) * (hi - c)) / (hi - lo);
    const wrap = document.createElement('div');
    wrap.className = 'temp-chart';
    const title = document.createElement('h3');
    title.textContent = `${f.name} (${f.id})`;
    const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, 'data-testid': `temp-chart-${f.id}`, role: 'img', 'aria-label': `temperature of ${f.id} over the last 24 hours` });
    svg.append(el('line', { class: 'axis', x1: L, y1: H - B, x2: W, y2: H - B }));
    svg.append(el('text', { class: 'axis-label', x: 0, y: y(hi) + 8 }, `${hi} °C`));
    svg.append(el('text', { class: 'axis-label', x: 0, y: y(lo) }, `${lo} °C`));
    for (const xc of excursions) {
      const a = Math.max(from, Date.parse(xc.start));
      const b = Math.min(to, xc.end === null ? to : Date.parse(xc.end));
      svg.append(el('rect', { class: 'excursion', x: x(a), y: T, width: Math.max(1, x(b) - x(a)), height: H - B - T, 'data-start': xc.start, 'data-peak': xc.peak_celsius }));
    }
    if (slots.length > 0) {
      const top = slots.map((s) => `${x(Date.parse(s.at)).toFixed(1)},${y(s.max_celsius).toFixed(1)} ${x(Date.parse(s.at) + 600_000).toFixed(1)},${y(s.max_celsius).toFixed(1)}`);
      const bottom = [...slots].reverse().map((s) => `${x(Date.parse(s.at) + 600_000).toFixed(1)},${y(s.min_celsius).toFixed(1)} ${x(Date.parse(s.at)).toFixed(1)},${y(s.min_celsius).toFixed(1)}`);
      svg.append(el('polygon', { class: 'temp-band', points: [...top, ...bottom].join(' '), 'data-slots': slots.length, 'data-max': Math.max(...slots.map((s) => s.max_celsius)) }));
    }
    svg.append(el('line', { class: 'safe-line', x1: L, x2: W, y1: y(recent.safe_celsius), y2: y(recent.safe_celsius), 'data-celsius': recent.safe_celsius }));
    for (let h = 0; h <= 24; h += 6) {
      const t = from + ((to - from) * h) / 24;
      svg.append(el('text', { class: 'axis-label', x: Math.min(W - 30, x(t)), y: H - 4 }, localHour(new Date(t).toISOString(), recent.time_zone)));
    }
    wrap.append(title, svg);
    box.append(wrap);
  }
  if (!any) box.innerHTML = '<p class="empty">No readings in the last 24 h.</p>';
}

// ---- loading ----

async function load() {
  if (state.district === undefined) return;
  try {
    const d = encodeURIComponent(state.district);
    const recent = await api(`/v1/reports/recent?district=${d}&hours=24`);
    const to = localDay(Date.now(), recent.time_zone);
    const from = daysBefore(to, 6);
    const days = await api(`/v1/reports/fridge-days?district=${d}&from=${from}&to=${to}`);
    $('zone').textContent = `local days in ${recent.time_zone}`;
    $('as-of').textContent = `as of position ${days.as_of_position}`;
    drawSales(recent);
    drawMeals(days);
    drawWaste(days, from, to);
    drawTemperatures(recent);
    document.body.dataset.loaded = state.district;
    notice('');
  } catch (err) {
    notice(`Reports could not be read: ${err.message}`, 'error');
  }
}

async function main() {
  readToken();
  const info = await (await fetch('districts.json')).json();
  state.districts = info.districts.map((x) => x.id);
  state.safeCelsius = info.max_safe_deci_celsius / 10;
  const select = $('district-select');
  for (const id of state.districts) select.append(new Option(id, id));
  state.district = state.districts[0];
  select.addEventListener('change', () => {
    state.district = select.value;
    void load();
  });
  $('refresh').addEventListener('click', () => void load());
  if (state.token === undefined) return notice('Open this page with #token=<admin token or kitchen token> (docs/api.md "Reports").', 'error');
  if (state.district === undefined) return notice('No district has fridges yet.');
  await load();
}

void main();
