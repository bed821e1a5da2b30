// `fridge-cloud capacity`: the capacity model (DESIGN.md "Scale"): fleet size in, storage and
// bandwidth out. The message sizes are not assumed: they are what the project's own encoders
// produce for realistic messages (proto/ for the wire, the ACL decider and the event store's
// JSON for domain events, the feed's encoder for clients), measured every time the model runs.
// The frequencies are a profile with a source for each figure (docs/operations.md).
import { formatHelp, parseOptions, type OptionTable } from '../../shared/index.js';
import { encodeServerMessage, type FridgeState } from '../../proto/feed.js';
import { AckStatus, assembleBatch, encodeAck, encodeFridgeEventWithSeq, encodeStatus, StatusState, SnapshotReason, topics, type FridgeEvent } from '../../proto/index.js';
import { decide, defaultAclConfig, epcBytes, evolve, initialDistrictState, type DistrictCommand, type DistrictState, type DomainEvent, type TagRecord } from '../domain/index.js';
import { toFeedEvent } from '../feed/scope.js';
import { fridgeSummary, mealFacts } from '../http/client-reads.js';
import type { MealRecord } from '../store/index.js';

/** How often things happen; every default names where it comes from. */
export interface FleetProfile {
  /** DESIGN.md: "a few door sessions an hour"; simulator demo scenario: 2.5 shoppers per fridge-hour (24 h mean) = 60. */
  doorSessionsPerFridgeDay: number;
  /** Simulator demo scenario: 25 % of shoppers take two meals = 1.25. */
  mealsPerSession: number;
  /** Simulator demo scenario: the kitchen restocks once a day (06:00), refilling what was taken. */
  restocksPerFridgeDay: number;
  /** Simulator demo scenario: 36 meals per fridge at par, 8 products. DESIGN.md allows "a few hundred tags". */
  tagsPerFridge: number;
  productsPerFridge: number;
  /** Simulator demo scenario: 4 shelves with load cells. */
  shelvesPerFridge: number;
  /** fridge-edge --snapshot-interval-s default (600 s) = 144. DESIGN.md's "a few times a day" is the seed's figure; the edge is more careful. */
  snapshotsPerFridgeDay: number;
  /** fridge-edge --temp-interval-s default (300 s, one sensor) = 288, plus the door's warming (>= 0.5 °C) about once a door session. */
  temperatureSamplesPerFridgeDay: number;
  /** fridge-edge --keepalive default: MQTT PINGREQ/PINGRESP when the link is otherwise idle. */
  keepaliveS: number;
  /** DESIGN.md: 1-3 purchases per user and day = 2; each is an app reservation (reserve, then pick up). */
  purchasesPerUserDay: number;
  /** DESIGN.md: one catalog fetch per user and day. */
  catalogFetchesPerUserDay: number;
  /** Assumption (not in DESIGN.md): app opens per user and day, each a feed connection with a snapshot. */
  feedSessionsPerUserDay: number;
  /** Assumption: minutes per user and day with the feed open (changes arrive while open). */
  feedMinutesPerUserDay: number;
  /** Assumption: fridges within a user's area (5 km default radius of the catalog query). */
  fridgesPerUserScope: number;
  /** Share of feed clients on protobuf frames (the rest JSON, the default). */
  feedProtoShare: number;
  /** Busiest hour over the mean hour: simulator demo scenario's hourly profile (max 3.0 / mean 1.0). */
  peakFactor: number;
}

export const DEFAULT_PROFILE: FleetProfile = {
  doorSessionsPerFridgeDay: 60,
  mealsPerSession: 1.25,
  restocksPerFridgeDay: 1,
  tagsPerFridge: 36,
  productsPerFridge: 8,
  shelvesPerFridge: 4,
  snapshotsPerFridgeDay: 144,
  temperatureSamplesPerFridgeDay: 288 + 60,
  keepaliveS: 15,
  purchasesPerUserDay: 2,
  catalogFetchesPerUserDay: 1,
  feedSessionsPerUserDay: 2,
  feedMinutesPerUserDay: 10,
  fridgesPerUserScope: 10,
  feedProtoShare: 0.5,
  peakFactor: 3,
};

/** Bytes of one thing, as the encoders produced them. */
export interface Measured {
  /** A FridgeEvent with its seq, as the outbox keeps it, the batch carries it and fridge_events stores it. */
  bytes: number;
  /** The batch that carries it alone (a door session or snapshot goes out at once; a lone sample after the 200 ms linger). */
  batchBytes: number;
  /** Domain events the ACL derived from it, and their rows' bytes in the events table (JSON and columns). */
  domainEvents: number;
  domainBytes: number;
  /** Feed events for one subscribed client, in each encoding. */
  feedEvents: number;
  feedJsonBytes: number;
  feedProtoBytes: number;
}

export interface MessageSizes {
  saleOneMeal: Measured;
  saleTwoMeals: Measured;
  restock: Measured;
  snapshot: Measured;
  temperature: Measured;
  /** A reservation (ReserveMeal): no fridge message, domain and feed events only. */
  reservation: Omit<Measured, 'bytes' | 'batchBytes'>;
  ackBytes: number;
  birthBytes: number;
  /** MQTT PUBLISH (QoS 1) framing around a payload on the batch and ack topics. */
  publishOverheadUp: number;
  publishOverheadDown: number;
  pubackBytes: number;
  pingBytes: number;
  feedSnapshotJsonBytes: number;
  feedSnapshotProtoBytes: number;
  feedWelcomeJsonBytes: number;
  catalogJsonBytes: number;
  /** SQLite bytes per row beyond the payload (fridge_events), and per index entry (fridge_events_received, events_district). */
  rawRowOverhead: number;
  rawIndexEntry: number;
  domainIndexEntry: number;
}

const DISTRICT = 'berlin-mitte';
const FRIDGE = 'fr-mitte-0042';
const EPOCH = '4f1c2a9e-7b3d-4c55-9a0e-2d8f6b1e3c47'; // the edge mints a UUID per outbox epoch
const T0 = Date.parse('2025-03-03T12:00:00Z');
const SEQ = 150_000; // about half a year into an epoch at the default profile
const EPC_BASE = BigInt('0x3074257BF7194E4000000000'); // SGTIN-96 (GTIN 80614141123458), serial 0
const epcOf = (i: number): string => (EPC_BASE + BigInt(i)).toString(16).toUpperCase().padStart(24, '0');
const gtinOf = (p: number): string => `0401234500${String(100 + p * 7).padStart(4, '0')}`;

const varintLen = (n: number): number => (n < 128 ? 1 : n < 16_384 ? 2 : n < 2_097_152 ? 3 : 4);
/** MQTT 3.1.1 PUBLISH, QoS 1: fixed header, remaining length, topic (length-prefixed), packet id. */
export const publishBytes = (topic: string, payload: number): number => {
  const remaining = 2 + Buffer.byteLength(topic) + 2 + payload;
  return 1 + varintLen(remaining) + remaining;
};

/**
 * SQLite bytes of the rows the ingest writes (cloud/store/schema.ts): record header, columns,
 * cell pointer and varints, then pages that are not full (`pageFill`). Checked against a real
 * cloud.db in test/cloud/ops/capacity.unit.test.ts. A unix-ms INTEGER takes 6 bytes, a seq 3-4.
 * Raw events are sized as one row per event: the ingest keeps a batch as one row
 * (`fridge_event_runs`, docs/cloud.md), which for a batch of one event is about this (some 25
 * bytes more for its entry in `events`), and for batches of several (a backlog, a door session
 * with its round) less.
 */
export const SQLITE = {
  pageFill: 0.8,
  /** fridge_events (WITHOUT ROWID, key fridge_id, epoch, seq): recorded_at, received_at, payload. */
  rawRow: (payload: number, fridgeId = FRIDGE, epoch = EPOCH): number => 7 + fridgeId.length + epoch.length + 3 + 6 + 6 + payload + 4,
  /** fridge_events_received: received_at plus the key. */
  rawIndexEntry: (fridgeId = FRIDGE, epoch = EPOCH): number => 5 + 6 + fridgeId.length + epoch.length + 3 + 4,
  /** events (position is the rowid): district, fridge_id, type, at, data (JSON). */
  domainRow: (type: string, json: number, district = DISTRICT, fridgeId = FRIDGE): number => 7 + district.length + fridgeId.length + type.length + 6 + json + 8,
  /** events_district: district, position. */
  domainIndexEntry: (district = DISTRICT): number => 3 + district.length + 3 + 4 + 4,
};

/** Runs the real ACL decider over a fridge stocked per the profile and measures everything it and the encoders produce. */
export function measureMessageSizes(p: FleetProfile = DEFAULT_PROFILE): MessageSizes {
  const tags = new Map<string, TagRecord>();
  const stocked = Array.from({ length: p.tagsPerFridge }, (_, i) => epcOf(i + 1));
  const restockCount = Math.max(1, Math.round((p.doorSessionsPerFridgeDay * p.mealsPerSession) / Math.max(1, p.restocksPerFridgeDay)));
  const fresh = Array.from({ length: restockCount }, (_, i) => epcOf(100_000 + i));
  const products = Math.max(1, p.productsPerFridge);
  [...stocked, ...fresh].forEach((epc, i) => tags.set(epc, { gtin: gtinOf(i % products), bestBeforeMs: T0 + 3 * 86_400_000 }));
  const meals: MealRecord[] = Array.from({ length: products }, (_, i) => ({
    gtin: gtinOf(i),
    name: 'Chicken tikka bowl',
    nutrition: { kcal: 610, protein_g: 38, carbohydrate_g: 62, fat_g: 18 },
    allergens: ['milk', 'gluten'],
    nominalWeightG: 450,
  }));
  const ctx = { tag: (e: string) => tags.get(e), meal: () => ({ nominalWeightG: 450 }), now: T0, config: defaultAclConfig };
  // decide never mutates the state; evolve does, so only the base is built with it.
  const events = (state: DistrictState, cmd: DistrictCommand): DomainEvent[] => {
    const r = decide(cmd, state, ctx);
    if (!r.ok) throw new Error(`capacity model: the decider refused ${cmd.type}: ${r.reason}`);
    return r.events;
  };
  const build = (state: DistrictState, cmd: DistrictCommand): DistrictState => events(state, cmd).reduce(evolve, state);
  const shelves = Array.from({ length: p.shelvesPerFridge }, (_, i) => ({ shelf: i + 1, grams: 2400 + 9 * 450, stable: true }));
  const snapshotEvent = (tagList: readonly string[]): FridgeEvent => ({ recordedAtMs: T0, snapshot: { reason: SnapshotReason.PERIODIC, tags: tagList.map(epcBytes), shelves } });
  // The base: online, stocked by a first snapshot (what a fridge looks like most of the day).
  let base = build(initialDistrictState(DISTRICT), { type: 'MarkFridgeOnline', fridgeId: FRIDGE, epoch: EPOCH });
  base = build(base, { type: 'RecordFridgeEvents', fridgeId: FRIDGE, epoch: EPOCH, newEpoch: false, events: [{ seq: 1, ...snapshotEvent(stocked) }] });

  let position = 1_000_000;
  const feedOf = (derived: readonly DomainEvent[]): Pick<Measured, 'domainEvents' | 'domainBytes' | 'feedEvents' | 'feedJsonBytes' | 'feedProtoBytes'> => {
    let domainBytes = 0;
    let feedEvents = 0;
    let feedJsonBytes = 0;
    let feedProtoBytes = 0;
    for (const e of derived) {
      domainBytes += SQLITE.domainRow(e.type, Buffer.byteLength(JSON.stringify(e)));
      const fe = toFeedEvent({ position: ++position, event: e }, EPOCH, false);
      if (fe === undefined) continue;
      feedEvents++;
      feedJsonBytes += Buffer.byteLength(encodeServerMessage({ event: fe }, 'json') as string);
      feedProtoBytes += (encodeServerMessage({ event: fe }, 'proto') as Uint8Array).length;
    }
    return { domainEvents: derived.length, domainBytes, feedEvents, feedJsonBytes, feedProtoBytes };
  };
  const measure = (ev: FridgeEvent): Measured => {
    const bytes = encodeFridgeEventWithSeq(ev, SEQ);
    const batch = assembleBatch({ fridgeId: FRIDGE, epoch: EPOCH, prevSeq: SEQ - 1, sentAtMs: T0 + 250 }, [bytes]);
    const derived = events(base, { type: 'RecordFridgeEvents', fridgeId: FRIDGE, epoch: EPOCH, newEpoch: false, events: [{ seq: SEQ, ...ev }] });
    return { bytes: bytes.length, batchBytes: batch.length, ...feedOf(derived) };
  };
  const shelfDelta = (grams: number) => [{ shelf: 2, beforeG: 6450, afterG: 6450 + grams, deltaG: grams, stable: true }];
  const session = (removed: readonly string[], added: readonly string[], grams: number): FridgeEvent => ({
    recordedAtMs: T0,
    doorSession: { openedAtMs: T0 - 40_000, closedAtMs: T0 - 12_000, openCount: 1, removed: removed.map(epcBytes), added: added.map(epcBytes), shelves: shelfDelta(grams), rounds: removed.length > 0 ? 2 : 1, tagCount: p.tagsPerFridge - removed.length + added.length },
  });
  // Two meals of different products: two stock lines change, as most two-meal sessions do.
  const saleTwo = stocked.length >= 2 ? [stocked[0]!, stocked[1]!] : stocked;
  const reservation = events(base, { type: 'ReserveMeal', reservationId: '7d0e1f4a-2b3c-4d5e-8f90-a1b2c3d4e5f6', fridgeId: FRIDGE, gtin: gtinOf(0), userId: 'u-3f9a7c21b4', quantity: 1, expiresAtMs: T0 + 15 * 60_000 });
  const ack = encodeAck({ epoch: EPOCH, committedSeq: SEQ, status: AckStatus.OK, batchLastSeq: SEQ, batchSentAtMs: T0 + 250 });
  const birth = encodeStatus({ state: StatusState.ONLINE, fridgeId: FRIDGE, epoch: EPOCH, bdSeq: 812, atMs: T0, outboxEvents: 0, outboxBytes: 0, lastSeq: SEQ, agentVersion: '0.1.0', firmwareVersion: 'fcp-2.4.1', controllerSerial: 'CTL-00042-B' });

  // A user's area: fridgesPerUserScope fridges, each holding productsPerFridge products.
  const scopeFridges = Array.from({ length: p.fridgesPerUserScope }, (_, i) => ({ id: `fr-mitte-${String(i).padStart(4, '0')}`, name: 'Charité Campus, Building 3', lat: 52.52 + i / 1000, lon: 13.37 + i / 1000 }));
  const perMeal = Math.max(1, Math.round(p.tagsPerFridge / products));
  // Each with its one sensor's latest reading (the profile's fridges have one sensor).
  const feedFridges: FridgeState[] = scopeFridges.map((f) => ({
    fridgeId: f.id,
    district: DISTRICT,
    name: f.name,
    lat: f.lat,
    lon: f.lon,
    online: true,
    stale: false,
    stock: meals.map((m) => ({ gtin: m.gtin, onHand: perMeal, reserved: 0, available: perMeal })),
    temperatures: [{ sensor: 1, deciCelsius: 41, atMs: T0 - 120_000 }],
  }));
  const snapshotMessage = { requestId: 'r1', snapshot: { cursor: { epoch: EPOCH, position }, fridges: feedFridges, districts: [DISTRICT] } };
  const welcome = { welcome: { cursor: { epoch: EPOCH, position }, encoding: 'json', maxMessageBytes: 16_384, maxSubscriptions: 16, heartbeatMs: 30_000, maxResumeEvents: 10_000 } };
  // The catalog query's answer (cloud/http/client-reads.ts buildCatalog), from its own helpers.
  const scoped = scopeFridges.map((f, i) => ({ fridge: { ...f, district: DISTRICT, credentialHash: '', enabled: true, createdAt: T0 }, distanceKm: 0.35 * (i + 1), online: true, stale: false }));
  const catalog = {
    district: null,
    near: { lat: 52.52, lon: 13.37, radius_km: 5 },
    version: null,
    versions: { [DISTRICT]: 4211 },
    fridges: scoped.map(fridgeSummary),
    meals: meals.map((m) => ({ gtin: m.gtin, ...mealFacts(m), available: perMeal * scoped.length, fridges: scoped.map((f) => ({ id: f.fridge.id, available: perMeal, distance_km: f.distanceKm, online: true, stale: false })) })),
  };

  const batchTopic = topics.batch(DISTRICT, FRIDGE);
  const ackTopic = topics.ack(DISTRICT, FRIDGE);
  return {
    saleOneMeal: measure(session(stocked.slice(0, 1), [], -450)),
    saleTwoMeals: measure(session(saleTwo, [], -900)),
    restock: measure(session([], fresh, 450 * fresh.length)),
    snapshot: measure(snapshotEvent(stocked)),
    temperature: measure({ recordedAtMs: T0, temperature: { sensor: 1, deciCelsius: 41 } }),
    reservation: feedOf(reservation),
    ackBytes: ack.length,
    birthBytes: birth.length,
    publishOverheadUp: publishBytes(batchTopic, 0),
    publishOverheadDown: publishBytes(ackTopic, 0),
    pubackBytes: 4,
    pingBytes: 2,
    feedSnapshotJsonBytes: Buffer.byteLength(encodeServerMessage(snapshotMessage, 'json') as string),
    feedSnapshotProtoBytes: (encodeServerMessage(snapshotMessage, 'proto') as Uint8Array).length,
    feedWelcomeJsonBytes: Buffer.byteLength(encodeServerMessage(welcome, 'json') as string),
    catalogJsonBytes: Buffer.byteLength(JSON.stringify(catalog)),
    rawRowOverhead: SQLITE.rawRow(0),
    rawIndexEntry: SQLITE.rawIndexEntry(),
    domainIndexEntry: SQLITE.domainIndexEntry(),
  };
}

export interface CapacityInput {
  fridges: number;
  users: number;
  profile?: FleetProfile;
  /** Measured once by default; given by tests to check the arithmetic. */
  sizes?: MessageSizes;
}

export interface CapacityReport {
  fridges: number;
  users: number;
  profile: FleetProfile;
  sizes: MessageSizes;
  perFridgeDay: { fridgeEvents: number; rawBytes: number; domainEvents: number; domainBytes: number; mqttUpBytes: number; mqttDownBytes: number; feedEvents: number };
  perUserDay: { domainEvents: number; domainBytes: number; feedBytes: number; catalogBytes: number };
  /** Ingest load: fridge events (and batches, one event each) per second. */
  rates: { fridgeEventsPerSecond: number; peakFridgeEventsPerSecond: number; domainEventsPerSecond: number };
  storagePerYear: { rawFridgeEventsBytes: number; domainEventsBytes: number; indexBytes: number; totalBytes: number; rawFridgeEvents: number; domainEvents: number };
  bandwidthPerDay: { edgeToCloudBytes: number; cloudToEdgeBytes: number; feedBytes: number; catalogBytes: number; cloudToAppsBytes: number };
}

/** The model: pure arithmetic over the profile and the measured sizes; linear in fridges and in users. */
export function capacityModel(input: CapacityInput): CapacityReport {
  const p = input.profile ?? DEFAULT_PROFILE;
  const s = input.sizes ?? measureMessageSizes(p);
  const two = Math.min(1, Math.max(0, p.mealsPerSession - 1));
  // What happens at one fridge in a day, each with its measured cost.
  const mix: Array<[number, Measured]> = [
    [p.doorSessionsPerFridgeDay * (1 - two), s.saleOneMeal],
    [p.doorSessionsPerFridgeDay * two, s.saleTwoMeals],
    [p.restocksPerFridgeDay, s.restock],
    [p.snapshotsPerFridgeDay, s.snapshot],
    [p.temperatureSamplesPerFridgeDay, s.temperature],
  ];
  const sum = (f: (m: Measured) => number): number => mix.reduce((a, [n, m]) => a + n * f(m), 0);
  const fridgeEvents = sum(() => 1);
  const batches = fridgeEvents; // one event a batch: see Measured.batchBytes
  const rawBytes = sum((m) => m.bytes);
  // Keep-alive pings fill the idle keep-alive intervals of the day.
  const pings = Math.max(0, 86_400 / p.keepaliveS - batches);
  const mqttUpBytes = sum((m) => s.publishOverheadUp + m.batchBytes) + batches * s.pubackBytes + pings * s.pingBytes + (s.birthBytes + s.publishOverheadUp);
  const mqttDownBytes = batches * (s.publishOverheadDown + s.ackBytes + s.pubackBytes) + pings * s.pingBytes;
  const perFridgeDay = {
    fridgeEvents,
    rawBytes,
    domainEvents: sum((m) => m.domainEvents),
    domainBytes: sum((m) => m.domainBytes),
    mqttUpBytes,
    mqttDownBytes,
    feedEvents: sum((m) => m.feedEvents),
  };
  // A user's day: reservations (domain events), feed sessions (welcome, snapshot, then the
  // changes of the fridges in scope while open), catalog fetches. The changes include those
  // other users' reservations cause: users per fridge times their reservation events.
  const feedBytes = (json: number, proto: number): number => (1 - p.feedProtoShare) * json + p.feedProtoShare * proto;
  const usersPerFridge = input.fridges > 0 ? input.users / input.fridges : 0;
  const changesPerFridgeDayBytes = sum((m) => feedBytes(m.feedJsonBytes, m.feedProtoBytes)) + usersPerFridge * p.purchasesPerUserDay * feedBytes(s.reservation.feedJsonBytes, s.reservation.feedProtoBytes);
  const openShare = p.feedMinutesPerUserDay / 1440;
  const perUserDay = {
    domainEvents: p.purchasesPerUserDay * s.reservation.domainEvents,
    domainBytes: p.purchasesPerUserDay * s.reservation.domainBytes,
    feedBytes: p.feedSessionsPerUserDay * (s.feedWelcomeJsonBytes + feedBytes(s.feedSnapshotJsonBytes, s.feedSnapshotProtoBytes)) + openShare * p.fridgesPerUserScope * changesPerFridgeDayBytes,
    catalogBytes: p.catalogFetchesPerUserDay * s.catalogJsonBytes,
  };
  const { fridges: n, users: m } = input;
  const rawFridgeEvents = 365 * n * fridgeEvents;
  const domainEvents = 365 * (n * perFridgeDay.domainEvents + m * perUserDay.domainEvents);
  const rawFridgeEventsBytes = (rawFridgeEvents * s.rawRowOverhead + 365 * n * rawBytes) / SQLITE.pageFill;
  const domainEventsBytes = (365 * (n * perFridgeDay.domainBytes + m * perUserDay.domainBytes)) / SQLITE.pageFill;
  const indexBytes = (rawFridgeEvents * s.rawIndexEntry + domainEvents * s.domainIndexEntry) / SQLITE.pageFill;
  const catalogBytes = m * perUserDay.catalogBytes;
  const feed = m * perUserDay.feedBytes;
  return {
    fridges: n,
    users: m,
    profile: p,
    sizes: s,
    perFridgeDay,
    perUserDay,
    rates: {
      fridgeEventsPerSecond: (n * fridgeEvents) / 86_400,
      peakFridgeEventsPerSecond: (n * (fridgeEvents - p.snapshotsPerFridgeDay - p.temperatureSamplesPerFridgeDay) * p.peakFactor + n * (p.snapshotsPerFridgeDay + p.temperatureSamplesPerFridgeDay)) / 86_400,
      domainEventsPerSecond: domainEvents / 365 / 86_400,
    },
    storagePerYear: { rawFridgeEventsBytes, domainEventsBytes, indexBytes, totalBytes: rawFridgeEventsBytes + domainEventsBytes + indexBytes, rawFridgeEvents, domainEvents },
    bandwidthPerDay: { edgeToCloudBytes: n * mqttUpBytes, cloudToEdgeBytes: n * mqttDownBytes, feedBytes: feed, catalogBytes, cloudToAppsBytes: feed + catalogBytes },
  };
}

const human = (bytes: number): string => {
  const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v >= 100 || u === 0 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
};
const rate = (bytesPerDay: number): string => `${human(bytesPerDay)}/day (${((bytesPerDay * 8) / 86_400 / 1e6).toFixed(2)} Mbit/s mean)`;

export function formatCapacityReport(r: CapacityReport): string {
  const s = r.sizes;
  const f = r.perFridgeDay;
  const lines = [
    `Capacity model: ${r.fridges.toLocaleString('en')} fridges, ${r.users.toLocaleString('en')} users (docs/operations.md)`,
    '',
    'Message sizes (measured with the project\'s encoders and ACL; bytes):',
    `  fridge event   door session 1 meal ${s.saleOneMeal.bytes}, 2 meals ${s.saleTwoMeals.bytes}, restock ${s.restock.bytes}, snapshot (${r.profile.tagsPerFridge} tags) ${s.snapshot.bytes}, temperature ${s.temperature.bytes}`,
    `  MQTT batch     door session ${s.saleOneMeal.batchBytes} + ${s.publishOverheadUp} PUBLISH framing; ack ${s.ackBytes} + ${s.publishOverheadDown}; PUBACK ${s.pubackBytes}; birth ${s.birthBytes}`,
    `  domain events  1-meal sale ${s.saleOneMeal.domainEvents} (${s.saleOneMeal.domainBytes} B stored), snapshot ${s.snapshot.domainEvents} (${s.snapshot.domainBytes} B), temperature ${s.temperature.domainEvents} (${s.temperature.domainBytes} B), reservation ${s.reservation.domainEvents} (${s.reservation.domainBytes} B)`,
    `  feed           1-meal sale ${s.saleOneMeal.feedJsonBytes} B JSON / ${s.saleOneMeal.feedProtoBytes} B protobuf; temperature ${s.temperature.feedJsonBytes} / ${s.temperature.feedProtoBytes}; snapshot of ${r.profile.fridgesPerUserScope} fridges ${s.feedSnapshotJsonBytes} / ${s.feedSnapshotProtoBytes}; catalog ${s.catalogJsonBytes} B JSON`,
    '',
    `Per fridge and day: ${Math.round(f.fridgeEvents)} fridge events (${human(f.rawBytes)}), ${Math.round(f.domainEvents)} domain events (${human(f.domainBytes)} stored), MQTT ${human(f.mqttUpBytes)} up / ${human(f.mqttDownBytes)} down`,
    `Per user and day: ${r.perUserDay.domainEvents} domain events, feed ${human(r.perUserDay.feedBytes)}, catalog ${human(r.perUserDay.catalogBytes)}`,
    '',
    `Ingest: ${r.rates.fridgeEventsPerSecond.toFixed(1)} fridge events/s mean, ${r.rates.peakFridgeEventsPerSecond.toFixed(1)}/s in the busiest hour; ${r.rates.domainEventsPerSecond.toFixed(1)} domain events/s`,
    '',
    'Storage per year (SQLite, pages ~80 % full):',
    `  raw fridge events   ${human(r.storagePerYear.rawFridgeEventsBytes)} (${Math.round(r.storagePerYear.rawFridgeEvents).toLocaleString('en')} rows; prunable with --retention-days)`,
    `  domain events       ${human(r.storagePerYear.domainEventsBytes)} (${Math.round(r.storagePerYear.domainEvents).toLocaleString('en')} rows; kept forever)`,
    `  indexes             ${human(r.storagePerYear.indexBytes)} (fridge_events_received, events_district)`,
    `  total               ${human(r.storagePerYear.totalBytes)}`,
    '',
    'Bandwidth:',
    `  edge -> cloud MQTT  ${rate(r.bandwidthPerDay.edgeToCloudBytes)}`,
    `  cloud -> edge MQTT  ${rate(r.bandwidthPerDay.cloudToEdgeBytes)}`,
    `  cloud -> apps       ${rate(r.bandwidthPerDay.cloudToAppsBytes)}: feed ${human(r.bandwidthPerDay.feedBytes)}, catalog ${human(r.bandwidthPerDay.catalogBytes)}`,
    '  (MQTT and WebSocket payloads with their framing; TCP/IP and TLS add about 70 B per packet)',
  ];
  return lines.join('\n') + '\n';
}

export const capacityOptions = {
  fridges: { kind: 'int', env: 'FF_CAPACITY_FRIDGES', default: 1000, min: 0, max: 100_000_000, help: 'fleet size' },
  users: { kind: 'int', env: 'FF_CAPACITY_USERS', default: 100_000, min: 0, max: 1_000_000_000, help: 'app users' },
  'door-sessions': { kind: 'int', env: 'FF_CAPACITY_DOOR_SESSIONS', default: DEFAULT_PROFILE.doorSessionsPerFridgeDay, min: 0, max: 100_000, help: 'door sessions per fridge and day (simulator demo scenario)' },
  tags: { kind: 'int', env: 'FF_CAPACITY_TAGS', default: DEFAULT_PROFILE.tagsPerFridge, min: 1, max: 10_000, help: 'meals (tags) in a stocked fridge' },
  'snapshot-interval-s': { kind: 'int', env: 'FF_CAPACITY_SNAPSHOT_INTERVAL_S', default: 86_400 / DEFAULT_PROFILE.snapshotsPerFridgeDay, min: 60, max: 86_400, help: 'the edges\' --snapshot-interval-s' },
  purchases: { kind: 'int', env: 'FF_CAPACITY_PURCHASES', default: DEFAULT_PROFILE.purchasesPerUserDay, min: 0, max: 1000, help: 'app purchases (reservations) per user and day' },
  json: { kind: 'bool', env: 'FF_CAPACITY_JSON', help: 'print the whole model as JSON' },
} satisfies OptionTable;

export const CAPACITY_HELP = formatHelp('fridge-cloud capacity', 'Storage per year and bandwidth per day for a fleet and its users, with message sizes measured\nfrom the project\'s own encoders (docs/operations.md describes the model and its sources).', capacityOptions);

export async function capacityCommand(argv: readonly string[], env: NodeJS.ProcessEnv, io: { out(text: string): void }): Promise<number> {
  const o = parseOptions(capacityOptions, argv, env);
  if (o === 'help') {
    io.out(CAPACITY_HELP);
    return 0;
  }
  const profile: FleetProfile = {
    ...DEFAULT_PROFILE,
    doorSessionsPerFridgeDay: o['door-sessions'],
    // The door's warming adds about one sample a session (see FleetProfile).
    temperatureSamplesPerFridgeDay: DEFAULT_PROFILE.temperatureSamplesPerFridgeDay - DEFAULT_PROFILE.doorSessionsPerFridgeDay + o['door-sessions'],
    tagsPerFridge: o.tags,
    snapshotsPerFridgeDay: 86_400 / o['snapshot-interval-s'],
    purchasesPerUserDay: o.purchases,
  };
  const r = capacityModel({ fridges: o.fridges, users: o.users, profile });
  io.out(o.json ? `${JSON.stringify(r, null, 2)}\n` : formatCapacityReport(r));
  return 0;
}
