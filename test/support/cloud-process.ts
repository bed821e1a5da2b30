import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EdgeProcess, type LogLine } from '../../testkit/edge-process.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs a one-shot `fridge-cloud <args>` (rebuild, backup, mosquitto-auth, ...) from source to its exit. */
export function runFridgeCloud(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runFromSource('cloud/main.ts', args, env);
}

/** Runs one of the programs (`entry`, from the repository's root) from source to its exit. */
export function runFromSource(entry: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, entry), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fridge as GET /v1/fridges/{id} answers it (the fields the tests read). */
export interface FridgeView {
  online: boolean;
  stale: boolean;
  stock: Array<{ gtin: string; on_hand: number; reserved: number; available: number }>;
}

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** `fridge-cloud` as a child process on OS-chosen ports, with helpers for its admin API. */
export class CloudProcess {
  httpPort = 0;
  mqttPort = 0;

  private constructor(readonly proc: EdgeProcess, readonly dataDir: string) {}

  static async start(dataDir: string, extra: string[] = [], ports?: { http: number; mqtt: number }): Promise<CloudProcess> {
    const proc = EdgeProcess.spawnCommand('cloud', ['--data-dir', dataDir, '--http-port', String(ports?.http ?? 0), '--mqtt-port', String(ports?.mqtt ?? 0), '--admin-token', ADMIN_TOKEN, ...extra]);
    const c = new CloudProcess(proc, dataDir);
    const ready = await proc.waitForLog((l) => l.msg === 'cloud ready', 30_000);
    c.httpPort = ready.httpPort as number;
    c.mqttPort = (ready.mqttPort as number | undefined) ?? 0;
    return c;
  }

  get mqttUrl(): string {
    return `mqtt://127.0.0.1:${this.mqttPort}`;
  }

  get base(): string {
    return `http://127.0.0.1:${this.httpPort}`;
  }

  async api<T = unknown>(method: string, path: string, body?: unknown, token: string | null = ADMIN_TOKEN): Promise<{ status: number; body: T }> {
    const res = await fetch(this.base + path, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token !== null ? { authorization: `Bearer ${token}` } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** Registers a fridge and returns its MQTT password. */
  async registerFridge(id: string, district: string, lat = 52.52, lon = 13.4): Promise<string> {
    const r = await this.api<{ mqtt: { password: string } }>('POST', '/v1/fridges', { id, district, name: `Fridge ${id}`, location: { lat, lon } });
    if (r.status !== 201) throw new Error(`register ${id}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.mqtt.password;
  }

  /** Polls GET /v1/fridges/{id} until `pred` holds (then its answer), or fails with the last answer. */
  async waitForFridge(fridgeId: string, pred: (v: FridgeView) => boolean, timeoutMs = 30_000): Promise<FridgeView> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const r = await this.api<FridgeView>('GET', `/v1/fridges/${fridgeId}`, undefined, null);
      if (r.status === 200 && pred(r.body)) return r.body;
      if (Date.now() > deadline) throw new Error(`stock condition not reached: ${JSON.stringify(r.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  waitForLog(pred: (l: LogLine) => boolean, timeoutMs?: number): Promise<LogLine> {
    return this.proc.waitForLog(pred, timeoutMs);
  }

  kill(signal: NodeJS.Signals = 'SIGKILL') {
    return this.proc.kill(signal);
  }
}
