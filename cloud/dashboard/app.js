// @ts-check
// The live dashboard: a feed client like any app (docs/feed.md), plus the public catalog and
// fridge reads and the reservation API (docs/api.md). Plain ES modules, no build step of their
// own: the feed client library comes bundled (./feed-client.js, npm run build:feed-client).
// Everything received is checked before it is used; an unknown message is counted and ignored.
// This is the entry: it starts the page; the modules are listed in docs/dashboard.md.
import { $ } from './dom.js';
import { retryNow } from './feed.js';
import { chooseDefaultScope, loadDistricts } from './reads.js';
import { renderHolds } from './render/holds.js';
import { loadHolds } from './reservations.js';
import { onRadiusSelect, onScopeSelect } from './scope.js';
import { loadToken, renderUser } from './user.js';

function start() {
  loadToken();
  loadHolds();
  renderUser();
  renderHolds();
  $('scope-select').addEventListener('change', onScopeSelect);
  $('radius-select').addEventListener('change', onRadiusSelect);
  // Holds expire by themselves; the token too.
  setInterval(() => {
    renderHolds();
    renderUser();
  }, 5000);
  window.addEventListener('online', retryNow);
  // The feed connects once a scope is chosen: every district there is, to begin with.
  void loadDistricts().then(chooseDefaultScope);
}

start();
