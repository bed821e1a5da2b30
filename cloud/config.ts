import { ConfigError, formatHelp, parseOptions, readFileOption, type OptionTable } from '../shared/index.js';
import { isIP } from 'node:net';
import { ID_PATTERN } from '../proto/index.js';

export const cloudOptions = {
  'data-dir': { kind: 'string', env: 'FF_DATA_DIR', default: '.data/cloud', help: 'directory of the event store (SQLite) and the generated admin token' },
  'allow-empty-store': { kind: 'bool', env: 'FF_ALLOW_EMPTY_STORE', help: 'start with an empty SQLite store although the data dir held one whose file is now missing or empty (refused without it)' },
  'database-url': { kind: 'string', env: 'FF_DATABASE_URL', pattern: /^postgres(ql)?:\/\/\S+$/, patternHelp: 'must be a postgres:// URL', help: 'keep the event store in PostgreSQL instead of SQLite; several instances may share it and split the districts' },
  'instance-id': { kind: 'string', env: 'FF_INSTANCE_ID', pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, patternHelp: 'must be a short id (letters, digits, _ . -)', help: 'this instance among several sharing --database-url (default: host name and a random suffix); must be unique' },
  'ownership-interval-ms': { kind: 'int', env: 'FF_OWNERSHIP_INTERVAL_MS', default: 1000, min: 100, max: 60_000, help: 'with --database-url and no --districts: how often districts are rebalanced and a dead instance\'s taken over' },
  'public-url': { kind: 'string', env: 'FF_PUBLIC_URL', pattern: /^https?:\/\/\S+$/, patternHelp: 'must be an http(s):// URL', help: 'how clients reach this instance (sent to them when another instance owns their district); default: http on --http-host and the port it listens on' },
  'http-host': { kind: 'string', env: 'FF_HTTP_HOST', default: '127.0.0.1', help: 'address of the HTTP API, feed and dashboard' },
  'http-port': { kind: 'int', env: 'FF_HTTP_PORT', default: 8080, min: 0, max: 65535, help: 'HTTP port (0: any free port)' },
  'mqtt-host': { kind: 'string', env: 'FF_MQTT_HOST', default: '127.0.0.1', help: 'address of the embedded MQTT broker' },
  'mqtt-port': { kind: 'int', env: 'FF_MQTT_PORT', default: 1883, min: 0, max: 65535, help: 'embedded MQTT broker port (0: any free port)' },
  'mqtt-tls-key': { kind: 'string', env: 'FF_MQTT_TLS_KEY', help: 'key file: the embedded broker speaks MQTT over TLS' },
  'mqtt-tls-cert': { kind: 'string', env: 'FF_MQTT_TLS_CERT', help: 'certificate file for --mqtt-tls-key' },
  'mqtt-url': { kind: 'string', env: 'FF_MQTT_URL', pattern: /^(mqtts?|wss?|tcp|ssl):\/\/\S+$/, patternHelp: 'must be an mqtt://, mqtts://, ws:// or wss:// URL', help: 'ingest from this external broker instead of running the embedded one' },
  'mqtt-username': { kind: 'string', env: 'FF_MQTT_USERNAME', help: 'username at the external broker' },
  'mqtt-password-file': { kind: 'string', env: 'FF_MQTT_PASSWORD_FILE', help: 'password file for the external broker' },
  'mqtt-ca': { kind: 'string', env: 'FF_MQTT_CA', help: 'CA file to verify the external broker' },
  districts: { kind: 'string', env: 'FF_DISTRICTS', pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}(,[A-Za-z0-9][A-Za-z0-9_.-]{0,63})*$/, patternHelp: 'must be a comma-separated list of district ids', help: 'ingest only these districts (default: all)' },
  'admin-token': { kind: 'string', env: 'FF_ADMIN_TOKEN', help: 'bearer token of the admin API, at least 24 characters (prefer --admin-token-file)' },
  'admin-token-file': { kind: 'string', env: 'FF_ADMIN_TOKEN_FILE', help: 'file holding the admin token; without either, one is generated into <data-dir>/admin-token' },
  'tick-s': { kind: 'int', env: 'FF_TICK_S', default: 30, min: 1, max: 3600, help: 'how often expiries and temperature excursions are checked' },
  'presence-grace-s': { kind: 'int', env: 'FF_PRESENCE_GRACE_S', default: 120, min: 1, max: 86_400, help: 'with the embedded broker: a fridge not heard from this long after the start is offline (its will went with the broker)' },
  'max-safe-deci-c': { kind: 'int', env: 'FF_MAX_SAFE_DECI_C', default: 50, min: -100, max: 200, help: 'safe temperature in tenths of °C' },
  'nearing-expiry-minutes': { kind: 'int', env: 'FF_NEARING_EXPIRY_MINUTES', default: 240, min: 0, max: 10_080, help: 'a meal this close to its best-before is announced once (MealNearingExpiry, for markdowns); 0: never' },
  'excursion-minutes': { kind: 'int', env: 'FF_EXCURSION_MINUTES', default: 120, min: 1, max: 10_080, help: 'above the safe temperature this long withdraws the fridge\'s meals' },
  'retention-days': { kind: 'int', env: 'FF_RETENTION_DAYS', default: 0, min: 0, max: 36_500, help: 'prune raw fridge events older than this (0: keep forever); domain events are always kept' },
  'jwt-secret-file': { kind: 'string', env: 'FF_JWT_SECRET_FILE', help: 'HS256 secret that signs client (user) tokens, at least 32 bytes; without it, one is generated into <data-dir>/jwt-secret' },
  'reservation-minutes': { kind: 'int', env: 'FF_RESERVATION_MINUTES', default: 15, min: 1, max: 1440, help: 'how long a reservation holds a meal' },
  'sqlite-writer': { kind: 'string', env: 'FF_SQLITE_WRITER', default: 'process', pattern: /^(process|thread)$/, patternHelp: 'must be process or thread', help: 'SQLite store: group commits in the process, or on a writer thread (faster drains, slower live acks under load)' },
  'sqlite-checkpoints': { kind: 'string', env: 'FF_SQLITE_CHECKPOINTS', default: 'thread', pattern: /^(thread|commit)$/, patternHelp: 'must be thread or commit', help: 'SQLite store: the write-ahead log copied into the database on a thread of its own, or by the COMMIT that takes it past 1,000 pages (SQLite\'s default, on the event loop)' },
  'district-snapshot-every': { kind: 'int', env: 'FF_DISTRICT_SNAPSHOT_EVERY', default: 10_000, min: 0, max: 100_000_000, help: 'save a district\'s state once this many of its domain events were applied since its last snapshot, and at a clean stop, so that a start or a takeover folds only the events after it (0: never)' },
  feed: { kind: 'string', env: 'FF_FEED', default: 'in-process', pattern: /^(in-process|off)$/, patternHelp: 'must be in-process or off', help: 'in-process: serve /v1/feed here too; off: fridge-feed processes serve it (a feed storm then cannot delay an ack)' },
  'feed-url': { kind: 'string', env: 'FF_FEED_URL', pattern: /^wss?:\/\/\S+$/, patternHelp: 'must be a ws:// or wss:// URL', help: 'where clients reach the feed when fridge-feed serves it (the dashboard reads it from /dashboard/districts.json)' },
  'trusted-proxy': { kind: 'string', env: 'FF_TRUSTED_PROXY', help: 'comma-separated addresses or CIDRs of reverse proxies whose X-Forwarded-For names the client (rate limits, feed connections per address); no other peer\'s is read' },
  'log-level': { kind: 'string', env: 'LOG_LEVEL', default: 'info', pattern: /^(trace|debug|info|warn|error|fatal|silent)$/, patternHelp: 'must be trace, debug, info, warn, error, fatal or silent', help: 'log level' },
} satisfies OptionTable;

/**
 * Secrets shorter than these are refused at start (issue 11 item 15): a one-character JWT
 * secret or an empty admin-token file would let anyone mint user tokens or call the admin API.
 * Generated ones (32 random bytes, base64url) are well above both.
 */
export const MIN_ADMIN_TOKEN_CHARS = 24;
export const MIN_JWT_SECRET_BYTES = 32;

/** Throws a ConfigError naming where a too-short secret came from. */
export function checkSecret(source: string, value: string, what: 'admin token' | 'JWT secret'): string {
  const n = what === 'admin token' ? value.length : Buffer.byteLength(value, 'utf8');
  const min = what === 'admin token' ? MIN_ADMIN_TOKEN_CHARS : MIN_JWT_SECRET_BYTES;
  const unit = what === 'admin token' ? 'characters' : 'bytes';
  if (n < min) {
    throw new ConfigError(`${source}: the ${what} is ${n === 0 ? 'empty' : `${n} ${unit}`}; it must be at least ${min} ${unit} (e.g. openssl rand -hex ${min})`);
  }
  return value;
}

export interface CloudConfig {
  dataDir: string;
  /** A data dir that held a store whose file is gone may start empty (else refused). */
  allowEmptyStore?: boolean | undefined;
  databaseUrl?: string | undefined;
  publicUrl?: string | undefined;
  instanceId?: string | undefined;
  ownershipIntervalMs?: number | undefined;
  httpHost: string;
  httpPort: number;
  mqttHost: string;
  mqttPort: number;
  mqttTls: { key: Buffer; cert: Buffer } | undefined;
  external: { url: string; username: string | undefined; password: string | undefined; ca: Buffer | undefined } | undefined;
  districts: string[] | undefined;
  adminToken: string | undefined;
  adminTokenFile: string | undefined;
  tickMs: number;
  /** With the embedded broker: fridges not heard from this long after the start are offline. */
  presenceGraceMs?: number | undefined;
  maxSafeDeciCelsius: number;
  excursionMs: number;
  /** MealNearingExpiry this long before a meal's best-before (0: never). */
  nearingExpiryMs?: number | undefined;
  retentionDays: number;
  jwtSecretFile: string | undefined;
  reservationMs: number;
  /** Reverse proxies whose X-Forwarded-For is believed (addresses, CIDRs). */
  trustedProxies?: string[] | undefined;
  /** Whether this process serves /v1/feed (issue 13 item 1: fridge-feed processes may instead). */
  feed?: 'in-process' | 'off' | undefined;
  /** SQLite store: group commits in the process (default) or on a writer thread. */
  sqliteWriter?: 'thread' | 'process' | undefined;
  /** SQLite store: checkpoints on a thread of their own (default) or in the writer's COMMITs. */
  sqliteCheckpoints?: 'thread' | 'commit' | undefined;
  /** Where clients reach the feed, when not here (the dashboard's config). */
  feedUrl?: string | undefined;
  /** A district's state is saved every this many of its events (0: never; default 10,000). */
  districtSnapshotEvery?: number | undefined;
  logLevel: string;
}

export const CLOUD_HELP =
  formatHelp(
    'fridge-cloud [serve|rebuild|mosquitto-auth|backup|capacity]',
    'Farmacy Food cloud ingest: embedded MQTT broker (or an external one), event store, HTTP API.\n'
      + '  serve           run the ingest (default)\n'
      + '  rebuild         drop the projections and rebuild them from the event store, then exit\n'
      + '  mosquitto-auth  write Mosquitto\'s password and ACL files from the fridge registry\n'
      + '  backup <file>   copy the SQLite event store consistently while the cloud runs\n'
      + '  capacity        storage and bandwidth for a fleet size (--fridges, --users)\n'
      + 'Each operations command has its own --help (docs/operations.md).',
    cloudOptions,
  );

/** `--trusted-proxy`: IP addresses and CIDRs only (never "trust everyone"). */
export function parseTrustedProxies(raw: string): string[] {
  const out = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (out.length === 0) throw new ConfigError('--trusted-proxy: give one or more addresses or CIDRs');
  for (const p of out) {
    const [ip, prefix, more] = p.split('/');
    const family = isIP(ip ?? '');
    const bits = prefix === undefined ? 0 : Number(prefix);
    if (family === 0 || more !== undefined || (prefix !== undefined && (!/^[0-9]{1,3}$/.test(prefix) || bits > (family === 4 ? 32 : 128)))) {
      throw new ConfigError(`--trusted-proxy: "${p}" is not an IP address or CIDR`);
    }
  }
  return out;
}

export function loadCloudConfig(argv: readonly string[], env: NodeJS.ProcessEnv): CloudConfig | 'help' {
  const o = parseOptions(cloudOptions, argv, env);
  if (o === 'help') return 'help';
  const key = readFileOption('mqtt-tls-key', o['mqtt-tls-key']);
  const cert = readFileOption('mqtt-tls-cert', o['mqtt-tls-cert']);
  if ((key === undefined) !== (cert === undefined)) throw new ConfigError('--mqtt-tls-key and --mqtt-tls-cert go together');
  const districts = o.districts?.split(',');
  for (const d of districts ?? []) if (!ID_PATTERN.test(d)) throw new ConfigError(`--districts: "${d}" is not a district id`);
  const tokenFromFile = readFileOption('admin-token-file', o['admin-token-file'])?.toString('utf8').trim();
  if (o['admin-token'] !== undefined) checkSecret('--admin-token', o['admin-token'], 'admin token');
  else if (tokenFromFile !== undefined) checkSecret(`--admin-token-file ${o['admin-token-file']}`, tokenFromFile, 'admin token');
  const adminToken = o['admin-token'] ?? tokenFromFile;
  const jwtSecret = readFileOption('jwt-secret-file', o['jwt-secret-file'])?.toString('utf8').trim();
  if (jwtSecret !== undefined) checkSecret(`--jwt-secret-file ${o['jwt-secret-file']}`, jwtSecret, 'JWT secret');
  return {
    dataDir: o['data-dir'],
    allowEmptyStore: o['allow-empty-store'],
    databaseUrl: o['database-url'],
    publicUrl: o['public-url'],
    instanceId: o['instance-id'],
    ownershipIntervalMs: o['ownership-interval-ms'],
    httpHost: o['http-host'],
    httpPort: o['http-port'],
    mqttHost: o['mqtt-host'],
    mqttPort: o['mqtt-port'],
    mqttTls: key && cert ? { key, cert } : undefined,
    external: o['mqtt-url'] === undefined ? undefined : {
      url: o['mqtt-url'],
      username: o['mqtt-username'],
      password: readFileOption('mqtt-password-file', o['mqtt-password-file'])?.toString('utf8').trim(),
      ca: readFileOption('mqtt-ca', o['mqtt-ca']),
    },
    districts,
    adminToken,
    adminTokenFile: o['admin-token-file'],
    tickMs: o['tick-s'] * 1000,
    presenceGraceMs: o['presence-grace-s'] * 1000,
    maxSafeDeciCelsius: o['max-safe-deci-c'],
    excursionMs: o['excursion-minutes'] * 60_000,
    nearingExpiryMs: o['nearing-expiry-minutes'] * 60_000,
    retentionDays: o['retention-days'],
    jwtSecretFile: o['jwt-secret-file'],
    reservationMs: o['reservation-minutes'] * 60_000,
    trustedProxies: o['trusted-proxy'] === undefined ? undefined : parseTrustedProxies(o['trusted-proxy']),
    feed: o.feed === 'off' ? 'off' : 'in-process',
    sqliteWriter: o['sqlite-writer'] === 'thread' ? 'thread' : 'process',
    sqliteCheckpoints: o['sqlite-checkpoints'] === 'commit' ? 'commit' : 'thread',
    feedUrl: o['feed-url'],
    districtSnapshotEvery: o['district-snapshot-every'],
    logLevel: o['log-level'],
  };
}
