import net from 'node:net';
import tls from 'node:tls';
import { randomBytes } from 'node:crypto';
import { Aedes, type Client } from 'aedes';
import type { Logger } from 'pino';
import { parseTopic } from '../../proto/index.js';
import { LIMITS } from '../ingest/ingest.js';
import type { CloudMetrics } from '../metrics.js';
import { secretEquals, verifyCredential } from '../registry/credentials.js';
import type { RegistryReader } from '../store/index.js';
import { fridgeClientId, INGEST_CLIENT_ID_PREFIX } from './client-ids.js';
import { FailureThrottle, type ThrottleLimits } from './failure-throttle.js';
import { ConnectionPacer, LoopLag, resolvePacer, type PacerLimits } from './connection-pacer.js';
import { MqttPacketGuard, type PacketLimits } from './packet-guard.js';
import { EmbeddedLink } from './embedded-link.js';
import type { BrokerLink } from './link.js';
import { indexRetainedByTopic, type RetainedPersistence } from './retained-index.js';

export const INGEST_USERNAME = '$ingest';

type Identity = { kind: 'ingest' } | { kind: 'fridge'; fridgeId: string; district: string };

/**
 * Issue 11 item 6: a CONNECT carries a client id, a username, a password and a will, far less
 * than 64 KiB; a PUBLISH at most a batch (the ingest's limit) under its topic, whose name and
 * header take at most 64 KiB more. A batch just over the ingest's limit still reaches the
 * ingest, which refuses it with an ack (docs/protocol.md); anything larger ends the connection.
 */
export const DEFAULT_PACKET_LIMITS: PacketLimits = {
  beforeAuthBytes: 64 * 1024,
  packetBytes: LIMITS.maxBatchBytes + 64 * 1024,
};

/**
 * A status (birth, death) is a few dozen bytes, and retained: the broker holds the last one of
 * every fridge. Larger ones, and retained batches (held forever), end the connection.
 */
export const MAX_STATUS_BYTES = 4 * 1024;

/** aedes's `concurrency`: publishes being delivered at once (see start()). */
const DELIVERIES_IN_FLIGHT = 10_000;

/**
 * Issue 11 item 11: failed MQTT logins, per remote address and per username (a fridge id), in a
 * one-minute window; a key over its limit is refused without a registry read or hash until the
 * window ends. Fridges behind one NAT share an address, hence the higher address limit.
 */
export const DEFAULT_AUTH_THROTTLE: { perAddress: ThrottleLimits; perUsername: ThrottleLimits } = {
  perAddress: { max: 30, windowMs: 60_000 },
  perUsername: { max: 10, windowMs: 60_000 },
};

export interface EmbeddedBrokerOptions {
  host: string;
  port: number;
  tls?: { key: Buffer; cert: Buffer } | undefined;
  /** Fridges log in with their registered credential. */
  registry: RegistryReader;
  log: Logger;
  metrics: CloudMetrics;
  packetLimits?: PacketLimits;
  authThrottle?: { perAddress: ThrottleLimits; perUsername: ThrottleLimits };
  /** New connections handed to the broker at this rate (default: FF_MQTT_ACCEPT_*, else DEFAULT_PACER). */
  accept?: PacerLimits;
  now?: () => number;
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
  private pacer: ConnectionPacer | undefined;
  private loopLag: LoopLag | undefined;
  private readonly failuresByAddress: FailureThrottle;
  private readonly failuresByUsername: FailureThrottle;

  constructor(private readonly o: EmbeddedBrokerOptions) {
    const t = o.authThrottle ?? DEFAULT_AUTH_THROTTLE;
    this.failuresByAddress = new FailureThrottle(t.perAddress);
    this.failuresByUsername = new FailureThrottle(t.perUsername);
  }

  get port(): number {
    const a = this.server?.address();
    return a && typeof a === 'object' ? a.port : 0;
  }

  get url(): string {
    return `${this.o.tls ? 'mqtts' : 'mqtt'}://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const { log, metrics, registry } = this.o;
    const aedes = await Aedes.createBroker({
      // Deliveries in flight at once (aedes's default is 100): past it a publish waits in
      // mqemitter's queue, first come first served, so in a fleet storm a live door session
      // waited there behind hundreds of replay batches (~300 ms of the worst live ack, issue 12).
      concurrency: DELIVERIES_IN_FLIGHT,
      authenticate: (client, username, password, done) => {
        const secret = password?.toString('utf8') ?? '';
        const guard = client.conn instanceof MqttPacketGuard ? client.conn : undefined;
        const address = guard?.remoteAddress ?? 'unknown';
        const now = this.o.now?.() ?? Date.now();
        const isIngest = username === INGEST_USERNAME;
        const fail = (why: string): void => {
          metrics.authFailures.inc({ kind: 'connect' });
          this.failuresByAddress.failed(address, now);
          if (username !== undefined && !isIngest) this.failuresByUsername.failed(username, now);
          log.warn({ clientId: client.id, username, address, why }, 'MQTT connect refused');
          done(Object.assign(new Error(why), { returnCode: 4 as const }), false);
        };
        const accept = (identity: Identity): void => {
          this.identities.set(client, identity);
          guard?.authenticated();
          done(null, true);
        };
        // The ingest's login (the ingest itself is attached inside the process, see
        // ingestLink(); the login lets a tool of this process watch as the ingest would) is
        // never throttled: its secret is 192 random bits minted per process and checked in
        // constant time, and a lockout of its address (loopback) or username would let anyone
        // cut it off.
        if (isIngest && client.id.startsWith(INGEST_CLIENT_ID_PREFIX) && secretEquals(secret, this.ingestSecret)) return accept({ kind: 'ingest' });
        const lockedMs = Math.max(this.failuresByAddress.lockedForMs(address, now), username === undefined || isIngest ? 0 : this.failuresByUsername.lockedForMs(username, now));
        if (lockedMs > 0) {
          metrics.authFailures.inc({ kind: 'connect_throttled' });
          log.warn({ clientId: client.id, username, address, retryAfterS: Math.ceil(lockedMs / 1000) }, 'MQTT connect refused: too many failed logins');
          return done(Object.assign(new Error('too many failed logins'), { returnCode: 3 as const }), false);
        }
        // The ingest's client ids are its own: no fridge credential can take them (item 12).
        if (isIngest) return fail(client.id.startsWith(INGEST_CLIENT_ID_PREFIX) ? 'bad ingest secret' : `the ingest's client id must start with ${INGEST_CLIENT_ID_PREFIX}`);
        if (username === undefined) return fail('no username');
        registry.getFridge(username).then(
          (fridge) => {
            if (fridge === undefined) return fail('unknown fridge');
            if (!fridge.enabled) return fail('fridge disabled');
            // The client id is the fridge's own: another fridge cannot take over its session.
            if (client.id !== fridgeClientId(fridge.id)) return fail('client id must be fridge-<id>');
            if (!verifyCredential(secret, fridge.credentialHash)) return fail('wrong credential');
            accept({ kind: 'fridge', fridgeId: fridge.id, district: fridge.district });
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
          // What the broker would keep in memory for the fridge stays small (issue 11 item 6).
          const kept = t.kind === 'batch' ? (packet.retain ? 'retained_batch' : undefined) : packet.payload.length > MAX_STATUS_BYTES ? 'status_too_large' : undefined;
          if (kept === undefined) return cb(null);
          metrics.mqttDropped.inc({ reason: kept });
          log.warn({ clientId: client.id, topic: packet.topic, bytes: packet.payload.length, retain: packet.retain, reason: kept }, 'publish refused: the broker would keep it');
          return cb(new Error(kept));
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
    // Before any client can connect, so the index sees every retained message.
    indexRetainedByTopic((aedes as unknown as { persistence: RetainedPersistence }).persistence);
    aedes.on('client', () => metrics.mqttConnections.set(aedes.connectedClients));
    aedes.on('clientDisconnect', () => metrics.mqttConnections.set(aedes.connectedClients));
    this.loopLag = new LoopLag();
    const lag = this.loopLag;
    const pacer = (this.pacer = new ConnectionPacer(this.o.accept ?? resolvePacer(process.env), undefined, () => lag.ms));
    const onConnection = (socket: net.Socket): void => {
      // Acks and commands are small and latency-bound: Nagle's algorithm held each ack ~40 ms
      // (measured, docs/benchmarks.md).
      socket.setNoDelay(true);
      this.sockets.add(socket);
      // Until its turn the socket is not read; one that goes meanwhile leaves the queue.
      socket.on('error', () => socket.destroy());
      const turn = pacer.admit(() => {
        metrics.mqttConnectionsWaiting.set(pacer.waiting);
        if (socket.destroyed) return;
        // aedes reads whole packets, whatever their header claims: the guard ends a connection
        // whose next packet is over its limit before the packet is buffered (issue 11 item 6).
        const guard = new MqttPacketGuard(socket, this.o.packetLimits ?? DEFAULT_PACKET_LIMITS, (reason, detail) => {
          metrics.mqttDropped.inc({ reason });
          log.warn({ reason, ...detail }, 'MQTT connection dropped: packet over its size limit');
        });
        aedes.handle(guard);
      });
      metrics.mqttConnectionsWaiting.set(pacer.waiting);
      socket.on('close', () => {
        this.sockets.delete(socket);
        turn?.cancel();
      });
      if (turn === undefined) {
        // FF_MQTT_ACCEPT_MAX_WAITING connections wait already: a flood of connects holds no more.
        metrics.mqttDropped.inc({ reason: 'accept_queue_full' });
        socket.destroy();
      }
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

  /** The ingest's link: attached to this broker inside the process (see EmbeddedLink). */
  ingestLink(): BrokerLink {
    if (this.aedes === undefined) throw new Error('the embedded broker is not started');
    return new EmbeddedLink(this.aedes, this.o.log.child({ component: 'ingest-link' }));
  }

  /** Drops a fridge's connection (disabled, or its credential rotated). */
  disconnectFridge(fridgeId: string): boolean {
    // aedes keeps connected clients by id; not in its typings.
    const clients = (this.aedes as unknown as { clients?: Record<string, { close(cb?: () => void): void }> } | undefined)?.clients;
    const c = clients?.[fridgeClientId(fridgeId)];
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
    this.pacer?.close();
    this.loopLag?.stop();
    const closed = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
    await new Promise<void>((resolve) => (aedes ? aedes.close(() => resolve()) : resolve()));
  }
}
