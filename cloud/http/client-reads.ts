import { createHash } from 'node:crypto';
import { FridgeGeoIndex } from '../geo/index.js';
import type { DomainEvent } from '../domain/index.js';
import type { EventReader, FridgeRecord, MealRecord, ReadModel, RegistryReader, SensorTemperature, StockRow } from '../store/index.js';
import { DEFAULT_RADIUS_KM, type ScopeQuery } from './validation.js';

/** A fridge in the searched area, with its presence from the fridge_status projection. */
export interface ScopedFridge {
  fridge: FridgeRecord;
  /** Null when the query gave no location (a district alone). */
  distanceKm: number | null;
  online: boolean;
  /** DESIGN.md property 7: stock is stale while the fridge is offline (or was never online). */
  stale: boolean;
}

export interface RenderedCatalog {
  body: string;
  etag: string;
}

const round3 = (km: number): number => Math.round(km * 1000) / 1000;

/** The domain events that change what a catalog shows: counts, presence, catalog versions. */
const CATALOG_EVENT_TYPES: ReadonlySet<DomainEvent['type']> = new Set(['MealStockUpdated', 'FridgeOnline', 'FridgeOffline', 'CatalogUpdated']);
/** How many events after a rendering are looked through before rendering again instead. */
const CATALOG_LOOKBACK = 500;
const MEMO_SIZE = 512;

/** What the client reads read: the registry, the projections, and events after a rendering. */
export interface ClientReadSources {
  registry: RegistryReader;
  readModel: ReadModel;
  eventStore: EventReader;
}

/**
 * The client reads (catalog and fridge search) over the projections and the registry. Read
 * only; everything here can be rebuilt from the events and the registry.
 */
export class ClientReads {
  private registry: { count: number; all: FridgeRecord[]; byId: Map<string, FridgeRecord>; index: FridgeGeoIndex } | undefined;
  private readonly memo = new Map<string, { signature: string; position: number; rendered: RenderedCatalog }>();
  /** Catalogs rendered (not served from the memo): tests and benchmarks read it. */
  renders = 0;

  constructor(private readonly sources: ClientReadSources) {}

  /** The geo index, rebuilt when the registry has grown. */
  private async fridges(): Promise<NonNullable<ClientReads['registry']>> {
    const count = await this.sources.registry.fridgeCount();
    if (this.registry === undefined || this.registry.count !== count) {
      const all = await this.sources.registry.listFridges();
      this.registry = { count, all, byId: new Map(all.map((f) => [f.id, f])), index: new FridgeGeoIndex(all) };
    }
    return this.registry;
  }

  /**
   * The fridges of a district, or near a point (nearest first), or both, with their presence,
   * stock and temperatures read in one transaction.
   */
  async scope(q: ScopeQuery): Promise<{ fridges: ScopedFridge[]; stockOf: (fridgeId: string) => StockRow[]; temperaturesOf: (fridgeId: string) => SensorTemperature[] }> {
    const reg = await this.fridges();
    let found: Array<{ fridge: FridgeRecord; distanceKm: number | null }>;
    if (q.lat !== undefined && q.lon !== undefined) {
      found = reg.index.around(q.lat, q.lon, q.radius_km ?? DEFAULT_RADIUS_KM).map((n) => ({ fridge: reg.byId.get(n.id)!, distanceKm: n.distanceKm }));
      if (q.district !== undefined) found = found.filter((f) => f.fridge.district === q.district);
    } else {
      found = reg.all.filter((f) => f.district === q.district).map((fridge) => ({ fridge, distanceKm: null }));
    }
    const snap = await this.sources.readModel.stockSnapshot(found.map((f) => f.fridge.id));
    const stock = new Map<string, StockRow[]>();
    for (const row of snap.stock) {
      const rows = stock.get(row.fridgeId) ?? [];
      rows.push(row);
      stock.set(row.fridgeId, rows);
    }
    return {
      fridges: found.map(({ fridge, distanceKm }) => {
        const status = snap.status.get(fridge.id);
        return { fridge, distanceKm, online: status?.online ?? false, stale: status?.stale ?? true };
      }),
      stockOf: (id) => stock.get(id) ?? [],
      temperaturesOf: (id) => snap.temperatures.get(id) ?? [],
    };
  }

  async catalogVersion(district: string): Promise<number> {
    return (await this.sources.readModel.catalogVersion(district)) ?? 0;
  }

  /**
   * The catalog of an area, rendered once per state: the same query over the same events,
   * registry and meal facts gives the same bytes and so the same ETag (a content hash).
   */
  async catalog(q: ScopeQuery): Promise<RenderedCatalog> {
    const near = q.lat !== undefined && q.lon !== undefined ? { lat: q.lat, lon: q.lon, radius_km: q.radius_km ?? DEFAULT_RADIUS_KM } : null;
    const key = JSON.stringify([q.district ?? null, near]);
    // Everything a catalog is made of: the event store (stock, presence, catalog versions are
    // projections of it), the fridge registry (fridges are added, never moved) and the meal facts.
    const sig = await this.sources.readModel.catalogSignature();
    const signature = `${sig.fridges}/${sig.meals}/${sig.mealsUpdatedAt}`;
    const hit = this.memo.get(key);
    if (hit !== undefined && hit.signature === signature && (hit.position === sig.lastPosition || (await this.nothingForCatalogs(hit, sig.lastPosition)))) return hit.rendered;
    const body = JSON.stringify(await this.buildCatalog(q, near));
    const rendered = { body, etag: etagOf(body) };
    this.renders += 1;
    if (this.memo.size >= MEMO_SIZE) this.memo.delete(this.memo.keys().next().value as string);
    this.memo.delete(key);
    this.memo.set(key, { signature, position: sig.lastPosition, rendered });
    return rendered;
  }

  /**
   * Whether the events after a rendering's position are all of kinds a catalog does not show
   * (temperature readings, door sessions, orders...): then the rendering still holds, and its
   * position moves up. Only a short stretch is looked at; a longer one renders again.
   */
  private async nothingForCatalogs(hit: { position: number }, lastPosition: number): Promise<boolean> {
    if (lastPosition < hit.position || lastPosition - hit.position > CATALOG_LOOKBACK) return false;
    const since = await this.sources.eventStore.eventsAfter(hit.position, CATALOG_LOOKBACK);
    if (since.some((s) => CATALOG_EVENT_TYPES.has(s.event.type))) return false;
    hit.position = since[since.length - 1]?.position ?? hit.position;
    return true;
  }

  private async buildCatalog(q: ScopeQuery, near: { lat: number; lon: number; radius_km: number } | null): Promise<unknown> {
    const { fridges, stockOf } = await this.scope(q);
    const districts = [...new Set([...(q.district !== undefined ? [q.district] : []), ...fridges.map((f) => f.fridge.district)])].sort();
    const meals = new Map<string, { nearest: number; available: number; fridges: unknown[] }>();
    for (const f of fridges) {
      for (const s of stockOf(f.fridge.id)) {
        if (s.available <= 0) continue;
        const m = meals.get(s.gtin) ?? { nearest: f.distanceKm ?? 0, available: 0, fridges: [] };
        m.available += s.available;
        m.fridges.push({ id: f.fridge.id, available: s.available, distance_km: f.distanceKm === null ? null : round3(f.distanceKm), online: f.online, stale: f.stale });
        meals.set(s.gtin, m);
      }
    }
    // Nearest first (fridges arrive sorted by distance, so a meal's first fridge is its nearest).
    const order = [...meals.entries()].sort(([ga, a], [gb, b]) => a.nearest - b.nearest || (ga < gb ? -1 : 1));
    const facts = await this.sources.registry.meals(order.map(([gtin]) => gtin));
    const versions = await Promise.all(districts.map(async (d) => [d, await this.catalogVersion(d)] as const));
    return {
      district: q.district ?? null,
      near,
      version: q.district !== undefined ? await this.catalogVersion(q.district) : null,
      versions: Object.fromEntries(versions),
      fridges: fridges.map(fridgeSummary),
      meals: order.map(([gtin, m]) => ({ gtin, ...mealFacts(facts.get(gtin)), available: m.available, fridges: m.fridges })),
    };
  }
}

/** GET /v1/fridges's answer for a scope: each fridge with what it has available and its temperatures. */
export async function fridgesAnswer(reads: ClientReads, q: ScopeQuery): Promise<{ fridges: Array<Record<string, unknown>> }> {
  const { fridges, stockOf, temperaturesOf } = await reads.scope(q);
  return {
    fridges: fridges.map((f) => ({
      ...fridgeSummary(f),
      available: stockOf(f.fridge.id).reduce((n, s) => n + s.available, 0),
      temperatures: temperaturesJson(temperaturesOf(f.fridge.id)),
    })),
  };
}

export function fridgeSummary(f: ScopedFridge): Record<string, unknown> {
  return {
    id: f.fridge.id,
    name: f.fridge.name,
    district: f.fridge.district,
    location: { lat: f.fridge.lat, lon: f.fridge.lon },
    distance_km: f.distanceKm === null ? null : round3(f.distanceKm),
    online: f.online,
    stale: f.stale,
  };
}

/** A fridge's latest reading per sensor, as the client API writes it (`*_at` ISO, `*_at_ms` unix ms). */
export function temperaturesJson(list: readonly SensorTemperature[]): Array<{ sensor: number; deci_celsius: number; at: string; at_ms: number }> {
  return list.map((t) => ({ sensor: t.sensor, deci_celsius: t.deciCelsius, at: new Date(t.at).toISOString(), at_ms: t.at }));
}

/** The facts a client shows; a meal known only by its tags has none (name null). */
export function mealFacts(m: MealRecord | undefined): { name: string | null; description: string | null; nutrition: unknown; allergens: unknown; price: unknown } {
  return {
    name: m?.name ?? null,
    description: typeof m?.description === 'string' ? m.description : null,
    nutrition: m?.nutrition ?? null,
    allergens: m?.allergens ?? [],
    price: m?.price ?? null,
  };
}

/** A strong validator: the hash of the exact bytes sent. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** RFC 9110 13.1.2: If-None-Match uses the weak comparison; `*` matches any current representation. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const want = etag.replace(/^W\//, '');
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === want;
  });
}

/**
 * DESIGN.md: a client keeps a catalog for at most 24 hours. Revalidate on every use (a 304
 * costs a few bytes); a cache that cannot reach the cloud may show it at most that long.
 */
export const CATALOG_CACHE_CONTROL = 'public, max-age=0, stale-if-error=86400';

const instances = new WeakMap<ClientReadSources, ClientReads>();
/** One per app (its context), shared by the catalog and fridge plugins (one geo index, one memo). */
export function clientReads(sources: ClientReadSources): ClientReads {
  let r = instances.get(sources);
  if (r === undefined) instances.set(sources, (r = new ClientReads(sources)));
  return r;
}
