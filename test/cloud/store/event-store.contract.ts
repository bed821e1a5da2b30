// The contract of the EventStore role (cloud/store/store.ts): batches and group commits, with
// their raw events, cursors and projections, all or nothing; appends; dead letters; reading
// the events back by position and by district; retention of raw events.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../cloud/domain/index.js';
import { CursorConflict, DEAD_LETTER_LIMITS, StaleDecision, type CommitUnit, type Cursor, type StoredEvent } from '../../../cloud/store/store.js';
import { AT, D, batch, catalog, expectAscending, fridge, inventory, observable, offline, online, raws, reading, stock, tick, useFreshStore, type StoreFixture } from './contract-fixtures.js';

/**
 * What every adapter must do as the EventStore (STYLE.md: one contract suite for all
 * adapters). `open` gives a store on a fresh, empty location.
 */
export function describeEventStoreContract(name: string, open: () => Promise<StoreFixture>): void {
  describe(`EventStore contract: ${name}`, () => {
    const fresh = useFreshStore(open);

    it('commits a batch: raw events, domain events in input order at ascending positions, projections, cursor', async () => {
      const { store } = await fresh();
      await store.createFridge(fridge('f1'), AT);
      await store.createFridge(fridge('f2'), AT);
      const events: DomainEvent[] = [online('f1', 'e1'), stock('f1', 'g2', 5), stock('f1', 'g1', 3, 1), inventory('f1'), catalog(D, 7)];
      const stored = await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(1, 3), events, expected: undefined, committedSeq: 3 }));
      expect(stored.map((s) => s.event)).toEqual(events);
      expectAscending(stored);
      expect(await store.eventsAfter(0, 100)).toEqual(stored);
      expect(await store.lastPosition()).toBe(stored.at(-1)!.position);
      expect(await store.rawEventCount('f1')).toBe(3);
      expect(await store.rawEventCount('f2')).toBe(0);
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e1', committedSeq: 3 });
      expect(await store.getCursor('f2')).toBeUndefined();
      expect(await store.stockOf('f1')).toEqual([
        { fridgeId: 'f1', gtin: 'g1', onHand: 3, reserved: 1, available: 2 },
        { fridgeId: 'f1', gtin: 'g2', onHand: 5, reserved: 0, available: 5 },
      ]);
      expect(await store.stockOf('f2')).toEqual([]);
      expect(await store.statusOf('f1')).toEqual({ online: true, stale: false, epoch: 'e1', changedAt: AT });
      expect(await store.statusOf('f2')).toBeUndefined();
      expect(await store.catalogVersion(D)).toBe(7);
      expect(await store.catalogVersion('nowhere')).toBeUndefined();

      // The next batch of f1: a stock change and the fridge going offline (its epoch is kept).
      const next = await store.commitBatch(
        batch({ fridgeId: 'f1', raw: raws(4, 5), events: [stock('f1', 'g1', 2, 1), offline('f1', AT + 100)], expected: { epoch: 'e1', committedSeq: 3 }, committedSeq: 5, now: AT + 100 }),
      );
      expect(next[0]!.position).toBeGreaterThan(stored.at(-1)!.position);
      expectAscending(next);
      expect(await store.statusOf('f1')).toEqual({ online: false, stale: true, epoch: 'e1', changedAt: AT + 100 });
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e1', committedSeq: 5 });
      expect(await store.rawEventCount('f1')).toBe(5);

      // f2: offline with no status before (no epoch), some stock, in another epoch.
      await store.commitBatch(batch({ fridgeId: 'f2', epoch: 'x9', raw: raws(1, 1), events: [stock('f2', 'g0', 1), offline('f2', AT + 200)], expected: undefined, committedSeq: 1 }));
      expect(await store.statusOf('f2')).toEqual({ online: false, stale: true, epoch: null, changedAt: AT + 200 });
      expect(await store.allStatus()).toEqual(new Map([['f1', await store.statusOf('f1')], ['f2', await store.statusOf('f2')]]));
      expect(await store.getCursor('f2')).toEqual({ epoch: 'x9', committedSeq: 1 });
      expect(await store.allStock()).toEqual([
        { fridgeId: 'f1', gtin: 'g1', onHand: 2, reserved: 1, available: 1 },
        { fridgeId: 'f1', gtin: 'g2', onHand: 5, reserved: 0, available: 5 },
        { fridgeId: 'f2', gtin: 'g0', onHand: 1, reserved: 0, available: 1 },
      ]);

      // Raw events only: no domain events, the cursor moves.
      const last = await store.lastPosition();
      expect(await store.commitBatch(batch({ fridgeId: 'f2', epoch: 'x9', raw: raws(2, 3), expected: { epoch: 'x9', committedSeq: 1 }, committedSeq: 3 }))).toEqual([]);
      expect(await store.getCursor('f2')).toEqual({ epoch: 'x9', committedSeq: 3 });
      expect(await store.lastPosition()).toBe(last);
      expect((await store.catalogSignature()).lastPosition).toBe(last);
      expect((await store.catalogSignature()).fridges).toBe(2);
    });

    it('refuses a batch decided against another cursor with CursorConflict and writes nothing', async () => {
      const { store } = await fresh();
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(1, 3), events: [online('f1', 'e1'), stock('f1', 'g1', 3), catalog(D, 1), reading('f1', 1, 40, AT)], expected: undefined, committedSeq: 3 }));
      const before = await observable(store, ['f1', 'f2']);
      expect(before.temperatures.size).toBe(1);
      const attempt = (fridgeId: string, expected: Cursor | undefined) =>
        store.commitBatch(batch({ fridgeId, raw: raws(10, 11), events: [stock(fridgeId, 'g1', 99), offline(fridgeId, AT + 9), catalog(D, 2), reading(fridgeId, 1, 99, AT + 9)], expected, committedSeq: 11 }));

      for (const [fridgeId, expected] of [
        ['f1', undefined], // a cursor exists
        ['f2', { epoch: 'e1', committedSeq: 3 }], // none exists
        ['f1', { epoch: 'e1', committedSeq: 2 }], // stale seq
        ['f1', { epoch: 'e0', committedSeq: 3 }], // other epoch
      ] as const) {
        const err: unknown = await attempt(fridgeId, expected).then(() => undefined, (e: unknown) => e);
        expect(err).toBeInstanceOf(CursorConflict);
        expect(err).toMatchObject({ fridgeId });
        expect(await observable(store, ['f1', 'f2'])).toEqual(before);
      }
      // The expected cursor still commits, after the last position.
      const ok = await attempt('f1', { epoch: 'e1', committedSeq: 3 });
      expect(ok[0]!.position).toBeGreaterThan(before.lastPosition);
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e1', committedSeq: 11 });
    });

    it('refuses the same (fridge, epoch, seq) twice and leaves nothing of the failed transaction', async () => {
      const { store } = await fresh();
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(1, 3), events: [stock('f1', 'g1', 3)], expected: undefined, committedSeq: 3 }));
      const before = await observable(store, ['f1', 'f2']);

      const dup = await store
        .commitBatch(batch({ fridgeId: 'f1', raw: raws(3, 4), events: [stock('f1', 'g1', 99), catalog(D, 5)], expected: { epoch: 'e1', committedSeq: 3 }, committedSeq: 4 }))
        .then(() => undefined, (e: unknown) => e);
      expect(dup).toBeInstanceOf(Error);
      expect(dup).not.toBeInstanceOf(CursorConflict);
      expect(await observable(store, ['f1', 'f2'])).toEqual(before);

      // A duplicate within one batch, on a fridge without a cursor: no cursor appears either.
      const within = await store
        .commitBatch(batch({ fridgeId: 'f2', raw: [...raws(1, 2), ...raws(2, 2)], events: [online('f2', 'e1')], expected: undefined, committedSeq: 2 }))
        .then(() => undefined, (e: unknown) => e);
      expect(within).toBeInstanceOf(Error);
      expect(await observable(store, ['f1', 'f2'])).toEqual(before);

      // The same seqs in a new epoch are new events.
      await store.commitBatch(batch({ fridgeId: 'f1', epoch: 'e2', raw: raws(1, 2), expected: { epoch: 'e1', committedSeq: 3 }, committedSeq: 2 }));
      expect(await store.rawEventCount('f1')).toBe(5);
    });

    it('appends events without a batch, in one transaction with their projections', async () => {
      const { store } = await fresh();
      expect(await store.lastPosition()).toBe(0);
      expect(await store.append(D, [])).toEqual([]);
      expect(await store.lastPosition()).toBe(0);
      const first = await store.append(D, [online('f9', 'e9'), catalog(D, 3)]);
      expect(first.map((s) => s.event)).toEqual([online('f9', 'e9'), catalog(D, 3)]);
      expectAscending(first);
      expect(await store.statusOf('f9')).toEqual({ online: true, stale: false, epoch: 'e9', changedAt: AT });
      expect(await store.catalogVersion(D)).toBe(3);
      const second = await store.append(D, [catalog(D, 4)]);
      expect(second[0]!.position).toBeGreaterThan(first[1]!.position);
      expect(await store.catalogVersion(D)).toBe(4);
      expect(await store.lastPosition()).toBe(second[0]!.position);
      expect(await store.eventsAfter(0, 10)).toEqual([...first, ...second]);
    });

    it('commits a group in one transaction: units in order, a failed unit rolled back alone, later units of its district stale, other districts unaffected', async () => {
      const { store } = await fresh();
      expect(await store.commitGroup([])).toEqual([]);
      await store.commitBatch(batch({ fridgeId: 'f2', raw: raws(1, 1), events: [stock('f2', 'g1', 1)], expected: undefined, committedSeq: 1 }));
      const before = await store.lastPosition();
      const D2 = 'district-2';
      const units: CommitUnit[] = [
        { kind: 'batch', batch: batch({ fridgeId: 'f1', raw: raws(1, 2), events: [online('f1', 'e1'), stock('f1', 'g1', 4)], expected: undefined, committedSeq: 2 }) },
        { kind: 'append', district: D2, events: [catalog(D2, 1)] },
        // Decided against a cursor f2 does not have: fails alone...
        { kind: 'batch', batch: batch({ fridgeId: 'f2', raw: raws(5, 5), events: [stock('f2', 'g1', 0)], expected: { epoch: 'e1', committedSeq: 4 }, committedSeq: 5 }) },
        // ...and what its district decided after it is not written.
        { kind: 'append', district: D, events: [catalog(D, 9)] },
        { kind: 'batch', batch: batch({ fridgeId: 'f3', district: D2, raw: raws(1, 1), events: [stock('f3', 'g7', 2, 0, D2)], expected: undefined, committedSeq: 1 }) },
      ];
      const out = await store.commitGroup(units);
      expect(out.map((o) => (o.ok ? 'ok' : o.error.name))).toEqual(['ok', 'ok', 'CursorConflict', 'StaleDecision', 'ok']);
      expect(out[3]).toMatchObject({ ok: false, error: expect.any(StaleDecision) });
      const stored = out.flatMap((o) => (o.ok ? o.stored : []));
      expect(stored.map((s) => s.event)).toEqual([online('f1', 'e1'), stock('f1', 'g1', 4), catalog(D2, 1), stock('f3', 'g7', 2, 0, D2)]);
      expectAscending(stored);
      expect(stored[0]!.position).toBeGreaterThan(before);
      expect(await store.eventsAfter(before, 100)).toEqual(stored);
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e1', committedSeq: 2 });
      expect(await store.getCursor('f2')).toEqual({ epoch: 'e1', committedSeq: 1 });
      expect(await store.getCursor('f3')).toEqual({ epoch: 'e1', committedSeq: 1 });
      expect(await store.rawEventCount('f2')).toBe(1);
      expect(await store.stockOf('f2')).toEqual([{ fridgeId: 'f2', gtin: 'g1', onHand: 1, reserved: 0, available: 1 }]);
      expect(await store.catalogVersion(D)).toBeUndefined();
      expect(await store.catalogVersion(D2)).toBe(1);
      expect(await store.stockOf('f3')).toEqual([{ fridgeId: 'f3', gtin: 'g7', onHand: 2, reserved: 0, available: 2 }]);
    });

    it('keeps dead letters (newest first, with their size) and advances the cursor only when asked', async () => {
      const { store } = await fresh();
      await store.deadLetter({ fridgeId: 'f1', topic: 'ff/f1/events', reason: 'undecodable', payload: new Uint8Array(10), now: AT });
      expect(await store.getCursor('f1')).toBeUndefined();
      await store.deadLetter({ fridgeId: 'f1', topic: 'ff/f1/events', reason: 'gap', payload: Uint8Array.from([1, 2, 3]), now: AT + 1, advance: { epoch: 'e1', committedSeq: 9 } });
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e1', committedSeq: 9 });
      await store.deadLetter({ fridgeId: undefined, topic: 'ff/unknown/events', reason: 'unknown fridge', payload: new Uint8Array(0), now: AT + 2 });
      await store.deadLetter({ fridgeId: 'f1', topic: 'ff/f1/events', reason: 'new epoch', payload: new Uint8Array(1), now: AT + 3, advance: { epoch: 'e2', committedSeq: 1 } });
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e2', committedSeq: 1 });

      const rows = await store.deadLetters();
      expect(rows.map(({ id: _id, digest: _d, ...r }) => r)).toEqual([
        { fridgeId: 'f1', topic: 'ff/f1/events', reason: 'new epoch', at: AT + 3, firstAt: AT + 3, bytes: 1, keptBytes: 1, count: 1 },
        { fridgeId: null, topic: 'ff/unknown/events', reason: 'unknown fridge', at: AT + 2, firstAt: AT + 2, bytes: 0, keptBytes: 0, count: 1 },
        { fridgeId: 'f1', topic: 'ff/f1/events', reason: 'gap', at: AT + 1, firstAt: AT + 1, bytes: 3, keptBytes: 3, count: 1 },
        { fridgeId: 'f1', topic: 'ff/f1/events', reason: 'undecodable', at: AT, firstAt: AT, bytes: 10, keptBytes: 10, count: 1 },
      ]);
      for (let i = 1; i < rows.length; i++) expect(rows[i]!.id).toBeLessThan(rows[i - 1]!.id);
      expect((await store.deadLetters(2)).map((r) => r.reason)).toEqual(['new epoch', 'unknown fridge']);
      // The cursor a dead letter advanced is the one the next batch is decided against.
      await store.commitBatch(batch({ fridgeId: 'f1', epoch: 'e2', raw: raws(2, 2), expected: { epoch: 'e2', committedSeq: 1 }, committedSeq: 2 }));
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e2', committedSeq: 2 });
    });

    it('bounds dead letters: a prefix and a digest of each, one row per repeat with a count, the least recently seen evicted (issue 11 item 7)', async () => {
      const { store } = await fresh();
      const big = new Uint8Array(200_000).map((_, i) => i % 251);
      const digest = createHash('sha256').update(big).digest('hex');
      expect(await store.deadLetter({ fridgeId: 'f1', topic: 't', reason: 'oversized', payload: big, now: AT })).toEqual({ repeated: false, truncatedBytes: 200_000 - DEAD_LETTER_LIMITS.prefixBytes, evicted: 0 });
      // The same payload again, from the same fridge for the same reason: one row, counted.
      expect(await store.deadLetter({ fridgeId: 'f1', topic: 't', reason: 'oversized', payload: big, now: AT + 5 })).toEqual({ repeated: true, truncatedBytes: 0, evicted: 0 });
      // Another fridge, or no fridge at all, has its own row.
      await store.deadLetter({ fridgeId: undefined, topic: 't', reason: 'oversized', payload: big, now: AT + 6 });
      await store.deadLetter({ fridgeId: undefined, topic: 't', reason: 'oversized', payload: big, now: AT + 7 });
      const rows = await store.deadLetters();
      expect(rows.map(({ id: _id, ...r }) => r)).toEqual([
        { fridgeId: null, topic: 't', reason: 'oversized', at: AT + 7, firstAt: AT + 6, bytes: 200_000, keptBytes: DEAD_LETTER_LIMITS.prefixBytes, digest, count: 2 },
        { fridgeId: 'f1', topic: 't', reason: 'oversized', at: AT + 5, firstAt: AT, bytes: 200_000, keptBytes: DEAD_LETTER_LIMITS.prefixBytes, digest, count: 2 },
      ]);
      // Over maxRows, the least recently seen go first.
      const limits = { maxRows: 3, prefixBytes: 4 };
      expect(await store.deadLetter({ fridgeId: 'f2', topic: 't', reason: 'undecodable', payload: Uint8Array.from([1, 2, 3, 4, 5, 6]), now: AT + 8, limits })).toEqual({ repeated: false, truncatedBytes: 2, evicted: 0 });
      expect(await store.deadLetter({ fridgeId: 'f2', topic: 't', reason: 'undecodable', payload: Uint8Array.from([9]), now: AT + 9, limits })).toEqual({ repeated: false, truncatedBytes: 0, evicted: 1 });
      expect((await store.deadLetters()).map((r) => [r.fridgeId, r.at, r.keptBytes])).toEqual([['f2', AT + 9, 1], ['f2', AT + 8, 4], [null, AT + 7, DEAD_LETTER_LIMITS.prefixBytes]]);
    });

    it('knows the highest raw seq stored per fridge and epoch (an epoch that comes back, issue 11 item 4)', async () => {
      const { store } = await fresh();
      expect(await store.highestRawSeq('f1', 'e1')).toBe(0);
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(1, 7), expected: undefined, committedSeq: 7 }));
      await store.commitBatch(batch({ fridgeId: 'f1', epoch: 'e2', raw: raws(1, 2), expected: { epoch: 'e1', committedSeq: 7 }, committedSeq: 2 }));
      expect(await store.highestRawSeq('f1', 'e1')).toBe(7);
      expect(await store.highestRawSeq('f1', 'e2')).toBe(2);
      expect(await store.highestRawSeq('f2', 'e1')).toBe(0);
      // The stored bytes of a range, by seq (a returning epoch's seqs are compared with them).
      const kept = await store.rawPayloads('f1', 'e1', 3, 5);
      expect([...kept.keys()]).toEqual([3, 4, 5]);
      expect(kept.get(4)).toEqual(raws(4, 4)[0]!.payload);
      expect((await store.rawPayloads('f1', 'e2', 3, 9)).size).toBe(0);
    });

    it('reads events after a position, with a limit and a districts filter', async () => {
      const { store } = await fresh();
      const all: StoredEvent[] = [];
      for (const [district, sensor] of [['d1', 1], ['d2', 2], ['d3', 3], ['d1', 4], ['d2', 5], ['d3', 6], ['d1', 7]] as const) all.push(...(await store.append(district, [tick('f1', sensor, district)])));
      expectAscending(all);
      expect(await store.eventsAfter(0, 100)).toEqual(all);
      expect(await store.eventsAfter(0, 3)).toEqual(all.slice(0, 3));
      expect(await store.eventsAfter(all[2]!.position, 2)).toEqual(all.slice(3, 5));
      expect(await store.eventsAfter(all.at(-1)!.position, 10)).toEqual([]);
      expect(await store.eventsAfter(0, 100, ['d1', 'd3'])).toEqual(all.filter((s) => s.event.district !== 'd2'));
      expect(await store.eventsAfter(all[0]!.position, 1, ['d1'])).toEqual([all[3]]);
      expect(await store.eventsAfter(0, 100, ['d9'])).toEqual([]);
      expect(await store.eventsAfter(0, 100, [])).toEqual([]);
    });

    it("yields all of a district's events in order, across pages", async () => {
      const { store } = await fresh();
      const d1 = Array.from({ length: 5003 }, (_, i) => tick('f1', i, 'd1'));
      const d2 = [tick('f2', 1, 'd2'), tick('f2', 2, 'd2')];
      await store.append('d1', d1.slice(0, 2500));
      await store.append('d2', d2.slice(0, 1));
      await store.append('d1', d1.slice(2500));
      await store.append('d2', d2.slice(1));
      const got: StoredEvent[] = [];
      for await (const s of store.districtEvents('d1')) got.push(s);
      expect(got).toHaveLength(5003);
      expectAscending(got);
      expect(got.map((s) => s.event)).toEqual(d1);
      expect(got).toEqual(await store.eventsAfter(0, 10_000, ['d1']));
      const other: StoredEvent[] = [];
      for await (const s of store.districtEvents('d2')) other.push(s);
      expect(other.map((s) => s.event)).toEqual(d2);
      for await (const s of store.districtEvents('nowhere')) throw new Error(`unexpected ${s.position}`);
    });

    it('reads a district\'s events after a position', async () => {
      const { store } = await fresh();
      const stored = await store.append('d1', [1, 2, 3, 4].map((i) => tick('f1', i, 'd1')));
      await store.append('d2', [tick('f2', 1, 'd2')]);
      const after: StoredEvent[] = [];
      for await (const s of store.districtEvents('d1', stored[1]!.position)) after.push(s);
      expect(after).toEqual(stored.slice(2));
      for await (const s of store.districtEvents('d1', stored[3]!.position)) throw new Error(`unexpected ${s.position}`);
    });

    it('keeps a district snapshot with the event at its position; a later one of the same version wins; rebuild drops them', async () => {
      const { store, reopen } = await fresh();
      expect(await store.districtSnapshot('d1')).toBeUndefined();
      const [a, b] = await store.append('d1', [tick('f1', 1, 'd1'), tick('f1', 2, 'd1')]);
      const at = (s: StoredEvent) => ({ position: s.position, eventType: s.event.type, eventAt: s.event.at });
      const snap = { district: 'd1', ...at(b!), version: 'v1', state: 'x'.repeat(200_000), savedAt: AT };
      expect(await store.saveDistrictSnapshot(snap)).toBe(true);
      expect(await store.districtSnapshot('d1')).toEqual({ snapshot: snap, atPosition: { district: 'd1', type: b!.event.type, at: b!.event.at } });
      expect(await store.districtSnapshot('d2')).toBeUndefined();
      // An older position of the same version (an instance that lost the district, late): not kept.
      expect(await store.saveDistrictSnapshot({ ...snap, ...at(a!), state: 'older' })).toBe(false);
      expect((await store.districtSnapshot('d1'))?.snapshot.state).toBe(snap.state);
      // Another version replaces it whatever its position (the code that reads it changed).
      const other = { ...snap, ...at(a!), version: 'v2', state: 'other code' };
      expect(await store.saveDistrictSnapshot(other)).toBe(true);
      expect((await store.districtSnapshot('d1'))?.snapshot).toEqual(other);
      // Kept across a reopen.
      const again = await reopen();
      expect((await again.districtSnapshot('d1'))?.snapshot).toEqual(other);
      // A position the events table does not hold (another store's snapshot): no event there.
      await again.saveDistrictSnapshot({ ...snap, district: 'd9', position: b!.position + 1000 });
      expect(await again.districtSnapshot('d9')).toEqual({ snapshot: { ...snap, district: 'd9', position: b!.position + 1000 }, atPosition: undefined });
      expect(await again.dropDistrictSnapshots()).toBe(2);
      expect(await again.districtSnapshot('d1')).toBeUndefined();
    });

    it('lists districts from the registry and the events, once each, in byte order', async () => {
      const { store } = await fresh();
      expect(await store.districts()).toEqual([]);
      await store.createFridge(fridge('f1', 'beta'), AT);
      await store.createFridge(fridge('f2', 'beta'), AT);
      await store.append('alpha', [tick('f3', 1, 'alpha')]);
      await store.append('Zeta', [tick('f4', 1, 'Zeta')]);
      await store.append('beta', [tick('f1', 1, 'beta')]);
      await store.append('alpha', [tick('f3', 2, 'alpha')]);
      expect(await store.districts()).toEqual(['Zeta', 'alpha', 'beta']);
    });

    it('has a store epoch: stable, kept across a reopen, different in another store', async () => {
      const a = await fresh();
      const epoch = await a.store.storeEpoch();
      expect(epoch).toMatch(/^\S{8,}$/);
      expect(await a.store.storeEpoch()).toBe(epoch);
      const again = await a.reopen();
      expect(await again.storeEpoch()).toBe(epoch);
      const b = await fresh();
      expect(await b.store.storeEpoch()).not.toBe(epoch);
    });

    it('prunes raw events by received time and keeps domain events', async () => {
      const { store } = await fresh();
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(1, 3), events: [tick('f1', 1)], expected: undefined, committedSeq: 3, now: AT }));
      await store.commitBatch(batch({ fridgeId: 'f2', raw: raws(1, 2), events: [tick('f2', 1)], expected: undefined, committedSeq: 2, now: AT + 500 }));
      await store.commitBatch(batch({ fridgeId: 'f1', raw: raws(4, 5), events: [tick('f1', 2)], expected: { epoch: 'e1', committedSeq: 3 }, committedSeq: 5, now: AT + 1000 }));
      const events = await store.eventsAfter(0, 100);

      expect(await store.pruneRawEvents(AT + 500)).toBe(3);
      expect(await store.rawEventCount('f1')).toBe(2);
      expect(await store.rawEventCount('f2')).toBe(2);
      expect(await store.pruneRawEvents(AT + 500)).toBe(0);
      expect(await store.pruneRawEvents(AT + 2000)).toBe(4);
      expect(await store.rawEventCount('f1')).toBe(0);
      expect(await store.eventsAfter(0, 100)).toEqual(events);
      expect(await store.getCursor('f1')).toEqual({ epoch: 'e1', committedSeq: 5 });
    });
  });
}
