// Reservations against a real fridge-cloud app: user tokens, holds that change the projections
// and the event store, cancel and expiry, and atomicity under 200 concurrent requests.
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../cloud/domain/index.js';
import { ADMIN, LASAGNA, SALAD, signHs256, useCloud, type Cloud } from './harness.js';

const start = useCloud();
const startTicking = useCloud(['--tick-s', '1']);
const HERE = { lat: 52.52, lon: 13.405 };

interface Reservation {
  id: string;
  fridge_id: string;
  gtin: string;
  user_id: string;
  quantity: number;
  expires_at: string;
  expires_at_ms: number;
}
interface Err {
  error: string;
  message: string;
}

const events = async (cloud: Cloud, type?: DomainEvent['type']): Promise<DomainEvent[]> =>
  (await cloud.app.store.eventsAfter(0, 100_000)).map((e) => e.event).filter((e) => type === undefined || e.type === type);
const stock = async (cloud: Cloud, fridgeId: string, gtin: string) => (await cloud.app.store.stockOf(fridgeId)).find((s) => s.gtin === gtin);
const reserve = (cloud: Cloud, user: string, body: Record<string, unknown>, token: string | null = cloud.token(user)) =>
  cloud.api<Reservation & Err>('POST', '/v1/reservations', { token, body: { fridge_id: 'f1', gtin: LASAGNA, user_id: user, ...body } });

async function oneFridge(start: () => Promise<Cloud>, lasagnas = 3): Promise<Cloud> {
  const cloud = await start();
  await cloud.meal(LASAGNA, { name: 'Lasagna' });
  await cloud.fridge('f1', 'mitte', HERE, { [LASAGNA]: lasagnas, [SALAD]: 1 });
  return cloud;
}

describe('reservations (integration: real app, HTTP, event store)', () => {
  it('holds meals for the user: 201 with id and expiry, reserved/available change, MealStockReserved is stored', async () => {
    const cloud = await oneFridge(start);
    const before = Date.now();
    const r = await reserve(cloud, 'ann', { quantity: 2 });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ fridge_id: 'f1', gtin: LASAGNA, user_id: 'ann', quantity: 2 });
    expect(r.headers.get('location')).toBe(`/v1/reservations/${r.body.id}`);
    // Default hold: 15 minutes (--reservation-minutes).
    expect(r.body.expires_at_ms - before).toBeGreaterThanOrEqual(15 * 60_000);
    expect(r.body.expires_at_ms - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expect(Date.parse(r.body.expires_at)).toBe(r.body.expires_at_ms);
    expect(await stock(cloud, 'f1', LASAGNA)).toMatchObject({ onHand: 3, reserved: 2, available: 1 });
    expect(await events(cloud, 'MealStockReserved')).toEqual([expect.objectContaining({ reservationId: r.body.id, fridgeId: 'f1', gtin: LASAGNA, userId: 'ann', quantity: 2, expiresAtMs: r.body.expires_at_ms })]);
    const view = await cloud.api<{ stock: Array<{ gtin: string; reserved: number; available: number }> }>('GET', '/v1/fridges/f1');
    expect(view.body.stock.find((s) => s.gtin === LASAGNA)).toMatchObject({ reserved: 2, available: 1 });

    // Not enough left: 409, and nothing changes.
    const no = await reserve(cloud, 'bob', { quantity: 2 }, cloud.token('bob'));
    expect(no.status).toBe(409);
    expect(no.body.error).toBe('FF_ERR_RESERVATION_INSUFFICIENT');
    expect(no.body.message).toMatch(/1 of 09506000134352 available in f1, 2 asked/);
    expect(await events(cloud, 'MealStockReserved')).toHaveLength(1);
    // A GTIN that names no meal: not registered, never stocked here (issue 11 item 17).
    const unknown = await reserve(cloud, 'bob', { gtin: '00000000000017' }, cloud.token('bob'));
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('FF_ERR_RESERVATION_UNKNOWN_MEAL');
  });

  it('needs a valid user token whose subject is the user_id', async () => {
    const cloud = await oneFridge(start);
    const now = Math.floor(Date.now() / 1000);
    const expect401 = async (token: string | null, code: string): Promise<void> => {
      const r = await reserve(cloud, 'ann', {}, token);
      expect(r.status).toBe(401);
      expect(r.body.error).toBe(code);
    };
    await expect401(null, 'FF_ERR_USER_TOKEN_MISSING');
    await expect401(signHs256({ sub: 'ann', exp: now + 60 }, 'some other secret'), 'FF_ERR_USER_TOKEN_INVALID');
    await expect401(cloud.token('ann', { exp: now - 10 }), 'FF_ERR_USER_TOKEN_INVALID');
    await expect401(signHs256({ sub: 'ann' }, '', { alg: 'none', typ: 'JWT' }).replace(/[^.]+$/, ''), 'FF_ERR_USER_TOKEN_INVALID');
    await expect401(cloud.token('', {}), 'FF_ERR_USER_TOKEN_INVALID');
    await expect401(ADMIN, 'FF_ERR_USER_TOKEN_INVALID'); // the admin token reserves for nobody
    const other = await reserve(cloud, 'ann', {}, cloud.token('mallory'));
    expect(other.status).toBe(403);
    expect(other.body.error).toBe('FF_ERR_USER_MISMATCH');
    expect(await events(cloud, 'MealStockReserved')).toHaveLength(0);
    expect((await reserve(cloud, 'ann', {})).status).toBe(201);
  });

  it('validates the request and refuses unknown and offline fridges', async () => {
    const cloud = await start();
    const f = await cloud.fridge('f1', 'mitte', HERE, { [LASAGNA]: 2 });
    const bad = async (body: Record<string, unknown>, re: RegExp): Promise<void> => {
      const r = await reserve(cloud, 'ann', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.message).toMatch(re);
    };
    await bad({ quantity: 0 }, /body\.quantity must be >= 1/);
    await bad({ quantity: 1.5 }, /body\.quantity must be integer/);
    await bad({ gtin: '123' }, /body\.gtin must match pattern/);
    await bad({ fridge_id: undefined }, /fridge_id is required/);
    expect((await reserve(cloud, 'ann', { fridge_id: 'nope' })).status).toBe(404);
    await f.offline();
    const stale = await reserve(cloud, 'ann', {});
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('FF_ERR_RESERVATION_FRIDGE_STALE');
  });

  it('cancels: only the owner (403 for others), by_user or payment_failed, or the order service with the admin token', async () => {
    const cloud = await oneFridge(start);
    const r1 = (await reserve(cloud, 'ann', { quantity: 2 })).body;
    const bob = cloud.token('bob');
    const denied = await cloud.api<Err>('DELETE', `/v1/reservations/${r1.id}`, { token: bob });
    expect(denied.status).toBe(403);
    expect(denied.body.error).toBe('FF_ERR_RESERVATION_NOT_OWNER');
    expect((await cloud.api('DELETE', `/v1/reservations/${r1.id}`)).status).toBe(401);
    const ok = await cloud.api('DELETE', `/v1/reservations/${r1.id}`, { token: cloud.token('ann') });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ id: r1.id, canceled: true, reason: 'by_user', released: 2 });
    expect(await stock(cloud, 'f1', LASAGNA)).toMatchObject({ reserved: 0, available: 3 });
    expect((await cloud.api<Err>('DELETE', `/v1/reservations/${r1.id}`, { token: cloud.token('ann') })).body.error).toBe('FF_ERR_RESERVATION_UNKNOWN');

    // The purchase check failed: the owner's app (or the order service with the owner's token) says why.
    const r2 = (await reserve(cloud, 'ann', {})).body;
    expect((await cloud.api('DELETE', `/v1/reservations/${r2.id}?reason=payment_failed`, { token: cloud.token('ann') })).body).toMatchObject({ reason: 'payment_failed', released: 1 });
    // ... or the order service with the admin token, without knowing the owner.
    const r3 = (await reserve(cloud, 'ann', {})).body;
    expect((await cloud.api('DELETE', `/v1/reservations/${r3.id}?reason=payment_failed`, { token: ADMIN })).body).toMatchObject({ reason: 'payment_failed', released: 1 });
    expect((await cloud.api('DELETE', `/v1/reservations/${r3.id}`, { token: ADMIN })).status).toBe(404);

    expect((await events(cloud, 'MealStockCanceled')).map((e) => e.type === 'MealStockCanceled' && [e.reservationId, e.reason, e.quantity])).toEqual([
      [r1.id, 'by_user', 2],
      [r2.id, 'payment_failed', 1],
      [r3.id, 'payment_failed', 1],
    ]);
    expect(await stock(cloud, 'f1', LASAGNA)).toMatchObject({ reserved: 0, available: 3 });
    const ann = cloud.token('ann');
    expect((await cloud.api<Err>('DELETE', `/v1/reservations/${r1.id}?reason=stolen`, { token: ann })).body.message).toMatch(/reason must be one of by_user, payment_failed/);
    expect((await cloud.api('DELETE', '/v1/reservations/not-an-id', { token: ann })).status).toBe(400);
    expect((await cloud.api('DELETE', '/v1/reservations/elsewhere.6f1c2a9e-3a0b-4c55-9d7e-0a1b2c3d4e5f', { token: ann })).status).toBe(404);
  });

  it('releases an expired reservation by itself (the ingest tick), and it can no longer be canceled', async () => {
    const cloud = await oneFridge(startTicking, 1);
    const r = (await reserve(cloud, 'ann', {})).body;
    expect(await stock(cloud, 'f1', LASAGNA)).toMatchObject({ reserved: 1, available: 0 });
    expect((await reserve(cloud, 'bob', {}, cloud.token('bob'))).status).toBe(409);
    cloud.clock.advance(15 * 60_000 + 1_000);
    for (let i = 0; i < 100 && (await stock(cloud, 'f1', LASAGNA))?.reserved !== 0; i++) await new Promise((res) => setTimeout(res, 50));
    expect(await stock(cloud, 'f1', LASAGNA)).toMatchObject({ reserved: 0, available: 1 });
    expect(await events(cloud, 'MealStockCanceled')).toEqual([expect.objectContaining({ reservationId: r.id, reason: 'expired', quantity: 1 })]);
    expect((await cloud.api('DELETE', `/v1/reservations/${r.id}`, { token: cloud.token('ann') })).status).toBe(404);
    expect((await reserve(cloud, 'bob', {}, cloud.token('bob'))).status).toBe(201);
  });

  it('is atomic: 200 concurrent reservations at a fridge holding 10, exactly 10 succeed, available never below zero, the event store agrees', async () => {
    const cloud = await oneFridge(start, 10);
    const users = Array.from({ length: 200 }, (_, i) => `user-${i}`);
    const tokens = users.map((u) => cloud.token(u));
    const from = await cloud.app.store.lastPosition();
    const replies = await Promise.all(users.map((u, i) => reserve(cloud, u, { quantity: 1 }, tokens[i]!)));
    const codes = replies.map((r) => r.status);
    expect(codes.filter((c) => c === 201)).toHaveLength(10);
    expect(codes.filter((c) => c === 409)).toHaveLength(190);
    expect(replies.filter((r) => r.status === 409).every((r) => r.body.error === 'FF_ERR_RESERVATION_INSUFFICIENT')).toBe(true);
    expect(new Set(replies.filter((r) => r.status === 201).map((r) => r.body.id)).size).toBe(10);

    expect(await stock(cloud, 'f1', LASAGNA)).toEqual({ fridgeId: 'f1', gtin: LASAGNA, onHand: 10, reserved: 10, available: 0 });
    const after = (await cloud.app.store.eventsAfter(from, 100_000)).map((e) => e.event);
    const reserved = after.filter((e) => e.type === 'MealStockReserved');
    expect(reserved).toHaveLength(10);
    expect(new Set(reserved.map((e) => e.type === 'MealStockReserved' && e.userId))).toEqual(new Set(replies.filter((r) => r.status === 201).map((r) => r.body.user_id)));
    const updates = after.filter((e) => e.type === 'MealStockUpdated' && e.gtin === LASAGNA);
    expect(updates).toHaveLength(10);
    for (const e of updates) if (e.type === 'MealStockUpdated') expect(e.available).toBeGreaterThanOrEqual(0);
    expect(updates.map((e) => e.type === 'MealStockUpdated' && e.available)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    // The projections agree with a rebuild from the events.
    const live = await cloud.app.store.allStock();
    await cloud.app.store.rebuildProjections();
    expect((await cloud.app.store.allStock())).toEqual(live);
  });
});
