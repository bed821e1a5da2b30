// The client library against a fake socket and fake timers (issue 13 item 5): subscribe,
// snapshot, live changes, the cursor it keeps, resume on reconnect (recovered or resync),
// backoff with full jitter that honours Retry-After, in both encodings.
import { describe, expect, it } from 'vitest';
import { FeedClient, type DisconnectInfo, type FeedEncoding, type LiveInfo } from '../../feed-client/src/index.js';
import { FakeTimers, fakeTransport } from './fakes.js';

const cursor = (position: number) => ({ epoch: 'ep', position });
const welcome = { welcome: { cursor: cursor(0), encoding: 'json', maxMessageBytes: 16384, maxSubscriptions: 16, heartbeatMs: 30000, maxResumeEvents: 10000 } };
const stock = (position: number, onHand: number) => ({ cursor: cursor(position), district: 'd1', fridgeId: 'f1', occurredAtMs: position, stockUpdated: { gtin: 'g1', reason: 'sale', onHand, reserved: 0, available: onHand, delta: -1 } });
const snapshot = (requestId: string, position: number, onHand: number) => ({ requestId, snapshot: { cursor: cursor(position), districts: ['d1'], fridges: [{ fridgeId: 'f1', district: 'd1', name: 'F', lat: 1, lon: 1, online: true, stale: false, stock: [{ gtin: 'g1', onHand, reserved: 0, available: onHand }] }] } });

function setup(encoding: FeedEncoding, random = () => 0.5) {
  const timers = new FakeTimers();
  const { transport, sockets } = fakeTransport(encoding);
  const client = new FeedClient('ws://feed', { subscription: { districts: ['d1'] }, encoding, transport, timers, random, pingMs: 0, attemptTimeoutMs: 5000 });
  const lives: LiveInfo[] = [];
  const drops: DisconnectInfo[] = [];
  client.on('live', (l) => lives.push(l));
  client.on('disconnected', (d) => drops.push(d));
  client.start();
  return { client, timers, sockets, lives, drops };
}

describe('feed client (unit, fake socket)', () => {
  for (const encoding of ['json', 'proto'] as const) {
    it(`${encoding}: subscribes, applies the snapshot and live changes, resumes from its cursor after a drop`, () => {
      const { client, timers, sockets, lives, drops } = setup(encoding);
      const s0 = sockets[0]!;
      expect(s0.req.protocols).toEqual([encoding === 'proto' ? 'farmacy.feed.v1+proto' : 'farmacy.feed.v1+json']);
      s0.server(welcome);
      const sub = s0.last() as { requestId: string; subscribe: { districts: string[]; resumeFrom?: unknown } };
      expect(sub.subscribe.districts).toEqual(['d1']);
      expect(sub.subscribe.resumeFrom).toBeUndefined();
      // An event before the snapshot belongs to an older subscription: not applied.
      s0.server({ events: { cursor: cursor(4), events: [stock(4, 9)] } });
      s0.server(snapshot(sub.requestId, 5, 3));
      expect(lives).toEqual([{ outcome: 'snapshot', recovered: false, resumeAsked: false, replayed: 0, cursor: cursor(5) }]);
      expect(client.state?.stock('f1', 'g1').onHand).toBe(3);
      // Today's server sends `event`, the next one `events`: both apply, in order, once each.
      s0.server({ event: stock(6, 2) });
      s0.server({ events: { cursor: cursor(8), events: [stock(7, 1), stock(8, 0)] } });
      s0.server({ event: stock(7, 1) });
      expect(client.state?.stock('f1', 'g1').onHand).toBe(0);
      expect(client.cursor).toEqual(cursor(8));

      s0.terminate();
      expect(drops).toHaveLength(1);
      // Full jitter on the first retry: random 0.5 of the 500 ms window.
      expect(drops[0]?.retryInMs).toBe(250);
      timers.advance(249);
      expect(sockets).toHaveLength(1);
      timers.advance(1);
      const s1 = sockets[1]!;
      s1.server(welcome);
      const resume = s1.last() as { requestId: string; subscribe: { resumeFrom: unknown } };
      expect(resume.subscribe.resumeFrom).toEqual(cursor(8));
      s1.server({ events: { cursor: cursor(9), events: [stock(9, 5)] } });
      s1.server({ requestId: resume.requestId, resumed: { cursor: cursor(9), replayed: 1, recovered: true } });
      expect(lives[1]).toEqual({ outcome: 'resumed', recovered: true, resumeAsked: true, replayed: 1, cursor: cursor(9) });
      expect(client.state?.stock('f1', 'g1').onHand).toBe(5);
      client.close();
      expect(s1.closed?.code).toBe(1000);
    });
  }

  it('a resume the server cannot serve: resync, then the snapshot, reported as not recovered', () => {
    const timers = new FakeTimers();
    const { transport, sockets } = fakeTransport('json');
    // A cursor kept from an earlier session.
    const client = new FeedClient('ws://feed', { subscription: { districts: ['d1'] }, resumeFrom: cursor(3), transport, timers, pingMs: 0 });
    const lives: LiveInfo[] = [];
    const resyncs: string[] = [];
    client.on('live', (l) => lives.push(l));
    client.on('resync', (r) => resyncs.push(r.reason));
    client.start();
    const s = sockets[0]!;
    s.server(welcome);
    const sub = s.last() as { requestId: string; subscribe: { resumeFrom: unknown } };
    expect(sub.subscribe.resumeFrom).toEqual(cursor(3));
    s.server({ requestId: sub.requestId, resync: { reason: 'too_old', cursor: cursor(50) } });
    expect(client.cursor).toBeUndefined();
    s.server(snapshot(sub.requestId, 50, 4));
    expect(resyncs).toEqual(['too_old']);
    expect(lives).toEqual([{ outcome: 'snapshot', recovered: false, resumeAsked: true, replayed: 0, cursor: cursor(50) }]);
    expect(client.state?.stock('f1', 'g1').onHand).toBe(4);
    client.close();
  });

  it('a refused upgrade is retried no sooner than Retry-After; failures widen the window; live resets it', () => {
    const { timers, sockets, drops, client } = setup('json', () => 0.999);
    sockets[0]!.h.refused(503, 3, '{"error":{"code":"FF_ERR_FEED_ADMISSION","message":"x"}}');
    expect(drops[0]).toMatchObject({ refused: { status: 503, retryAfterS: 3, code: 'FF_ERR_FEED_ADMISSION' }, retryInMs: 3000 });
    expect(sockets[0]!.closed?.terminated).toBe(true);
    timers.advance(2999);
    expect(sockets).toHaveLength(1);
    timers.advance(1);
    expect(sockets).toHaveLength(2);
    // Second failure: window 1000 ms, full jitter near its top; then 2000, 4000...
    sockets[1]!.h.error('ECONNRESET');
    sockets[1]!.h.close(1006, '');
    expect(drops.map((d) => d.retryInMs)).toEqual([3000, 999]);
    timers.advance(999);
    // Not live within the attempt timeout: dropped and retried.
    timers.advance(5000);
    expect(drops).toHaveLength(3);
    expect(drops[2]?.reason).toMatch(/FF_ERR_FEED_CLIENT_TIMEOUT/);
    expect(drops[2]?.retryInMs).toBe(1998);
    expect(client.stats).toMatchObject({ attempts: 3, refused: 1, timeouts: 1 });
    timers.advance(1998);
    const s = sockets[3]!;
    s.server(welcome);
    s.server(snapshot((s.last() as { requestId: string }).requestId, 1, 1));
    s.terminate();
    expect(drops[3]?.retryInMs).toBe(499);
    // Back online: no need to wait out the backoff.
    client.retryNow();
    expect(sockets).toHaveLength(5);
    client.close();
    timers.advance(10_000);
    expect(sockets).toHaveLength(5);
  });

  it('stops for good on an error a retry cannot fix; a busy server is asked again', () => {
    const { timers, sockets, client } = setup('json', () => 0);
    const closed: string[] = [];
    client.on('closed', (r) => closed.push(r));
    const s = sockets[0]!;
    s.server(welcome);
    const first = s.last() as { requestId: string };
    s.server({ requestId: first.requestId, error: { code: 'FF_ERR_FEED_BUSY', message: 'later' } });
    timers.advance(1000);
    const second = s.last() as { requestId: string };
    expect(second.requestId).not.toBe(first.requestId);
    s.server({ requestId: second.requestId, error: { code: 'FF_ERR_FEED_ADMIN_REQUIRED', message: 'no' } });
    expect(closed).toEqual(['FF_ERR_FEED_ADMIN_REQUIRED: no']);
    expect(client.phase).toBe('closed');
    timers.advance(60_000);
    expect(sockets).toHaveLength(1);
  });

  it('a frame it cannot read is counted and reported, not thrown', () => {
    const { sockets, client } = setup('proto');
    const errors: string[] = [];
    client.on('error', (e) => errors.push(e.code));
    sockets[0]!.h.message('text on a protobuf connection');
    sockets[0]!.h.message(new Uint8Array([0xff, 0xff]));
    expect(errors).toEqual(['FF_ERR_FEED_CLIENT_MALFORMED', 'FF_ERR_FEED_CLIENT_MALFORMED']);
    expect(client.stats.malformed).toBe(2);
    client.close();
  });
});
