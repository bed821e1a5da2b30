// The client feed at /v1/feed (DESIGN.md "Clients: query and feed"; docs/feed.md).
import type { FastifyPluginAsync } from 'fastify';
import type { Logger } from 'pino';
import type { Registry as MetricsRegistry } from 'prom-client';
import type { ReadLane } from '../core/index.js';
import { FEED_UPGRADE_REQUIRED } from '../errors.js';
import type { Ownership } from '../ownership/ownership.js';
import type { EventReader, ReadModel, RegistryReader } from '../store/index.js';
import { FF_ERR_FEED_TOO_MANY_CONNECTIONS } from './protocol.js';
import { Admission, createAdmissionMetrics, resolveAdmission } from './admission.js';
import { chooseSubprotocol, FeedHub, type CommitSource } from './hub.js';
import { resolveHistoryOptions, type HistoryOptions } from './history.js';
import { resolveFeedLimits, type FeedLimits } from './limits.js';
import { createFeedMetrics } from './metrics.js';
import { serveFeedUpgrades, upgradeRefusal } from './upgrade.js';

export { DEFAULT_FEED_LIMITS, resolveFeedLimits, type FeedLimits } from './limits.js';
export { FEED_ERRORS, CLOSE as FEED_CLOSE_CODES } from './protocol.js';
export { DEFAULT_HISTORY, FeedHistory, resolveHistoryOptions, type HistoryOptions } from './history.js';
export { FeedHub, type CommitSource } from './hub.js';

/** What the feed reads, wherever it runs (in the cloud's process, or its own: cloud/feed/main.ts). */
export interface FeedDeps {
  registry: RegistryReader;
  eventStore: EventReader;
  readModel: ReadModel;
  /** Committed events, one publication per commit. */
  source: CommitSource;
  /** The position `source` publishes from (undefined: the store's last, once subscribed). */
  from?: number | undefined;
  reads?: ReadLane | undefined;
  metrics: MetricsRegistry;
  log: Logger;
  adminToken: string;
  /** Where cloud instances split the districts; undefined: every district is served. */
  ownership?: Ownership | undefined;
}

export interface FeedPluginOptions extends Partial<FeedLimits> {
  /** Default: the cloud's own (a feed inside the cloud process). */
  deps?: FeedDeps | undefined;
  /** Default: FF_FEED_HISTORY_* from the environment, else DEFAULT_HISTORY. */
  history?: HistoryOptions | undefined;
  /** Peers whose X-Forwarded-For names the client (`--trusted-proxy`, as the HTTP server's). */
  trustedProxies?: readonly string[] | undefined;
}

const LIMIT_KEYS = ['maxMessageBytes', 'maxSubscriptions', 'maxConnectionsPerAddress', 'maxBufferedBytes', 'maxResumeEvents', 'heartbeatMs', 'maxRadiusM', 'closeGraceMs'] as const;

/** The WebSocket feed: limits from the options, else FF_FEED_* environment, else defaults. */
export const feedPlugin: FastifyPluginAsync<FeedPluginOptions> = async (app, opts) => {
  const given: Partial<FeedLimits> = {};
  for (const k of LIMIT_KEYS) if (typeof opts[k] === 'number') given[k] = opts[k];
  const limits = resolveFeedLimits(process.env, given);
  const deps: FeedDeps = opts.deps ?? {
    registry: app.cloud.registry,
    eventStore: app.cloud.eventStore,
    readModel: app.cloud.readModel,
    source: app.cloud.bus,
    reads: app.cloud.feedReads,
    metrics: app.cloud.metrics.registry,
    log: app.cloud.log,
    adminToken: app.cloud.adminToken,
    ownership: app.cloud.ownership,
  };
  const { registry, eventStore, readModel, source, from, reads, metrics, log, adminToken, ownership } = deps;
  // Issue 13 item 4: the same admission wherever the feed runs (FF_FEED_ADMIT_*).
  const admission = new Admission(resolveAdmission(process.env), createAdmissionMetrics(metrics));
  const hub = await FeedHub.open({ registry, eventStore, readModel, ownership, epoch: await eventStore.storeEpoch(), bus: source, from, history: opts.history ?? resolveHistoryOptions(process.env), reads, limits, metrics: createFeedMetrics(metrics), log: log.child({ component: 'feed' }), adminToken });

  // Upgrades are taken from the HTTP server before fastify's router (cloud/feed/upgrade.ts):
  // nothing of the request outlives the handshake. A plain GET is answered 426 by the route.
  const upgrades = serveFeedUpgrades(app.server, {
    path: '/v1/feed',
    // A larger client frame closes the connection with 1009 (ws does it before we see it).
    maxPayload: limits.maxMessageBytes,
    handleProtocols: (offered) => chooseSubprotocol(offered),
    trustedProxies: opts.trustedProxies,
    check: (req, address) => {
      // An address over its limit gets a plain HTTP 429.
      if (!hub.admits(address)) {
        hub.refused('too_many_connections');
        return upgradeRefusal(FF_ERR_FEED_TOO_MANY_CONNECTIONS, `at most ${limits.maxConnectionsPerAddress} per address`);
      }
      // Issue 13 item 4: over the admission rate, a 503 before any WebSocket work (the API's
      // error body, docs/feed.md "Admission").
      const a = admission.admit(req);
      return a.ok ? undefined : upgradeRefusal('FF_ERR_FEED_ADMISSION', a.reason, { 'retry-after': String(a.retryAfterS) });
    },
    accept: (ws, req, address) => {
      admission.upgraded(req);
      hub.accept(ws, req, address);
    },
  });
  // Our own close (not waiting for clients that never answer the close), before the server's.
  app.addHook('preClose', async () => {
    upgrades.close();
    await hub.close();
  });

  app.get('/v1/feed', async (_req, reply) => reply.code(FEED_UPGRADE_REQUIRED.status).header('upgrade', 'websocket').send(FEED_UPGRADE_REQUIRED.body));
};
