// A real Ingest on a real aedes broker and a real SQLite store in a temporary directory, and a
// fridge that publishes raw payloads and collects the acks it gets.
import mqtt, { type MqttClient } from 'mqtt';
import pino from 'pino';
import { createApplicationCore } from '../../../cloud/core/index.js';
import { Ingest, type IngestOptions } from '../../../cloud/ingest/ingest.js';
import { createCloudMetrics, type CloudMetrics } from '../../../cloud/metrics.js';
import { StaticOwnership } from '../../../cloud/ownership/ownership.js';
import { SqliteCloudStore } from '../../../cloud/store/sqlite-store.js';
import { AckStatus, assembleBatch, decodeAck, encodeFridgeEvent, topics, type FridgeEvent } from '../../../proto/index.js';
import { TestBroker } from '../../../testkit/broker.js';

export const DISTRICT = 'd1';
export const GTIN = '80614141123458';
/** SGTIN-96 tags of one meal (GTIN 80614141123458), serial n. */
export const tag = (serial: number): string => (BigInt('0x3074257BF7194E4000000000') + BigInt(serial)).toString(16).toUpperCase().padStart(24, '0');
export const tagBytes = (serial: number): Uint8Array => Buffer.from(tag(serial), 'hex');

export interface ReceivedAck {
  status: number;
  epoch: string;
  committedSeq: number;
  reason: string;
  batchLastSeq: number;
}

export class TestFridge {
  readonly acks: ReceivedAck[] = [];
  private waiters: Array<() => void> = [];

  constructor(readonly id: string, readonly client: MqttClient) {
    client.on('message', (_t, p) => {
      const r = decodeAck(p);
      if (!r.ok) return;
      const a = r.value;
      this.acks.push({ status: a.status ?? 0, epoch: a.epoch ?? '', committedSeq: Number(a.committedSeq ?? 0), reason: a.reason ?? '', batchLastSeq: Number(a.batchLastSeq ?? 0) });
      for (const w of this.waiters.splice(0)) w();
    });
  }

  /** Resolves once this fridge has `n` acks; fails after `timeoutMs`. */
  async acksAtLeast(n: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.acks.length < n) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${this.id}: ${this.acks.length} acks of ${n} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Publishes a raw payload on the fridge's batch topic and resolves with the next ack. */
  async send(payload: Uint8Array, timeoutMs = 10_000): Promise<ReceivedAck> {
    const n = this.acks.length;
    await this.client.publishAsync(topics.batch(DISTRICT, this.id), Buffer.from(payload), { qos: 1 });
    const deadline = Date.now() + timeoutMs;
    while (this.acks.length <= n) {
      if (Date.now() > deadline) throw new Error(`no ack within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return this.acks[n] as ReceivedAck;
  }

  batch(epoch: string, prevSeq: number, events: FridgeEvent[], o: { replay?: boolean } = {}): Uint8Array {
    return assembleBatch({ fridgeId: this.id, epoch, prevSeq, sentAtMs: Date.now(), ...(o.replay === true ? { replay: true } : {}) }, events.map((e) => encodeFridgeEvent(e)));
  }
}

export interface IngestHarness {
  ingest: Ingest;
  store: SqliteCloudStore;
  metrics: CloudMetrics;
  broker: TestBroker;
  /** A registered fridge, connected, subscribed to its acks (`registered`: it is in the store already, as after a restart). */
  fridge(id: string, registered?: boolean): Promise<TestFridge>;
  /** A counter's value for these labels (0 when never counted). */
  counter(name: keyof CloudMetrics, labels?: Record<string, string>): Promise<number>;
  close(): Promise<void>;
}

export async function startIngest(dir: string, opts: Partial<Pick<IngestOptions, 'now' | 'presence' | 'lanes' | 'ownership' | 'presenceGraceMs'>> = {}): Promise<IngestHarness> {
  const broker = await TestBroker.start();
  const store = new SqliteCloudStore(dir);
  const metrics = createCloudMetrics();
  const log = pino({ level: 'silent' });
  const { core, bus } = createApplicationCore({ store, log, ...(opts.now ? { now: opts.now } : {}) });
  const ingest = new Ingest({ mqttUrl: broker.url, ownership: opts.ownership ?? new StaticOwnership(undefined, 'http://127.0.0.1'), registry: store, eventStore: store, core, bus, log, metrics, ...opts });
  await ingest.start();
  const clients: MqttClient[] = [];
  return {
    ingest,
    store,
    metrics,
    broker,
    async fridge(id, registered = false) {
      if (!registered) await store.createFridge({ id, district: DISTRICT, name: id, lat: 52.5, lon: 13.4, credentialHash: 'x' }, Date.now());
      const client = await mqtt.connectAsync(broker.url, { clientId: `fridge-${id}`, reconnectPeriod: 0, clean: true });
      clients.push(client);
      await client.subscribeAsync(topics.ack(DISTRICT, id), { qos: 1 });
      return new TestFridge(id, client);
    },
    async counter(name, labels = {}) {
      const m = metrics[name] as { get(): Promise<{ values: Array<{ value: number; labels: Record<string, string | number> }> }> };
      const { values } = await m.get();
      return values.filter((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x)).reduce((s, v) => s + v.value, 0);
    },
    async close() {
      for (const c of clients) await c.endAsync(true).catch(() => undefined);
      await ingest.stop();
      await broker.down();
      await store.close();
    },
  };
}

export { AckStatus };
