// Several fridge-cloud instances on one PostgreSQL store and one Mosquitto, real processes:
// they split the districts, one is killed (SIGKILL) while fridges are busy, the survivors
// take its districts over, and afterwards every fridge's stock equals its ground truth and
// every fridge event is stored exactly once, none missing.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { connect as connectFeed, type ServerMessage } from '../../feed-client/src/node.js';
import { CloudProcess } from '../support/cloud-process.js';
import { EdgeProcess, edgeArgs, edgeHealth } from '../../testkit/edge-process.js';
import { TcpControllerServer } from '../../testkit/fake-controller.js';
import { sleep, until, useCleanups } from '../support/lifecycle.js';
import { hasMosquitto, Mosquitto } from '../../testkit/mosquitto.js';
import { postgresSkipReason, usePostgres } from '../../testkit/postgres.js';
import { testRng } from '../support/seed.js';
import { useTmpDirs } from '../support/tmp.js';

const tmp = useTmpDirs();
const cleanup = useCleanups();
const database = usePostgres();

const GTIN = '80614141123458';
const epc = (fridge: number, serial: number): string =>
  (BigInt('0x3074257BF7194E4000000000') + BigInt(fridge * 1000 + serial)).toString(16).toUpperCase().padStart(24, '0');

const DISTRICTS = ['d-north', 'd-south', 'd-east', 'd-west'];
const TAGS_PER_FRIDGE = 12;
const skip = (await postgresSkipReason()) !== undefined || (!hasMosquitto() && process.env.CI === undefined);

async function available(cloud: CloudProcess, id: string): Promise<number | undefined> {
  const r = await cloud.api<{ stock?: Array<{ gtin: string; available: number }> }>('GET', `/v1/fridges/${id}`, undefined, null);
  return r.body.stock?.find((s) => s.gtin === GTIN)?.available;
}

async function ownerOf(cloud: CloudProcess, district: string): Promise<string | undefined> {
  const r = await cloud.api<{ owner_url?: string }>('GET', `/v1/districts/${district}/owner`, undefined, null);
  return r.status === 200 ? r.body.owner_url : undefined;
}

/** The first answer to a subscription to `district` at `cloud`'s feed (the client library's). */
async function feedAnswer(cloud: CloudProcess, district: string): Promise<ServerMessage> {
  const feed = connectFeed(`ws://127.0.0.1:${cloud.httpPort}/v1/feed`, { subscription: { districts: [district] }, keepState: false, pingMs: 0 });
  try {
    return await new Promise((resolve, reject) => {
      feed.on('message', (m) => {
        if (m.kind === 'snapshot' || m.kind === 'error') resolve(m);
      });
      feed.on('disconnected', (d) => reject(new Error(`feed connection ended: ${d.reason}`)));
    });
  } finally {
    feed.close();
  }
}

describe.skipIf(skip)('several instances on PostgreSQL: district ownership and failover (system)', () => {
  it('splits the districts; when an owner is killed during traffic the others take over; stock equals ground truth; each event stored once', async () => {
    const rng = testRng('failover');
    const dir = tmp();
    const db = await database();
    const mosq = await Mosquitto.start(dir);
    cleanup(() => mosq.down());
    const startInstance = async (i: number): Promise<CloudProcess> => {
      const c = await CloudProcess.start(path.join(dir, `cloud-${i}`), ['--mqtt-url', mosq.url, '--database-url', db.url, '--instance-id', `inst-${i}`, '--ownership-interval-ms', '250', '--tick-s', '1', '--district-snapshot-every', '30']);
      cleanup(() => c.kill('SIGKILL'));
      return c;
    };
    const first = await startInstance(0);
    // The registry is shared: register everything at one instance.
    await first.api('PUT', `/v1/meals/${GTIN}`, { name: 'Lasagna' });
    const edges: EdgeProcess[] = [];
    const controllers: TcpControllerServer[] = [];
    const fridges = DISTRICTS.map((district, i) => ({ id: `fr-${i}`, district }));
    const pwFiles: string[] = [];
    for (const [i, f] of fridges.entries()) {
      const pw = await first.registerFridge(f.id, f.district);
      const file = path.join(dir, `${f.id}.pw`);
      writeFileSync(file, pw);
      pwFiles.push(file);
      const r = await first.api('POST', '/v1/tags', { tags: Array.from({ length: TAGS_PER_FRIDGE }, (_, s) => ({ epc: epc(i, s + 1) })) });
      expect(r.status).toBe(201);
    }
    const instances = [first, await startInstance(1), await startInstance(2)];
    const urlOf = new Map(instances.map((c, i) => [c.base, i]));

    // Every district has exactly one owner, and every instance has work.
    const split = await until('the districts are split between the three instances', async () => {
      const owners = await Promise.all(DISTRICTS.map((d) => ownerOf(first, d)));
      if (owners.some((o) => o === undefined)) return undefined;
      const by = owners.map((o) => urlOf.get(o!));
      return new Set(by).size === 3 ? by : undefined;
    }, 20_000);
    // Each instance agrees (the owner is read from the database, not guessed).
    for (const c of instances) expect(await Promise.all(DISTRICTS.map((d) => ownerOf(c, d).then((o) => urlOf.get(o!))))).toEqual(split);
    // A command for a district ingested elsewhere is refused with the owner's address; the owner takes it.
    const away = instances.findIndex((_, i) => i !== split[0]);
    const refused = await instances[away]!.api<{ error: string; owner_url: string }>('POST', `/v1/fridges/${fridges[0]!.id}/snapshot`);
    expect(refused).toMatchObject({ status: 421, body: { error: 'FF_ERR_NOT_OWNER', owner_url: instances[split[0]!]!.base } });
    expect((await instances[split[0]!]!.api('POST', `/v1/fridges/${fridges[0]!.id}/snapshot`)).status).toBe(202);
    // So is a feed subscription: live events of a district come from its owner.
    const answer = await feedAnswer(instances[away]!, DISTRICTS[0]!);
    expect(answer).toMatchObject({ kind: 'error', error: { code: 'FF_ERR_FEED_NOT_OWNER' } });
    expect(JSON.stringify(answer)).toContain(instances[split[0]!]!.base);
    expect(await feedAnswer(instances[split[0]!]!, DISTRICTS[0]!)).toHaveProperty('snapshot');

    for (const [i, f] of fridges.entries()) {
      const ctl = await TcpControllerServer.start();
      cleanup(() => ctl.close());
      for (let s = 1; s <= TAGS_PER_FRIDGE; s++) ctl.controller.tags.add(epc(i, s));
      controllers.push(ctl);
      const edge = EdgeProcess.spawn(edgeArgs({ fridgeId: f.id, district: f.district, serial: ctl.url, mqtt: mosq.url, dataDir: path.join(dir, `edge-${i}`), extra: ['--password-file', pwFiles[i]!, '--health-port', '0', '--ack-timeout-s', '3', '--keepalive', '2'] }));
      cleanup(() => edge.kill());
      edges.push(edge);
    }
    for (const f of fridges) await until(`${f.id} stocked`, async () => ((await available(first, f.id)) === TAGS_PER_FRIDGE ? true : undefined), 30_000);

    // Traffic: temperatures on every fridge, shoppers at random.
    let streaming = true;
    let t = 0;
    const stream = (async () => {
      while (streaming) {
        for (const ctl of controllers) if (ctl.connected) for (let k = 0; k < 5; k++) ctl.controller.temp(((t += 3) % 300) - 50 + (t % 2));
        await sleep(10);
      }
    })();
    const taken = fridges.map(() => 0);
    const shop = async (rounds: number): Promise<void> => {
      for (let r = 0; r < rounds; r++) {
        const i = rng.int(0, fridges.length - 1);
        const ctl = controllers[i]!;
        const left = [...ctl.controller.tags];
        if (ctl.connected && left.length > 2) {
          ctl.controller.session([rng.pick(left)]);
          taken[i]! += 1;
        }
        await sleep(rng.int(300, 599));
      }
    };
    await shop(6);

    // Kill the owner of the first district, in the middle of it all.
    const victim = split[0]!;
    const victimDistricts = DISTRICTS.filter((_, k) => split[k] === victim);
    const survivors = instances.filter((_, i) => i !== victim);
    const killedAt = Date.now();
    await instances[victim]!.kill('SIGKILL');
    const shopping = shop(10);
    const takeoverMs = await until('the survivors own every district', async () => {
      const owners = await Promise.all(DISTRICTS.map((d) => ownerOf(survivors[0]!, d)));
      return owners.every((o) => o !== undefined && urlOf.get(o) !== victim) ? Date.now() - killedAt : undefined;
    }, 20_000);
    await shopping;
    streaming = false;
    await stream;
    // Bounded: the ownership interval (250 ms) and a round of queries, with room for a slow machine.
    expect(takeoverMs).toBeLessThan(10_000);
    // The survivors took the victim's districts up from the snapshots it saved, not from every event.
    for (const d of victimDistricts) {
      const made = await Promise.any(survivors.map((c) => c.waitForLog((l) => l.msg === 'district state made' && l.district === d && Number(l.time) >= killedAt, 30_000)));
      expect(made.from, `${d} after the takeover`).toBe('snapshot');
    }
    expect(taken.reduce((a, b) => a + b, 0)).toBeGreaterThan(8);

    // Settle: every edge drained, then each fridge's stock equals what is in it.
    const lastSeqs = await Promise.all(edges.map((e, i) => until(`edge ${i} drained`, async () => {
      const h = await edgeHealth(e);
      return h.outbox.events === 0 && h.mqtt ? h.outbox.lastSeq : undefined;
    }, 60_000)));
    for (const [i, f] of fridges.entries()) {
      const truth = controllers[i]!.controller.tags.size;
      await until(`${f.id}: stock equals ground truth ${truth}`, async () => ((await available(survivors[0]!, f.id)) === truth ? true : undefined), 30_000);
      expect(truth).toBe(TAGS_PER_FRIDGE - taken[i]!);
    }

    // Each fridge event exactly once, none missing, in the shared store.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      for (const [i, f] of fridges.entries()) {
        const rows = (await client.query<{ epoch: string; seq: string }>('SELECT epoch, seq FROM fridge_events WHERE fridge_id = $1 ORDER BY seq', [f.id])).rows;
        expect(new Set(rows.map((r) => r.epoch)).size).toBe(1);
        expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: lastSeqs[i]! }, (_, k) => k + 1));
      }
      // Every meal taken is one sale, none applied twice. Counted in meals, not events: two
      // shoppers whose sessions overlap (the second opens the door before the first session's
      // confirming round) are one door session, and so one MealStockUpdated with delta -2.
      const sold = (await client.query<{ fridge_id: string; meals: string; removed: string }>(
        `SELECT fridge_id,
                (SELECT coalesce(-sum((data::jsonb->>'delta')::int), 0) FROM events m
                  WHERE m.fridge_id = f.fridge_id AND m.type = 'MealStockUpdated' AND m.data::jsonb->>'reason' = 'sale') AS meals,
                (SELECT count(*) FROM events c, jsonb_array_elements(c.data::jsonb->'removed') r
                  WHERE c.fridge_id = f.fridge_id AND c.type = 'FridgeInventoryChanged' AND r->>'reason' = 'sale') AS removed
           FROM (SELECT DISTINCT fridge_id FROM events WHERE fridge_id IS NOT NULL) f`,
      )).rows;
      for (const [i, f] of fridges.entries()) {
        const row = sold.find((s) => s.fridge_id === f.id);
        expect(Number(row?.meals ?? 0), `${f.id}: meals sold (MealStockUpdated deltas)`).toBe(taken[i]);
        expect(Number(row?.removed ?? 0), `${f.id}: meals removed as sales`).toBe(taken[i]);
      }
      // The takeover bumped the fence of every district the victim had.
      const fences = (await client.query<{ district: string; token: string }>('SELECT district, token FROM district_owners')).rows;
      for (const d of victimDistricts) expect(Number(fences.find((r) => r.district === d)?.token)).toBeGreaterThan(1);
    } finally {
      await client.end();
    }
  }, 180_000);
});
