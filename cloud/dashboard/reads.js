// @ts-check
// Reads of the public API: the districts the page starts from, the catalog, a fridge's details.
import { $, el } from './dom.js';
import { setConnection } from './feed.js';
import { renderFridges } from './render/fridges.js';
import { renderAll } from './render/page.js';
import { renderScopeSelect, setScope } from './scope.js';
import { applyCatalog, applyDistricts, applyFridgeDetails, fridgesMissingNames, state } from './state.js';

/** @param {string} url */
async function getJson(url) {
  const res = await fetch(url, { cache: 'no-cache', headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return /** @type {Promise<unknown>} */ (res.json());
}

export async function loadDistricts() {
  try {
    applyDistricts(state, await getJson('/dashboard/districts.json'));
  } catch (err) {
    console.warn('dashboard: districts unavailable', err);
  }
  renderScopeSelect();
  renderFridges(); // the safe temperature may have changed
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let districtsTimer;
/** Every district there is; with none registered yet, look again every few seconds. */
export function chooseDefaultScope() {
  clearTimeout(districtsTimer);
  if (state.districts.length === 0) {
    $('fridges').replaceChildren(el('p', { class: 'empty', text: 'No fridges are registered yet. This page looks again every few seconds.' }));
    setConnection('idle', 'no fridges yet');
    districtsTimer = setTimeout(() => void loadDistricts().then(() => (state.scope === undefined ? chooseDefaultScope() : undefined)), 3000);
    return;
  }
  setScope({ kind: 'districts', districts: state.districts.map((d) => d.id) });
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let catalogTimer;
/** The catalog of the scope, soon (conditional: the browser revalidates with the ETag it has). */
export function refreshCatalog() {
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
      applyCatalog(state, await getJson(`/v1/catalog?${q}`));
    } catch (err) {
      console.warn('dashboard: catalog unavailable', err);
    }
  }
  // Meals held or sold out everywhere are not in the catalog: their names come from a fridge.
  await Promise.all(fridgesMissingNames(state).slice(0, 8).map((id) => fetchFridge(id)));
  renderAll();
}

/** A fridge's name, location, readings, and the names of meals the catalog does not list. */
export async function fetchFridge(/** @type {string} */ id) {
  try {
    if (applyFridgeDetails(state, id, await getJson(`/v1/fridges/${encodeURIComponent(id)}`))) renderAll();
  } catch (err) {
    console.warn(`dashboard: fridge ${id} unavailable`, err);
  }
}
