// The client feed at /v1/feed (DESIGN.md "Clients: query and feed"; docs/feed.md).
import websocket from '@fastify/websocket';
import type { FastifyPluginAsync } from 'fastify';
import type { Logger } from 'pino';
import type { Registry as MetricsRegistry } from 'prom-client';
import type { ReadLane } from '../core/index.js';
import { ApiError, FEED_UPGRADE_REQUIRED } from '../errors.js';
import type { Ownership } from '../ownership/ownership.js';
import type { EventReader, ReadModel, RegistryReader } from '../store/index.js';
import { FF_ERR_FEED_TOO_MANY_CONNECTIONS } from './protocol.js';
import { Admission, createAdmissionMetrics, resolveAdmission } from './admission.js';
import { chooseSubprotocol, FeedHub, type CommitSource } from './hub.js';
import { resolveHistoryOptions, type HistoryOptions } from './history.js';
import { resolveFeedLimits, type FeedLimits } from './limits.js';
import { createFeedMetrics } from './metrics.js';

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

  await app.register(websocket, {
    // A larger client frame closes the connection with 1009 (ws does it before we see it).
    options: { maxPayload: limits.maxMessageBytes, perMessageDeflate: false, handleProtocols: (offered) => chooseSubprotocol(offered) },
    // Instead of the plugin's own (an error log with a stack trace for every client mistake).
    errorHandler: (err, socket, req) => hub.socketError(err, socket, req.raw),
    // Instead of the plugin's own (close every client, then the server): ours does not wait
    // for clients that never answer the close.
    preClose: async () => {
      await hub.close();
      app.websocketServer.close();
    },
  });

  app.route({
    method: 'GET',
    url: '/v1/feed',
    // Before the upgrade: an address over its limit gets a plain HTTP 429.
    preValidation: async (req, reply) => {
      if (!req.ws) return;
      // request.ip: the client's address, or the one a trusted proxy reports (--trusted-proxy).
      if (!hub.admits(req.ip)) {
        hub.refused('too_many_connections');
        return reply.code(429).send({ error: FF_ERR_FEED_TOO_MANY_CONNECTIONS, message: `at most ${limits.maxConnectionsPerAddress} feed connections per address` });
      }
      // Issue 13 item 4: over the admission rate, a 503 before any WebSocket work (the API's error
      // body, docs/feed.md "Admission").
      const a = admission.admit(req.raw);
      if (!a.ok) {
        return reply.code(503).header('retry-after', String(a.retryAfterS)).send({ error: 'FF_ERR_FEED_ADMISSION', message: `${new ApiError('FF_ERR_FEED_ADMISSION').message} (${a.reason})` });
      }
    },
    handler: async (_req, reply) => reply.code(FEED_UPGRADE_REQUIRED.status).header('upgrade', 'websocket').send(FEED_UPGRADE_REQUIRED.body),
    wsHandler: (socket, req) => {
      admission.upgraded(req.raw);
      hub.accept(socket, req.raw, req.ip);
    },
  });
};
