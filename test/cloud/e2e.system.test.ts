// End to end with real processes: controller lines on a socat PTY -> fridge-edge child ->
// embedded aedes in a fridge-cloud child -> projections read over HTTP.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CloudProcess } from '../support/cloud-process.js';
import { EdgeProcess, edgeArgs } from '../../testkit/edge-process.js';
import { ptyController } from '../../testkit/fake-controller.js';
import { hasSocat } from '../../testkit/socat.js';
import { useTmpDirs } from '../support/tmp.js';
import { useCleanups } from '../support/lifecycle.js';

const tmp = useTmpDirs();
const cleanup = useCleanups();

// SGTIN-96 tags of one meal (GTIN 80614141123458), serials 1..n.
const GTIN = '80614141123458';
const tag = (serial: number): string => (BigInt('0x3074257BF7194E4000000000') + BigInt(serial)).toString(16).toUpperCase().padStart(24, '0');

describe.skipIf(!hasSocat() && process.env.CI === undefined)('end to end (system: PTY, fridge-edge, fridge-cloud with embedded broker, HTTP)', () => {
  it('a door session that removes two meals lowers available by two; overlapping shoppers are one session and two sales', async () => {
    const dir = tmp();
    const cloud = await CloudProcess.start(path.join(dir, 'cloud'));
    cleanup(() => cloud.kill('SIGTERM'));
    const password = await cloud.registerFridge('fr-e2e', 'mitte');
    writeFileSync(path.join(dir, 'pw'), password);
    expect((await cloud.api('PUT', `/v1/meals/${GTIN}`, { name: 'Lasagna', nominal_weight_g: 400, nutrition: { kcal: 640 } })).status).toBe(200);
    const reg = await cloud.api('POST', '/v1/tags', { tags: [1, 2, 3, 4, 5].map((s) => ({ epc: tag(s), best_before: new Date(Date.now() + 3 * 86_400_000).toISOString() })) });
    expect(reg.status).toBe(201);

    const { controller: ctl, edgeDevice } = await ptyController(dir, cleanup);
    for (let s = 1; s <= 5; s++) ctl.tags.add(tag(s));

    const edge = EdgeProcess.spawn(edgeArgs({ fridgeId: 'fr-e2e', district: 'mitte', serial: edgeDevice, mqtt: cloud.mqttUrl, dataDir: path.join(dir, 'edge-data'), extra: ['--password-file', path.join(dir, 'pw')] }));
    cleanup(() => edge.kill());

    const before = await cloud.waitForFridge('fr-e2e', (v) => v.online && v.stock.some((s) => s.gtin === GTIN && s.available === 5));
    expect(before.stale).toBe(false);
    ctl.session([tag(2), tag(4)]);
    const after = await cloud.waitForFridge('fr-e2e', (v) => v.stock.some((s) => s.gtin === GTIN && s.available === 3));
    expect(after.stock.find((s) => s.gtin === GTIN)).toMatchObject({ on_hand: 3, reserved: 0, available: 3 });

    // The sale is in the event store as MealStockUpdated with reason sale.
    const ev = await cloud.api<{ events: Array<{ type: string; reason?: string; delta?: number }> }>('GET', '/v1/events?after=0&limit=1000');
    expect(ev.body.events.some((e) => e.type === 'MealStockUpdated' && e.reason === 'sale' && e.delta === -2)).toBe(true);

    // Two shoppers back to back: the second opens the door before the first session's rounds
    // settled it, so the edge records one door session (openCount 2). Both meals are sales, in
    // one MealStockUpdated with delta -2: sales are counted in meals (deltas, or the removed
    // items of FridgeInventoryChanged), never in MealStockUpdated events.
    ctl.session([tag(1)]);
    ctl.session([tag(3)]);
    await cloud.waitForFridge('fr-e2e', (v) => v.stock.some((s) => s.gtin === GTIN && s.available === 1));
    const all = await cloud.api<{ events: Array<{ position: number; type: string; reason?: string; delta?: number; removed?: Array<{ epc: string; reason: string }> }> }>('GET', '/v1/events?after=0&limit=1000');
    const sales = all.body.events.filter((e) => e.type === 'MealStockUpdated' && e.reason === 'sale');
    expect(sales.map((e) => e.delta)).toEqual([-2, -2]);
    const removed = all.body.events.filter((e) => e.type === 'FridgeInventoryChanged').flatMap((e) => e.removed ?? []);
    expect(removed.filter((r) => r.reason === 'sale').map((r) => r.epc).sort()).toEqual([tag(1), tag(2), tag(3), tag(4)].sort());
  }, 90_000);
});
