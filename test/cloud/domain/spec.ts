// Given (domain events) / When (command) / Then (events or rejection) over the district
// decider, in the style of emmett's DeciderSpecification, plus builders for fridge events.
import { expect } from 'vitest';
import {
  decide,
  defaultAclConfig,
  epcBytes,
  evolve,
  initialDistrictState,
  stockView,
  mealStock,
  type AclConfig,
  type DecideContext,
  type DecideResult,
  type DistrictCommand,
  type DistrictState,
  type DomainEvent,
  type MealFacts,
  type StockCounts,
  type TagRecord,
} from '../../../cloud/domain/index.js';
import type { farmacy } from '../../../proto/index.js';

export const DISTRICT = 'berlin-mitte';
export const F1 = 'fridge-1';
export const F2 = 'fridge-2';
export const T0 = 1_700_000_000_000;
export const HOUR = 3_600_000;
export const MIN = 60_000;

export const LASAGNA = '09506000134352';
export const SALAD = '09506000134369';
export const CURRY = '09506000134376';

/** An SGTIN-96 EPC (GTIN 80614141123458 by the EPC itself; the registry says what the meal is). */
export const epc = (serial: number): string =>
  '3074257BF7194E40' + serial.toString(16).toUpperCase().padStart(8, '0');

type FridgeEvent = farmacy.fridge.v1.IFridgeEvent;
type Shelf = farmacy.fridge.v1.IShelfDelta;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type EventInput = DistributiveOmit<DomainEvent, 'district' | 'at'> & { at?: number };

let seq = 0;
const fe = (at: number | undefined, body: Omit<FridgeEvent, 'seq' | 'recordedAtMs'>): FridgeEvent => ({
  seq: ++seq,
  recordedAtMs: at ?? 0,
  ...body,
});

/** Fridge events as the ingest hands them over (EPCs as 12 raw bytes). */
export const fridgeEvent = {
  door: (o: { removed?: string[]; added?: string[]; shelves?: Shelf[]; at?: number }): FridgeEvent =>
    fe(o.at, {
      doorSession: {
        openedAtMs: (o.at ?? T0) - 20_000,
        closedAtMs: (o.at ?? T0) - 5_000,
        openCount: 1,
        removed: (o.removed ?? []).map(epcBytes),
        added: (o.added ?? []).map(epcBytes),
        shelves: o.shelves ?? [],
        rounds: 1,
        tagCount: 0,
      },
    }),
  snapshot: (tags: string[], at?: number, o: { reason?: number; unseen?: string[] } = {}): FridgeEvent =>
    fe(at, { snapshot: { reason: o.reason ?? 2, tags: tags.map(epcBytes), unseen: (o.unseen ?? []).map(epcBytes), shelves: [] } }),
  temperature: (deciCelsius: number, at: number, sensor = 1): FridgeEvent =>
    fe(at, { temperature: { sensor, deciCelsius } }),
  audit: (o: { found?: string[]; possiblyLost?: string[]; at?: number }): FridgeEvent =>
    fe(o.at, { audit: { found: (o.found ?? []).map(epcBytes), possiblyLost: (o.possiblyLost ?? []).map(epcBytes) } }),
  fault: (at?: number): FridgeEvent => fe(at, { fault: { source: 1, code: 'RFID', text: 'reader offline' } }),
};

export const shelf = (deltaG: number, stable = true, n = 1): Shelf => ({
  shelf: n,
  beforeG: 5000,
  afterG: 5000 + deltaG,
  deltaG,
  stable,
});

export const record = (events: FridgeEvent[], o: { fridgeId?: string; newEpoch?: boolean; epoch?: string } = {}): DistrictCommand => ({
  type: 'RecordFridgeEvents',
  fridgeId: o.fridgeId ?? F1,
  epoch: o.epoch ?? 'ep-1',
  newEpoch: o.newEpoch ?? false,
  events,
});

/** The world a scenario runs in: the kitchen's tag registry, the meal catalog, the clock. */
export class World {
  readonly tags = new Map<string, TagRecord>();
  readonly meals = new Map<string, MealFacts>();
  now = T0;
  config: AclConfig = { ...defaultAclConfig };

  tag(e: string, rec: TagRecord): this {
    this.tags.set(e, rec);
    return this;
  }
  meal(gtin: string, facts: MealFacts): this {
    this.meals.set(gtin, facts);
    return this;
  }
  ctx(): DecideContext {
    return {
      tag: (e) => this.tags.get(e),
      meal: (g) => this.meals.get(g),
      now: this.now,
      config: this.config,
    };
  }

  /** A FridgeInventoryChanged that stocks registered tags, as a door session would have. */
  stocked(fridgeId: string, epcs: string[], at = T0 - HOUR): EventInput {
    return {
      type: 'FridgeInventoryChanged',
      fridgeId,
      at,
      cause: 'door_session',
      removed: [],
      added: epcs.map((e) => {
        const rec = this.tags.get(e);
        if (!rec) throw new Error(`test bug: ${e} is not registered`);
        return {
          epc: e,
          gtin: rec.gtin,
          reason: 'restock' as const,
          ...(rec.bestBeforeMs !== undefined ? { bestBeforeMs: rec.bestBeforeMs } : {}),
          ...(rec.orderId ? { personal: { orderId: rec.orderId, userId: rec.userId ?? '' } } : {}),
        };
      }),
    };
  }

  given(...events: EventInput[]): Scenario {
    const full = events.map((e) => ({ at: T0 - HOUR, ...e, district: DISTRICT }) as DomainEvent);
    return new Scenario(this, full.reduce(evolve, initialDistrictState(DISTRICT)));
  }
}

export const online = (fridgeId = F1, epoch = 'ep-1'): EventInput => ({ type: 'FridgeOnline', fridgeId, epoch });

export class Scenario {
  constructor(
    readonly world: World,
    public state: DistrictState,
  ) {}

  when(command: DistrictCommand): Outcome {
    const before = structuredClone(this.state);
    const result = decide(command, this.state, this.world.ctx());
    // decide never mutates the state it is given
    expect(this.state).toEqual(before);
    if (result.ok) for (const e of result.events) this.state = evolve(this.state, e);
    return new Outcome(this, result);
  }
}

export class Outcome {
  constructor(
    private readonly scenario: Scenario,
    readonly result: DecideResult,
  ) {}

  get events(): DomainEvent[] {
    if (!this.result.ok) throw new Error(`rejected: ${this.result.reason}`);
    return this.result.events;
  }

  /** Exactly these events (district and `at` filled in when left out). */
  then(expected: EventInput[]): this {
    const at = this.scenario.world.now;
    expect(this.events).toEqual(expected.map((e) => ({ at, ...e, district: DISTRICT })));
    return this;
  }

  /** These events, in this order, among the emitted ones (each matched partially). */
  thenIncludes(expected: Partial<Record<string, unknown>>[]): this {
    let i = 0;
    const events = this.events;
    for (const want of expected) {
      while (i < events.length && !matches(events[i], want)) i++;
      if (i === events.length) {
        expect.fail(`no event matching ${JSON.stringify(want)} (in order) among:\n${events.map((e) => JSON.stringify(e)).join('\n')}`);
      }
      i++;
    }
    return this;
  }

  /** None of the emitted events has this type (or matches this shape). */
  thenNone(shape: Partial<Record<string, unknown>>): this {
    const hit = this.events.find((e) => matches(e, shape));
    expect(hit, `unexpected ${JSON.stringify(hit)}`).toBeUndefined();
    return this;
  }

  thenRejects(reason: string): this {
    expect(this.result).toEqual({ ok: false, reason });
    return this;
  }

  ofType<T extends DomainEvent['type']>(type: T): Extract<DomainEvent, { type: T }>[] {
    return this.events.filter((e): e is Extract<DomainEvent, { type: T }> => e.type === type);
  }

  stock(fridgeId: string, gtin: string): StockCounts {
    return mealStock(this.scenario.state, fridgeId, gtin);
  }

  get state(): DistrictState {
    return this.scenario.state;
  }

  view(fridgeId = F1) {
    return stockView(this.scenario.state, fridgeId)[0];
  }
}

function matches(event: DomainEvent | undefined, want: Partial<Record<string, unknown>>): boolean {
  try {
    expect(event).toMatchObject(want);
    return true;
  } catch {
    return false;
  }
}

export const counts = (c: Partial<StockCounts>): StockCounts => ({
  onHand: 0,
  reserved: 0,
  available: 0,
  personal: 0,
  withdrawn: 0,
  ...c,
});
