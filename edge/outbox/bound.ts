import type { Logger } from 'pino';
import type { EdgeMetrics } from '../metrics.js';
import type { Outbox } from './outbox.js';

export interface OutboxBoundOptions {
  outbox: Outbox;
  maxBytes: number;
  metrics: EdgeMetrics;
  log: Logger;
  /** Wall clock, ms. */
  now: () => number;
  /** Door sessions can only go once a newer snapshot carries the stock truth: take one. */
  requestSnapshot(): void;
}

/** A snapshot asked for compaction that is not recorded after this long is asked again. */
const SNAPSHOT_RETRY_MS = 60_000;

/**
 * DESIGN.md property 5, bounded disk, never silent: after each append, compacts the outbox
 * when it is over its bound (never events that may have reached the cloud), counts and logs
 * each compaction, and when nothing is left to compact asks for a snapshot (one request at a
 * time: until its snapshot is recorded, or a minute passed).
 */
export class OutboxBound {
  private askedAt = -Infinity;
  private pending = false;

  constructor(private readonly o: OutboxBoundOptions) {}

  /** A snapshot was recorded: the next compaction may drop what it covers. */
  snapshotRecorded(): void {
    this.pending = false;
  }

  enforce(protectedThroughSeq: number): void {
    const { outbox, metrics, log } = this.o;
    if (outbox.stats().bytes <= this.o.maxBytes) {
      metrics.outboxOverBound.set(0);
      return;
    }
    const outcome = outbox.compact(this.o.maxBytes, protectedThroughSeq);
    if (outcome !== undefined) {
      const r = outcome.report;
      metrics.compactions.inc();
      metrics.compactedEvents.inc({ kind: 'telemetry' }, r.telemetryDropped ?? 0);
      metrics.compactedEvents.inc({ kind: 'door_session' }, r.doorSessionsDropped ?? 0);
      metrics.compactedEvents.inc({ kind: 'snapshot' }, r.snapshotsDropped ?? 0);
      metrics.compactedEvents.inc({ kind: 'audit' }, r.auditsDropped ?? 0);
      log.warn({ report: r, reportSeq: outcome.reportSeq }, 'outbox over its bound: compacted');
    }
    if (outcome !== undefined && !outcome.stillOver) {
      metrics.outboxOverBound.set(0);
      return;
    }
    metrics.outboxOverBound.set(1);
    const now = this.o.now();
    if (this.pending && now - this.askedAt <= SNAPSHOT_RETRY_MS) return;
    this.pending = true;
    this.askedAt = now;
    log.warn({ bytes: outbox.stats().bytes, bound: this.o.maxBytes }, 'outbox over its bound with nothing left to compact: taking a snapshot');
    this.o.requestSnapshot();
  }
}
