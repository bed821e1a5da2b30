import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What Dockerfile.edge and docs/edge.md run the agent with (docs/benchmarks.md: resident memory). */
export const EDGE_NODE_OPTIONS = '--max-semi-space-size=1 --jitless';

/**
 * What Dockerfile.cloud runs the cloud with (docs/operations.md, "Images"): the old generation
 * grows to ~768 MB before a full collection, so that a fleet storm's growing heap (the feed's
 * resume window, the tag caches: ~100 to ~320 MB over a storm) does not set one off in the
 * middle of it, whose marking took the second core while live acks waited (docs/benchmarks.md).
 * Node does not take the flag in NODE_OPTIONS, hence arguments.
 */
export const CLOUD_NODE_FLAGS: readonly string[] = ['--initial-old-space-size=768'];

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface LogLine {
  level: number;
  msg: string;
  [k: string]: unknown;
}

/** `fridge-edge` as a child process (run from source through tsx), with its JSON logs captured. */
export class EdgeProcess {
  readonly logs: LogLine[] = [];
  stderr = '';
  private waiters: Array<() => void> = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(readonly child: ChildProcess) {
    let buf = '';
    child.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        try {
          this.logs.push(JSON.parse(line) as LogLine);
        } catch {
          this.logs.push({ level: 30, msg: line });
        }
        for (const w of this.waiters.splice(0)) w();
      }
    });
    child.stderr?.on('data', (d: Buffer) => {
      this.stderr += d.toString();
    });
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  /** From source through tsx, or with `built` the compiled dist/edge/main.js that production runs. */
  static spawn(args: string[], env: NodeJS.ProcessEnv = {}, built = false): EdgeProcess {
    return EdgeProcess.spawnCommand('edge', args, env, built);
  }

  /**
   * `edge` (fridge-edge) or `cloud` (fridge-cloud). The cloud runs with CLOUD_NODE_FLAGS unless
   * `env.FF_CLOUD_NODE_FLAGS` (or this process's, for a benchmark run with other flags) says
   * otherwise (space-separated; empty: none).
   */
  static spawnCommand(which: 'edge' | 'cloud' | 'feed', args: string[], env: NodeJS.ProcessEnv = {}, built = false): EdgeProcess {
    const dir = which === 'feed' ? 'cloud/feed' : which;
    const entry = built ? [path.join(ROOT, `dist/${dir}/main.js`)] : ['--import', 'tsx', path.join(ROOT, `${dir}/main.ts`)];
    // The edge runs with the flags it runs with in production (Dockerfile.edge).
    const nodeOptions = which === 'edge' ? { NODE_OPTIONS: EDGE_NODE_OPTIONS } : {};
    const own = env.FF_CLOUD_NODE_FLAGS ?? process.env.FF_CLOUD_NODE_FLAGS;
    const flags = which !== 'cloud' ? [] : own === undefined ? CLOUD_NODE_FLAGS : own.split(' ').filter((f) => f !== '');
    const child = spawn(process.execPath, [...flags, ...entry, ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'debug', ...nodeOptions, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new EdgeProcess(child);
  }

  async waitForLog(pred: (l: LogLine) => boolean, timeoutMs = 20_000): Promise<LogLine> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.logs.find(pred);
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`edge log not seen in ${timeoutMs} ms; stderr: ${this.stderr.slice(-2000)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

export function edgeArgs(o: { fridgeId: string; district: string; serial: string; mqtt: string; dataDir: string; extra?: string[] }): string[] {
  return ['--fridge-id', o.fridgeId, '--district', o.district, '--serial', o.serial, '--mqtt', o.mqtt, '--data-dir', o.dataDir, ...(o.extra ?? [])];
}

export interface EdgeHealth {
  ok: boolean;
  serial: boolean;
  mqtt: boolean;
  outbox: { events: number; bytes: number; ackedSeq: number; lastSeq: number };
}

/** Reads the edge's /healthz (started with --health-port 0; the port is in its log). */
export async function edgeHealth(edge: EdgeProcess): Promise<EdgeHealth> {
  const line = await edge.waitForLog((l) => l.msg === 'health endpoint listening');
  const { port } = line.health as { port: number };
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  return (await res.json()) as EdgeHealth;
}

export async function edgeMetrics(edge: EdgeProcess): Promise<string> {
  const line = await edge.waitForLog((l) => l.msg === 'health endpoint listening');
  const { port } = line.health as { port: number };
  return (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
}
