import { randomUUID } from 'node:crypto';
import { decodeFridgeEvent, encodeFridgeEvent, encodeFridgeEventWithSeq, OutboxResetReason } from '../../proto/index.js';
import { lowWater, planCompaction } from './compaction.js';
import { classify, type CompactionOutcome, type NewEvent, type Outbox, type OutboxRow, type OutboxStats } from './outbox.js';

function decodeReport(payload: Uint8Array) {
  const r = decodeFridgeEvent(payload);
  return r.ok ? (r.value.compaction ?? undefined) : undefined;
}

/** The outbox in memory: for tests and for fleet simulation, where durability is not the point. */
export class MemoryOutbox implements Outbox {
  readonly epoch = randomUUID();
  private rows: OutboxRow[] = [];
  private bytes = 0;
  private acked = 0;
  private lastSeq = 0;
  private readonly meta = new Map<string, string>();

  constructor(readonly fridgeId: string, private readonly now: () => number = Date.now) {
    this.append([{ recordedAtMs: now(), outboxReset: { reason: OutboxResetReason.CREATED } }]);
  }

  append(events: readonly NewEvent[]): number[] {
    return events.map((ev) => {
      const seq = ++this.lastSeq;
      const payload = encodeFridgeEventWithSeq(ev, seq);
      this.rows.push({ seq, recordedAtMs: ev.recordedAtMs, cls: classify(ev), payload });
      this.bytes += payload.length;
      return seq;
    });
  }

  readAfter(afterSeq: number, limit: number, maxBytes: number): OutboxRow[] {
    const out: OutboxRow[] = [];
    let bytes = 0;
    for (const r of this.rows) {
      if (r.seq <= afterSeq) continue;
      if (out.length >= limit || (out.length > 0 && bytes + r.payload.length > maxBytes)) break;
      bytes += r.payload.length;
      out.push(r);
    }
    return out;
  }

  ack(throughSeq: number): number {
    if (throughSeq <= this.acked) return 0;
    const through = Math.min(throughSeq, this.lastSeq);
    const keep = this.rows.filter((r) => r.seq > through);
    const deleted = this.rows.length - keep.length;
    for (const r of this.rows) if (r.seq <= through) this.bytes -= r.payload.length;
    this.rows = keep;
    this.acked = through;
    return deleted;
  }

  stats(): OutboxStats {
    return { events: this.rows.length, bytes: this.bytes, ackedSeq: this.acked, lastSeq: this.lastSeq };
  }

  oldestRecordedAtMs(): number | undefined {
    return this.rows.reduce<number | undefined>((m, r) => (m === undefined || r.recordedAtMs < m ? r.recordedAtMs : m), undefined);
  }

  compact(boundBytes: number, protectThroughSeq: number): CompactionOutcome | undefined {
    if (this.bytes <= boundBytes) return undefined;
    const floor = Math.max(protectThroughSeq, this.acked);
    const plan = planCompaction(
      this.rows.filter((r) => r.seq > floor).map((r) => ({ seq: r.seq, cls: r.cls, size: r.payload.length, report: r.cls === 'report' ? decodeReport(r.payload) : undefined })),
      this.bytes - lowWater(boundBytes),
    );
    if (plan === undefined) return undefined;
    const drop = new Set(plan.deleteSeqs);
    const payload = encodeFridgeEvent({ seq: plan.reportSeq, recordedAtMs: this.now(), compaction: plan.report });
    const next: OutboxRow[] = [];
    for (const r of this.rows) {
      if (r.seq === plan.reportSeq) next.push({ seq: r.seq, recordedAtMs: this.now(), cls: 'report', payload });
      if (drop.has(r.seq)) this.bytes -= r.payload.length;
      else next.push(r);
    }
    this.bytes += payload.length;
    this.rows = next;
    return { report: plan.report, reportSeq: plan.reportSeq, stillOver: this.bytes > boundBytes };
  }

  getMeta(key: string): string | undefined {
    return this.meta.get(key);
  }

  setMeta(key: string, value: string): void {
    this.meta.set(key, value);
  }

  close(): void {}
}
