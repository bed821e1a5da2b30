// npm start: the product in one command. Starts fridge-cloud (embedded MQTT broker and SQLite),
// registers the demo scenario's fridges, meals and tags through the real admin API, runs each
// simulated fridge's controller behind a real fridge-edge agent on a serial link, and prints
// the dashboard's address. Ctrl-C stops everything. `npm start -- --reset` starts from empty data.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario, RealClock, startSimulation, type Simulation } from '../simulator/index.js';
import { dashboardUrl, demoUserToken, packingRecords, registerFridges, registerMeals, type AdminApi } from './demo.js';

const HELP = `Usage: npm start [-- --reset]

Runs the Farmacy Food demo: fridge-cloud, a fridge-feed process serving the client feed, six
simulated fridges in two Berlin districts, each behind a real fridge-edge agent, and the live
dashboard. Ctrl-C stops everything.

  --reset    start from empty data (deletes .data/)
  --help     this text

Environment:
  FF_HTTP_PORT        HTTP port of the cloud: API, dashboard (default 8080)
  FF_FEED_HTTP_PORT   port of the fridge-feed process: the feed at /v1/feed (default 8081)
  FF_MQTT_PORT        port of the cloud's embedded MQTT broker (default 1883)
  FF_DEMO_TIME_SCALE  how much faster than real time the simulated shoppers live (default 30)
`;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, '.data');
const LOGS = path.join(DATA, 'logs');
const ADMIN_TOKEN = 'demo-admin-token-' + 'x'.repeat(8);
const DEMO_USER = 'demo-user';
const DEMO_TOKEN_TTL_S = 12 * 3600;
const ONLINE_TIMEOUT_MS = 90_000;

const say = (s = ''): void => void process.stdout.write(`${s}\n`);

function envNumber(name: string, fallback: number, ok: (n: number) => boolean, rule: string): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!ok(n)) {
    process.stderr.write(`npm start: ${name} must be ${rule}, got ${JSON.stringify(raw)}\n`);
    process.exit(2);
  }
  return n;
}

const isPort = (n: number): boolean => Number.isInteger(n) && n > 0 && n < 65536;
const HTTP_PORT = envNumber('FF_HTTP_PORT', 8080, isPort, 'a port number');
const MQTT_PORT = envNumber('FF_MQTT_PORT', 1883, isPort, 'a port number');
const FEED_PORT = envNumber('FF_FEED_HTTP_PORT', 8081, isPort, 'a port number');
/** The dashboard finds the feed in /dashboard/districts.json (fridge-cloud --feed-url). */
const FEED_URL = `ws://127.0.0.1:${FEED_PORT}/v1/feed`;
const TIME_SCALE = envNumber('FF_DEMO_TIME_SCALE', 30, (n) => Number.isFinite(n) && n > 0 && n <= 10_000, 'a number above 0');

interface Child {
  name: string;
  proc: ChildProcess;
  log: WriteStream;
  stderrTail: string;
}

const children: Child[] = [];
let sim: Simulation | undefined;
let stopping = false;

/** A step of the start-up, shown as it runs and with what it did. */
async function step<T>(label: string, f: () => Promise<T>, done: (v: T) => string): Promise<T> {
  const t0 = Date.now();
  const head = `  ${label} `.padEnd(30, '.');
  if (process.stdout.isTTY) process.stdout.write(`${head} …`);
  const v = await f();
  const line = `${head} ${done(v)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`;
  if (process.stdout.isTTY) process.stdout.write(`\r\x1b[2K${line}\n`);
  else say(line);
  return v;
}

/** A child node process running a TypeScript entry point; its log goes to .data/logs/<file>. */
function run(name: string, file: string, args: string[], onLine?: (l: Record<string, unknown>) => void): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' } });
  const child: Child = { name, proc, log: createWriteStream(path.join(LOGS, file), { flags: 'w' }), stderrTail: '' };
  children.push(child);
  let buf = '';
  proc.stdout?.on('data', (d: Buffer) => {
    child.log.write(d);
    buf += d.toString();
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      try {
        const j = JSON.parse(line) as Record<string, unknown>;
        onLine?.(j);
        if (!stopping && typeof j.level === 'number' && j.level >= 50) say(`  [${name}] ${String(j.msg)}`);
      } catch {
        // not a log line
      }
    }
  });
  proc.stderr?.on('data', (d: Buffer) => {
    child.log.write(d);
    child.stderrTail = (child.stderrTail + d.toString()).slice(-2000);
    if (!stopping) process.stderr.write(`  [${name}] ${d.toString()}`);
  });
  proc.on('exit', (code, signal) => {
    child.log.end();
    if (!stopping) say(`  [${name}] exited (${code ?? signal}); its log: ${path.relative(ROOT, path.join(LOGS, file))}`);
  });
  return child;
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    process.stdout.write(HELP);
    return;
  }
  const reset = process.argv.includes('--reset');
  if (reset) rmSync(DATA, { recursive: true, force: true });
  const reused = existsSync(path.join(DATA, 'cloud'));
  mkdirSync(LOGS, { recursive: true });
  say('Farmacy Food fridge gateway: starting the demo');
  say(`  data in ${path.relative(ROOT, DATA)}/ (${reused ? 'reused; npm start -- --reset starts from empty' : 'new'}), logs in ${path.relative(ROOT, LOGS)}/`);

  const base = `http://127.0.0.1:${HTTP_PORT}`;
  await step('fridge-cloud', () => new Promise<void>((resolve, reject) => {
    // The feed runs in its own process (issue 13): app storms there never delay a fridge's ack.
    const cloud = run('cloud', 'cloud.log', ['cloud/main.ts', '--data-dir', path.join(DATA, 'cloud'), '--http-port', String(HTTP_PORT), '--mqtt-port', String(MQTT_PORT), '--admin-token', ADMIN_TOKEN, '--feed', 'off', '--feed-url', FEED_URL], (l) => {
      if (l.msg === 'cloud ready') resolve();
    });
    cloud.proc.once('exit', () => reject(new Error(`fridge-cloud did not start. Ports ${HTTP_PORT}/${MQTT_PORT} in use? Set FF_HTTP_PORT / FF_MQTT_PORT.\n${cloud.stderrTail}`)));
  }), () => `${base}, MQTT on ${MQTT_PORT}`);

  await step('fridge-feed', () => new Promise<void>((resolve, reject) => {
    const feed = run('feed', 'feed.log', ['cloud/feed/main.ts', '--data-dir', path.join(DATA, 'cloud'), '--http-port', String(FEED_PORT), '--admin-token', ADMIN_TOKEN], (l) => {
      if (l.msg === 'feed ready') resolve();
    });
    feed.proc.once('exit', () => reject(new Error(`fridge-feed did not start. Port ${FEED_PORT} in use? Set FF_FEED_HTTP_PORT.\n${feed.stderrTail}`)));
  }), () => FEED_URL);

  const api: AdminApi = async (method, p, body) => {
    const res = await fetch(base + p, { method, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed };
  };

  const scenario = await loadScenario('demo');
  await step('meals', () => registerMeals(api, scenario), (n) => `${n} with nutrition facts`);
  // Simulated time starts now (best-before dates are then real dates) and runs TIME_SCALE x.
  const s = await step('simulated controllers', () => startSimulation({ scenario: 'demo', link: 'tcp', clock: new RealClock(TIME_SCALE, Date.now()), autopilot: true }), (v) => `${v.fridges().length} on TCP serial links, ${TIME_SCALE}x time`);
  sim = s;
  const fridges = s.fridges();
  const passwords = await step('fridges', () => registerFridges(api, fridges), (m) => `${m.size} registered with MQTT credentials`);
  const pack = packingRecords(api, s);
  await step('packing records', pack, (r) => `${r.tags} meal tags`);

  await step('edge agents', async () => {
    // Connected in this run (the cloud may still show a fridge online from the last one).
    const connected = new Set<string>();
    for (const f of fridges) {
      const dir = path.join(DATA, 'edge', f.fridgeId);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'password'), passwords.get(f.fridgeId) ?? '', { mode: 0o600 });
      run(`edge ${f.fridgeId}`, `edge-${f.fridgeId}.log`, ['edge/main.ts', '--fridge-id', f.fridgeId, '--district', f.district, '--serial', s.serialArg(f.fridgeId), '--mqtt', `mqtt://127.0.0.1:${MQTT_PORT}`, '--password-file', path.join(dir, 'password'), '--data-dir', dir], (l) => {
        if (l.msg === 'connected to broker') connected.add(f.fridgeId);
      });
    }
    return waitOnline(base, [...new Set(fridges.map((f) => f.district))], connected, fridges.length);
  }, (n) => `${n}/${fridges.length} fridges online`);

  // The kitchen's packing record for restocked meals; the fridge then re-inventories.
  setInterval(() => {
    void pack()
      .then(async ({ fridges: changed }) => {
        for (const id of changed) await api('POST', `/v1/fridges/${id}/snapshot`);
      })
      .catch((err: unknown) => {
        if (!stopping) say(`  packing records failed: ${err instanceof Error ? err.message : String(err)}`);
      });
  }, 2000).unref();

  const { token, expiresAt } = await demoUserToken(api, DEMO_USER, DEMO_TOKEN_TTL_S);
  say('');
  say('Running. Open the dashboard:');
  say('');
  say(`  ${dashboardUrl(base, token)}`);
  say('');
  say(`  The reserve buttons act as "${DEMO_USER}" (token valid until ${expiresAt}); the token is in`);
  say('  the URL fragment, which the browser keeps to itself. What to look at: README.md.');
  say('');
  say('Or ask the API:');
  say(`  curl ${base}/v1/fridges/${fridges[0]?.fridgeId ?? ''}`);
  say(`  curl '${base}/v1/catalog?district=${fridges[0]?.district ?? ''}'`);
  say(`  curl -H 'Authorization: Bearer ${ADMIN_TOKEN}' '${base}/v1/events?after=0&limit=20'`);
  say('');
  say('Ctrl-C stops everything.');
}

/** Waits until the fridges are online: their edge agent connected, and the cloud has its birth. */
async function waitOnline(base: string, districts: string[], connected: ReadonlySet<string>, want: number): Promise<number> {
  const deadline = Date.now() + ONLINE_TIMEOUT_MS;
  let online = 0;
  while (!stopping) {
    online = 0;
    for (const d of districts) {
      const res = await fetch(`${base}/v1/fridges?district=${encodeURIComponent(d)}`).catch(() => undefined);
      const body = res?.ok === true ? ((await res.json()) as { fridges?: Array<{ id?: string; online?: boolean }> }) : {};
      online += (body.fridges ?? []).filter((f) => f.online === true && f.id !== undefined && connected.has(f.id)).length;
    }
    if (online >= want || Date.now() > deadline) break;
    if (process.stdout.isTTY) process.stdout.write(`\r\x1b[2K  ${'edge agents '.padEnd(28, '.')} ${online}/${want} fridges online …`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return online;
}

function exited(c: Child): Promise<void> {
  return c.proc.exitCode !== null || c.proc.signalCode !== null ? Promise.resolve() : new Promise((r) => c.proc.once('exit', () => r()));
}

/** SIGTERM, then SIGKILL if it has not gone within the grace period. */
async function stopChild(c: Child, graceMs = 10_000): Promise<void> {
  if (c.proc.exitCode !== null || c.proc.signalCode !== null) return;
  c.proc.kill('SIGTERM');
  const t = setTimeout(() => c.proc.kill('SIGKILL'), graceMs);
  await exited(c);
  clearTimeout(t);
}

async function shutdown(code: number): Promise<void> {
  if (stopping) {
    // A second Ctrl-C: do not wait any more.
    for (const c of children) c.proc.kill('SIGKILL');
    process.exit(code || 130);
  }
  stopping = true;
  say('\nstopping: edge agents, simulated controllers, fridge-feed, fridge-cloud …');
  // Edges first (they stop cleanly and announce themselves offline), then the feed, then the cloud.
  const cloud = children.find((c) => c.name === 'cloud');
  const feed = children.find((c) => c.name === 'feed');
  const edges = children.filter((c) => c !== cloud && c !== feed);
  await Promise.all(edges.map((c) => stopChild(c)));
  await sim?.close();
  if (feed) await stopChild(feed);
  if (cloud) await stopChild(cloud);
  say('stopped.');
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch((err: unknown) => {
  // A Ctrl-C while starting stops what main() was waiting for (the cloud answers 503 once it
  // stops): the stop under way is the answer, not a failure, nor a second Ctrl-C.
  if (stopping) return;
  process.stderr.write(`\nnpm start failed: ${err instanceof Error ? err.message : String(err)}\n`);
  void shutdown(1);
});
