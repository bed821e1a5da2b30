// Issue 11 item 2 with real processes: fridge-edge killed with SIGKILL while shoppers use the
// fridge, a fridge-cloud child (embedded broker, SQLite) counting the stock, a scripted FCP/1
// controller on a TCP serial line. The cloud's stock must equal what is in the fridge, what
// left while the edge was down must never be charged to the next shopper, and a snapshot the
// cloud asks for must put the stock right.
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fridgeV1, SnapshotReason } from '../../proto/index.js';
import { CloudProcess } from '../support/cloud-process.js';
import { EdgeProcess, edgeArgs, edgeMetrics } from '../../testkit/edge-process.js';
import { TcpControllerServer } from '../../testkit/fake-controller.js';
import { useTmpDirs } from '../support/tmp.js';
import { until, useCleanups } from '../support/lifecycle.js';

const tmp = useTmpDirs();
const cleanup = useCleanups();

const GTIN = '80614141123458';
const tag = (serial: number): string => (BigInt('0x3074257BF7194E4000000000') + BigInt(serial)).toString(16).toUpperCase().padStart(24, '0');
const FRIDGE = 'fr-r';

interface FridgeView {
  online: boolean;
  stock: Array<{ gtin: string; on_hand: number; available: number }>;
}
interface DomainEventRow {
  type: string;
  fridgeId?: string;
  cause?: string;
  reason?: string;
  delta?: number;
  removed?: Array<{ epc: string; reason: string }>;
}

async function onHand(cloud: CloudProcess): Promise<number> {
  const v = (await cloud.api<FridgeView>('GET', `/v1/fridges/${FRIDGE}`, undefined, null)).body;
  return v.stock.find((s) => s.gtin === GTIN)?.on_hand ?? 0;
}

async function waitOnHand(cloud: CloudProcess, n: number, what: string, timeoutMs = 30_000): Promise<void> {
  let last = -1;
  await until(`${what}: on_hand ${n}`, async () => ((last = await onHand(cloud)) === n ? true : undefined), timeoutMs).catch((err: Error) => {
    throw new Error(`${err.message} (cloud says ${last})`);
  });
}

async function events(cloud: CloudProcess): Promise<DomainEventRow[]> {
  return (await cloud.api<{ events: DomainEventRow[] }>('GET', '/v1/events?after=0&limit=1000')).body.events.filter((e) => e.fridgeId === FRIDGE);
}

async function counter(edge: EdgeProcess, name: string, label: string): Promise<number> {
  const m = new RegExp(`${name}\\{${label}\\} (\\d+)`).exec(await edgeMetrics(edge));
  return Number(m?.[1] ?? 0);
}

/** A registered fridge with 8 meals in the cloud, a controller holding them, and its edge. */
async function setup() {
  const dir = tmp();
  const cloud = await CloudProcess.start(path.join(dir, 'cloud'));
  cleanup(() => cloud.kill());
  const pwFile = path.join(dir, 'pw');
  writeFileSync(pwFile, await cloud.registerFridge(FRIDGE, 'mitte'));
  expect((await cloud.api('PUT', `/v1/meals/${GTIN}`, { name: 'Lasagna' })).status).toBe(200);
  const tags = Array.from({ length: 8 }, (_, i) => tag(i + 1));
  const bestBefore = new Date(Date.now() + 3 * 86_400_000).toISOString();
  expect((await cloud.api('POST', '/v1/tags', { tags: tags.map((epc) => ({ epc, best_before: bestBefore })) })).status).toBe(201);
  const ctl = await TcpControllerServer.start();
  cleanup(() => ctl.close());
  for (const t of tags) ctl.controller.tags.add(t);
  const edgeDir = path.join(dir, 'edge');
  const startEdge = (): EdgeProcess => {
    const e = EdgeProcess.spawn(edgeArgs({ fridgeId: FRIDGE, district: 'mitte', serial: ctl.url, mqtt: cloud.mqttUrl, dataDir: edgeDir, extra: ['--password-file', pwFile, '--health-port', '0'] }));
    cleanup(() => e.kill());
    return e;
  };
  const killEdge = async (e: EdgeProcess): Promise<void> => {
    await e.kill('SIGKILL');
    await until('controller link closed', async () => (ctl.connected ? undefined : true), 10_000, 20);
  };
  const edge = startEdge();
  await waitOnHand(cloud, 8, 'startup', 60_000);
  return { cloud, ctl, tags, edge, startEdge, killEdge, cloudDb: path.join(dir, 'cloud', 'cloud.db') };
}

describe('edge restart and door sessions it could not see (system: SIGKILL, fridge-edge and fridge-cloud children, issue 11 item 2)', () => {
  it('keeps the cloud\'s stock equal to the fridge through a session while the edge was down and a door open at its start; the next shopper is charged with their meal only', async () => {
    const s = await setup();
    const { cloud, ctl, tags } = s;

    // 1. A whole door session while the edge is down: OPEN, a meal taken, CLOSED, the
    //    controller's own round, all written to nobody.
    await s.killEdge(s.edge);
    ctl.controller.session([tags[0]!]);
    let edge = s.startEdge();
    await waitOnHand(cloud, 7, 'session while the edge was down');

    // 2. The door is opened while the edge is down and is still open when it starts: its first
    //    round sees the meal still inside; the shopper then takes it and closes the door (a
    //    CLOSED without a known OPEN).
    await s.killEdge(edge);
    ctl.controller.send('DOOR,OPEN,1000');
    edge = s.startEdge();
    const restarted = edge;
    await until('startup snapshot of the restarted edge', async () => ((await counter(restarted, 'ff_edge_events_recorded_total', 'kind="snapshot"')) > 0 ? true : undefined), 20_000);
    ctl.controller.tags.delete(tags[1]!);
    ctl.controller.send('DOOR,CLOSED,2000');
    setTimeout(() => ctl.controller.round(), 20);
    await waitOnHand(cloud, 6, 'door open at start, closed after the meal was taken');

    // The next shopper takes one meal: their session holds that meal only, one sale.
    ctl.controller.session([tags[2]!]);
    await waitOnHand(cloud, 5, 'next shopper');
    expect(await onHand(cloud)).toBe(ctl.controller.tags.size);
    const evs = await events(cloud);
    const sessions = evs.filter((e) => e.type === 'FridgeInventoryChanged' && e.cause === 'door_session');
    expect(sessions.map((x) => (x.removed ?? []).map((r) => `${r.epc}:${r.reason}`))).toEqual([[`${tags[2]!}:sale`]]);
    expect(evs.filter((e) => e.type === 'MealStockUpdated' && e.reason === 'sale').map((e) => e.delta)).toEqual([-1]);
    // What left unseen left as a loss, never as a sale.
    const losses = evs.filter((e) => e.type === 'FridgeInventoryChanged' && e.cause !== 'door_session').flatMap((e) => (e.removed ?? []).map((r) => r.epc));
    expect(losses.sort()).toEqual([tags[0]!, tags[1]!].sort());
  }, 120_000);

  it('a snapshot asked by the cloud takes out a meal that vanished with no door session seen', async () => {
    const s = await setup();
    const { cloud, ctl, tags, edge } = s;
    // A meal vanishes with no door line at all (a lost OPEN/CLOSED); the controller's own
    // round misses it once: a misread until a later round confirms it. The edge's own requests
    // go unanswered meanwhile: a snapshot still wanted from its start (or the cloud's first
    // contact) would otherwise ask for the confirming round itself.
    ctl.controller.answerScanRequests = false;
    ctl.controller.tags.delete(tags[3]!);
    const ends = await counter(edge, 'ff_edge_serial_lines_total', 'type="SCAN_END"');
    ctl.controller.round();
    await until('the round seen by the edge', async () => ((await counter(edge, 'ff_edge_serial_lines_total', 'type="SCAN_END"')) > ends ? true : undefined), 10_000);
    expect(await onHand(cloud)).toBe(8);
    // The snapshot the cloud asks for is the stock truth.
    ctl.controller.answerScanRequests = true;
    const asked = await cloud.api<{ command_id: string }>('POST', `/v1/fridges/${FRIDGE}/snapshot`);
    expect(asked.status).toBe(202);
    await waitOnHand(cloud, 7, 'requested snapshot');
    const evs = await events(cloud);
    expect(evs.some((e) => e.type === 'StockDiscrepancy')).toBe(true);
    expect(evs.filter((e) => e.type === 'MealStockUpdated' && e.reason === 'sale')).toEqual([]);
    // DESIGN.md property 9: it is the snapshot this command asked for (REQUESTED, its command
    // id), as the fridge sent it and the cloud stored it, not one the edge or the cloud's first
    // contact wanted anyway.
    const db = new Database(s.cloudDb, { readonly: true });
    const raw = db.prepare<[string], { payload: Buffer }>('SELECT payload FROM fridge_events WHERE fridge_id = ? ORDER BY seq').all(FRIDGE);
    db.close();
    const requested = raw.map((r) => fridgeV1.FridgeEvent.decode(r.payload).snapshot).filter((x) => x?.reason === SnapshotReason.REQUESTED);
    expect(requested.map((x) => x?.commandId)).toContain(asked.body.command_id);
  }, 120_000);
});
