// DESIGN.md property 8 (authority) and the ingest's refusal of bad input, against a real
// fridge-cloud app (embedded aedes, real SQLite, real sockets) in this process.
import mqtt, { type MqttClient } from 'mqtt';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloudApp } from '../../cloud/app.js';
import { loadCloudConfig, type CloudConfig } from '../../cloud/config.js';
import { AckStatus, assembleBatch, decodeAck, encodeFridgeEvent, topics } from '../../proto/index.js';
import { useTmpDirs } from '../support/tmp.js';

const tmp = useTmpDirs();
const TOKEN = 'security-test-admin-token';
let app: CloudApp;
let base: string;
let mqttUrl: string;
const clients: MqttClient[] = [];

beforeEach(async () => {
  const cfg = loadCloudConfig(['--data-dir', tmp(), '--http-port', '0', '--mqtt-port', '0', '--admin-token', TOKEN, '--log-level', 'silent'], {}) as CloudConfig;
  app = new CloudApp(cfg, pino({ level: 'silent' }));
  const { httpPort, mqttUrl: url } = await app.start();
  base = `http://127.0.0.1:${httpPort}`;
  mqttUrl = url;
});
afterEach(async () => {
  for (const c of clients.splice(0)) await c.endAsync(true).catch(() => undefined);
  await app.stop();
});

async function admin(method: string, path: string, body?: unknown, token: string | null = TOKEN) {
  const res = await fetch(base + path, { method, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function register(id: string, district = 'd1'): Promise<string> {
  const r = await admin('POST', '/v1/fridges', { id, district, name: id, location: { lat: 1, lon: 2 } });
  expect(r.status).toBe(201);
  return (r.body.mqtt as { password: string }).password;
}

async function connectAs(id: string, password: string): Promise<MqttClient> {
  const c = await mqtt.connectAsync(mqttUrl, { clientId: `fridge-${id}`, username: id, password, reconnectPeriod: 0, clean: true });
  clients.push(c);
  return c;
}

const metric = async (name: string, labels: string): Promise<number> => {
  const text = await (await fetch(`${base}/metrics`)).text();
  const m = new RegExp(`^${name}\\{${labels}\\} (\\d+)`, 'm').exec(text);
  return Number(m?.[1] ?? 0);
};

const batch = (fridgeId: string, prevSeq: number, seqs: number[], epoch = 'ep-1') =>
  Buffer.from(assembleBatch({ fridgeId, epoch, prevSeq, sentAtMs: Date.now() }, seqs.map((seq) => encodeFridgeEvent({ seq, recordedAtMs: Date.now(), temperature: { sensor: 1, deciCelsius: 40 + seq } }))));

/** The next ack, with proto3 defaults (0, '') filled in. */
function nextAck(c: MqttClient): Promise<{ ok: boolean; value: { status: number; committedSeq: number; reason: string } }> {
  return new Promise((resolve) =>
    c.once('message', (_t, p) => {
      const r = decodeAck(p);
      resolve(r.ok ? { ok: true, value: { status: r.value.status ?? 0, committedSeq: r.value.committedSeq ?? 0, reason: r.value.reason ?? '' } } : { ok: false, value: { status: -1, committedSeq: -1, reason: r.reason } });
    }),
  );
}

describe('cloud security (integration: embedded aedes, real sockets)', () => {
  it('refuses an unknown fridge and a wrong password', async () => {
    await register('fa');
    await expect(mqtt.connectAsync(mqttUrl, { clientId: 'fridge-fa', username: 'fa', password: 'wrong', reconnectPeriod: 0 })).rejects.toThrow(/Bad username or password|Not authorized|Connection refused/i);
    await expect(mqtt.connectAsync(mqttUrl, { clientId: 'fridge-nobody', username: 'nobody', password: 'x', reconnectPeriod: 0 })).rejects.toThrow();
    expect(await metric('ff_cloud_mqtt_auth_failures_total', 'kind="connect"')).toBe(2);
  });

  it('lets fridge A neither publish as B nor read B\'s acks and commands', async () => {
    const pa = await register('fa');
    await register('fb');
    const a = await connectAs('fa', pa);
    // SUBACK 0x80 (failure) for both filters.
    await expect(a.subscribeAsync([topics.ack('d1', 'fb'), topics.cmd('d1', 'fb')], { qos: 1 })).rejects.toThrow(/Subscribe error/);
    const closed = new Promise<void>((r) => a.once('close', () => r()));
    a.publish(topics.batch('d1', 'fb'), batch('fb', 0, [1]), { qos: 1 });
    await closed; // the broker drops a client that publishes where it may not
    expect(await metric('ff_cloud_mqtt_auth_failures_total', 'kind="publish"')).toBe(1);
    expect(await metric('ff_cloud_mqtt_auth_failures_total', 'kind="subscribe"')).toBe(2);
    const fb = await admin('GET', '/v1/admin/fridges');
    expect((fb.body as unknown as Array<{ id: string; cursor: unknown }>).find((f) => f.id === 'fb')?.cursor).toBeNull();
  });

  it('refuses admin calls without the token and changes nothing', async () => {
    expect((await admin('POST', '/v1/fridges', { id: 'fx', district: 'd1', name: 'x', location: { lat: 1, lon: 1 } }, null)).status).toBe(401);
    expect((await admin('POST', '/v1/fridges', { id: 'fx', district: 'd1', name: 'x', location: { lat: 1, lon: 1 } }, 'not-the-token')).status).toBe(401);
    expect((await admin('PUT', '/v1/meals/80614141123458', { name: 'x' }, null)).status).toBe(401);
    expect((await admin('GET', '/v1/admin/fridges')).body).toEqual([]);
  });

  it('refuses a disabled fridge and accepts a rotated credential only', async () => {
    const old = await register('fa');
    const rot = await admin('POST', '/v1/fridges/fa/credential');
    const fresh = (rot.body.mqtt as { password: string }).password;
    await expect(connectAs('fa', old)).rejects.toThrow();
    const c = await connectAs('fa', fresh);
    const dropped = new Promise<void>((r) => c.once('close', () => r()));
    expect((await admin('PATCH', '/v1/fridges/fa', { enabled: false })).status).toBe(200);
    await dropped; // disabling ends the live session too
    await expect(connectAs('fa', fresh)).rejects.toThrow();
  });

  it('refuses malformed and oversized batches with counters, and the same fridge\'s next valid batch lands', async () => {
    const pw = await register('fa');
    const c = await connectAs('fa', pw);
    await c.subscribeAsync(topics.ack('d1', 'fa'), { qos: 1 });
    let ack = nextAck(c);
    c.publish(topics.batch('d1', 'fa'), batch('fa', 0, [1, 2]), { qos: 1 });
    expect(await ack).toMatchObject({ ok: true, value: { status: AckStatus.OK, committedSeq: 2 } });

    // Garbage: refused, kept, answered unread (empty epoch), nothing advances.
    ack = nextAck(c);
    c.publish(topics.batch('d1', 'fa'), Buffer.from([0xff, 0xff, 0xff, 0x01]), { qos: 1 });
    expect(await ack).toMatchObject({ ok: true, value: { status: AckStatus.REJECTED, reason: 'undecodable', committedSeq: 0 } });
    // Timestamps from 1970 are an edge clock never set, not a reason to refuse (issue 11 item 1).
    ack = nextAck(c);
    const old = Buffer.from(assembleBatch({ fridgeId: 'fa', epoch: 'ep-1', prevSeq: 2, sentAtMs: 1 }, [encodeFridgeEvent({ seq: 3, recordedAtMs: 1000, temperature: { sensor: 1, deciCelsius: 1 } })]));
    c.publish(topics.batch('d1', 'fa'), old, { qos: 1 });
    expect(await ack).toMatchObject({ ok: true, value: { status: AckStatus.OK, committedSeq: 3 } });
    // Oversized: over the 4 MB limit. Each ack awaited before the next publish (one 'message'
    // listener at a time: two acks read at once would pass the second by).
    ack = nextAck(c);
    c.publish(topics.batch('d1', 'fa'), Buffer.alloc(4 * 1024 * 1024 + 10, 1), { qos: 1 });
    expect(await ack).toMatchObject({ ok: true, value: { status: AckStatus.REJECTED, reason: 'oversized', committedSeq: 0 } });
    // The next valid batch still lands.
    ack = nextAck(c);
    c.publish(topics.batch('d1', 'fa'), batch('fa', 3, [4, 5]), { qos: 1 });
    expect(await ack).toMatchObject({ ok: true, value: { status: AckStatus.OK, committedSeq: 5 } });
    expect(await metric('ff_cloud_rejects_total', 'reason="undecodable"')).toBe(1);
    expect(await metric('ff_cloud_suspect_timestamps_total', 'reason="before_min"')).toBe(1);
    expect(await metric('ff_cloud_rejects_total', 'reason="oversized"')).toBe(1);
    const dead = await admin('GET', '/v1/dead-letters');
    expect((dead.body as unknown as Array<{ reason: string }>).map((d) => d.reason).sort()).toEqual(['oversized', 'undecodable']);
    expect((await app.store.rawEventCount('fa'))).toBe(5);
  });

  it('answers a gap so that the edge resends from the right place, and a duplicate without effect', async () => {
    const pw = await register('fa');
    const c = await connectAs('fa', pw);
    await c.subscribeAsync(topics.ack('d1', 'fa'), { qos: 1 });
    let ack = nextAck(c);
    c.publish(topics.batch('d1', 'fa'), batch('fa', 5, [6, 7]), { qos: 1 });
    expect(await ack).toMatchObject({ ok: true, value: { status: AckStatus.GAP, committedSeq: 0 } });
    ack = nextAck(c);
    c.publish(topics.batch('d1', 'fa'), batch('fa', 0, [1, 2, 3]), { qos: 1 });
    expect(await ack).toMatchObject({ ok: true, value: { status: AckStatus.OK, committedSeq: 3 } });
    ack = nextAck(c);
    c.publish(topics.batch('d1', 'fa'), batch('fa', 0, [1, 2, 3]), { qos: 1 });
    expect(await ack).toMatchObject({ ok: true, value: { status: AckStatus.OK, committedSeq: 3 } });
    expect((await app.store.rawEventCount('fa'))).toBe(3);
  });
});

describe('cloud options (integration)', () => {
  it('ingests only its districts with --districts', async () => {
    await app.stop();
    const cfg = loadCloudConfig(['--data-dir', tmp(), '--http-port', '0', '--mqtt-port', '0', '--admin-token', TOKEN, '--districts', 'd1', '--log-level', 'silent'], {}) as CloudConfig;
    app = new CloudApp(cfg, pino({ level: 'silent' }));
    const started = await app.start();
    base = `http://127.0.0.1:${started.httpPort}`;
    mqttUrl = started.mqttUrl;
    const p1 = await register('in-d1', 'd1');
    const p2 = await register('in-d2', 'd2');
    const c1 = await connectAs('in-d1', p1);
    const c2 = await connectAs('in-d2', p2);
    await c1.subscribeAsync(topics.ack('d1', 'in-d1'), { qos: 1 });
    const ack = nextAck(c1);
    c2.publish(topics.batch('d2', 'in-d2'), batch('in-d2', 0, [1]), { qos: 1 });
    c1.publish(topics.batch('d1', 'in-d1'), batch('in-d1', 0, [1]), { qos: 1 });
    expect((await ack).value.committedSeq).toBe(1);
    expect((await app.store.rawEventCount('in-d1'))).toBe(1);
    expect((await app.store.rawEventCount('in-d2'))).toBe(0);
  });

  it('prunes raw fridge events past retention, never domain events', async () => {
    const pw = await register('fa');
    const c = await connectAs('fa', pw);
    await c.subscribeAsync(topics.ack('d1', 'fa'), { qos: 1 });
    const ack = nextAck(c);
    c.publish(topics.batch('d1', 'fa'), batch('fa', 0, [1, 2]), { qos: 1 });
    await ack;
    const domainBefore = await app.store.lastPosition();
    expect(domainBefore).toBeGreaterThan(0);
    expect((await app.store.pruneRawEvents(Date.now() + 1000))).toBe(2);
    expect((await app.store.rawEventCount('fa'))).toBe(0);
    expect((await app.store.lastPosition())).toBe(domainBefore);
  });
});

describe('embedded broker over TLS (integration)', () => {
  it('speaks MQTT over TLS with the given key and certificate, and a fridge verified against it is acknowledged', async () => {
    const { execFileSync } = await import('node:child_process');
    const path = await import('node:path');
    const { readFileSync } = await import('node:fs');
    const dir = tmp();
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    await app.stop();
    const cfg = loadCloudConfig(['--data-dir', tmp(), '--http-port', '0', '--mqtt-port', '0', '--admin-token', TOKEN, '--mqtt-tls-key', key, '--mqtt-tls-cert', cert, '--log-level', 'silent'], {}) as CloudConfig;
    app = new CloudApp(cfg, pino({ level: 'silent' }));
    const started = await app.start();
    base = `http://127.0.0.1:${started.httpPort}`;
    expect(started.mqttUrl).toMatch(/^mqtts:\/\//);
    const pw = await register('ft');
    const c = await mqtt.connectAsync(started.mqttUrl, { clientId: 'fridge-ft', username: 'ft', password: pw, ca: readFileSync(cert), rejectUnauthorized: true, reconnectPeriod: 0 });
    clients.push(c);
    await c.subscribeAsync(topics.ack('d1', 'ft'), { qos: 1 });
    const ack = nextAck(c);
    c.publish(topics.batch('d1', 'ft'), batch('ft', 0, [1]), { qos: 1 });
    expect((await ack).value.committedSeq).toBe(1);
    // Plain MQTT to the TLS port gets no CONNACK: the server closes the connection.
    const net = await import('node:net');
    const port = Number(new URL(started.mqttUrl).port);
    const got = await new Promise<Buffer>((resolve) => {
      const sock = net.connect(port, '127.0.0.1', () => sock.write(Buffer.from('101000044d5154540402003c0004746573740000', 'hex')));
      const chunks: Buffer[] = [];
      sock.on('data', (d) => chunks.push(d));
      sock.on('error', () => undefined);
      sock.on('close', () => resolve(Buffer.concat(chunks)));
      setTimeout(() => sock.destroy(), 5000);
    });
    expect(got[0]).not.toBe(0x20);
  });
});
