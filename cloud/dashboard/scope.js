// @ts-check
// What the page follows: every district, one district, or an area around a point.
import { $, el } from './dom.js';
import { follow } from './feed.js';
import { renderAll } from './render/page.js';
import { followScope, state } from './state.js';

/**
 * Follows a new scope: a fresh snapshot, not a resume of the old scope's cursor.
 * @param {import('./state.js').Scope} scope
 */
export function setScope(scope) {
  followScope(state, scope);
  renderScopeSelect();
  renderAll();
  follow(scope);
}

export function renderScopeSelect() {
  const sel = /** @type {HTMLSelectElement} */ ($('scope-select'));
  const scope = state.scope;
  const options = [];
  if (state.districts.length > 1) options.push(el('option', { value: '*', text: `All districts (${state.districts.length})` }));
  for (const d of state.districts) options.push(el('option', { value: `d:${d.id}`, text: `${d.id} (${d.fridges} fridge${d.fridges === 1 ? '' : 's'})` }));
  if (scope?.kind === 'area') options.push(el('option', { value: 'area', text: `Area: ${scope.lat.toFixed(4)}, ${scope.lon.toFixed(4)} · ${scope.radiusKm} km` }));
  sel.replaceChildren(...options);
  sel.value = scope === undefined ? '*' : scope.kind === 'area' ? 'area' : scope.districts.length === 1 ? `d:${scope.districts[0]}` : '*';
}

export function onScopeSelect() {
  const v = /** @type {HTMLSelectElement} */ ($('scope-select')).value;
  if (v === '*') setScope({ kind: 'districts', districts: state.districts.map((d) => d.id) });
  else if (v.startsWith('d:')) setScope({ kind: 'districts', districts: [v.slice(2)] });
}

export function onRadiusSelect() {
  const r = Number(/** @type {HTMLSelectElement} */ ($('radius-select')).value);
  if (state.scope?.kind === 'area' && Number.isFinite(r)) setScope({ ...state.scope, radiusKm: r });
}
