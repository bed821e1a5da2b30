// The capacity model: sizes come from the project's encoders (they move when the messages do),
// the arithmetic is linear in fleet size, and the SQLite row estimates match a real cloud.db.
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { capacityCommand, capacityModel, DEFAULT_PROFILE, measureMessageSizes, SQLITE, type CapacityReport } from '../../../cloud/ops/capacity.js';
import { SCHEMA } from '../../../cloud/store/schema.js';
import { encodeFridgeEventWithSeq } from '../../../proto/index.js';
import { useTmpDirs } from '../../support/tmp.js';

const tmp = useTmpDirs();
const sizes = measureMessageSizes();

describe('capacity model (unit)', () => {
  it('measures message sizes with the encoders: one more tag costs one more encoded EPC', () => {
    const more = measureMessageSizes({ ...DEFAULT_PROFILE, tagsPerFridge: DEFAULT_PROFILE.tagsPerFridge + 10 });
    // A repeated bytes field: key (1) + length (1) + 12 EPC bytes per tag.
    expect(more.snapshot.bytes - sizes.snapshot.bytes).toBe(10 * 14);
    expect(more.snapshot.batchBytes - sizes.snapshot.batchBytes).toBe(10 * 14);
    // A temperature sample is what the encoder makes of one (same seq and time width).
    const sample = encodeFridgeEventWithSeq({ recordedAtMs: Date.parse('2025-03-03T12:00:00Z'), temperature: { sensor: 1, deciCelsius: 41 } }, 150_000);
    expect(sizes.temperature.bytes).toBe(sample.length);
    // The decider records every sample (TemperatureRecorded), and the feed carries it.
    expect(sizes.temperature.domainEvents).toBe(1);
    expect(sizes.temperature.feedEvents).toBe(1);
    expect(sizes.temperature.feedProtoBytes).toBeLessThan(sizes.temperature.feedJsonBytes);
    // A sale's domain events are what the decider derives: a stock line and the inventory change.
    expect(sizes.saleOneMeal.domainEvents).toBeGreaterThanOrEqual(2);
    expect(sizes.saleTwoMeals.domainEvents).toBeGreaterThan(sizes.saleOneMeal.domainEvents);
    expect(sizes.saleOneMeal.feedProtoBytes).toBeLessThan(sizes.saleOneMeal.feedJsonBytes);
    // A wider user area: a bigger feed snapshot and catalog.
    const wider = measureMessageSizes({ ...DEFAULT_PROFILE, fridgesPerUserScope: DEFAULT_PROFILE.fridgesPerUserScope * 2 });
    expect(wider.feedSnapshotProtoBytes).toBeGreaterThan(1.9 * sizes.feedSnapshotProtoBytes);
    expect(wider.catalogJsonBytes).toBeGreaterThan(sizes.catalogJsonBytes);
  });

  it('is linear in fridges, and in users at a fixed ratio of users to fridges', () => {
    const a = capacityModel({ fridges: 1000, users: 100_000, sizes });
    const b = capacityModel({ fridges: 3000, users: 300_000, sizes });
    const close = (x: number, y: number): void => expect(x).toBeCloseTo(y, 3);
    close(b.storagePerYear.totalBytes, 3 * a.storagePerYear.totalBytes);
    close(b.storagePerYear.rawFridgeEventsBytes, 3 * a.storagePerYear.rawFridgeEventsBytes);
    close(b.bandwidthPerDay.edgeToCloudBytes, 3 * a.bandwidthPerDay.edgeToCloudBytes);
    close(b.bandwidthPerDay.cloudToAppsBytes, 3 * a.bandwidthPerDay.cloudToAppsBytes);
    close(b.rates.fridgeEventsPerSecond, 3 * a.rates.fridgeEventsPerSecond);
    // Fridge-side figures do not depend on users.
    const c = capacityModel({ fridges: 1000, users: 5, sizes });
    expect(c.storagePerYear.rawFridgeEventsBytes).toBe(a.storagePerYear.rawFridgeEventsBytes);
    expect(c.bandwidthPerDay.edgeToCloudBytes).toBe(a.bandwidthPerDay.edgeToCloudBytes);
    const none = capacityModel({ fridges: 0, users: 0, sizes });
    expect(none.storagePerYear.totalBytes).toBe(0);
    expect(none.bandwidthPerDay.cloudToAppsBytes).toBe(0);
  });

  it('turns a change of event counts into exactly the encoded bytes of those events', () => {
    const n = 1000;
    const base = capacityModel({ fridges: n, users: 0, sizes });
    const more = capacityModel({ fridges: n, users: 0, sizes, profile: { ...DEFAULT_PROFILE, snapshotsPerFridgeDay: DEFAULT_PROFILE.snapshotsPerFridgeDay + 1 } });
    const d = (f: (r: CapacityReport) => number): number => f(more) - f(base);
    expect(d((r) => r.storagePerYear.rawFridgeEvents)).toBeCloseTo(365 * n, 6);
    expect(d((r) => r.storagePerYear.rawFridgeEventsBytes)).toBeCloseTo((365 * n * (sizes.snapshot.bytes + sizes.rawRowOverhead)) / SQLITE.pageFill, 3);
    expect(d((r) => r.storagePerYear.domainEvents)).toBeCloseTo(365 * n * sizes.snapshot.domainEvents, 6);
    // Up: the batch in its PUBLISH and the PUBACK of the ack, less the keep-alive ping it replaces.
    expect(d((r) => r.bandwidthPerDay.edgeToCloudBytes)).toBeCloseTo(n * (sizes.publishOverheadUp + sizes.snapshot.batchBytes + sizes.pubackBytes - sizes.pingBytes), 6);
    expect(d((r) => r.bandwidthPerDay.cloudToEdgeBytes)).toBeCloseTo(n * (sizes.publishOverheadDown + sizes.ackBytes + sizes.pubackBytes - sizes.pingBytes), 6);
    // Door sessions are what app users see: more of them, more feed traffic.
    const busier = capacityModel({ fridges: n, users: 100_000, sizes, profile: { ...DEFAULT_PROFILE, doorSessionsPerFridgeDay: 120 } });
    expect(busier.bandwidthPerDay.feedBytes).toBeGreaterThan(capacityModel({ fridges: n, users: 100_000, sizes }).bandwidthPerDay.feedBytes);
  });

  it('estimates SQLite rows within 25 % of a real cloud.db holding them', () => {
    const file = path.join(tmp(), 'cloud.db');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec(SCHEMA);
    // A day of 40 fridges, interleaved as the ingest writes them, with the model's event mix.
    const mix: Array<[number, number]> = [[45, sizes.saleOneMeal.bytes], [15, sizes.saleTwoMeals.bytes], [1, sizes.restock.bytes], [144, sizes.snapshot.bytes], [348, sizes.temperature.bytes]];
    const day = mix.flatMap(([count, bytes]) => Array<number>(count).fill(bytes));
    const fridges = Array.from({ length: 40 }, (_, i) => ({ id: `fr-mitte-${String(i).padStart(4, '0')}`, epoch: `4f1c2a9e-7b3d-4c55-9a0e-2d8f6b1e${String(i).padStart(4, '0')}` }));
    const raw = db.prepare('INSERT INTO fridge_events (fridge_id, epoch, seq, recorded_at, received_at, payload) VALUES (?, ?, ?, ?, ?, ?)');
    const ev = db.prepare('INSERT INTO events (district, fridge_id, type, at, data) VALUES (?, ?, ?, ?, ?)');
    let expected = 0;
    let t = Date.parse('2025-03-03T00:00:00Z');
    db.transaction(() => {
      day.forEach((bytes, k) => {
        for (const f of fridges) {
          raw.run(f.id, f.epoch, 150_000 + k, t, t, randomBytes(bytes));
          expected += SQLITE.rawRow(bytes, f.id, f.epoch) + SQLITE.rawIndexEntry(f.id, f.epoch);
          const json = JSON.stringify({ type: 'MealStockUpdated', fridgeId: f.id, pad: 'x'.repeat(100 + (k % 80)) });
          ev.run('berlin-mitte', f.id, 'MealStockUpdated', t, json);
          expected += SQLITE.domainRow('MealStockUpdated', Buffer.byteLength(json), 'berlin-mitte', f.id) + SQLITE.domainIndexEntry('berlin-mitte');
          t += 150;
        }
      });
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const actual = statSync(file).size;
    const estimate = expected / SQLITE.pageFill;
    expect(estimate / actual).toBeGreaterThan(0.75);
    expect(estimate / actual).toBeLessThan(1.25);
  });

  it('prints the report and the JSON model from the command', async () => {
    let text = '';
    expect(await capacityCommand(['--fridges', '1000', '--users', '100000'], {}, { out: (t) => (text += t) })).toBe(0);
    expect(text).toMatch(/1,000 fridges, 100,000 users/);
    expect(text).toMatch(/edge -> cloud MQTT/);
    let json = '';
    await capacityCommand(['--fridges', '10', '--users', '20', '--json'], {}, { out: (t) => (json += t) });
    const r = JSON.parse(json) as CapacityReport;
    expect(r.fridges).toBe(10);
    expect(r.sizes.snapshot.bytes).toBe(sizes.snapshot.bytes);
  });
});
