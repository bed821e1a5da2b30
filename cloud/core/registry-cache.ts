// The registry as the decider sees it. The decider is pure and synchronous; the registry (tags
// the kitchen packed, meal facts) is in the store. So a decision is taken with what is at
// hand, and the tags and meals it asked for and did not find are read, and it is taken again.
import type { farmacy } from '../../proto/index.js';
import { dropOldest } from '../../shared/bounded-cache.js';
import { epcHex, epcLists, isEpcBytes, type MealFacts, type TagRecord } from '../domain/index.js';
import type { MealRecord } from '../store/index.js';

/** How long an unknown tag, and a meal's facts, are taken as read from the registry (ms). */
const NEGATIVE_TAG_MS = 5_000;
const MEAL_MS = 30_000;
const MAX_TAGS = 200_000;

export interface RegistryReads {
  /** The registered tags among `epcs` (unknown ones are absent from the map). */
  tags(epcs: readonly string[]): Promise<Map<string, TagRecord>>;
  /** The meals among `gtins` (unknown ones are absent from the map). */
  meals(gtins: readonly string[]): Promise<Map<string, MealRecord>>;
}

/** What one decision asked for and did not find. */
export interface Misses {
  tags: Set<string>;
  meals: Set<string>;
}

/**
 * A registered tag does not change once packed (and a change here is forgotten at once); an
 * unknown one, or a meal, may be registered at another instance, so those answers are kept
 * briefly.
 */
export class RegistryCache {
  private readonly tagCache = new Map<string, { value: TagRecord | null; at: number }>();
  private readonly mealCache = new Map<string, { value: MealFacts | null; at: number }>();

  constructor(private readonly registry: RegistryReads, private readonly clock: () => number = () => performance.now()) {}

  /** Lookups for one decision; what they miss is collected in `misses` (once per key and decision). */
  lookups(misses: Misses, checked: ReadonlySet<string>): { tag: (epc: string) => TagRecord | undefined; meal: (gtin: string) => MealFacts | undefined } {
    const at = this.clock();
    return {
      tag: (epc) => {
        const known = this.cachedTag(epc, at);
        if (known === undefined && !checked.has(epc)) misses.tags.add(epc);
        return known ?? undefined;
      },
      meal: (gtin) => {
        const c = this.mealCache.get(gtin);
        if (c !== undefined && at - c.at < MEAL_MS) return c.value ?? undefined;
        if (!checked.has(`meal:${gtin}`)) misses.meals.add(gtin);
        return undefined;
      },
    };
  }

  /** Reads what a decision missed into the cache, and marks it checked for the next round. */
  async fill(misses: Misses, checked: Set<string>): Promise<void> {
    const [, meals] = await Promise.all([this.readTags(misses.tags), misses.meals.size > 0 ? this.registry.meals([...misses.meals]) : new Map<string, MealRecord>()]);
    const now = this.clock();
    for (const gtin of misses.meals) {
      this.mealCache.set(gtin, { value: meals.get(gtin) ?? null, at: now });
      checked.add(`meal:${gtin}`);
    }
    for (const epc of misses.tags) checked.add(epc);
  }

  /** The tags a batch names, read in one go before its first decision (not one round per miss). */
  async prefetch(events: readonly farmacy.fridge.v1.IFridgeEvent[]): Promise<void> {
    const at = this.clock();
    const wanted = new Set<string>();
    for (const ev of events) {
      for (const list of epcLists(ev)) {
        for (const bytes of list) {
          if (!isEpcBytes(bytes)) continue; // the decider refuses the batch for it
          const epc = epcHex(bytes);
          if (this.cachedTag(epc, at) === undefined) wanted.add(epc);
        }
      }
    }
    await this.readTags(wanted);
  }

  /** Tags changed at the registry (the kitchen re-packed): forget what was cached. */
  tagsChanged(epcs: readonly string[]): void {
    for (const epc of epcs) this.tagCache.delete(epc);
  }

  /** A meal's facts changed at the registry. */
  mealChanged(gtin: string): void {
    this.mealCache.delete(gtin);
  }

  /** A tag as cached: its record, null when known to be unregistered, undefined when it must be read. */
  private cachedTag(epc: string, at: number): TagRecord | null | undefined {
    const c = this.tagCache.get(epc);
    return c !== undefined && (c.value !== null || at - c.at < NEGATIVE_TAG_MS) ? c.value : undefined;
  }

  private async readTags(epcs: ReadonlySet<string>): Promise<void> {
    if (epcs.size === 0) return;
    const tags = await this.registry.tags([...epcs]);
    const now = this.clock();
    dropOldest(this.tagCache, epcs.size, MAX_TAGS);
    for (const epc of epcs) this.tagCache.set(epc, { value: tags.get(epc) ?? null, at: now });
  }
}
