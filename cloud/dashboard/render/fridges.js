// @ts-check
// The fridges panel: one card per fridge in scope, updated in place.
import { $, el, one, setCount } from '../dom.js';
import { celsius, time } from '../format.js';
import { reserve } from '../reservations.js';
import { mealName, sortedFridges, state, toggleSelected, tokenUsable, warmest } from '../state.js';
import { renderMap } from './map.js';

/** @typedef {import('../state.js').Fridge} Fridge */

export function renderFridges() {
  const box = $('fridges');
  const list = sortedFridges(state);
  $('fridge-count').textContent = list.length > 0 ? `${list.filter((f) => f.online).length}/${list.length} online` : '';
  if (list.length === 0) {
    box.replaceChildren(el('p', { class: 'empty', text: state.scope ? 'No fridges in this scope.' : 'Waiting for the feed…' }));
    return;
  }
  box.querySelector(':scope > .empty')?.remove();
  const keep = new Set(list.map((f) => f.id));
  for (const card of [.../** @type {NodeListOf<HTMLElement>} */ (box.querySelectorAll(':scope > .fridge'))]) if (!keep.has(card.dataset.fridgeId ?? '')) card.remove();
  /** @type {Element | null} */
  let prev = null;
  for (const f of list) {
    const card = renderFridge(f);
    if (card === undefined) continue;
    /** @type {Element | null} */
    const next = prev === null ? box.firstElementChild : prev.nextElementSibling;
    if (next !== card) box.insertBefore(card, next);
    prev = card;
  }
}

/**
 * The fridge's current temperature: the warmest sensor; every sensor in the tooltip.
 * @param {HTMLElement} e
 * @param {Fridge} f
 */
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

/**
 * One fridge card, created once and updated in place (so counts can flash when they change).
 * @param {Fridge | undefined} f
 */
export function renderFridge(f) {
  if (f === undefined) return undefined;
  const box = $('fridges');
  let card = /** @type {HTMLElement | null} */ (box.querySelector(`:scope > .fridge[data-fridge-id="${CSS.escape(f.id)}"]`));
  if (card === null) {
    const id = f.id;
    card = el(
      'article',
      { class: 'fridge', id: `fridge-${f.id}`, 'data-testid': 'fridge', 'data-fridge-id': f.id, onclick: () => select(id) },
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
  one(card, '.name').textContent = f.name;
  const badge = one(card, '.badge');
  badge.textContent = f.online ? 'online' : 'offline · stale';
  badge.dataset.state = f.online ? 'online' : 'stale';
  const total = [...f.stock.values()].reduce((n, s) => n + s.available, 0);
  one(card, '.meta').textContent = `${f.id} · ${f.district} · ${total} meal${total === 1 ? '' : 's'} available`;
  one(card, '.warm').hidden = !f.warm;
  renderTemperature(one(card, '.temp'), f);

  const tbody = one(card, 'tbody');
  const rows = [...f.stock.entries()].sort(([a], [b]) => (mealName(state, a) < mealName(state, b) ? -1 : 1));
  const keep = new Set(rows.map(([g]) => g));
  for (const tr of [.../** @type {HTMLCollectionOf<HTMLElement>} */ (tbody.children)]) if (!keep.has(tr.dataset.gtin ?? '')) tr.remove();
  /** @type {Element | null} */
  let prev = null;
  for (const [gtin, s] of rows) {
    let tr = /** @type {HTMLElement | null} */ (tbody.querySelector(`:scope > tr[data-gtin="${gtin}"]`));
    if (tr === null) {
      const button = el('button', { type: 'button', class: 'reserve', 'data-testid': 'reserve', text: 'Reserve' });
      const fridgeId = f.id;
      button.addEventListener('click', (ev) => {
        ev.stopPropagation();
        void reserve(fridgeId, gtin, button);
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
    one(tr, '.meal').textContent = mealName(state, gtin);
    setCount(one(tr, '[data-testid="available"]'), s.available);
    setCount(one(tr, '[data-testid="reserved"]'), s.reserved);
    setCount(one(tr, '[data-testid="on-hand"]'), s.onHand);
    tr.classList.toggle('sold-out', s.available === 0);
    const button = /** @type {HTMLButtonElement} */ (one(tr, 'button'));
    button.disabled = button.dataset.busy === 'yes' || s.available === 0 || !f.online || !tokenUsable(state);
    button.title = !tokenUsable(state) ? 'needs the user token from the URL npm start prints' : !f.online ? 'the fridge is offline' : s.available === 0 ? 'none available' : `hold one for ${state.user}`;
    /** @type {Element | null} */
    const next = prev === null ? tbody.firstElementChild : prev.nextElementSibling;
    if (next !== tr) tbody.insertBefore(tr, next);
    prev = tr;
  }
  return card;
}

/** Selects a fridge (its card and its pin), or unselects it. */
export function select(/** @type {string} */ id) {
  toggleSelected(state, id);
  for (const c of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('.fridge'))) c.classList.toggle('selected', c.dataset.fridgeId === state.selected);
  renderMap();
  if (state.selected !== undefined) document.getElementById(`fridge-${id}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}
