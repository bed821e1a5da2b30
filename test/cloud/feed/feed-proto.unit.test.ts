// The feed schema: generated code up to date, both encodings of one message equal, and the
// client message checks (pure).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEED_LIMITS } from '../../../cloud/feed/index.js';
import { parseClientMessage } from '../../../cloud/feed/protocol.js';
import { decodeClientFrame, decodeServerFrame, encodeClientMessage, encodeServerMessage, type ServerMessage } from '../../../proto/feed.js';

describe('feed protobuf schema (unit)', () => {
  it('proto/gen/feed.js is up to date with feed.proto (run the pbjs line from docs/feed.md)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ff-proto-feed-'));
    try {
      const flags = ['-t', 'static-module', '-w', 'esm', '--force-number', '--no-verify', '--no-convert', '--no-delimited', '--no-typeurl', '--no-service'];
      execFileSync(path.resolve('node_modules/.bin/pbjs'), [...flags, '-r', 'feed', '-o', path.join(dir, 'feed.js'), 'proto/farmacy/feed/v1/feed.proto']);
      expect(readFileSync(path.join(dir, 'feed.js'), 'utf8'), 'proto/gen/feed.js is stale').toBe(readFileSync('proto/gen/feed.js', 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('a server message reads the same from JSON and from protobuf, 64-bit fields as numbers', () => {
    const m: ServerMessage = {
      requestId: 'r1',
      event: { cursor: { epoch: 'e', position: 2 ** 40 + 3 }, district: 'd1', fridgeId: 'f1', occurredAtMs: 1_795_000_000_000, stockUpdated: { gtin: '09506000134352', reason: 'sale', onHand: 2, reserved: 1, available: 1, delta: -1 } },
    };
    const json = decodeServerFrame(encodeServerMessage(m, 'json') as string, 'json');
    const bin = decodeServerFrame(encodeServerMessage(m, 'proto') as Uint8Array, 'proto');
    expect(json).toEqual({ ok: true, value: m });
    expect(bin).toEqual({ ok: true, value: m });
  });

  it('client messages: both encodings pass the same checks; garbage is a value, not an exception', () => {
    const sub = { requestId: 'x', subscribe: { districts: ['d1'], areas: [{ lat: 1, lon: 2, radiusM: 300 }], resumeFrom: { epoch: 'e', position: 7 } } };
    for (const enc of ['json', 'proto'] as const) {
      const frame = encodeClientMessage(sub, enc);
      const d = decodeClientFrame(frame, enc);
      expect(d.ok).toBe(true);
      const p = d.ok ? parseClientMessage(d.value, DEFAULT_FEED_LIMITS) : undefined;
      expect(p).toEqual({ ok: true, command: { kind: 'subscribe', requestId: 'x', subscribe: { districts: ['d1'], areas: [{ lat: 1, lon: 2, radiusM: 300 }], allDistricts: false, adminToken: undefined, resumeFrom: { epoch: 'e', position: 7 } } } });
    }
    expect(decodeClientFrame(new Uint8Array([0xff, 0xff, 0xff]), 'proto').ok).toBe(false);
    expect(parseClientMessage({ subscribe: { districts: ['d1'], resumeFrom: { epoch: 'e', position: '12' } } }, DEFAULT_FEED_LIMITS)).toMatchObject({ ok: true, command: { subscribe: { resumeFrom: { position: 12 } } } });
    expect(parseClientMessage('x', DEFAULT_FEED_LIMITS)).toMatchObject({ ok: false, code: 'FF_ERR_FEED_MALFORMED' });
  });

  it('an area on the equator or the prime meridian: proto3 leaves the zero off the wire, the feed reads it as 0', () => {
    for (const area of [{ lat: 0, lon: 8.68, radiusM: 1000 }, { lat: 51.48, lon: 0, radiusM: 1000 }, { lat: 0, lon: 0, radiusM: 50 }]) {
      for (const enc of ['json', 'proto'] as const) {
        const d = decodeClientFrame(encodeClientMessage({ requestId: 'a', subscribe: { areas: [area] } }, enc), enc);
        const p = d.ok ? parseClientMessage(d.value, DEFAULT_FEED_LIMITS) : undefined;
        expect(p, `${enc} ${JSON.stringify(area)}`).toMatchObject({ ok: true, command: { kind: 'subscribe', subscribe: { areas: [area] } } });
      }
    }
    // A radius of 0 is still refused (off the wire too, and read as 0).
    const zero = decodeClientFrame(encodeClientMessage({ requestId: 'z', subscribe: { areas: [{ lat: 1, lon: 2, radiusM: 0 }] } }, 'proto'), 'proto');
    expect(zero.ok && parseClientMessage(zero.value, DEFAULT_FEED_LIMITS)).toMatchObject({ ok: false, code: 'FF_ERR_FEED_INVALID' });
  });
});
