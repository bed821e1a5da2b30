// `fridge-cloud mosquitto-auth` against a REAL Mosquitto 2 running deploy/mosquitto/mosquitto.conf
// (ports, paths and, for want of a certificate here, TLS adapted): DESIGN.md property 8 enforced by
// an external broker from files generated out of the fridge registry, and then a real
// fridge-cloud --mqtt-url and a real fridge-edge through it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mqtt, { type MqttClient } from 'mqtt';
import { describe, expect, it } from 'vitest';
import { hashCredential, newCredential } from '../../../cloud/registry/credentials.js';
import { SqliteCloudStore } from '../../../cloud/store/index.js';
import { topics } from '../../../proto/index.js';
import { CloudProcess, runFridgeCloud as fridgeCloud } from '../../support/cloud-process.js';
import { EdgeProcess, edgeArgs } from '../../../testkit/edge-process.js';
import { TcpControllerServer } from '../../../testkit/fake-controller.js';
import { until, useCleanups } from '../../support/lifecycle.js';
import { freePort, hasMosquitto, Mosquitto } from '../../../testkit/mosquitto.js';
import { useTmpDirs } from '../../support/tmp.js';

const tmp = useTmpDirs();
const cleanup = useCleanups();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const INGEST_PASSWORD = 'ingest-password-0123456789abcdef';

/**
 * deploy/mosquitto/mosquitto.conf with this test's ports and directories. Every substitution
 * must apply: a deploy config that changes shape fails here rather than being tested half.
 */
async function startDeployMosquitto(dir: string): Promise<{ mosq: Mosquitto; internalUrl: string; fridgeUrl: string }> {
  const internal = await freePort();
  const fridges = await freePort();
  let conf = readFileSync(path.join(ROOT, 'deploy/mosquitto/mosquitto.conf'), 'utf8');
  const sub = (re: RegExp, to: string): void => {
    expect(conf, `deploy/mosquitto/mosquitto.conf: ${re}`).toMatch(re);
    conf = conf.replace(re, to);
  };
  sub(/^listener 1883$/m, `listener ${internal} 127.0.0.1`);
  sub(/^listener 8883$/m, `listener ${fridges} 127.0.0.1`);
  // No certificate in a test: the fridge listener without TLS, everything else as deployed.
  sub(/^certfile .*$/m, '');
  sub(/^keyfile .*$/m, '');
  sub(/^log_dest stdout$/m, 'log_dest stderr');
  conf = conf.replaceAll('/mosquitto/', `${dir}/`);
  // Started as root, Mosquitto drops to its own user, who cannot read this test's 0700 dirs.
  if (process.getuid?.() === 0) conf += '\nuser root\n';
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  const file = path.join(dir, 'mosquitto.conf');
  writeFileSync(file, conf);
  const mosq = await Mosquitto.startWith(file, internal);
  cleanup(() => mosq.down());
  return { mosq, internalUrl: `mqtt://127.0.0.1:${internal}`, fridgeUrl: `mqtt://127.0.0.1:${fridges}` };
}

/** A client that keeps every message it receives, and waits for one. */
class Inbox {
  readonly messages: Array<{ topic: string; payload: string }> = [];
  private waiters: Array<() => void> = [];

  constructor(readonly client: MqttClient) {
    client.on('message', (topic, payload) => {
      this.messages.push({ topic, payload: payload.toString() });
      for (const w of this.waiters.splice(0)) w();
    });
  }

  has(topic: string, payload: string): boolean {
    return this.messages.some((m) => m.topic === topic && m.payload === payload);
  }

  async waitFor(topic: string, payload: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.has(topic, payload)) {
      if (Date.now() > deadline) throw new Error(`no ${payload} on ${topic}; got ${JSON.stringify(this.messages.slice(-5))}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }
}

async function connect(url: string, username: string | undefined, password: string | undefined, clientId = `test-${username ?? 'anon'}-${Math.random().toString(16).slice(2)}`): Promise<Inbox> {
  const client = await mqtt.connectAsync(url, { clientId, reconnectPeriod: 0, clean: true, connectTimeout: 5000, ...(username !== undefined ? { username } : {}), ...(password !== undefined ? { password } : {}) });
  cleanup(() => client.endAsync(true));
  return new Inbox(client);
}

const refused = async (p: Promise<unknown>): Promise<string> => {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err, 'the connection should have been refused').toBeInstanceOf(Error);
  return (err as Error).message;
};

describe.skipIf(!hasMosquitto() && process.env.CI === undefined)('fridge-cloud mosquitto-auth with a real Mosquitto (system)', () => {
  it('each fridge only under its own topics; the ingest reads all batches and writes commands', async () => {
    const dir = tmp();
    const dataDir = path.join(dir, 'cloud');
    const store = new SqliteCloudStore(dataDir);
    const pw = { a: newCredential(), b: newCredential(), off: newCredential() };
    const now = Date.now();
    await store.createFridge({ id: 'fr-a', district: 'north', name: 'A', lat: 1, lon: 1, credentialHash: hashCredential(pw.a) }, now);
    await store.createFridge({ id: 'fr-b', district: 'south', name: 'B', lat: 1, lon: 1, credentialHash: hashCredential(pw.b) }, now);
    await store.createFridge({ id: 'fr-off', district: 'north', name: 'Off', lat: 1, lon: 1, credentialHash: hashCredential(pw.off) }, now);
    await store.setEnabled('fr-off', false);
    // Registered before credentials were hashed in Mosquitto's format.
    await store.createFridge({ id: 'fr-old', district: 'north', name: 'Old', lat: 1, lon: 1, credentialHash: 'scrypt$1024$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }, now);
    await store.close();
    writeFileSync(path.join(dir, 'ingest-pw'), INGEST_PASSWORD + '\n');

    const gen = await fridgeCloud(['mosquitto-auth', '--data-dir', dataDir, '--out-dir', path.join(dir, 'auth'), '--ingest-user', 'ingest', '--ingest-password-file', path.join(dir, 'ingest-pw')]);
    expect(gen.code, gen.stderr).toBe(0);
    expect(JSON.parse(gen.stdout)).toMatchObject({ fridges: 2, skipped: [{ fridgeId: 'fr-off', reason: 'disabled' }, { fridgeId: 'fr-old', reason: 'legacy_hash' }] });
    expect(gen.stderr).toMatch(/fr-old.*rotate it/);

    const { mosq, internalUrl, fridgeUrl } = await startDeployMosquitto(dir);
    const ingest = await connect(internalUrl, 'ingest', INGEST_PASSWORD);
    await ingest.client.subscribeAsync([topics.districtFilter('+', 'batch'), topics.districtFilter('+', 'status')], { qos: 1 });
    const a = await connect(fridgeUrl, 'fr-a', pw.a, 'fridge-fr-a');
    const b = await connect(fridgeUrl, 'fr-b', pw.b, 'fridge-fr-b');
    await b.client.subscribeAsync([topics.ack('south', 'fr-b'), topics.cmd('south', 'fr-b')], { qos: 1 });

    // A fridge publishes its batch and (retained) status; the ingest receives both.
    await a.client.publishAsync(topics.batch('north', 'fr-a'), 'a-batch-1', { qos: 1 });
    await a.client.publishAsync(topics.status('north', 'fr-a'), 'a-online', { qos: 1, retain: true });
    await ingest.waitFor(topics.batch('north', 'fr-a'), 'a-batch-1');
    await ingest.waitFor(topics.status('north', 'fr-a'), 'a-online');

    // It cannot publish under another fridge's topics, nor under its own id in another
    // district, nor on a topic the ingest sends: Mosquitto drops those. Its next own batch
    // comes after them on the same connection, so once the ingest has it, it would have them.
    await a.client.publishAsync(topics.batch('south', 'fr-b'), 'a-as-b', { qos: 1 });
    await a.client.publishAsync(topics.status('south', 'fr-b'), 'a-as-b-status', { qos: 1 });
    await a.client.publishAsync(topics.batch('south', 'fr-a'), 'a-wrong-district', { qos: 1 });
    await a.client.publishAsync(topics.cmd('south', 'fr-b'), 'a-commands-b', { qos: 1 });
    await a.client.publishAsync(topics.batch('north', 'fr-a'), 'a-batch-2', { qos: 1 });
    await ingest.waitFor(topics.batch('north', 'fr-a'), 'a-batch-2');
    expect(ingest.messages.map((m) => m.payload)).not.toContain('a-as-b');
    expect(ingest.messages.map((m) => m.payload)).not.toContain('a-as-b-status');
    expect(ingest.messages.map((m) => m.payload)).not.toContain('a-wrong-district');

    // It cannot read another fridge's commands, acks or batches: subscribing is refused or
    // delivers nothing. The ingest's command to B reaches B; A's own command reaches A, after.
    await a.client.subscribeAsync([topics.cmd('south', 'fr-b'), topics.ack('south', 'fr-b'), 'ff/v1/#', topics.cmd('north', 'fr-a')], { qos: 1 });
    await ingest.client.publishAsync(topics.cmd('south', 'fr-b'), 'cmd-for-b', { qos: 1 });
    await ingest.client.publishAsync(topics.ack('south', 'fr-b'), 'ack-for-b', { qos: 1 });
    await b.client.publishAsync(topics.batch('south', 'fr-b'), 'b-batch-1', { qos: 1 });
    await ingest.client.publishAsync(topics.cmd('north', 'fr-a'), 'cmd-for-a', { qos: 1 });
    await b.waitFor(topics.cmd('south', 'fr-b'), 'cmd-for-b');
    await b.waitFor(topics.ack('south', 'fr-b'), 'ack-for-b');
    await ingest.waitFor(topics.batch('south', 'fr-b'), 'b-batch-1');
    await a.waitFor(topics.cmd('north', 'fr-a'), 'cmd-for-a');
    expect(a.messages.map((m) => m.payload)).toEqual(['cmd-for-a']);
    // A's attempt to command B never reached B.
    expect(b.messages.map((m) => m.payload)).not.toContain('a-commands-b');

    // A's credential with B's client id does not take B's session over (the fridge listener
    // names sessions by username): B still gets its commands.
    await connect(fridgeUrl, 'fr-a', pw.a, 'fridge-fr-b');
    await ingest.client.publishAsync(topics.cmd('south', 'fr-b'), 'cmd-for-b-2', { qos: 1 });
    await b.waitFor(topics.cmd('south', 'fr-b'), 'cmd-for-b-2');
    expect(b.client.connected).toBe(true);

    // Refused: a wrong password, another fridge's password, a disabled fridge, a fridge whose
    // hash Mosquitto cannot read, no credential at all, and a fridge on the ingest's account.
    expect(await refused(connect(fridgeUrl, 'fr-a', newCredential()))).toMatch(/not authori[sz]ed|bad user ?name or password/i);
    expect(await refused(connect(fridgeUrl, 'fr-a', pw.b))).toMatch(/not authori[sz]ed|bad user ?name or password/i);
    await refused(connect(fridgeUrl, 'fr-off', pw.off));
    await refused(connect(fridgeUrl, 'fr-old', 'whatever'));
    await refused(connect(fridgeUrl, undefined, undefined));
    await refused(connect(internalUrl, 'ingest', pw.a));
    expect(mosq.log).not.toMatch(/Error: Invalid password hash/);
  }, 60_000);

  it('operator flow: cloud with --mqtt-url, register, regenerate, SIGHUP, a real edge delivers through Mosquitto', async () => {
    const dir = tmp();
    const dataDir = path.join(dir, 'cloud');
    const pwFile = path.join(dir, 'ingest-pw');
    writeFileSync(pwFile, INGEST_PASSWORD + '\n');
    // Before any fridge: the ingest user only, so that the broker and the cloud can start.
    // Configured through the environment, as deploy/compose.yaml does.
    const first = await fridgeCloud(['mosquitto-auth'], { FF_DATA_DIR: dataDir, FF_MOSQUITTO_AUTH_DIR: path.join(dir, 'auth'), FF_MQTT_USERNAME: 'ingest', FF_MQTT_PASSWORD_FILE: pwFile });
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ fridges: 0 });
    const { mosq, internalUrl, fridgeUrl } = await startDeployMosquitto(dir);
    const cloud = await CloudProcess.start(dataDir, ['--mqtt-url', internalUrl, '--mqtt-username', 'ingest', '--mqtt-password-file', pwFile]);
    cleanup(() => cloud.kill('SIGTERM'));
    const password = await cloud.registerFridge('fr-m', 'west');
    writeFileSync(path.join(dir, 'pw'), password);
    const GTIN = '80614141123458';
    const tag = (serial: number): string => (BigInt('0x3074257BF7194E4000000000') + BigInt(serial)).toString(16).toUpperCase().padStart(24, '0');
    await cloud.api('PUT', `/v1/meals/${GTIN}`, { name: 'Lasagna' });
    await cloud.api('POST', '/v1/tags', { tags: [1, 2, 3, 4].map((s) => ({ epc: tag(s) })) });

    // Regenerated while the cloud runs, then reloaded: the new fridge can connect.
    await fridgeCloud(['mosquitto-auth', '--data-dir', dataDir, '--out-dir', path.join(dir, 'auth'), '--ingest-password-file', pwFile]).then((r) => expect(r.code, r.stderr).toBe(0));
    await mosq.reload();
    await until('Mosquitto reloaded the password file', async () => {
      const c = await mqtt.connectAsync(fridgeUrl, { username: 'fr-m', password, reconnectPeriod: 0, connectTimeout: 2000 });
      await c.endAsync(true);
      return true;
    }, 10_000, 50);

    const ctl = await TcpControllerServer.start();
    cleanup(() => ctl.close());
    for (let i = 1; i <= 4; i++) ctl.controller.tags.add(tag(i));
    const edge = EdgeProcess.spawn(edgeArgs({ fridgeId: 'fr-m', district: 'west', serial: ctl.url, mqtt: fridgeUrl, dataDir: path.join(dir, 'edge'), extra: ['--password-file', path.join(dir, 'pw')] }));
    cleanup(() => edge.kill());
    const available = async (): Promise<number | undefined> => {
      const r = await cloud.api<{ online: boolean; stock: Array<{ gtin: string; available: number }> }>('GET', '/v1/fridges/fr-m', undefined, null);
      return r.body.online ? r.body.stock?.find((s) => s.gtin === GTIN)?.available : undefined;
    };
    await until('the snapshot arrived through Mosquitto', async () => ((await available()) === 4 ? true : undefined), 30_000);
    ctl.controller.session([tag(2)]);
    await until('the sale arrived through Mosquitto', async () => ((await available()) === 3 ? true : undefined), 30_000);
    const ev = await cloud.api<{ events: Array<{ type: string; reason?: string }> }>('GET', '/v1/events?after=0&limit=1000');
    expect(ev.body.events.some((e) => e.type === 'MealStockUpdated' && e.reason === 'sale')).toBe(true);
  }, 90_000);
});
