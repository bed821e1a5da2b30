// @ts-check
// The whole page at once (after a snapshot, a resume, a new scope or new facts).
import { $ } from '../dom.js';
import { renderCatalog } from './catalog.js';
import { renderFridges } from './fridges.js';
import { renderHolds } from './holds.js';
import { renderLogNames } from './log.js';
import { renderMap } from './map.js';
import { renderUser } from '../user.js';
import { state } from '../state.js';

export function renderAll() {
  renderMap();
  renderFridges();
  renderCatalog();
  renderHolds();
  renderCursor();
  renderUser();
  renderLogNames();
}

export function renderCursor() {
  $('cursor').textContent = state.cursor ? `position ${state.cursor.position}` : '';
}
