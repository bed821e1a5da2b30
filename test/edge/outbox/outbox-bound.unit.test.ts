// The outbox bound out of the agent (issue 15 item 3): compaction under the bound and the
// snapshot it asks for when nothing is left to compact, with a memory outbox and a clock in
// hand (DESIGN.md property 5).
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createEdgeMetrics } from '../../../edge/metrics.js';
import { MemoryOutbox, OutboxBound, type NewEvent } from '../../../edge/outbox/index.js';

const temp = (i: number): NewEvent => ({ recordedAtMs: 1_000 + i, temperature: { sensor: 1, deciCelsius: i } });
const door = (i: number): NewEvent => ({ recordedAtMs: 1_000 + i, doorSession: { openedAtMs: i, closedAtMs: i + 1, openCount: 1, removed: [Buffer.alloc(12, i)] } });

function setup(events: NewEvent[], maxBytes: (bytes: number) => number) {
  const outbox = new MemoryOutbox('f1', () => 1_000);
  outbox.append(events);
  const metrics = createEdgeMetrics();
  let now = 0;
  const asked: number[] = [];
  const bound = new OutboxBound({ outbox, maxBytes: maxBytes(outbox.stats().bytes), metrics, log: pino({ level: 'silent' }), now: () => now, requestSnapshot: () => asked.push(now) });
  return { outbox, metrics, bound, asked, at: (ms: number) => (now = ms) };
}

describe('outbox bound (unit)', () => {
  it('does nothing under the bound', async () => {
    const s = setup([temp(1), temp(2)], (b) => b);
    s.bound.enforce(0);
    expect((await s.metrics.compactions.get()).values[0]?.value ?? 0).toBe(0);
    expect(s.asked).toEqual([]);
  });

  it('thins telemetry over the bound, counts the compaction and keeps what may have reached the cloud', async () => {
    const s = setup(Array.from({ length: 40 }, (_, i) => temp(i)), (b) => Math.floor(b * 0.7));
    s.bound.enforce(5);
    expect((await s.metrics.compactions.get()).values[0]?.value).toBe(1);
    expect((await s.metrics.compactedEvents.get()).values.find((v) => v.labels.kind === 'telemetry')?.value).toBeGreaterThan(0);
    expect(s.outbox.readAfter(0, 5, 1e6).map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(s.asked).toEqual([]);
  });

  it('asks for one snapshot at a time when nothing is left to compact: again once it was recorded, or after a minute', async () => {
    const s = setup(Array.from({ length: 10 }, (_, i) => door(i)), (b) => Math.floor(b / 2));
    s.bound.enforce(0);
    expect(s.asked).toEqual([0]);
    expect((await s.metrics.outboxOverBound.get()).values[0]?.value).toBe(1);
    s.at(30_000);
    s.bound.enforce(0);
    expect(s.asked).toEqual([0]);
    s.at(60_001);
    s.bound.enforce(0);
    expect(s.asked).toEqual([0, 60_001]);
    s.at(60_002);
    s.bound.snapshotRecorded();
    s.bound.enforce(0);
    expect(s.asked).toEqual([0, 60_001, 60_002]);
  });
});
