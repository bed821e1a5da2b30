// A scenario is data: which districts, fridges and meals exist, what the fridges hold at the
// start, how busy they are and how imperfect their hardware is. Files live in
// simulator/scenarios/*.json and are validated by validate.ts when loaded.

export interface DistrictSpec {
  id: string;
  name: string;
}

export interface Nutrition {
  kcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
  allergens?: string[];
}

export interface MealSpec {
  /** GTIN-14 with a valid check digit. */
  gtin: string;
  /** Digits of the GS1 company prefix inside the GTIN (6-12): fixes the SGTIN-96 partition. */
  companyPrefixLength: number;
  name: string;
  nutrition: Nutrition;
  nominalWeightG: number;
  /** Spread of a packed meal's weight around nominal (grams, standard deviation). */
  weightSdG?: number;
  priceCents: number;
  shelfLifeDays: number;
}

export interface ShelfSpec {
  /** Load-cell / shelf number as reported in $WEIGHT (1-based). */
  id: number;
  /** Empty shelf weight the load cell carries. */
  tareG: number;
  capacity: number;
}

export interface StockLine {
  gtin: string;
  count: number;
  shelf?: number;
}

export interface FridgeSpec {
  id: string;
  district: string;
  name: string;
  lat: number;
  lon: number;
  firmware?: string;
  shelves: ShelfSpec[];
  initialStock: StockLine[];
  /** Stock the kitchen's restock refills to; defaults to initialStock. */
  par?: StockLine[];
  /** Overrides traffic.shoppersPerHour for this fridge. */
  shoppersPerHour?: number;
}

export interface SubscriberSpec {
  userId: string;
  fridge: string;
  gtin: string;
  /** "HH:MM" UTC: when the subscriber comes to pick the personal meal up. */
  pickupAt: string;
}

export interface KitchenSpec {
  /** "HH:MM" UTC, once a day. */
  restockAt: string;
  /** How long the kitchen keeps a fridge door open while restocking. */
  durationMs: number;
}

export interface TrafficSpec {
  /** Mean shopper arrivals per fridge-hour, averaged over the day. */
  shoppersPerHour: number;
  /** 24 relative weights (UTC hours), normalised so the day's mean is shoppersPerHour. */
  hourlyProfile?: number[];
  /** Share of shoppers who take two meals. */
  twoMealsShare: number;
  /** Share of sessions in which a taken meal is put back (possibly on another shelf). */
  putBackShare: number;
  /** Share of arrivals that are app users picking up a meal they reserved. */
  reservationShare: number;
}

/** Imperfections, each with its own rate. All zero means a perfect fridge. */
export interface Rates {
  rfidMiss: number;
  rfidDuplicate: number;
  weightNoiseG: number;
  weightDriftGPerHour: number;
  /** Share of shopper sessions in which the door is left open. */
  doorLeftOpen: number;
  doorLeftOpenMs: number;
  tempExcursionPerDay: number;
  tempExcursionMs: number;
  tempExcursionPeakDeci: number;
  lineCorrupt: number;
  lineTruncate: number;
  rebootPerDay: number;
  rebootDownMs: number;
  linkDropPerDay: number;
  linkDownMs: number;
}

export interface TelemetrySpec {
  tempEveryMs: number;
  weightEveryMs: number;
  weightOpenEveryMs: number;
  autoRoundDelayMs: number;
  settleMs: number;
  roundMs: number;
  antennas: number;
}

/**
 * A timed outage. `serial`: the controller's serial device vanishes (the simulator does it).
 * `network`: the fridge's uplink to the broker is cut; the simulator only announces it (as an
 * event) for a harness that owns the network path, such as a TCP proxy in front of the broker.
 */
export interface OutageSpec {
  target: 'serial' | 'network';
  /** Fridge ids, or "*" for all. */
  fridges: string[] | '*';
  /** Offset from the scenario start, simulated ms. */
  atMs: number;
  durationMs: number;
}

export interface FleetSpec {
  fridgesPerDistrict: number;
  batchesPerFridge: number;
  eventsPerBatch: number;
  inflight: number;
  connectConcurrency: number;
  maxDurationMs: number;
  ackTimeoutMs: number;
}

export interface Scenario {
  name: string;
  description?: string;
  seed: number;
  /** ISO timestamp: the simulated wall clock at start. */
  startAt: string;
  districts: DistrictSpec[];
  meals: MealSpec[];
  fridges: FridgeSpec[];
  kitchen: KitchenSpec;
  traffic: TrafficSpec;
  subscribers: SubscriberSpec[];
  rates: Rates;
  telemetry: TelemetrySpec;
  outages: OutageSpec[];
  fleet?: FleetSpec;
}

/** What a scenario file may leave out; defaults fill the rest. */
export type ScenarioInput = Omit<Scenario, 'kitchen' | 'traffic' | 'subscribers' | 'rates' | 'telemetry' | 'outages' | 'fleet'> & {
  kitchen?: Partial<KitchenSpec>;
  traffic?: Partial<TrafficSpec>;
  subscribers?: SubscriberSpec[];
  rates?: Partial<Rates>;
  telemetry?: Partial<TelemetrySpec>;
  outages?: OutageSpec[];
  fleet?: Partial<FleetSpec>;
};

export const PERFECT_RATES: Rates = {
  rfidMiss: 0,
  rfidDuplicate: 0,
  weightNoiseG: 0,
  weightDriftGPerHour: 0,
  doorLeftOpen: 0,
  doorLeftOpenMs: 180_000,
  tempExcursionPerDay: 0,
  tempExcursionMs: 2.5 * 3_600_000,
  tempExcursionPeakDeci: 75,
  lineCorrupt: 0,
  lineTruncate: 0,
  rebootPerDay: 0,
  rebootDownMs: 8_000,
  linkDropPerDay: 0,
  linkDownMs: 30_000,
};

export const DEFAULT_TELEMETRY: TelemetrySpec = {
  tempEveryMs: 60_000,
  weightEveryMs: 300_000,
  weightOpenEveryMs: 2_000,
  autoRoundDelayMs: 2_000,
  settleMs: 1_000,
  roundMs: 400,
  antennas: 4,
};

export const DEFAULT_TRAFFIC: TrafficSpec = {
  shoppersPerHour: 2,
  twoMealsShare: 0.25,
  putBackShare: 0.1,
  reservationShare: 0.15,
};

export const DEFAULT_KITCHEN: KitchenSpec = { restockAt: '06:00', durationMs: 180_000 };

export const DEFAULT_FLEET: FleetSpec = {
  fridgesPerDistrict: 100,
  batchesPerFridge: 20,
  eventsPerBatch: 10,
  inflight: 8,
  connectConcurrency: 200,
  maxDurationMs: 120_000,
  ackTimeoutMs: 10_000,
};
