import { ID_PATTERN } from '../proto/index.js';
import { ConfigError, formatHelp, parseOptions, readFileOption, type OptionTable } from '../shared/index.js';

const ID = { pattern: ID_PATTERN, patternHelp: 'must be 1-64 letters, digits, "_", "." or "-", starting with a letter or digit' };

export const edgeOptions = {
  'fridge-id': { kind: 'string', env: 'FRIDGE_ID', required: true, help: 'this fridge\'s id, as registered in the cloud', ...ID },
  district: { kind: 'string', env: 'FRIDGE_DISTRICT', required: true, help: 'the district the fridge belongs to', ...ID },
  serial: { kind: 'string', env: 'FRIDGE_SERIAL', required: true, help: 'controller serial device (/dev/ttyUSB0) or tcp://host:port for a serial line over TCP (ser2net)' },
  baud: { kind: 'int', env: 'FRIDGE_BAUD', default: 115200, min: 1200, max: 4_000_000, help: 'serial baud rate (FCP/1: 115200 8N1)' },
  mqtt: { kind: 'string', env: 'FRIDGE_MQTT_URL', required: true, pattern: /^(mqtts?|wss?|tcp|ssl):\/\/[^\s]+$/, patternHelp: 'must be an mqtt://, mqtts://, ws:// or wss:// URL', help: 'broker URL' },
  username: { kind: 'string', env: 'FRIDGE_MQTT_USERNAME', help: 'MQTT username (the fridge id when omitted)' },
  'password-file': { kind: 'string', env: 'FRIDGE_MQTT_PASSWORD_FILE', help: 'file holding the fridge\'s MQTT password (its credential from the cloud)' },
  'tls-ca': { kind: 'string', env: 'FRIDGE_TLS_CA', help: 'CA certificate file to verify the broker' },
  'tls-cert': { kind: 'string', env: 'FRIDGE_TLS_CERT', help: 'client certificate file' },
  'tls-key': { kind: 'string', env: 'FRIDGE_TLS_KEY', help: 'client key file' },
  'data-dir': { kind: 'string', env: 'FRIDGE_DATA_DIR', required: true, help: 'directory of the outbox (SQLite); keep it on persistent storage' },
  'outbox-max-bytes': { kind: 'int', env: 'FRIDGE_OUTBOX_MAX_BYTES', default: 256 * 1024 * 1024, min: 1024, max: 2 ** 40, help: 'outbox size bound; over it telemetry is thinned, then covered door sessions compacted' },
  'snapshot-interval-s': { kind: 'int', env: 'FRIDGE_SNAPSHOT_INTERVAL_S', default: 600, min: 1, max: 86_400, help: 'full inventory snapshot period' },
  'door-alarm-s': { kind: 'int', env: 'FRIDGE_DOOR_ALARM_S', default: 60, min: 5, max: 3600, help: 'door open longer than this raises an alarm' },
  'temp-interval-s': { kind: 'int', env: 'FRIDGE_TEMP_INTERVAL_S', default: 300, min: 1, max: 86_400, help: 'record a temperature sample at least this often (and on every change of 0.5 °C)' },
  'ping-interval-s': { kind: 'int', env: 'FRIDGE_PING_INTERVAL_S', default: 10, min: 1, max: 3600, help: '$PING period' },
  'silence-timeout-s': { kind: 'int', env: 'FRIDGE_SILENCE_TIMEOUT_S', default: 30, min: 2, max: 3600, help: 'no line from the controller for this long is a fault' },
  'linger-ms': { kind: 'int', env: 'FRIDGE_LINGER_MS', default: 200, min: 0, max: 60_000, help: 'a batch that is not full and holds no door session or snapshot waits this long for company, and while a batch is in flight until none is' },
  'max-batch-events': { kind: 'int', env: 'FRIDGE_MAX_BATCH_EVENTS', default: 500, min: 1, max: 10_000, help: 'events per batch (a backlog replay: 100, more while acks come fast)' },
  'max-batch-bytes': { kind: 'int', env: 'FRIDGE_MAX_BATCH_BYTES', default: 256 * 1024, min: 1024, max: 16 * 1024 * 1024, help: 'bytes per batch' },
  'max-inflight': { kind: 'int', env: 'FRIDGE_MAX_INFLIGHT', default: 8, min: 1, max: 256, help: 'batches in flight (a backlog replay: 2 to 16, by how fast acks come)' },
  'ack-timeout-s': { kind: 'int', env: 'FRIDGE_ACK_TIMEOUT_S', default: 15, min: 1, max: 3600, help: 'no acknowledgement for this long: resend' },
  'replay-rate': { kind: 'int', env: 'FRIDGE_REPLAY_RATE', default: 50_000, min: 1, max: 10_000_000, help: 'cap on events sent per second (a fleet back from an outage must not flood the cloud)' },
  keepalive: { kind: 'int', env: 'FRIDGE_MQTT_KEEPALIVE_S', default: 15, min: 1, max: 3600, help: 'MQTT keep-alive; the broker declares the fridge dead ~1.5x after it goes silent' },
  'health-port': { kind: 'int', env: 'FRIDGE_HEALTH_PORT', min: 0, max: 65535, help: 'serve /healthz and /metrics on this port (0: any free port; unset: off)' },
  'health-host': { kind: 'string', env: 'FRIDGE_HEALTH_HOST', default: '127.0.0.1', help: 'address of the health endpoint' },
  'log-level': { kind: 'string', env: 'LOG_LEVEL', default: 'info', pattern: /^(trace|debug|info|warn|error|fatal|silent)$/, patternHelp: 'must be trace, debug, info, warn, error, fatal or silent', help: 'log level' },
} satisfies OptionTable;

export interface EdgeConfig {
  fridgeId: string;
  district: string;
  serial: string;
  baud: number;
  mqttUrl: string;
  username: string;
  password: string | undefined;
  tls: { ca: Buffer | undefined; cert: Buffer | undefined; key: Buffer | undefined };
  dataDir: string;
  outboxMaxBytes: number;
  snapshotIntervalMs: number;
  doorAlarmMs: number;
  tempIntervalMs: number;
  pingIntervalMs: number;
  silenceTimeoutMs: number;
  lingerMs: number;
  maxBatchEvents: number;
  maxBatchBytes: number;
  maxInflight: number;
  ackTimeoutMs: number;
  replayRate: number;
  keepaliveSec: number;
  healthPort: number | undefined;
  healthHost: string;
  logLevel: string;
}

export const EDGE_HELP = formatHelp('fridge-edge', 'Farmacy Food edge agent: reads the fridge controller (FCP/1) and forwards its events to the cloud.', edgeOptions);

/** Parses and validates the configuration. Throws ConfigError with a message for the operator. */
export function loadEdgeConfig(argv: readonly string[], env: NodeJS.ProcessEnv): EdgeConfig | 'help' {
  const o = parseOptions(edgeOptions, argv, env);
  if (o === 'help') return 'help';
  const password = readFileOption('password-file', o['password-file'])?.toString('utf8').trim();
  if ((o['tls-cert'] === undefined) !== (o['tls-key'] === undefined)) throw new ConfigError('--tls-cert and --tls-key go together');
  return {
    fridgeId: o['fridge-id'],
    district: o.district,
    serial: o.serial,
    baud: o.baud,
    mqttUrl: o.mqtt,
    username: o.username ?? o['fridge-id'],
    password,
    tls: { ca: readFileOption('tls-ca', o['tls-ca']), cert: readFileOption('tls-cert', o['tls-cert']), key: readFileOption('tls-key', o['tls-key']) },
    dataDir: o['data-dir'],
    outboxMaxBytes: o['outbox-max-bytes'],
    snapshotIntervalMs: o['snapshot-interval-s'] * 1000,
    doorAlarmMs: o['door-alarm-s'] * 1000,
    tempIntervalMs: o['temp-interval-s'] * 1000,
    pingIntervalMs: o['ping-interval-s'] * 1000,
    silenceTimeoutMs: o['silence-timeout-s'] * 1000,
    lingerMs: o['linger-ms'],
    maxBatchEvents: o['max-batch-events'],
    maxBatchBytes: o['max-batch-bytes'],
    maxInflight: o['max-inflight'],
    ackTimeoutMs: o['ack-timeout-s'] * 1000,
    replayRate: o['replay-rate'],
    keepaliveSec: o.keepalive,
    healthPort: o['health-port'],
    healthHost: o['health-host'],
    logLevel: o['log-level'],
  };
}
