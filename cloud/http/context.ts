import type { Logger } from 'pino';
import type { CloudConfig } from '../config.js';
import type { CommittedBus, HandleResult, ReadLane } from '../core/index.js';
import type { DistrictCommand } from '../domain/index.js';
import type { FridgeCommands } from '../ingest/ingest.js';
import type { CloudMetrics } from '../metrics.js';
import type { Ownership } from '../ownership/ownership.js';
import type { ReadWorker } from './read-pool.js';
import type { EventReader, ReadModel, Registry } from '../store/index.js';

/** What the HTTP plugins share; decorated once on the fastify instance. */
export interface CloudContext {
  /** Fridges, meals and tags: the admin API writes them, every plugin may read them. */
  registry: Registry;
  /** The event store, read only: HTTP writes events through `commands` alone. */
  eventStore: EventReader;
  /** The projections: stock, presence, catalog versions, temperatures, reservation owners. */
  readModel: ReadModel;
  /** The application core: decides, commits and publishes a district's commands. */
  commands: { handle(district: string, command: DistrictCommand): Promise<HandleResult> };
  /** The registry changed: decisions must read it again. */
  registryChanged: { tagsChanged(epcs: readonly string[]): void; mealChanged(gtin: string): void };
  /** Commands to the fridges themselves, over MQTT. */
  fridges: FridgeCommands;
  /** Committed domain events, as they commit (the feed's source). */
  bus: CommittedBus;
  /** The lane client reads take their turn in (docs/cloud.md). */
  reads: ReadLane;
  /** Client reads of the SQLite store in a worker thread (undefined with PostgreSQL). */
  readWorker: ReadWorker | undefined;
  /** The lane feed snapshots and replay pages take their turn in. */
  feedReads: ReadLane;
  /** Whether the ingest is connected to its broker. */
  ingestConnected: () => boolean;
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
