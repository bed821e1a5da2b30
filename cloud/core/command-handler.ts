// The application core: one command handler for every district this instance owns.
// handle(district, command) decides against the district's state, appends the events (group
// commit), evolves the state and publishes the committed events on the bus (emmett's
// handleCommandWithDecider). MQTT, HTTP and the feed call it; none of them owns a queue.
//
// Districts do not wait for each other, and neither do commands of one district: a decision
// is taken and the district's state evolved at once (synchronously, so two decisions never
// interleave), and the commit follows in the next group. A unit that fails to commit makes the
// decisions taken after it stale: the state is folded again from the store and those commands
// decided again, never committed on a wrong basis.
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import { decide, defaultAclConfig, evolve, initialDistrictState, type AclConfig, type DecideNotes, type DistrictCommand, type DistrictState, type DomainEvent, type RejectionReason } from '../domain/index.js';
import { StaleDecision, type CommitUnit, type DistrictFence, type StoredEvent } from '../store/index.js';
import type { GroupCommitter } from './group-commit.js';
import { RegistryCache, type Misses, type RegistryReads } from './registry-cache.js';
import { breather, type DistrictSnapshots, type FoldReport, type Mark } from './snapshots.js';

export interface EventSource {
  /** Every event of one district in position order, after `after` (default 0). */
  districtEvents(district: string, after?: number): AsyncIterable<StoredEvent>;
}

export interface CommandHandlerOptions {
  registry: RegistryReads;
  events: EventSource;
  committer: GroupCommitter;
  acl?: Partial<AclConfig>;
  now?: () => number;
  /** Where several instances share the store: this instance's claim on the district. */
  fenceOf?: (district: string) => DistrictFence | undefined;
  log?: Logger;
  /** District snapshots (snapshots.ts): a district is restored from its last one and the events after it. */
  snapshots?: DistrictSnapshots;
  /** How each district state was made (metrics, logs). */
  onFold?: (f: FoldReport) => void;
}

/** The committed events, and what the decision noticed besides (DecideNotes: input left out, edge times replaced). */
export type HandleResult = ({ ok: true; events: StoredEvent[] } & DecideNotes) | { ok: false; reason: RejectionReason };

/** How the events of a decision are committed (a batch commits its raw events and cursor too). */
export type ToUnit = (events: DomainEvent[]) => CommitUnit;

/** The notes of a decision, without its other fields. */
const notesOf = (r: DecideNotes): DecideNotes => ({
  ...(r.refused !== undefined ? { refused: r.refused } : {}),
  ...(r.suspectTimes !== undefined ? { suspectTimes: r.suspectTimes } : {}),
});

/** Decisions taken again at most this often when an earlier unit of the district failed. */
const MAX_STALE_RETRIES = 3;
/** Longest stretch of the event loop a fold takes before it lets other work run. */
const FOLD_SLICE_MS = 8;
/** Rounds of registry reads one decision may need (a decision asks for meals of the tags it found). */
const MAX_LOOKUP_ROUNDS = 4;

interface District {
  state: DistrictState | undefined;
  /** Bumped whenever the state is dropped: decisions of an older generation are stale. */
  generation: number;
  loading: Promise<void> | undefined;
  /** Decisions staged and not yet committed or failed. */
  inFlight: number;
  settled: Array<() => void>;
  /** The last committed event in the state (undefined: none yet). */
  last: Mark | undefined;
  /** Events applied since the state was last saved or restored (snapshots.ts). */
  unsaved: number;
  /** A snapshot of it is being written. */
  saving: Promise<unknown> | undefined;
}

export class CommandHandler {
  private readonly districts = new Map<string, District>();
  private readonly acl: AclConfig;
  private readonly now: () => number;
  readonly registry: RegistryCache;

  constructor(private readonly o: CommandHandlerOptions) {
    this.acl = { ...defaultAclConfig, ...o.acl };
    this.now = o.now ?? Date.now;
    this.registry = new RegistryCache(o.registry);
  }

  /**
   * Decides `command` for `district`, commits its events (with `toUnit`, or as a plain append)
   * and answers after the commit. Rejections are values; a failed commit throws. `urgent`
   * (default) commits ahead of other districts' backlog: false for a replayed backlog.
   */
  async handle(district: string, command: DistrictCommand, toUnit?: ToUnit, urgent = true): Promise<HandleResult> {
    if (command.type === 'RecordFridgeEvents') await this.registry.prefetch(command.events);
    for (let attempt = 0; ; attempt++) {
      const d = await this.ensure(district);
      const staged = await this.decideAndStage(d, command);
      if (staged === undefined) continue; // the state was dropped while registry reads ran
      if (!staged.ok) return staged;
      const generation = staged.generation;
      try {
        const unit = toUnit?.(staged.events) ?? { kind: 'append', district, events: staged.events, fence: this.o.fenceOf?.(district) };
        if (unit.kind === 'append' && unit.events.length === 0) return { ok: true, events: [] };
        const events = await this.o.committer.submit(unit, () => d.generation === generation, urgent);
        if (d.generation === generation) this.committed(d, events);
        return { ok: true, events, ...notesOf(staged) };
      } catch (err) {
        if (d.generation === generation) this.drop(district);
        if (err instanceof StaleDecision && attempt < MAX_STALE_RETRIES) continue;
        throw err;
      } finally {
        d.inFlight -= 1;
        if (d.inFlight === 0) {
          for (const w of d.settled.splice(0)) w();
          this.saveIfDue(d);
        }
      }
    }
  }

  /**
   * Forgets a district's state (it moved to another instance, came back, or a commit failed):
   * it is folded from the store again when next needed, after what is in flight has settled.
   */
  drop(district: string): void {
    const d = this.districts.get(district);
    if (d === undefined) return;
    d.state = undefined;
    d.generation += 1;
  }

  /**
   * The epoch each fridge of the district was last born with (or asked to reconcile in), as
   * its state knows it: folded first if need be.
   */
  async fridgeEpochs(district: string): Promise<Map<string, string>> {
    const d = await this.ensure(district);
    const out = new Map<string, string>();
    for (const [id, f] of d.state?.fridges ?? []) if (f.epoch !== undefined) out.set(id, f.epoch);
    return out;
  }

  /** Districts whose state is in memory. */
  loaded(): string[] {
    return [...this.districts].filter(([, d]) => d.state !== undefined).map(([k]) => k);
  }

  /** The district with its state in memory, folded from the store first if need be. */
  private async ensure(district: string): Promise<District> {
    let d = this.districts.get(district);
    if (d === undefined) {
      d = { state: undefined, generation: 0, loading: undefined, inFlight: 0, settled: [], last: undefined, unsaved: 0, saving: undefined };
      this.districts.set(district, d);
    }
    while (d.state === undefined) {
      if (d.loading === undefined) {
        const entry = d;
        entry.loading = this.fold(district, entry).finally(() => (entry.loading = undefined));
      }
      await d.loading;
    }
    return d;
  }

  /**
   * Folds the district's events (after its snapshot, if it has one this code may use), once
   * what was staged on the dropped state has settled.
   */
  private async fold(district: string, d: District): Promise<void> {
    while (d.inFlight > 0) await new Promise<void>((resolve) => d.settled.push(resolve));
    const generation = d.generation;
    const t0 = performance.now();
    const restored = await this.o.snapshots?.restore(district);
    let refused = restored !== undefined && 'refused' in restored ? restored.refused : undefined;
    let folded: { state: DistrictState; last: Mark | undefined; events: number } | undefined;
    if (restored !== undefined && 'state' in restored) {
      try {
        folded = await this.foldFrom(district, restored.state, restored.mark);
      } catch (err) {
        // The events after the snapshot do not apply to it: it is not what they followed.
        this.o.log?.warn({ err, district, position: restored.mark.position }, 'events after the district snapshot do not apply to it: folding every event');
        refused = 'tail_failed';
      }
    }
    const from = folded === undefined ? 'events' : 'snapshot';
    folded ??= await this.foldFrom(district, initialDistrictState(district), undefined);
    const report: FoldReport = { district, from, events: folded.events, ms: performance.now() - t0, ...(refused !== undefined ? { refused } : {}) };
    this.o.onFold?.(report);
    // Dropped again while folding: fold again.
    if (d.generation === generation) {
      d.state = folded.state;
      d.last = folded.last;
      d.unsaved = folded.events;
    }
  }

  private async foldFrom(district: string, state: DistrictState, mark: Mark | undefined): Promise<{ state: DistrictState; last: Mark | undefined; events: number }> {
    let s = state;
    let last = mark;
    let events = 0;
    // A store that reads synchronously (SQLite) would make the whole fold one turn of the
    // event loop: every other district's acks would wait for it. Other districts go on.
    const breathe = breather(FOLD_SLICE_MS);
    for await (const { position, event } of this.o.events.districtEvents(district, mark?.position ?? 0)) {
      s = evolve(s, event);
      last = { position, type: event.type, at: event.at };
      events += 1;
      if (events % 1024 === 0) await breathe();
    }
    return { state: s, last, events };
  }

  /** A commit of the district's current generation: its state now includes these events. */
  private committed(d: District, events: readonly StoredEvent[]): void {
    const tail = events[events.length - 1];
    if (tail === undefined) return;
    d.unsaved += events.length;
    if (d.last === undefined || tail.position > d.last.position) d.last = { position: tail.position, type: tail.event.type, at: tail.event.at };
  }

  /**
   * Saves the district's state when enough events were applied since the last save and
   * nothing is in flight (the state is then exactly the fold of the committed events up to
   * `last`). The state is forked now (copy-on-write); the writing is sliced (snapshots.ts).
   */
  private saveIfDue(d: District, min?: number): Promise<unknown> | undefined {
    const snapshots = this.o.snapshots;
    if (snapshots === undefined || d.saving !== undefined || d.inFlight > 0 || d.loading !== undefined) return undefined;
    if (d.state === undefined || d.last === undefined || !snapshots.due(d.unsaved, d.state.fridges.size + d.state.holders.size, min)) return undefined;
    // A save that fails (logged, counted) is tried again after as many events more.
    d.unsaved = 0;
    const saving = snapshots.save(d.state, d.last).finally(() => (d.saving = undefined));
    d.saving = saving;
    return saving;
  }

  /**
   * Saves every district in memory with at least `min` events applied since its last snapshot
   * (a clean stop, after the last commit: the next start folds next to nothing). Stops
   * starting new ones after `budgetMs`.
   */
  async saveSnapshots(min = 1, budgetMs = 5_000): Promise<number> {
    const t0 = performance.now();
    let n = 0;
    for (const d of this.districts.values()) {
      if (performance.now() - t0 > budgetMs) break;
      // Its last commits' answers may still be on their way: its state is saved once they are in.
      if (d.inFlight > 0) await new Promise<void>((resolve) => d.settled.push(resolve));
      await d.saving;
      const saving = this.saveIfDue(d, min);
      if (saving === undefined) continue;
      await saving;
      n += 1;
    }
    return n;
  }

  /**
   * Decides with the registry at hand, reading what it missed, and stages the decision: the
   * state moves on in the same synchronous step as the decision that saw it, so no other
   * decision of the district comes between (two holds can never both take the last meal).
   * Undefined: the state was dropped meanwhile.
   */
  private async decideAndStage(d: District, command: DistrictCommand): Promise<({ ok: true; events: DomainEvent[]; generation: number } & DecideNotes) | { ok: false; reason: RejectionReason } | undefined> {
    const checked = new Set<string>();
    for (let round = 0; ; round++) {
      const state = d.state;
      if (state === undefined) return undefined;
      const misses: Misses = { tags: new Set(), meals: new Set() };
      const result = decide(command, state, { ...this.registry.lookups(misses, checked), now: this.now(), config: this.acl });
      if ((misses.tags.size === 0 && misses.meals.size === 0) || round === MAX_LOOKUP_ROUNDS) {
        if (!result.ok) return result;
        let s = state;
        for (const e of result.events) s = evolve(s, e);
        d.state = s;
        d.inFlight += 1; // until handle() has its commit's answer
        return { ok: true, events: result.events, generation: d.generation, ...notesOf(result) };
      }
      await this.registry.fill(misses, checked);
    }
  }
}
