// The decider's working copy. `decide` never mutates the state it is given: it emits events
// into a copy-on-write draft, applying each one with the same `evolve` that the event store's
// fold uses, so every later decision in the same command sees the effect of the earlier
// events, and the state the caller rebuilds from the events is by construction the draft's.
import type { DecideContext } from './commands.js';
import type { EdgeTimeFlag } from './edge-time.js';
import { OverlayMap } from './overlay-map.js';
import { fridgeOf, type DomainEvent, type StockReason } from './events.js';
import {
  availableOf,
  cloneFridgeState,
  countsOf,
  evolve,
  ZERO_COUNTS,
  type Counts,
  type DistrictState,
  type FridgeState,
} from './state.js';

/** A MealStockUpdated is due: on_hand or reserved (and so available) changed. */
const moved = (b: Counts, a: Counts): boolean => b.onHand !== a.onHand || b.reserved !== a.reserved;

export class Draft {
  readonly state: DistrictState;
  readonly events: DomainEvent[] = [];
  private readonly clonedFridges = new Set<string>();
  private reservationsCloned = false;
  /** GTINs whose counts changed in some fridge: the candidates for a catalog change. */
  private readonly touchedGtins = new Set<string>();
  /** Fridge input left out to bound what one fridge can create (issue 11 item 9), by reason. */
  readonly refused = new Map<string, number>();
  /** Fridge events whose edge time was replaced (issue 11 item 1), by why. */
  readonly suspectTimes = new Map<EdgeTimeFlag, number>();
  private readonly taken = new Map<string, number>();

  constructor(
    private readonly base: DistrictState,
    readonly ctx: DecideContext,
  ) {
    this.state = { ...base, fridges: new OverlayMap(base.fridges), holders: new OverlayMap(base.holders) };
  }

  fridge(fridgeId: string): FridgeState | undefined {
    return this.state.fridges.get(fridgeId);
  }

  /** One more of `key` in this decision, if fewer than `limit` were taken. */
  take(key: string, limit: number): boolean {
    const n = this.taken.get(key) ?? 0;
    if (n >= limit) return false;
    this.taken.set(key, n + 1);
    return true;
  }

  refuse(reason: string): void {
    this.refused.set(reason, (this.refused.get(reason) ?? 0) + 1);
  }

  /** Distributes Omit over the union so that callers can leave out what every event has. */
  emit(event: DistributiveOmit<DomainEvent, 'district'>): void {
    const e = { ...event, district: this.state.district } as DomainEvent;
    const fridgeId = fridgeOf(e);
    // A reading of a known sensor changes nothing evolve keeps: no copy of the fridge (its items) for one.
    const noChange = e.type === 'TemperatureRecorded' && this.state.fridges.get(e.fridgeId)?.sensors.has(e.sensor) !== false;
    if (fridgeId !== undefined && !noChange && !this.clonedFridges.has(fridgeId)) {
      const f = this.state.fridges.get(fridgeId);
      if (f) this.state.fridges.set(fridgeId, cloneFridgeState(f));
      this.clonedFridges.add(fridgeId);
    }
    if (
      !this.reservationsCloned &&
      (e.type === 'MealStockReserved' || e.type === 'MealStockCanceled' || e.type === 'ReservationFulfilled')
    ) {
      this.state.reservations = new Map(this.state.reservations);
      this.reservationsCloned = true;
    }
    this.events.push(e);
    evolve(this.state, e);
  }

  /**
   * Runs `fn` (which emits item or reservation events for one fridge), then cancels
   * reservations that no longer have meals behind them, then reports one MealStockUpdated
   * for each GTIN of that fridge whose on_hand, reserved or available changed.
   */
  stockStep(fridgeId: string, at: number, reasonFor: (gtin: string, delta: number) => StockReason, fn: () => void): void {
    // Counts objects are replaced, never edited (state.ts), so a shallow copy is a snapshot.
    const before = new Map<string, Counts>(this.fridge(fridgeId)?.counts ?? []);
    fn();
    this.capReservations(fridgeId, at);
    const after = this.fridge(fridgeId)?.counts ?? new Map<string, Counts>();
    // The GTINs whose counts changed (a door session: one or two of a fridge's dozen), in order.
    const changed: string[] = [];
    for (const [gtin, a] of after) if (moved(before.get(gtin) ?? ZERO_COUNTS, a)) changed.push(gtin);
    for (const [gtin, b] of before) if (!after.has(gtin) && moved(b, ZERO_COUNTS)) changed.push(gtin);
    changed.sort();
    for (const gtin of changed) {
      const b = before.get(gtin) ?? ZERO_COUNTS;
      const a = after.get(gtin) ?? ZERO_COUNTS;
      const delta = a.onHand - b.onHand;
      this.emit({
        type: 'MealStockUpdated',
        fridgeId,
        at,
        gtin,
        reason: reasonFor(gtin, delta),
        onHand: a.onHand,
        reserved: a.reserved,
        available: availableOf(a),
        delta,
      });
      this.touchedGtins.add(gtin);
    }
  }

  /**
   * Reservations are atomic against available, but meals can still vanish under them
   * (expiry, excursion, a snapshot). A reservation whose meal is gone cannot be picked up:
   * release the newest ones until reserved <= on_hand, so the user is told at once.
   */
  private capReservations(fridgeId: string, at: number): void {
    const f = this.fridge(fridgeId);
    if (!f) return;
    let over = false;
    for (const c of f.counts.values()) over ||= c.reserved > c.onHand;
    if (!over) return;
    for (const [gtin, c] of [...f.counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      let excess = c.reserved - c.onHand;
      if (excess <= 0) continue;
      const newestFirst = [...this.state.reservations.values()]
        .filter((r) => r.fridgeId === fridgeId && r.gtin === gtin)
        .reverse();
      for (const r of newestFirst) {
        if (excess <= 0) break;
        this.emit({
          type: 'MealStockCanceled',
          fridgeId,
          at,
          reservationId: r.reservationId,
          gtin,
          userId: r.userId,
          quantity: r.quantity,
          reason: 'stock_unavailable',
        });
        excess -= r.quantity;
      }
    }
  }

  /** Emits CatalogUpdated when a meal entered or left the district's catalog in this command. */
  finishCatalog(): void {
    if (this.events.some((e) => e.type === 'CatalogUpdated')) return;
    for (const gtin of this.touchedGtins) {
      if (inCatalog(this.base, gtin) !== inCatalog(this.state, gtin)) {
        this.emit({
          type: 'CatalogUpdated',
          at: this.ctx.now,
          catalogId: this.state.district,
          version: this.state.catalogVersion + 1,
        });
        return;
      }
    }
  }
}

/** A meal is in the district's catalog while some fridge of the district has one available. */
export function inCatalog(state: DistrictState, gtin: string): boolean {
  for (const f of state.fridges.values()) if (availableOf(countsOf(f, gtin)) > 0) return true;
  return false;
}

export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
