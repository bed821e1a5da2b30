// @ts-check
// The Reports page's reads: its token, the reports API (docs/api.md "Reports") with it, and the
// districts the page offers. The answers are the cloud's own, typed as cloud/reports/ writes
// them (reports/data.js); they are not checked field by field: a report the page cannot draw
// fails the load, and the page says so.

/** @typedef {import('./data.js').RecentReport} RecentReport */
/** @typedef {import('./data.js').FridgeDaysReport} FridgeDaysReport */
/** @typedef {import('./data.js').DistrictsInfo} DistrictsInfo */

const TOKEN_KEY = 'ff-reports-token';

/**
 * The admin token or a kitchen token: from the URL fragment (#token=…: never sent to the
 * server as part of the URL, never in its logs), then kept for the tab; undefined without one.
 */
export function readToken() {
  const params = new URLSearchParams(location.hash.slice(1));
  const fromHash = params.get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    // Out of the address bar (and of screenshots and shared links).
    history.replaceState(null, '', location.pathname + location.search);
  }
  return fromHash ?? sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

/**
 * A report's JSON, read with the token; an error answer throws `<error code>: <message>`.
 * @param {string} path
 * @param {string | undefined} token
 * @returns {Promise<unknown>}
 */
async function getReport(path, token) {
  const res = await fetch(path, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  /** @type {unknown} */
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const e = /** @type {{ error?: unknown, message?: unknown }} */ (typeof body === 'object' && body !== null ? body : {});
    throw new Error(`${e.error ?? `HTTP ${res.status}`}: ${e.message ?? ''}`);
  }
  return body;
}

/**
 * The district's last 24 hours: sales per hour, temperatures, periods above safe.
 * @param {string} district
 * @param {string | undefined} token
 */
export async function getRecent(district, token) {
  return /** @type {RecentReport} */ (await getReport(`/v1/reports/recent?district=${encodeURIComponent(district)}&hours=24`, token));
}

/**
 * The district's fridge-days from `from` to `to` (local days, both included).
 * @param {string} district
 * @param {string} from
 * @param {string} to
 * @param {string | undefined} token
 */
export async function getFridgeDays(district, from, to, token) {
  return /** @type {FridgeDaysReport} */ (await getReport(`/v1/reports/fridge-days?district=${encodeURIComponent(district)}&from=${from}&to=${to}`, token));
}

/** The districts that have fridges (`/dashboard/districts.json`, beside this page). */
export async function getDistricts() {
  return /** @type {DistrictsInfo} */ (await (await fetch('districts.json')).json());
}
