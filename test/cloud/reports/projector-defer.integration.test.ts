// The report projection waits while a backlog replays (issue 12: reports can be late, a
// replay's acks should not), and folds what it missed once the replay is over.
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../cloud/domain/index.js';
import { ReportProjector } from '../../../cloud/reports/index.js';
import { SqliteCloudStore } from '../../../cloud/store/sqlite-store.js';
import { useTmpDirs } from '../../support/tmp.js';

const tmp = useTmpDirs();
let store: SqliteCloudStore | undefined;
let projector: ReportProjector | undefined;
afterEach(async () => {
  await projector?.stop();
  await store?.close();
});

const sale = (onHand: number, at: number): DomainEvent => ({ type: 'MealStockUpdated', district: 'mitte', fridgeId: 'fr-1', gtin: '09506000134352', reason: 'sale', onHand, reserved: 0, available: onHand, delta: -1, at });

describe('report projection behind a replay (integration, real SQLite)', () => {
  it('folds nothing while the backlog lane is busy, and everything once it is idle', async () => {
    store = new SqliteCloudStore(tmp());
    let replaying = true;
    let asked = 0;
    let askedTwice!: () => void;
    const twice = new Promise<void>((r) => (askedTwice = r));
    const defer = (): boolean => {
      if (++asked === 2) askedTwice();
      return replaying;
    };
    projector = new ReportProjector({ events: store, reports: store.reports, log: pino({ level: 'silent' }), defer, delayMs: 0 });
    await store.append('mitte', [sale(5, Date.parse('2026-11-30T10:00:00Z')), sale(4, Date.parse('2026-11-30T11:00:00Z'))]);
    const folding = projector.start();
    await twice; // it checked, waited and checked again: still replaying
    expect(projector.position()).toBe(0);
    replaying = false;
    await folding;
    expect(projector.position()).toBeGreaterThanOrEqual(2);
  });
});
