// The stock an app sees: the snapshot, then every change applied to it. A pure model (no
// sockets): the client feeds it the messages it receives.
import type { Cursor, FeedEvent, Snapshot } from './types.js';

export interface MealCounts {
  onHand: number;
  reserved: number;
  available: number;
}

export interface TemperatureReading {
  deciCelsius: number;
  /** When the fridge recorded it (unix ms, the fridge's clock). */
  atMs: number;
}

export interface FridgeView {
  fridgeId: string;
  district: string;
  name: string;
  lat: number;
  lon: number;
  online: boolean;
  /** True while the fridge is offline: its counts may be out of date. */
  stale: boolean;
  /** Counts per meal (GTIN). */
  stock: Map<string, MealCounts>;
  /** The latest reading per sensor. */
  temperatures: Map<number, TemperatureReading>;
  /**
   * False for a fridge first seen in an event (registered after the snapshot): its name and
   * place are unknown until the next snapshot (name is its id, lat/lon 0).
   */
  known: boolean;
}

/** The subscribed stock as of `cursor`. */
export class FeedState {
  readonly fridges = new Map<string, FridgeView>();
  /** The districts the subscription covers (from the snapshot). */
  districts: readonly string[] = [];
  /** The catalog version per district, from `catalogUpdated` events (refresh the catalog then). */
  readonly catalogVersions = new Map<string, number>();
  /** The position the state reflects; undefined before the first snapshot. */
  cursor: Cursor | undefined;

  /** Replaces everything with a snapshot. */
  reset(s: Snapshot): void {
    this.fridges.clear();
    for (const f of s.fridges) {
      this.fridges.set(f.fridgeId, {
        fridgeId: f.fridgeId,
        district: f.district,
        name: f.name,
        lat: f.lat,
        lon: f.lon,
        online: f.online,
        stale: f.stale,
        stock: new Map(f.stock.map((m) => [m.gtin, { onHand: m.onHand, reserved: m.reserved, available: m.available }])),
        temperatures: new Map(f.temperatures.map((t) => [t.sensor, { deciCelsius: t.deciCelsius, atMs: t.atMs }])),
        known: true,
      });
    }
    this.districts = [...s.districts];
    this.cursor = s.cursor;
  }

  /**
   * Applies one change; an event at or below the state's position is one it already holds
   * (false). Reservations change counts through the stockUpdated that goes with them.
   */
  apply(e: FeedEvent): boolean {
    if (this.cursor !== undefined && e.cursor.epoch === this.cursor.epoch && e.cursor.position <= this.cursor.position) return false;
    this.cursor = e.cursor;
    switch (e.kind) {
      case 'stockUpdated': {
        const s = e.stockUpdated;
        this.fridge(e).stock.set(s.gtin, { onHand: s.onHand, reserved: s.reserved, available: s.available });
        return true;
      }
      case 'fridgeOnline':
      case 'fridgeOffline': {
        const f = this.fridge(e);
        f.online = e.kind === 'fridgeOnline';
        f.stale = !f.online;
        return true;
      }
      case 'temperatureRecorded':
        this.fridge(e).temperatures.set(e.temperatureRecorded.sensor, { deciCelsius: e.temperatureRecorded.deciCelsius, atMs: e.occurredAtMs });
        return true;
      case 'catalogUpdated':
        this.catalogVersions.set(e.district, e.catalogUpdated.version);
        return true;
      case 'stockReserved':
      case 'stockCanceled':
        return true;
      // A markdown hint (issue 14): the counts do not change; the meal stays on sale until its best-before.
      case 'mealNearingExpiry':
        return true;
      default: {
        const never: never = e;
        throw new Error(`unhandled event ${String((never as { kind: unknown }).kind)}`);
      }
    }
  }

  /** A meal's counts in a fridge (all 0 when the fridge does not hold it). */
  stock(fridgeId: string, gtin: string): MealCounts {
    return this.fridges.get(fridgeId)?.stock.get(gtin) ?? { onHand: 0, reserved: 0, available: 0 };
  }

  /** How many of a meal can be taken or reserved across the subscribed fridges. */
  available(gtin: string): number {
    let n = 0;
    for (const f of this.fridges.values()) n += f.stock.get(gtin)?.available ?? 0;
    return n;
  }

  private fridge(e: FeedEvent): FridgeView {
    let f = this.fridges.get(e.fridgeId);
    if (f === undefined) {
      f = { fridgeId: e.fridgeId, district: e.district, name: e.fridgeId, lat: 0, lon: 0, online: false, stale: true, stock: new Map(), temperatures: new Map(), known: false };
      this.fridges.set(e.fridgeId, f);
    }
    return f;
  }
}
