// The contract of the ReportStore role (cloud/store/reports.ts, issue 14): the report
// projection's rows written with its position (counters added, extremes kept, closing counts
// and periods set), each read, a stale position refused, a reset, the zones and PAR levels.
import { describe, expect, it } from 'vitest';
import { emptyDayRow, emptyWrites, type FridgeReportState } from '../../../cloud/reports/projection.js';
import { AT, D, useFreshStore, type StoreFixture } from './contract-fixtures.js';

export function describeReportStoreContract(name: string, open: () => Promise<StoreFixture>): void {
  describe(`ReportStore contract: ${name}`, () => {
    const fresh = useFreshStore(open);

    it('adds counters, keeps extremes and sets closing counts and periods, with the position', async () => {
      const { store } = await fresh();
      const r = store.reports;
      expect(await r.reportPosition()).toBe(0);
      const state: FridgeReportState = { district: D, items: { E1: { g: 'g1' } }, stock: {}, sensors: {}, above: {} };
      const states = new Map([['f1', state]]);
      const w = emptyWrites();
      w.days.set('a', { ...emptyDayRow('f1', 'g1', '2026-03-29', D), sold: 2, stockout_ms: 60_000, closing_on_hand: 4, closing_available: 3 });
      w.days.set('b', { ...emptyDayRow('f2', 'g1', '2026-03-29', D), sold: 9 });
      w.hours.set('a', { fridge_id: 'f1', gtin: 'g1', hour: AT, district: D, sold: 2, picked_up: 0 });
      w.districtDays.set('a', { ...emptyDayRow('', 'g1', '2026-03-29', D), sold: 11, stockout_ms: 60_000 });
      w.tempDays.set('a', { fridge_id: 'f1', day: '2026-03-29', district: D, min_deci: 30, max_deci: 50, deci_ms: 4000, covered_ms: 100, above_ms: 0 });
      w.tempSlots.set('a', { fridge_id: 'f1', slot: AT, min_deci: 30, max_deci: 50 });
      w.excursions.set('a', { fridge_id: 'f1', started_at: AT, district: D, ended_at: null, peak_deci: 80, raised_at: null, withdrawn: '', cleared_at: null, cleared_by: null });
      w.changed.add('f1');
      expect(await r.commitReports(w, states, 0, 10)).toBe(true);
      // A second fold from a position that is not the stored one writes nothing.
      expect(await r.commitReports(w, states, 0, 11)).toBe(false);

      const w2 = emptyWrites();
      w2.days.set('a', { ...emptyDayRow('f1', 'g1', '2026-03-29', D), sold: 1, restocked: 5 });
      w2.hours.set('a', { fridge_id: 'f1', gtin: 'g1', hour: AT, district: D, sold: 1, picked_up: 1 });
      w2.districtDays.set('a', { ...emptyDayRow('', 'g1', '2026-03-29', D), sold: 1, restocked: 5 });
      w2.tempDays.set('a', { fridge_id: 'f1', day: '2026-03-29', district: D, min_deci: 20, max_deci: 40, deci_ms: 2000, covered_ms: 100, above_ms: 7 });
      w2.tempSlots.set('a', { fridge_id: 'f1', slot: AT, min_deci: 40, max_deci: 90 });
      w2.excursions.set('a', { fridge_id: 'f1', started_at: AT, district: D, ended_at: AT + 5, peak_deci: 95, raised_at: AT + 1, withdrawn: 'E1:g1', cleared_at: AT + 9, cleared_by: 'ops-anna' });
      expect(await r.commitReports(w2, states, 10, 12)).toBe(true);
      expect(await r.reportPosition()).toBe(12);

      expect(await r.fridgeDays({ fridgeIds: ['f1'], from: '2026-03-29', to: '2026-03-29' })).toEqual([
        { ...emptyDayRow('f1', 'g1', '2026-03-29', D), sold: 3, restocked: 5, stockout_ms: 60_000, closing_on_hand: 4, closing_available: 3 },
      ]);
      expect(await r.fridgeDays({ fridgeIds: ['f1', 'f2'], from: '2026-03-30', to: '2026-04-02' })).toEqual([]);
      const { fridge_id: _f, closing_on_hand: _c, closing_available: _a, ...districtRow } = { ...emptyDayRow('', 'g1', '2026-03-29', D), sold: 12, restocked: 5, stockout_ms: 60_000 };
      expect(await r.districtDays({ district: D, from: '2026-03-01', to: '2026-03-31' })).toEqual([districtRow]);
      expect(await r.districtDays({ district: 'd2', from: '2026-03-01', to: '2026-03-31' })).toEqual([]);
      expect(await r.hours({ fridgeIds: ['f1'], fromMs: AT, toMs: AT + 1 })).toEqual([{ fridge_id: 'f1', gtin: 'g1', hour: AT, district: D, sold: 3, picked_up: 1 }]);
      expect(await r.temperatureDays({ fridgeIds: ['f1'], from: '2026-03-01', to: '2026-03-31' })).toEqual([{ fridge_id: 'f1', day: '2026-03-29', district: D, min_deci: 20, max_deci: 50, deci_ms: 6000, covered_ms: 200, above_ms: 7 }]);
      expect(await r.temperatureSlots({ fridgeIds: ['f1'], fromMs: AT, toMs: AT + 1 })).toEqual([{ fridge_id: 'f1', slot: AT, min_deci: 30, max_deci: 90 }]);
      expect(await r.excursions({ fridgeIds: ['f1'], fromMs: AT + 2, toMs: AT + 3 })).toEqual([{ fridge_id: 'f1', started_at: AT, district: D, ended_at: AT + 5, peak_deci: 95, raised_at: AT + 1, withdrawn: 'E1:g1', cleared_at: AT + 9, cleared_by: 'ops-anna' }]);
      expect(await r.excursions({ fridgeIds: ['f1'], fromMs: AT + 5, toMs: AT + 9 })).toEqual([]);
      expect(await r.reportStates()).toEqual(new Map([['f1', state]]));

      await r.resetReports();
      expect(await r.reportPosition()).toBe(0);
      expect(await r.fridgeDays({ fridgeIds: ['f1'], from: '2026-03-29', to: '2026-03-29' })).toEqual([]);
      expect(await r.reportStates()).toEqual(new Map());
      expect(await r.commitReports(emptyWrites(), states, 0, 3)).toBe(true);
    });

    it('keeps districts\' time zones and fridges\' PAR levels', async () => {
      const { store } = await fresh();
      const r = store.reports;
      expect(await r.districtZones()).toEqual(new Map());
      await r.setDistrictZone(D, 'Europe/Berlin', AT);
      await r.setDistrictZone('d2', 'America/Detroit', AT);
      await r.setDistrictZone(D, 'Europe/Paris', AT + 1);
      expect(await r.districtZones()).toEqual(new Map([[D, 'Europe/Paris'], ['d2', 'America/Detroit']]));
      await r.setParLevel('f1', 'g1', 6, AT);
      await r.setParLevel('f1', 'g2', 2, AT);
      await r.setParLevel('f1', 'g2', null, AT);
      await r.setParLevel('f2', 'g1', 1, AT);
      expect(await r.parLevels(['f1'])).toEqual(new Map([['f1', new Map([['g1', 6]])]]));
      expect(await r.parLevels([])).toEqual(new Map());
    });
  });
}
