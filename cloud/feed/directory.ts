// The fridges as the feed's own process sees them (issue 13 item 1): every subscribe resolves
// its scope against the registry (areas need every fridge's location), so a reconnect storm
// would read the whole fridge table once per client. The list is kept in memory and read
// again when the registry's version changes: the admin API only adds fridges (or changes a
// credential or the enabled flag, which the feed does not show; none is moved, renamed or
// deleted), so their count is that version, checked at most every `refreshMs`.
import type { FridgeRecord, MealRecord, RegistryReader } from '../store/index.js';
import type { TagRecord } from '../domain/index.js';

export class FridgeDirectory implements RegistryReader {
  private fridges: FridgeRecord[] | undefined;
  private count = -1;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private checking: Promise<FridgeRecord[]> | undefined;
  /** Reads of the whole list (for tests and metrics). */
  reloads = 0;

  constructor(
    private readonly registry: RegistryReader,
    private readonly refreshMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async listFridges(): Promise<FridgeRecord[]> {
    if (this.fridges !== undefined && this.now() - this.checkedAt < this.refreshMs) return this.fridges;
    // One check at a time: a storm of subscribes shares it.
    this.checking ??= this.refresh().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private async refresh(): Promise<FridgeRecord[]> {
    const count = await this.registry.fridgeCount();
    this.checkedAt = this.now();
    if (this.fridges === undefined || count !== this.count) {
      this.fridges = await this.registry.listFridges();
      this.count = this.fridges.length;
      this.reloads += 1;
    }
    return this.fridges;
  }

  getFridge(id: string): Promise<FridgeRecord | undefined> {
    return this.registry.getFridge(id);
  }

  fridgeCount(): Promise<number> {
    return this.registry.fridgeCount();
  }

  getMeal(gtin: string): Promise<MealRecord | undefined> {
    return this.registry.getMeal(gtin);
  }

  listMeals(): Promise<MealRecord[]> {
    return this.registry.listMeals();
  }

  tags(epcs: readonly string[]): Promise<Map<string, TagRecord>> {
    return this.registry.tags(epcs);
  }

  meals(gtins: readonly string[]): Promise<Map<string, MealRecord>> {
    return this.registry.meals(gtins);
  }
}
