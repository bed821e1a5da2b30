import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AjvCompiler, { type ValidatorFactory } from '@fastify/ajv-compiler';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { INGEST_CLIENT_ID_PREFIX } from './broker/client-ids.js';
import { EmbeddedBroker } from './broker/embedded-broker.js';
import { checkSecret, type CloudConfig } from './config.js';
import { createApplicationCore, DEFAULT_SNAPSHOT_EVERY, ReadLane, ReadLaneFull, Ticker, type CommandHandler, type CommittedBus, type GroupCommitter } from './core/index.js';
import { ApiError, ERRORS, errorAnswer, errorBody } from './errors.js';
import { feedPlugin } from './feed/index.js';
import { ReadWorker } from './http/read-pool.js';
import { adminPlugin } from './http/admin.js';
import { catalogPlugin } from './http/catalog.js';
import { dashboardPlugin } from './http/dashboard.js';
import { reservationsPlugin } from './http/reservations.js';
import { fridgesPlugin } from './http/fridges.js';
import { healthPlugin } from './http/health.js';
import { rateLimitsPlugin } from './http/rate-limits.js';
import { resolveJwtSecret } from './http/identity.js';
import { ownersPlugin } from './http/owners.js';
import { Ingest } from './ingest/ingest.js';
import { ReportProjector, reportsPlugin } from './reports/index.js';
import { createCloudMetrics, type CloudMetrics } from './metrics.js';
import { PgOwnership, StaticOwnership, type Ownership } from './ownership/ownership.js';
import { openStore, SqliteCloudStore, StoreUnavailable, type CloudStore } from './store/index.js';

/** The admin token: given, or generated once into the data dir (0600) and reused. */
function resolveAdminToken(cfg: CloudConfig, log: Logger): string {
  if (cfg.adminToken !== undefined) return cfg.adminToken;
  const file = path.join(cfg.dataDir, 'admin-token');
  // An empty or short file (truncated, or written by hand) is refused, never taken as the token.
  if (existsSync(file)) return checkSecret(`${file} (delete it to have one generated, or give --admin-token-file)`, readFileSync(file, 'utf8').trim(), 'admin token');
  const token = randomBytes(24).toString('base64url');
  writeFileSync(file, token + '\n', { mode: 0o600 });
  log.warn({ file }, 'no admin token configured: generated one');
  return token;
}

/**
 * fastify's validators, except that bodies are checked as sent: its ajv coerces types
 * (`"2"` → 2, `true` → 1) and drops unknown properties, which suits query strings and path
 * parameters (text by nature) but hides a client's mistake in a JSON body (issue 11 item
 * 17). Body schemas get an ajv that does neither: a wrong type or an unknown property is a
 * 400.
 */
function bodiesStrict(): ValidatorFactory {
  const pool = AjvCompiler();
  return (externalSchemas, options) => {
    const lenient = pool(externalSchemas, options);
    const strict = pool(externalSchemas, { ...options, mode: undefined, customOptions: { ...(options?.mode === 'JTD' ? {} : options?.customOptions), coerceTypes: false, removeAdditional: false } });
    return (route) => (route.httpPart === 'body' ? strict(route) : lenient(route));
  };
}

/**
 * fridge-cloud: store, embedded broker (unless an external one is given), ingest, HTTP.
 * Start order: store, broker, ingest, HTTP; stop in reverse after intake stopped.
 */
export class CloudApp {
  readonly metrics: CloudMetrics = createCloudMetrics();
  readonly store: CloudStore;
  readonly broker: EmbeddedBroker | undefined;
  readonly ingest: Ingest;
  readonly bus: CommittedBus;
  readonly committer: GroupCommitter;
  readonly core: CommandHandler;
  private readonly ticker: Ticker;
  /** The report tables follow the committed events in a lane of their own (issue 14). */
  readonly reportProjector: ReportProjector;
  /**
   * Client reads and feed snapshots take turns here: at most a few milliseconds of them per
   * turn of the event loop, so a burst of large reads never holds up acks (issue 12).
   */
  readonly reads = new ReadLane({ budgetMsPerTurn: 8, maxShare: 0.3, maxQueued: 2_000 });
  /**
   * Feed snapshots and replay pages: their own lane, budgeted per turn only (no share): a
   * reconnect storm of apps resumes at the pace the loop allows between acks, not at a
   * fraction of it (each resume is small; the feed's own tier is issue 13).
   */
  readonly feedReads = new ReadLane({ budgetMsPerTurn: 8, maxQueued: 50_000 });
  /** /v1/catalog and /v1/fridges of the SQLite store, read in a worker thread (read-pool.ts). */
  readonly readWorker: ReadWorker | undefined;
  readonly http: FastifyInstance;
  readonly adminToken: string;
  readonly ownership: Ownership;
  readonly instanceId: string;
  private httpPort: number | undefined;
  private retentionTimer: NodeJS.Timeout | undefined;

  /** Opens the configured store (SQLite file or PostgreSQL) and builds the app on it. */
  static async open(cfg: CloudConfig, log: Logger, now: () => number = Date.now): Promise<CloudApp> {
    mkdirSync(cfg.dataDir, { recursive: true });
    return new CloudApp(cfg, log, now, await openStore(cfg));
  }

  constructor(private readonly cfg: CloudConfig, private readonly log: Logger, now: () => number = Date.now, store?: CloudStore) {
    mkdirSync(cfg.dataDir, { recursive: true });
    this.store = store ?? new SqliteCloudStore(cfg.dataDir, { allowEmpty: cfg.allowEmptyStore === true });
    if (this.store instanceof SqliteCloudStore && cfg.sqliteWriter === 'thread') this.store.useWriterThread(log.child({ component: 'store-writer' }));
    if (this.store instanceof SqliteCloudStore && cfg.sqliteCheckpoints !== 'commit') {
      this.store.checkpointOffLoop(log.child({ component: 'store-checkpoints' }), {
        onRound: (r) => {
          this.metrics.walFrames.set(r.log);
          this.metrics.checkpointSeconds.observe(r.ms / 1000);
        },
      });
    }
    this.readWorker = this.store instanceof SqliteCloudStore && !this.store.readOnly ? new ReadWorker(this.store.dataDir, log.child({ component: 'reads' })) : undefined;
    this.adminToken = resolveAdminToken(cfg, log);
    // Checked now, not when the first plugin asks: a weak secret stops the start (item 15).
    resolveJwtSecret(cfg, log);
    this.instanceId = cfg.instanceId ?? `${hostname()}-${randomBytes(3).toString('hex')}`;
    const publicUrl = (): string => cfg.publicUrl ?? `http://${cfg.httpHost}:${this.httpPort ?? cfg.httpPort}`;
    // Several instances on one PostgreSQL store split the districts between them, unless
    // each is given its own with --districts.
    this.ownership = cfg.databaseUrl !== undefined && cfg.districts === undefined
      ? new PgOwnership({ databaseUrl: cfg.databaseUrl, instanceId: this.instanceId, publicUrl, log: log.child({ component: 'ownership' }), intervalMs: cfg.ownershipIntervalMs, now })
      : new StaticOwnership(cfg.districts, publicUrl);
    this.broker = cfg.external === undefined
      ? new EmbeddedBroker({ host: cfg.mqttHost, port: cfg.mqttPort, tls: cfg.mqttTls, registry: this.store, log: log.child({ component: 'broker' }), metrics: this.metrics })
      : undefined;
    // The application core: one bus of committed events, one group committer, one command
    // handler for the districts; the MQTT adapter, HTTP and the feed all go through it.
    ({ bus: this.bus, committer: this.committer, core: this.core } = createApplicationCore({
      store: this.store,
      log,
      acl: { maxSafeDeciCelsius: cfg.maxSafeDeciCelsius, excursionMs: cfg.excursionMs, ...(cfg.nearingExpiryMs !== undefined ? { nearingExpiryMs: cfg.nearingExpiryMs } : {}) },
      now,
      fenceOf: (district) => this.ownership.fenceOf(district),
      onGroup: (g) => {
        this.metrics.commitGroups.observe(g.units);
        this.metrics.commitSeconds.observe(g.ms / 1000);
      },
      onFold: (f) => {
        this.metrics.districtFolds.inc({ from: f.from });
        this.metrics.districtFoldEvents.inc(f.events);
        this.metrics.districtFoldSeconds.observe(f.ms / 1000);
        if (f.refused !== undefined) this.metrics.districtSnapshotsRefused.inc({ reason: f.refused });
        log.info({ component: 'core', district: f.district, from: f.from, events: f.events, ms: Math.round(f.ms) }, 'district state made');
      },
      snapshots: {
        every: cfg.districtSnapshotEvery ?? DEFAULT_SNAPSHOT_EVERY,
        // Put off while a backlog replays (up to ten times as many events): a storm first.
        defer: () => this.ingest.replaying(),
        onSaved: (s) => {
          this.metrics.districtSnapshots.inc({ outcome: s.outcome });
          this.metrics.districtSnapshotSeconds.observe(s.ms / 1000);
          if (s.outcome === 'saved') log.info({ component: 'core', district: s.district, bytes: s.bytes, ms: Math.round(s.ms) }, 'district snapshot saved');
        },
      },
    }));
    this.bus.subscribe('metrics', (stored) => {
      for (const { event } of stored) {
        this.metrics.domainEvents.inc({ type: event.type });
        if (event.type === 'TemperatureExcursion') this.metrics.excursions.inc({ state: event.cleared ? 'cleared' : 'raised' });
      }
    });
    this.reportProjector = new ReportProjector({ events: this.store, reports: this.store.reports, log: log.child({ component: 'reports' }), defer: () => this.ingest.replaying() });
    this.bus.subscribe('reports', () => this.reportProjector.notify());
    this.metrics.setReportLagProbe(async () => (await this.store.lastPosition()) - this.reportProjector.position());
    this.ticker = new Ticker(this.core, cfg.tickMs, log.child({ component: 'ticker' }));
    this.ingest = new Ingest({
      mqttUrl: cfg.external?.url ?? 'mqtt://placeholder',
      username: cfg.external?.username,
      password: cfg.external?.password,
      ca: cfg.external?.ca,
      ownership: this.ownership,
      // Each of several instances is its own MQTT client (one client id would evict the other).
      ...(this.ownership.dynamic ? { clientId: `${INGEST_CLIENT_ID_PREFIX}${this.instanceId}` } : {}),
      registry: this.store,
      eventStore: this.store,
      core: this.core,
      bus: this.bus,
      log: log.child({ component: 'ingest' }),
      metrics: this.metrics,
      now,
      // The embedded broker's wills and retained statuses do not outlive it (docs/cloud.md).
      ...(cfg.external === undefined ? { presenceGraceMs: cfg.presenceGraceMs ?? 120_000 } : {}),
    });
    this.metrics.setLaneProbe(() => this.ingest.laneStats());
    // Read at scrape time (cached briefly by the metrics): what an operator watches.
    this.metrics.setStoreSizeProbe(() => this.store.size());
    this.metrics.setFridgePresenceProbe(async () => {
      const [fridges, status] = await Promise.all([this.store.listFridges(), this.store.allStatus()]);
      return fridges.map((f) => {
        const st = status.get(f.id);
        return { fridgeId: f.id, district: f.district, online: st?.online ?? false, since: st?.changedAt ?? f.createdAt };
      });
    });
    this.http = Fastify({
      loggerInstance: log.child({ component: 'http' }) as FastifyBaseLogger,
      logController: new LogController({ disableRequestLogging: true }),
      bodyLimit: 4 * 1024 * 1024,
      schemaController: { compilersFactory: { buildValidator: bodiesStrict() } },
      // A URL fastify cannot route (bad percent-encoding): answered in our shape too.
      frameworkErrors: (err, req, reply) => this.answerError(err, req, reply),
      // request.ip is X-Forwarded-For's client only when the peer is a configured proxy (item 11).
      ...(cfg.trustedProxies !== undefined ? { trustProxy: cfg.trustedProxies } : {}),
    });
    this.http.decorate('cloud', {
      registry: this.store,
      eventStore: this.store,
      readModel: this.store,
      commands: this.core,
      registryChanged: this.core.registry,
      fridges: this.ingest,
      bus: this.bus,
      reads: this.reads,
      readWorker: this.readWorker,
      feedReads: this.feedReads,
      ingestConnected: () => this.ingest.isConnected,
      metrics: this.metrics,
      log: log.child({ component: 'api' }),
      adminToken: this.adminToken,
      ownership: this.ownership,
      config: cfg,
      now,
      ready: () => this.ingest.isConnected && this.store.healthy(),
      disconnectFridge: (fridgeId: string) => void this.broker?.disconnectFridge(fridgeId),
    });
    // docs/api.md: bodies are JSON; any other Content-Type is 415 FF_ERR_HTTP_MEDIA_TYPE.
    // fastify parses text/plain by itself, which let a text body reach the routes (a 400 from
    // a schema, or a route without one taking it). Only the root's parser is removed: every
    // plugin registered below inherits that, and a request with no body needs no parser.
    this.http.removeContentTypeParser('text/plain');
    this.http.setErrorHandler((err, req, reply) => this.answerError(err, req, reply));
    this.http.setNotFoundHandler((req, reply) => this.answerError(new ApiError('FF_ERR_HTTP_NOT_FOUND', `${req.method} ${req.url.split('?')[0] ?? ''}`), req, reply));
    void this.http.register(rateLimitsPlugin);
    void this.http.register(healthPlugin);
    void this.http.register(fridgesPlugin);
    void this.http.register(adminPlugin);
    void this.http.register(catalogPlugin);
    void this.http.register(reservationsPlugin);
    void this.http.register(ownersPlugin);
    // A fridge-feed process may serve the feed instead (--feed off): its storms then share
    // nothing with this process's acks (issue 13 item 1).
    if (cfg.feed !== 'off') void this.http.register(feedPlugin, { trustedProxies: cfg.trustedProxies });
    void this.http.register(dashboardPlugin);
    void this.http.register(reportsPlugin, { projector: this.reportProjector, reports: this.store.reports });
  }

  /**
   * Every error a request ends with, in the FF_ERR_ shape (cloud/errors.ts). A failure while
   * the store cannot commit is a 503 the client may retry, not a 500 (issue 11 item 14).
   */
  private answerError(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
    const a = errorAnswer(err);
    if (a.validation) this.metrics.rejects.inc({ reason: 'http_validation' });
    if (err instanceof StoreUnavailable || (a.internal && !this.store.healthy())) {
      req.log.warn({ err }, 'request failed: the store is unavailable');
      return reply.code(ERRORS.FF_ERR_STORE_UNAVAILABLE.status).send(errorBody('FF_ERR_STORE_UNAVAILABLE'));
    }
    if (err instanceof ReadLaneFull) {
      this.metrics.rejects.inc({ reason: 'reads_busy' });
      return reply.code(ERRORS.FF_ERR_READS_BUSY.status).header('retry-after', '1').send(errorBody('FF_ERR_READS_BUSY'));
    }
    if (a.internal) req.log.error({ err }, 'request failed');
    return reply.code(a.status).send(a.body);
  }

  async start(): Promise<{ httpPort: number; mqttPort: number | undefined; mqttUrl: string }> {
    if (this.broker) await this.broker.start();
    const mqttUrl = this.cfg.external?.url ?? this.broker?.url ?? '';
    // With the embedded broker the ingest is attached to it inside the process (no MQTT client).
    if (this.broker) this.ingest.useLink(this.broker.ingestLink());
    await this.ingest.start();
    this.ticker.start();
    // Folds what was committed before this start (after a rebuild: every event) in the background.
    this.reportProjector.notify();
    await this.http.listen({ host: this.cfg.httpHost, port: this.cfg.httpPort });
    const addr = this.http.server.address();
    const httpPort = addr && typeof addr === 'object' ? addr.port : this.cfg.httpPort;
    this.httpPort = httpPort;
    // Districts are taken once the instance can serve them.
    await this.ownership.start();
    if (this.cfg.retentionDays > 0) {
      const prune = (): void => {
        this.store.pruneRawEvents(Date.now() - this.cfg.retentionDays * 86_400_000).then(
          (n) => n > 0 && this.log.info({ pruned: n }, 'raw fridge events past retention pruned'),
          (err: unknown) => this.log.error({ err }, 'retention pruning failed'),
        );
      };
      prune();
      this.retentionTimer = setInterval(prune, 3_600_000);
      this.retentionTimer.unref();
    }
    return { httpPort, mqttPort: this.broker?.port, mqttUrl };
  }

  /** Clean shutdown: stop intake, finish, close (HTTP, ingest, broker, store). */
  async stop(): Promise<void> {
    if (this.retentionTimer) clearInterval(this.retentionTimer);
    this.ticker.stop();
    await this.ingest.stop();
    await this.committer.drained();
    // Every district's state as of its last commit: the next start folds next to nothing.
    await this.core.saveSnapshots().catch((err: unknown) => this.log.warn({ err }, 'district snapshots not saved at stop'));
    await this.reportProjector.stop();
    await this.ownership.stop();
    await this.http.close();
    await this.broker?.stop();
    await this.readWorker?.close();
    await this.store.close();
  }
}
