import { decide, evolve, initialDistrictState, type DecideContext, type DistrictCommand, type DistrictState, type DomainEvent } from '../domain/index.js';
import type { CloudStore } from '../store/cloud-store.js';

/**
 * The in-memory decider state of each district this instance owns, rebuilt from the event
 * store on first use (event sourcing: the state is a fold of the district's domain events).
 */
export class DistrictStates {
  private readonly states = new Map<string, DistrictState>();

  constructor(private readonly store: CloudStore) {}

  get(district: string): DistrictState {
    let s = this.states.get(district);
    if (s === undefined) {
      s = initialDistrictState(district);
      for (const { event } of this.store.districtEvents(district)) s = evolve(s, event);
      this.states.set(district, s);
    }
    return s;
  }

  decide(district: string, command: DistrictCommand, ctx: DecideContext): ReturnType<typeof decide> {
    return decide(command, this.get(district), ctx);
  }

  /** After the events are committed. */
  apply(district: string, events: readonly DomainEvent[]): void {
    let s = this.get(district);
    for (const e of events) s = evolve(s, e);
    this.states.set(district, s);
  }

  loaded(): string[] {
    return [...this.states.keys()];
  }
}
