// The browser bundle of the client library (cloud/dashboard/feed-client.js, which the
// dashboard imports) is what the sources build: it fails when feed-client/src changed and
// `npm run build:feed-client` was not run. And it loads in a plain ES module context.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('feed client browser bundle (unit)', () => {
  it('cloud/dashboard/feed-client.js is up to date (npm run build:feed-client)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/build-feed-client.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  }, 60_000);

  it('exports connect and the state model, and decodes a frame, without Node modules', async () => {
    const m = (await import('../../cloud/dashboard/feed-client.js' as string)) as Record<string, unknown>;
    expect(typeof m.connect).toBe('function');
    expect(typeof m.FeedState).toBe('function');
    const decode = m.decodeServerFrame as (f: string, e: string) => unknown;
    expect(decode('{"pong":{"cursor":{"epoch":"e","position":3}}}', 'json')).toEqual({ ok: true, value: { kind: 'pong', requestId: '', pong: { cursor: { epoch: 'e', position: 3 } } } });
  });
});
