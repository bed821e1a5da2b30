// Issue 11 item 1 with real processes and a real clock offset: a fridge-edge child whose wall
// clock reads 1970 (a controller without RTC battery after a power loss) sells meals through a
// fridge-cloud child with the right time. Its events are kept and applied; stock equals truth.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CloudProcess } from '../support/cloud-process.js';
import { EDGE_NODE_OPTIONS, EdgeProcess, edgeArgs } from '../../testkit/edge-process.js';
import { ptyController } from '../../testkit/fake-controller.js';
import { hasSocat } from '../../testkit/socat.js';
import { useTmpDirs } from '../support/tmp.js';
import { useCleanups } from '../support/lifecycle.js';

const tmp = useTmpDirs();
const cleanup = useCleanups();
const CLOCK_OFFSET = path.join(path.dirname(fileURLToPath(import.meta.url)), '../support/clock-offset.mjs');

const GTIN = '80614141123458';
const tag = (serial: number): string => (BigInt('0x3074257BF7194E4000000000') + BigInt(serial)).toString(16).toUpperCase().padStart(24, '0');

describe.skipIf(!hasSocat() && process.env.CI === undefined)('edge clock at 1970 (system: PTY, fridge-edge with a shifted clock, fridge-cloud)', () => {
  it('records the sales of an edge whose clock reads 1970: stock equals truth, the times are flagged and counted', async () => {
    const dir = tmp();
    const cloud = await CloudProcess.start(path.join(dir, 'cloud'));
    cleanup(() => cloud.kill('SIGTERM'));
    const password = await cloud.registerFridge('fr-1970', 'mitte');
    writeFileSync(path.join(dir, 'pw'), password);
    const reg = await cloud.api('POST', '/v1/tags', { tags: [1, 2, 3, 4, 5].map((s) => ({ epc: tag(s), best_before: new Date(Date.now() + 3 * 86_400_000).toISOString() })) });
    expect(reg.status).toBe(201);

    const { controller: ctl, edgeDevice } = await ptyController(dir, cleanup);
    for (let s = 1; s <= 5; s++) ctl.tags.add(tag(s));

    // The edge's wall clock: 1970-01-02, running.
    const offset = 86_400_000 - Date.now();
    const edge = EdgeProcess.spawn(edgeArgs({ fridgeId: 'fr-1970', district: 'mitte', serial: edgeDevice, mqtt: cloud.mqttUrl, dataDir: path.join(dir, 'edge-data'), extra: ['--password-file', path.join(dir, 'pw')] }), {
      NODE_OPTIONS: `${EDGE_NODE_OPTIONS} --import ${CLOCK_OFFSET}`,
      FF_TEST_CLOCK_OFFSET_MS: String(offset),
    });
    cleanup(() => edge.kill());
    // The edge really runs in 1970 (its log lines carry its clock).
    const started = await edge.waitForLog((l) => l.msg === 'edge agent starting');
    expect(started.time as number).toBeLessThan(2 * 86_400_000);

    await cloud.waitForFridge('fr-1970', (v) => v.online && v.stock.some((s) => s.gtin === GTIN && s.available === 5));
    ctl.session([tag(2), tag(4)]);
    const after = await cloud.waitForFridge('fr-1970', (v) => v.stock.some((s) => s.gtin === GTIN && s.available === 3));
    expect(after.stock.find((s) => s.gtin === GTIN)).toMatchObject({ on_hand: 3, reserved: 0, available: 3 });

    const ev = await cloud.api<{ events: Array<{ type: string; reason?: string; delta?: number; at: string | number }> }>('GET', '/v1/events?after=0&limit=1000');
    expect(ev.body.events.some((e) => e.type === 'MealStockUpdated' && e.reason === 'sale' && e.delta === -2)).toBe(true);
    const metrics = await (await fetch(`${cloud.base}/metrics`)).text();
    expect(Number(/^ff_cloud_suspect_timestamps_total\{reason="before_min"\} (\d+)/m.exec(metrics)?.[1] ?? 0)).toBeGreaterThan(0);
    expect(metrics).not.toMatch(/^ff_cloud_rejects_total\{reason="timestamp"\}/m);
  }, 90_000);
});
