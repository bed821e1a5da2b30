import type { BatchSource, SourceRow } from './pump.js';

/**
 * A BatchSource in memory for events already encoded with their seqs (a simulated fleet, a
 * benchmark, a test's fridge), where durability is not the point; the edge's is its outbox.
 * Seqs increase; reads and acks are by position, so a long backlog costs no scan.
 */
export class EventQueue implements BatchSource {
  private rows: SourceRow[] = [];
  /** Index of the first unacknowledged row. */
  private head = 0;
  private acked = 0;
  private bytes = 0;

  /** Appends events in seq order (each after the last one appended). */
  push(...rows: SourceRow[]): void {
    for (const r of rows) {
      const last = this.rows[this.rows.length - 1];
      if (last !== undefined && r.seq <= last.seq) throw new Error(`seq ${r.seq} after ${last.seq}`);
      this.rows.push(r);
      this.bytes += r.payload.length;
    }
  }

  /** Events recorded and not yet acknowledged. */
  get length(): number {
    return this.rows.length - this.head;
  }

  /** Bytes of the events not yet acknowledged. */
  get pendingBytes(): number {
    return this.bytes;
  }

  /** The highest seq recorded (0: none). */
  get lastSeq(): number {
    return this.rows[this.rows.length - 1]?.seq ?? this.acked;
  }

  readAfter(afterSeq: number, limit: number, maxBytes: number): SourceRow[] {
    const out: SourceRow[] = [];
    let bytes = 0;
    for (let i = this.firstAfter(afterSeq); i < this.rows.length && out.length < limit; i++) {
      const r = this.rows[i] as SourceRow;
      if (out.length > 0 && bytes + r.payload.length > maxBytes) break;
      bytes += r.payload.length;
      out.push(r);
    }
    return out;
  }

  ackedSeq(): number {
    return this.acked;
  }

  ack(throughSeq: number): void {
    if (throughSeq <= this.acked) return;
    this.acked = throughSeq;
    const end = this.firstAfter(throughSeq);
    for (let i = this.head; i < end; i++) this.bytes -= (this.rows[i] as SourceRow).payload.length;
    this.head = end;
    // Compact now and then, not on every ack.
    if (this.head > 1024 && this.head * 2 > this.rows.length) {
      this.rows = this.rows.slice(this.head);
      this.head = 0;
    }
  }

  /** Index of the first row with seq > afterSeq (binary search from the head). */
  private firstAfter(afterSeq: number): number {
    let lo = this.head;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.rows[mid] as SourceRow).seq <= afterSeq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
