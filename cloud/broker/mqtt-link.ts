import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import type { BrokerLink, LinkHandlers } from './link.js';

export interface MqttLinkOptions {
  url: string;
  clientId: string;
  /**
   * A persistent session (false: a fixed set of districts, so that batches sent while the
   * ingest restarts wait at the broker) or a clean one (districts that move between instances:
   * a district's batches must not wait in a session of an instance that no longer owns it).
   */
  clean: boolean;
  username?: string | undefined;
  password?: string | undefined;
  ca?: Buffer | undefined;
  log: Logger;
  /** How long start() waits for the first connection. */
  connectTimeoutMs?: number;
}

/** The ingest as an MQTT client of an external broker (Mosquitto, EMQX...). */
export class MqttLink implements BrokerLink {
  private client: MqttClient | undefined;
  private isConnected = false;

  constructor(private readonly o: MqttLinkOptions) {}

  get connected(): boolean {
    return this.isConnected;
  }

  async start(handlers: LinkHandlers): Promise<void> {
    const { o } = this;
    const opts: IClientOptions = {
      clientId: o.clientId,
      clean: o.clean,
      reconnectPeriod: 1000,
      keepalive: 30,
      protocolVersion: 4,
      ...(o.username !== undefined ? { username: o.username } : {}),
      ...(o.password !== undefined ? { password: o.password } : {}),
      ...(o.ca ? { ca: o.ca } : {}),
    };
    const client = mqtt.connect(o.url, opts);
    this.client = client;
    client.on('message', (topic, payload) => handlers.onMessage(topic, payload));
    client.on('connect', () => {
      noDelay(client);
      this.isConnected = true;
      const filters = handlers.filters();
      o.log.info({ url: o.url, filters }, 'ingest connected to broker');
      if (filters.length > 0) {
        client.subscribe(filters, { qos: 1 }, (err) => {
          if (err) o.log.error({ err }, 'ingest subscribe failed');
        });
      }
    });
    client.on('close', () => {
      if (this.isConnected) o.log.warn('ingest disconnected from broker');
      this.isConnected = false;
    });
    client.on('error', (err) => o.log.warn({ err: err.message }, 'ingest MQTT error'));
    const timeoutMs = o.connectTimeoutMs ?? 15_000;
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`cannot connect to ${o.url} within ${timeoutMs / 1000} s`)), timeoutMs);
      client.once('connect', () => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  subscribe(filters: readonly string[]): Promise<void> {
    const client = this.client;
    if (client === undefined) return Promise.resolve();
    return new Promise((resolve, reject) => client.subscribe([...filters], { qos: 1 }, (err) => (err ? reject(err) : resolve())));
  }

  unsubscribe(filters: readonly string[]): Promise<void> {
    const client = this.client;
    if (client === undefined) return Promise.resolve();
    return new Promise((resolve, reject) => client.unsubscribe([...filters], (err) => (err ? reject(err) : resolve())));
  }

  publish(topic: string, payload: Buffer): void {
    this.client?.publish(topic, payload, { qos: 1 });
  }

  async stop(): Promise<void> {
    await this.client?.endAsync().catch(() => undefined);
    this.client = undefined;
    this.isConnected = false;
  }
}

/** Small latency-bound messages: no Nagle delay on the client's socket (TCP or TLS). */
function noDelay(client: MqttClient): void {
  (client.stream as unknown as { setNoDelay?: (on: boolean) => void }).setNoDelay?.(true);
}
