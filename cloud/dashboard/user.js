// @ts-check
// The user token, from the URL fragment: never sent to the server, never in its logs
// (docs/dashboard.md "The demo user's token").
import { $, notice } from './dom.js';
import { state, tokenUsable, useToken } from './state.js';

const TOKEN_KEY = 'ff-dashboard-token';

export function loadToken() {
  const params = new URLSearchParams(location.hash.slice(1));
  const fromHash = params.get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    // Out of the address bar (and bookmarks, screenshots); kept for this tab only.
    history.replaceState(null, '', location.pathname + location.search);
  }
  const token = fromHash ?? sessionStorage.getItem(TOKEN_KEY) ?? undefined;
  if (!token) return;
  if (!useToken(state, token)) notice('The token in the URL is not a user token (JWT); reserving is off.', 'error');
}

export function renderUser() {
  const u = $('user');
  if (state.token === undefined) {
    u.textContent = 'no user token: reserving is off';
    u.dataset.state = 'none';
  } else if (!tokenUsable(state)) {
    u.textContent = `token of ${state.user} expired`;
    u.dataset.state = 'expired';
  } else {
    u.textContent = `user ${state.user}`;
    u.dataset.state = 'ok';
  }
}
