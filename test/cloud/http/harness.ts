// A real fridge-cloud app in this process (embedded aedes, real SQLite, real sockets) and the
// steps the client API tests share: register fridges and meals, put stock in by a fridge's own
// MQTT birth and snapshot batch, and mint user tokens.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { expect } from 'vitest';
import type { CloudApp } from '../../../cloud/app.js';
import { epcBytes } from '../../../cloud/domain/index.js';
import { EventQueue, FridgeClient } from '../../../edge/protocol/index.js';
import { AckStatus, encodeFridgeEvent, type FridgeEvent } from '../../../proto/index.js';
import { useCloudApp, type Reply } from '../../support/cloud-app.js';

export const ADMIN = 'api-test-admin-token-0123456789';

export type { Reply };

export interface Cloud {
  app: CloudApp;
  dataDir: string;
  base: string;
  /** The clock the app decides with (settable with clock.set). */
  clock: { now: () => number; set: (ms: number) => void; advance: (ms: number) => void };
  api<T = Record<string, unknown>>(method: string, path: string, o?: { body?: unknown; token?: string | null; headers?: Record<string, string> }): Promise<Reply<T>>;
  admin<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<Reply<T>>;
  /** A user token signed with the cloud's generated HS256 secret. */
  token(sub: string, claims?: Record<string, unknown>, secret?: string): string;
  meal(gtin: string, facts: Record<string, unknown>): Promise<void>;
  /** Registers a fridge, brings it online with a birth and puts `stock` (gtin → count) in with a snapshot. */
  fridge(id: string, district: string, at: { lat: number; lon: number }, stock?: Record<string, number>): Promise<FridgeHandle>;
}

export interface FridgeHandle {
  client: FridgeClient;
  /** Publishes a snapshot of exactly this stock and waits for its ack. */
  snapshot(stock: Record<string, number>): Promise<void>;
  /** Publishes these events (their seqs assigned in order) as one batch and waits for its ack. */
  send(events: ReadonlyArray<Omit<FridgeEvent, 'seq'>>): Promise<void>;
  /** The fridge's death (the broker publishes its will). */
  offline(): Promise<void>;
}

const b64url = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
export function signHs256(claims: Record<string, unknown>, secret: string, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }): string {
  const unsigned = `${b64url(header)}.${b64url(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** A cloud per test, stopped after it. */
/** A cloud per call (more flags per call, e.g. a database URL made in the test), stopped after the test. */
export function useCloud(extraArgs: string[] = []): (more?: string[]) => Promise<Cloud> {
  const startCloud = useCloudApp(['--admin-token', ADMIN, ...extraArgs]);
  return async (more: string[] = []) => {
    const running = await startCloud(more);
    const { app, dataDir, base, clock, api } = running;
    const started = { mqttUrl: running.mqttUrl };
    const clients: FridgeClient[] = [];
    running.onStop(async () => {
      for (const c of clients) await c.stop({ abrupt: true });
    });
    let serial = 0;
    const cloud: Cloud = {
      app,
      dataDir,
      base,
      clock,
      api,
      admin: (method, p, body) => api(method, p, { body, token: ADMIN }),
      token: (sub, claims = {}, secret = readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8').trim()) =>
        signHs256({ sub, iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 3600, ...claims }, secret),
      async meal(gtin, facts) {
        expect((await cloud.admin('PUT', `/v1/meals/${gtin}`, facts)).status).toBe(200);
      },
      async fridge(id, district, at, stock = {}) {
        const reg = await cloud.admin<{ mqtt: { password: string } }>('POST', '/v1/fridges', { id, district, name: `Fridge ${id}`, location: at });
        expect(reg.status).toBe(201);
        // The edge's protocol client (birth and will, prev_seq chain, acks), sending each batch
        // the test composes at once.
        const queue = new EventQueue();
        const waiting: Array<{ lastSeq: number; done: (status: number) => void }> = [];
        let lastStatus = AckStatus.OK as number;
        const client = new FridgeClient({
          fridgeId: id, district, epoch: 'ep-1', source: queue, mqttUrl: started.mqttUrl, username: id, password: reg.body.mqtt.password, keepaliveSec: 60,
          birth: { nextBdSeq: () => 1, currentBdSeq: () => 1, facts: () => ({}) }, reconnect: false,
          lingerMs: 0, maxBatchEvents: 10_000, maxBatchBytes: 4 << 20, maxInflight: Infinity, ackTimeoutMs: 600_000, maxEventsPerSecond: Infinity, flush: 'immediate',
          observer: {
            ack: (status) => {
              lastStatus = AckStatus[status as keyof typeof AckStatus] as number;
              // A refusal or a gap answers the batch waiting: the test fails on it.
              if (lastStatus !== AckStatus.OK) waiting.splice(0).forEach((w) => w.done(lastStatus));
            },
            committed: (committed) => {
              while (waiting[0] !== undefined && waiting[0].lastSeq <= committed) waiting.shift()?.done(lastStatus);
            },
          },
          log: pino({ level: 'silent' }),
        });
        clients.push(client);
        await client.start();
        let seq = 0;
        const handle: FridgeHandle = {
          client,
          async snapshot(s) {
            const epcs: string[] = [];
            const tags: Array<{ epc: string; gtin: string; best_before: string }> = [];
            for (const [gtin, n] of Object.entries(s)) {
              for (let i = 0; i < n; i++) {
                const epc = '3074257BF7194E40' + (++serial).toString(16).toUpperCase().padStart(8, '0');
                epcs.push(epc);
                tags.push({ epc, gtin, best_before: new Date(Date.now() + 3 * 86_400_000).toISOString() });
              }
            }
            if (tags.length > 0) expect((await cloud.admin('POST', '/v1/tags', { tags })).status).toBe(201);
            await handle.send([{ recordedAtMs: Date.now(), snapshot: { reason: 2, tags: epcs.map(epcBytes), unseen: [], shelves: [] } }]);
          },
          async send(events) {
            for (const e of events) {
              const s = ++seq;
              queue.push({ seq: s, recordedAtMs: e.recordedAtMs ?? Date.now(), payload: encodeFridgeEvent({ ...e, seq: s }) });
            }
            const acked = new Promise<number>((done) => waiting.push({ lastSeq: seq, done }));
            client.notify();
            expect(AckStatus[await acked]).toBe('OK');
          },
          async offline() {
            // The connection drops without a goodbye: the broker publishes the fridge's will.
            await client.stop({ abrupt: true });
            // Status messages have no ack: wait until the projection shows it.
            for (let i = 0; i < 100 && (await app.store.statusOf(id))?.online !== false; i++) await new Promise((r) => setTimeout(r, 20));
          },
        };
        await handle.snapshot(stock);
        return handle;
      },
    };
    return cloud;
  };
}

export const LASAGNA = '09506000134352';
export const SALAD = '09506000134369';
export const CURRY = '09506000134376';
