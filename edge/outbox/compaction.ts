import type { FridgeEvent } from '../../proto/index.js';
import type { CompactionClass } from './outbox.js';

/** Upper bound of an encoded CompactionReport event (all fields at their largest). */
export const REPORT_RESERVE_BYTES = 96;

/**
 * Compaction frees down to 90% of the bound, not just below it, so that a full outbox is not
 * compacted again on every single append.
 */
export const lowWater = (boundBytes: number): number => Math.floor(boundBytes * 0.9);

export interface CompactionCandidate {
  seq: number;
  cls: CompactionClass;
  size: number;
  /** For cls 'report': the earlier report, folded into the new one. */
  report?: CompactionReport | undefined;
}

type CompactionReport = NonNullable<FridgeEvent['compaction']>;

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
 * Nothing else is ever dropped. Earlier reports in the range are folded into the new one, so
 * a long outage leaves one report per compacted stretch rather than one per append.
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
  const report: CompactionReport = {
    firstSeq: Math.min(...dropped),
    lastSeq: Math.max(...dropped),
    telemetryDropped,
    doorSessionsDropped: doorSessions,
    snapshotsDropped: snapshots,
    auditsDropped: audits,
    bytesFreed: freed,
    coveredBySnapshotSeq: coveredBy,
  };
  for (const c of candidates) {
    if (c.cls !== 'report' || c.report === undefined) continue;
    const r = c.report;
    dropped.add(c.seq);
    report.firstSeq = Math.min(report.firstSeq ?? c.seq, r.firstSeq ?? c.seq, c.seq);
    report.lastSeq = Math.max(report.lastSeq ?? c.seq, r.lastSeq ?? c.seq);
    report.telemetryDropped = (report.telemetryDropped ?? 0) + (r.telemetryDropped ?? 0);
    report.doorSessionsDropped = (report.doorSessionsDropped ?? 0) + (r.doorSessionsDropped ?? 0);
    report.snapshotsDropped = (report.snapshotsDropped ?? 0) + (r.snapshotsDropped ?? 0);
    report.auditsDropped = (report.auditsDropped ?? 0) + (r.auditsDropped ?? 0);
    report.bytesFreed = (report.bytesFreed ?? 0) + (r.bytesFreed ?? 0) + c.size;
    report.coveredBySnapshotSeq = Math.max(report.coveredBySnapshotSeq ?? 0, r.coveredBySnapshotSeq ?? 0);
  }
  const deleteSeqs = [...dropped].sort((a, b) => a - b);
  return { deleteSeqs, reportSeq: deleteSeqs[0] as number, report };
}
