// fridge-feed: the client feed in a process of its own (issue 13 item 1). It reads the event
// store the cloud writes (never the ingest process): new commits by tailing the events table,
// snapshots from the projections, fridges from the registry. Nothing it does can delay a
// fridge's ack, and several of them on one store all serve every district.
import { existsSync } from 'node:fs';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { ReadLane } from '../core/index.js';
import { sqliteFile, SqliteCloudStore, type CloudStore } from '../store/index.js';
import type { FeedConfig } from './config.js';
import { FridgeDirectory } from './directory.js';
import { feedPlugin } from './index.js';
import { EventTail, listenForCommits } from './tailer.js';

/** The SQLite store the feed should read is not there (yet): the cloud creates it, never the feed. */
export class FeedStoreMissing extends Error {
  constructor(readonly file: string) {
    super(`no event store at ${file}: start fridge-cloud on this data dir first (or give --database-url)`);
    this.name = 'FeedStoreMissing';
  }
}

export class FeedApp {
  readonly metrics = new Registry();
  readonly http: FastifyInstance;
  readonly tail: EventTail;
  /**
   * Snapshots and resume pages beyond the in-memory window take turns here, so a storm of
   * them leaves the event loop to the live fan-out between turns.
   */
  readonly reads = new ReadLane({ budgetMsPerTurn: 8, maxQueued: 50_000 });

  /** Opens the store (SQLite read-only, or PostgreSQL) and builds the feed on it. */
  static async open(cfg: FeedConfig, log: Logger): Promise<FeedApp> {
    let store: CloudStore;
    if (cfg.databaseUrl !== undefined) {
      const { PgCloudStore } = await import('../store/pg-store.js');
      store = await PgCloudStore.open(cfg.databaseUrl, { max: 4 });
    } else {
      if (!existsSync(sqliteFile(cfg.dataDir))) throw new FeedStoreMissing(sqliteFile(cfg.dataDir));
      store = new SqliteCloudStore(cfg.dataDir, { readOnly: true });
    }
    return new FeedApp(cfg, log, store, await store.lastPosition());
  }

  private constructor(private readonly cfg: FeedConfig, private readonly log: Logger, readonly store: CloudStore, from: number) {
    collectDefaultMetrics({ register: this.metrics, prefix: 'ff_feed_' });
    const pgUrl = cfg.databaseUrl;
    this.tail = new EventTail({
      reader: store,
      from,
      pollMs: pgUrl !== undefined ? cfg.pgPollMs : cfg.pollMs,
      log: log.child({ component: 'tail' }),
      wake: pgUrl !== undefined ? listenForCommits(pgUrl, log.child({ component: 'listen' })) : undefined,
    });
    const tail = this.tail;
    new Gauge({ name: 'ff_feed_tail_position', help: 'The last event store position this feed process has read and published', registers: [this.metrics], collect() {
      this.set(tail.position);
    } });
    this.http = Fastify({
      loggerInstance: log.child({ component: 'http' }) as FastifyBaseLogger,
      logController: new LogController({ disableRequestLogging: true }),
      ...(cfg.trustedProxies !== undefined ? { trustProxy: cfg.trustedProxies } : {}),
    });
    this.http.get('/healthz', async () => ({ ok: true }));
    // Ready while the store reads succeed: a load balancer sends no client to a feed that
    // cannot see new commits.
    this.http.get('/readyz', async (_req, reply) => {
      const ready = this.tail.healthy();
      return reply.code(ready ? 200 : 503).send({ ready, position: this.tail.position });
    });
    this.http.get('/metrics', async (_req, reply) => reply.header('content-type', this.metrics.contentType).send(await this.metrics.metrics()));
    this.http.setNotFoundHandler((req, reply) => reply.code(404).send({ error: 'FF_ERR_HTTP_NOT_FOUND', message: `${req.method} ${req.url.split('?')[0] ?? ''}: this process serves /v1/feed` }));
    void this.http.register(feedPlugin, {
      history: cfg.history,
      trustedProxies: cfg.trustedProxies,
      deps: {
        registry: new FridgeDirectory(store, cfg.registryRefreshMs),
        eventStore: store,
        readModel: store,
        source: this.tail,
        from,
        reads: this.reads,
        metrics: this.metrics,
        log,
        adminToken: cfg.adminToken,
      },
    });
  }

  async start(): Promise<{ httpPort: number; position: number }> {
    await this.http.ready();
    await this.tail.start();
    await this.http.listen({ host: this.cfg.httpHost, port: this.cfg.httpPort });
    const addr = this.http.server.address();
    return { httpPort: addr !== null && typeof addr === 'object' ? addr.port : this.cfg.httpPort, position: this.tail.position };
  }

  /** Clean shutdown: clients get 1001 (they resume at another feed process), then the tail and the store close. */
  async stop(): Promise<void> {
    await this.http.close();
    await this.tail.stop();
    await this.store.close();
    this.log.info('feed stopped');
  }
}
