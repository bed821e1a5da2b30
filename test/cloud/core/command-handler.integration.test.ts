// The application core on a real SQLite store: decisions of a district are staged at once and
// committed together, a failed unit makes the decisions after it stale and they are taken
// again on the state that did commit, and the bus hears every transaction once, in order.
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { CommandHandler, CommittedBus, DistrictSnapshots, GroupCommitter, type FoldReport, type SaveOutcome } from '../../../cloud/core/index.js';
import type { DistrictCommand } from '../../../cloud/domain/index.js';
import { CursorConflict, SqliteCloudStore, sqliteFile, type StoredEvent } from '../../../cloud/store/index.js';
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

describe('CommandHandler: folds (integration: real SQLite store)', () => {
  it('a district being folded does not hold the others: another district commits while it folds', async () => {
    const { store } = await setup();
    // A long history: 100,000 readings of one district (a fold of ~0.3 s).
    for (let k = 0; k < 10; k++) {
      await store.append('big', Array.from({ length: 10_000 }, (_, i) => ({ type: 'TemperatureRecorded' as const, district: 'big', fridgeId: 'fb', sensor: 1, deciCelsius: 40, at: NOW + k * 10_000 + i })));
    }
    const order: string[] = [];
    const committer = new GroupCommitter({ store, maxUnits: 100, maxWeight: 10_000, onCommitted: () => undefined });
    const core = new CommandHandler({ registry: store, events: store, committer, now: () => NOW, onFold: (f) => void order.push(`folded ${f.district} (${f.events})`) });
    await core.handle(D, { type: 'MarkFridgeOnline', fridgeId: 'f1', epoch: 'e1' });
    order.length = 0;
    const big = core.handle('big', { type: 'MarkFridgeOnline', fridgeId: 'fb', epoch: 'e1' });
    const other = core.handle(D, { type: 'MarkFridgeOffline', fridgeId: 'f1', clean: true }).then((r) => void order.push(`committed ${D} (${r.ok ? r.events.length : 0})`));
    await Promise.all([big, other]);
    expect(order).toEqual([`committed ${D} (1)`, 'folded big (100000)']);
  });
});

describe('CommandHandler: district snapshots (integration: real SQLite store)', () => {
  /** A command handler on `store` with snapshots every `every` events, and what they report. */
  function handler(store: SqliteCloudStore, every: number, version = 'v1') {
    const folds: FoldReport[] = [];
    const saves: SaveOutcome[] = [];
    const waiting: Array<(o: SaveOutcome) => void> = [];
    const snapshots = new DistrictSnapshots({
      // Every `every` events, whatever the district's size (these districts are small).
      store, every, version, sizeFactor: 0, log: pino({ level: 'silent' }),
      onSaved: (s) => {
        saves.push(s.outcome);
        waiting.shift()?.(s.outcome);
      },
    });
    // The test may stop new saves, and wait for the one under way: a save that this handler
    // started in the background must not land after the test read what was saved.
    let saving = true;
    let lastSave: Promise<unknown> = Promise.resolve();
    const due = snapshots.due.bind(snapshots);
    const save = snapshots.save.bind(snapshots);
    snapshots.due = (...args) => saving && due(...args);
    snapshots.save = (...args) => {
      const p = save(...args);
      lastSave = p.catch(() => undefined);
      return p;
    };
    const committer = new GroupCommitter({ store, maxUnits: 100, maxWeight: 10_000, onCommitted: () => undefined });
    const core = new CommandHandler({ registry: store, events: store, committer, now: () => NOW, snapshots, onFold: (f) => void folds.push(f) });
    const stopSaving = async (): Promise<void> => {
      saving = false;
      await lastSave;
    };
    return { core, folds, saves, nextSave: () => new Promise<SaveOutcome>((resolve) => waiting.push(resolve)), stopSaving };
  }
  const plain = (store: SqliteCloudStore) => new CommandHandler({ registry: store, events: store, committer: new GroupCommitter({ store, maxUnits: 100, maxWeight: 10_000, onCommitted: () => undefined }), now: () => NOW });
  const cancel = (id: string): DistrictCommand => ({ type: 'CancelReservation', reservationId: id, userId: `u-${id}`, reason: 'by_user' });
  const answers = (rs: Array<{ ok: boolean; reason?: string } | { ok: true }>) => rs.map((r) => (r.ok ? 'ok' : (r as { reason: string }).reason));
  /** A snapshot's text with its reservations line emptied (snapshot.ts: header, a line per fridge, reservations, holders). */
  const withoutHolds = (text: string): string => {
    const lines = text.split('\n');
    lines[(JSON.parse(lines[0]!) as { fridges: number }).fridges + 1] = '[]';
    return lines.join('\n');
  };
  const districtEvents = async (store: SqliteCloudStore) => (await store.eventsAfter(0, 100_000, [D])).length;

  async function history(core: CommandHandler): Promise<void> {
    await core.handle(D, { type: 'MarkFridgeOnline', fridgeId: 'f1', epoch: 'e1' });
    await core.handle(D, record('f1', [fridgeEvent.snapshot([1, 2, 3, 4, 5, 6].map(epc), NOW)]));
    // Decided together, committed together: the snapshot is taken once nothing is in flight.
    expect(answers(await Promise.all([1, 2, 3, 4].map((i) => core.handle(D, reserve(`r${i}`)))))).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(await core.handle(D, cancel('r2'))).toMatchObject({ ok: true });
  }

  /** A store with the history above and a snapshot of it (every 5 events), then `after` decided. */
  async function snapshotted(after: DistrictCommand) {
    const { store } = await setup();
    const a = handler(store, 5);
    const saved = a.nextSave();
    await history(a.core);
    expect(await saved).toBe('saved');
    // No later save of this handler (one the history's last commits set off, or `after`'s):
    // the snapshot stays before `after`, whatever the machine's load.
    await a.stopSaving();
    expect(await a.core.handle(D, after)).toMatchObject({ ok: true });
    return store;
  }

  it('restores a district from its snapshot and the events after it, and decides as a fold of every event would', async () => {
    // After the snapshot: one more hold (the snapshot is not at the last event).
    const store = await snapshotted(reserve('r5'));
    const snap = await store.districtSnapshot(D);
    expect(snap?.snapshot).toMatchObject({ district: D, version: 'v1' });
    expect(snap?.atPosition).toMatchObject({ district: D, type: snap?.snapshot.eventType, at: snap?.snapshot.eventAt });
    const total = await districtEvents(store);
    const after = (await store.eventsAfter(snap!.snapshot.position, 1000, [D])).length;
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(total);

    // A new instance (a restart, a takeover): the snapshot and the events after it only.
    const b = handler(store, 1_000);
    const next: DistrictCommand[] = [reserve('r6'), reserve('r7'), cancel('r1'), reserve('r8'), cancel('r-none'), reserve('r9')];
    const onB = [];
    for (const cmd of next) onB.push(await b.core.handle(D, cmd));
    expect(b.folds).toEqual([{ district: D, from: 'snapshot', events: after, ms: expect.any(Number) }]);
    // Six meals: holds while any is left, a cancel frees one, an unknown reservation is refused.
    expect(answers(onB)).toEqual(['ok', 'ok', 'ok', 'ok', 'unknown_reservation', 'insufficient_stock']);
    // The same history and commands folded from every event (another store) decide the same.
    const { store: other } = await setup();
    const fold = plain(other);
    await history(fold);
    await fold.handle(D, reserve('r5'));
    const onFold = [];
    for (const cmd of next) onFold.push(await fold.handle(D, cmd));
    expect(answers(onFold)).toEqual(answers(onB));
    expect((await store.stockOf('f1'))[0]).toMatchObject({ onHand: 6, reserved: 6, available: 0 });
    expect(await store.stockOf('f1')).toEqual(await other.stockOf('f1'));
  });

  it('folds every event instead when the snapshot is of other code, of other events, unreadable or does not fit what followed it', async () => {
    // After the snapshot: a release of a hold that the snapshot has.
    const store = await snapshotted(cancel('r1'));
    const total = await districtEvents(store);
    const db = new Database(sqliteFile(store.dataDir));
    const kept = db.prepare<[], { event_at: number; state: string }>('SELECT event_at, state FROM district_snapshots').get()!;
    const cases: Array<[string, () => void, string]> = [
      ['written by other code', () => undefined, 'version'],
      ['the store holds another event at its position (another backup)', () => db.prepare('UPDATE district_snapshots SET event_at = event_at + 1').run(), 'event_mismatch'],
      ['not a state', () => db.prepare("UPDATE district_snapshots SET event_at = ?, state = '{'").run(kept.event_at), 'unreadable'],
      // A state without the hold that the next event releases: the events do not apply to it.
      ['does not fit the events after it', () => db.prepare('UPDATE district_snapshots SET state = ?').run(withoutHolds(kept.state)), 'tail_failed'],
    ];
    for (const [what, spoil, reason] of cases) {
      spoil();
      const b = handler(store, 1_000_000, reason === 'version' ? 'v2' : 'v1');
      // The holds the events say (r3 and r4 of six meals), whatever the snapshot held.
      const r = await b.core.handle(D, reserve(`x-${reason}`));
      expect(b.folds, what).toEqual([{ district: D, from: 'events', events: expect.any(Number), ms: expect.any(Number), refused: reason }]);
      expect(b.folds[0]!.events, what).toBeGreaterThanOrEqual(total);
      expect(r, what).toMatchObject({ ok: true });
      expect(await b.core.handle(D, cancel(`x-${reason}`)), what).toMatchObject({ ok: true });
    }
    db.close();
    expect((await store.stockOf('f1'))[0]).toMatchObject({ onHand: 6, reserved: 2, available: 4 });
  });

  it('at a clean stop saves every district with events since its snapshot; the next start folds none', async () => {
    const { store } = await setup();
    const a = handler(store, 1_000);
    await history(a.core);
    await a.core.handle('other', { type: 'MarkFridgeOnline', fridgeId: 'f9', epoch: 'e1' });
    expect(a.saves).toEqual([]);
    expect(await a.core.saveSnapshots()).toBe(2);
    expect(a.saves).toEqual(['saved', 'saved']);
    // Nothing new since: nothing to save.
    expect(await a.core.saveSnapshots()).toBe(0);
    const b = handler(store, 1_000);
    expect(await b.core.handle(D, reserve('r9'))).toMatchObject({ ok: true });
    expect(await b.core.handle('other', { type: 'MarkFridgeOnline', fridgeId: 'f9', epoch: 'e1' })).toEqual({ ok: true, events: [] });
    expect(b.folds.map((f) => [f.district, f.from, f.events])).toEqual([[D, 'snapshot', 0], ['other', 'snapshot', 0]]);
  });
});
