import type { FridgeEvent } from '../../proto/index.js';
import type { CompactionClass } from './outbox.js';

/** Upper bound of an encoded CompactionReport event (all fields at their largest). */
export const REPORT_RESERVE_BYTES = 96;

export interface CompactionCandidate {
  seq: number;
  cls: CompactionClass;
  size: number;
}

export interface CompactionPlan {
  deleteSeqs: number[];
  report: NonNullable<FridgeEvent['compaction']>;
  /** Where the report goes: the first removed event's seq, so order is kept. */
  reportSeq: number;
}

/**
 * Decides what to drop when the outbox is `excessBytes` over its bound (DESIGN.md property 5).
 * Pure: takes the unprotected events oldest first, returns what to delete.
 *  1. Thin telemetry: drop every other temperature sample, again and again while over.
 *  2. Drop door sessions, audits and older snapshots that precede the newest full snapshot:
 *     that snapshot carries the stock truth they led to.
 * Nothing else is ever dropped.
 */
export function planCompaction(candidates: readonly CompactionCandidate[], excess: number): CompactionPlan | undefined {
  if (excess <= 0) return undefined;
  // The report itself takes room: free enough for it too.
  const excessBytes = excess + REPORT_RESERVE_BYTES;
  const dropped = new Set<number>();
  let freed = 0;
  let telemetryDropped = 0;
  const drop = (c: CompactionCandidate): void => {
    dropped.add(c.seq);
    freed += c.size;
  };

  let telemetry = candidates.filter((c) => c.cls === 'telemetry');
  while (freed < excessBytes && telemetry.length > 1) {
    const keep: CompactionCandidate[] = [];
    telemetry.forEach((c, i) => {
      if (i % 2 === 1 && freed < excessBytes) {
        drop(c);
        telemetryDropped++;
      } else keep.push(c);
    });
    telemetry = keep;
  }

  let doorSessions = 0;
  let audits = 0;
  let snapshots = 0;
  let coveredBy = 0;
  if (freed < excessBytes) {
    const newestSnapshot = [...candidates].reverse().find((c) => c.cls === 'snapshot');
    if (newestSnapshot !== undefined) {
      for (const c of candidates) {
        if (c.seq >= newestSnapshot.seq) break;
        if (c.cls === 'door_session') doorSessions++;
        else if (c.cls === 'audit') audits++;
        else if (c.cls === 'snapshot') snapshots++;
        else continue;
        drop(c);
        coveredBy = newestSnapshot.seq;
      }
    }
  }

  if (dropped.size === 0) return undefined;
  const deleteSeqs = [...dropped].sort((a, b) => a - b);
  const first = deleteSeqs[0] as number;
  const last = deleteSeqs[deleteSeqs.length - 1] as number;
  return {
    deleteSeqs,
    reportSeq: first,
    report: {
      firstSeq: first,
      lastSeq: last,
      telemetryDropped,
      doorSessionsDropped: doorSessions,
      snapshotsDropped: snapshots,
      auditsDropped: audits,
      bytesFreed: freed,
      coveredBySnapshotSeq: coveredBy,
    },
  };
}
