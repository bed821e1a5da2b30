// The application core on a real SQLite store: decisions of a district are staged at once and
// committed together, a failed unit makes the decisions after it stale and they are taken
// again on the state that did commit, and the bus hears every transaction once, in order.
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { CommandHandler, CommittedBus, GroupCommitter } from '../../../cloud/core/index.js';
import type { DistrictCommand } from '../../../cloud/domain/index.js';
import { CursorConflict, SqliteCloudStore, type StoredEvent } from '../../../cloud/store/index.js';
import { useTmpDirs } from '../../support/tmp.js';
import { epc, fridgeEvent, LASAGNA } from '../domain/spec.js';

const tmp = useTmpDirs();
const D = 'mitte';
const NOW = Date.now();
const stores: SqliteCloudStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

async function setup() {
  const store = new SqliteCloudStore(tmp());
  stores.push(store);
  await store.putTags([1, 2, 3, 4, 5, 6].map((s) => ({ epc: epc(s), gtin: LASAGNA })), NOW);
  const bus = new CommittedBus(pino({ level: 'silent' }));
  const published: StoredEvent[][] = [];
  bus.subscribe('test', (s) => void published.push([...s]));
  const groups: number[] = [];
  const committer = new GroupCommitter({ store, maxUnits: 100, maxWeight: 10_000, onCommitted: (s) => bus.publish(s), onGroup: (g) => void groups.push(g.units) });
  const core = new CommandHandler({ registry: store, events: store, committer, now: () => NOW });
  return { store, core, published, groups };
}

const record = (fridgeId: string, events: DistrictCommand & { type: 'RecordFridgeEvents' } extends infer C ? C extends { events: infer E } ? E : never : never): DistrictCommand => ({
  type: 'RecordFridgeEvents',
  fridgeId,
  epoch: 'e1',
  newEpoch: false,
  events,
});
const reserve = (id: string, quantity = 1): DistrictCommand => ({ type: 'ReserveMeal', reservationId: id, fridgeId: 'f1', gtin: LASAGNA, userId: `u-${id}`, quantity, expiresAtMs: NOW + 600_000 });

describe('CommandHandler (integration: real SQLite store)', () => {
  it('commits what a district decides in one turn together, answers each after the commit, publishes once', async () => {
    const { core, store, published, groups } = await setup();
    await core.handle(D, { type: 'MarkFridgeOnline', fridgeId: 'f1', epoch: 'e1' });
    await core.handle(D, record('f1', [fridgeEvent.snapshot([epc(1), epc(2), epc(3)], NOW)]));
    groups.length = 0;
    published.length = 0;
    // Five holds at once for three meals: each decided on the state the previous one left.
    const answers = await Promise.all([1, 2, 3, 4, 5].map((i) => core.handle(D, reserve(`r${i}`))));
    expect(answers.map((a) => (a.ok ? 'ok' : a.reason))).toEqual(['ok', 'ok', 'ok', 'insufficient_stock', 'insufficient_stock']);
    expect(groups).toEqual([3]);
    expect(published).toHaveLength(1);
    const positions = published[0]!.map((s) => s.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect((await store.stockOf('f1'))[0]).toMatchObject({ onHand: 3, reserved: 3, available: 0 });
  });

  it('a unit that fails makes the decisions after it stale: they are taken again on what committed', async () => {
    const { core, store } = await setup();
    await core.handle(D, { type: 'MarkFridgeOnline', fridgeId: 'f1', epoch: 'e1' });
    // A restock of three meals decided against a cursor the store does not have: it fails...
    const restock = core.handle(D, record('f1', [fridgeEvent.snapshot([epc(1), epc(2), epc(3)], NOW)]), (events) => ({
      kind: 'batch',
      batch: { fridgeId: 'f1', district: D, epoch: 'e1', raw: [], events, expected: { epoch: 'e1', committedSeq: 41 }, committedSeq: 42, now: NOW },
    }));
    // ...and a hold decided after it (on a state with the restock in it) must not stand.
    const hold = core.handle(D, reserve('r1'));
    await expect(restock).rejects.toBeInstanceOf(CursorConflict);
    const answer = await hold;
    expect(answer).toEqual({ ok: false, reason: 'insufficient_stock' });
    expect(await store.stockOf('f1')).toEqual([]);
    const types = (await store.eventsAfter(0, 100)).map((s) => s.event.type);
    expect(types).not.toContain('FridgeInventoryChanged');
    expect(types).not.toContain('MealStockReserved');
    // The district goes on from what committed.
    await core.handle(D, record('f1', [fridgeEvent.snapshot([epc(4)], NOW)]));
    expect(await core.handle(D, reserve('r2'))).toMatchObject({ ok: true });
    expect((await store.stockOf('f1'))[0]).toMatchObject({ onHand: 1, reserved: 1, available: 0 });
  });

  it('keeps districts apart: a district that is dropped is folded again from the store, the others keep their state', async () => {
    const { core } = await setup();
    await core.handle('a', { type: 'MarkFridgeOnline', fridgeId: 'fa', epoch: 'e1' });
    await core.handle('b', { type: 'MarkFridgeOnline', fridgeId: 'fb', epoch: 'e1' });
    expect(core.loaded().sort()).toEqual(['a', 'b']);
    core.drop('a');
    expect(core.loaded()).toEqual(['b']);
    // Folded again on first use, with what was committed: the fridge is known and online.
    expect(await core.handle('a', { type: 'MarkFridgeOnline', fridgeId: 'fa', epoch: 'e1' })).toEqual({ ok: true, events: [] });
    expect(core.loaded().sort()).toEqual(['a', 'b']);
  });
});
