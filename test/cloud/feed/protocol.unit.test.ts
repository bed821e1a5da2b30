// Subscribe areas must be finite numbers in range (issue 11 item 16): JSON's 1e999 parses to
// Infinity, and -1e999 to -Infinity.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEED_LIMITS } from '../../../cloud/feed/limits.js';
import { parseClientMessage } from '../../../cloud/feed/protocol.js';

const subscribe = (area: string) => parseClientMessage(JSON.parse(`{"requestId":"r1","subscribe":{"areas":[${area}]}}`), DEFAULT_FEED_LIMITS);

describe('feed subscribe areas (unit)', () => {
  it.each([
    ['{"lat":1e999,"lon":13.4,"radiusM":1000}', /areas\[0\]\.lat must be a number in \[-90, 90\]/],
    ['{"lat":-1e999,"lon":13.4,"radiusM":1000}', /areas\[0\]\.lat/],
    ['{"lat":52.5,"lon":1e999,"radiusM":1000}', /areas\[0\]\.lon must be a number in \[-180, 180\]/],
    ['{"lat":52.5,"lon":13.4,"radiusM":1e999}', /areas\[0\]\.radiusM must be a number in \[1, 50000\]/],
    ['{"lat":52.5,"lon":13.4,"radiusM":"Infinity"}', /areas\[0\]\.radiusM/],
    ['{"lat":52.5,"lon":13.4,"radiusM":0}', /areas\[0\]\.radiusM/],
  ])('refuses %s with FF_ERR_FEED_INVALID', (area, message) => {
    const r = subscribe(area);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r).toMatchObject({ requestId: 'r1', code: 'FF_ERR_FEED_INVALID' });
      expect(r.detail).toMatch(message);
    }
  });

  it('takes a finite area in range', () => {
    expect(subscribe('{"lat":52.5,"lon":13.4,"radiusM":50000}')).toMatchObject({ ok: true, command: { kind: 'subscribe', subscribe: { areas: [{ lat: 52.5, lon: 13.4, radiusM: 50_000 }] } } });
  });
});
