import { encodeServerMessage, type FeedEncoding, type FridgeState, type Snapshot } from '../../proto/feed.js';
import type { ReadModel, RegistryReader, StockRow } from '../store/index.js';
import { districtsOf, fridgesInScope, scopeDistricts, type Scope } from './scope.js';

/**
 * The stock (and presence and temperatures) a scope covers, from the projections, and the
 * store position it reflects, read in one transaction.
 */
export async function buildSnapshot(stores: { registry: RegistryReader; readModel: ReadModel }, scope: Scope, epoch: string): Promise<{ position: number; snapshot: Snapshot }> {
  const registry = await stores.registry.listFridges();
  const fridges = fridgesInScope(scope, registry);
  const snap = await stores.readModel.stockSnapshot(scope.all ? undefined : fridges.map((f) => f.id));
  const byFridge = new Map<string, StockRow[]>();
  for (const row of snap.stock) {
    const rows = byFridge.get(row.fridgeId) ?? [];
    rows.push(row);
    byFridge.set(row.fridgeId, rows);
  }
  // The registry as the transaction saw it (a fridge registered since has no stock yet).
  const known = new Set(snap.fridges.map((f) => f.id));
  const states: FridgeState[] = fridges.filter((f) => known.has(f.id)).map((f) => {
    const status = snap.status.get(f.id);
    return {
      fridgeId: f.id,
      district: f.district,
      name: f.name,
      lat: f.lat,
      lon: f.lon,
      online: status?.online ?? false,
      stale: status?.stale ?? true,
      stock: (byFridge.get(f.id) ?? []).map((s) => ({ gtin: s.gtin, onHand: s.onHand, reserved: s.reserved, available: s.available })),
      temperatures: (snap.temperatures.get(f.id) ?? []).map((t) => ({ sensor: t.sensor, deciCelsius: t.deciCelsius, atMs: t.at })),
    };
  });
  return { position: snap.position, snapshot: { cursor: { epoch, position: snap.position }, fridges: states, districts: districtsOf(scope, fridges) } };
}

/**
 * A snapshot shared by every subscription of one scope (issue 13: connect + subscribe rate).
 * Its message bytes are made once per encoding; each client's answer is its request id and
 * these bytes (a JSON prefix, or a protobuf field ahead of the body: fields in any order merge).
 */
export class SharedSnapshot {
  private readonly bytes = new Map<FeedEncoding, Buffer>();

  constructor(readonly position: number, readonly snapshot: Snapshot) {}

  /** The whole `snapshot` message for `requestId`, ready for ws.send. */
  message(requestId: string, encoding: FeedEncoding): Buffer {
    let body = this.bytes.get(encoding);
    if (body === undefined) {
      const encoded = encoding === 'json' ? JSON.stringify(this.snapshot) : encodeServerMessage({ snapshot: this.snapshot }, 'proto');
      body = typeof encoded === 'string' ? Buffer.from(encoded, 'utf8') : Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength);
      this.bytes.set(encoding, body);
    }
    if (encoding === 'json') return Buffer.concat([Buffer.from(`{"requestId":${JSON.stringify(requestId)},"snapshot":`, 'utf8'), body, CLOSE_BRACE]);
    const head = encodeServerMessage({ requestId }, 'proto') as Uint8Array;
    return Buffer.concat([head, body]);
  }
}

const CLOSE_BRACE = Buffer.from('}', 'utf8');

export interface SnapshotCacheOptions {
  /** A shared snapshot is read again after this long even if nothing in its scope committed (presence, registry). */
  maxAgeMs: number;
  /** Scopes kept (areas make many); the oldest goes first. */
  maxEntries: number;
}

export const DEFAULT_SNAPSHOT_CACHE: SnapshotCacheOptions = { maxAgeMs: 1000, maxEntries: 1000 };

interface CacheEntry {
  districts: ReadonlySet<string> | undefined;
  at: number;
  snapshot: Promise<SharedSnapshot>;
}

/**
 * Snapshots by scope: one store read serves every subscribe of that scope until something in
 * its districts commits (`committed`) or it is `maxAgeMs` old. A read in progress is shared
 * too; a commit during it makes its result serve only those already waiting.
 */
export class SnapshotCache {
  private readonly entries = new Map<string, CacheEntry>();

  constructor(
    private readonly read: (scope: Scope) => Promise<{ position: number; snapshot: Snapshot }>,
    private readonly o: SnapshotCacheOptions = DEFAULT_SNAPSHOT_CACHE,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get(scope: Scope): Promise<SharedSnapshot> {
    const hit = this.entries.get(scope.key);
    if (hit !== undefined && this.now() - hit.at <= this.o.maxAgeMs) return hit.snapshot;
    if (hit !== undefined) this.entries.delete(scope.key);
    const entry: CacheEntry = {
      districts: scopeDistricts(scope),
      at: this.now(),
      snapshot: this.read(scope).then((r) => new SharedSnapshot(r.position, r.snapshot)),
    };
    // A failed read is not kept: the next subscribe tries again.
    entry.snapshot.catch(() => {
      if (this.entries.get(scope.key) === entry) this.entries.delete(scope.key);
    });
    this.entries.set(scope.key, entry);
    if (this.entries.size > this.o.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return entry.snapshot;
  }

  /**
   * A commit was published: the snapshots of scopes it touches are out of date for whoever
   * subscribes from now on. Those already waiting for one still get it: they keep what is
   * published meanwhile and send what is above its position (FeedConnection.catchUp).
   */
  committed(districts: ReadonlySet<string>): void {
    if (districts.size === 0) return;
    for (const [key, e] of this.entries) if (touches(e.districts, districts)) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Whether a commit in `districts` touches a scope of `scope` (undefined: every district). */
function touches(scope: ReadonlySet<string> | undefined, districts: ReadonlySet<string>): boolean {
  if (scope === undefined) return true;
  for (const d of districts) if (scope.has(d)) return true;
  return false;
}
