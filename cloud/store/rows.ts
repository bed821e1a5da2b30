// Rows of the tables both store adapters share, and how they become the interface's records.
// (A fridge row differs: SQLite has no boolean type.)
import type { DomainEvent, TagRecord } from '../domain/index.js';
import type { DeadLetterRow, FridgeStatus, SensorTemperature, StockRow, StoredEvent } from './store.js';

export interface StockDbRow {
  fridge_id: string;
  gtin: string;
  on_hand: number;
  reserved: number;
  available: number;
}

export interface StatusDbRow {
  fridge_id: string;
  online: number;
  stale: number;
  epoch: string | null;
  changed_at: number;
}

export interface TemperatureDbRow {
  fridge_id: string;
  sensor: number;
  deci_celsius: number;
  at: number;
}

export interface TagDbRow {
  epc: string;
  gtin: string;
  best_before: number | null;
  order_id: string | null;
  user_id: string | null;
}

export interface EventDbRow {
  position: number;
  data: string;
}

export const toStock = (r: StockDbRow): StockRow => ({ fridgeId: r.fridge_id, gtin: r.gtin, onHand: r.on_hand, reserved: r.reserved, available: r.available });

export const toStatus = (r: StatusDbRow): FridgeStatus => ({ online: r.online === 1, stale: r.stale === 1, epoch: r.epoch, changedAt: r.changed_at });

/** Rows in (fridge_id, sensor) order, grouped by fridge. */
export const toTemperatures = (rows: readonly TemperatureDbRow[]): Map<string, SensorTemperature[]> => {
  const out = new Map<string, SensorTemperature[]>();
  for (const r of rows) {
    let list = out.get(r.fridge_id);
    if (list === undefined) out.set(r.fridge_id, (list = []));
    list.push({ sensor: r.sensor, deciCelsius: r.deci_celsius, at: r.at });
  }
  return out;
};

export const toTag = (r: TagDbRow): TagRecord => ({
  gtin: r.gtin,
  ...(r.best_before !== null ? { bestBeforeMs: r.best_before } : {}),
  ...(r.order_id !== null ? { orderId: r.order_id } : {}),
  ...(r.user_id !== null ? { userId: r.user_id } : {}),
});

export const toStored = (r: EventDbRow): StoredEvent => ({ position: r.position, event: JSON.parse(r.data) as DomainEvent });

export interface DeadLetterDbRow {
  id: number;
  fridge_id: string | null;
  topic: string;
  reason: string;
  at: number;
  first_at: number;
  bytes: number;
  kept: number;
  digest: string;
  count: number;
}

export const toDeadLetter = (r: DeadLetterDbRow): DeadLetterRow => ({
  id: r.id,
  fridgeId: r.fridge_id,
  topic: r.topic,
  reason: r.reason,
  at: r.at,
  firstAt: r.first_at,
  bytes: r.bytes,
  keptBytes: r.kept,
  digest: r.digest,
  count: r.count,
});
