import net from 'node:net';
import tls from 'node:tls';
import { randomBytes } from 'node:crypto';
import { Aedes, type Client } from 'aedes';
import type { Logger } from 'pino';
import { parseTopic } from '../../proto/index.js';
import type { CloudMetrics } from '../metrics.js';
import { verifyCredential } from '../registry/credentials.js';
import type { CloudStore } from '../store/index.js';

export const INGEST_USERNAME = '$ingest';

type Identity = { kind: 'ingest' } | { kind: 'fridge'; fridgeId: string; district: string };

export interface EmbeddedBrokerOptions {
  host: string;
  port: number;
  tls?: { key: Buffer; cert: Buffer } | undefined;
  store: CloudStore;
  log: Logger;
  metrics: CloudMetrics;
}

/**
 * The embedded MQTT broker (aedes): fridges authenticate with their own credential and may
 * publish and subscribe only under their own topics (DESIGN.md property 8). The ingest
 * connects to it like any client, with a secret minted for this process.
 */
export class EmbeddedBroker {
  readonly ingestSecret = randomBytes(24).toString('base64url');
  private aedes: Aedes | undefined;
  private server: net.Server | undefined;
  private readonly identities = new WeakMap<Client, Identity>();
  private readonly sockets = new Set<net.Socket>();

  constructor(private readonly o: EmbeddedBrokerOptions) {}

  get port(): number {
    const a = this.server?.address();
    return a && typeof a === 'object' ? a.port : 0;
  }

  get url(): string {
    return `${this.o.tls ? 'mqtts' : 'mqtt'}://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const { log, metrics, store } = this.o;
    const aedes = await Aedes.createBroker({
      authenticate: (client, username, password, done) => {
        const secret = password?.toString('utf8') ?? '';
        const fail = (why: string): void => {
          metrics.authFailures.inc({ kind: 'connect' });
          log.warn({ clientId: client.id, username, why }, 'MQTT connect refused');
          done(Object.assign(new Error(why), { returnCode: 4 as const }), false);
        };
        if (username === INGEST_USERNAME) {
          if (secret === this.ingestSecret) {
            this.identities.set(client, { kind: 'ingest' });
            done(null, true);
          } else fail('bad ingest secret');
          return;
        }
        if (username === undefined) return fail('no username');
        store.getFridge(username).then(
          (fridge) => {
            if (fridge === undefined) return fail('unknown fridge');
            if (!fridge.enabled) return fail('fridge disabled');
            // The client id is the fridge's own: another fridge cannot take over its session.
            if (client.id !== `fridge-${fridge.id}`) return fail('client id must be fridge-<id>');
            if (!verifyCredential(secret, fridge.credentialHash)) return fail('wrong credential');
            this.identities.set(client, { kind: 'fridge', fridgeId: fridge.id, district: fridge.district });
            done(null, true);
          },
          (err: unknown) => {
            log.error({ err }, 'registry lookup failed during MQTT connect');
            done(Object.assign(new Error('registry unavailable'), { returnCode: 3 as const }), false);
          },
        );
      },
      authorizePublish: (client, packet, cb) => {
        if (client === null) return cb(null); // the broker's own (retained, will) publishes
        const id = this.identities.get(client);
        if (id?.kind === 'ingest') return cb(null);
        const t = parseTopic(packet.topic);
        if (id?.kind === 'fridge' && t !== undefined && t.fridgeId === id.fridgeId && t.district === id.district && (t.kind === 'batch' || t.kind === 'status')) {
          return cb(null);
        }
        metrics.authFailures.inc({ kind: 'publish' });
        log.warn({ clientId: client.id, topic: packet.topic }, 'publish refused: not this fridge\'s topic');
        cb(new Error('not authorized'));
      },
      authorizeSubscribe: (client, sub, cb) => {
        const id = this.identities.get(client);
        if (id?.kind === 'ingest') return cb(null, sub);
        const t = parseTopic(sub.topic);
        if (id?.kind === 'fridge' && t !== undefined && t.fridgeId === id.fridgeId && t.district === id.district && (t.kind === 'ack' || t.kind === 'cmd')) {
          return cb(null, sub);
        }
        metrics.authFailures.inc({ kind: 'subscribe' });
        log.warn({ clientId: client.id, topic: sub.topic }, 'subscribe refused: not this fridge\'s topic');
        cb(null, null); // SUBACK with failure for this filter
      },
    });
    aedes.on('client', () => metrics.mqttConnections.set(aedes.connectedClients));
    aedes.on('clientDisconnect', () => metrics.mqttConnections.set(aedes.connectedClients));
    const onConnection = (socket: net.Socket): void => {
      // Acks and commands are small and latency-bound: Nagle's algorithm held each ack ~40 ms
      // (measured, docs/benchmarks.md).
      socket.setNoDelay(true);
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      aedes.handle(socket);
    };
    const server = this.o.tls ? tls.createServer({ key: this.o.tls.key, cert: this.o.tls.cert }, onConnection) : net.createServer(onConnection);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.o.port, this.o.host, () => resolve());
    });
    this.aedes = aedes;
    this.server = server;
    log.info({ url: this.url, host: this.o.host, port: this.port }, 'embedded MQTT broker listening');
  }

  /** Drops a fridge's connection (disabled, or its credential rotated). */
  disconnectFridge(fridgeId: string): boolean {
    // aedes keeps connected clients by id; not in its typings.
    const clients = (this.aedes as unknown as { clients?: Record<string, { close(cb?: () => void): void }> } | undefined)?.clients;
    const c = clients?.[`fridge-${fridgeId}`];
    if (c === undefined) return false;
    c.close();
    this.o.log.info({ fridgeId }, 'fridge disconnected by the cloud');
    return true;
  }

  /** Stops accepting, disconnects everyone, closes. */
  async stop(): Promise<void> {
    const { server, aedes } = this;
    this.server = undefined;
    this.aedes = undefined;
    const closed = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
    await new Promise<void>((resolve) => (aedes ? aedes.close(() => resolve()) : resolve()));
  }
}
