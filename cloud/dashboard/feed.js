// @ts-check
// The feed (docs/feed.md) through the feed client library (feed-client/, bundled as
// ./feed-client.js): it keeps the connection, subscribes, resumes from the last cursor after a
// reconnect and backs off with full jitter; this page shows what it reports.
import { str } from './check.js';
import { $ } from './dom.js';
import { applyFeedEvent } from './events.js';
import { connect as openFeed } from './feed-client.js';
import { loadDistricts, refreshCatalog } from './reads.js';
import { renderAll, renderCursor } from './render/page.js';
import { ignore, logSystem } from './render/log.js';
import { applySnapshot, setCursor, state } from './state.js';

/** @typedef {import('./feed-client.js').FeedClient} FeedClient */
/** @typedef {import('./feed-client.js').Subscription} Subscription */
/** @typedef {import('./state.js').Scope} Scope */

const PING_MS = 20_000;
const BACKOFF_MIN_MS = 500;
const BACKOFF_MAX_MS = 15_000;

/** The connection, the reconnect countdown, and the server's limit from its `welcome`. */
const feed = {
  /** @type {FeedClient | undefined} */
  client: undefined,
  /** @type {ReturnType<typeof setInterval> | undefined} */
  countdown: undefined,
  maxSubscriptions: 16,
};

function feedUrl() {
  // A feed served by fridge-feed processes is elsewhere (districts.json's feed_url).
  return state.feedUrl ?? `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/v1/feed`;
}

/**
 * The connection state in the header.
 * @param {string} s
 * @param {string} [detail]
 */
export function setConnection(s, detail = '') {
  const c = $('connection');
  c.dataset.state = s;
  c.textContent = detail === '' ? s : `${s} · ${detail}`;
}

/**
 * What the feed follows for a scope of this page.
 * @param {Scope} scope
 * @param {number} maxSubscriptions
 * @returns {Subscription}
 */
export function subscriptionOf(scope, maxSubscriptions) {
  return scope.kind === 'area'
    ? { areas: [{ lat: scope.lat, lon: scope.lon, radiusM: Math.round(scope.radiusKm * 1000) }] }
    : { districts: scope.districts.slice(0, maxSubscriptions) };
}

/**
 * Follows a scope: the first one connects, a later one replaces the subscription.
 * @param {Scope} scope
 */
export function follow(scope) {
  if (feed.client === undefined) connect(scope);
  else {
    feed.client.subscribe(subscriptionOf(scope, feed.maxSubscriptions));
    setConnection('subscribing');
  }
}

/** The browser is back online: retry at once. */
export function retryNow() {
  feed.client?.retryNow();
}

/** @param {Scope} scope */
function connect(scope) {
  const c = openFeed(feedUrl(), { subscription: subscriptionOf(scope, feed.maxSubscriptions), keepState: false, pingMs: PING_MS, backoff: { baseMs: BACKOFF_MIN_MS, capMs: BACKOFF_MAX_MS } });
  feed.client = c;
  c.on('connecting', () => {
    clearInterval(feed.countdown);
    setConnection('connecting');
  });
  c.on('welcome', (w) => {
    feed.maxSubscriptions = Math.max(1, w.maxSubscriptions || 16);
    setConnection(c.cursor === undefined ? 'subscribing' : 'resuming');
    void loadDistricts();
  });
  c.on('snapshot', (_state, snapshot) => {
    applySnapshot(state, snapshot);
    logSystem(`snapshot: ${state.fridges.size} fridge${state.fridges.size === 1 ? '' : 's'}`);
    renderAll();
    refreshCatalog();
  });
  c.on('events', (events) => {
    for (const e of events) applyFeedEvent(e);
    setCursor(state, c.cursor);
    renderCursor();
  });
  c.on('live', (info) => {
    setCursor(state, c.cursor);
    setConnection('live');
    if (info.outcome === 'resumed') {
      logSystem(`resumed: ${info.replayed} missed event${info.replayed === 1 ? '' : 's'} replayed`);
      renderAll();
    }
  });
  c.on('resync', (r) => {
    // A snapshot follows on this connection (or, for a slow consumer, after the reconnect).
    setCursor(state, undefined);
    logSystem(`resync (${str(r.reason, 'unknown reason')}): taking a new snapshot`);
  });
  c.on('error', (e) => (e.code === 'FF_ERR_FEED_CLIENT_MALFORMED' ? ignore(e.message) : logSystem(`feed error ${e.code}: ${e.message}`)));
  c.on('disconnected', (d) => {
    logSystem(`feed closed (${d.code}${d.reason ? `: ${d.reason}` : ''})`);
    reconnectCountdown(d.retryInMs ?? 0);
  });
}

/** @param {number} delayMs */
function reconnectCountdown(delayMs) {
  const due = Date.now() + delayMs;
  const tick = () => {
    const left = Math.max(0, Math.ceil((due - Date.now()) / 1000));
    setConnection('reconnecting', `in ${left} s`);
  };
  clearInterval(feed.countdown);
  tick();
  feed.countdown = setInterval(tick, 1000);
}
