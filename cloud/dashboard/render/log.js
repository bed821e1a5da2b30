// @ts-check
// The event log: the feed's events as they arrive, newest first, and the page's own notes.
import { $, el } from '../dom.js';
import { time } from '../format.js';
import { countIgnored, countLogged, fridgeName, mealName, state } from '../state.js';

const MAX_LOG = 200;

/**
 * A line of the event log, newest first (the last MAX_LOG).
 * @param {import('../state.js').LogLine} line
 */
export function logEntry({ atMs, fridgeId, kind, text, gtin }) {
  const log = $('event-log');
  countLogged(state);
  const parts = (Array.isArray(text) ? text : [text]).map((t) => (typeof t === 'string' ? t : el('span', { class: 'meal-name', 'data-gtin': t.meal, text: mealName(state, t.meal) })));
  const li = el(
    'li',
    { 'data-testid': 'log-entry', 'data-kind': kind, 'data-fridge-id': fridgeId || undefined, 'data-gtin': gtin },
    el('time', { text: time(atMs) }),
    fridgeId ? el('span', { class: 'who', text: fridgeName(state, fridgeId) }) : null,
    el('span', { class: 'what' }, ...parts),
  );
  log.prepend(li);
  while (log.childElementCount > MAX_LOG) log.lastElementChild?.remove();
  renderLogCount();
}

export function renderLogCount() {
  $('log-count').textContent = `${state.logged}${state.ignored > 0 ? ` · ${state.ignored} ignored` : ''}`;
}

/** Meal names in the log that were logged before the catalog said them. */
export function renderLogNames() {
  for (const span of document.querySelectorAll('#event-log .meal-name')) {
    const name = mealName(state, /** @type {HTMLElement} */ (span).dataset.gtin ?? '');
    if (span.textContent !== name) span.textContent = name;
  }
}

/** The page's own note (snapshot, resumed, resync, closed). */
export const logSystem = (/** @type {string} */ text) => logEntry({ atMs: Date.now(), fridgeId: '', kind: 'system', text });

/** Something the feed sent that the page cannot use: counted beside the log, and skipped. */
export function ignore(/** @type {string} */ what) {
  countIgnored(state);
  console.warn(`feed: ignored ${what}`);
  renderLogCount();
}
