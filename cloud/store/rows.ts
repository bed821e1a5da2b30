// Rows of the tables both store adapters share, and how they become the interface's records.
// (A fridge row differs: SQLite has no boolean type.)
import type { DomainEvent, TagRecord } from '../domain/index.js';
import { RawEventsRefused, type DeadLetterRow, type DistrictSnapshot, type FridgeStatus, type RawFridgeEvent, type SensorTemperature, type StockRow, type StoredEvent } from './store.js';

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

export interface SnapshotDbRow {
  district: string;
  position: number;
  event_type: string;
  event_at: number;
  version: string;
  state: string;
  saved_at: number;
}

export const toSnapshot = (r: SnapshotDbRow): DistrictSnapshot => ({
  district: r.district,
  position: r.position,
  eventType: r.event_type,
  eventAt: r.event_at,
  version: r.version,
  state: r.state,
  savedAt: r.saved_at,
});

/** A district's snapshot row and the district, type and time of the stored event at its position (both adapters). */
export const LOAD_SNAPSHOT = 'SELECT s.*, e.district AS e_district, e.type AS e_type, e.at AS e_at FROM district_snapshots s LEFT JOIN events e ON e.position = s.position WHERE s.district = ?';

export type LoadedSnapshotRow = SnapshotDbRow & { e_district: string | null; e_type: string | null; e_at: number | null };

/** What SnapshotStore.districtSnapshot answers for a LOAD_SNAPSHOT row. */
export const toLoadedSnapshot = (r: LoadedSnapshotRow): { snapshot: DistrictSnapshot; atPosition: { district: string; type: string; at: number } | undefined } => ({
  snapshot: toSnapshot(r),
  atPosition: r.e_district === null ? undefined : { district: r.e_district, type: r.e_type ?? '', at: r.e_at ?? 0 },
});

/**
 * A district's snapshot, kept unless the one there is of the same version and a later
 * position (both adapters: the same SQL; SQLite's placeholders are ?, PostgreSQL's $n).
 */
export const SAVE_SNAPSHOT = `INSERT INTO district_snapshots (district, position, event_type, event_at, version, state, saved_at)
  VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (district) DO UPDATE SET position = excluded.position, event_type = excluded.event_type, event_at = excluded.event_at,
    version = excluded.version, state = excluded.state, saved_at = excluded.saved_at
  WHERE excluded.position >= district_snapshots.position OR excluded.version <> district_snapshots.version`;

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

/**
 * A batch's raw events as one row (a run): their bytes back to back, and per event its seq,
 * recorded time, offset and length as JSON (`[[seq, recorded_at, offset, length], ...]`), which
 * the `fridge_events` view (one row per event, schema.ts) unfolds. One row per batch instead of
 * one per event: a fleet's replayed backlog cost the ingest as much as a raw SQLite insert of
 * its events in B-tree inserts alone (issue 12).
 */
export interface RawRun {
  firstSeq: number;
  lastSeq: number;
  events: string;
  payload: Buffer;
}

/** Why a batch's raw events cannot be one run (seqs not strictly ascending), if they cannot. */
export function runFault(fridgeId: string, raw: readonly RawFridgeEvent[]): RawEventsRefused | undefined {
  for (let i = 1; i < raw.length; i++) if (raw[i]!.seq <= raw[i - 1]!.seq) return new RawEventsRefused(fridgeId, `seq ${raw[i]!.seq} after ${raw[i - 1]!.seq}`);
  return undefined;
}

/** The batch's raw events as one run; their seqs ascend (callers check with runFault first). */
export function packRun(raw: readonly RawFridgeEvent[]): RawRun {
  let offset = 0;
  let events = '[';
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    events += `${i === 0 ? '' : ','}[${r.seq},${r.recordedAt},${offset},${r.payload.length}]`;
    offset += r.payload.length;
  }
  return { firstSeq: raw[0]?.seq ?? 0, lastSeq: raw[raw.length - 1]?.seq ?? 0, events: `${events}]`, payload: Buffer.concat(raw.map((r) => r.payload), offset) };
}

/** The events of a run (packRun's inverse), each payload a view of `payload`. */
export function unpackRun(events: string, payload: Uint8Array): RawFridgeEvent[] {
  return (JSON.parse(events) as Array<[number, number, number, number]>).map(([seq, recordedAt, offset, length]) => ({ seq, recordedAt, payload: payload.subarray(offset, offset + length) }));
}

/**
 * A fridge's raw payloads of seqs `fromSeq`..`toSeq` in seq order, from its per-event rows
 * (`each`, stores from before the runs) and the runs that overlap the range.
 */
export function mergeRawPayloads(each: ReadonlyArray<{ seq: number; payload: Uint8Array }>, runs: ReadonlyArray<{ events: string; payload: Uint8Array }>, fromSeq: number, toSeq: number): Map<number, Uint8Array> {
  const out = new Map<number, Uint8Array>(each.map((r) => [r.seq, new Uint8Array(r.payload)]));
  for (const run of runs) {
    for (const e of unpackRun(run.events, run.payload)) if (e.seq >= fromSeq && e.seq <= toSeq) out.set(e.seq, new Uint8Array(e.payload));
  }
  return new Map([...out].sort((a, b) => a[0] - b[0]));
}
