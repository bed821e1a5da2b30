// PostgreSQL group commit (issue 12 item 2): a group costs the same few statements in two
// round trips whatever its size, and keeps every guarantee a savepoint per unit gave: each
// unit all-or-nothing, a failed unit's later district units stale, other districts committed,
// the same projection rows as SQLite, positions ascending across instances, no deadlock.
import { Client, DatabaseError } from 'pg';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../cloud/domain/index.js';
import { PgCloudStore } from '../../../cloud/store/pg-store.js';
import { SqliteCloudStore } from '../../../cloud/store/sqlite-store.js';
import { CursorConflict, FenceLost, StaleDecision, type CloudStore, type CommitBatch, type CommitUnit, type Cursor, type UnitOutcome } from '../../../cloud/store/store.js';
import { createTestDatabase, postgresSkipReason, usePostgres } from '../../../testkit/postgres.js';
import { until } from '../../support/lifecycle.js';
import { useTmpDirs } from '../../support/tmp.js';

const skip = await postgresSkipReason();

const AT = 1_760_000_000_000;
const stock = (district: string, fridgeId: string, gtin: string, onHand: number): DomainEvent => ({ type: 'MealStockUpdated', district, fridgeId, gtin, reason: 'restock', onHand, reserved: 0, available: onHand, delta: 1, at: AT });
const reading = (district: string, fridgeId: string, sensor: number, deciCelsius: number, at: number): DomainEvent => ({ type: 'TemperatureRecorded', district, fridgeId, sensor, deciCelsius, at });
const online = (district: string, fridgeId: string, epoch: string, at: number): DomainEvent => ({ type: 'FridgeOnline', district, fridgeId, epoch, at });
const offline = (district: string, fridgeId: string, at: number): DomainEvent => ({ type: 'FridgeOffline', district, fridgeId, clean: true, at });
const catalog = (district: string, version: number): DomainEvent => ({ type: 'CatalogUpdated', district, catalogId: 'c', version, at: AT });

/** A batch of `fridgeId` with raw events from-to (the cursor moves to `to`), decided against `expected`. */
const batch = (district: string, fridgeId: string, expected: Cursor | undefined, from: number, to: number, events: DomainEvent[], extra: Partial<CommitBatch> = {}): CommitUnit => ({
  kind: 'batch',
  batch: {
    fridgeId,
    district,
    epoch: 'e1',
    raw: Array.from({ length: to - from + 1 }, (_, i) => ({ seq: from + i, recordedAt: AT + from + i, payload: Uint8Array.from([from + i, 0, 255]) })),
    events,
    expected,
    committedSeq: to,
    now: AT + to,
    ...extra,
  },
});
const asBatch = (u: CommitUnit): CommitBatch => {
  if (u.kind !== 'batch') throw new Error('not a batch');
  return u.batch;
};
const at = (seq: number): Cursor => ({ epoch: 'e1', committedSeq: seq });
const names = (out: readonly UnitOutcome[]): string[] => out.map((o) => (o.ok ? 'ok' : o.error.name));
const stored = (out: readonly UnitOutcome[]) => out.flatMap((o) => (o.ok ? o.stored : []));

/** What a reader sees of the fridges' writes. */
async function state(store: CloudStore, fridges: readonly string[], districts: readonly string[]) {
  const snap = await store.stockSnapshot();
  return {
    cursors: await Promise.all(fridges.map((f) => store.getCursor(f))),
    raw: await Promise.all(fridges.map((f) => store.rawEventCount(f))),
    stock: snap.stock,
    status: [...snap.status.entries()].sort(),
    temperatures: [...snap.temperatures.entries()].sort(),
    catalog: await Promise.all(districts.map((d) => store.catalogVersion(d))),
    events: (await store.eventsAfter(0, 10_000)).map((e) => e.event),
  };
}

/** Counts the statements `fn` sends and the round trips they take: a statement queued while another is unanswered on the same pipelined connection shares its round trip. */
async function countQueries(fn: () => Promise<unknown>): Promise<{ statements: number; roundTrips: number }> {
  const proto = Client.prototype as unknown as { query: (this: Client, ...args: unknown[]) => unknown };
  const original = proto.query;
  const pending = new WeakMap<Client, number>();
  let statements = 0;
  let roundTrips = 0;
  proto.query = function (this: Client, ...args: unknown[]): unknown {
    const r = original.apply(this, args);
    if (!(r instanceof Promise)) return r;
    statements += 1;
    const inFlight = pending.get(this) ?? 0;
    if (inFlight === 0 || !this.pipeline) roundTrips += 1;
    pending.set(this, inFlight + 1);
    const done = (): void => void pending.set(this, (pending.get(this) ?? 1) - 1);
    r.then(done, done);
    return r;
  };
  try {
    await fn();
  } finally {
    proto.query = original;
  }
  return { statements, roundTrips };
}

describe.skipIf(skip !== undefined)(`PostgreSQL group commit (integration)${skip !== undefined ? ` (${skip})` : ''}`, () => {
  const database = usePostgres();
  const tmpDir = useTmpDirs();

  async function pg(n = 1): Promise<{ stores: PgCloudStore[]; url: string; close(): Promise<void> }> {
    const db = await database();
    const stores = await Promise.all(Array.from({ length: n }, () => PgCloudStore.open(db.url, { max: 4 })));
    return { stores, url: db.url, close: async () => void (await Promise.all(stores.map((s) => s.close()))) };
  }

  it('costs the same few statements in two round trips for one unit or 60 units of 30 fridges in 3 districts', async () => {
    const { stores: [store], close } = await pg();
    try {
      const group = (round: number): CommitUnit[] =>
        Array.from({ length: 60 }, (_, i) => {
          const f = i % 30;
          const d = `d${f % 3}`;
          const seq = round * 20 + Math.floor(i / 30) * 10;
          return batch(d, `f${f}`, seq === 0 ? undefined : at(seq), seq + 1, seq + 10, [
            online(d, `f${f}`, 'e1', AT + seq),
            stock(d, `f${f}`, 'g1', seq),
            reading(d, `f${f}`, 1, 40 + i, AT + seq),
            offline(d, `f${f}`, AT + seq + 1),
          ]);
        });
      // Cursors inserted (first round), then updated (second round).
      for (const round of [0, 1]) {
        let out: UnitOutcome[] = [];
        const cost = await countQueries(async () => {
          out = await store!.commitGroup(group(round));
        });
        expect(names(out).every((n) => n === 'ok')).toBe(true);
        expect(cost.roundTrips).toBe(2);
        expect(cost.statements).toBeLessThanOrEqual(12);
      }
      const single = await countQueries(() => store!.commitGroup([batch('d0', 'f0', at(40), 41, 41, [stock('d0', 'f0', 'g1', 41)])]));
      expect(single.roundTrips).toBe(2);
      expect(await store!.getCursor('f29')).toEqual(at(40));
      expect(await store!.rawEventCount('f29')).toBe(40);
      expect((await store!.statusOf('f29'))?.online).toBe(false);
    } finally {
      await close();
    }
  });

  it("fails a unit whose cursor is stale alone: its district's later units stale, the earlier ones and other districts committed", async () => {
    const { stores: [store], close } = await pg();
    try {
      await store!.commitBatch(asBatch(batch('d1', 'f2', undefined, 1, 3, [stock('d1', 'f2', 'g1', 3)])));
      const before = await store!.lastPosition();
      const out = await store!.commitGroup([
        batch('d1', 'f1', undefined, 1, 2, [stock('d1', 'f1', 'g1', 2)]),
        batch('d1', 'f1', at(2), 3, 4, [stock('d1', 'f1', 'g1', 4)]), // on top of the one before
        batch('d1', 'f2', at(5), 6, 6, [stock('d1', 'f2', 'g1', 6)]), // f2 is at 3: stale
        batch('d1', 'f1', at(4), 5, 5, [stock('d1', 'f1', 'g1', 5)]), // decided after it
        { kind: 'append', district: 'd1', events: [catalog('d1', 7)] },
        batch('d2', 'f3', undefined, 1, 1, [stock('d2', 'f3', 'g1', 1)]),
        { kind: 'append', district: 'd2', events: [catalog('d2', 8)] },
      ]);
      expect(names(out)).toEqual(['ok', 'ok', 'CursorConflict', 'StaleDecision', 'StaleDecision', 'ok', 'ok']);
      expect((out[2] as { error: Error }).error).toBeInstanceOf(CursorConflict);
      expect((out[3] as { error: Error }).error).toBeInstanceOf(StaleDecision);
      const s = stored(out);
      expect(s.map((e) => e.event)).toEqual([stock('d1', 'f1', 'g1', 2), stock('d1', 'f1', 'g1', 4), stock('d2', 'f3', 'g1', 1), catalog('d2', 8)]);
      expect(s.map((e) => e.position)).toEqual([before + 1, before + 2, before + 3, before + 4]);
      expect(await store!.eventsAfter(before, 100)).toEqual(s);
      const after = await state(store!, ['f1', 'f2', 'f3'], ['d1', 'd2']);
      expect(after.cursors).toEqual([at(4), at(3), at(1)]);
      expect(after.raw).toEqual([4, 3, 1]);
      expect(after.stock.map((r) => [r.fridgeId, r.onHand])).toEqual([['f1', 4], ['f2', 3], ['f3', 1]]);
      expect(after.catalog).toEqual([undefined, 8]);
    } finally {
      await close();
    }
  });

  it('leaves the same projection rows as SQLite when several units write the same row: the last full write stands, partial writes keep their columns', async () => {
    const group: CommitUnit[] = [
      batch('d1', 'f1', undefined, 1, 3, [online('d1', 'f1', 'e1', AT + 1), stock('d1', 'f1', 'g1', 5), reading('d1', 'f1', 1, 40, AT + 1)]),
      batch('d1', 'f1', at(3), 4, 6, [stock('d1', 'f1', 'g1', 3), offline('d1', 'f1', AT + 6), reading('d1', 'f1', 1, 41, AT + 6)]),
      { kind: 'append', district: 'd1', events: [stock('d1', 'f1', 'g1', 7), catalog('d1', 1)] },
      // f2 was online in epoch e9: going offline twice keeps its epoch.
      batch('d1', 'f2', at(1), 2, 2, [offline('d1', 'f2', AT + 2)]),
      batch('d1', 'f2', at(2), 3, 3, [offline('d1', 'f2', AT + 3)]),
      { kind: 'append', district: 'd1', events: [catalog('d1', 2), online('d1', 'f3', 'e3', AT + 9)] },
      { kind: 'append', district: 'd1', events: [offline('d1', 'f3', AT + 10)] },
    ];
    const seed = asBatch(batch('d1', 'f2', undefined, 1, 1, [online('d1', 'f2', 'e9', AT)]));
    const sqlite = new SqliteCloudStore(tmpDir());
    const { stores: [store], close } = await pg();
    try {
      const results = [];
      for (const s of [sqlite, store!] as CloudStore[]) {
        await s.commitBatch(seed);
        expect(names(await s.commitGroup(group))).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
        results.push(await state(s, ['f1', 'f2', 'f3'], ['d1']));
      }
      expect(results[1]).toEqual(results[0]);
      const pgState = results[1]!;
      expect(pgState.stock.map((r) => r.onHand)).toEqual([7]);
      // Offline keeps the epoch the fridge was online in, whether the row came in this group or before.
      expect(pgState.status).toEqual([
        ['f1', { online: false, stale: true, epoch: 'e1', changedAt: AT + 6 }],
        ['f2', { online: false, stale: true, epoch: 'e9', changedAt: AT + 3 }],
        ['f3', { online: false, stale: true, epoch: 'e3', changedAt: AT + 10 }],
      ]);
      expect(pgState.catalog).toEqual([2]);
      expect(pgState.temperatures).toEqual([['f1', [expect.objectContaining({ sensor: 1, deciCelsius: 41 })]]]);
    } finally {
      await sqlite.close();
      await close();
    }
  });

  it('fails the units of a district whose fence moved, and commits the other districts of the group', async () => {
    const { stores: [store], url, close } = await pg();
    const owner = new Client({ connectionString: url });
    await owner.connect();
    try {
      // The table as cloud/ownership creates it: i1 owns d1 (token 3); d2 was taken over by i2.
      await owner.query('CREATE TABLE district_owners (district TEXT PRIMARY KEY, instance_id TEXT NOT NULL, public_url TEXT NOT NULL, token BIGINT NOT NULL, since BIGINT NOT NULL)');
      await owner.query("INSERT INTO district_owners VALUES ('d1', 'i1', 'http://i1', 3, 0), ('d2', 'i2', 'http://i2', 5, 0)");
      const fence = { instanceId: 'i1', token: 3 };
      const out = await store!.commitGroup([
        batch('d1', 'f1', undefined, 1, 2, [stock('d1', 'f1', 'g1', 2)], { fence }),
        batch('d2', 'f2', undefined, 1, 2, [stock('d2', 'f2', 'g1', 2)], { fence: { instanceId: 'i1', token: 4 } }),
        { kind: 'append', district: 'd2', events: [catalog('d2', 1)], fence: { instanceId: 'i2', token: 5 } }, // decided after the failure
        { kind: 'append', district: 'd1', events: [catalog('d1', 1)], fence },
        { kind: 'append', district: 'd3', events: [catalog('d3', 1)] }, // not fenced
      ]);
      expect(names(out)).toEqual(['ok', 'FenceLost', 'StaleDecision', 'ok', 'ok']);
      expect((out[1] as { error: Error }).error).toBeInstanceOf(FenceLost);
      const after = await state(store!, ['f1', 'f2'], ['d1', 'd2', 'd3']);
      expect(after.cursors).toEqual([at(2), undefined]);
      expect(after.raw).toEqual([2, 0]);
      expect(after.catalog).toEqual([1, undefined, 1]);
      expect(after.events.map((e) => e.district)).toEqual(['d1', 'd1', 'd3']);
    } finally {
      await owner.end();
      await close();
    }
  });

  it('fails alone a unit that breaks a constraint (raw events stored already): committed again unit by unit', async () => {
    const { stores: [store], close } = await pg();
    try {
      await store!.commitBatch(asBatch(batch('d1', 'f1', undefined, 1, 3, [stock('d1', 'f1', 'g1', 3)])));
      // The cursor moves back (a refused batch's advance), so a batch that resends 2-4 passes the cursor check.
      await store!.deadLetter({ topic: 't', reason: 'test', payload: Uint8Array.from([1]), now: AT, fridgeId: 'f1', advance: at(1) });
      const out = await store!.commitGroup([
        batch('d2', 'f2', undefined, 1, 1, [stock('d2', 'f2', 'g1', 1)]),
        batch('d1', 'f1', at(1), 2, 4, [stock('d1', 'f1', 'g1', 99)]),
        { kind: 'append', district: 'd1', events: [catalog('d1', 1)] },
        batch('d3', 'f3', undefined, 1, 1, [stock('d3', 'f3', 'g1', 1)]),
      ]);
      expect(names(out)).toEqual(['ok', 'error', 'StaleDecision', 'ok']);
      expect((out[1] as { error: Error }).error).toBeInstanceOf(DatabaseError);
      expect(out[1]).toMatchObject({ error: { code: '23505' } }); // unique_violation
      const after = await state(store!, ['f1', 'f2', 'f3'], ['d1']);
      expect(after.cursors).toEqual([at(1), at(1), at(1)]);
      expect(after.raw).toEqual([3, 1, 1]);
      expect(after.stock.map((r) => [r.fridgeId, r.onHand])).toEqual([['f1', 3], ['f2', 1], ['f3', 1]]);
      expect(stored(out).map((e) => e.position)).toEqual([2, 3]);
    } finally {
      await close();
    }
  });

  it("fails a batch whose fridge's first cursor another writer inserts between the group's read and its write: CursorConflict for it alone", async () => {
    const { stores: [store], url, close } = await pg();
    const other = new Client({ connectionString: url });
    await other.connect();
    try {
      // Another writer (an instance that owned the district a moment ago) has inserted f1's
      // first cursor and not committed yet: the group's read does not see it.
      await other.query('BEGIN');
      await other.query("INSERT INTO cursors (fridge_id, epoch, committed_seq, updated_at) VALUES ('f1', 'e0', 9, 0)");
      let settled = false;
      const group = store!.commitGroup([
        batch('d1', 'f1', undefined, 1, 2, [stock('d1', 'f1', 'g1', 2)]),
        { kind: 'append', district: 'd1', events: [catalog('d1', 1)] },
        batch('d2', 'f2', undefined, 1, 1, [stock('d2', 'f2', 'g1', 1)]),
      ]).finally(() => {
        settled = true;
      });
      // The group's insert of that cursor waits for the other writer, as PostgreSQL says.
      await until('the group waits on the cursor being inserted', async () =>
        Number((await other.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")).rows[0]?.n) > 0 ? true : undefined);
      expect(settled).toBe(false);
      await other.query('COMMIT');
      const out = await group;
      expect(names(out)).toEqual(['CursorConflict', 'StaleDecision', 'ok']);
      const after = await state(store!, ['f1', 'f2'], ['d1']);
      expect(after.cursors).toEqual([{ epoch: 'e0', committedSeq: 9 }, at(1)]);
      expect(after.raw).toEqual([0, 1]);
      expect(after.catalog).toEqual([undefined]);
      expect(after.events).toEqual([stock('d2', 'f2', 'g1', 1)]);
    } finally {
      await other.end();
      await close();
    }
  });

  it('commits concurrent groups of two instances that share rows, positions ascending for a follower, without deadlock, while a third rebuilds the projections', async () => {
    const db = await createTestDatabase();
    const stores = await Promise.all([0, 1, 2].map(() => PgCloudStore.open(db.url, { max: 4 })));
    try {
      const [a, b, rebuilder] = stores as [PgCloudStore, PgCloudStore, PgCloudStore];
      const ROUNDS = 30;
      let writing = true;
      // Each instance has its fridges, and both write the same shared rows (a stock row, a
      // catalog row, two sensors), in opposite orders.
      const writer = async (store: PgCloudStore, w: number): Promise<UnitOutcome[][]> => {
        const outs: UnitOutcome[][] = [];
        const shared = [stock('s', 'fx', 'g1', w), stock('s', 'fy', 'g1', w), catalog('s', w), reading('s', 'fx', 1, w, AT), reading('s', 'fx', 2, w, AT)];
        for (let r = 0; r < ROUNDS; r++) {
          const units: CommitUnit[] = [0, 1, 2, 3].map((k) => {
            const f = `w${w}-f${k}`;
            return batch(`d${w}`, f, r === 0 ? undefined : at(r * 5), r * 5 + 1, r * 5 + 5, [stock(`d${w}`, f, 'g1', r), reading(`d${w}`, f, 1, r, AT + r)]);
          });
          units.push({ kind: 'append', district: 's', events: w === 0 ? shared : [...shared].reverse() });
          outs.push(await store.commitGroup(units));
        }
        return outs;
      };
      const writes = Promise.all([writer(a, 0), writer(b, 1)]).finally(() => {
        writing = false;
      });
      const seen: number[] = [];
      let rebuilds = 0;
      const follow = (async () => {
        for (let after = 0; ; ) {
          const done = !writing;
          const page = await rebuilder.eventsAfter(after, 100);
          for (const e of page) seen.push(e.position);
          if (page.length > 0) after = page.at(-1)!.position;
          else if (done) return;
        }
      })();
      const rebuild = (async () => {
        while (writing) {
          await rebuilder.rebuildProjections();
          rebuilds += 1;
        }
      })();
      const [outs] = await Promise.all([writes, follow, rebuild]);
      for (const groups of outs) {
        for (const out of groups) {
          expect(names(out)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
          const ps = stored(out).map((e) => e.position);
          expect(ps).toEqual([...ps].sort((x, y) => x - y));
        }
      }
      const all = (await rebuilder.eventsAfter(0, 100_000)).map((e) => e.position);
      expect(all).toHaveLength(2 * ROUNDS * (4 * 2 + 5));
      expect(seen).toEqual(all);
      expect(rebuilds).toBeGreaterThan(0);
      for (const w of [0, 1]) for (const k of [0, 1, 2, 3]) expect(await a.getCursor(`w${w}-f${k}`)).toEqual(at(ROUNDS * 5));
      const live = await state(rebuilder, ['fx', 'fy'], ['s', 'd0', 'd1']);
      await rebuilder.rebuildProjections();
      expect(await state(rebuilder, ['fx', 'fy'], ['s', 'd0', 'd1'])).toEqual(live);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await db.drop();
    }
  });
});
