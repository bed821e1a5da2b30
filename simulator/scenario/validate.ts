import { isValidGtin14 } from '../world/sgtin96.js';
import {
  DEFAULT_FLEET, DEFAULT_KITCHEN, DEFAULT_TELEMETRY, DEFAULT_TRAFFIC, PERFECT_RATES,
  type FleetSpec, type KitchenSpec, type OutageSpec, type Rates, type Scenario, type TelemetrySpec, type TrafficSpec,
} from './types.js';

// Scenario files are written by hand, so every mistake is reported at once, each with the
// path to the offending value (`fridges[2].district: unknown district "x"`).

export type ScenarioValidation = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** Ids end up in MQTT topic levels: the protocol's id pattern (docs/protocol.md). */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

type Obj = Record<string, unknown>;

class Checker {
  readonly errors: string[] = [];
  err(path: string, msg: string): void {
    this.errors.push(`${path}: ${msg}`);
  }
  obj(v: unknown, path: string): Obj | undefined {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Obj;
    this.err(path, `expected an object, got ${kind(v)}`);
    return undefined;
  }
  arr(v: unknown, path: string): unknown[] {
    if (Array.isArray(v)) return v;
    this.err(path, `expected an array, got ${kind(v)}`);
    return [];
  }
  str(v: unknown, path: string, re?: RegExp, what?: string): string {
    if (typeof v !== 'string') {
      this.err(path, `expected a string, got ${kind(v)}`);
      return '';
    }
    if (re !== undefined && !re.test(v)) this.err(path, `"${v}" is not ${what ?? `matching ${re}`}`);
    return v;
  }
  num(v: unknown, path: string, min = -Infinity, max = Infinity, integer = false): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.err(path, `expected a number, got ${kind(v)}`);
      return 0;
    }
    if (integer && !Number.isInteger(v)) this.err(path, `expected an integer, got ${v}`);
    if (v < min || v > max) this.err(path, `${v} is out of range [${min}, ${max}]`);
    return v;
  }
  /** Only known keys: a typo ("shopersPerHour") must not silently fall back to a default. */
  keys(o: Obj, path: string, allowed: readonly string[]): void {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) this.err(`${path}.${k}`, `unknown field (allowed: ${allowed.join(', ')})`);
  }
}

function kind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

function numbersSection<T extends object>(c: Checker, v: unknown, path: string, defaults: T, bounds: (k: keyof T) => [number, number]): T {
  const out = { ...defaults };
  if (v === undefined) return out;
  const o = c.obj(v, path);
  if (o === undefined) return out;
  c.keys(o, path, Object.keys(defaults));
  for (const k of Object.keys(defaults) as (keyof T & string)[]) {
    if (o[k] === undefined) continue;
    const [lo, hi] = bounds(k);
    (out as Record<string, unknown>)[k] = c.num(o[k], `${path}.${k}`, lo, hi);
  }
  return out;
}

const PROBABILITIES: ReadonlySet<string> = new Set(['rfidMiss', 'rfidDuplicate', 'doorLeftOpen', 'lineCorrupt', 'lineTruncate']);

export function validateScenario(input: unknown, defaultsFor: Partial<Rates> = {}): ScenarioValidation {
  const c = new Checker();
  const root = c.obj(input, 'scenario');
  if (root === undefined) return { ok: false, errors: c.errors };
  c.keys(root, 'scenario', ['name', 'description', 'seed', 'startAt', 'districts', 'meals', 'fridges', 'kitchen', 'traffic', 'subscribers', 'rates', 'telemetry', 'outages', 'fleet']);

  const name = c.str(root.name, 'name', ID, 'a valid name');
  const seed = c.num(root.seed, 'seed', 0, 2 ** 32 - 1, true);
  const startAt = c.str(root.startAt, 'startAt');
  if (startAt !== '' && Number.isNaN(Date.parse(startAt))) c.err('startAt', `"${startAt}" is not an ISO timestamp`);

  const districts = c.arr(root.districts, 'districts').map((d, i) => {
    const p = `districts[${i}]`;
    const o = c.obj(d, p) ?? {};
    c.keys(o, p, ['id', 'name']);
    return { id: c.str(o.id, `${p}.id`, ID, 'a valid id ([A-Za-z0-9][A-Za-z0-9_.-]{0,63})'), name: c.str(o.name, `${p}.name`) };
  });
  if (districts.length === 0) c.err('districts', 'at least one district is needed');
  dupes(c, districts.map((d) => d.id), 'districts', 'district id');
  const districtIds = new Set(districts.map((d) => d.id));

  const meals = c.arr(root.meals, 'meals').map((m, i) => {
    const p = `meals[${i}]`;
    const o = c.obj(m, p) ?? {};
    c.keys(o, p, ['gtin', 'companyPrefixLength', 'name', 'nutrition', 'nominalWeightG', 'weightSdG', 'priceCents', 'shelfLifeDays']);
    const gtin = c.str(o.gtin, `${p}.gtin`);
    if (gtin !== '' && !isValidGtin14(gtin)) c.err(`${p}.gtin`, `"${gtin}" is not a GTIN-14 with a valid check digit`);
    const n = c.obj(o.nutrition, `${p}.nutrition`) ?? {};
    c.keys(n, `${p}.nutrition`, ['kcal', 'proteinG', 'carbsG', 'fatG', 'allergens']);
    const allergens = n.allergens === undefined ? undefined : c.arr(n.allergens, `${p}.nutrition.allergens`).map((a, j) => c.str(a, `${p}.nutrition.allergens[${j}]`));
    return {
      gtin,
      companyPrefixLength: c.num(o.companyPrefixLength, `${p}.companyPrefixLength`, 6, 12, true),
      name: c.str(o.name, `${p}.name`),
      nutrition: {
        kcal: c.num(n.kcal, `${p}.nutrition.kcal`, 0, 5000),
        proteinG: c.num(n.proteinG, `${p}.nutrition.proteinG`, 0, 500),
        carbsG: c.num(n.carbsG, `${p}.nutrition.carbsG`, 0, 500),
        fatG: c.num(n.fatG, `${p}.nutrition.fatG`, 0, 500),
        ...(allergens ? { allergens } : {}),
      },
      nominalWeightG: c.num(o.nominalWeightG, `${p}.nominalWeightG`, 1, 5000),
      ...(o.weightSdG !== undefined ? { weightSdG: c.num(o.weightSdG, `${p}.weightSdG`, 0, 500) } : {}),
      priceCents: c.num(o.priceCents, `${p}.priceCents`, 0, 100_000, true),
      shelfLifeDays: c.num(o.shelfLifeDays, `${p}.shelfLifeDays`, 1, 60, true),
    };
  });
  if (meals.length === 0) c.err('meals', 'at least one meal is needed');
  dupes(c, meals.map((m) => m.gtin), 'meals', 'gtin');
  const gtins = new Set(meals.map((m) => m.gtin));

  const stock = (v: unknown, p: string, shelfIds: Set<number>): { gtin: string; count: number; shelf?: number }[] =>
    c.arr(v, p).map((s, j) => {
      const q = `${p}[${j}]`;
      const o = c.obj(s, q) ?? {};
      c.keys(o, q, ['gtin', 'count', 'shelf']);
      const gtin = c.str(o.gtin, `${q}.gtin`);
      if (gtin !== '' && !gtins.has(gtin)) c.err(`${q}.gtin`, `unknown meal "${gtin}" (not in meals)`);
      const shelf = o.shelf === undefined ? undefined : c.num(o.shelf, `${q}.shelf`, 1, 64, true);
      if (shelf !== undefined && !shelfIds.has(shelf)) c.err(`${q}.shelf`, `no shelf ${shelf} in this fridge`);
      return { gtin, count: c.num(o.count, `${q}.count`, 0, 1000, true), ...(shelf !== undefined ? { shelf } : {}) };
    });

  const fridges = c.arr(root.fridges, 'fridges').map((f, i) => {
    const p = `fridges[${i}]`;
    const o = c.obj(f, p) ?? {};
    c.keys(o, p, ['id', 'district', 'name', 'lat', 'lon', 'firmware', 'shelves', 'initialStock', 'par', 'shoppersPerHour']);
    const district = c.str(o.district, `${p}.district`);
    if (district !== '' && !districtIds.has(district)) c.err(`${p}.district`, `unknown district "${district}" (known: ${[...districtIds].join(', ')})`);
    const shelves = c.arr(o.shelves, `${p}.shelves`).map((s, j) => {
      const q = `${p}.shelves[${j}]`;
      const so = c.obj(s, q) ?? {};
      c.keys(so, q, ['id', 'tareG', 'capacity']);
      return { id: c.num(so.id, `${q}.id`, 1, 64, true), tareG: c.num(so.tareG, `${q}.tareG`, 0, 50_000), capacity: c.num(so.capacity, `${q}.capacity`, 1, 500, true) };
    });
    if (shelves.length === 0) c.err(`${p}.shelves`, 'a fridge needs at least one shelf');
    dupes(c, shelves.map((s) => String(s.id)), `${p}.shelves`, 'shelf id');
    const shelfIds = new Set(shelves.map((s) => s.id));
    const initialStock = stock(o.initialStock, `${p}.initialStock`, shelfIds);
    const capacity = shelves.reduce((a, s) => a + s.capacity, 0);
    const total = initialStock.reduce((a, s) => a + s.count, 0);
    if (total > capacity) c.err(`${p}.initialStock`, `${total} meals do not fit in ${capacity} shelf places`);
    const firmware = o.firmware === undefined ? undefined : c.str(o.firmware, `${p}.firmware`, /^[A-Za-z0-9_.:-]{1,40}$/, 'an FCP/1 token');
    return {
      id: c.str(o.id, `${p}.id`, ID, 'a valid id ([A-Za-z0-9][A-Za-z0-9_.-]{0,63})'),
      district,
      name: c.str(o.name, `${p}.name`),
      lat: c.num(o.lat, `${p}.lat`, -90, 90),
      lon: c.num(o.lon, `${p}.lon`, -180, 180),
      ...(firmware !== undefined ? { firmware } : {}),
      shelves,
      initialStock,
      ...(o.par !== undefined ? { par: stock(o.par, `${p}.par`, shelfIds) } : {}),
      ...(o.shoppersPerHour !== undefined ? { shoppersPerHour: c.num(o.shoppersPerHour, `${p}.shoppersPerHour`, 0, 1000) } : {}),
    };
  });
  dupes(c, fridges.map((f) => f.id), 'fridges', 'fridge id');
  const fridgeIds = new Set(fridges.map((f) => f.id));

  const kitchen: KitchenSpec = { ...DEFAULT_KITCHEN };
  if (root.kitchen !== undefined) {
    const o = c.obj(root.kitchen, 'kitchen') ?? {};
    c.keys(o, 'kitchen', ['restockAt', 'durationMs']);
    if (o.restockAt !== undefined) kitchen.restockAt = c.str(o.restockAt, 'kitchen.restockAt', HHMM, 'a time "HH:MM"');
    if (o.durationMs !== undefined) kitchen.durationMs = c.num(o.durationMs, 'kitchen.durationMs', 1_000, 3_600_000);
  }

  const trafficIn = root.traffic === undefined ? {} : (c.obj(root.traffic, 'traffic') ?? {});
  const { hourlyProfile: profileIn, ...trafficNums } = trafficIn;
  const traffic: TrafficSpec = numbersSection(c, trafficNums, 'traffic', DEFAULT_TRAFFIC, (k) => (k === 'shoppersPerHour' ? [0, 1000] : [0, 1]));
  if (profileIn !== undefined) {
    const prof = c.arr(profileIn, 'traffic.hourlyProfile').map((x, i) => c.num(x, `traffic.hourlyProfile[${i}]`, 0, 1000));
    if (prof.length !== 24) c.err('traffic.hourlyProfile', `needs 24 hourly weights, got ${prof.length}`);
    else if (prof.every((x) => x === 0)) c.err('traffic.hourlyProfile', 'all weights are zero');
    traffic.hourlyProfile = prof;
  }

  const subscribers = (root.subscribers === undefined ? [] : c.arr(root.subscribers, 'subscribers')).map((s, i) => {
    const p = `subscribers[${i}]`;
    const o = c.obj(s, p) ?? {};
    c.keys(o, p, ['userId', 'fridge', 'gtin', 'pickupAt']);
    const fridge = c.str(o.fridge, `${p}.fridge`);
    if (fridge !== '' && !fridgeIds.has(fridge)) c.err(`${p}.fridge`, `unknown fridge "${fridge}"`);
    const gtin = c.str(o.gtin, `${p}.gtin`);
    if (gtin !== '' && !gtins.has(gtin)) c.err(`${p}.gtin`, `unknown meal "${gtin}"`);
    return { userId: c.str(o.userId, `${p}.userId`, ID, 'a valid id'), fridge, gtin, pickupAt: c.str(o.pickupAt, `${p}.pickupAt`, HHMM, 'a time "HH:MM"') };
  });

  const rates: Rates = numbersSection(c, root.rates, 'rates', { ...PERFECT_RATES, ...defaultsFor }, (k) =>
    PROBABILITIES.has(k) ? [0, 1] : [0, 1e9],
  );
  const telemetry: TelemetrySpec = numbersSection(c, root.telemetry, 'telemetry', DEFAULT_TELEMETRY, (k) =>
    k === 'antennas' ? [1, 16] : [1, 86_400_000],
  );

  const outages: OutageSpec[] = (root.outages === undefined ? [] : c.arr(root.outages, 'outages')).map((x, i) => {
    const p = `outages[${i}]`;
    const o = c.obj(x, p) ?? {};
    c.keys(o, p, ['target', 'fridges', 'atMs', 'durationMs']);
    const target = c.str(o.target, `${p}.target`, /^(serial|network)$/, '"serial" or "network"') as OutageSpec['target'];
    let fr: OutageSpec['fridges'] = '*';
    if (o.fridges !== '*') {
      fr = c.arr(o.fridges, `${p}.fridges`).map((f, j) => {
        const id = c.str(f, `${p}.fridges[${j}]`);
        if (!fridgeIds.has(id)) c.err(`${p}.fridges[${j}]`, `unknown fridge "${id}"`);
        return id;
      });
    }
    return { target, fridges: fr, atMs: c.num(o.atMs, `${p}.atMs`, 0), durationMs: c.num(o.durationMs, `${p}.durationMs`, 1) };
  });

  let fleet: FleetSpec | undefined;
  if (root.fleet !== undefined) {
    fleet = numbersSection(c, root.fleet, 'fleet', DEFAULT_FLEET, (k) => (k === 'maxDurationMs' || k === 'ackTimeoutMs' ? [1, 86_400_000] : [1, 100_000]));
  } else if (fridges.length === 0) {
    c.err('fridges', 'a scenario without a fleet section needs at least one fridge');
  }

  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  const description = typeof root.description === 'string' ? root.description : undefined;
  return {
    ok: true,
    scenario: {
      name, seed, startAt, districts, meals, fridges, kitchen, traffic, subscribers, rates, telemetry, outages,
      ...(description !== undefined ? { description } : {}),
      ...(fleet !== undefined ? { fleet } : {}),
    },
  };
}

function dupes(c: Checker, values: string[], path: string, what: string): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) c.err(path, `duplicate ${what} "${v}"`);
    seen.add(v);
  }
}
