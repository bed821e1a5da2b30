// The one in-process cloud of the integration tests: a real fridge-cloud app (embedded aedes,
// real SQLite in a temporary directory, real sockets) with a clock the test can set, HTTP
// through fastify's inject, and everything it started stopped after the test. The HTTP API's
// harness (test/cloud/http/harness.ts) and the feed's (test/cloud/feed/harness.ts) add their
// own fridges and clients on top of it.
import pino from 'pino';
import { afterEach, vi } from 'vitest';
import { CloudApp } from '../../cloud/app.js';
import { loadCloudConfig, type CloudConfig } from '../../cloud/config.js';
import { useTmpDirs } from './tmp.js';

export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RunningCloud {
  app: CloudApp;
  dataDir: string;
  /** http://127.0.0.1:<port>, for what needs a socket (the feed, keep-alive, a proxy). */
  base: string;
  httpPort: number;
  mqttUrl: string;
  /** The clock the app decides with (settable with clock.set). */
  clock: { now: () => number; set: (ms: number) => void; advance: (ms: number) => void };
  api<T = Record<string, unknown>>(method: string, path: string, o?: { body?: unknown; token?: string | null; headers?: Record<string, string> }): Promise<Reply<T>>;
  /** Runs after the test, before the app stops (clients of this cloud). */
  onStop(fn: () => Promise<void> | void): void;
}

/** A cloud per call, with `args` (and `env`, stubbed for the test), stopped after the test. */
export function useCloudApp(args: string[], env: Record<string, string> = {}): (more?: string[]) => Promise<RunningCloud> {
  const tmp = useTmpDirs();
  const running: Array<{ app: CloudApp; stops: Array<() => Promise<void> | void> }> = [];
  afterEach(async () => {
    for (const r of running.splice(0)) {
      for (const stop of r.stops) await stop();
      await r.app.stop();
    }
    vi.unstubAllEnvs();
  });
  return async (more: string[] = []) => {
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    const dataDir = tmp();
    const cfg = loadCloudConfig(['--data-dir', dataDir, '--http-port', '0', '--mqtt-port', '0', '--log-level', 'silent', ...args, ...more], {}) as CloudConfig;
    let now = Date.now();
    let frozen = false;
    const clock = { now: () => (frozen ? now : Date.now()), set: (ms: number) => { frozen = true; now = ms; }, advance: (ms: number) => { now = clock.now() + ms; frozen = true; } };
    const app = await CloudApp.open(cfg, pino({ level: 'silent' }), () => clock.now());
    const started = await app.start();
    const r = { app, stops: [] as Array<() => Promise<void> | void> };
    running.push(r);
    const api: RunningCloud['api'] = async (method, p, o = {}) => {
      const headers: Record<string, string> = { ...(o.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(o.token ? { authorization: `Bearer ${o.token}` } : {}), ...o.headers };
      // No socket needed: fastify's inject (the same routing, hooks, validation and
      // serialization; the peer address is 127.0.0.1).
      const res = await app.http.inject({ method: method as 'GET', url: p, headers, ...(o.body !== undefined ? { payload: JSON.stringify(o.body) } : {}) });
      const out = new Headers();
      for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out.set(k, Array.isArray(v) ? v.join(', ') : String(v));
      return { status: res.statusCode, headers: out, body: (res.body === '' ? undefined : JSON.parse(res.body)) as never };
    };
    return {
      app,
      dataDir,
      base: `http://127.0.0.1:${started.httpPort}`,
      httpPort: started.httpPort,
      mqttUrl: started.mqttUrl,
      clock,
      api,
      onStop: (fn) => void r.stops.push(fn),
    };
  };
}
