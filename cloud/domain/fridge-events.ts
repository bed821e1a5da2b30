// RecordFridgeEvents: the anti-corruption layer proper. One handler per fridge event kind
// turns fridge vocabulary (EPC bytes, grams, door sessions, samples) into domain events.
import { fridgeEventKind, SnapshotReason, type farmacy } from '../../proto/index.js';
import type { RecordFridgeEvents, RejectionReason, TagRecord } from './commands.js';
import type { Draft } from './draft.js';
import { edgeTimes } from './edge-time.js';
import { isEpcBytes, epcHex } from './epc.js';
import type { AddedItem, ArrivalReason, ReconciliationReason, RemovedItem, StockReason } from './events.js';
import { decodeEpc } from './sgtin96.js';
import { availableOf, countsOf, type Item, type Reservation } from './state.js';

type FridgeEvent = farmacy.fridge.v1.IFridgeEvent;

/** Every EPC a fridge event carries. */
/** Every EPC list a fridge event carries. */
export function epcLists(ev: FridgeEvent): (readonly (Uint8Array | null | undefined)[])[] {
  return [
    ev.doorSession?.removed ?? [],
    ev.doorSession?.added ?? [],
    ev.snapshot?.tags ?? [],
    ev.snapshot?.unseen ?? [],
    ev.audit?.possiblyLost ?? [],
    ev.audit?.found ?? [],
  ];
}

const uniqueHex = (list: readonly Uint8Array[] | null | undefined): string[] => [...new Set((list ?? []).map(epcHex))];

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function recordFridgeEvents(d: Draft, cmd: RecordFridgeEvents): RejectionReason | undefined {
  const { fridgeId } = cmd;
  const now = d.ctx.now;
  // DESIGN.md property 6: a new epoch means the cloud's picture may be wrong until a full snapshot.
  if (cmd.newEpoch) requestReconciliation(d, fridgeId, 'new_epoch', now, cmd.epoch);
  // The cloud lost events it had acknowledged: its picture is wrong until a full snapshot.
  else if ((cmd.lostAcknowledged ?? 0) > 0) requestReconciliation(d, fridgeId, 'lost_events', now, cmd.epoch);
  sweepExpired(d, fridgeId, now);
  const readings = new Map<number, { at: number; deciCelsius: number }>();
  // Fridge facts are dated by the edge's clock (a batch may arrive hours after an outage),
  // unless that clock is implausible: then by a sane time (edge-time.ts, issue 11 item 1).
  const times = edgeTimes(cmd.events.map((ev) => Number(ev.recordedAtMs ?? 0)), now);
  for (const t of times) if (t.suspect !== undefined) d.suspectTimes.set(t.suspect, (d.suspectTimes.get(t.suspect) ?? 0) + 1);
  for (const [i, ev] of cmd.events.entries()) {
    const at = times[i]?.at ?? now;
    checkExcursionDeadline(d, fridgeId, at);
    const kind = fridgeEventKind(ev);
    // An event naming an EPC that is not 96 bits says nothing the domain can trust: it is
    // left out (the raw events keep it, DESIGN.md property 1), counted, and the stock is put
    // right by a snapshot; the batch's other events apply (they were refused with it before).
    if (!epcLists(ev).every((list) => list.every(isEpcBytes))) {
      d.refuse('invalid_epc');
      requestReconciliation(d, fridgeId, 'divergence', at, cmd.epoch);
      continue;
    }
    // A hold whose time was up when the fridge saw this is over, whether or not a Tick has
    // released it yet: a meal taken after it lapsed is a sale, not its holder's pickup nor a
    // shopper taking someone else's meal.
    if (kind === 'doorSession' || kind === 'snapshot' || kind === 'audit') expireReservations(d, fridgeId, at);
    switch (kind) {
      case 'doorSession':
        onDoorSession(d, fridgeId, ev.doorSession ?? {}, at);
        break;
      case 'snapshot':
        onSnapshot(d, fridgeId, ev.snapshot ?? {}, at);
        break;
      case 'temperature':
        onTemperature(d, fridgeId, ev.temperature ?? {}, at, readings);
        break;
      case 'audit':
        onAudit(d, fridgeId, ev.audit ?? {}, at);
        break;
      // Operational facts with no stock meaning: the ingest stores the fridge events themselves.
      case 'fault':
      case 'doorAlarm':
      case 'booted':
      case 'link':
      case 'compaction': // the snapshot that covers the compacted sessions carries the stock truth
      case 'unlocked':
        onUnlocked(d, fridgeId, ev.unlocked?.commandId ?? '', at);
        break;
      case 'outboxReset': // the ingest reports it as newEpoch
      case undefined:
        break;
      default: {
        const unhandled: never = kind;
        throw new Error(`unhandled fridge event kind ${String(unhandled)}`);
      }
    }
  }
  for (const [sensor, r] of [...readings].sort(([a], [b]) => a - b)) d.emit({ type: 'TemperatureRecorded', fridgeId, at: r.at, sensor, deciCelsius: r.deciCelsius });
  sweepExpired(d, fridgeId, now);
  return undefined;
}

export function requestReconciliation(
  d: Draft,
  fridgeId: string,
  reason: ReconciliationReason,
  at: number,
  epoch?: string,
): void {
  // One pending request is enough: whatever asked, the next full snapshot answers it.
  if (d.fridge(fridgeId)?.needsReconciliation) return;
  d.emit({ type: 'ReconciliationRequested', fridgeId, at, reason, ...(epoch !== undefined ? { epoch } : {}) });
}

/**
 * What one fridge can create in the cloud (issue 11 item 9: 10,000 sensor ids in one batch
 * made a fridge read 17.9 MB). Input beyond these is left out of the domain and counted
 * (DecideResult.refused); the raw fridge events keep it.
 */
export const CARDINALITY = {
  /** Temperature sensors per fridge: readings of others are not recorded or judged. */
  maxSensorsPerFridge: 16,
  /** UnknownTagSeen events per batch. */
  maxUnknownTagsPerBatch: 64,
  /** Unregistered tags reported per fridge, ever (each once). */
  maxUnknownTagsPerFridge: 2000,
} as const;

function reportUnknown(d: Draft, fridgeId: string, epcs: readonly string[], at: number): void {
  for (const epc of epcs) {
    if (d.ctx.tag(epc) || d.fridge(fridgeId)?.unknownTags.has(epc)) continue;
    if ((d.fridge(fridgeId)?.unknownTags.size ?? 0) >= CARDINALITY.maxUnknownTagsPerFridge || !d.take('unknown_tag', CARDINALITY.maxUnknownTagsPerBatch)) {
      d.refuse('unknown_tag');
      continue;
    }
    const decoded = decodeEpc(epc);
    d.emit({
      type: 'UnknownTagSeen',
      fridgeId,
      at,
      epc,
      ...(decoded.kind === 'sgtin96' ? { gtin: decoded.gtin } : {}),
    });
  }
}

function addedItem(epc: string, rec: TagRecord, reason: ArrivalReason): AddedItem {
  return {
    epc,
    gtin: rec.gtin,
    ...(rec.bestBeforeMs !== undefined ? { bestBeforeMs: rec.bestBeforeMs } : {}),
    ...(rec.orderId ? { personal: { orderId: rec.orderId, userId: rec.userId ?? '' } } : {}),
    reason,
  };
}

function removedItem(item: Item, reason: RemovedItem['reason']): RemovedItem {
  return { epc: item.epc, gtin: item.gtin, reason, ...(item.personal ? { orderId: item.personal.orderId } : {}) };
}

/**
 * What follows meals arriving, in the same stock step so that a meal that arrives already
 * unsellable never shows up as sellable: expired ones and, during an excursion, all of them
 * are withdrawn; personal ones are announced to their order.
 */
function afterArrivals(d: Draft, fridgeId: string, added: readonly AddedItem[], at: number): void {
  const now = d.ctx.now;
  const expired = added.filter((a) => a.bestBeforeMs !== undefined && a.bestBeforeMs <= now).map((a) => a.epc);
  if (expired.length > 0) d.emit({ type: 'MealsWithdrawn', fridgeId, at, reason: 'expired', epcs: expired });
  if (d.fridge(fridgeId)?.excursion) {
    const expiredSet = new Set(expired);
    const warm = added.filter((a) => !expiredSet.has(a.epc)).map((a) => a.epc);
    if (warm.length > 0) d.emit({ type: 'MealsWithdrawn', fridgeId, at, reason: 'temperature', epcs: warm });
  }
  for (const a of added) {
    if (!a.personal) continue;
    const { orderId, userId } = a.personal;
    d.emit({ type: 'OrderPlacedInFridge', fridgeId, at, orderId, userId, epc: a.epc, gtin: a.gtin });
    if (d.fridge(fridgeId)?.items.get(a.epc)?.withdrawn === undefined) {
      d.emit({ type: 'OrderAvailableForPicking', fridgeId, at, orderId, userId, epc: a.epc });
    }
  }
}

// ---- door sessions -------------------------------------------------------------------------

function onDoorSession(d: Draft, fridgeId: string, s: farmacy.fridge.v1.IDoorSession, at: number): void {
  const removedEpcs = uniqueHex(s.removed);
  const addedEpcs = uniqueHex(s.added);
  reportUnknown(d, fridgeId, [...removedEpcs, ...addedEpcs], at);
  checkWeight(d, fridgeId, s, removedEpcs, addedEpcs, at);

  const f = d.fridge(fridgeId);
  const removed: RemovedItem[] = [];
  const pickedUp: Item[] = [];
  const sold = new Set<string>();
  const settledGtins = new Set<string>();
  // DESIGN.md: a reservation is settled when the meal leaves in that user's door session. The
  // edge does not know who opened the door; the cloud does when the user unlocked it from the
  // app (DoorOpenedBy). Then a sellable meal leaving settles that user's oldest hold of its
  // GTIN; anyone else's removals are sales.
  const opener = f?.opener;
  const settlements = new Map<string, { reservation: Reservation; epcs: string[] }>();
  // Meals of each GTIN that others may take without touching a hold.
  const free = new Map<string, number>();
  const takenFromHolds: string[] = [];
  let diverged = false;
  for (const epc of removedEpcs) {
    const item = f?.items.get(epc);
    if (!item) {
      // A registered meal leaving that the cloud did not have: the pictures differ.
      if (d.ctx.tag(epc)) diverged = true;
      continue;
    }
    if (item.personal) {
      removed.push(removedItem(item, 'pickup'));
      pickedUp.push(item);
    } else if (item.withdrawn !== undefined) {
      removed.push(removedItem(item, 'disposed'));
    } else {
      const r = opener === undefined ? undefined : openReservation(d, fridgeId, item.gtin, settlements, opener);
      if (r) {
        const s = settlements.get(r.reservationId) ?? { reservation: r, epcs: [] };
        s.epcs.push(epc);
        settlements.set(r.reservationId, s);
        settledGtins.add(item.gtin);
        removed.push(removedItem(item, 'pickup'));
      } else {
        sold.add(item.gtin);
        removed.push(removedItem(item, 'sale'));
        if (!free.has(item.gtin)) free.set(item.gtin, availableOf(countsOf(f, item.gtin)));
        const left = free.get(item.gtin) ?? 0;
        if (left <= 0) takenFromHolds.push(epc);
        else free.set(item.gtin, left - 1);
      }
    }
  }
  const leaving = new Set(removed.map((r) => r.epc));
  const arriving: AddedItem[] = [];
  for (const epc of addedEpcs) {
    if (f?.items.has(epc) && !leaving.has(epc)) continue; // already counted (e.g. by a snapshot)
    const rec = d.ctx.tag(epc);
    if (rec) arriving.push(addedItem(epc, rec, 'restock'));
  }
  const { added, conflicts } = claimArrivals(d, fridgeId, arriving);

  const reasonFor = (gtin: string, delta: number): StockReason => {
    if (delta > 0) return 'restock';
    if (sold.has(gtin)) return 'sale';
    if (settledGtins.has(gtin)) return 'pickup';
    return 'restock';
  };
  d.stockStep(fridgeId, at, reasonFor, () => {
    if (removed.length > 0 || added.length > 0) {
      d.emit({ type: 'FridgeInventoryChanged', fridgeId, at, cause: 'door_session', added, removed });
    }
    for (const { reservation: r, epcs } of settlements.values()) {
      d.emit({
        type: 'ReservationFulfilled',
        fridgeId,
        at,
        reservationId: r.reservationId,
        gtin: r.gtin,
        userId: r.userId,
        quantity: epcs.length,
        remaining: r.quantity - epcs.length,
        epcs,
      });
    }
    for (const item of pickedUp) {
      if (!item.personal) continue;
      const { orderId, userId } = item.personal;
      d.emit({ type: 'OrderPickedUp', fridgeId, at, orderId, userId, epc: item.epc });
    }
    afterArrivals(d, fridgeId, added, at);
  });
  if (takenFromHolds.length > 0) {
    // The holds whose meals are gone were released above (stock_unavailable); say why.
    discrepancy(d, fridgeId, at, `reserved meal(s) taken by someone other than their holder: ${takenFromHolds.join(', ')}`);
  }
  reportConflicts(d, fridgeId, conflicts, at);
  if (opener !== undefined) d.emit({ type: 'DoorSessionEnded', fridgeId, at, userId: opener });
  if (diverged) requestReconciliation(d, fridgeId, 'divergence', at);
}

// ---- one fridge per tag (issue 11 item 3) ---------------------------------------------------

/**
 * A tag is in at most one fridge. A fridge reporting a tag that another fridge of the district
 * holds does not get it: it stays where it is counted until that fridge's own inventory says
 * it is gone (a snapshot is asked of it now), and the conflict is a StockDiscrepancy. So a
 * fridge can never double a meal, nor take another fridge's stock by listing its tags. A meal
 * really carried over arrives with the new fridge's next snapshot (periodic, at most the
 * snapshot interval later) once the old fridge no longer holds it. Across districts the
 * decider sees only its own district: see README.md.
 */
function claimArrivals(d: Draft, fridgeId: string, candidates: readonly AddedItem[]): { added: AddedItem[]; conflicts: Map<string, string[]> } {
  const added: AddedItem[] = [];
  const conflicts = new Map<string, string[]>();
  if (candidates.length === 0) return { added, conflicts };
  for (const a of candidates) {
    const holderId = d.state.holders.get(a.epc);
    const holder = holderId !== undefined && holderId !== fridgeId ? d.fridge(holderId) : undefined;
    if (holder === undefined || !holder.items.has(a.epc)) {
      added.push(a);
      continue;
    }
    const list = conflicts.get(holder.fridgeId) ?? [];
    list.push(a.epc);
    conflicts.set(holder.fridgeId, list);
  }
  return { added, conflicts };
}

const MAX_LISTED = 20;

function listEpcs(epcs: readonly string[]): string {
  return epcs.length <= MAX_LISTED ? epcs.join(', ') : `${epcs.slice(0, MAX_LISTED).join(', ')} and ${epcs.length - MAX_LISTED} more`;
}

/** A discrepancy the tags show, not the shelf weights (no grams expected or measured). */
function discrepancy(d: Draft, fridgeId: string, at: number, detail: string): void {
  d.emit({ type: 'StockDiscrepancy', fridgeId, at, expectedDeltaG: 0, measuredDeltaG: 0, detail });
}

function reportConflicts(d: Draft, fridgeId: string, conflicts: ReadonlyMap<string, readonly string[]>, at: number): void {
  for (const [holder, epcs] of [...conflicts].sort(([a], [b]) => byString(a, b))) {
    discrepancy(d, fridgeId, at, `${epcs.length} tag(s) reported here are counted in fridge ${holder}, not counted twice: ${listEpcs(epcs)}`);
    // The holder's own inventory decides whether they are still there.
    requestReconciliation(d, holder, 'divergence', d.ctx.now);
  }
}

/** The fridge unlocked for a command: if a user asked for it from the app, the session is theirs. */
function onUnlocked(d: Draft, fridgeId: string, commandId: string, at: number): void {
  const userId = d.fridge(fridgeId)?.unlockRequests.get(commandId);
  if (userId !== undefined) d.emit({ type: 'DoorOpenedBy', fridgeId, at, commandId, userId });
}

function openReservation(
  d: Draft,
  fridgeId: string,
  gtin: string,
  settling: ReadonlyMap<string, { epcs: readonly string[] }>,
  userId: string,
): Reservation | undefined {
  // Map order is the order reservations were taken: the first match is the oldest.
  for (const r of d.state.reservations.values()) {
    if (r.fridgeId !== fridgeId || r.gtin !== gtin || r.userId !== userId) continue;
    if (r.quantity > (settling.get(r.reservationId)?.epcs.length ?? 0)) return r;
  }
  return undefined;
}

/**
 * DESIGN.md: shelf weight deltas are a cross-check; a mismatch raises a discrepancy and never
 * changes stock. Checked only when an expectation exists: every shelf reading stable and every
 * tag that moved a registered meal with a nominal weight (an unknown tag weighs something too).
 */
function checkWeight(
  d: Draft,
  fridgeId: string,
  s: farmacy.fridge.v1.IDoorSession,
  removedEpcs: readonly string[],
  addedEpcs: readonly string[],
  at: number,
): void {
  const shelves = s.shelves ?? [];
  if (shelves.length === 0 || shelves.some((sh) => !sh.stable)) return;
  const nominal = (epc: string): number | undefined => {
    const rec = d.ctx.tag(epc);
    return rec ? d.ctx.meal(rec.gtin)?.nominalWeightG : undefined;
  };
  let expected = 0;
  for (const [epcs, sign] of [
    [removedEpcs, -1],
    [addedEpcs, +1],
  ] as const) {
    for (const epc of epcs) {
      const w = nominal(epc);
      if (w === undefined) return;
      expected += sign * w;
    }
  }
  const measured = shelves.reduce((sum, sh) => sum + (sh.deltaG ?? (sh.afterG ?? 0) - (sh.beforeG ?? 0)), 0);
  if (Math.abs(measured - expected) <= d.ctx.config.weightToleranceG) return;
  d.emit({
    type: 'StockDiscrepancy',
    fridgeId,
    at,
    expectedDeltaG: expected,
    measuredDeltaG: measured,
    detail:
      `door session: ${removedEpcs.length} tag(s) removed, ${addedEpcs.length} added; ` +
      `tags account for ${expected} g, shelves moved ${measured} g`,
  });
}

// ---- snapshots and audits ------------------------------------------------------------------

/**
 * DESIGN.md: the snapshot is the stock truth. Items the cloud has but the snapshot lacks leave
 * ('reconciliation'); registered tags the cloud lacks arrive, also as 'reconciliation' (no door
 * session was seen bringing them, so calling them a restock would be a guess). Reservations
 * are not settled by reconciliation removals: nobody is known to have picked them up.
 */
function onSnapshot(d: Draft, fridgeId: string, s: farmacy.fridge.v1.IInventorySnapshot, at: number): void {
  const tags = uniqueHex(s.tags);
  reportUnknown(d, fridgeId, tags, at);
  const present = new Set(tags);
  // fridge.proto: unseen tags were missed by the snapshot's last round (a misread until
  // confirmed): one the cloud holds stays, one it does not hold does not arrive on their word.
  const unseen = new Set(uniqueHex(s.unseen));
  const items = d.fridge(fridgeId)?.items ?? new Map<string, Item>();
  const removed = [...items.values()]
    .filter((i) => !present.has(i.epc))
    .sort((a, b) => byString(a.epc, b.epc))
    .map((i) => removedItem(i, 'reconciliation'));
  const arriving: AddedItem[] = [];
  for (const epc of tags) {
    if (items.has(epc) || unseen.has(epc)) continue;
    const rec = d.ctx.tag(epc);
    if (rec) arriving.push(addedItem(epc, rec, 'reconciliation'));
  }
  const { added, conflicts } = claimArrivals(d, fridgeId, arriving);
  d.stockStep(fridgeId, at, () => 'reconciliation', () => {
    // Emitted even when empty: it records that the stock was confirmed, ending a pending reconciliation.
    d.emit({ type: 'FridgeInventoryChanged', fridgeId, at, cause: 'snapshot', added, removed });
    afterArrivals(d, fridgeId, added, at);
  });
  reportConflicts(d, fridgeId, conflicts, at);
  // The edge restarted (or saw a door close that it had not seen open): whatever door session
  // an app unlock opened before is unknowable now (it may have happened while the edge was
  // down). It ends here, so that the next shopper's removals are never charged to that user's
  // holds (issue 11 item 2).
  const opener = d.fridge(fridgeId)?.opener;
  if (s.reason === SnapshotReason.STARTUP && opener !== undefined) d.emit({ type: 'DoorSessionEnded', fridgeId, at, userId: opener });
}

/**
 * fridge.proto: audit differences are never a sale. `found` arrives; `possibly_lost` is a tag
 * the edge confirmed absent (two consecutive complete rounds without it and no door session,
 * docs/edge.md): it leaves the stock as a loss, reason 'reconciliation', reported as a
 * StockDiscrepancy so that nothing counts it as a sale (issue 11 item 2). Reservations are not
 * settled by it; holds left without a meal are released (stock_unavailable).
 */
function onAudit(d: Draft, fridgeId: string, a: farmacy.fridge.v1.IInventoryAudit, at: number): void {
  const found = uniqueHex(a.found);
  reportUnknown(d, fridgeId, found, at);
  const items = d.fridge(fridgeId)?.items;
  const foundSet = new Set(found);
  const removed = uniqueHex(a.possiblyLost)
    .filter((epc) => !foundSet.has(epc))
    .flatMap((epc) => {
      const item = items?.get(epc);
      return item ? [removedItem(item, 'reconciliation')] : [];
    })
    .sort((x, y) => byString(x.epc, y.epc));
  const arriving: AddedItem[] = [];
  for (const epc of found) {
    if (items?.has(epc)) continue;
    const rec = d.ctx.tag(epc);
    if (rec) arriving.push(addedItem(epc, rec, 'reconciliation'));
  }
  const { added, conflicts } = claimArrivals(d, fridgeId, arriving);
  if (added.length > 0 || removed.length > 0) {
    d.stockStep(fridgeId, at, () => 'reconciliation', () => {
      d.emit({ type: 'FridgeInventoryChanged', fridgeId, at, cause: 'audit', added, removed });
      afterArrivals(d, fridgeId, added, at);
    });
  }
  if (removed.length > 0) {
    discrepancy(d, fridgeId, at, `${removed.length} meal(s) absent from two consecutive complete inventory rounds with no door session, no longer counted: ${listEpcs(removed.map((r) => r.epc))}`);
  }
  reportConflicts(d, fridgeId, conflicts, at);
}

// ---- temperature and expiry ----------------------------------------------------------------

/**
 * Each sensor is followed on its own, and the fridge is above safe while any sensor is. The
 * reading itself is recorded once per batch and sensor, the latest (`readings`, emitted at the
 * end of the batch): the edge thins samples already, so live that is every sample; a backlog
 * drained after an outage does not turn each of its samples into a domain event (the samples
 * themselves stay in the raw fridge events).
 */
function onTemperature(d: Draft, fridgeId: string, t: farmacy.fridge.v1.ITemperatureSample, at: number, readings: Map<number, { at: number; deciCelsius: number }>): void {
  const sensor = t.sensor ?? 0;
  const deci = t.deciCelsius ?? 0;
  const f = d.fridge(fridgeId);
  // A sensor the fridge has not reported before, beyond CARDINALITY: left out, counted.
  if (!readings.has(sensor) && f?.sensors.has(sensor) !== true && !d.take('new_sensor', CARDINALITY.maxSensorsPerFridge - (f?.sensors.size ?? 0))) {
    d.refuse('temperature_sensor');
    return;
  }
  readings.set(sensor, { at, deciCelsius: deci });
  const above = f?.sensorsAbove.get(sensor);
  if (deci > d.ctx.config.maxSafeDeciCelsius) {
    if (!above || deci > above.maxDeciCelsius) {
      d.emit({
        type: 'TemperatureAboveSafe',
        fridgeId,
        at,
        sensor,
        sinceMs: above?.sinceMs ?? at,
        maxDeciCelsius: deci,
      });
    }
  } else if (above) {
    d.emit({ type: 'TemperatureBackToSafe', fridgeId, at, sensor });
  }
}

/**
 * DESIGN.md: a fridge above the safe temperature for more than excursionMs has its meals
 * withdrawn until an operator clears the excursion. Called before each fridge event (at the
 * edge's time: the last reading is assumed to hold until the next) and on Tick.
 */
export function checkExcursionDeadline(d: Draft, fridgeId: string, t: number): void {
  const f = d.fridge(fridgeId);
  if (!f || f.excursion || f.sensorsAbove.size === 0) return;
  const sensors = [...f.sensorsAbove.values()];
  const sinceMs = Math.min(...sensors.map((s) => s.sinceMs));
  if (t - sinceMs <= d.ctx.config.excursionMs) return;
  const maxDeciCelsius = Math.max(...sensors.map((s) => s.maxDeciCelsius));
  d.stockStep(fridgeId, t, () => 'temperature', () => {
    d.emit({ type: 'TemperatureExcursion', fridgeId, at: t, maxDeciCelsius, sinceMs, cleared: false });
    const epcs = [...(d.fridge(fridgeId)?.items.values() ?? [])]
      .filter((i) => i.withdrawn === undefined)
      .map((i) => i.epc)
      .sort(byString);
    if (epcs.length > 0) d.emit({ type: 'MealsWithdrawn', fridgeId, at: t, reason: 'temperature', epcs });
  });
}

/**
 * Issue 14 item 4 (markdowns): a meal on sale whose best-before comes within nearingExpiryMs
 * is announced once, so that a pricing service can discount it; it stays on sale until its
 * best-before. A meal that arrives already that close is announced at the next Tick.
 */
export function sweepNearingExpiry(d: Draft, fridgeId: string, now: number): void {
  const within = d.ctx.config.nearingExpiryMs;
  const f = d.fridge(fridgeId);
  if (!f || within <= 0) return;
  const due: Array<{ epc: string; gtin: string; bestBeforeMs: number }> = [];
  for (const i of f.items.values()) {
    if (i.bestBeforeMs === undefined || i.nearing === true || i.withdrawn !== undefined) continue;
    if (i.bestBeforeMs > now && i.bestBeforeMs - within <= now) due.push({ epc: i.epc, gtin: i.gtin, bestBeforeMs: i.bestBeforeMs });
  }
  due.sort((a, b) => byString(a.epc, b.epc));
  for (const m of due) d.emit({ type: 'MealNearingExpiry', fridgeId, at: now, ...m });
}

/** Meals whose best-before has come (bestBeforeMs <= now) are withdrawn, whatever else withdrew them. */
export function sweepExpired(d: Draft, fridgeId: string, now: number): void {
  const f = d.fridge(fridgeId);
  if (!f) return;
  const epcs: string[] = [];
  for (const i of f.items.values()) {
    if (i.bestBeforeMs !== undefined && i.bestBeforeMs <= now && i.withdrawn !== 'expired') epcs.push(i.epc);
  }
  if (epcs.length === 0) return;
  epcs.sort(byString);
  d.stockStep(fridgeId, now, () => 'expiry', () => {
    d.emit({ type: 'MealsWithdrawn', fridgeId, at: now, reason: 'expired', epcs });
  });
}

/** Releases the fridge's holds whose time is up at `now` (as `expired`). */
export function expireReservations(d: Draft, fridgeId: string, now: number): void {
  // Called for every stock event of a batch: a loop that allocates only when a hold has lapsed.
  let expired: Reservation[] | undefined;
  for (const r of d.state.reservations.values()) if (r.fridgeId === fridgeId && r.expiresAtMs <= now) (expired ??= []).push(r);
  if (expired === undefined) return;
  d.stockStep(fridgeId, now, () => 'release', () => {
    for (const r of expired) cancel(d, r, 'expired', now);
  });
}

export function cancel(d: Draft, r: Reservation, reason: 'by_user' | 'payment_failed' | 'expired', at: number): void {
  d.emit({
    type: 'MealStockCanceled',
    fridgeId: r.fridgeId,
    at,
    reservationId: r.reservationId,
    gtin: r.gtin,
    userId: r.userId,
    quantity: r.quantity,
    reason,
  });
}
