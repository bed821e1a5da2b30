// Issue 11 items 6, 11 and 12 against a real fridge-cloud app (embedded aedes, real SQLite, raw
// TCP and TLS sockets): packets over their size limit end the connection before they are
// buffered, failed logins are throttled, and no fridge can take the ingest's client id.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import mqtt, { type MqttClient } from 'mqtt';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CloudApp } from '../../../cloud/app.js';
import { DEFAULT_AUTH_THROTTLE, DEFAULT_PACKET_LIMITS, MAX_STATUS_BYTES } from '../../../cloud/broker/embedded-broker.js';
import { loadCloudConfig, type CloudConfig } from '../../../cloud/config.js';
import { LIMITS } from '../../../cloud/ingest/ingest.js';
import { AckStatus, assembleBatch, decodeAck, encodeFridgeEvent, topics } from '../../../proto/index.js';
import { useTmpDirs } from '../../support/tmp.js';

const tmp = useTmpDirs();
const TOKEN = 'broker-test-admin-token-0123456789';
const running: Array<{ app: CloudApp; clients: MqttClient[]; sockets: net.Socket[] }> = [];

afterEach(async () => {
  for (const r of running.splice(0)) {
    for (const s of r.sockets) s.destroy();
    for (const c of r.clients) await c.endAsync(true).catch(() => undefined);
    await r.app.stop();
  }
  vi.unstubAllEnvs();
});

async function startCloud(extra: string[] = []) {
  const cfg = loadCloudConfig(['--data-dir', tmp(), '--http-port', '0', '--mqtt-port', '0', '--admin-token', TOKEN, '--log-level', 'silent', ...extra], {}) as CloudConfig;
  const app = await CloudApp.open(cfg, pino({ level: 'silent' }));
  const started = await app.start();
  const r = { app, clients: [] as MqttClient[], sockets: [] as net.Socket[] };
  running.push(r);
  const base = `http://127.0.0.1:${started.httpPort}`;
  const mqttPort = Number(new URL(started.mqttUrl).port);
  const admin = async (method: string, p: string, body?: unknown) => {
    const res = await fetch(base + p, { method, headers: { authorization: `Bearer ${TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const register = async (id: string, district = 'd1'): Promise<string> => {
    const res = await admin('POST', '/v1/fridges', { id, district, name: id, location: { lat: 1, lon: 2 } });
    expect(res.status).toBe(201);
    return (res.body.mqtt as { password: string }).password;
  };
  const connect = async (o: { clientId: string; username: string; password: string; ca?: Buffer; clean?: boolean }): Promise<MqttClient> => {
    const c = await mqtt.connectAsync(started.mqttUrl, { reconnectPeriod: 0, clean: true, connectTimeout: 5000, ...o, ...(o.ca ? { ca: o.ca, rejectUnauthorized: true } : {}) });
    r.clients.push(c);
    return c;
  };
  const metric = async (name: string, labels: string): Promise<number> => {
    const m = new RegExp(labels === '' ? `^${name} (\\d+)` : `^${name}\\{${labels}\\} (\\d+)`, 'm').exec(await (await fetch(`${base}/metrics`)).text());
    return Number(m?.[1] ?? 0);
  };
  return { app, base, mqttUrl: started.mqttUrl, mqttPort, register, connect, metric, sockets: r.sockets };
}

const batch = (fridgeId: string, prevSeq: number, seqs: number[]) =>
  Buffer.from(assembleBatch({ fridgeId, epoch: 'ep-1', prevSeq, sentAtMs: Date.now() }, seqs.map((seq) => encodeFridgeEvent({ seq, recordedAtMs: Date.now(), temperature: { sensor: 1, deciCelsius: 40 } }))));

/** The fridge's next ack, or 'closed' if its connection ends first. */
function nextAckOrClose(c: MqttClient): Promise<{ status: number; committedSeq: number } | 'closed'> {
  return new Promise((resolve) => {
    const onClose = (): void => resolve('closed');
    c.once('close', onClose);
    c.once('message', (_t, p) => {
      c.off('close', onClose);
      const a = decodeAck(p);
      resolve(a.ok ? { status: a.value.status ?? 0, committedSeq: a.value.committedSeq ?? 0 } : { status: -1, committedSeq: -1 });
    });
  });
}

/** The largest remaining length MQTT can encode (§2.2.3): 256 MB less one byte. */
const MAX_REMAINING_LENGTH = 268_435_455;

/** MQTT's remaining-length encoding (§2.2.3). */
function remainingLength(n: number): Buffer {
  const out: number[] = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
}

/**
 * Sends a CONNECT fixed header claiming `claimed` bytes, then streams its "body" (up to
 * `sendAtMost`) as fast as the server takes it. Resolves with whether the server closed the
 * connection and how many bytes the socket had handed to the kernel by then.
 */
async function streamHugeConnect(sock: net.Socket, claimed: number, sendAtMost: number): Promise<{ closed: boolean; written: number }> {
  let closed = false;
  sock.on('error', () => undefined);
  const gone = new Promise<void>((resolve) => sock.once('close', () => {
    closed = true;
    resolve();
  }));
  sock.write(Buffer.concat([Buffer.from([0x10]), remainingLength(claimed)]));
  const chunk = Buffer.alloc(64 * 1024, 0x41);
  let written = 0;
  while (!closed && written < sendAtMost) {
    const more = sock.write(chunk);
    written += chunk.length;
    if (!more) await Promise.race([new Promise((r) => sock.once('drain', r)), gone]);
  }
  // What the server does with what it was given: a guard closes at once; without one the
  // socket stays open, so give it a moment to show which.
  await Promise.race([gone, new Promise((r) => setTimeout(r, 500))]);
  return { closed, written };
}

describe('embedded broker: packet size limits (issue 11 item 6)', () => {
  it('closes a raw TCP connection whose CONNECT claims 256 MB, streaming its body, before buffering it, and counts it', async () => {
    const cloud = await startCloud();
    const sock = net.connect(cloud.mqttPort, '127.0.0.1');
    cloud.sockets.push(sock);
    await new Promise<void>((r) => sock.once('connect', () => r()));
    const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const r = await streamHugeConnect(sock, MAX_REMAINING_LENGTH, 48 * 1024 * 1024);
    expect(r.closed).toBe(true);
    // The server stops reading at the header: what the client got rid of is what the kernel's
    // socket buffers took before the close arrived, far below the 48 MiB offered.
    expect(r.written).toBeLessThan(8 * 1024 * 1024);
    const heapAfter = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    expect(heapAfter - heapBefore).toBeLessThan(32 * 1024 * 1024);
    expect(await cloud.metric('ff_cloud_mqtt_dropped_connections_total', 'reason="packet_too_large"')).toBe(1);
    // The broker still serves fridges.
    const pw = await cloud.register('fa');
    const c = await cloud.connect({ clientId: 'fridge-fa', username: 'fa', password: pw });
    expect(c.connected).toBe(true);
  });

  it('disconnects an authenticated fridge publishing a packet over the limit; the packet never reaches the ingest', async () => {
    const cloud = await startCloud();
    const pw = await cloud.register('fa');
    const c = await cloud.connect({ clientId: 'fridge-fa', username: 'fa', password: pw });
    await c.subscribeAsync(topics.ack('d1', 'fa'), { qos: 1 });
    const closed = new Promise<void>((r) => c.once('close', () => r()));
    c.publish(topics.batch('d1', 'fa'), Buffer.alloc(DEFAULT_PACKET_LIMITS.packetBytes + 1, 7), { qos: 1 });
    await closed;
    expect(await cloud.metric('ff_cloud_mqtt_dropped_connections_total', 'reason="packet_too_large"')).toBe(1);
    expect(await cloud.metric('ff_cloud_rejects_total', 'reason="oversized"')).toBe(0);
    expect(await cloud.app.store.deadLetters(10)).toEqual([]);
    // Reconnected, the same fridge's batches land as before.
    const again = await cloud.connect({ clientId: 'fridge-fa', username: 'fa', password: pw });
    await again.subscribeAsync(topics.ack('d1', 'fa'), { qos: 1 });
    const ack = nextAckOrClose(again);
    again.publish(topics.batch('d1', 'fa'), batch('fa', 0, [1]), { qos: 1 });
    expect(await ack).toMatchObject({ status: AckStatus.OK, committedSeq: 1 });
  });

  it('refuses what the broker would keep for a fridge: a status over its size, a retained batch', async () => {
    const cloud = await startCloud();
    const pw = await cloud.register('fa');
    const c = await cloud.connect({ clientId: 'fridge-fa', username: 'fa', password: pw });
    let closed = new Promise<void>((r) => c.once('close', () => r()));
    c.publish(topics.status('d1', 'fa'), Buffer.alloc(MAX_STATUS_BYTES + 1, 1), { qos: 1, retain: true });
    await closed;
    const again = await cloud.connect({ clientId: 'fridge-fa', username: 'fa', password: pw });
    closed = new Promise<void>((r) => again.once('close', () => r()));
    again.publish(topics.batch('d1', 'fa'), batch('fa', 0, [1]), { qos: 1, retain: true });
    await closed;
    expect(await cloud.metric('ff_cloud_mqtt_dropped_connections_total', 'reason="status_too_large"')).toBe(1);
    expect(await cloud.metric('ff_cloud_mqtt_dropped_connections_total', 'reason="retained_batch"')).toBe(1);
    // Nothing was retained: a new subscriber (the ingest's own view) gets no retained message.
    const watcher = await cloud.connect({ clientId: 'ingest:watch', username: '$ingest', password: cloud.app.broker!.ingestSecret });
    const got: string[] = [];
    watcher.on('message', (topic, _p, packet) => packet.retain && got.push(topic));
    await watcher.subscribeAsync(['ff/v1/d1/fa/status', 'ff/v1/d1/fa/batch'], { qos: 1 });
    await watcher.publishAsync('ff/v1/d1/fa/ack', Buffer.from([0]), { qos: 1 }); // a round trip after the subscribe
    expect(got).toEqual([]);
  });

  it('lets a batch just over the ingest\'s limit through to the ingest, which refuses it with an ack', async () => {
    const cloud = await startCloud();
    expect(DEFAULT_PACKET_LIMITS.packetBytes).toBeGreaterThan(LIMITS.maxBatchBytes);
    const pw = await cloud.register('fa');
    const c = await cloud.connect({ clientId: 'fridge-fa', username: 'fa', password: pw });
    c.publish(topics.batch('d1', 'fa'), Buffer.alloc(LIMITS.maxBatchBytes + 10, 1), { qos: 1 });
    for (let i = 0; i < 200 && (await cloud.metric('ff_cloud_rejects_total', 'reason="oversized"')) === 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(await cloud.metric('ff_cloud_rejects_total', 'reason="oversized"')).toBe(1);
    expect(c.connected).toBe(true);
  });

  it('applies the same limits on the TLS listener', async () => {
    const dir = tmp();
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    const cloud = await startCloud(['--mqtt-tls-key', key, '--mqtt-tls-cert', cert]);
    const sock = tls.connect({ port: cloud.mqttPort, host: '127.0.0.1', ca: readFileSync(cert) });
    cloud.sockets.push(sock);
    await new Promise<void>((r) => sock.once('secureConnect', () => r()));
    const r = await streamHugeConnect(sock, MAX_REMAINING_LENGTH, 48 * 1024 * 1024);
    expect(r.closed).toBe(true);
    expect(r.written).toBeLessThan(8 * 1024 * 1024);
    expect(await cloud.metric('ff_cloud_mqtt_dropped_connections_total', 'reason="packet_too_large"')).toBe(1);
    const pw = await cloud.register('ft');
    const c = await cloud.connect({ clientId: 'fridge-ft', username: 'ft', password: pw, ca: readFileSync(cert) });
    const closed = new Promise<void>((res) => c.once('close', () => res()));
    c.publish(topics.batch('d1', 'ft'), Buffer.alloc(DEFAULT_PACKET_LIMITS.packetBytes + 1, 7), { qos: 1 });
    await closed;
    expect(await cloud.metric('ff_cloud_mqtt_dropped_connections_total', 'reason="packet_too_large"')).toBe(2);
  });
});

describe('embedded broker: failed logins are throttled (issue 11 item 11)', () => {
  it('locks a username after its failed logins, then the address, and never the ingest', async () => {
    const cloud = await startCloud();
    const pa = await cloud.register('fa');
    const pb = await cloud.register('fb');
    const { perUsername, perAddress } = DEFAULT_AUTH_THROTTLE;
    for (let i = 0; i < perUsername.max; i++) {
      await expect(cloud.connect({ clientId: 'fridge-fa', username: 'fa', password: 'guess' })).rejects.toThrow();
    }
    // fa's own credential is refused now, unchecked, until the window ends...
    await expect(cloud.connect({ clientId: 'fridge-fa', username: 'fa', password: pa })).rejects.toThrow(/unavailable/i);
    expect(await cloud.metric('ff_cloud_mqtt_auth_failures_total', 'kind="connect_throttled"')).toBe(1);
    // ...while another fridge from the same address still gets in.
    await cloud.connect({ clientId: 'fridge-fb', username: 'fb', password: pb });
    for (let i = perUsername.max; i < perAddress.max; i++) {
      await expect(cloud.connect({ clientId: `fridge-x${i}`, username: `x${i}`, password: 'guess' })).rejects.toThrow();
    }
    // The address is locked: even a right credential from it is refused...
    await expect(cloud.connect({ clientId: 'fridge-fb', username: 'fb', password: pb })).rejects.toThrow(/unavailable/i);
    expect(await cloud.metric('ff_cloud_mqtt_auth_failures_total', 'kind="connect"')).toBe(perAddress.max);
    // ...but the ingest (same loopback address) stays connected and ready.
    expect((await fetch(`${cloud.base}/readyz`)).status).toBe(200);
    expect(cloud.app.ingest.isConnected).toBe(true);
  });
});

describe('embedded broker: client id namespaces (issue 11 item 12)', () => {
  it('a fridge registered as cloud-ingest-all connects without evicting the ingest, and acks keep flowing', async () => {
    const cloud = await startCloud();
    const evil = await cloud.register('cloud-ingest-all');
    const other = await cloud.register('fa');
    const c = await cloud.connect({ clientId: 'fridge-cloud-ingest-all', username: 'cloud-ingest-all', password: evil });
    await c.subscribeAsync(topics.ack('d1', 'cloud-ingest-all'), { qos: 1 });
    let ack = nextAckOrClose(c);
    c.publish(topics.batch('d1', 'cloud-ingest-all'), batch('cloud-ingest-all', 0, [1]), { qos: 1 });
    expect(await ack).toMatchObject({ status: AckStatus.OK, committedSeq: 1 });
    const a = await cloud.connect({ clientId: 'fridge-fa', username: 'fa', password: other });
    await a.subscribeAsync(topics.ack('d1', 'fa'), { qos: 1 });
    ack = nextAckOrClose(a);
    a.publish(topics.batch('d1', 'fa'), batch('fa', 0, [1, 2]), { qos: 1 });
    expect(await ack).toMatchObject({ status: AckStatus.OK, committedSeq: 2 });
    ack = nextAckOrClose(c);
    c.publish(topics.batch('d1', 'cloud-ingest-all'), batch('cloud-ingest-all', 1, [2]), { qos: 1 });
    expect(await ack).toMatchObject({ status: AckStatus.OK, committedSeq: 2 });
    expect(c.connected).toBe(true);
    expect(cloud.app.ingest.isConnected).toBe(true);
  });

  it('refuses the ingest\'s client ids to a fridge credential and fridge client ids to the ingest user', async () => {
    const cloud = await startCloud();
    const pw = await cloud.register('fa');
    await expect(cloud.connect({ clientId: 'ingest:all', username: 'fa', password: pw })).rejects.toThrow();
    await expect(cloud.connect({ clientId: 'fridge-fa', username: '$ingest', password: cloud.app.broker!.ingestSecret })).rejects.toThrow();
    await expect(cloud.connect({ clientId: 'ingest:all', username: '$ingest', password: 'not-the-secret' })).rejects.toThrow();
    expect(await cloud.metric('ff_cloud_mqtt_auth_failures_total', 'kind="connect"')).toBe(3);
    expect(cloud.app.ingest.isConnected).toBe(true);
    expect((await fetch(`${cloud.base}/readyz`)).status).toBe(200);
  });
});

describe('embedded broker: a fleet reconnecting at once is taken in at a budget (issue 12)', () => {
  it('hands new connections to the broker at FF_MQTT_ACCEPT_PER_S while a connected fridge is acknowledged at once', async () => {
    vi.stubEnv('FF_MQTT_ACCEPT_PER_S', '4');
    vi.stubEnv('FF_MQTT_ACCEPT_BURST', '1');
    const cloud = await startCloud();
    const live = await cloud.connect({ clientId: 'fridge-live', username: 'live', password: await cloud.register('live') });
    await live.subscribeAsync(topics.ack('d1', 'live'), { qos: 1 });
    const passwords = await Promise.all(['s1', 's2', 's3', 's4', 's5'].map(async (id) => [id, await cloud.register(id)] as const));
    // Five reconnect at once: they take their turns, one every 250 ms.
    const storm = passwords.map(([id, password]) => cloud.connect({ clientId: `fridge-${id}`, username: id, password }));
    let waiting = 0;
    for (let i = 0; i < 50 && waiting === 0; i++) {
      waiting = await cloud.metric('ff_cloud_mqtt_connections_waiting', '');
      if (waiting === 0) await new Promise((r) => setTimeout(r, 10));
    }
    expect(waiting).toBeGreaterThanOrEqual(2);
    // Meanwhile the connected fridge's batch is acknowledged, with others still waiting.
    const ack = nextAckOrClose(live);
    await live.publishAsync(topics.batch('d1', 'live'), batch('live', 0, [1, 2]), { qos: 1 });
    expect(await ack).toEqual({ status: AckStatus.OK, committedSeq: 2 });
    expect(await cloud.metric('ff_cloud_mqtt_connections_waiting', '')).toBeGreaterThanOrEqual(1);
    // And every one of them gets in.
    expect((await Promise.all(storm)).every((c) => c.connected)).toBe(true);
    expect(await cloud.metric('ff_cloud_mqtt_connections_waiting', '')).toBe(0);
  });
});

describe('embedded broker: the ingest attached inside the process (issue 12)', () => {
  const message = (c: MqttClient, topic: string): Promise<Buffer> => new Promise((resolve) => c.on('message', (t, p) => t === topic && resolve(p)));

  it('hands a fridge\'s batch to the ingest and its ack back without an MQTT client of its own', async () => {
    const cloud = await startCloud();
    const pw = await cloud.register('fa');
    const c = await cloud.connect({ clientId: 'fridge-fa', username: 'fa', password: pw });
    await c.subscribeAsync(topics.ack('d1', 'fa'), { qos: 1 });
    const ack = message(c, topics.ack('d1', 'fa'));
    c.publish(topics.batch('d1', 'fa'), batch('fa', 0, [1, 2]), { qos: 1 });
    expect(decodeAck(await ack)).toMatchObject({ ok: true, value: { status: AckStatus.OK, committedSeq: 2 } });
    // The broker has one client: the fridge (the ingest is no MQTT session).
    expect(await cloud.metric('ff_cloud_mqtt_connections', '')).toBe(1);
    expect(cloud.app.ingest.isConnected).toBe(true);
  });

  it('delivers retained messages of a filter taken later, stops at unsubscribe, and queues a publish for an offline persistent session', async () => {
    const cloud = await startCloud();
    const pw = await cloud.register('fa');
    const c = await cloud.connect({ clientId: 'fridge-fa', username: 'fa', password: pw, clean: false });
    await c.subscribeAsync(topics.cmd('d1', 'fa'), { qos: 1 });
    await c.publishAsync(topics.status('d1', 'fa'), Buffer.from('retained-status'), { qos: 1, retain: true });
    const link = cloud.app.broker!.ingestLink();
    const got: Array<[string, string]> = [];
    await link.start({ onMessage: (t, p) => void got.push([t, p.toString()]), filters: () => [] });
    await link.subscribe(['ff/v1/d1/+/status']);
    expect(got).toEqual([[topics.status('d1', 'fa'), 'retained-status']]);
    await c.publishAsync(topics.status('d1', 'fa'), Buffer.from('live-status'), { qos: 1 });
    expect(got[1]).toEqual([topics.status('d1', 'fa'), 'live-status']);
    link.unsubscribe(['ff/v1/d1/+/status']);
    await c.publishAsync(topics.status('d1', 'fa'), Buffer.from('unheard'), { qos: 1 });
    expect(got).toHaveLength(2);
    // Offline with a persistent session: the command waits in the broker for the fridge.
    await c.endAsync();
    link.publish(topics.cmd('d1', 'fa'), Buffer.from('while-away'));
    await link.stop();
    const back = mqtt.connect(cloud.mqttUrl, { clientId: 'fridge-fa', username: 'fa', password: pw, clean: false, reconnectPeriod: 0 });
    const cmd = message(back, topics.cmd('d1', 'fa'));
    try {
      expect((await cmd).toString()).toBe('while-away');
    } finally {
      await back.endAsync(true);
    }
  });
});
