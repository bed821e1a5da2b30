import { decide, evolve, initialDistrictState, type DecideContext, type DistrictCommand, type DistrictState, type DomainEvent } from '../domain/index.js';
import type { CloudStore } from '../store/index.js';

/**
 * The in-memory decider state of each district this instance owns, rebuilt from the event
 * store when first needed (event sourcing: the state is a fold of the district's domain
 * events), and forgotten when the district goes to another instance.
 */
export class DistrictStates {
  private readonly states = new Map<string, DistrictState>();

  constructor(private readonly store: CloudStore) {}

  /** Folds the district's events, unless its state is in memory already. */
  async load(district: string): Promise<void> {
    if (this.states.has(district)) return;
    let s = initialDistrictState(district);
    for await (const { event } of this.store.districtEvents(district)) s = evolve(s, event);
    this.states.set(district, s);
  }

  private get(district: string): DistrictState {
    const s = this.states.get(district);
    if (s === undefined) throw new Error(`district ${district} is not loaded`);
    return s;
  }

  decide(district: string, command: DistrictCommand, ctx: DecideContext): ReturnType<typeof decide> {
    return decide(command, this.get(district), ctx);
  }

  /**
   * After the events are committed. A district dropped meanwhile (it moved to another
   * instance, or came back) is folded from the store again when next needed, commit included.
   */
  apply(district: string, events: readonly DomainEvent[]): void {
    let s = this.states.get(district);
    if (s === undefined) return;
    for (const e of events) s = evolve(s, e);
    this.states.set(district, s);
  }

  /** Forgets a district's state: it is folded from the store again when next needed. */
  drop(district: string): void {
    this.states.delete(district);
  }

  loaded(): string[] {
    return [...this.states.keys()];
  }
}
