import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DomainEvent, MealFacts, TagRecord } from '../domain/index.js';
import { applyProjections, PROJECTIONS } from '../projections/projections.js';
import { PROJECTION_TABLES, SCHEMA } from './schema.js';

export interface FridgeRecord {
  id: string;
  district: string;
  name: string;
  lat: number;
  lon: number;
  credentialHash: string;
  enabled: boolean;
  createdAt: number;
}

export interface Cursor {
  epoch: string;
  committedSeq: number;
}

export interface RawFridgeEvent {
  seq: number;
  recordedAt: number;
  payload: Uint8Array;
}

export interface StoredEvent {
  position: number;
  event: DomainEvent;
}

export interface StockRow {
  fridgeId: string;
  gtin: string;
  onHand: number;
  reserved: number;
  available: number;
}

export interface MealRecord extends MealFacts {
  gtin: string;
  name?: string;
  [k: string]: unknown;
}

export interface TagInput extends TagRecord {
  epc: string;
  fridgeId?: string;
}

interface FridgeRow {
  id: string;
  district: string;
  name: string;
  lat: number;
  lon: number;
  credential_hash: string;
  enabled: number;
  created_at: number;
}

const toFridge = (r: FridgeRow): FridgeRecord => ({
  id: r.id,
  district: r.district,
  name: r.name,
  lat: r.lat,
  lon: r.lon,
  credentialHash: r.credential_hash,
  enabled: r.enabled === 1,
  createdAt: r.created_at,
});

/**
 * The cloud's embedded store: registry, raw fridge events, domain events, cursors, dead
 * letters and projections in one SQLite file (WAL, synchronous=FULL: an acknowledged batch is
 * on disk). All writes of one accepted batch happen in one transaction.
 */
export class CloudStore {
  readonly db: Database.Database;
  private readonly s;
  private readonly tagCache = new Map<string, TagRecord | null>();
  private readonly mealCache = new Map<string, MealRecord | null>();

  constructor(readonly dataDir: string) {
    if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, 'cloud.db'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(SCHEMA);
    const db = this.db;
    this.s = {
      insertFridge: db.prepare('INSERT INTO fridges (id, district, name, lat, lon, credential_hash, enabled, created_at, credential_rotated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)'),
      getFridge: db.prepare<[string], FridgeRow>('SELECT * FROM fridges WHERE id = ?'),
      listFridges: db.prepare<[], FridgeRow>('SELECT * FROM fridges ORDER BY id'),
      setCredential: db.prepare<[string, number, string]>('UPDATE fridges SET credential_hash = ?, credential_rotated_at = ? WHERE id = ?'),
      setEnabled: db.prepare<[number, string]>('UPDATE fridges SET enabled = ? WHERE id = ?'),
      putMeal: db.prepare<[string, string, number]>('INSERT INTO meals (gtin, facts, updated_at) VALUES (?, ?, ?) ON CONFLICT(gtin) DO UPDATE SET facts = excluded.facts, updated_at = excluded.updated_at'),
      getMeal: db.prepare<[string], { facts: string }>('SELECT facts FROM meals WHERE gtin = ?'),
      listMeals: db.prepare<[], { gtin: string; facts: string }>('SELECT gtin, facts FROM meals ORDER BY gtin'),
      putTag: db.prepare(
        `INSERT INTO tags (epc, gtin, best_before, order_id, user_id, fridge_id, packed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(epc) DO UPDATE SET gtin = excluded.gtin, best_before = excluded.best_before, order_id = excluded.order_id,
           user_id = excluded.user_id, fridge_id = excluded.fridge_id, packed_at = excluded.packed_at`,
      ),
      getTag: db.prepare<[string], { gtin: string; best_before: number | null; order_id: string | null; user_id: string | null }>('SELECT gtin, best_before, order_id, user_id FROM tags WHERE epc = ?'),
      getCursor: db.prepare<[string], { epoch: string; committed_seq: number }>('SELECT epoch, committed_seq FROM cursors WHERE fridge_id = ?'),
      setCursor: db.prepare<[string, string, number, number]>(
        'INSERT INTO cursors (fridge_id, epoch, committed_seq, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(fridge_id) DO UPDATE SET epoch = excluded.epoch, committed_seq = excluded.committed_seq, updated_at = excluded.updated_at',
      ),
      insertRaw: db.prepare<[string, string, number, number, number, Uint8Array]>('INSERT INTO fridge_events (fridge_id, epoch, seq, recorded_at, received_at, payload) VALUES (?, ?, ?, ?, ?, ?)'),
      insertEvent: db.prepare<[string, string | null, string, number, string]>('INSERT INTO events (district, fridge_id, type, at, data) VALUES (?, ?, ?, ?, ?)'),
      deadLetter: db.prepare<[string | null, string, string, Uint8Array, number]>('INSERT INTO dead_letters (fridge_id, topic, reason, payload, at) VALUES (?, ?, ?, ?, ?)'),
      eventsAfter: db.prepare<[number, number], { position: number; data: string }>('SELECT position, data FROM events WHERE position > ? ORDER BY position LIMIT ?'),
      districtEvents: db.prepare<[string], { position: number; data: string }>('SELECT position, data FROM events WHERE district = ? ORDER BY position'),
      stockOf: db.prepare<[string], { fridge_id: string; gtin: string; on_hand: number; reserved: number; available: number }>('SELECT * FROM stock WHERE fridge_id = ? ORDER BY gtin'),
      allStock: db.prepare<[], { fridge_id: string; gtin: string; on_hand: number; reserved: number; available: number }>('SELECT * FROM stock ORDER BY fridge_id, gtin'),
      statusOf: db.prepare<[string], { online: number; stale: number; epoch: string | null; changed_at: number }>('SELECT * FROM fridge_status WHERE fridge_id = ?'),
      lastPosition: db.prepare<[], { p: number | null }>('SELECT MAX(position) AS p FROM events'),
      countRaw: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM fridge_events WHERE fridge_id = ?'),
      pruneRaw: db.prepare<[number]>('DELETE FROM fridge_events WHERE received_at < ?'),
    };
  }

  // --- registry ---

  createFridge(f: Omit<FridgeRecord, 'enabled' | 'createdAt'>, now: number): void {
    this.s.insertFridge.run(f.id, f.district, f.name, f.lat, f.lon, f.credentialHash, now, now);
  }

  getFridge(id: string): FridgeRecord | undefined {
    const r = this.s.getFridge.get(id);
    return r ? toFridge(r) : undefined;
  }

  listFridges(): FridgeRecord[] {
    return this.s.listFridges.all().map(toFridge);
  }

  setCredential(id: string, hash: string, now: number): void {
    this.s.setCredential.run(hash, now, id);
  }

  setEnabled(id: string, enabled: boolean): void {
    this.s.setEnabled.run(enabled ? 1 : 0, id);
  }

  putMeal(meal: MealRecord, now: number): void {
    this.s.putMeal.run(meal.gtin, JSON.stringify(meal), now);
    this.mealCache.delete(meal.gtin);
  }

  getMeal(gtin: string): MealRecord | undefined {
    const cached = this.mealCache.get(gtin);
    if (cached !== undefined) return cached ?? undefined;
    const r = this.s.getMeal.get(gtin);
    const meal = r ? (JSON.parse(r.facts) as MealRecord) : null;
    this.mealCache.set(gtin, meal);
    return meal ?? undefined;
  }

  listMeals(): MealRecord[] {
    return this.s.listMeals.all().map((r) => JSON.parse(r.facts) as MealRecord);
  }

  putTags(tags: readonly TagInput[], now: number): void {
    this.db.transaction(() => {
      for (const t of tags) {
        this.s.putTag.run(t.epc, t.gtin, t.bestBeforeMs ?? null, t.orderId ?? null, t.userId ?? null, t.fridgeId ?? null, now);
        this.tagCache.delete(t.epc);
      }
    })();
  }

  getTag(epc: string): TagRecord | undefined {
    const cached = this.tagCache.get(epc);
    if (cached !== undefined) return cached ?? undefined;
    const r = this.s.getTag.get(epc);
    const tag: TagRecord | null = r
      ? { gtin: r.gtin, ...(r.best_before !== null ? { bestBeforeMs: r.best_before } : {}), ...(r.order_id !== null ? { orderId: r.order_id } : {}), ...(r.user_id !== null ? { userId: r.user_id } : {}) }
      : null;
    if (this.tagCache.size > 200_000) this.tagCache.clear();
    this.tagCache.set(epc, tag);
    return tag ?? undefined;
  }

  // --- ingest ---

  getCursor(fridgeId: string): Cursor | undefined {
    const r = this.s.getCursor.get(fridgeId);
    return r ? { epoch: r.epoch, committedSeq: r.committed_seq } : undefined;
  }

  /**
   * One accepted batch, in one transaction: raw events, domain events, projections, cursor.
   * Returns the stored domain events with their positions.
   */
  commitBatch(b: { fridgeId: string; district: string; epoch: string; raw: readonly RawFridgeEvent[]; events: readonly DomainEvent[]; committedSeq: number; now: number }): StoredEvent[] {
    return this.db.transaction(() => {
      for (const r of b.raw) this.s.insertRaw.run(b.fridgeId, b.epoch, r.seq, r.recordedAt, b.now, r.payload);
      const stored = this.appendInTx(b.district, b.events);
      this.s.setCursor.run(b.fridgeId, b.epoch, b.committedSeq, b.now);
      return stored;
    })();
  }

  /** Domain events that do not come with a batch (presence, ticks, admin commands). */
  append(district: string, events: readonly DomainEvent[]): StoredEvent[] {
    if (events.length === 0) return [];
    return this.db.transaction(() => this.appendInTx(district, events))();
  }

  private appendInTx(district: string, events: readonly DomainEvent[]): StoredEvent[] {
    const stored: StoredEvent[] = [];
    for (const e of events) {
      const fridgeId = 'fridgeId' in e ? e.fridgeId : null;
      const info = this.s.insertEvent.run(district, fridgeId, e.type, e.at, JSON.stringify(e));
      stored.push({ position: Number(info.lastInsertRowid), event: e });
    }
    applyProjections(this.db, events);
    return stored;
  }

  /** A refused batch, kept; with `advance`, the cursor moves past it in the same transaction. */
  deadLetter(d: { fridgeId: string | undefined; topic: string; reason: string; payload: Uint8Array; now: number; advance?: { epoch: string; committedSeq: number } }): void {
    this.db.transaction(() => {
      this.s.deadLetter.run(d.fridgeId ?? null, d.topic, d.reason, d.payload, d.now);
      if (d.advance && d.fridgeId) this.s.setCursor.run(d.fridgeId, d.advance.epoch, d.advance.committedSeq, d.now);
    })();
  }

  deadLetters(limit = 100): Array<{ id: number; fridgeId: string | null; topic: string; reason: string; at: number; bytes: number }> {
    return this.db
      .prepare<[number], { id: number; fridge_id: string | null; topic: string; reason: string; at: number; bytes: number }>('SELECT id, fridge_id, topic, reason, at, length(payload) AS bytes FROM dead_letters ORDER BY id DESC LIMIT ?')
      .all(limit)
      .map((r) => ({ id: r.id, fridgeId: r.fridge_id, topic: r.topic, reason: r.reason, at: r.at, bytes: r.bytes }));
  }

  // --- reading ---

  eventsAfter(position: number, limit: number): StoredEvent[] {
    return this.s.eventsAfter.all(position, limit).map((r) => ({ position: r.position, event: JSON.parse(r.data) as DomainEvent }));
  }

  *districtEvents(district: string): Generator<StoredEvent> {
    for (const r of this.s.districtEvents.iterate(district)) yield { position: r.position, event: JSON.parse(r.data) as DomainEvent };
  }

  districts(): string[] {
    return this.db.prepare<[], { district: string }>('SELECT DISTINCT district FROM (SELECT district FROM fridges UNION SELECT district FROM events) ORDER BY district').all().map((r) => r.district);
  }

  /**
   * The store's epoch: a random id created once with the store (kept in `meta`). Event
   * positions are meaningful only within it, so a feed client holding a position from a
   * store that was recreated is told to take a new snapshot. Rebuilding the projections
   * keeps the events and their positions, and so the epoch.
   */
  storeEpoch(): string {
    this.db.prepare<[string]>("INSERT OR IGNORE INTO meta (key, value) VALUES ('store_epoch', ?)").run(randomUUID());
    const r = this.db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'store_epoch'").get();
    if (r === undefined) throw new Error('meta.store_epoch missing after insert');
    return r.value;
  }

  lastPosition(): number {
    return this.s.lastPosition.get()?.p ?? 0;
  }

  stockOf(fridgeId: string): StockRow[] {
    return this.s.stockOf.all(fridgeId).map((r) => ({ fridgeId: r.fridge_id, gtin: r.gtin, onHand: r.on_hand, reserved: r.reserved, available: r.available }));
  }

  allStock(): StockRow[] {
    return this.s.allStock.all().map((r) => ({ fridgeId: r.fridge_id, gtin: r.gtin, onHand: r.on_hand, reserved: r.reserved, available: r.available }));
  }

  statusOf(fridgeId: string): { online: boolean; stale: boolean; epoch: string | null; changedAt: number } | undefined {
    const r = this.s.statusOf.get(fridgeId);
    return r ? { online: r.online === 1, stale: r.stale === 1, epoch: r.epoch, changedAt: r.changed_at } : undefined;
  }

  rawEventCount(fridgeId: string): number {
    return this.s.countRaw.get(fridgeId)?.n ?? 0;
  }

  /** Retention: raw fridge events received before `before` (ms) go; domain events never do. */
  pruneRawEvents(before: number): number {
    return this.s.pruneRaw.run(before).changes;
  }

  /** Drops the projections and applies every stored event again (the events are the truth). */
  rebuildProjections(): number {
    let n = 0;
    this.db.transaction(() => {
      for (const t of PROJECTION_TABLES) this.db.exec(`DELETE FROM ${t}`);
      // In pages: better-sqlite3 allows no writes while a statement is being iterated.
      const page = this.db.prepare<[number], { position: number; data: string }>('SELECT position, data FROM events WHERE position > ? ORDER BY position LIMIT 5000');
      for (let after = 0; ; ) {
        const rows = page.all(after);
        if (rows.length === 0) break;
        applyProjections(this.db, rows.map((r) => JSON.parse(r.data) as DomainEvent), PROJECTIONS);
        n += rows.length;
        after = rows[rows.length - 1]!.position;
      }
    })();
    return n;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
