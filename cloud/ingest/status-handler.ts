// One handler per message kind: birth and death certificates (docs/protocol.md, Sparkplug's
// NBIRTH/NDEATH with a shared bd_seq). A fridge's status messages apply in order (a job of
// their own in the live lane), and become FridgeOnline / FridgeOffline through the core.
import type { Logger } from 'pino';
import { decodeStatus, StatusState } from '../../proto/index.js';
import type { CommandHandler } from '../core/command-handler.js';
import type { Lanes } from '../core/lanes.js';
import type { CloudMetrics } from '../metrics.js';
import type { CloudStore } from '../store/index.js';

export interface StatusHandlerOptions {
  store: Pick<CloudStore, 'getFridge'>;
  core: CommandHandler;
  lanes: Lanes;
  metrics: CloudMetrics;
  log: Logger;
}

export class StatusHandler {
  private readonly lastBdSeq = new Map<string, number>();
  private readonly online = new Set<string>();

  constructor(private readonly o: StatusHandlerOptions) {}

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
    const fridge = await this.o.store.getFridge(fridgeId);
    if (!r.ok || fridge === undefined || fridge.district !== district) {
      this.o.metrics.rejects.inc({ reason: r.ok ? 'unknown_fridge' : 'status_undecodable' });
      return;
    }
    const s = r.value;
    const bd = s.bdSeq ?? 0;
    const last = this.lastBdSeq.get(fridgeId) ?? -1;
    if (s.state === StatusState.ONLINE) {
      if (bd < last) return; // an old birth, retained from before
      this.lastBdSeq.set(fridgeId, bd);
      this.online.add(fridgeId);
      this.o.metrics.outboxBacklog.set({ fridge: fridgeId }, s.outboxEvents ?? 0);
      await this.o.core.handle(district, { type: 'FridgeOnline', fridgeId, epoch: s.epoch ?? '' });
    } else if (s.state === StatusState.OFFLINE) {
      // Sparkplug: a death whose bd_seq is older than the latest birth is stale.
      if (bd < last) return;
      this.online.delete(fridgeId);
      await this.o.core.handle(district, { type: 'FridgeOffline', fridgeId, clean: s.clean ?? false });
    }
    this.o.metrics.fridgesOnline.set(this.online.size);
  }
}
