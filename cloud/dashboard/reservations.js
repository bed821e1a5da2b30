// @ts-check
// Reserving and releasing meals for the demo user (POST / DELETE /v1/reservations, docs/api.md).
import { notice } from './dom.js';
import { int, isObj, str } from './check.js';
import { time } from './format.js';
import { renderFridge } from './render/fridges.js';
import { renderHolds } from './render/holds.js';
import { addHold, fridgeName, mealName, removeHold, restoreHolds, state, tokenUsable } from './state.js';

/** Where the holds survive a reload of the tab (the API has no list of a user's reservations). */
export const HOLDS_KEY = 'ff-dashboard-holds';

/** The holds this tab made before a reload. */
export function loadHolds() {
  try {
    restoreHolds(state, JSON.parse(sessionStorage.getItem(HOLDS_KEY) ?? '[]'));
  } catch {
    sessionStorage.removeItem(HOLDS_KEY);
  }
}

/**
 * A call of the API as the user: the status and the JSON object answered ({} when none).
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body]
 * @returns {Promise<{ status: number, body: Record<string, unknown> }>}
 */
async function api(method, path, body) {
  const res = await fetch(path, {
    method,
    headers: { authorization: `Bearer ${state.token}`, accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  /** @type {unknown} */
  let answer;
  try {
    answer = await res.json();
  } catch {
    answer = undefined;
  }
  return { status: res.status, body: isObj(answer) ? answer : {} };
}

/**
 * @param {string} fridgeId
 * @param {string} gtin
 * @param {HTMLButtonElement} button
 */
export async function reserve(fridgeId, gtin, button) {
  const user = state.user;
  if (!tokenUsable(state) || user === undefined) return notice('No valid user token: open the URL that npm start printed (it carries #token=…).', 'error');
  button.disabled = true;
  button.dataset.busy = 'yes';
  try {
    const r = await api('POST', '/v1/reservations', { fridge_id: fridgeId, gtin, user_id: user, quantity: 1 });
    if (r.status === 201 && typeof r.body.id === 'string') {
      const expiresAtMs = int(r.body.expires_at_ms, Date.now());
      addHold(state, { id: r.body.id, user, fridgeId, gtin, quantity: int(r.body.quantity, 1), expiresAtMs });
      notice(`Reserved 1 × ${mealName(state, gtin)} at ${fridgeName(state, fridgeId)} until ${time(expiresAtMs)}.`, 'ok');
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

/**
 * @param {string} id
 * @param {HTMLButtonElement} button
 */
export async function cancelHold(id, button) {
  button.disabled = true;
  try {
    const r = await api('DELETE', `/v1/reservations/${encodeURIComponent(id)}?reason=by_user`);
    if (r.status === 200 || r.status === 404) {
      const hold = removeHold(state, id);
      notice(r.status === 200 ? `Released ${hold ? mealName(state, hold.gtin) : 'the meal'}.` : 'That reservation had already ended.', 'ok');
    } else notice(`Not canceled: ${str(r.body.message, `HTTP ${r.status}`)}`, 'error');
  } catch (err) {
    notice(`Not canceled: ${err instanceof Error ? err.message : String(err)}`, 'error');
  }
  renderHolds();
}
