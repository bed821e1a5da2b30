// Resume: a client that reconnects with its last cursor gets exactly what it missed, in order,
// nothing repeated, or a clear resync. Checked against the event store over a long randomized
// run with connections cut at random points.
import { createRng } from '../../../simulator/support/prng.js';
import { describe, expect, it, vi } from 'vitest';
import { ReadLaneFull } from '../../../cloud/core/index.js';
import type { StoredEvent } from '../../../cloud/store/index.js';
import type { Cursor, FeedEncoding, FeedEvent, ServerMessage, Subscribe } from '../../../proto/feed.js';
import { CURRY, LASAGNA, SALAD, useCloud, type Cloud, type Fridge } from './harness.js';

const MITTE = { lat: 52.52, lon: 13.405 };
const MITTE_2 = { lat: 52.53, lon: 13.39 };
const KREUZBERG = { lat: 52.4986, lon: 13.4033 };
const GTINS = [LASAGNA, SALAD, CURRY];

/** A seeded stream in [0, 1) (the simulator's generator): a failing run can be replayed from its seed. */
function rng(seed: number): () => number {
  const r = createRng(seed);
  return () => r.next();
}

const CARRIED = new Set(['MealStockUpdated', 'MealStockReserved', 'MealStockCanceled', 'CatalogUpdated', 'FridgeOnline', 'FridgeOffline']);

/** What the feed should have sent for a stored event, written independently of cloud/feed. */
function expected(s: StoredEvent): Record<string, unknown> {
  const e = s.event;
  const base = { position: s.position, district: e.district, fridgeId: e.type === 'CatalogUpdated' ? '' : e.fridgeId };
  switch (e.type) {
    case 'MealStockUpdated':
      return { ...base, kind: 'stockUpdated', detail: [e.gtin, e.reason, e.onHand, e.reserved, e.available, e.delta] };
    case 'MealStockReserved':
      return { ...base, kind: 'stockReserved', detail: [e.reservationId, e.gtin, e.quantity] };
    case 'MealStockCanceled':
      return { ...base, kind: 'stockCanceled', detail: [e.reservationId, e.gtin, e.quantity, e.reason] };
    case 'CatalogUpdated':
      return { ...base, kind: 'catalogUpdated', detail: [e.catalogId, e.version] };
    case 'FridgeOnline':
      return { ...base, kind: 'fridgeOnline', detail: [] };
    case 'FridgeOffline':
      return { ...base, kind: 'fridgeOffline', detail: [e.clean] };
    default:
      throw new Error(`not carried: ${e.type}`);
  }
}

function seen(e: FeedEvent): Record<string, unknown> {
  const base = { position: e.cursor!.position, district: e.district, fridgeId: e.fridgeId ?? '' };
  if (e.stockUpdated) {
    const u = e.stockUpdated;
    return { ...base, kind: 'stockUpdated', detail: [u.gtin, u.reason, u.onHand ?? 0, u.reserved ?? 0, u.available ?? 0, u.delta ?? 0] };
  }
  if (e.stockReserved) return { ...base, kind: 'stockReserved', detail: [e.stockReserved.reservationId, e.stockReserved.gtin, e.stockReserved.quantity] };
  if (e.stockCanceled) return { ...base, kind: 'stockCanceled', detail: [e.stockCanceled.reservationId, e.stockCanceled.gtin, e.stockCanceled.quantity, e.stockCanceled.reason] };
  if (e.catalogUpdated) return { ...base, kind: 'catalogUpdated', detail: [e.catalogUpdated.catalogId, e.catalogUpdated.version] };
  if (e.fridgeOnline) return { ...base, kind: 'fridgeOnline', detail: [] };
  if (e.fridgeOffline) return { ...base, kind: 'fridgeOffline', detail: [e.fridgeOffline.clean ?? false] };
  throw new Error(`unknown event ${JSON.stringify(e)}`);
}

interface Follower {
  events: FeedEvent[];
  snapshotAt: number;
  sessions: number;
  resumes: number;
  /** Resolves once the first snapshot is in. */
  ready: Promise<void>;
  /** From now on no more cuts; stops once it has processed everything up to this position. */
  finish(position: number): Promise<void>;
}

/**
 * A client that follows `subscribe` across connections it cuts itself at random points (after
 * a random number of messages, or after a random delay), resuming each time from the cursor of
 * the last message it processed.
 */
function follow(cloud: Cloud, encoding: FeedEncoding, subscribe: Subscribe, random: () => number): Follower {
  let cursor: Cursor | undefined;
  let until: number | undefined;
  let ready = (): void => undefined;
  const f: Follower = { events: [], snapshotAt: -1, sessions: 0, resumes: 0, ready: new Promise((r) => (ready = r)), finish: async () => undefined };
  const finished = (): boolean => until !== undefined && cursor !== undefined && (cursor.position ?? 0) >= until;
  const done = (async () => {
    while (!finished()) {
      const c = await cloud.feed({ encoding });
      f.sessions += 1;
      const cutAfter = Math.floor(random() * 12);
      const timer = until === undefined ? setTimeout(() => c.terminate(), 1 + Math.floor(random() * 40)) : undefined;
      try {
        await c.next((m) => m.welcome != null);
        const id = c.send({ subscribe: { ...subscribe, ...(cursor ? { resumeFrom: cursor } : {}) } });
        for (let n = 0; !finished(); n++) {
          if (until === undefined && n > cutAfter) break;
          const m: ServerMessage = await c.next();
          if (m.error || m.resync) throw new Error(`unexpected ${JSON.stringify(m)}`);
          if (m.snapshot) {
            expect(cursor).toBeUndefined(); // only the first session takes a snapshot
            expect(m.requestId).toBe(id);
            f.snapshotAt = m.snapshot.cursor!.position!;
            cursor = m.snapshot.cursor!;
            ready();
          } else if (m.event) {
            // In order and never twice, across every connection.
            expect(m.event.cursor!.position!).toBeGreaterThan(cursor!.position ?? 0);
            f.events.push(m.event);
            cursor = m.event.cursor!;
          } else if (m.resumed) {
            f.resumes += 1;
            expect(m.resumed.cursor!.position!).toBeGreaterThanOrEqual(cursor!.position ?? 0);
            cursor = m.resumed.cursor!;
          }
        }
      } catch (err) {
        if (!(err instanceof Error && /closed/.test(err.message))) throw err;
      } finally {
        clearTimeout(timer);
        c.terminate();
        await c.closed;
      }
    }
  })();
  f.finish = async (position) => {
    until = position;
    await done;
  };
  return f;
}

/** 150 random steps while two clients cut their connections at random and resume; compared with the store. */
async function randomRun(start: () => Promise<Cloud>): Promise<Cloud> {
  const seed = Number(process.env.FEED_SEED ?? Date.now() % 100_000);
  const random = rng(seed);
  const cloud = await start();
  const fridges: Fridge[] = [
    await cloud.fridge('f1', 'mitte', MITTE, { [LASAGNA]: 2 }),
    await cloud.fridge('f2', 'mitte', MITTE_2, { [SALAD]: 1 }),
    await cloud.fridge('f3', 'kreuzberg', KREUZBERG, { [CURRY]: 3 }),
  ];
  const byDistrict = follow(cloud, 'json', { districts: ['mitte'] }, rng(seed + 1));
  const byArea = follow(cloud, 'proto', { areas: [{ lat: KREUZBERG.lat, lon: KREUZBERG.lon, radiusM: 800 }] }, rng(seed + 2));
  // Both snapshots first, so that the whole run is live or replayed.
  await Promise.all([byDistrict.ready, byArea.ready]);

  let reservation = 0;
  const held: Array<{ id: string; district: string; user: string }> = [];
  for (let step = 0; step < 150; step++) {
    const f = fridges[Math.floor(random() * fridges.length)]!;
    const r = random();
    if (r < 0.6) {
      const stock: Record<string, number> = {};
      for (const g of GTINS) stock[g] = Math.floor(random() * 5);
      await f.snapshot(stock);
    } else if (r < 0.75) {
      const gtin = GTINS[Math.floor(random() * GTINS.length)]!;
      const id = `res-${++reservation}`;
      const res = await cloud.app.core.handle(f.district, { type: 'ReserveMeal', reservationId: id, fridgeId: f.id, gtin, userId: 'u', quantity: 1, expiresAtMs: Date.now() + 600_000 });
      if (res.ok) held.push({ id, district: f.district, user: 'u' });
    } else if (r < 0.85 && held.length > 0) {
      const h = held.splice(Math.floor(random() * held.length), 1)[0]!;
      await cloud.app.core.handle(h.district, { type: 'CancelReservation', reservationId: h.id, userId: h.user, reason: 'by_user' });
    } else {
      await f.status(false);
      await f.status(true);
    }
    if (step % 10 === 0) await new Promise((r) => setImmediate(r));
  }
  // A last event in both scopes ends the run.
  await fridges[0]!.status(false);
  await fridges[2]!.status(false);
  const all = await cloud.app.store.eventsAfter(0, 1_000_000);
  const want = (after: number, match: (s: StoredEvent) => boolean) => all.filter((s) => s.position > after && CARRIED.has(s.event.type) && match(s));
  const inMitte = (s: StoredEvent) => s.event.district === 'mitte';
  const nearF3 = (s: StoredEvent) => (s.event.type === 'CatalogUpdated' ? s.event.district === 'kreuzberg' : s.event.fridgeId === 'f3');
  const wantDistrict = want(byDistrict.snapshotAt, inMitte);
  const wantArea = want(byArea.snapshotAt, nearF3);
  await Promise.all([byDistrict.finish(wantDistrict[wantDistrict.length - 1]!.position), byArea.finish(wantArea[wantArea.length - 1]!.position)]);

  expect(byDistrict.events.map(seen), `seed ${seed}`).toEqual(wantDistrict.map(expected));
  expect(byArea.events.map(seen), `seed ${seed}`).toEqual(wantArea.map(expected));
  // The run really did cut and resume, many times.
  expect(byDistrict.sessions).toBeGreaterThan(5);
  expect(byArea.sessions).toBeGreaterThan(5);
  expect(byDistrict.resumes + byArea.resumes).toBeGreaterThan(5);
  return cloud;
}

/** A counter's value on the cloud's /metrics. */
async function metric(cloud: Cloud, name: string, labels: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${cloud.port}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line === undefined ? 0 : Number(line.split(' ').pop());
}

describe('feed resume (integration)', () => {
  const start = useCloud();

  it('after random connection cuts over a long run, each client saw exactly the store\'s events in its scope (resumed from memory)', async () => {
    const cloud = await randomRun(start);
    // Every resume was answered from the in-memory window (issue 13 item 3).
    expect(await metric(cloud, 'ff_cloud_feed_resumes_total', 'outcome="memory"')).toBeGreaterThan(5);
    expect(await metric(cloud, 'ff_cloud_feed_resumes_total', 'outcome="store"')).toBe(0);
  }, 120_000);

  it('answers a resume within the window from memory: no store read, recovered', async () => {
    const cloud = await start();
    const f1 = await cloud.fridge('f1', 'mitte', MITTE, { [LASAGNA]: 1 });
    const a = await cloud.feed();
    const cursor = (await a.request({ subscribe: { districts: ['mitte'] } })).snapshot!.cursor!;
    a.terminate();
    await f1.snapshot({ [LASAGNA]: 2 });
    await f1.snapshot({ [LASAGNA]: 3, [SALAD]: 1 });
    const missed = (await cloud.app.store.eventsAfter(cursor.position!, 100)).filter((s) => CARRIED.has(s.event.type));
    // The report projection reads the event store too, behind each commit: not the feed's read.
    await cloud.app.reportProjector.stop();
    const reads = vi.spyOn(cloud.app.store, 'eventsAfter');
    const lastPosition = vi.spyOn(cloud.app.store, 'lastPosition');
    const b = await cloud.feed();
    const r = await b.request({ subscribe: { districts: ['mitte'], resumeFrom: cursor } }, (m) => m.resumed != null);
    expect(r.resumed).toEqual({ cursor: { epoch: cursor.epoch, position: await cloud.app.store.lastPosition() }, replayed: missed.length, recovered: true });
    expect(b.events().map((e) => e.cursor!.position)).toEqual(missed.map((s) => s.position));
    // One frame per commit: the two snapshots' events came as two frames.
    expect(b.frames.filter((m) => m.events != null)).toHaveLength(2);
    expect(reads).not.toHaveBeenCalled();
    expect(lastPosition).toHaveBeenCalledTimes(1); // the test's own, above
    expect(await metric(cloud, 'ff_cloud_feed_resumes_total', 'outcome="memory"')).toBe(1);
  });

  it('resumes from a cursor: the missed events in order, then "resumed", then live', async () => {
    const cloud = await start();
    const f1 = await cloud.fridge('f1', 'mitte', MITTE, { [LASAGNA]: 1 });
    const a = await cloud.feed();
    const cursor = (await a.request({ subscribe: { districts: ['mitte'] } })).snapshot!.cursor!;
    a.terminate();
    await f1.snapshot({ [LASAGNA]: 3 });
    await f1.snapshot({ [LASAGNA]: 2, [SALAD]: 1 });
    const missed = (await cloud.app.store.eventsAfter(cursor.position!, 100)).filter((s) => CARRIED.has(s.event.type));
    expect(missed.length).toBeGreaterThanOrEqual(3);
    const b = await cloud.feed({ encoding: 'proto' });
    const id = b.send({ subscribe: { districts: ['mitte'], resumeFrom: cursor } });
    const resumed = await b.next((m) => m.resumed != null);
    expect(resumed.requestId).toBe(id);
    expect(resumed.resumed).toEqual({ cursor: { epoch: cursor.epoch, position: (await cloud.app.store.lastPosition()) }, replayed: missed.length, recovered: true });
    expect(b.events().map((e) => e.cursor!.position)).toEqual(missed.map((s) => s.position));
    expect(b.messages.some((m) => m.snapshot != null)).toBe(false);
    await f1.snapshot({ [LASAGNA]: 0, [SALAD]: 1 });
    const live = (await b.next((m) => m.event != null)).event!.stockUpdated!;
    expect([live.gtin, live.onHand ?? 0]).toEqual([LASAGNA, 0]); // proto3: 0 is not on the wire
  });

  it('resumed at the very end: nothing replayed, then live', async () => {
    const cloud = await start();
    const f1 = await cloud.fridge('f1', 'mitte', MITTE, { [LASAGNA]: 1 });
    const a = await cloud.feed();
    const cursor = (await a.request({ subscribe: { districts: ['mitte'] } })).snapshot!.cursor!;
    const r = await a.request({ subscribe: { districts: ['mitte'], resumeFrom: cursor } });
    expect(r.resumed).toEqual({ cursor, replayed: 0, recovered: true });
    await f1.snapshot({ [LASAGNA]: 2 });
    expect((await a.next((m) => m.event != null)).event!.cursor!.position).toBeGreaterThan(cursor.position!);
  });
});

describe('feed resume beyond the in-memory window (integration)', () => {
  // One event per district in memory: every resume falls back to the store's paged replay.
  const start = useCloud({ FF_FEED_HISTORY_EVENTS: '1', FF_FEED_HISTORY_MS: '1' });

  it('after random connection cuts over a long run, each client saw exactly the store\'s events in its scope (resumed from the store)', async () => {
    const cloud = await randomRun(start);
    // A client that missed nothing of its districts beyond the one event kept still resumes
    // from memory; the others read the store. Every resume recovered (none resynced).
    const memory = await metric(cloud, 'ff_cloud_feed_resumes_total', 'outcome="memory"');
    const store = await metric(cloud, 'ff_cloud_feed_resumes_total', 'outcome="store"');
    expect(memory + store).toBeGreaterThan(5);
    expect(await metric(cloud, 'ff_cloud_feed_resumes_total', 'outcome="resync"')).toBe(0);
  }, 120_000);

  /**
   * A client's cursor, then commits it missed, each older than the window's 1 ms when the next
   * arrives (the window is time-bound: a few ms pass): only the last stays in memory.
   */
  async function cursorBeforeMissedCommits(cloud: Cloud, lasagnas: readonly number[]): Promise<Cursor> {
    const f1 = await cloud.fridge('f1', 'mitte', MITTE, { [LASAGNA]: 1 });
    const a = await cloud.feed();
    const cursor = (await a.request({ subscribe: { districts: ['mitte'] } })).snapshot!.cursor!;
    a.terminate();
    for (const n of lasagnas) {
      await f1.snapshot({ [LASAGNA]: n });
      await new Promise((r) => setTimeout(r, 5));
    }
    return cursor;
  }

  it('answers a resume from before the window from the store, recovered', async () => {
    const cloud = await start();
    const cursor = await cursorBeforeMissedCommits(cloud, [2, 3, 4]);
    const missed = (await cloud.app.store.eventsAfter(cursor.position!, 100)).filter((s) => CARRIED.has(s.event.type));
    const b = await cloud.feed();
    const r = await b.request({ subscribe: { districts: ['mitte'], resumeFrom: cursor } }, (m) => m.resumed != null);
    expect(r.resumed).toEqual({ cursor: { epoch: cursor.epoch, position: await cloud.app.store.lastPosition() }, replayed: missed.length, recovered: true });
    expect(b.events().map((e) => e.cursor!.position)).toEqual(missed.map((s) => s.position));
    expect(await metric(cloud, 'ff_cloud_feed_resumes_total', 'outcome="store"')).toBe(1);
  });

  it('answers a resume whose replay finds the read lane full with FF_ERR_FEED_BUSY (as a snapshot), and the same resume later recovers', async () => {
    const cloud = await start();
    const cursor = await cursorBeforeMissedCommits(cloud, [2, 3]);
    // The replay's first page finds 50,000 reads waiting.
    const lane = vi.spyOn(cloud.app.feedReads, 'run').mockImplementationOnce(() => Promise.reject(new ReadLaneFull(50_000)));
    const b = await cloud.feed();
    const busy = await b.request({ subscribe: { districts: ['mitte'], resumeFrom: cursor } }, (m) => m.error != null);
    expect(busy.error).toMatchObject({ code: 'FF_ERR_FEED_BUSY', message: expect.stringMatching(/50000 reads waiting/) as unknown });
    expect(lane).toHaveBeenCalled();
    lane.mockRestore();
    const r = await b.request({ subscribe: { districts: ['mitte'], resumeFrom: cursor } }, (m) => m.resumed != null);
    expect(r.resumed).toMatchObject({ recovered: true });
  });
});

describe('feed resync (integration)', () => {
  // The in-memory window keeps one event per district here: these resumes go to the store.
  const start = useCloud({ FF_FEED_MAX_RESUME_EVENTS: '5', FF_FEED_HISTORY_EVENTS: '1', FF_FEED_HISTORY_MS: '1' });

  it('answers an old position, an unknown epoch or a position from the future with resync, then a snapshot', async () => {
    const cloud = await start();
    const f1 = await cloud.fridge('f1', 'mitte', MITTE, { [LASAGNA]: 1 });
    const c = await cloud.feed();
    const old = (await c.request({ subscribe: { districts: ['mitte'] } })).snapshot!.cursor!;
    for (let n = 2; n < 6; n++) await f1.snapshot({ [LASAGNA]: n, [SALAD]: n % 2 });
    const last = await cloud.app.store.lastPosition();
    expect(last - old.position!).toBeGreaterThan(5);
    const cases: Array<[Cursor, string]> = [
      [old, 'too_old'],
      [{ epoch: 'another-store', position: last }, 'epoch_unknown'],
      [{ epoch: old.epoch!, position: last + 1000 }, 'position_unknown'],
    ];
    for (const [resumeFrom, reason] of cases) {
      const id = c.send({ subscribe: { districts: ['mitte'], resumeFrom } });
      const resync = await c.next((m) => m.requestId === id);
      expect(resync.resync).toEqual({ reason, cursor: { epoch: old.epoch, position: last } });
      const snap = await c.next((m) => m.requestId === id);
      expect(snap.snapshot!.cursor).toEqual({ epoch: old.epoch, position: last });
      expect(snap.snapshot!.fridges![0]!.stock).toEqual([{ gtin: LASAGNA, onHand: 5, reserved: 0, available: 5 }, { gtin: SALAD, onHand: 1, reserved: 0, available: 1 }]);
    }
    // Close enough: a resume, not a resync.
    const near = { epoch: old.epoch!, position: last - 3 };
    expect((await c.request({ subscribe: { districts: ['mitte'], resumeFrom: near } }, (m) => m.resumed != null)).resumed!.cursor!.position).toBe(last);
    const recovered = (await metric(cloud, 'ff_cloud_feed_resumes_total', 'outcome="store"')) + (await metric(cloud, 'ff_cloud_feed_resumes_total', 'outcome="memory"'));
    expect([recovered, await metric(cloud, 'ff_cloud_feed_resumes_total', 'outcome="resync"')]).toEqual([1, 3]);
  });
});
