import { randomBytes } from 'node:crypto';
import { EdgeProcess, type LogLine } from '../testkit/edge-process.js';

/** A compiled server of ours as a child process, started once its log says it is ready. */
abstract class BenchServer {
  protected constructor(readonly proc: EdgeProcess, readonly httpPort: number) {}

  /** Spawns `which` and waits for `ready` in its log (30 s); killed if it never comes. */
  protected static async spawnReady(which: 'cloud' | 'feed', args: string[], env: NodeJS.ProcessEnv, ready: string): Promise<{ proc: EdgeProcess; line: LogLine }> {
    const proc = EdgeProcess.spawnCommand(which, args, env, true);
    try {
      return { proc, line: await proc.waitForLog((l) => l.msg === ready, 30_000) };
    } catch (err) {
      await proc.kill('SIGKILL');
      throw err;
    }
  }

  get pid(): number {
    return this.proc.child.pid ?? 0;
  }

  get feedUrl(): string {
    return `ws://127.0.0.1:${this.httpPort}/v1/feed`;
  }

  async metrics(): Promise<string> {
    return (await fetch(`http://127.0.0.1:${this.httpPort}/metrics`)).text();
  }

  /** SIGTERM, and SIGKILL if it has not exited 15 s later. */
  async stop(): Promise<void> {
    const exited = this.proc.kill('SIGTERM');
    const t = setTimeout(() => void this.proc.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(t);
  }
}

/** The compiled fridge-cloud as a child process on OS-chosen ports, with its admin API. */
export class BenchCloud extends BenchServer {
  private constructor(proc: EdgeProcess, httpPort: number, readonly mqttUrl: string, readonly token: string) {
    super(proc, httpPort);
  }

  /** `extra`: more flags (an external broker, a database URL...); `token`: a shared admin token. */
  static async start(dataDir: string, env: NodeJS.ProcessEnv = {}, extra: readonly string[] = [], token = `bench-${randomBytes(16).toString('hex')}`): Promise<BenchCloud> {
    const { proc, line: ready } = await BenchServer.spawnReady('cloud', ['serve', '--data-dir', dataDir, '--http-port', '0', '--mqtt-port', '0', '--admin-token', token, '--log-level', 'info', ...extra], env, 'cloud ready');
    return new BenchCloud(proc, ready.httpPort as number, typeof ready.mqttUrl === 'string' && ready.mqttPort === undefined ? ready.mqttUrl : `mqtt://127.0.0.1:${ready.mqttPort as number}`, token);
  }

  async api<T>(method: string, p: string, body?: unknown): Promise<T> {
    const res = await fetch(`http://127.0.0.1:${this.httpPort}${p}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  }

  async registerFridge(id: string, district: string, lat: number, lon: number): Promise<string> {
    const r = await this.api<{ mqtt: { password: string } }>('POST', '/v1/fridges', { id, district, name: `Bench fridge ${id}`, location: { lat, lon } });
    return r.mqtt.password;
  }

  /** Packing records for these EPCs (hex), best before a week from now. */
  async registerTags(epcs: readonly string[]): Promise<void> {
    const bestBefore = new Date(Date.now() + 7 * 86_400_000).toISOString();
    for (let i = 0; i < epcs.length; i += 5000) {
      await this.api('POST', '/v1/tags', { tags: epcs.slice(i, i + 5000).map((epc) => ({ epc, best_before: bestBefore })) });
    }
  }
}

/** The compiled fridge-feed as a child process on an OS-chosen port, reading `dataDir`'s store (issue 13). */
export class BenchFeed extends BenchServer {
  static async start(dataDir: string, token: string, env: NodeJS.ProcessEnv = {}, extra: readonly string[] = []): Promise<BenchFeed> {
    const { proc, line: ready } = await BenchServer.spawnReady('feed', ['--data-dir', dataDir, '--http-port', '0', '--admin-token', token, '--log-level', 'info', ...extra], env, 'feed ready');
    return new BenchFeed(proc, ready.httpPort as number);
  }
}
