// One handler per message kind: birth and death certificates (docs/protocol.md, Sparkplug's
// NBIRTH/NDEATH with a shared bd_seq). A fridge's status messages apply in order (a job of
// their own in the live lane), and become MarkFridgeOnline / MarkFridgeOffline commands to the core.
import type { Logger } from 'pino';
import { decodeStatus, StatusState } from '../../proto/index.js';
import type { CommandHandler } from '../core/command-handler.js';
import type { Lanes } from '../core/lanes.js';
import type { CloudMetrics } from '../metrics.js';
import type { DistrictCommand } from '../domain/index.js';
import type { RegistryReader } from '../store/index.js';

/**
 * Presence flapping (issue 11 item 11: 2,000 births became 2,000 domain events pushed to every
 * subscriber): at most `maxTransitions` presence commands per fridge per `windowMs` become
 * domain events. A status beyond that waits, the latest one only, until the window allows;
 * so presence is right again within one window (docs/cloud.md).
 */
export const PRESENCE_LIMITS = {
  maxTransitions: 30,
  windowMs: 60_000,
};

interface PresenceWindow {
  /** When (performance.now()) the presence commands of the current window ran. */
  ran: number[];
  /** The latest status held back, applied when the window allows. */
  pending: { district: string; command: DistrictCommand } | undefined;
  timer: NodeJS.Timeout | undefined;
}

export interface StatusHandlerOptions {
  registry: RegistryReader;
  core: CommandHandler;
  lanes: Lanes;
  metrics: CloudMetrics;
  log: Logger;
  /** Whether the district is still this instance's (a held-back status is dropped otherwise). */
  owns: (district: string) => boolean;
  presence?: Partial<typeof PRESENCE_LIMITS>;
}

export class StatusHandler {
  /** The latest birth taken of each fridge: its outbox's epoch and its bd_seq. */
  private readonly lastBirth = new Map<string, { epoch: string; bd: number }>();
  private readonly online = new Set<string>();
  /** Fridges a status came from since this handler started (a birth or a death). */
  private readonly heard = new Set<string>();
  private readonly presence = new Map<string, PresenceWindow>();
  private readonly limits: typeof PRESENCE_LIMITS;
  private stopped = false;

  constructor(private readonly o: StatusHandlerOptions) {
    this.limits = { ...PRESENCE_LIMITS, ...o.presence };
  }

  stop(): void {
    this.stopped = true;
    for (const w of this.presence.values()) clearTimeout(w.timer);
  }

  isOnline(fridgeId: string): boolean {
    return this.online.has(fridgeId);
  }

  receive(district: string, fridgeId: string, payload: Buffer): void {
    this.o.lanes
      .submit(`status:${fridgeId}`, 'live', 1, () => this.handle(district, fridgeId, payload))
      .catch((err: unknown) => {
        this.o.metrics.rejects.inc({ reason: 'internal_error' });
        this.o.log.error({ err, fridgeId }, 'status handler failed');
      });
  }

  private async handle(district: string, fridgeId: string, payload: Buffer): Promise<void> {
    const r = decodeStatus(payload);
    const fridge = await this.o.registry.getFridge(fridgeId);
    if (!r.ok || fridge === undefined || fridge.district !== district) {
      this.o.metrics.rejects.inc({ reason: r.ok ? 'unknown_fridge' : 'status_undecodable' });
      return;
    }
    const s = r.value;
    this.heard.add(fridgeId);
    const bd = s.bdSeq ?? 0;
    const epoch = s.epoch ?? '';
    const last = this.lastBirth.get(fridgeId);
    if (s.state === StatusState.ONLINE) {
      // bd_seq counts the connections of one outbox (epoch): an older one in the same epoch is
      // a birth retained from before. A birth in another epoch always counts: a new, wiped or
      // restored outbox counts its bd_seq again from where it keeps it (a new one from 1).
      if (last !== undefined && last.epoch === epoch && bd < last.bd) return;
      this.lastBirth.set(fridgeId, { epoch, bd });
      this.online.add(fridgeId);
      this.o.metrics.outboxBacklog.set({ fridge: fridgeId }, s.outboxEvents ?? 0);
      this.o.metrics.fridgesOnline.set(this.online.size);
      await this.presenceCommand(district, fridgeId, { type: 'MarkFridgeOnline', fridgeId, epoch: s.epoch ?? '' });
    } else if (s.state === StatusState.OFFLINE) {
      // Sparkplug: a death whose bd_seq is older than the latest birth is stale; so is one of
      // another outbox than the latest birth's (the will of the connection before a new outbox
      // was born). A death without an epoch is judged by its bd_seq alone.
      if (last !== undefined && ((epoch !== '' && epoch !== last.epoch) || bd < last.bd)) return;
      this.online.delete(fridgeId);
      this.o.metrics.fridgesOnline.set(this.online.size);
      await this.presenceCommand(district, fridgeId, { type: 'MarkFridgeOffline', fridgeId, clean: s.clean ?? false });
    }
  }

  /**
   * A fridge not heard from since this handler started: its presence is unknown here (the
   * embedded broker's wills and retained statuses went with the process that ran it), so if
   * the cloud's state has it online, it is offline now (`FridgeOffline`, not clean). Queued
   * behind the fridge's statuses: one that came meanwhile wins. Resolves true if it applied.
   */
  async unheard(district: string, fridgeId: string): Promise<boolean> {
    return this.o.lanes.submit(`status:${fridgeId}`, 'live', 1, async () => {
      if (this.heard.has(fridgeId) || this.stopped || !this.o.owns(district)) return false;
      await this.presenceCommand(district, fridgeId, { type: 'MarkFridgeOffline', fridgeId, clean: false });
      return true;
    });
  }

  /**
   * Runs a presence command now, or, when the fridge used up its window (PRESENCE_LIMITS),
   * keeps it as the one to run when the window allows (a later status replaces it).
   */
  private async presenceCommand(district: string, fridgeId: string, command: DistrictCommand): Promise<void> {
    const { maxTransitions, windowMs } = this.limits;
    const w = this.presence.get(fridgeId) ?? { ran: [], pending: undefined, timer: undefined };
    this.presence.set(fridgeId, w);
    const t = performance.now();
    w.ran = w.ran.filter((at) => t - at < windowMs);
    if (w.timer === undefined && w.ran.length < maxTransitions) {
      w.ran.push(t);
      // A status held back before this one is older: this one wins, the held one never applies.
      w.pending = undefined;
      await this.o.core.handle(district, command);
      return;
    }
    if (w.pending !== undefined) this.o.metrics.presenceFlapsSuppressed.inc();
    w.pending = { district, command };
    if (w.timer !== undefined) return;
    this.o.log.warn({ fridgeId, maxTransitions, windowMs }, 'presence flapping: holding back presence changes, the latest applies when the window allows');
    w.timer = setTimeout(() => {
      w.timer = undefined;
      if (w.pending === undefined || this.stopped) return;
      // Behind the fridge's statuses already queued, and taking the latest held one when it
      // runs: a newer status that ran before it has cleared it (it must not apply after that).
      this.o.lanes
        .submit(`status:${fridgeId}`, 'live', 1, async () => {
          const next = w.pending;
          w.pending = undefined;
          if (next === undefined || this.stopped || !this.o.owns(next.district)) return;
          await this.presenceCommand(next.district, fridgeId, next.command);
        })
        .catch((err: unknown) => this.o.log.error({ err, fridgeId }, 'held-back presence change failed'));
    }, Math.max(1, (w.ran[0] ?? t) + windowMs - t));
    w.timer.unref();
  }
}
