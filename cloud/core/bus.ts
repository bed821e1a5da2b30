// The bus of committed domain events: one publication per transaction, in position order.
// The feed, the metrics and the reactions (a reconciliation asks the fridge for a snapshot)
// are its subscribers; a failing subscriber is logged and the others still hear it.
import type { Logger } from 'pino';
import type { StoredEvent } from '../store/index.js';

export type CommittedListener = (stored: readonly StoredEvent[]) => void;

export class CommittedBus {
  private readonly listeners = new Set<{ name: string; listener: CommittedListener }>();

  constructor(private readonly log: Logger) {}

  /** A named subscriber (the name is in the log when it fails); returns its unsubscribe. */
  subscribe(name: string, listener: CommittedListener): () => void {
    const entry = { name, listener };
    this.listeners.add(entry);
    return () => void this.listeners.delete(entry);
  }

  publish(stored: readonly StoredEvent[]): void {
    if (stored.length === 0) return;
    for (const { name, listener } of this.listeners) {
      try {
        listener(stored);
      } catch (err) {
        this.log.error({ err, subscriber: name }, 'a subscriber of committed events failed');
      }
    }
  }
}
