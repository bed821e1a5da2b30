// deploy/: compose.yaml wires cloud, Mosquitto and PostgreSQL the way the commands and the
// Mosquitto config expect (health-gated start order, volumes, secrets, known settings only),
// and the systemd unit for fridge-edge passes `systemd-analyze verify` and is hardened.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cloudOptions } from '../../../cloud/config.js';
import { feedOptions } from '../../../cloud/feed/config.js';
import { mosquittoAuthOptions } from '../../../cloud/ops/mosquitto-auth.js';
import { edgeOptions } from '../../../edge/config.js';
import { useTmpDirs } from '../../support/tmp.js';

const tmp = useTmpDirs();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DEPLOY = path.join(ROOT, 'deploy');
const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');

interface Service {
  image?: string;
  entrypoint?: string[];
  build?: { context: string; dockerfile: string };
  command?: string[];
  user?: string;
  environment?: Record<string, string>;
  volumes?: string[];
  secrets?: string[];
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
  profiles?: string[];
}

interface Compose {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
  secrets: Record<string, { file: string }>;
}

const envNames = (table: Record<string, { env: string }>): Set<string> => new Set(Object.values(table).map((o) => o.env));
// The PostgreSQL event store's setting (FF_DATABASE_URL) comes with the store adapter.
const CLOUD_ENV = new Set([...envNames(cloudOptions), 'FF_DATABASE_URL']);

describe('deploy/ (unit)', () => {
  it('compose.yaml: cloud on PostgreSQL and Mosquitto, started in health order, with generated Mosquitto auth', () => {
    // docker compose interpolates ${VAR:?message}; YAML itself reads it as text.
    const compose = parse(read('deploy/compose.yaml'), { merge: true }) as Compose;
    const s = compose.services;
    expect(Object.keys(s)).toEqual(expect.arrayContaining(['postgres', 'mosquitto', 'mosquitto-auth', 'cloud']));

    // Every long-running service has a health check and a restart policy.
    for (const name of ['postgres', 'mosquitto', 'cloud']) {
      expect(s[name]!.healthcheck?.test?.length, `${name}: healthcheck`).toBeGreaterThan(0);
      expect(s[name]!.restart, `${name}: restart`).toBe('unless-stopped');
    }
    // Start order: PostgreSQL healthy -> auth files generated -> Mosquitto healthy -> cloud.
    expect(s['mosquitto-auth']!.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(s.mosquitto!.depends_on?.['mosquitto-auth']?.condition).toBe('service_completed_successfully');
    expect(s.cloud!.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(s.cloud!.depends_on?.mosquitto?.condition).toBe('service_healthy');

    // The cloud: PostgreSQL by URL, the external broker by --mqtt-url on Mosquitto's internal
    // listener, the ingest's account the same as the one the auth files give access to.
    const cloud = s.cloud!;
    expect(cloud.environment?.FF_DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@postgres:5432\/\w+$/);
    const url = cloud.command?.[cloud.command.indexOf('--mqtt-url') + 1];
    expect(url).toBe('mqtt://mosquitto:1883');
    expect(read('deploy/mosquitto/mosquitto.conf')).toMatch(/^listener 1883$/m);
    const auth = s['mosquitto-auth']!;
    expect(auth.command).toEqual(['mosquitto-auth']);
    expect(auth.environment?.FF_MQTT_USERNAME).toBe(cloud.environment?.FF_MQTT_USERNAME);
    expect(auth.environment?.FF_MQTT_PASSWORD_FILE).toBe(cloud.environment?.FF_MQTT_PASSWORD_FILE);
    expect(auth.environment?.FF_DATABASE_URL).toBe(cloud.environment?.FF_DATABASE_URL);
    // The scale-out profile's second instance: the same store, broker account and secrets
    // (admin token, user-token secret), its own id, URL, port and data volume.
    const second = s['cloud-2']!;
    expect(second.profiles).toEqual(['scale-out']);
    for (const k of ['FF_DATABASE_URL', 'FF_MQTT_USERNAME', 'FF_MQTT_PASSWORD_FILE', 'FF_ADMIN_TOKEN_FILE', 'FF_JWT_SECRET_FILE']) expect(second.environment?.[k], k).toBe(cloud.environment?.[k]);
    expect(second.command).toEqual(cloud.command);
    expect(second.environment?.FF_INSTANCE_ID).not.toBe(cloud.environment?.FF_INSTANCE_ID);
    expect(second.environment?.FF_PUBLIC_URL).not.toBe(cloud.environment?.FF_PUBLIC_URL);
    expect(second.ports).not.toEqual(cloud.ports);
    expect(second.volumes).not.toEqual(cloud.volumes);
    expect(s.mosquitto!.healthcheck!.test.join(' ')).toContain(`-u ${cloud.environment?.FF_MQTT_USERNAME}`);
    // The files are written where Mosquitto reads them, as Mosquitto's user.
    const authDir = auth.environment?.FF_MOSQUITTO_AUTH_DIR;
    const hostDir = auth.volumes?.find((v) => v.endsWith(`:${authDir}`))?.split(':')[0];
    expect(hostDir, 'the auth dir is a bind mount').toBeDefined();
    expect(s.mosquitto!.volumes).toContain(`${hostDir}:/mosquitto/auth:ro`);
    expect(read('deploy/mosquitto/mosquitto.conf')).toMatch(/^password_file \/mosquitto\/auth\/passwd$/m);
    expect(read('deploy/mosquitto/mosquitto.conf')).toMatch(/^acl_file \/mosquitto\/auth\/acl$/m);
    expect(auth.user).toBe('1883:1883');

    // The client feed in fridge-feed (issue 13): the cloud serves none and points the dashboard
    // at it; the feed reads the same store with the same admin token, from the same image.
    const feed = s.feed!;
    expect(cloud.environment?.FF_FEED).toBe('off');
    expect(cloud.environment?.FF_FEED_URL).toMatch(/^\$\{FF_FEED_URL:-ws:\/\/localhost:8082\/v1\/feed\}$/);
    expect(feed.entrypoint).toEqual(['node', 'dist/cloud/feed/main.js']);
    expect(feed.image).toBe(cloud.image);
    for (const k of ['FF_DATABASE_URL', 'FF_ADMIN_TOKEN_FILE']) expect(feed.environment?.[k], k).toBe(cloud.environment?.[k]);
    expect(feed.ports).toEqual([`8082:${feed.environment?.FF_FEED_HTTP_PORT}`]);
    expect(feed.healthcheck!.test.join(' ')).toContain(`port: ${feed.environment?.FF_FEED_HTTP_PORT}, path: '/readyz'`);
    expect(feed.restart).toBe('unless-stopped');
    const FEED_ENV = new Set([...envNames(feedOptions), 'FF_HEALTH_PORT']);
    for (const k of Object.keys(feed.environment ?? {})) expect(FEED_ENV.has(k), `feed: unknown setting ${k}`).toBe(true);

    // Settings are ones the commands know.
    for (const k of Object.keys(cloud.environment ?? {})) expect(CLOUD_ENV.has(k), `cloud: unknown setting ${k}`).toBe(true);
    const authEnv = new Set([...envNames(mosquittoAuthOptions), 'FF_DATABASE_URL']);
    for (const k of Object.keys(auth.environment ?? {})) expect(authEnv.has(k), `mosquitto-auth: unknown setting ${k}`).toBe(true);

    // Images built from this repository's Dockerfile; named volumes and secrets declared; bind
    // mounts of files that exist here.
    for (const [name, svc] of Object.entries(s)) {
      if (svc.build) expect(existsSync(path.join(DEPLOY, svc.build.context, svc.build.dockerfile)), `${name}: ${svc.build.dockerfile}`).toBe(true);
      for (const v of svc.volumes ?? []) {
        const [source] = v.split(':');
        if (source!.startsWith('.')) {
          if (/\.(conf|yml|yaml|json)$/.test(source!)) expect(existsSync(path.join(DEPLOY, source!)), `${name}: ${source}`).toBe(true);
        } else expect(compose.volumes, `${name}: volume ${source} declared`).toHaveProperty(source!);
      }
      for (const secret of svc.secrets ?? []) expect(compose.secrets, `${name}: secret ${secret}`).toHaveProperty(secret);
    }
    // Data that must outlive containers is on volumes.
    expect(s.postgres!.volumes?.some((v) => v.endsWith(':/var/lib/postgresql/data'))).toBe(true);
    expect(s.mosquitto!.volumes?.some((v) => v.endsWith(':/mosquitto/data'))).toBe(true);
    expect(cloud.volumes?.some((v) => v.endsWith(':/var/lib/fridge-cloud'))).toBe(true);
    // Only the fridges' TLS listener and the HTTP API are published.
    expect(s.mosquitto!.ports).toEqual(['8883:8883']);
    expect(s.postgres!.ports).toBeUndefined();
  });

  const unit = read('deploy/systemd/fridge-edge.service');
  const directives = (key: string): string[] => [...unit.matchAll(new RegExp(`^${key}=(.*)$`, 'gm'))].map((m) => m[1]!);

  it('systemd/fridge-edge.service: restarts, hardened, serial devices only, state directory, configured from /etc/fridge-edge/env', () => {
    expect(directives('Restart')).toEqual(['on-failure']);
    expect(directives('RestartSec')[0]).toMatch(/^\d+s?$/);
    expect(directives('RestartPreventExitStatus')).toEqual(['2']); // bad configuration
    for (const [k, v] of [['ProtectSystem', 'strict'], ['ProtectHome', 'yes'], ['PrivateTmp', 'yes'], ['NoNewPrivileges', 'yes'], ['StateDirectory', 'fridge-edge'], ['ReadWritePaths', '/var/lib/fridge-edge'], ['EnvironmentFile', '/etc/fridge-edge/env'], ['DevicePolicy', 'closed'], ['SupplementaryGroups', 'dialout']]) {
      expect(directives(k!), k).toContain(v);
    }
    expect(directives('DynamicUser').includes('yes') || directives('User').length > 0).toBe(true);
    expect(directives('DeviceAllow')).toEqual(expect.arrayContaining(['char-ttyUSB rw', 'char-ttyACM rw']));
    // The same entry point as the image, and only settings fridge-edge knows.
    expect(directives('ExecStart')[0]).toMatch(/ \/opt\/fridge-edge\/dist\/edge\/main\.js$/);
    expect(read('Dockerfile.edge')).toContain('ENTRYPOINT ["node", "dist/edge/main.js"]');
    const known = new Set([...envNames(edgeOptions), 'NODE_OPTIONS', 'NODE_ENV']);
    const set = directives('Environment').flatMap((line) => [...line.matchAll(/"?([A-Z_]+)=/g)].map((m) => m[1]!));
    expect(set).toContain('FRIDGE_DATA_DIR');
    for (const k of set) expect(known.has(k), `unknown setting ${k}`).toBe(true);
    expect(unit).toMatch(/^Environment=FRIDGE_DATA_DIR=\/var\/lib\/fridge-edge\b/m);
  });

  const analyze = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
  const hasAnalyze = analyze.status === 0;
  it.skipIf(!hasAnalyze && process.env.CI === undefined)(`systemd/fridge-edge.service passes systemd-analyze verify${hasAnalyze ? '' : ' (skipped: systemd-analyze is not installed; CI installs systemd)'}`, () => {
    // verify also checks that ExecStart's program exists: the node running this test stands in.
    const dir = tmp();
    const file = path.join(dir, 'fridge-edge.service');
    writeFileSync(file, unit.replace(/^ExecStart=\S+/m, `ExecStart=${process.execPath}`));
    const r = spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8' });
    // Unknown keys and bad values are only warnings to systemd (exit 0): any output fails.
    expect(r.status, r.stderr).toBe(0);
    expect((r.stdout + r.stderr).trim()).toBe('');
    // The check itself works: a misspelt key is reported.
    writeFileSync(file, readFileSync(file, 'utf8').replace('ProtectSystem=strict', 'ProtectSystm=strict'));
    expect(spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8' }).stderr).toMatch(/Unknown key/);
  });
});
