// Issue 14 item 4 (markdowns): a meal whose best-before comes within nearingExpiryMs is
// announced once on a Tick (MealNearingExpiry), stays on sale, and is withdrawn at its
// best-before as before. Given / When / Then on the district decider.
import { describe, it } from 'vitest';
import { F1, HOUR, LASAGNA, SALAD, T0, World, epc, online } from './spec.js';

const A = epc(1);
const B = epc(2);
const C = epc(3);

function world(): World {
  const w = new World()
    .tag(A, { gtin: LASAGNA, bestBeforeMs: T0 + 48 * HOUR })
    .tag(B, { gtin: LASAGNA, bestBeforeMs: T0 + 2 * HOUR })
    .tag(C, { gtin: SALAD, bestBeforeMs: T0 + 3 * HOUR });
  w.config = { ...w.config, nearingExpiryMs: 4 * HOUR };
  return w;
}

describe('MealNearingExpiry', () => {
  it('announces each meal once when its best-before comes within the configured time, first by EPC; the meal stays on sale', () => {
    const w = world();
    w.now = T0 - 2 * HOUR - 1;
    const s = w.given(online(), w.stocked(F1, [A, B, C], T0 - 3 * HOUR));
    s.when({ type: 'Tick' }).then([]);
    w.now = T0 - 2 * HOUR;
    s.when({ type: 'Tick' }).then([{ type: 'MealNearingExpiry', fridgeId: F1, at: T0 - 2 * HOUR, epc: B, gtin: LASAGNA, bestBeforeMs: T0 + 2 * HOUR }]);
    w.now = T0;
    s.when({ type: 'Tick' }).then([{ type: 'MealNearingExpiry', fridgeId: F1, at: T0, epc: C, gtin: SALAD, bestBeforeMs: T0 + 3 * HOUR }]);
  });

  it('is not repeated, and the meal is withdrawn at its best-before as before', () => {
    const w = world();
    w.now = T0 + HOUR;
    const s = w.given(online(), w.stocked(F1, [B]), { type: 'MealNearingExpiry', fridgeId: F1, epc: B, gtin: LASAGNA, bestBeforeMs: T0 + 2 * HOUR });
    s.when({ type: 'Tick' }).then([]);
    w.now = T0 + 2 * HOUR;
    s.when({ type: 'Tick' })
      .thenIncludes([
        { type: 'MealsWithdrawn', fridgeId: F1, reason: 'expired', epcs: [B] },
        { type: 'MealStockUpdated', fridgeId: F1, gtin: LASAGNA, reason: 'expiry', onHand: 0, available: 0, delta: -1 },
      ])
      .thenNone({ type: 'MealNearingExpiry' });
  });

  it('says nothing of a meal already withdrawn or past its best-before, nor when switched off (0)', () => {
    const w = world();
    w.now = T0 + HOUR;
    w.given(online(), w.stocked(F1, [B]), { type: 'MealsWithdrawn', fridgeId: F1, reason: 'temperature', epcs: [B] }).when({ type: 'Tick' }).then([]);
    w.config = { ...w.config, nearingExpiryMs: 0 };
    w.given(online(), w.stocked(F1, [B])).when({ type: 'Tick' }).then([]);
  });
});
