import type { Aedes, AedesPublishPacket } from 'aedes';
import type { Logger } from 'pino';
import type { BrokerLink, LinkHandlers } from './link.js';
import type { RetainedPacket, RetainedPersistence } from './retained-index.js';

/**
 * The ingest attached to the embedded broker itself: a subscription inside the broker (aedes's
 * own `subscribe`, no session, no login) and publishes from the broker (`aedes.publish`, routed
 * and queued for offline persistent sessions exactly as a client's).
 *
 * Before, the ingest was an MQTT client of its own broker over an in-memory stream. Every
 * batch was then encoded again by the broker, parsed again by MQTT.js and acknowledged with a
 * PUBACK; every ack went back through the broker's packet parser and handler, each hop a turn
 * of the event loop. In a fleet storm those turns were the longest part of a live door
 * session's path (a batch waited ~25 ms from the broker to the ingest, an ack as long back,
 * while its commit took ~15 ms: measured, docs/benchmarks.md). Here a batch reaches the
 * ingest in the same turn as the broker reads it, and an ack is written in the next.
 */
export class EmbeddedLink implements BrokerLink {
  private handlers: LinkHandlers | undefined;
  private readonly held = new Set<string>();
  private stopped = false;
  private publishing = 0;
  private idle: Array<() => void> = [];

  constructor(
    private readonly aedes: Aedes,
    private readonly log: Logger,
  ) {}

  get connected(): boolean {
    return this.handlers !== undefined && !this.stopped;
  }

  /** Called by the broker for every message of a held filter, in the turn that published it. */
  private readonly deliver = (packet: AedesPublishPacket, done: () => void): void => {
    try {
      if (!this.stopped) this.handlers?.onMessage(packet.topic, typeof packet.payload === 'string' ? Buffer.from(packet.payload) : packet.payload);
    } catch (err) {
      // Never into the broker's publish path (it would end the fridge's connection, or worse).
      this.log.error({ err, topic: packet.topic }, 'ingest failed on a message');
    }
    done();
  };

  async start(handlers: LinkHandlers): Promise<void> {
    this.handlers = handlers;
    await this.subscribe(handlers.filters());
    this.log.info({ filters: [...this.held] }, 'ingest attached to the embedded broker');
  }

  async subscribe(filters: readonly string[]): Promise<void> {
    const added = filters.filter((f) => !this.held.has(f));
    for (const f of added) {
      this.held.add(f);
      await new Promise<void>((resolve) => this.aedes.subscribe(f, this.deliver, resolve));
    }
    if (added.length === 0) return;
    // As the broker answers a client's SUBSCRIBE: the retained messages of the new filters.
    const persistence = (this.aedes as unknown as { persistence: RetainedPersistence }).persistence;
    for await (const packet of persistence.createRetainedStreamCombi(added) as AsyncIterable<RetainedPacket>) {
      if (this.stopped) break;
      this.handlers?.onMessage(packet.topic, packet.payload);
    }
  }

  async unsubscribe(filters: readonly string[]): Promise<void> {
    const dropped = filters.filter((f) => this.held.delete(f));
    await Promise.all(dropped.map((f) => new Promise<void>((resolve) => this.aedes.unsubscribe(f, this.deliver, resolve))));
  }

  publish(topic: string, payload: Buffer): void {
    if (this.stopped) return;
    this.publishing += 1;
    this.aedes.publish({ cmd: 'publish', topic, payload, qos: 1, retain: false, dup: false }, (err) => {
      if (err) this.log.warn({ err: err.message, topic }, 'publish to a fridge failed');
      this.publishing -= 1;
      if (this.publishing === 0) for (const w of this.idle.splice(0)) w();
    });
  }

  /** Intake stops at once; resolves when every publish is written (or queued for its fridge). */
  async stop(): Promise<void> {
    await this.unsubscribe([...this.held]);
    if (this.publishing > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
    this.stopped = true;
  }
}
