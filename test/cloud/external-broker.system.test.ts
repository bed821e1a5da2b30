// fridge-cloud --mqtt-url against a real Mosquitto (installed by .ci/run, started here on a
// free port with its own config): the same pipeline, and a broker restart in the middle.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import mqtt from 'mqtt';
import { describe, expect, it } from 'vitest';
import { AckStatus, assembleBatch, decodeAck, encodeFridgeEvent, topics } from '../../proto/index.js';
import { CloudProcess } from '../support/cloud-process.js';
import { EdgeProcess, edgeArgs } from '../../testkit/edge-process.js';
import { TcpControllerServer } from '../../testkit/fake-controller.js';
import { hasMosquitto, Mosquitto } from '../../testkit/mosquitto.js';
import { useTmpDirs } from '../support/tmp.js';
import { sleep, until, useCleanups } from '../support/lifecycle.js';

const tmp = useTmpDirs();
const cleanup = useCleanups();

const GTIN = '80614141123458';
const tag = (serial: number): string => (BigInt('0x3074257BF7194E4000000000') + BigInt(serial)).toString(16).toUpperCase().padStart(24, '0');

const scanRequests = (ctl: TcpControllerServer): number => ctl.controller.received.filter((l) => l.startsWith('$SCANREQ')).length;

async function available(cloud: CloudProcess, id: string): Promise<number | undefined> {
  const r = await cloud.api<{ stock: Array<{ gtin: string; available: number }> }>('GET', `/v1/fridges/${id}`, undefined, null);
  return r.body.stock?.find((s) => s.gtin === GTIN)?.available;
}

async function waitAvailable(cloud: CloudProcess, id: string, n: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while ((await available(cloud, id).catch(() => undefined)) !== n) {
    if (Date.now() > deadline) throw new Error(`available never became ${n} (is ${await available(cloud, id)})`);
    await sleep(100);
  }
}

describe.skipIf(!hasMosquitto() && process.env.CI === undefined)('fridge-cloud with an external Mosquitto (system)', () => {
  it('ingests through Mosquitto, and through a Mosquitto restart', async () => {
    const dir = tmp();
    const mosq = await Mosquitto.start(dir);
    cleanup(() => mosq.down());
    const cloud = await CloudProcess.start(path.join(dir, 'cloud'), ['--mqtt-url', mosq.url]);
    cleanup(() => cloud.kill('SIGTERM'));
    const pw = await cloud.registerFridge('fr-m', 'west');
    writeFileSync(path.join(dir, 'pw'), pw);
    await cloud.api('PUT', `/v1/meals/${GTIN}`, { name: 'Lasagna' });
    await cloud.api('POST', '/v1/tags', { tags: Array.from({ length: 8 }, (_, i) => ({ epc: tag(i + 1) })) });

    const ctl = await TcpControllerServer.start();
    cleanup(() => ctl.close());
    for (let i = 1; i <= 8; i++) ctl.controller.tags.add(tag(i));
    const edge = EdgeProcess.spawn(edgeArgs({ fridgeId: 'fr-m', district: 'west', serial: ctl.url, mqtt: mosq.url, dataDir: path.join(dir, 'edge'), extra: ['--password-file', path.join(dir, 'pw')] }));
    cleanup(() => edge.kill());
    await waitAvailable(cloud, 'fr-m', 8);

    ctl.controller.session([tag(1), tag(2)]);
    await waitAvailable(cloud, 'fr-m', 6);

    // The broker restarts; a shopper comes meanwhile; everything arrives afterwards.
    await mosq.down();
    await edge.waitForLog((l) => l.msg === 'disconnected from broker');
    const asked = scanRequests(ctl);
    ctl.controller.session([tag(3)]);
    // The edge asks for the round that confirms the removal: the session is in its hands.
    await until('the edge confirmed the removal', async () => (scanRequests(ctl) > asked ? true : undefined));
    await mosq.up();
    await waitAvailable(cloud, 'fr-m', 5);
    const ev = await cloud.api<{ events: Array<{ type: string; reason?: string }> }>('GET', '/v1/events?after=0&limit=1000');
    expect(ev.body.events.filter((e) => e.type === 'MealStockUpdated' && e.reason === 'sale').length).toBeGreaterThanOrEqual(2);
  }, 90_000);

  it('keeps a persistent session for a fixed set of districts: a batch sent while the ingest restarts waits at Mosquitto and is acknowledged', async () => {
    const dir = tmp();
    const mosq = await Mosquitto.start(dir);
    cleanup(() => mosq.down());
    const dataDir = path.join(dir, 'cloud');
    const first = await CloudProcess.start(dataDir, ['--mqtt-url', mosq.url]);
    await first.registerFridge('fr-p', 'west');
    // The fridge's own client (Mosquitto here lets anyone in: its ACLs are not the point).
    const fridge = await mqtt.connectAsync(mosq.url, { clientId: 'fridge-fr-p', clean: false, reconnectPeriod: 0 });
    cleanup(() => fridge.endAsync(true));
    await fridge.subscribeAsync(topics.ack('west', 'fr-p'), { qos: 1 });
    await first.kill('SIGTERM');
    // Nobody ingests now: Mosquitto holds the batch for the ingest's session, or drops it.
    const batch = assembleBatch({ fridgeId: 'fr-p', epoch: 'ep-1', prevSeq: 0, sentAtMs: Date.now() }, [encodeFridgeEvent({ seq: 1, recordedAtMs: Date.now(), temperature: { sensor: 1, deciCelsius: 40 } })]);
    await fridge.publishAsync(topics.batch('west', 'fr-p'), Buffer.from(batch), { qos: 1 });
    const acked = new Promise<Buffer>((resolve) => fridge.on('message', (_t, payload) => resolve(payload)));
    const second = await CloudProcess.start(dataDir, ['--mqtt-url', mosq.url]);
    cleanup(() => second.kill('SIGTERM'));
    expect(decodeAck(await acked)).toMatchObject({ ok: true, value: { status: AckStatus.OK, committedSeq: 1 } });
  }, 60_000);
});
