// @ts-check
// The Reports page (issue 14): sales per hour and per meal, waste and stockouts, each
// fridge's temperature over the last 24 h with the safe line and the periods above it. A
// client of the reports API (docs/api.md "Reports") like any other: the admin token or a
// kitchen token comes in the URL fragment (#token=…: never sent to the server as part of the
// URL, never in its logs) and is kept for the tab. Charts are plain SVG (reports/charts.js).
// This is the entry (reports.html loads it): it starts the page and holds what the page
// follows; the modules are listed in docs/dashboard.md.
import { byId } from './dom.js';
import { getDistricts, getFridgeDays, getRecent, readToken } from './reports/api.js';
import { drawMeals, drawSales, drawTemperatures, drawWaste } from './reports/charts.js';
import { daysBefore, localDay } from './reports/data.js';

/** What the page shows: changed here only. */
const page = {
  /** @type {string | undefined} */
  token: undefined,
  /** @type {string | undefined} */
  district: undefined,
};

/**
 * The notice under the header; hidden when `text` is empty.
 * @param {string} text
 * @param {'info' | 'error'} [kind]
 */
function notice(text, kind = 'info') {
  const n = byId('notice', HTMLElement);
  n.hidden = !text;
  n.textContent = text;
  n.dataset.kind = kind;
}

/** The district's reports, drawn; a failure is said in the notice. */
async function load() {
  const district = page.district;
  if (district === undefined) return;
  try {
    const recent = await getRecent(district, page.token);
    const to = localDay(Date.now(), recent.time_zone);
    const from = daysBefore(to, 6);
    const days = await getFridgeDays(district, from, to, page.token);
    byId('zone', HTMLElement).textContent = `local days in ${recent.time_zone}`;
    byId('as-of', HTMLElement).textContent = `as of position ${days.as_of_position}`;
    drawSales(recent);
    drawMeals(days);
    drawWaste(days, from, to);
    drawTemperatures(recent);
    document.body.dataset.loaded = district;
    notice('');
  } catch (err) {
    notice(`Reports could not be read: ${err instanceof Error ? err.message : String(err)}`, 'error');
  }
}

async function main() {
  page.token = readToken();
  const info = await getDistricts();
  const districts = info.districts.map((x) => x.id);
  const select = byId('district-select', HTMLSelectElement);
  for (const id of districts) select.append(new Option(id, id));
  page.district = districts[0];
  select.addEventListener('change', () => {
    page.district = select.value;
    void load();
  });
  byId('refresh', HTMLButtonElement).addEventListener('click', () => void load());
  if (page.token === undefined) return notice('Open this page with #token=<admin token or kitchen token> (docs/api.md "Reports").', 'error');
  if (page.district === undefined) return notice('No district has fridges yet.');
  await load();
}

void main();
