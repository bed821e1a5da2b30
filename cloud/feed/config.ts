// fridge-feed's options (docs/feed.md "The feed's own process", docs/operations.md): one table
// gives parsing, validation and --help, as fridge-cloud's. The feed's limits stay FF_FEED_*
// variables (cloud/feed/limits.ts); the history window's are options here too.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, formatHelp, parseOptions, readFileOption, type OptionTable } from '../../shared/index.js';
import { checkSecret, parseTrustedProxies } from '../config.js';
import type { HistoryOptions } from './history.js';

export const feedOptions = {
  'data-dir': { kind: 'string', env: 'FF_DATA_DIR', default: '.data/cloud', help: 'the cloud\'s data directory: its SQLite event store is read (read-only), and its admin-token file unless one is given' },
  'database-url': { kind: 'string', env: 'FF_DATABASE_URL', pattern: /^postgres(ql)?:\/\/\S+$/, patternHelp: 'must be a postgres:// URL', help: 'read the event store in PostgreSQL (the cloud\'s --database-url) instead of the SQLite file' },
  'http-host': { kind: 'string', env: 'FF_FEED_HTTP_HOST', default: '127.0.0.1', help: 'address of the feed (/v1/feed) and its /healthz, /readyz and /metrics' },
  'http-port': { kind: 'int', env: 'FF_FEED_HTTP_PORT', default: 8081, min: 0, max: 65535, help: 'HTTP port of the feed (0: any free port)' },
  'admin-token': { kind: 'string', env: 'FF_ADMIN_TOKEN', help: 'the cloud\'s admin token (all-districts subscriptions), at least 24 characters (prefer --admin-token-file)' },
  'admin-token-file': { kind: 'string', env: 'FF_ADMIN_TOKEN_FILE', help: 'file holding the admin token; without either, <data-dir>/admin-token (the one the cloud generated)' },
  'trusted-proxy': { kind: 'string', env: 'FF_TRUSTED_PROXY', help: 'comma-separated addresses or CIDRs of reverse proxies (load balancers) whose X-Forwarded-For names the client (feed connections per address); no other peer\'s is read' },
  'poll-ms': { kind: 'int', env: 'FF_FEED_POLL_MS', default: 5, min: 1, max: 10_000, help: 'SQLite: how often the event store is checked for new commits (a probe that finds nothing costs microseconds)' },
  'pg-poll-ms': { kind: 'int', env: 'FF_FEED_PG_POLL_MS', default: 1000, min: 10, max: 60_000, help: 'PostgreSQL: a read at least this often, besides the one each commit\'s NOTIFY wakes' },
  'history-ms': { kind: 'int', env: 'FF_FEED_HISTORY_MS', default: 120_000, min: 1, max: 86_400_000, help: 'the resume window keeps each event at least this long...' },
  'history-events': { kind: 'int', env: 'FF_FEED_HISTORY_EVENTS', default: 20_000, min: 1, max: 10_000_000, help: '...and while its district has at most this many newer ones; a resume inside the window reads nothing from the store' },
  'history-mb': { kind: 'int', env: 'FF_FEED_HISTORY_MB', default: 256, min: 1, max: 65_536, help: 'memory bound of the resume window (estimated); over it the oldest events of all districts go first' },
  'registry-refresh-ms': { kind: 'int', env: 'FF_FEED_REGISTRY_REFRESH_MS', default: 1000, min: 10, max: 600_000, help: 'how often the fridge registry is checked for new fridges (areas resolve against it)' },
  'log-level': { kind: 'string', env: 'LOG_LEVEL', default: 'info', pattern: /^(trace|debug|info|warn|error|fatal|silent)$/, patternHelp: 'must be trace, debug, info, warn, error, fatal or silent', help: 'log level' },
} satisfies OptionTable;

export interface FeedConfig {
  dataDir: string;
  databaseUrl: string | undefined;
  httpHost: string;
  httpPort: number;
  adminToken: string;
  trustedProxies: string[] | undefined;
  pollMs: number;
  pgPollMs: number;
  history: HistoryOptions;
  registryRefreshMs: number;
  logLevel: string;
}

export const FEED_HELP = formatHelp(
  'fridge-feed',
  'Farmacy Food client feed (/v1/feed) in a process of its own: it tails the cloud\'s event store\n'
    + '(SQLite read-only, or PostgreSQL with LISTEN/NOTIFY) and serves every district; run one or\n'
    + 'several behind a load balancer (docs/operations.md). FF_FEED_* variables set its limits (docs/feed.md).',
  feedOptions,
);

export function loadFeedConfig(argv: readonly string[], env: NodeJS.ProcessEnv): FeedConfig | 'help' {
  const o = parseOptions(feedOptions, argv, env);
  if (o === 'help') return 'help';
  let adminToken: string;
  if (o['admin-token'] !== undefined) adminToken = checkSecret('--admin-token', o['admin-token'], 'admin token');
  else {
    const given = o['admin-token-file'];
    const file = given ?? path.join(o['data-dir'], 'admin-token');
    if (given === undefined && !existsSync(file)) throw new ConfigError(`no admin token: give --admin-token-file (or --admin-token), or start fridge-cloud first so that it writes ${file}`);
    const text = given !== undefined ? readFileOption('admin-token-file', given)?.toString('utf8') : readFileSync(file, 'utf8');
    adminToken = checkSecret(given !== undefined ? `--admin-token-file ${given}` : file, (text ?? '').trim(), 'admin token');
  }
  return {
    dataDir: o['data-dir'],
    databaseUrl: o['database-url'],
    httpHost: o['http-host'],
    httpPort: o['http-port'],
    adminToken,
    trustedProxies: o['trusted-proxy'] === undefined ? undefined : parseTrustedProxies(o['trusted-proxy']),
    pollMs: o['poll-ms'],
    pgPollMs: o['pg-poll-ms'],
    history: { minAgeMs: o['history-ms'], minEvents: o['history-events'], maxBytes: o['history-mb'] * 1024 * 1024 },
    registryRefreshMs: o['registry-refresh-ms'],
    logLevel: o['log-level'],
  };
}
