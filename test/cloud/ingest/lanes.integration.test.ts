// Live never waits (issue 12): batches a fridge marks as replay of a backlog run in the backlog
// lane, within a budget; a live batch that arrives behind a deep backlog of many fridges is
// acknowledged before it, and every fridge's batches still apply in order. Counted in acks,
// not timed.
import { afterEach, describe, expect, it } from 'vitest';
import { topics, type FridgeEvent } from '../../../proto/index.js';
import { useTmpDirs } from '../../support/tmp.js';
import { AckStatus, DISTRICT, startIngest, type IngestHarness } from './harness.js';

const tmp = useTmpDirs();
let h: IngestHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const NOW = Date.now();
const readings = (from: number, n: number): FridgeEvent[] => Array.from({ length: n }, (_, k) => ({ seq: from + k, recordedAtMs: NOW - 3_600_000 + from + k, temperature: { sensor: 1, deciCelsius: 40 + (k % 5) } }));

describe('live and backlog lanes (integration: real Ingest, aedes, SQLite)', () => {
  it('acknowledges a live batch ahead of a deep backlog of many fridges, and keeps each fridge in order', async () => {
    // A small backlog budget, so that the backlog is still deep when the live batch comes.
    h = await startIngest(tmp(), { lanes: { backlog: { maxInFlight: 2, maxWeightPerTurn: 400 } } });
    const FRIDGES = 60;
    const BATCHES = 2;
    const EVENTS = 100;
    const order: string[] = [];
    const backlog = await Promise.all(Array.from({ length: FRIDGES }, (_, i) => h!.fridge(`replay-${i}`)));
    const live = await h.fridge('live-1');
    for (const f of [...backlog, live]) f.client.on('message', () => order.push(f.id));

    // Every backlog batch reaches the broker before the live one is published.
    const published: Array<Promise<unknown>> = [];
    for (let b = 0; b < BATCHES; b++) {
      for (const f of backlog) {
        const payload = f.batch('e1', b * EVENTS, readings(b * EVENTS + 1, EVENTS), { replay: true });
        published.push(f.client.publishAsync(topics.batch(DISTRICT, f.id), Buffer.from(payload), { qos: 1 }));
      }
    }
    await Promise.all(published);
    const ack = await live.send(live.batch('e1', 0, readings(1, 1)));
    expect(ack).toMatchObject({ status: AckStatus.OK, committedSeq: 1 });

    // Behind one queue the live batch would come after all 120 backlog batches; with every
    // batch in one lane, after the 60 fridges' first batches at least. Here only what the
    // backlog budget had in flight goes before it.
    const before = order.indexOf('live-1');
    expect(before).toBeLessThan(12);

    // The backlog drains all the same, each fridge's batches acknowledged in order.
    await Promise.all(backlog.map((f) => f.acksAtLeast(BATCHES)));
    for (const f of backlog) {
      expect(f.acks.map((a) => a.status)).toEqual(Array.from({ length: BATCHES }, () => AckStatus.OK));
      expect(f.acks.map((a) => a.committedSeq)).toEqual(Array.from({ length: BATCHES }, (_, b) => (b + 1) * EVENTS));
    }
    expect(await h.store.rawEventCount('replay-0')).toBe(BATCHES * EVENTS);
  });
});
