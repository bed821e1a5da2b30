// npm start: the product in one command. Starts fridge-cloud (embedded MQTT broker and SQLite),
// registers the demo scenario's fridges, meals and tags through the real admin API, and runs
// each simulated fridge's controller behind a real fridge-edge agent on a serial link.
// Ctrl-C stops everything. `npm start -- --reset` starts from empty data.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario, RealClock, startSimulation, type Simulation } from '../simulator/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, '.data');
const HTTP_PORT = Number(process.env.FF_HTTP_PORT ?? 8080);
const MQTT_PORT = Number(process.env.FF_MQTT_PORT ?? 1883);
const TIME_SCALE = Number(process.env.FF_DEMO_TIME_SCALE ?? 30);
const say = (s: string): void => void process.stdout.write(`${s}\n`);

const children: ChildProcess[] = [];
let sim: Simulation | undefined;
let stopping = false;

function run(name: string, args: string[], onLine?: (l: Record<string, unknown>) => void): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' } });
  children.push(child);
  let buf = '';
  child.stdout?.on('data', (d: Buffer) => {
    buf += d.toString();
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      try {
        const j = JSON.parse(line) as Record<string, unknown>;
        onLine?.(j);
        if (typeof j.level === 'number' && j.level >= 50) say(`[${name}] ${String(j.msg)}`);
      } catch {
        // not JSON
      }
    }
  });
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[${name}] ${d.toString()}`));
  child.on('exit', (code, signal) => {
    if (!stopping) say(`[${name}] exited (${code ?? signal})`);
  });
  return child;
}

async function main(): Promise<void> {
  if (process.argv.includes('--reset')) rmSync(DATA, { recursive: true, force: true });
  mkdirSync(DATA, { recursive: true });
  const token = 'demo-admin-token-' + 'x'.repeat(8);
  say('Farmacy Food fridge gateway: starting the demo');
  say(`  data: ${DATA}  (npm start -- --reset starts from empty)`);

  const ready = new Promise<void>((resolve, reject) => {
    const cloud = run('cloud', ['cloud/main.ts', '--data-dir', path.join(DATA, 'cloud'), '--http-port', String(HTTP_PORT), '--mqtt-port', String(MQTT_PORT), '--admin-token', token], (l) => {
      if (l.msg === 'cloud ready') resolve();
    });
    cloud.once('exit', () => reject(new Error(`fridge-cloud did not start (ports ${HTTP_PORT}/${MQTT_PORT} in use? set FF_HTTP_PORT / FF_MQTT_PORT)`)));
  });
  await ready;
  const base = `http://127.0.0.1:${HTTP_PORT}`;
  const api = async (method: string, p: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> => {
    const res = await fetch(base + p, { method, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> };
  };
  say(`  cloud: ${base} (MQTT on ${MQTT_PORT})`);

  const scenario = await loadScenario('demo');
  for (const m of scenario.meals) {
    await api('PUT', `/v1/meals/${m.gtin}`, {
      name: m.name,
      nutrition: { kcal: m.nutrition.kcal, protein_g: m.nutrition.proteinG, carbohydrate_g: m.nutrition.carbsG, fat_g: m.nutrition.fatG },
      allergens: m.nutrition.allergens ?? [],
      price: { amount_cents: m.priceCents, currency: 'EUR' },
      nominal_weight_g: m.nominalWeightG,
    });
  }
  // Simulated time starts now (best-before dates are then real dates) and runs TIME_SCALE x.
  sim = await startSimulation({ scenario: 'demo', link: 'tcp', clock: new RealClock(TIME_SCALE, Date.now()), autopilot: true });
  const registered = new Set<string>();
  const registerTags = async (): Promise<string[]> => {
    const fresh: string[] = [];
    const truth = sim!.truth();
    for (const [fridgeId, items] of Object.entries(truth.items)) {
      const tags = items.filter((i) => !registered.has(i.epc)).map((i) => ({ epc: i.epc, gtin: i.gtin, best_before: new Date(i.expiresAtMs).toISOString(), ...(i.personalFor ? { order_id: `order-${i.epc.slice(-6)}`, user_id: i.personalFor } : {}) }));
      if (tags.length === 0) continue;
      const r = await api('POST', '/v1/tags', { fridge_id: fridgeId, tags });
      if (r.status === 201) {
        for (const t of tags) registered.add(t.epc);
        fresh.push(fridgeId);
      }
    }
    return fresh;
  };
  const passwords = new Map<string, string>();
  for (const f of sim.fridges()) {
    const reg = await api('POST', '/v1/fridges', { id: f.fridgeId, district: f.district, name: f.name, location: { lat: f.lat, lon: f.lon } });
    const answer = reg.status === 201 ? reg.body : (await api('POST', `/v1/fridges/${f.fridgeId}/credential`)).body;
    passwords.set(f.fridgeId, (answer.mqtt as { password: string }).password);
  }
  await registerTags();
  for (const f of sim.fridges()) {
    const dir = path.join(DATA, 'edge', f.fridgeId);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'password'), passwords.get(f.fridgeId) ?? '', { mode: 0o600 });
    run(`edge ${f.fridgeId}`, ['edge/main.ts', '--fridge-id', f.fridgeId, '--district', f.district, '--serial', sim.serialArg(f.fridgeId), '--mqtt', `mqtt://127.0.0.1:${MQTT_PORT}`, '--password-file', path.join(dir, 'password'), '--data-dir', dir]);
    say(`  fridge ${f.fridgeId} (${f.district}): edge agent on ${sim.serialArg(f.fridgeId)}`);
  }
  // The kitchen's packing record for restocked meals; the fridge then re-inventories.
  setInterval(() => {
    void registerTags().then(async (fridges) => {
      for (const id of fridges) await api('POST', `/v1/fridges/${id}/snapshot`);
    });
  }, 2000).unref();

  say('');
  say(`Running. Simulated time runs ${TIME_SCALE}x. Try:`);
  say(`  curl ${base}/v1/fridges/${sim.fridges()[0]?.fridgeId ?? ''}`);
  say(`  curl -H 'Authorization: Bearer ${token}' '${base}/v1/events?after=0&limit=20'`);
  say('Ctrl-C stops everything.');
}

async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('\nstopping...');
  const edges = children.slice(1);
  for (const c of edges) c.kill('SIGTERM');
  await Promise.all(edges.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
  await sim?.close();
  const cloud = children[0];
  if (cloud && cloud.exitCode === null) {
    cloud.kill('SIGTERM');
    await new Promise((r) => cloud.once('exit', r));
  }
  say('stopped.');
  process.exit(0);
}

process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
main().catch((err: unknown) => {
  process.stderr.write(`npm start failed: ${err instanceof Error ? err.message : String(err)}\n`);
  void shutdown();
});
