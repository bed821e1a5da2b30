// DESIGN.md properties 1-7 end to end with real processes: a simulated fridge on a TCP serial
// line, fridge-edge and fridge-cloud (embedded broker, SQLite) as child processes, killed with
// SIGKILL at random (the cloud's kill is also the broker going down), then the cloud's stock
// must equal the fridge's ground truth and the event store must hold each fridge event once.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CloudProcess } from '../support/cloud-process.js';
import { EdgeProcess, edgeArgs, edgeHealth } from '../../testkit/edge-process.js';
import { TcpControllerServer } from '../../testkit/fake-controller.js';
import { testRng } from '../support/seed.js';
import { useTmpDirs } from '../support/tmp.js';
import { sleep, until, useCleanups } from '../support/lifecycle.js';

const tmp = useTmpDirs();
const cleanup = useCleanups();

const GTINS = ['80614141123458', '80614141123465'];
// SGTIN-96 EPC for company prefix 0614141, item 812345 / 812346 (GTINs above), serial s.
const epcOf = (meal: number, serial: number): string =>
  (BigInt('0x3074257BF7194E4000000000') + (BigInt(meal) << 38n) + BigInt(serial)).toString(16).toUpperCase().padStart(24, '0');

interface FridgeView {
  online: boolean;
  stale: boolean;
  stock: Array<{ gtin: string; on_hand: number; available: number }>;
}

async function view(cloud: CloudProcess, id: string): Promise<FridgeView> {
  return (await cloud.api<FridgeView>('GET', `/v1/fridges/${id}`, undefined, null)).body;
}


function truthCounts(tags: Set<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of GTINS) out[g] = 0;
  for (const t of tags) {
    const meal = Number(((BigInt(`0x${t}`) >> 38n) & 0xfffffn) - 812345n); // item reference
    out[GTINS[meal]!]!++;
  }
  return out;
}

const stockCounts = (v: FridgeView): Record<string, number> => Object.fromEntries(GTINS.map((g) => [g, v.stock.find((s) => s.gtin === g)?.available ?? 0]));

/** A fake fridge controller (TCP, closed after the test) holding `tags`. */
async function controllerWith(tags: readonly string[]): Promise<TcpControllerServer> {
  const ctl = await TcpControllerServer.start();
  cleanup(() => ctl.close());
  for (const t of tags) ctl.controller.tags.add(t);
  return ctl;
}

async function setupFridge(cloud: CloudProcess, dir: string, id: string, tags: string[]): Promise<string> {
  const pw = await cloud.registerFridge(id, 'mitte');
  const pwFile = path.join(dir, `${id}.pw`);
  writeFileSync(pwFile, pw);
  for (const g of GTINS) await cloud.api('PUT', `/v1/meals/${g}`, { name: `Meal ${g}` });
  const r = await cloud.api('POST', '/v1/tags', { tags: tags.map((epc) => ({ epc, best_before: new Date(Date.now() + 7 * 86_400_000).toISOString() })) });
  expect(r.status).toBe(201);
  return pwFile;
}

describe('edge -> cloud properties (system: child processes, SIGKILL, broker down)', () => {
  it('through random kills of edge and cloud: no loss, no double effect, order, stock equals ground truth', async () => {
    const dir = tmp();
    const cloudDir = path.join(dir, 'cloud');
    let cloud = await CloudProcess.start(cloudDir);
    const ports = { http: cloud.httpPort, mqtt: cloud.mqttPort };
    cleanup(() => cloud.kill());
    const tags = [...Array.from({ length: 30 }, (_, i) => epcOf(0, i + 1)), ...Array.from({ length: 30 }, (_, i) => epcOf(1, i + 1))];
    const pwFile = await setupFridge(cloud, dir, 'fr-p', tags);

    const ctl = await controllerWith(tags);
    const edgeDir = path.join(dir, 'edge');
    const startEdge = (): EdgeProcess => {
      const e = EdgeProcess.spawn(edgeArgs({ fridgeId: 'fr-p', district: 'mitte', serial: ctl.url, mqtt: cloud.mqttUrl, dataDir: edgeDir, extra: ['--password-file', pwFile, '--health-port', '0', '--ack-timeout-s', '3', '--keepalive', '2'] }));
      cleanup(() => e.kill());
      return e;
    };
    let edge = startEdge();
    await until('first stock', async () => ((await view(cloud, 'fr-p')).stock.length > 0 ? true : undefined));

    // Telemetry for volume: every line differs enough to be recorded.
    let value = 0;
    let streaming = true;
    const stream = (async () => {
      while (streaming) {
        if (ctl.connected) for (let i = 0; i < 10; i++) ctl.controller.temp(((value += 5) % 400) - 100 + (value % 2));
        await sleep(5);
      }
    })();

    const dice = testRng('properties');
    const rng = (n: number) => dice.int(0, n - 1);
    const actions: string[] = [];
    const until0 = Date.now() + 25_000;
    let remaining = [...tags];
    const shoppers = (): number => actions.filter((a) => a === 'shopper').length;
    const shop = (): void => {
      actions.push('shopper');
      const take = [remaining[rng(remaining.length)]!];
      if (rng(2) === 0) take.push(remaining.find((t) => !take.includes(t))!);
      remaining = remaining.filter((t) => !take.includes(t));
      ctl.controller.session(take);
    };
    // At least 25 s of chaos, and at least 4 shoppers whatever the dice said (bounded at 60 s;
    // the shoppers still missing then come after it).
    while ((Date.now() < until0 || shoppers() < 4) && Date.now() < until0 + 35_000) {
      const roll = rng(10);
      if (roll < 2) {
        actions.push('kill-edge');
        await edge.kill('SIGKILL');
        await sleep(rng(800));
        edge = startEdge();
      } else if (roll < 4) {
        actions.push('kill-cloud');
        await cloud.kill('SIGKILL');
        // The broker is down with it, for a while.
        await sleep(500 + rng(2000));
        cloud = await CloudProcess.start(cloudDir, [], ports);
      } else if (ctl.connected && remaining.length > 4) {
        shop();
      }
      await sleep(800 + rng(1200));
    }
    // On a loaded machine the edge may have been down for most shopper rolls: the shoppers
    // the property needs come now, each once the controller is connected again.
    while (shoppers() < 4) {
      await until('the controller connected', async () => (ctl.connected ? true : undefined));
      shop();
      await sleep(800 + rng(1200));
    }
    streaming = false;
    await stream;

    // Settle: everything delivered, then compare with the ground truth.
    const lastSeq = await until('edge drained', async () => {
      const h = await edgeHealth(edge);
      return h.outbox.events === 0 && h.mqtt ? h.outbox.lastSeq : undefined;
    });
    const truth = truthCounts(ctl.controller.tags);
    let last: FridgeView | undefined;
    const settled = await until('stock equals ground truth', async () => {
      const v = await view(cloud, 'fr-p');
      last = v;
      return JSON.stringify(stockCounts(v)) === JSON.stringify(truth) ? v : undefined;
    }).catch((err: Error) => {
      throw new Error(`${err.message}: truth ${JSON.stringify(truth)}, cloud ${JSON.stringify(last)}, actions ${actions.join(',')}`);
    });
    expect(settled.online).toBe(true);
    expect(actions.filter((a) => a === 'shopper').length).toBeGreaterThan(3);

    // Each fridge event exactly once, in order, none missing (no compaction in this run).
    const db = new Database(path.join(cloudDir, 'cloud.db'), { readonly: true });
    const rows = db.prepare<[], { epoch: string; seq: number }>("SELECT epoch, seq FROM fridge_events WHERE fridge_id = 'fr-p' ORDER BY seq").all();
    // In order (property 3): the batches' runs in the order they were committed (rowid) each
    // start right after the one before, so the events were applied in seq order, not just stored.
    const runs = db.prepare<[], { first_seq: number; last_seq: number }>("SELECT first_seq, last_seq FROM fridge_event_runs WHERE fridge_id = 'fr-p' ORDER BY rowid").all();
    db.close();
    expect(runs.length).toBeGreaterThan(10);
    runs.forEach((r, i) => expect(r.first_seq, `run ${i}`).toBe(i === 0 ? 1 : runs[i - 1]!.last_seq + 1));
    expect(new Set(rows.map((r) => r.epoch)).size).toBe(1);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: lastSeq }, (_, i) => i + 1));
    expect(lastSeq).toBeGreaterThan(2000);

    // Projections rebuilt from the events equal the live ones.
    await cloud.kill('SIGTERM');
    const PROJECTIONS = ['SELECT * FROM stock ORDER BY fridge_id, gtin', 'SELECT fridge_id, online, stale, epoch FROM fridge_status ORDER BY fridge_id', 'SELECT * FROM catalog ORDER BY district', 'SELECT * FROM fridge_temperature ORDER BY fridge_id, sensor'];
    const live = new Database(path.join(cloudDir, 'cloud.db'), { readonly: true });
    const before = PROJECTIONS.map((q) => live.prepare(q).all());
    live.close();
    expect(before[0]!.length).toBeGreaterThan(0);
    expect(before[3]!.length).toBeGreaterThan(0); // the temperatures the controller reported
    const rebuild = EdgeProcess.spawnCommand('cloud', ['rebuild', '--data-dir', cloudDir]);
    expect((await rebuild.exited).code).toBe(0);
    const rebuilt = new Database(path.join(cloudDir, 'cloud.db'), { readonly: true });
    expect(PROJECTIONS.map((q) => rebuilt.prepare(q).all())).toEqual(before);
    rebuilt.close();
  }, 180_000);
});

describe('new identity and presence (system: child processes)', () => {
  it('heals a wiped outbox: a new epoch reconciles stock from the fridge\'s snapshot (property 6)', async () => {
    const dir = tmp();
    const cloud = await CloudProcess.start(path.join(dir, 'cloud'));
    cleanup(() => cloud.kill());
    const tags = Array.from({ length: 10 }, (_, i) => epcOf(0, i + 1));
    const pwFile = await setupFridge(cloud, dir, 'fr-n', tags);
    const ctl = await controllerWith(tags);
    const edgeDir = path.join(dir, 'edge');
    const start = () => {
      const e = EdgeProcess.spawn(edgeArgs({ fridgeId: 'fr-n', district: 'mitte', serial: ctl.url, mqtt: cloud.mqttUrl, dataDir: edgeDir, extra: ['--password-file', pwFile] }));
      cleanup(() => e.kill());
      return e;
    };
    const edge = start();
    await until('10 in stock', async () => (stockCounts(await view(cloud, 'fr-n'))[GTINS[0]!] === 10 ? true : undefined));
    const firstEpoch = (await cloud.api<Array<{ id: string; cursor: { epoch: string } | null }>>('GET', '/v1/admin/fridges')).body.find((f) => f.id === 'fr-n')?.cursor?.epoch;

    // The controller is replaced: the agent dies, its disk is wiped, meals leave meanwhile.
    await edge.kill('SIGKILL');
    const { rmSync } = await import('node:fs');
    rmSync(edgeDir, { recursive: true, force: true });
    ctl.controller.tags.delete(tags[0]!);
    ctl.controller.tags.delete(tags[1]!);
    ctl.controller.tags.delete(tags[2]!);
    start(); // stopped by the cleanup
    await until('stock reconciled to 7', async () => (stockCounts(await view(cloud, 'fr-n'))[GTINS[0]!] === 7 ? true : undefined));
    const after = (await cloud.api<Array<{ id: string; cursor: { epoch: string } | null }>>('GET', '/v1/admin/fridges')).body.find((f) => f.id === 'fr-n')?.cursor?.epoch;
    expect(after).toBeDefined();
    expect(after).not.toBe(firstEpoch);
    const ev = await cloud.api<{ events: Array<{ type: string; reason?: string; fridgeId?: string }> }>('GET', '/v1/events?after=0&limit=1000');
    expect(ev.body.events.some((e) => e.type === 'MealStockUpdated' && e.reason === 'reconciliation' && e.fridgeId === 'fr-n')).toBe(true);
  }, 90_000);

  it('knows within the keep-alive that a fridge went offline, shows its stock stale, and sees it come back (property 7)', async () => {
    const dir = tmp();
    const cloud = await CloudProcess.start(path.join(dir, 'cloud'));
    cleanup(() => cloud.kill());
    const pwFile = await setupFridge(cloud, dir, 'fr-k', [epcOf(0, 1)]);
    const ctl = await controllerWith([epcOf(0, 1)]);
    const start = () => {
      const e = EdgeProcess.spawn(edgeArgs({ fridgeId: 'fr-k', district: 'mitte', serial: ctl.url, mqtt: cloud.mqttUrl, dataDir: path.join(dir, 'edge'), extra: ['--password-file', pwFile, '--keepalive', '2'] }));
      cleanup(() => e.kill());
      return e;
    };
    const edge = start();
    await until('online', async () => ((await view(cloud, 'fr-k')).online ? true : undefined));
    await edge.kill('SIGKILL');
    const t0 = Date.now();
    const off = await until('offline', async () => {
      const v = await view(cloud, 'fr-k');
      return v.online ? undefined : v;
    }, 15_000);
    const detectedMs = Date.now() - t0;
    expect(off.stale).toBe(true);
    // MQTT: the broker declares a client dead after 1.5 keep-alive periods (3 s here).
    expect(detectedMs).toBeLessThan(6_000);
    start(); // stopped by the cleanup
    const back = await until('online again', async () => {
      const v = await view(cloud, 'fr-k');
      return v.online ? v : undefined;
    });
    expect(back.stale).toBe(false);
  }, 60_000);
});

describe('district snapshots (system: child processes, SIGTERM, SIGKILL, rebuild)', () => {
  it('a restarted cloud takes a district up from its snapshot (after a clean stop: nothing to fold), stock equal to the truth throughout', async () => {
    const dir = tmp();
    const cloudDir = path.join(dir, 'cloud');
    const EVERY = ['--district-snapshot-every', '40'];
    let cloud = await CloudProcess.start(cloudDir, EVERY);
    const ports = { http: cloud.httpPort, mqtt: cloud.mqttPort };
    cleanup(() => cloud.kill());
    const tags = Array.from({ length: 12 }, (_, i) => epcOf(0, i + 1));
    const pwFile = await setupFridge(cloud, dir, 'fr-s', tags);
    const ctl = await controllerWith(tags);
    const edge = EdgeProcess.spawn(edgeArgs({ fridgeId: 'fr-s', district: 'mitte', serial: ctl.url, mqtt: cloud.mqttUrl, dataDir: path.join(dir, 'edge'), extra: ['--password-file', pwFile, '--keepalive', '2'] }));
    cleanup(() => edge.kill());
    const available = async (): Promise<number> => stockCounts(await view(cloud, 'fr-s'))[GTINS[0]!]!;
    const shop = async (n: number): Promise<void> => {
      const take = [...ctl.controller.tags].slice(0, n);
      ctl.controller.session(take);
      const want = ctl.controller.tags.size;
      await until(`${want} in stock`, async () => ((await available()) === want ? true : undefined));
    };
    const saved = async (): Promise<number> => {
      const text = await (await fetch(`${cloud.base}/metrics`)).text();
      return Number(/^ff_cloud_district_snapshots_total\{outcome="saved"\} (\d+)/m.exec(text)?.[1] ?? 0);
    };
    await until('12 in stock', async () => ((await available()) === 12 ? true : undefined));
    // Readings make domain events: past 40 of them the district's state is saved.
    let deci = 0;
    await until('a snapshot saved', async () => {
      for (let i = 0; i < 10; i++) ctl.controller.temp(((deci += 7) % 300) - 50);
      return (await saved()) > 0 ? true : undefined;
    });
    await shop(2);

    // A clean stop saves the district as of its last event.
    await cloud.kill('SIGTERM');
    const db = new Database(path.join(cloudDir, 'cloud.db'), { readonly: true });
    const snap = db.prepare<[], { position: number }>("SELECT position FROM district_snapshots WHERE district = 'mitte'").get();
    const last = db.prepare<[], { p: number }>("SELECT MAX(position) AS p FROM events WHERE district = 'mitte'").get();
    db.close();
    expect(snap?.position).toBe(last?.p);
    cloud = await CloudProcess.start(cloudDir, EVERY, ports);
    let made = await cloud.waitForLog((l) => l.msg === 'district state made' && l.district === 'mitte', 30_000);
    expect([made.from, made.events]).toEqual(['snapshot', 0]);
    await shop(1);

    // A crash: the snapshot and the events after it.
    for (let i = 0; i < 5; i++) ctl.controller.temp(((deci += 7) % 300) - 50);
    await shop(1);
    await cloud.kill('SIGKILL');
    cloud = await CloudProcess.start(cloudDir, EVERY, ports);
    made = await cloud.waitForLog((l) => l.msg === 'district state made' && l.district === 'mitte', 30_000);
    expect(made.from).toBe('snapshot');
    expect(made.events).toBeGreaterThan(0);
    await shop(2);

    // Rebuild drops the snapshots: every event is folded at the next start, to the same stock.
    await cloud.kill('SIGTERM');
    const rebuild = EdgeProcess.spawnCommand('cloud', ['rebuild', '--data-dir', cloudDir]);
    expect((await rebuild.exited).code).toBe(0);
    cloud = await CloudProcess.start(cloudDir, EVERY, ports);
    made = await cloud.waitForLog((l) => l.msg === 'district state made' && l.district === 'mitte', 30_000);
    expect(made.from).toBe('events');
    await shop(1);
    expect(await available()).toBe(5);
  }, 120_000);
});
