import { describe, expect, it } from 'vitest';
import type { NewEvent, Outbox } from '../../../edge/outbox/index.js';
import { decodeFridgeEvent } from '../../../proto/index.js';

const temp = (i: number): NewEvent => ({ recordedAtMs: 1_000 + i, temperature: { sensor: 1, deciCelsius: i } });
const door = (i: number): NewEvent => ({ recordedAtMs: 1_000 + i, doorSession: { openedAtMs: i, closedAtMs: i + 1, openCount: 1, removed: [Buffer.alloc(12, i)] } });
const snap = (i: number): NewEvent => ({ recordedAtMs: 1_000 + i, snapshot: { reason: 2, tags: [Buffer.alloc(12, 1), Buffer.alloc(12, 2)] } });

const decode = (payload: Uint8Array) => {
  const r = decodeFridgeEvent(payload);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

/** The behaviour every Outbox adapter must have (STYLE.md: one contract suite for all adapters). */
export function outboxContract(name: string, make: () => Outbox): void {
  describe(`Outbox contract: ${name}`, () => {
    it('starts an epoch with an OutboxReset event at seq 1', () => {
      const ob = make();
      const rows = ob.readAfter(0, 10, 1e6);
      expect(rows.map((r) => r.seq)).toEqual([1]);
      expect(decode(rows[0]!.payload).outboxReset).toBeTruthy();
      expect(ob.epoch).toMatch(/^[0-9a-f-]{36}$/);
      ob.close();
    });

    it('assigns increasing seqs and encodes them into the stored event', () => {
      const ob = make();
      const seqs = ob.append([temp(1), door(2), temp(3)]);
      expect(seqs).toEqual([2, 3, 4]);
      const rows = ob.readAfter(1, 10, 1e6);
      expect(rows.map((r) => decode(r.payload).seq)).toEqual([2, 3, 4]);
      expect(rows.map((r) => r.cls)).toEqual(['telemetry', 'door_session', 'telemetry']);
      expect(decode(rows[1]!.payload).doorSession?.openCount).toBe(1);
      ob.close();
    });

    it('reads after a seq, bounded by count and bytes (always at least one)', () => {
      const ob = make();
      ob.append(Array.from({ length: 20 }, (_, i) => temp(i)));
      expect(ob.readAfter(5, 3, 1e6).map((r) => r.seq)).toEqual([6, 7, 8]);
      expect(ob.readAfter(5, 100, 1).map((r) => r.seq)).toEqual([6]);
      expect(ob.readAfter(21, 10, 1e6)).toEqual([]);
      ob.close();
    });

    it('deletes only acknowledged events and never reuses a seq', () => {
      const ob = make();
      ob.append([temp(1), temp(2), temp(3)]);
      expect(ob.ack(3)).toBe(3);
      expect(ob.ack(2)).toBe(0); // an older ack changes nothing
      expect(ob.readAfter(0, 10, 1e6).map((r) => r.seq)).toEqual([4]);
      expect(ob.ack(4)).toBe(1);
      expect(ob.stats()).toMatchObject({ events: 0, bytes: 0, ackedSeq: 4, lastSeq: 4 });
      expect(ob.append([temp(9)])).toEqual([5]);
      ob.close();
    });

    it('keeps byte and event counts', () => {
      const ob = make();
      const before = ob.stats();
      ob.append([temp(1), door(2)]);
      const after = ob.stats();
      expect(after.events).toBe(before.events + 2);
      const rows = ob.readAfter(0, 10, 1e6);
      expect(after.bytes).toBe(rows.reduce((s, r) => s + r.payload.length, 0));
      ob.close();
    });

    it('does not compact under the bound', () => {
      const ob = make();
      ob.append([temp(1), door(2)]);
      expect(ob.compact(1e9, 0)).toBeUndefined();
      ob.close();
    });

    it('thins telemetry first, and reports it at the first removed seq', () => {
      const ob = make();
      ob.append(Array.from({ length: 40 }, (_, i) => temp(i)));
      const bound = ob.stats().bytes - 100;
      const out = ob.compact(bound, 0);
      expect(out).toBeDefined();
      expect(out!.report.telemetryDropped).toBeGreaterThan(0);
      expect(out!.report.doorSessionsDropped).toBe(0);
      expect(ob.stats().bytes).toBeLessThanOrEqual(bound);
      const rows = ob.readAfter(0, 1000, 1e9);
      const report = rows.find((r) => r.seq === out!.reportSeq);
      expect(decode(report!.payload).compaction?.telemetryDropped).toBe(out!.report.telemetryDropped);
      expect(out!.reportSeq).toBe(out!.report.firstSeq);
      ob.close();
    });

    it('drops door sessions only when a newer snapshot covers them, and never protected events', () => {
      const ob = make();
      ob.append([door(1), door(2), door(3), snap(4), door(5)]); // seqs 2..6
      const out = ob.compact(0, 2); // protect seq <= 2 (in flight)
      expect(out?.report).toMatchObject({ doorSessionsDropped: 2, coveredBySnapshotSeq: 5, firstSeq: 3, lastSeq: 4 });
      expect(out?.stillOver).toBe(true);
      const left = ob.readAfter(0, 100, 1e9).map((r) => [r.seq, r.cls]);
      // seq 2 protected, 3 is now the report, 4 gone, snapshot 5 and the later session 6 kept
      expect(left).toEqual([[1, 'keep'], [2, 'door_session'], [3, 'report'], [5, 'snapshot'], [6, 'door_session']]);
      // Nothing more can go: the remaining session is newer than any snapshot.
      expect(ob.compact(0, 2)).toBeUndefined();
      ob.close();
    });

    it('persists small meta values', () => {
      const ob = make();
      expect(ob.getMeta('bd_seq')).toBeUndefined();
      ob.setMeta('bd_seq', '7');
      expect(ob.getMeta('bd_seq')).toBe('7');
      ob.close();
    });
  });
}
