import type { Logger } from 'pino';
import type { CloudConfig } from '../config.js';
import type { Ingest } from '../ingest/ingest.js';
import type { CloudMetrics } from '../metrics.js';
import type { Ownership } from '../ownership/ownership.js';
import type { CloudStore } from '../store/index.js';

/** What the HTTP plugins share; decorated once on the fastify instance. */
export interface CloudContext {
  store: CloudStore;
  ingest: Ingest;
  metrics: CloudMetrics;
  log: Logger;
  adminToken: string;
  /** Which districts this instance ingests, and where the others' owners are. */
  ownership: Ownership;
  config: CloudConfig;
  now: () => number;
  ready: () => boolean;
  /** Drops a fridge's MQTT connection where the broker is ours (no-op with an external one). */
  disconnectFridge: (fridgeId: string) => void;
}

declare module 'fastify' {
  interface FastifyInstance {
    cloud: CloudContext;
  }
}
