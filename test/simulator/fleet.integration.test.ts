// Fleet load against a real aedes broker, with a tiny acking "cloud" in the test that keeps a
// cursor per fridge as docs/protocol.md describes.
import net from 'node:net';
import { Aedes } from 'aedes';
import { connect } from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import { AckStatus, StatusState, decodeBatch, decodeStatus, encodeAck, parseTopic, topics } from '../../proto/index.js';
import { assertLoopback, loadScenario, runFleet } from '../../simulator/index.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function broker(): Promise<{ url: string }> {
  const b = await Aedes.createBroker();
  const server = net.createServer(b.handle);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  if (addr === null || typeof addr === 'string') throw new Error('no port');
  cleanups.push(async () => {
    await new Promise<void>((r) => b.close(() => r()));
    await new Promise<void>((r) => server.close(() => r()));
  });
  return { url: `mqtt://127.0.0.1:${addr.port}` };
}

interface Cloud {
  events: Map<string, number[]>;
  statuses: Map<string, number[]>;
  /** Resolves once `pred` holds for the statuses seen (checked as each arrives). */
  statusesWhere(pred: (s: Map<string, number[]>) => boolean): Promise<void>;
}

/** Applies batches in order per fridge and acks cumulatively; drops the first batch of `lose`. */
async function ackingCloud(url: string, lose: ReadonlySet<string>): Promise<Cloud> {
  const watchers: Array<() => void> = [];
  const cloud: Cloud = {
    events: new Map(),
    statuses: new Map(),
    statusesWhere: (pred) => new Promise<void>((resolve) => {
      const check = (): void => (pred(cloud.statuses) ? resolve() : void watchers.push(check));
      check();
    }),
  };
  const cursor = new Map<string, { epoch: string; committed: number }>();
  const lost = new Set<string>();
  const c = connect(url, { clientId: 'test-cloud', clean: true });
  cleanups.push(async () => {
    await c.endAsync();
  });
  await new Promise<void>((r) => c.once('connect', () => r()));
  c.on('message', (topic, payload) => {
    const t = parseTopic(topic);
    if (t === undefined) return;
    if (t.kind === 'status') {
      const s = decodeStatus(payload);
      if (s.ok) cloud.statuses.set(t.fridgeId, [...(cloud.statuses.get(t.fridgeId) ?? []), s.value.state]);
      for (const w of watchers.splice(0)) w();
      return;
    }
    const r = decodeBatch(payload);
    if (!r.ok) throw new Error(r.reason);
    const b = r.value;
    if (lose.has(t.fridgeId) && !lost.has(t.fridgeId)) {
      lost.add(t.fridgeId); // as if the batch never arrived
      return;
    }
    const seqs = b.events.map((e) => Number(e.seq));
    const prev = Number(b.prevSeq);
    let cur = cursor.get(t.fridgeId);
    if (cur === undefined || cur.epoch !== b.epoch) {
      cur = { epoch: b.epoch, committed: 0 };
      cursor.set(t.fridgeId, cur);
    }
    let status = AckStatus.OK;
    if (prev > cur.committed) {
      status = AckStatus.GAP;
    } else {
      const applied = cloud.events.get(t.fridgeId) ?? [];
      for (const s of seqs) if (s > cur.committed) applied.push(s);
      cloud.events.set(t.fridgeId, applied);
      cur.committed = Math.max(cur.committed, seqs.at(-1) ?? prev);
    }
    c.publish(topics.ack(t.district, t.fridgeId), Buffer.from(encodeAck({ epoch: b.epoch, committedSeq: cur.committed, status, batchLastSeq: seqs.at(-1) ?? 0, batchSentAtMs: b.sentAtMs })), { qos: 1 });
  });
  await c.subscribeAsync([topics.districtFilter('+', 'batch'), topics.districtFilter('+', 'status')], { qos: 1 });
  return cloud;
}

describe('fleet load mode (integration)', () => {
  it('N fridges x M batches are all acknowledged, in order, exactly once, with a GAP healed', async () => {
    const { url } = await broker();
    const lose = new Set(['fleet-d1-00003', 'fleet-d2-00007']);
    const cloud = await ackingCloud(url, lose);
    const meals = (await loadScenario('demo')).meals;
    const report = await runFleet({
      brokerUrl: url, districts: ['d1', 'd2'], fridgesPerDistrict: 10, batchesPerFridge: 12, eventsPerBatch: 5,
      inflight: 4, connectConcurrency: 8, maxDurationMs: 20_000, ackTimeoutMs: 5_000, meals, seed: 5,
    });
    expect(report.complete).toBe(true);
    expect(report.timedOut).toBe(false);
    expect(report.fridges).toBe(20);
    expect(report.completedFridges).toBe(20);
    expect(report.batchesAcked).toBe(20 * 12);
    expect(report.eventsAcked).toBe(20 * 12 * 5);
    expect(report.gaps).toBeGreaterThanOrEqual(2);
    expect(report.batchesResent).toBeGreaterThan(0);
    expect(report.ackLatencyMs.count).toBe(240);
    expect(report.eventsPerSec).toBeGreaterThan(0);
    expect(cloud.events.size).toBe(20);
    for (const [, seqs] of cloud.events) expect(seqs).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    // Birth on connect, and a clean OFFLINE at the end (retained; acknowledged by the broker
    // before the run ends, delivered to the cloud's session right after).
    await cloud.statusesWhere((s) => s.size === 20 && [...s.values()].every((states) => states.at(-1) === StatusState.OFFLINE));
    for (const [, states] of cloud.statuses) {
      expect(states[0]).toBe(StatusState.ONLINE);
      expect(states.at(-1)).toBe(StatusState.OFFLINE);
    }
    expect(cloud.statuses.size).toBe(20);
  });

  it('stops by itself at its time bound when nobody acknowledges', async () => {
    const { url } = await broker();
    const report = await runFleet({
      brokerUrl: url, districts: ['d1'], fridgesPerDistrict: 3, batchesPerFridge: 5, eventsPerBatch: 2,
      maxDurationMs: 300, ackTimeoutMs: 100, meals: (await loadScenario('demo')).meals, seed: 1,
    });
    expect(report.complete).toBe(false);
    expect(report.timedOut).toBe(true);
    expect(report.batchesAcked).toBe(0);
  });

  it('refuses a broker that is not on loopback', () => {
    expect(() => assertLoopback('mqtt://broker.example.com:1883')).toThrow(/non-loopback/);
    expect(() => assertLoopback('mqtt://127.0.0.1:1883')).not.toThrow();
  });
});
