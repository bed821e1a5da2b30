// Every error the HTTP API answers has its code in cloud/errors.ts (issue 11 item 17), and
// errorAnswer maps what fastify raises itself into that shape.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ApiError, ERRORS, errorAnswer } from '../../cloud/errors.js';
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
