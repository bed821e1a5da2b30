// @ts-check
// A feed event on the page: state.js applies it and says what changed; this shows it.
import { fetchFridge, refreshCatalog } from './reads.js';
import { renderCatalog } from './render/catalog.js';
import { renderFridge, renderFridges } from './render/fridges.js';
import { renderHolds } from './render/holds.js';
import { ignore, logEntry } from './render/log.js';
import { renderMap } from './render/map.js';
import { applyEvent, state } from './state.js';

/** @param {import('./feed-client.js').FeedEvent} e */
export function applyFeedEvent(e) {
  const fx = applyEvent(state, e, Date.now());
  if (fx.ignored !== undefined) return ignore(fx.ignored);
  if (fx.added !== undefined) {
    // A fridge registered after the snapshot: its details fetched, placed in order once this
    // event is applied.
    if (!fx.added.known) void fetchFridge(fx.added.id);
    queueMicrotask(renderFridges);
  }
  if (fx.refreshCatalog) refreshCatalog();
  if (fx.log !== undefined) logEntry(fx.log);
  if (fx.holds) renderHolds();
  if (fx.fridge !== undefined) renderFridge(fx.fridge);
  if (fx.catalog) renderCatalog();
  if (fx.map) renderMap();
}
