import type { FridgeHardware } from '../controller/index.js';
import type { SimClock } from '../support/clock.js';
import type { Rng } from '../support/prng.js';
import type { FridgeSpec, ShelfSpec } from '../scenario/index.js';
import type { ItemView } from './ground-truth.js';

export interface Item extends ItemView {
  addedAtMs: number;
}

const MINUTE = 60_000;

/**
 * The physical fridge: shelves, the tagged meals on them, the door, the air temperature.
 * It is the controller's hardware (FridgeHardware) and the ground truth of what is inside.
 */
export class PhysicalFridge implements FridgeHardware {
  readonly items = new Map<string, Item>();
  private door = false;
  private openedAt = 0;
  private closedAt = -Infinity;
  private doorPeakDeci = 0;
  private readonly baseDeci: number;
  private excursion: { from: number; until: number; peakDeci: number } | undefined;
  unlockedUntilMs = 0;
  /** The controller's door sensor; set by the world once the controller exists. */
  onDoorChange: (open: boolean) => void = () => {};
  onUnlock: (seconds: number) => void = () => {};

  constructor(
    readonly spec: FridgeSpec,
    private readonly clock: SimClock,
    rng: Rng,
  ) {
    this.baseDeci = 34 + rng.int(0, 6);
  }

  get id(): string {
    return this.spec.id;
  }

  get shelves(): readonly ShelfSpec[] {
    return this.spec.shelves;
  }

  doorOpen(): boolean {
    return this.door;
  }

  setDoor(open: boolean): void {
    if (open === this.door) return;
    const now = this.clock.now();
    if (open) {
      this.openedAt = now;
    } else {
      this.doorPeakDeci = this.doorEffect(now);
      this.closedAt = now;
    }
    this.door = open;
    this.onDoorChange(open);
  }

  tagsInField(): readonly { epc: string; shelf: number }[] {
    return [...this.items.values()].map((i) => ({ epc: i.epc, shelf: i.shelf }));
  }

  shelfLoads(): readonly { shelf: number; grams: number }[] {
    return this.spec.shelves.map((s) => ({
      shelf: s.id,
      grams: s.tareG + [...this.items.values()].filter((i) => i.shelf === s.id).reduce((a, i) => a + i.grams, 0),
    }));
  }

  temperatures(): readonly { sensor: number; deciCelsius: number }[] {
    const now = this.clock.now();
    return [{ sensor: 1, deciCelsius: Math.round(this.baseDeci + this.doorEffect(now) + this.excursionEffect(now)) }];
  }

  unlock(seconds: number): void {
    this.unlockedUntilMs = this.clock.now() + seconds * 1000;
    this.onUnlock(seconds);
  }

  startExcursion(durationMs: number, peakDeci: number): { untilMs: number } {
    const now = this.clock.now();
    this.excursion = { from: now, until: now + durationMs, peakDeci };
    return { untilMs: now + durationMs };
  }

  /** Shelf with room, preferring `preferred`. */
  freeShelf(preferred: number | undefined, rng: Rng): number | undefined {
    const used = new Map<number, number>();
    for (const i of this.items.values()) used.set(i.shelf, (used.get(i.shelf) ?? 0) + 1);
    const free = this.spec.shelves.filter((s) => (used.get(s.id) ?? 0) < s.capacity);
    if (preferred !== undefined && free.some((s) => s.id === preferred)) return preferred;
    return free.length === 0 ? undefined : rng.pick(free).id;
  }

  put(item: Item): void {
    this.items.set(item.epc, item);
  }

  take(epc: string): Item | undefined {
    const item = this.items.get(epc);
    if (item !== undefined) this.items.delete(epc);
    return item;
  }

  /** Warm air in while the door is open; the fridge pulls back down after it closes. */
  private doorEffect(now: number): number {
    if (this.door) return Math.min(25, (now - this.openedAt) / 4000);
    return this.doorPeakDeci * Math.exp(-(now - this.closedAt) / (5 * MINUTE));
  }

  private excursionEffect(now: number): number {
    const e = this.excursion;
    if (e === undefined || now >= e.until + 20 * MINUTE) return 0;
    const rise = e.peakDeci - this.baseDeci;
    // Ramps up over 20 minutes, holds, ramps down over 20 minutes after it ends.
    if (now < e.from + 20 * MINUTE) return (rise * (now - e.from)) / (20 * MINUTE);
    if (now < e.until) return rise;
    return (rise * (e.until + 20 * MINUTE - now)) / (20 * MINUTE);
  }
}
