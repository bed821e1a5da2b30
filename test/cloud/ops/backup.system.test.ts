// `fridge-cloud backup` while a real fridge-cloud ingests traffic from real edge agents; the
// backup restored into a fresh data dir, rebuilt with `fridge-cloud rebuild`, and started;
// the fridges, whose acknowledged events the restored cloud lost, recover by themselves.
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CloudProcess, runFridgeCloud as run } from '../../support/cloud-process.js';
import { EdgeProcess, edgeArgs } from '../../../testkit/edge-process.js';
import { TcpControllerServer } from '../../../testkit/fake-controller.js';
import { until, useCleanups } from '../../support/lifecycle.js';
import { useTmpDirs } from '../../support/tmp.js';

const tmp = useTmpDirs();
const cleanup = useCleanups();

const GTIN = '80614141123458';
const tag = (serial: number): string => (BigInt('0x3074257BF7194E4000000000') + BigInt(serial)).toString(16).toUpperCase().padStart(24, '0');

const EVENTS = 'SELECT position, district, fridge_id, type, at, data FROM events ORDER BY position';
const RAW = 'SELECT fridge_id, epoch, seq, recorded_at, received_at, payload FROM fridge_events ORDER BY fridge_id, epoch, seq';
// changed_at is the time of the event that set it: rebuild reproduces it, but the live
// projection and the rebuilt one are compared on the same columns as the rebuild test does.
const PROJECTIONS = ['SELECT * FROM stock ORDER BY fridge_id, gtin', 'SELECT fridge_id, online, stale, epoch FROM fridge_status ORDER BY fridge_id', 'SELECT * FROM catalog ORDER BY district'];

function read(file: string, queries: readonly string[]): unknown[][] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return queries.map((q) => db.prepare(q).all());
  } finally {
    db.close();
  }
}

describe('fridge-cloud backup (system: child processes)', () => {
  it('copies the event store consistently under traffic; restore + rebuild gives the same events and projections', async () => {
    const dir = tmp();
    const dataDir = path.join(dir, 'cloud');
    const cloud = await CloudProcess.start(dataDir);
    cleanup(() => cloud.kill('SIGTERM'));
    await cloud.api('PUT', `/v1/meals/${GTIN}`, { name: 'Lasagna', nominal_weight_g: 400 });

    // Two fridges behind real edge agents, each with its own controller.
    const fridges = ['fr-b1', 'fr-b2'];
    const controllers: TcpControllerServer[] = [];
    const edges: EdgeProcess[] = [];
    const startEdge = (i: number, id: string, mqtt: string): void => {
      const edge = EdgeProcess.spawn(edgeArgs({ fridgeId: id, district: i === 0 ? 'mitte' : 'kreuzberg', serial: controllers[i]!.url, mqtt, dataDir: path.join(dir, `edge-${id}`), extra: ['--password-file', path.join(dir, `${id}.pw`), '--linger-ms', '0'] }));
      cleanup(() => edge.kill());
      edges.push(edge);
    };
    for (const [i, id] of fridges.entries()) {
      const pw = await cloud.registerFridge(id, i === 0 ? 'mitte' : 'kreuzberg');
      writeFileSync(path.join(dir, `${id}.pw`), pw);
      const serials = Array.from({ length: 40 }, (_, k) => 1000 * (i + 1) + k);
      await cloud.api('POST', '/v1/tags', { tags: serials.map((s) => ({ epc: tag(s) })) });
      const ctl = await TcpControllerServer.start();
      cleanup(() => ctl.close());
      for (const s of serials.slice(0, 30)) ctl.controller.tags.add(tag(s));
      controllers.push(ctl);
      startEdge(i, id, cloud.mqttUrl);
    }
    const available = async (id: string): Promise<number | undefined> => {
      const r = await cloud.api<{ stock?: Array<{ gtin: string; available: number }> }>('GET', `/v1/fridges/${id}`, undefined, null);
      return r.body.stock?.find((s) => s.gtin === GTIN)?.available;
    };
    for (const id of fridges) await until(`${id} stocked`, async () => ((await available(id)) === 30 ? true : undefined), 30_000);

    // Shoppers and restocks keep coming while the backup runs.
    let traffic = true;
    let sessions = 0;
    const shoppers = (async () => {
      for (let n = 0; traffic; n++) {
        const c = controllers[n % 2]!.controller;
        const inside = [...c.tags];
        const serial = 1000 * ((n % 2) + 1) + 30 + ((n >> 1) % 10);
        if (n % 3 === 2 && !c.tags.has(tag(serial))) c.session([], [tag(serial)]);
        else c.session(inside.slice(0, 1));
        c.temp(38 + (n % 5));
        sessions++;
        await new Promise((r) => setTimeout(r, 40));
      }
    })();
    await until('traffic under way', async () => (sessions >= 5 ? true : undefined), 10_000, 20);

    const backupFile = path.join(dir, 'backups', 'cloud-backup.db');
    mkdirSync(path.dirname(backupFile));
    const b = await run(['backup', backupFile, '--data-dir', dataDir]);
    expect(b.code, b.stderr).toBe(0);
    const result = JSON.parse(b.stdout) as { file: string; bytes: number; lastPosition: number };
    expect(result.file).toBe(backupFile);
    expect(result.lastPosition).toBeGreaterThan(0);
    const sessionsAtBackup = sessions;
    await until('traffic after the backup', async () => (sessions >= sessionsAtBackup + 10 ? true : undefined), 20_000, 20);
    traffic = false;
    await shoppers;
    // A whole file and nothing beside it: no -wal or -shm, no temporary copy.
    expect(readdirSync(path.dirname(backupFile))).toEqual(['cloud-backup.db']);
    // Owner only, as the store it copies (credential hashes), whatever the umask.
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);

    // The backup is a point in time: its events are a prefix of the original's, its raw fridge
    // events a subset, and its projections are those of exactly its events (rebuild below).
    const [bEvents, bRaw, ...bProjections] = read(backupFile, [EVENTS, RAW, ...PROJECTIONS]) as [Array<{ position: number }>, unknown[], ...unknown[][]];
    expect(bEvents.length).toBe(result.lastPosition);
    expect((bProjections[0] ?? []).length).toBeGreaterThan(0);
    const [oEvents, oRaw] = read(path.join(dataDir, 'cloud.db'), [EVENTS, RAW]) as [Array<{ position: number }>, unknown[]];
    expect(oEvents.length).toBeGreaterThan(bEvents.length); // the cloud kept ingesting
    expect(oEvents.slice(0, bEvents.length)).toEqual(bEvents);
    expect(bRaw.length).toBeLessThan(oRaw.length);
    const oRawKeys = new Set((oRaw as Array<{ fridge_id: string; epoch: string; seq: number }>).map((r) => `${r.fridge_id}/${r.epoch}/${r.seq}`));
    for (const r of bRaw as Array<{ fridge_id: string; epoch: string; seq: number }>) expect(oRawKeys.has(`${r.fridge_id}/${r.epoch}/${r.seq}`)).toBe(true);

    // Restore (docs/operations.md): a fresh data dir, the backup as cloud.db, rebuild, start.
    const restored = path.join(dir, 'restored');
    mkdirSync(restored);
    copyFileSync(backupFile, path.join(restored, 'cloud.db'));
    const epochOf = (file: string): unknown => read(file, ["SELECT value FROM meta WHERE key = 'store_epoch'"])[0];
    const rb = await run(['rebuild', '--data-dir', restored]);
    expect(rb.code, rb.stderr).toBe(0);
    const [rEvents, rRaw, ...rProjections] = read(path.join(restored, 'cloud.db'), [EVENTS, RAW, ...PROJECTIONS]);
    // A new store epoch: the restored store's positions will be used again for other events,
    // so a feed cursor of the original store resyncs instead of resuming (docs/operations.md).
    expect(epochOf(path.join(restored, 'cloud.db'))).not.toEqual(epochOf(backupFile));
    expect(epochOf(path.join(restored, 'cloud.db'))).toEqual([{ value: expect.any(String) }]);
    expect(rEvents).toEqual(bEvents);
    expect(rRaw).toEqual(bRaw);
    expect(rProjections).toEqual(bProjections);

    // The restored store serves what the backup held: started with the edges stopped, on the
    // original ports.
    const ports = { http: cloud.httpPort, mqtt: cloud.mqttPort };
    await cloud.kill('SIGTERM');
    for (const e of edges) await e.kill('SIGTERM');
    const again = await CloudProcess.start(restored, [], ports);
    cleanup(() => again.kill('SIGTERM'));
    const stock = bProjections[0] as Array<{ fridge_id: string; gtin: string; available: number }>;
    const availableAgain = async (id: string): Promise<number | undefined> => {
      const r = await again.api<{ stock?: Array<{ gtin: string; available: number }> }>('GET', `/v1/fridges/${id}`, undefined, null);
      return r.body.stock?.find((s) => s.gtin === GTIN)?.available;
    };
    for (const id of fridges) expect(await availableAgain(id)).toBe(stock.find((s) => s.fridge_id === id && s.gtin === GTIN)?.available);

    // The fridges come back. Their outboxes no longer hold what the old cloud acknowledged after
    // the backup, so the restored cloud is behind what it acknowledged: the edge says so
    // (Batch.acknowledged_through), the cloud takes the chain up again, counts the loss and asks
    // for a snapshot, and each fridge's stock equals what is in it; a sale after that arrives.
    for (const [i, id] of fridges.entries()) startEdge(i, id, again.mqttUrl);
    for (const [i, id] of fridges.entries()) {
      const truth = controllers[i]!.controller.tags.size;
      await until(`${id}: stock equals the fridge after the restore (${truth})`, async () => ((await availableAgain(id)) === truth ? true : undefined), 30_000);
    }
    const lostMetric = (await (await fetch(`${again.base}/metrics`)).text()).match(/^ff_cloud_lost_acknowledged_events_total (\d+)/m);
    expect(Number(lostMetric?.[1])).toBeGreaterThan(0);
    const c0 = controllers[0]!.controller;
    const before = c0.tags.size;
    c0.session([...c0.tags].slice(0, 1));
    await until('a sale after the restore arrives', async () => ((await availableAgain(fridges[0]!)) === before - 1 ? true : undefined), 30_000);
  }, 150_000);

  it('refuses to overwrite, says so without a store, and points PostgreSQL to pg_dump (exit 2)', async () => {
    const dir = tmp();
    const existing = path.join(dir, 'exists.db');
    writeFileSync(existing, 'x');
    const noStore = await run(['backup', path.join(dir, 'b.db'), '--data-dir', path.join(dir, 'nothing')]);
    expect(noStore.code).toBe(2);
    expect(noStore.stderr).toMatch(/no event store/);
    expect(existsSync(path.join(dir, 'nothing'))).toBe(false); // a backup never creates a store
    mkdirSync(path.join(dir, 'cloud'));
    const store = new Database(path.join(dir, 'cloud', 'cloud.db'));
    store.exec('CREATE TABLE events (position INTEGER PRIMARY KEY)');
    store.close();
    const over = await run(['backup', existing, '--data-dir', path.join(dir, 'cloud')]);
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/exists/);
    const missing = await run(['backup', '--data-dir', path.join(dir, 'cloud')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/backup file is missing/);
    const pg = await run(['backup', path.join(dir, 'b.db')], { FF_DATABASE_URL: 'postgres://fridge@127.0.0.1/fridge' });
    expect(pg.code).toBe(2);
    expect(pg.stderr).toMatch(/pg_dump/);
  }, 30_000);
});
