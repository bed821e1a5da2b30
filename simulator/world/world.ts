import type { Logger } from 'pino';
import { Controller } from '../controller/index.js';
import type { SerialLink } from '../link/index.js';
import type { Scenario } from '../scenario/index.js';
import type { SimClock, TimerHandle } from '../support/clock.js';
import type { Rng } from '../support/prng.js';
import { PhysicalFridge, type Item } from './fridge.js';
import { TruthLog, type GroundTruth, type Incident, type PutBack, type RemovalReason, type SessionKind, type SessionRecord } from './ground-truth.js';
import { DAY_MS, delayToNextDaily, nextArrivalDelay, nextIncidentDelay } from './schedule.js';
import { planShopper, resolveTake, sellable } from './shopper.js';
import { mealEpc } from './sgtin96.js';

export type WorldEvent =
  | { type: 'session'; session: SessionRecord }
  | { type: 'incident'; incident: Incident }
  /** A scheduled network outage for a harness that owns the fridge's uplink (see OutageSpec). */
  | { type: 'network-outage'; fridgeId: string; state: 'down' | 'up'; atMs: number };

export interface ShopperOptions {
  /** EPCs, or GTINs (one sellable meal of each). Random choice when omitted. */
  take?: string[];
  /** Put one taken meal back before closing (the given EPC, or the first taken). */
  putBack?: boolean | string;
  userId?: string;
  /** Keep the door open this long before closing (door-left-open), simulated ms. */
  leaveOpenMs?: number;
}

export interface WorldOptions {
  scenario: Scenario;
  clock: SimClock;
  rng: Rng;
  logger: Logger;
  links: ReadonlyMap<string, SerialLink>;
  /** Shoppers, restocks, pickups and imperfections happen by themselves. */
  autopilot: boolean;
}

interface Unit {
  fridge: PhysicalFridge;
  controller: Controller;
  link: SerialLink;
  rng: Rng;
  log: Logger;
  queue: Promise<unknown>;
  index: number;
}

/**
 * The fridge world: physical fridges with their controllers, the people who use them and the
 * kitchen that fills them. Keeps the ground truth. Everything it does goes through the
 * injected clock and rng.
 */
export class FridgeWorld {
  readonly truth = new TruthLog();
  private readonly units = new Map<string, Unit>();
  private readonly listeners = new Set<(e: WorldEvent) => void>();
  private readonly timers = new Set<TimerHandle>();
  private readonly serials = new Map<string, bigint>();
  private pending = 0;
  private sessionNo = 0;
  private userNo = 0;
  private stopped = false;
  private readonly startedAt: number;

  constructor(private readonly o: WorldOptions) {
    this.startedAt = o.clock.now();
    const serialRng = o.rng.fork('serials');
    for (const m of o.scenario.meals) this.serials.set(m.gtin, BigInt(serialRng.int(1, 2 ** 30)));
    o.scenario.fridges.forEach((spec, index) => {
      const link = o.links.get(spec.id);
      if (link === undefined) throw new Error(`no serial link for fridge ${spec.id}`);
      const rng = o.rng.fork(`fridge:${spec.id}`);
      const log = o.logger.child({ fridge: spec.id });
      const fridge = new PhysicalFridge(spec, o.clock, rng.fork('physics'));
      const controller = new Controller({
        firmware: spec.firmware ?? 'ffc-2.4.1',
        serial: `SIM${String(index + 1).padStart(4, '0')}${spec.id.replace(/[^A-Za-z0-9]/g, '').slice(0, 20)}`,
        clock: o.clock,
        rng: rng.fork('controller'),
        hardware: fridge,
        rates: o.scenario.rates,
        timing: o.scenario.telemetry,
        logger: log.child({ component: 'controller' }),
      });
      fridge.onDoorChange = (open) => controller.doorChanged(open);
      fridge.onUnlock = (seconds) => this.incident({ kind: 'unlock', fridgeId: spec.id, atMs: o.clock.now(), seconds });
      controller.attach((data) => link.write(data));
      link.onData((c) => controller.receive(c));
      link.onDisconnect(() => controller.resetInput());
      this.units.set(spec.id, { fridge, controller, link, rng, log, queue: Promise.resolve(), index });
    });
  }

  /** Places the initial stock, boots every controller and, on autopilot, starts daily life. */
  start(): void {
    for (const u of this.units.values()) {
      for (const line of u.fridge.spec.initialStock) {
        for (let i = 0; i < line.count; i++) {
          const addedAt = this.startedAt - u.rng.int(0, 12 * 3_600_000);
          const item = this.newItem(u, line.gtin, line.shelf, addedAt);
          if (item === undefined) break;
          u.fridge.put(item);
          this.truth.additions.push({ epc: item.epc, gtin: item.gtin, fridgeId: u.fridge.id, atMs: this.startedAt, reason: 'initial' });
        }
      }
      u.controller.boot();
    }
    for (const out of this.o.scenario.outages) {
      const ids = out.fridges === '*' ? [...this.units.keys()] : out.fridges;
      this.after(Math.max(0, this.startedAt + out.atMs - this.o.clock.now()), () => {
        for (const id of ids) {
          if (out.target === 'serial') void this.linkDown(id, out.durationMs);
          else this.networkOutage(id, out.durationMs);
        }
      });
    }
    if (this.o.autopilot) for (const u of this.units.values()) this.autopilot(u);
  }

  fridgeIds(): string[] {
    return [...this.units.keys()];
  }

  link(fridgeId: string): SerialLink {
    return this.unit(fridgeId).link;
  }

  controller(fridgeId: string): Controller {
    return this.unit(fridgeId).controller;
  }

  on(fn: (e: WorldEvent) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  snapshot(): GroundTruth {
    const items = new Map<string, Map<string, Item>>();
    for (const [id, u] of this.units) items.set(id, u.fridge.items);
    return this.truth.snapshot(items);
  }

  /** A shopper opens the door, takes meals (given or random), maybe puts one back, closes. */
  shopperSession(fridgeId: string, opts: ShopperOptions = {}): Promise<SessionRecord> {
    const u = this.unit(fridgeId);
    return this.enqueue(u, async () => {
      const rates = this.o.scenario.rates;
      const traffic = this.o.scenario.traffic;
      let take: string[];
      let putBack: string | undefined;
      let leaveOpen: boolean;
      if (opts.take !== undefined) {
        const r = resolveTake(opts.take, u.fridge.items, u.rng);
        if (!r.ok) throw new Error(`shopper at ${fridgeId}: ${r.reason}`);
        take = r.epcs;
        putBack = typeof opts.putBack === 'string' ? opts.putBack.toUpperCase() : opts.putBack === true ? take[0] : undefined;
        leaveOpen = false;
      } else {
        const plan = planShopper(u.rng, u.fridge.items.values(), { ...traffic, doorLeftOpen: rates.doorLeftOpen });
        take = plan.take;
        putBack = opts.putBack === false ? undefined : plan.putBack;
        leaveOpen = plan.leaveOpen;
      }
      const leaveOpenMs = opts.leaveOpenMs ?? (leaveOpen ? rates.doorLeftOpenMs : undefined);
      return this.session(u, 'shopper', opts.userId ?? this.newUser(), take.map((epc) => ({ epc, reason: 'purchase' as const })), putBack, leaveOpenMs);
    });
  }

  /**
   * An app user reserves a sellable meal (of `gtin`, or any). Only the world's side of it: the
   * meal is set aside so that random shoppers leave it; the cloud's reservation is separate.
   */
  reserve(fridgeId: string, userId: string, gtin?: string): string | undefined {
    const u = this.unit(fridgeId);
    const pool = sellable(u.fridge.items.values()).filter((i) => gtin === undefined || i.gtin === gtin);
    if (pool.length === 0) return undefined;
    const item = u.fridge.items.get(u.rng.pick(pool).epc);
    if (item === undefined) return undefined;
    item.reservedFor = userId;
    this.incident({ kind: 'reservation', fridgeId, atMs: this.o.clock.now(), userId, epc: item.epc });
    return item.epc;
  }

  /** The user collects every meal reserved for them or personal to them in this fridge. */
  pickup(fridgeId: string, userId: string): Promise<SessionRecord> {
    const u = this.unit(fridgeId);
    return this.enqueue(u, async () => {
      const mine = [...u.fridge.items.values()].filter((i) => i.reservedFor === userId || i.personalFor === userId);
      const take = mine.map((i) => ({ epc: i.epc, reason: (i.personalFor === userId ? 'personal-pickup' : 'reserved-pickup') as RemovalReason }));
      return this.session(u, 'pickup', userId, take, undefined, undefined);
    });
  }

  /** The kitchen's restock: expired meals out, stock back to par, subscribers' meals in. */
  restock(fridgeId: string): Promise<SessionRecord> {
    const u = this.unit(fridgeId);
    return this.enqueue(u, async () => {
      const id = this.nextSessionId(fridgeId);
      const now = (): number => this.o.clock.now();
      const openedAt = now();
      u.fridge.setDoor(true);
      await this.sleep(20_000);
      const taken: string[] = [];
      for (const item of [...u.fridge.items.values()]) {
        if (item.expiresAtMs > now()) continue;
        u.fridge.take(item.epc);
        taken.push(item.epc);
        this.truth.removals.push({ epc: item.epc, gtin: item.gtin, fridgeId, by: 'kitchen', reason: 'expired', atMs: now(), sessionId: id });
      }
      const added: string[] = [];
      const par = u.fridge.spec.par ?? u.fridge.spec.initialStock;
      for (const line of par) {
        const have = [...u.fridge.items.values()].filter((i) => i.gtin === line.gtin && i.personalFor === undefined).length;
        for (let k = have; k < line.count; k++) {
          const item = this.newItem(u, line.gtin, line.shelf, now());
          if (item === undefined) break;
          u.fridge.put(item);
          added.push(item.epc);
          this.truth.additions.push({ epc: item.epc, gtin: item.gtin, fridgeId, atMs: now(), reason: 'restock', sessionId: id });
        }
      }
      for (const sub of this.o.scenario.subscribers.filter((s) => s.fridge === fridgeId)) {
        const item = this.newItem(u, sub.gtin, undefined, now());
        if (item === undefined) continue;
        item.personalFor = sub.userId;
        u.fridge.put(item);
        added.push(item.epc);
        this.truth.additions.push({ epc: item.epc, gtin: item.gtin, fridgeId, atMs: now(), reason: 'personal', personalFor: sub.userId, sessionId: id });
      }
      await this.sleep(Math.max(1_000, this.o.scenario.kitchen.durationMs - 20_000));
      u.fridge.setDoor(false);
      const rec: SessionRecord = { sessionId: id, fridgeId, kind: 'restock', userId: 'kitchen', openedAtMs: openedAt, closedAtMs: now(), taken, putBack: [], added, leftOpen: false };
      this.recordSession(rec);
      return rec;
    });
  }

  fault(fridgeId: string, code: string, text: string): void {
    this.unit(fridgeId).controller.fault(code, text);
    this.incident({ kind: 'fault', fridgeId, atMs: this.o.clock.now(), code, text });
  }

  /** Reboot: the controller goes silent and comes back with $HELLO and a fresh uptime. */
  async reboot(fridgeId: string, downMs = this.o.scenario.rates.rebootDownMs): Promise<void> {
    const u = this.unit(fridgeId);
    this.incident({ kind: 'reboot', fridgeId, atMs: this.o.clock.now(), downMs });
    u.controller.reboot(downMs);
  }

  /** The serial device vanishes; with `forMs` it comes back by itself after that long. */
  async linkDown(fridgeId: string, forMs?: number): Promise<void> {
    const u = this.unit(fridgeId);
    await this.track(u.link.vanish());
    this.incident({ kind: 'link-down', fridgeId, atMs: this.o.clock.now() });
    if (forMs !== undefined) {
      this.pending++;
      const h = this.o.clock.setTimer(forMs, () => {
        this.timers.delete(h);
        this.pending--;
        void this.linkUp(fridgeId);
      });
      this.timers.add(h);
    }
  }

  async linkUp(fridgeId: string): Promise<void> {
    const u = this.unit(fridgeId);
    if (this.stopped) return;
    try {
      await this.track(u.link.restore());
      this.incident({ kind: 'link-up', fridgeId, atMs: this.o.clock.now() });
    } catch (err) {
      u.log.error({ err }, 'serial link could not be restored');
    }
  }

  temperatureExcursion(fridgeId: string, durationMs = this.o.scenario.rates.tempExcursionMs, peakDeci = this.o.scenario.rates.tempExcursionPeakDeci): void {
    const u = this.unit(fridgeId);
    const { untilMs } = u.fridge.startExcursion(durationMs, peakDeci);
    this.incident({ kind: 'temp-excursion', fridgeId, atMs: this.o.clock.now(), untilMs, peakDeci });
  }

  /** Resolves when no session, round, reboot or link change is in progress. */
  async whenQuiet(): Promise<void> {
    for (;;) {
      await this.o.clock.whenIdle();
      if (this.pending === 0 && this.o.clock.foregroundPending() === 0) return;
      await new Promise<void>((r) => setImmediate(r));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const h of this.timers) this.o.clock.clearTimer(h);
    this.timers.clear();
    for (const u of this.units.values()) u.controller.stop();
    this.listeners.clear();
  }

  private networkOutage(fridgeId: string, durationMs: number): void {
    const atMs = this.o.clock.now();
    this.incident({ kind: 'network-outage', fridgeId, atMs, durationMs });
    this.emit({ type: 'network-outage', fridgeId, state: 'down', atMs });
    this.after(durationMs, () => this.emit({ type: 'network-outage', fridgeId, state: 'up', atMs: this.o.clock.now() }));
  }

  private autopilot(u: Unit): void {
    const s = this.o.scenario;
    const id = u.fridge.id;
    const rate = u.fridge.spec.shoppersPerHour ?? s.traffic.shoppersPerHour;
    const arrivals = u.rng.fork('arrivals');
    const scheduleArrival = (): void => {
      const d = nextArrivalDelay(arrivals, this.o.clock.now(), rate, s.traffic.hourlyProfile);
      if (d === undefined) return;
      this.after(d, () => {
        scheduleArrival();
        if (arrivals.chance(s.traffic.reservationShare)) {
          const user = this.newUser();
          if (this.reserve(id, user) !== undefined) {
            // The app user walks over after reserving.
            this.after(arrivals.exponential(8 * 60_000), () => void this.pickup(id, user).catch((err: unknown) => u.log.error({ err }, 'pickup failed')));
            return;
          }
        }
        void this.shopperSession(id).catch((err: unknown) => u.log.error({ err }, 'shopper session failed'));
      });
    };
    scheduleArrival();

    // The kitchen van visits the fridges one after another.
    const daily = (hhmm: string, offsetMs: number, fn: () => void): void => {
      this.after(delayToNextDaily(this.o.clock.now(), hhmm) + offsetMs, () => {
        fn();
        daily(hhmm, offsetMs, fn);
      });
    };
    daily(s.kitchen.restockAt, u.index * 7 * 60_000, () => void this.restock(id).catch((err: unknown) => u.log.error({ err }, 'restock failed')));
    for (const sub of s.subscribers.filter((x) => x.fridge === id)) {
      const jitter = Math.round(Math.abs(u.rng.normal(0, 15 * 60_000)));
      daily(sub.pickupAt, jitter, () => {
        if ([...u.fridge.items.values()].some((i) => i.personalFor === sub.userId)) {
          void this.pickup(id, sub.userId).catch((err: unknown) => u.log.error({ err }, 'pickup failed'));
        }
      });
    }

    const incidents = u.rng.fork('incidents');
    const every = (perDay: number, fn: () => void): void => {
      const d = nextIncidentDelay(incidents, perDay);
      if (d === undefined) return;
      this.after(d, () => {
        fn();
        every(perDay, fn);
      });
    };
    every(s.rates.rebootPerDay, () => void this.reboot(id));
    every(s.rates.linkDropPerDay, () => {
      if (u.link.isUp) void this.linkDown(id, s.rates.linkDownMs);
    });
    every(s.rates.tempExcursionPerDay, () => this.temperatureExcursion(id));
  }

  private async session(
    u: Unit,
    kind: SessionKind,
    userId: string,
    take: { epc: string; reason: RemovalReason }[],
    putBackEpc: string | undefined,
    leaveOpenMs: number | undefined,
  ): Promise<SessionRecord> {
    const clock = this.o.clock;
    const id = this.nextSessionId(u.fridge.id);
    const openedAt = clock.now();
    u.fridge.setDoor(true);
    await this.sleep(u.rng.int(3_000, 12_000)); // browsing
    const taken: Item[] = [];
    for (const t of take) {
      const item = u.fridge.take(t.epc);
      if (item === undefined) continue;
      taken.push(item);
      await this.sleep(u.rng.int(1_000, 4_000));
    }
    const putBack: PutBack[] = [];
    const back = taken.find((i) => i.epc === putBackEpc);
    if (back !== undefined) {
      // Not always where it came from: the load cells see a meal move between shelves.
      const toShelf = u.fridge.freeShelf(u.rng.chance(0.5) ? back.shelf : undefined, u.rng) ?? back.shelf;
      putBack.push({ epc: back.epc, fromShelf: back.shelf, toShelf });
      u.fridge.put({ ...back, shelf: toShelf });
      await this.sleep(u.rng.int(1_000, 3_000));
    }
    await this.sleep(leaveOpenMs ?? u.rng.int(1_000, 3_000));
    u.fridge.setDoor(false);
    const closedAt = clock.now();
    const gone = taken.filter((i) => i.epc !== back?.epc);
    for (const i of gone) {
      const reason = take.find((t) => t.epc === i.epc)?.reason ?? 'purchase';
      this.truth.removals.push({ epc: i.epc, gtin: i.gtin, fridgeId: u.fridge.id, by: userId, reason, atMs: closedAt, sessionId: id });
    }
    const rec: SessionRecord = {
      sessionId: id, fridgeId: u.fridge.id, kind, userId, openedAtMs: openedAt, closedAtMs: closedAt,
      taken: gone.map((i) => i.epc), putBack, added: [], leftOpen: leaveOpenMs !== undefined,
    };
    this.recordSession(rec);
    return rec;
  }

  private newItem(u: Unit, gtin: string, preferredShelf: number | undefined, addedAtMs: number): Item | undefined {
    const meal = this.o.scenario.meals.find((m) => m.gtin === gtin);
    if (meal === undefined) throw new Error(`unknown meal ${gtin}`);
    const shelf = u.fridge.freeShelf(preferredShelf, u.rng);
    if (shelf === undefined) {
      u.log.warn({ gtin }, 'fridge full');
      return undefined;
    }
    const serial = this.serials.get(gtin) ?? 1n;
    this.serials.set(gtin, serial + 1n);
    return {
      epc: mealEpc(meal.gtin, meal.companyPrefixLength, serial),
      gtin,
      shelf,
      grams: Math.max(1, Math.round(u.rng.normal(meal.nominalWeightG, meal.weightSdG ?? 8))),
      addedAtMs,
      expiresAtMs: addedAtMs + meal.shelfLifeDays * DAY_MS,
    };
  }

  /** Sessions at one fridge happen one after another: the next shopper waits at the door. */
  private enqueue<T>(u: Unit, fn: () => Promise<T>): Promise<T> {
    this.pending++;
    const run = u.queue.then(fn);
    u.queue = run.catch(() => undefined);
    return run.finally(() => {
      this.pending--;
    });
  }

  private async track<T>(p: Promise<T>): Promise<T> {
    this.pending++;
    try {
      return await p;
    } finally {
      this.pending--;
    }
  }

  /** A foreground sleep owned by the world: cancelled on stop, so a closed world leaves no timers. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.stopped) return;
      const h = this.o.clock.setTimer(ms, () => {
        this.timers.delete(h);
        resolve();
      });
      this.timers.add(h);
    });
  }

  /** A background timer owned by the world (cancelled on stop). */
  private after(delayMs: number, fn: () => void): void {
    if (this.stopped) return;
    const h = this.o.clock.setTimer(delayMs, () => {
      this.timers.delete(h);
      if (!this.stopped) fn();
    }, { background: true });
    this.timers.add(h);
  }

  private recordSession(rec: SessionRecord): void {
    this.truth.sessions.push(rec);
    this.emit({ type: 'session', session: rec });
  }

  private incident(i: Incident): void {
    this.truth.incidents.push(i);
    this.emit({ type: 'incident', incident: i });
  }

  private emit(e: WorldEvent): void {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch (err) {
        this.o.logger.warn({ err, event: e.type }, 'world listener failed');
      }
    }
  }

  private nextSessionId(fridgeId: string): string {
    return `${fridgeId}:s${++this.sessionNo}`;
  }

  private newUser(): string {
    return `u-${++this.userNo}`;
  }

  private unit(fridgeId: string): Unit {
    const u = this.units.get(fridgeId);
    if (u === undefined) throw new Error(`unknown fridge ${fridgeId} (known: ${[...this.units.keys()].join(', ')})`);
    return u;
  }
}
