// A real fridge-cloud app in this process (embedded aedes, real SQLite, real sockets), fridges
// that publish real batches over MQTT, and feed clients over real WebSockets.
import mqtt, { type MqttClient } from 'mqtt';
import { expect } from 'vitest';
import WebSocket from 'ws';
import type { CloudApp } from '../../../cloud/app.js';
import { epcBytes } from '../../../cloud/domain/index.js';
import type { StoredEvent } from '../../../cloud/store/index.js';
import { decodeServerFrame, encodeClientMessage, FEED_SUBPROTOCOLS, type ClientMessage, type FeedEncoding, type ServerMessage } from '../../../proto/feed.js';
import { AckStatus, assembleBatch, decodeAck, encodeFridgeEvent, encodeStatus, StatusState, topics, type FridgeEvent } from '../../../proto/index.js';
import { useCloudApp } from '../../support/cloud-app.js';

export const ADMIN = 'feed-test-admin-token-0123456789';
export const LASAGNA = '09506000134352';
export const SALAD = '09506000134369';
export const CURRY = '09506000134376';

export interface Fridge {
  id: string;
  district: string;
  /** Publishes a full snapshot of exactly this stock (gtin → count) and waits for its ack. */
  snapshot(stock: Record<string, number>): Promise<void>;
  /** Birth or death, as the fridge (or the broker's will) would publish it; resolves once committed. */
  status(online: boolean): Promise<void>;
  /** Publishes one temperature sample (sensor 1, recorded now unless told) and waits for its ack; resolves with its time. */
  temperature(deciCelsius: number, o?: { sensor?: number; atMs?: number }): Promise<number>;
}

export interface Cloud {
  app: CloudApp;
  port: number;
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  fridge(id: string, district: string, at: { lat: number; lon: number }, stock?: Record<string, number>): Promise<Fridge>;
  /** A feed client (JSON unless asked otherwise). */
  feed(o?: { encoding?: FeedEncoding; headers?: Record<string, string>; protocols?: string[]; autoPong?: boolean }): Promise<FeedClient>;
  /** Resolves with the committed events of the next publication that satisfies `pred`. */
  committed(pred: (e: StoredEvent) => boolean): Promise<StoredEvent[]>;
}

/** A cloud per test (feed limits from `env`), stopped after it with every client. */
export function useCloud(env: Record<string, string> = {}): () => Promise<Cloud> {
  const startCloud = useCloudApp(['--admin-token', ADMIN], env);
  return async () => {
    const running = await startCloud();
    const { app } = running;
    const started = { httpPort: running.httpPort, mqttUrl: running.mqttUrl };
    const r = { app, mqtt: [] as MqttClient[], feeds: [] as FeedClient[] };
    running.onStop(async () => {
      for (const f of r.feeds) f.terminate();
      for (const c of r.mqtt) await c.endAsync(true).catch(() => undefined);
    });
    const admin: Cloud['admin'] = async (method, p, body) => {
      const res = await running.api<unknown>(method, p, { body, token: ADMIN });
      return { status: res.status, body: res.body };
    };
    const committed: Cloud['committed'] = (pred) =>
      new Promise((resolve) => {
        const off = app.bus.subscribe('test', (batch) => {
          if (!batch.some(pred)) return;
          off();
          resolve([...batch]);
        });
      });
    let serial = 0;
    const cloud: Cloud = {
      app,
      port: started.httpPort,
      admin,
      committed,
      async fridge(id, district, at, stock = {}) {
        const reg = await admin('POST', '/v1/fridges', { id, district, name: `Fridge ${id}`, location: at });
        expect(reg.status).toBe(201);
        const password = (reg.body as { mqtt: { password: string } }).mqtt.password;
        const client = await mqtt.connectAsync(started.mqttUrl, { clientId: `fridge-${id}`, username: id, password, reconnectPeriod: 0, clean: true });
        r.mqtt.push(client);
        await client.subscribeAsync(topics.ack(district, id), { qos: 1 });
        let seq = 0;
        let bdSeq = 0;
        // The EPCs this fridge has used per meal: a snapshot of n meals shows the first n.
        const pool = new Map<string, string[]>();
        /** One fridge event in its own batch, acknowledged OK. */
        const publish = async (event: Omit<FridgeEvent, 'seq'>): Promise<void> => {
          seq += 1;
          const acked = new Promise<number>((resolve) =>
            client.once('message', (_t, p) => {
              const a = decodeAck(p);
              resolve(a.ok ? (a.value.status ?? 0) : -1);
            }),
          );
          const batch = assembleBatch({ fridgeId: id, epoch: 'ep-1', prevSeq: seq - 1, sentAtMs: Date.now() }, [encodeFridgeEvent({ seq, ...event })]);
          client.publish(topics.batch(district, id), Buffer.from(batch), { qos: 1 });
          expect(await acked).toBe(AckStatus.OK);
        };
        const fridge: Fridge = {
          id,
          district,
          async status(online) {
            bdSeq += online ? 1 : 0;
            const done = committed((e) => e.event.type === (online ? 'FridgeOnline' : 'FridgeOffline') && 'fridgeId' in e.event && e.event.fridgeId === id);
            const s = online ? { state: StatusState.ONLINE, fridgeId: id, epoch: 'ep-1', bdSeq, atMs: Date.now() } : { state: StatusState.OFFLINE, fridgeId: id, bdSeq, atMs: Date.now() };
            await client.publishAsync(topics.status(district, id), Buffer.from(encodeStatus(s)), { qos: 1, retain: true });
            await done;
          },
          async snapshot(s) {
            const epcs: string[] = [];
            const fresh: Array<{ epc: string; gtin: string; best_before: string }> = [];
            for (const [gtin, n] of Object.entries(s)) {
              const have = pool.get(gtin) ?? [];
              pool.set(gtin, have);
              while (have.length < n) {
                const epc = '3074257BF7194E40' + (++serial).toString(16).toUpperCase().padStart(8, '0');
                have.push(epc);
                fresh.push({ epc, gtin, best_before: new Date(Date.now() + 3 * 86_400_000).toISOString() });
              }
              epcs.push(...have.slice(0, n));
            }
            if (fresh.length > 0) expect((await admin('POST', '/v1/tags', { tags: fresh })).status).toBe(201);
            await publish({ recordedAtMs: Date.now(), snapshot: { reason: 2, tags: epcs.map(epcBytes), unseen: [], shelves: [] } });
          },
          async temperature(deciCelsius, o = {}) {
            const atMs = o.atMs ?? Date.now();
            await publish({ recordedAtMs: atMs, temperature: { sensor: o.sensor ?? 1, deciCelsius } });
            return atMs;
          },
        };
        await fridge.status(true);
        await fridge.snapshot(stock);
        return fridge;
      },
      async feed(o = {}) {
        const encoding = o.encoding ?? 'json';
        const protocols = o.protocols ?? (encoding === 'proto' ? [FEED_SUBPROTOCOLS.proto] : []);
        const ws = new WebSocket(`ws://127.0.0.1:${started.httpPort}/v1/feed`, protocols, { headers: o.headers ?? {}, autoPong: o.autoPong ?? true });
        const client = new FeedClient(ws, encoding);
        r.feeds.push(client);
        await client.opened;
        return client;
      },
    };
    return cloud;
  };
}

type Waiter = { pred: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void; reject: (e: Error) => void };

/** A feed client that keeps every message and lets a test await the next one it wants. */
export class FeedClient {
  /** Every message, with each `events` frame flattened into one `event` message per event. */
  readonly messages: ServerMessage[] = [];
  /** Every frame as it came. */
  readonly frames: ServerMessage[] = [];
  /** Index of the first message not yet consumed by next(). */
  private read = 0;
  private waiters: Waiter[] = [];
  readonly opened: Promise<void>;
  readonly closed: Promise<{ code: number; reason: string }>;
  private serial = 0;

  constructor(readonly ws: WebSocket, readonly encoding: FeedEncoding) {
    this.opened = new Promise((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
    this.closed = new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    ws.on('error', () => undefined);
    ws.on('message', (data, isBinary) => {
      const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      const r = decodeServerFrame(isBinary ? new Uint8Array(buf) : buf.toString('utf8'), encoding);
      if (!r.ok) throw new Error(`undecodable server frame: ${r.reason}`);
      this.frames.push(r.value);
      // An `events` frame (one commit) counts here as its events, one message each.
      if (r.value.events) for (const event of r.value.events.events ?? []) this.messages.push({ ...(r.value.requestId ? { requestId: r.value.requestId } : {}), event });
      else this.messages.push(r.value);
      this.wake();
    });
    void this.closed.then(() => {
      for (const w of this.waiters.splice(0)) w.reject(new Error('feed connection closed'));
    });
  }

  private wake(): void {
    for (const w of [...this.waiters]) {
      for (let i = this.read; i < this.messages.length; i++) {
        const m = this.messages[i]!;
        if (w.pred(m)) {
          this.read = i + 1;
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(m);
          break;
        }
      }
    }
  }

  /** The next message (after those already taken) that satisfies `pred`. */
  next(pred: (m: ServerMessage) => boolean = () => true, timeoutMs = 10_000): Promise<ServerMessage> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no matching feed message within ${timeoutMs} ms; got ${JSON.stringify(this.messages.slice(this.read)).slice(0, 500)}`)), timeoutMs);
      this.waiters.push({ pred, resolve: (m) => (clearTimeout(t), resolve(m)), reject: (e) => (clearTimeout(t), reject(e)) });
      this.wake();
    });
  }

  /** Sends a client message (a request id is added when missing) and returns that id. */
  send(m: ClientMessage): string {
    const requestId = m.requestId ?? `r${++this.serial}`;
    this.ws.send(encodeClientMessage({ ...m, requestId }, this.encoding));
    return requestId;
  }

  /** Sends and awaits the answer carrying the same request id. */
  async request(m: ClientMessage, pred: (m: ServerMessage) => boolean = () => true): Promise<ServerMessage> {
    const id = this.send(m);
    return this.next((r) => r.requestId === id && pred(r));
  }

  events(): NonNullable<ServerMessage['event']>[] {
    return this.messages.flatMap((m) => (m.event ? [m.event] : []));
  }

  terminate(): void {
    this.ws.terminate();
  }
}

/** proto3 leaves default values off the wire: the same message in both encodings, compared. */
export function withoutDefaults(v: unknown): unknown {
  if (Array.isArray(v)) return v.length === 0 ? undefined : v.map(withoutDefaults);
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const y = withoutDefaults(x);
      if (y !== undefined) out[k] = y;
    }
    return out;
  }
  return v === 0 || v === '' || v === false || v === null ? undefined : v;
}
