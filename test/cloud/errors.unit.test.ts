// Every error the HTTP API answers has its code in cloud/errors.ts (issue 11 item 17), and
// errorAnswer maps what fastify raises itself into that shape.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ApiError, ERRORS, errorAnswer, errorBody, FEED_UPGRADE_REQUIRED, REJECTIONS, rejectionError } from '../../cloud/errors.js';
import { FEED_ERRORS } from '../../cloud/feed/index.js';

const CLOUD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cloud');
const codesIn = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/FF_ERR_[A-Z_]+/g)].map((m) => m[0]);
const tsIn = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));

describe('error codes (unit)', () => {
  it('names only codes of cloud/errors.ts in the HTTP API, and of FEED_ERRORS besides in the feed', () => {
    for (const file of [...tsIn(path.join(CLOUD, 'http')), path.join(CLOUD, 'app.ts'), path.join(CLOUD, 'feed/index.ts')]) {
      for (const code of codesIn(file)) expect(Object.keys(ERRORS), `${code} in ${path.relative(CLOUD, file)}`).toContain(code);
    }
    for (const file of tsIn(path.join(CLOUD, 'feed'))) {
      for (const code of codesIn(file)) expect([...Object.keys(ERRORS), ...Object.keys(FEED_ERRORS)], `${code} in ${path.relative(CLOUD, file)}`).toContain(code);
    }
  });

  it("maps fastify's own refusals, validation errors, other client errors and bugs", () => {
    const fst = (code: string, statusCode: number, message = 'x') => Object.assign(new Error(message), { code, statusCode });
    expect(errorAnswer(fst('FST_ERR_CTP_BODY_TOO_LARGE', 413))).toMatchObject({ status: 413, body: { error: 'FF_ERR_HTTP_BODY_TOO_LARGE' }, internal: false });
    expect(errorAnswer(fst('FST_ERR_CTP_INVALID_MEDIA_TYPE', 415))).toMatchObject({ status: 415, body: { error: 'FF_ERR_HTTP_MEDIA_TYPE' } });
    expect(errorAnswer(fst('FST_ERR_CTP_INVALID_JSON_BODY', 400))).toMatchObject({ status: 400, body: { error: 'FF_ERR_HTTP_MALFORMED_BODY' } });
    expect(errorAnswer(fst('FST_ERR_BAD_URL', 400))).toMatchObject({ status: 400, body: { error: 'FF_ERR_HTTP_BAD_URL' } });
    expect(errorAnswer(Object.assign(new Error('body.quantity must be integer'), { validation: [], statusCode: 400 }))).toMatchObject({ status: 400, body: { error: 'FF_ERR_VALIDATION', message: 'body.quantity must be integer' }, validation: true });
    expect(errorAnswer(fst('SOME_PLUGIN', 429, 'slow down'))).toMatchObject({ status: 429, body: { error: 'FF_ERR_HTTP_REFUSED', message: 'slow down' } });
    expect(errorAnswer(new ApiError('FF_ERR_NOT_OWNER', 'd1', { owner_url: 'http://b' }))).toMatchObject({ status: 421, body: { error: 'FF_ERR_NOT_OWNER', owner_url: 'http://b' } });
    const bug = errorAnswer(new TypeError('x is undefined'));
    expect(bug).toMatchObject({ status: 500, body: { error: 'FF_ERR_INTERNAL', message: 'internal error' }, internal: true });
  });
});

// Issue 15 item 4: which API error a rejection by the stock rules answers is one table
// (REJECTIONS), not an if-chain in each route; the routes' answers stay what they were.
describe('rejections (unit)', () => {
  const answer = (e: ApiError) => ({ code: e.code, status: e.statusCode, message: e.message });

  it('answers the reservation rejections with their own codes and the detail', () => {
    expect(answer(rejectionError('ReserveMeal', 'insufficient_stock', '0 of x available'))).toEqual({ code: 'FF_ERR_RESERVATION_INSUFFICIENT', status: 409, message: `${ERRORS.FF_ERR_RESERVATION_INSUFFICIENT.message}: 0 of x available` });
    expect(answer(rejectionError('ReserveMeal', 'fridge_offline', 'f1'))).toMatchObject({ code: 'FF_ERR_RESERVATION_FRIDGE_STALE', status: 409 });
    // Registered but never seen by the ingest, so never online either.
    expect(answer(rejectionError('ReserveMeal', 'unknown_fridge', 'f1'))).toMatchObject({ code: 'FF_ERR_RESERVATION_FRIDGE_STALE' });
    expect(answer(rejectionError('RequestDoorUnlock', 'fridge_offline', 'f1'))).toMatchObject({ code: 'FF_ERR_RESERVATION_FRIDGE_STALE' });
    expect(answer(rejectionError('CancelReservation', 'not_owner', 'r1'))).toMatchObject({ code: 'FF_ERR_RESERVATION_NOT_OWNER', status: 403 });
    expect(answer(rejectionError('CancelReservation', 'unknown_reservation', 'r1'))).toMatchObject({ code: 'FF_ERR_RESERVATION_UNKNOWN', status: 404 });
  });

  it('answers any other rejection FF_ERR_DOMAIN_REJECTED naming the reason, whatever it is for another command', () => {
    expect(answer(rejectionError('ClearTemperatureExcursion', 'unknown_fridge', 'f1'))).toEqual({ code: 'FF_ERR_DOMAIN_REJECTED', status: 409, message: `${ERRORS.FF_ERR_DOMAIN_REJECTED.message}: unknown_fridge` });
    expect(answer(rejectionError('ClearTemperatureExcursion', 'no_active_excursion', 'f1'))).toMatchObject({ code: 'FF_ERR_DOMAIN_REJECTED', message: expect.stringMatching(/no_active_excursion$/) });
    expect(answer(rejectionError('ReserveMeal', 'invalid_quantity', 'f1'))).toMatchObject({ code: 'FF_ERR_DOMAIN_REJECTED' });
  });

  it('maps only to codes of ERRORS', () => {
    for (const byReason of Object.values(REJECTIONS)) for (const code of Object.values(byReason)) expect(Object.keys(ERRORS)).toContain(code);
  });

  it('keeps the bodies it answers outside a route in the same shape', () => {
    expect(errorBody('FF_ERR_STORE_UNAVAILABLE')).toEqual({ error: 'FF_ERR_STORE_UNAVAILABLE', message: ERRORS.FF_ERR_STORE_UNAVAILABLE.message });
    expect(Object.keys(ERRORS)).toContain(FEED_UPGRADE_REQUIRED.body.error);
  });
});
