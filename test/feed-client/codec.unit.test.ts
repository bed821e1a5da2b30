// The client library's decoding (issue 13 item 5): both encodings give the same typed message,
// defaults filled in; `event` (servers before v1.1) and `events` both read; a bad frame is a
// value, never an exception.
import { describe, expect, it } from 'vitest';
import { decodeServerFrame, encodeServerMessage, FeedState, type FeedEncoding, type FeedEvent } from '../../feed-client/src/index.js';

const cursor = (position: number) => ({ epoch: 'ep', position });
const sale = { cursor: cursor(2 ** 40 + 3), district: 'd1', fridgeId: 'f1', occurredAtMs: 1_795_000_000_000, stockUpdated: { gtin: '09506000134352', reason: 'sale', onHand: 2, reserved: 0, available: 2, delta: -1 } };

describe('feed client decoding (unit)', () => {
  for (const enc of ['json', 'proto'] as const satisfies FeedEncoding[]) {
    it(`${enc}: events, event and snapshot read as typed values, zeros included`, () => {
      const d = decodeServerFrame(encodeServerMessage({ events: { cursor: cursor(2 ** 40 + 4), events: [sale, { cursor: cursor(2 ** 40 + 4), district: 'd1', fridgeId: 'f1', occurredAtMs: 5, fridgeOffline: { clean: false } }] } }, enc), enc);
      expect(d).toEqual({
        ok: true,
        value: {
          kind: 'events',
          requestId: '',
          events: {
            cursor: cursor(2 ** 40 + 4),
            events: [
              { kind: 'stockUpdated', ...sale },
              { kind: 'fridgeOffline', cursor: cursor(2 ** 40 + 4), district: 'd1', fridgeId: 'f1', occurredAtMs: 5, fridgeOffline: { clean: false } },
            ],
          },
        },
      });
      expect(decodeServerFrame(encodeServerMessage({ event: sale }, enc), enc)).toEqual({ ok: true, value: { kind: 'event', requestId: '', event: { kind: 'stockUpdated', ...sale } } });
      const snap = decodeServerFrame(encodeServerMessage({ requestId: 's1', snapshot: { cursor: cursor(0), fridges: [{ fridgeId: 'f1', district: 'd1', name: 'F', lat: 1.5, lon: 0, online: true, stock: [{ gtin: 'g', onHand: 0 }], temperatures: [{ sensor: 0, deciCelsius: -3, atMs: 9 }] }], districts: ['d1'] } }, enc), enc);
      expect(snap).toEqual({
        ok: true,
        value: { kind: 'snapshot', requestId: 's1', snapshot: { cursor: cursor(0), districts: ['d1'], fridges: [{ fridgeId: 'f1', district: 'd1', name: 'F', lat: 1.5, lon: 0, online: true, stale: false, stock: [{ gtin: 'g', onHand: 0, reserved: 0, available: 0 }], temperatures: [{ sensor: 0, deciCelsius: -3, atMs: 9 }] }] } },
      });
      expect(decodeServerFrame(encodeServerMessage({ requestId: 'r', resumed: { cursor: cursor(7), replayed: 3, recovered: true } }, enc), enc)).toEqual({ ok: true, value: { kind: 'resumed', requestId: 'r', resumed: { cursor: cursor(7), replayed: 3, recovered: true } } });
    });
  }

  it('a bad frame is a value saying why', () => {
    expect(decodeServerFrame('not json', 'json')).toMatchObject({ ok: false });
    expect(decodeServerFrame('{"event":{"cursor":{"epoch":"e","position":-1},"fridgeOnline":{}}}', 'json')).toMatchObject({ ok: false, reason: expect.stringMatching(/negative/) });
    expect(decodeServerFrame('{"event":{"cursor":{"epoch":"e","position":1}}}', 'json')).toMatchObject({ ok: false, reason: expect.stringMatching(/none of/) });
    expect(decodeServerFrame('{"pong":{},"welcome":{}}', 'json')).toMatchObject({ ok: false, reason: expect.stringMatching(/several/) });
    expect(decodeServerFrame('{"snapshot":{"cursor":{"epoch":"e","position":1},"fridges":[{"lat":"north"}]}}', 'json')).toMatchObject({ ok: false, reason: expect.stringMatching(/fridges\[0\]\.lat/) });
    // The whole path of the bad value, spelled out only for the error (checking builds no strings).
    const bad = JSON.stringify({ events: { events: [sale, { ...sale, stockUpdated: { ...sale.stockUpdated, onHand: 1.5 } }] } });
    expect(decodeServerFrame(bad, 'json')).toEqual({ ok: false, reason: 'events.events[1].stockUpdated.onHand is not an integer' });
    expect(decodeServerFrame('{"event":{"cursor":{"epoch":"e","position":1}}}', 'json')).toMatchObject({ reason: expect.stringMatching(/^event: none of stockUpdated, /) });
    expect(decodeServerFrame('{"requestId":7,"pong":{}}', 'json')).toEqual({ ok: false, reason: 'requestId is not a string' });
    expect(decodeServerFrame(new Uint8Array([0xff, 0xff, 0xff]), 'proto')).toMatchObject({ ok: false });
    expect(decodeServerFrame('{}', 'proto')).toMatchObject({ ok: false });
    // proto3 JSON's form of a 64-bit integer.
    expect(decodeServerFrame('{"pong":{"cursor":{"epoch":"e","position":"12"}}}', 'json')).toEqual({ ok: true, value: { kind: 'pong', requestId: '', pong: { cursor: { epoch: 'e', position: 12 } } } });
  });
});

describe('feed client state (unit)', () => {
  const ev = (position: number, e: Record<string, unknown>): FeedEvent => ({ cursor: cursor(position), district: 'd1', fridgeId: 'f1', occurredAtMs: 100 + position, ...e }) as FeedEvent;

  it('applies changes to the snapshot: counts, presence, temperatures, catalog; never one twice', () => {
    const s = new FeedState();
    s.reset({ cursor: cursor(10), districts: ['d1'], fridges: [{ fridgeId: 'f1', district: 'd1', name: 'F', lat: 1, lon: 2, online: true, stale: false, stock: [{ gtin: 'g1', onHand: 3, reserved: 1, available: 2 }], temperatures: [] }] });
    expect(s.stock('f1', 'g1')).toEqual({ onHand: 3, reserved: 1, available: 2 });
    expect(s.apply(ev(11, { kind: 'stockUpdated', stockUpdated: { gtin: 'g1', reason: 'sale', onHand: 2, reserved: 1, available: 1, delta: -1 } }))).toBe(true);
    expect(s.apply(ev(12, { kind: 'stockUpdated', stockUpdated: { gtin: 'g2', reason: 'restock', onHand: 4, reserved: 0, available: 4, delta: 4 } }))).toBe(true);
    expect(s.apply(ev(13, { kind: 'temperatureRecorded', temperatureRecorded: { sensor: 2, deciCelsius: 41 } }))).toBe(true);
    expect(s.apply(ev(14, { kind: 'fridgeOffline', fridgeOffline: { clean: true } }))).toBe(true);
    expect(s.apply(ev(15, { kind: 'catalogUpdated', fridgeId: '', catalogUpdated: { catalogId: 'c', version: 7 } }))).toBe(true);
    // Already held: an event at or below the state's position.
    expect(s.apply(ev(11, { kind: 'stockUpdated', stockUpdated: { gtin: 'g1', reason: 'sale', onHand: 0, reserved: 0, available: 0, delta: -2 } }))).toBe(false);
    const f = s.fridges.get('f1');
    expect(f?.stock).toEqual(new Map([['g1', { onHand: 2, reserved: 1, available: 1 }], ['g2', { onHand: 4, reserved: 0, available: 4 }]]));
    expect(f?.temperatures.get(2)).toEqual({ deciCelsius: 41, atMs: 113 });
    expect([f?.online, f?.stale]).toEqual([false, true]);
    expect(s.catalogVersions.get('d1')).toBe(7);
    expect(s.available('g1')).toBe(1);
    expect(s.cursor).toEqual(cursor(15));
    // A fridge registered after the snapshot appears with what its events say.
    s.apply(ev(16, { kind: 'fridgeOnline', fridgeId: 'f9', fridgeOnline: {} }));
    expect(s.fridges.get('f9')).toMatchObject({ online: true, stale: false, known: false });
  });
});
