// A user's pickup end to end: reserve in the app, open the fridge from the app, take the meal.
// cloud (child) -> UnlockDoor command -> fridge-edge (child) -> $UNLOCK to the controller ->
// DoorUnlocked + door session back -> the reservation is fulfilled, not sold to someone else.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signHs256 } from './http/harness.js';
import { CloudProcess } from '../support/cloud-process.js';
import { EdgeProcess, edgeArgs } from '../../testkit/edge-process.js';
import { TcpControllerServer } from '../../testkit/fake-controller.js';
import { until, useCleanups } from '../support/lifecycle.js';
import { useTmpDirs } from '../support/tmp.js';

const tmp = useTmpDirs();
const cleanup = useCleanups();
const GTIN = '80614141123458';
const tag = (serial: number): string => (BigInt('0x3074257BF7194E4000000000') + BigInt(serial)).toString(16).toUpperCase().padStart(24, '0');


describe('pickup of a reserved meal (system: cloud and edge child processes)', () => {
  it('the meal taken in the door session the user opened from the app fulfils their reservation', async () => {
    const dir = tmp();
    const cloud = await CloudProcess.start(path.join(dir, 'cloud'));
    cleanup(() => cloud.kill('SIGTERM'));
    const pw = await cloud.registerFridge('fr-u', 'mitte');
    writeFileSync(path.join(dir, 'pw'), pw);
    await cloud.api('PUT', `/v1/meals/${GTIN}`, { name: 'Lasagna' });
    await cloud.api('POST', '/v1/tags', { tags: [1, 2, 3].map((s) => ({ epc: tag(s) })) });
    const ctl = await TcpControllerServer.start();
    cleanup(() => ctl.close());
    for (const s of [1, 2, 3]) ctl.controller.tags.add(tag(s));
    const edge = EdgeProcess.spawn(edgeArgs({ fridgeId: 'fr-u', district: 'mitte', serial: ctl.url, mqtt: cloud.mqttUrl, dataDir: path.join(dir, 'edge'), extra: ['--password-file', path.join(dir, 'pw')] }));
    cleanup(() => edge.kill());
    await until('stock', async () => ((await cloud.api<{ stock: Array<{ available: number }> }>('GET', '/v1/fridges/fr-u', undefined, null)).body.stock[0]?.available === 3 ? true : undefined));

    const secret = readFileSync(path.join(dir, 'cloud', 'jwt-secret'), 'utf8').trim();
    const token = signHs256({ sub: 'u-1', exp: Math.floor(Date.now() / 1000) + 600 }, secret);
    const as = async <T>(method: string, p: string, body?: unknown) => {
      const res = await fetch(cloud.base + p, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) });
      return { status: res.status, body: (await res.json()) as T };
    };
    const r = await as<{ id: string }>('POST', '/v1/reservations', { fridge_id: 'fr-u', gtin: GTIN, user_id: 'u-1', quantity: 1 });
    expect(r.status).toBe(201);

    const open = await as<{ command_id: string }>('POST', '/v1/fridges/fr-u/open', { seconds: 20 });
    expect(open.status).toBe(202);
    await until('the controller is told to unlock', async () => (ctl.controller.received.some((l) => l.startsWith('$UNLOCK,20*')) ? true : undefined));
    type Ev = { type: string; userId?: string; reservationId?: string; reason?: string; onHand?: number; available?: number };
    const events = async () => (await cloud.api<{ events: Ev[] }>('GET', '/v1/events?after=0&limit=1000')).body.events;
    await until('the unlock is attributed', async () => ((await events()).some((e) => e.type === 'DoorOpenedBy' && e.userId === 'u-1') ? true : undefined));

    ctl.controller.session([tag(2)]);
    const all = await until('reservation fulfilled', async () => {
      const ev = await events();
      return ev.some((e) => e.type === 'ReservationFulfilled' && e.reservationId === r.body.id) ? ev : undefined;
    });
    const stock = all.filter((e) => e.type === 'MealStockUpdated').pop();
    expect(stock).toMatchObject({ reason: 'pickup', onHand: 2, available: 2 });
    expect(all.some((e) => e.type === 'StockDiscrepancy')).toBe(false);
  }, 60_000);
});
