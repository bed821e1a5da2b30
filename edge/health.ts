import http from 'node:http';
import type { EdgeMetrics } from './metrics.js';

export interface HealthServerOptions {
  host: string;
  /** 0: a port the OS chooses. */
  port: number;
  metrics: EdgeMetrics;
  /** The body of /healthz: link states are reported, not fatal. */
  health(): Record<string, unknown>;
  /** Before /metrics is rendered (gauges computed on demand, e.g. the outbox's oldest age). */
  refresh?(): void;
}

/**
 * The agent's `--health-port` (docs/edge.md "Operating it"): `/healthz` (JSON: serial, MQTT
 * and outbox state) and `/metrics` (Prometheus).
 */
export class HealthServer {
  private constructor(private readonly server: http.Server) {}

  static async start(o: HealthServerOptions): Promise<HealthServer> {
    const server = http.createServer((req, res) => {
      if (req.url === '/healthz') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(o.health()));
      } else if (req.url === '/metrics') {
        o.refresh?.();
        void o.metrics.registry.metrics().then((text) => res.writeHead(200, { 'content-type': o.metrics.registry.contentType }).end(text));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(o.port, o.host, resolve));
    return new HealthServer(server);
  }

  get address(): { host: string; port: number } | undefined {
    const a = this.server.address();
    return a && typeof a === 'object' ? { host: a.address, port: a.port } : undefined;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
