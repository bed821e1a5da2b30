// The protocol client (edge/protocol) without a broker: an MQTT client in memory, fake timers
// and an injected clock move time, nothing waits for real (issue 15 item 3). Linger, the
// replay token bucket, the ack timeout, GAP rewinds and replay marking, each in milliseconds.
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEdgeMetrics } from '../../../edge/metrics.js';
import { MemoryOutbox } from '../../../edge/outbox/index.js';
import { Forwarder } from '../../../edge/forwarder/index.js';
import { DEFAULT_CONNECT_TIMEOUT_MS, EventQueue, FridgeClient, LIVE_WINDOW_MS, MAX_CONNECT_TIMEOUT_MS, REPLAY_BATCH_EVENTS, REPLAY_FAST_MS, REPLAY_INFLIGHT, REPLAY_INFLIGHT_MAX, REPLAY_SLOW_MS, type FridgeClientOptions, type ResendCause } from '../../../edge/protocol/index.js';
import { AckStatus, encodeFridgeEvent } from '../../../proto/index.js';
import { FakeBroker } from './fake-broker.js';

const T0 = 1_700_000_000_000;
const EPOCH = 'ep-1';

const telemetry = (seq: number, at: number) => ({ seq, recordedAtMs: at, cls: 'telemetry', payload: encodeFridgeEvent({ seq, recordedAtMs: at, temperature: { sensor: 1, deciCelsius: 40 } }) });
const door = (seq: number, at: number) => ({ seq, recordedAtMs: at, cls: 'door_session', payload: encodeFridgeEvent({ seq, recordedAtMs: at, doorSession: { openedAtMs: at - 10_000, closedAtMs: at - 2_000, openCount: 1, rounds: 1 } }) });

interface Rig {
  broker: FakeBroker;
  queue: EventQueue;
  client: FridgeClient;
  resends: ResendCause[];
}

async function rig(o: Partial<FridgeClientOptions> = {}): Promise<Rig> {
  const broker = new FakeBroker('d1', 'f1', EPOCH);
  const queue = new EventQueue();
  const resends: ResendCause[] = [];
  const client = new FridgeClient({
    fridgeId: 'f1', district: 'd1', epoch: EPOCH, source: queue, mqttUrl: 'mqtt://memory', keepaliveSec: 15,
    reconnect: { minBackoffMs: 500, maxBackoffMs: 30_000 }, lingerMs: 200, maxBatchEvents: 500, maxBatchBytes: 256 * 1024,
    maxInflight: 8, ackTimeoutMs: 15_000, maxEventsPerSecond: 50_000, log: pino({ level: 'silent' }),
    clock: { now: () => Date.now(), wall: () => Date.now() }, connect: broker.connect,
    observer: { resend: (cause) => resends.push(cause) },
    ...o,
  });
  void client.start();
  await vi.advanceTimersByTimeAsync(0);
  expect(client.isConnected).toBe(true);
  return { broker, queue, client, resends };
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('protocol client: linger (unit, fake timers)', () => {
  it('lets a lone telemetry event wait the linger delay for company, and sends a door session at once', async () => {
    const r = await rig();
    r.queue.push(telemetry(1, Date.now()));
    r.client.notify();
    await vi.advanceTimersByTimeAsync(199);
    expect(r.broker.batches).toHaveLength(0);
    r.queue.push(telemetry(2, Date.now()));
    r.client.notify();
    await vi.advanceTimersByTimeAsync(1);
    expect(r.broker.batches).toMatchObject([{ prevSeq: 0, seqs: [1, 2], replay: false }]);

    r.queue.push(door(3, Date.now()));
    r.client.notify();
    await vi.advanceTimersByTimeAsync(0);
    expect(r.broker.batches[1]).toMatchObject({ prevSeq: 2, seqs: [3], replay: false });
    await r.client.stop();
  });
});

describe('protocol client: replay token bucket (unit, fake timers)', () => {
  it('sends a backlog at no more than the replay cap, and all of it in the end', async () => {
    const r = await rig({ maxEventsPerSecond: 100, maxBatchEvents: 50 });
    r.broker.autoAck = true;
    r.queue.push(...Array.from({ length: 1000 }, (_, i) => telemetry(i + 1, Date.now())));
    r.client.notify();
    const sent = (): number => r.broker.batches.reduce((n, b) => n + b.seqs.length, 0);
    await vi.advanceTimersByTimeAsync(0);
    // A second's worth to start with (the bucket holds 100 tokens).
    expect(sent()).toBe(100);
    for (let s = 1; s <= 5; s++) {
      await vi.advanceTimersByTimeAsync(1_000);
      expect(sent()).toBeLessThanOrEqual(100 + 100 * s + 1);
      expect(sent()).toBeGreaterThanOrEqual(100 + 100 * s - 10);
    }
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sent()).toBe(1000);
    expect(r.queue.length).toBe(0);
    await r.client.stop();
  });
});

describe('protocol client: acks (unit, fake timers)', () => {
  it('resends everything unacknowledged when the oldest batch waited longer than the ack timeout', async () => {
    const r = await rig({ ackTimeoutMs: 1_000 });
    r.queue.push(door(1, Date.now()), door(2, Date.now()));
    r.client.notify();
    await vi.advanceTimersByTimeAsync(0);
    expect(r.broker.batches).toMatchObject([{ prevSeq: 0, seqs: [1, 2] }]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(r.broker.batches).toHaveLength(1); // not late yet: checked every quarter of the timeout
    await vi.advanceTimersByTimeAsync(250);
    expect(r.broker.batches).toMatchObject([{ prevSeq: 0, seqs: [1, 2] }, { prevSeq: 0, seqs: [1, 2] }]);
    expect(r.resends).toEqual(['ack_timeout']);
    r.broker.ack(AckStatus.OK, 2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(r.broker.batches).toHaveLength(2);
    expect(r.queue.length).toBe(0);
    await r.client.stop();
  });

  /** Door sessions 1, 2 and 3, each sent at once in a batch of its own. */
  async function threeSent(r: Rig): Promise<void> {
    for (const seq of [1, 2, 3]) {
      r.queue.push(door(seq, Date.now()));
      r.client.notify();
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(r.broker.batches.map((b) => [b.prevSeq, b.seqs])).toEqual([[0, [1]], [1, [2]], [2, [3]]]);
  }

  it('on GAP at the acknowledged seq, resends everything after committed_seq', async () => {
    const r = await rig();
    await threeSent(r);
    r.broker.ack(AckStatus.OK, 1);
    r.broker.ack(AckStatus.GAP, 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(r.resends).toEqual(['gap']);
    expect(r.broker.batches[3]).toMatchObject({ prevSeq: 1, seqs: [2, 3], acknowledgedThrough: 0 });
    r.broker.ack(AckStatus.OK, 3);
    expect(r.queue.ackedSeq()).toBe(3);
    await r.client.stop();
  });

  it('on GAP above the acknowledged seq (acks lost, a takeover), takes committed_seq as acknowledged and resends only what follows it', async () => {
    const r = await rig();
    await threeSent(r);
    r.broker.ack(AckStatus.OK, 1);
    // The former owner of the district committed 2 and died before its ack went out (and
    // before batch 3); the new owner nudges with the cursor it found: GAP 2.
    r.broker.ack(AckStatus.GAP, 2);
    await vi.advanceTimersByTimeAsync(0);
    expect(r.queue.ackedSeq()).toBe(2); // it has seq 2: gone from the source as on OK
    expect(r.queue.length).toBe(1);
    expect(r.resends).toEqual(['gap']);
    expect(r.broker.batches.slice(3)).toMatchObject([{ prevSeq: 2, seqs: [3], acknowledgedThrough: 0 }]);
    // Another takeover: the cursor found is past everything the edge sent.
    r.broker.ack(AckStatus.GAP, 3);
    await vi.advanceTimersByTimeAsync(0);
    expect(r.queue.ackedSeq()).toBe(3);
    expect(r.queue.length).toBe(0);
    expect(r.broker.batches).toHaveLength(4); // nothing left to resend
    r.queue.push(door(4, Date.now()));
    r.client.notify();
    await vi.advanceTimersByTimeAsync(0);
    expect(r.broker.batches.slice(4)).toMatchObject([{ prevSeq: 3, seqs: [4], acknowledgedThrough: 0 }]);
    await r.client.stop();
  });

  it('on GAP below the acknowledged seq (the cloud lost acknowledged events, gone here too), resends what it holds and tells the cloud where the chain goes on', async () => {
    const r = await rig();
    await threeSent(r);
    r.broker.ack(AckStatus.OK, 3);
    expect(r.queue.ackedSeq()).toBe(3);
    // The cloud restored an older store: it answers GAP below what it acknowledged.
    r.queue.push(door(4, Date.now()));
    r.client.notify();
    r.broker.ack(AckStatus.GAP, 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(r.resends).toEqual(['gap']);
    expect(r.queue.ackedSeq()).toBe(3);
    expect(r.broker.batches.at(-1)).toMatchObject({ prevSeq: 3, seqs: [4], acknowledgedThrough: 3 });
    r.broker.ack(AckStatus.OK, 4);
    r.queue.push(door(5, Date.now()));
    r.client.notify();
    await vi.advanceTimersByTimeAsync(0);
    expect(r.broker.batches.at(-1)).toMatchObject({ prevSeq: 4, seqs: [5], acknowledgedThrough: 0 });
    await r.client.stop();
  });

  it('ignores a GAP of another epoch, above or below what it acknowledged', async () => {
    const r = await rig();
    await threeSent(r);
    r.broker.ack(AckStatus.OK, 1);
    r.broker.ack(AckStatus.GAP, 3, 'ep-old');
    r.broker.ack(AckStatus.GAP, 0, 'ep-old');
    await vi.advanceTimersByTimeAsync(0);
    expect(r.resends).toEqual([]);
    expect(r.queue.ackedSeq()).toBe(1);
    expect(r.broker.batches).toHaveLength(3);
    await r.client.stop();
  });

  it('ignores an ack for another epoch', async () => {
    const r = await rig();
    r.queue.push(door(1, Date.now()));
    r.client.notify();
    r.broker.ack(AckStatus.OK, 1, 'ep-old');
    await vi.advanceTimersByTimeAsync(0);
    expect(r.queue.ackedSeq()).toBe(0);
    await r.client.stop();
  });
});

describe('protocol client: replay marking (unit, fake timers)', () => {
  it('marks a batch replay when its first event is older than the live window', async () => {
    const r = await rig();
    r.queue.push(door(1, Date.now() - LIVE_WINDOW_MS - 1));
    r.client.notify();
    r.queue.push(door(2, Date.now()));
    await vi.advanceTimersByTimeAsync(0);
    expect(r.broker.batches[0]).toMatchObject({ seqs: [1], replay: true });
    r.broker.ack(AckStatus.OK, 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(r.broker.batches[1]).toMatchObject({ seqs: [2], replay: false });
    await r.client.stop();
  });

  it('drains a backlog with more waiting behind in replay batches of REPLAY_BATCH_EVENTS, REPLAY_INFLIGHT in flight, to start with', async () => {
    const r = await rig();
    r.queue.push(...Array.from({ length: 1200 }, (_, i) => telemetry(i + 1, Date.now())));
    r.client.notify();
    await vi.advanceTimersByTimeAsync(0);
    expect(r.broker.batches.map((b) => [b.prevSeq, b.seqs.length, b.replay])).toEqual([[0, REPLAY_BATCH_EVENTS, true], [REPLAY_BATCH_EVENTS, REPLAY_BATCH_EVENTS, true]]);
    expect(REPLAY_INFLIGHT).toBe(2);
    r.broker.autoAck = true;
    r.broker.ack(AckStatus.OK, 2 * REPLAY_BATCH_EVENTS);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(r.queue.length).toBe(0);
    expect(r.broker.batches.every((b) => b.replay && b.seqs.length <= 500)).toBe(true); // never more than a live batch
    await r.client.stop();
  });
});

describe('protocol client: the replay window (unit, fake timers)', () => {
  const inFlight = (r: Rig): number => r.broker.batches.length - r.broker.acked;

  it('widens while replay batches are acknowledged fast, up to REPLAY_INFLIGHT_MAX, and narrows again when acks come slowly', async () => {
    const r = await rig({ maxInflight: 64 });
    r.queue.push(...Array.from({ length: 400 * REPLAY_BATCH_EVENTS }, (_, i) => telemetry(i + 1, Date.now() - LIVE_WINDOW_MS - 1)));
    r.client.notify();
    await vi.advanceTimersByTimeAsync(0);
    expect(inFlight(r)).toBe(REPLAY_INFLIGHT);
    // Fast acks (well within REPLAY_FAST_MS), one batch at a time: each one acknowledged lets two more go.
    let most = 0;
    for (let i = 0; i < 24; i++) {
      await vi.advanceTimersByTimeAsync(REPLAY_FAST_MS / 10);
      r.broker.ackNext();
      await vi.advanceTimersByTimeAsync(0);
      most = Math.max(most, inFlight(r));
    }
    expect(most).toBe(REPLAY_INFLIGHT_MAX);
    expect(r.client.replayInflight).toBe(REPLAY_INFLIGHT_MAX);
    // Slow acks: each one halves the window (16, 8, 4, 2), and no lower; while more than the
    // window is in flight, nothing more is sent.
    const sent = r.broker.batches.length;
    for (let i = 0; i < 4; i++) {
      await vi.advanceTimersByTimeAsync(REPLAY_SLOW_MS);
      r.broker.ackNext();
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(r.client.replayInflight).toBe(REPLAY_INFLIGHT);
    expect(r.broker.batches.length).toBe(sent);
    // Batches grow with the window (fast acks: the cloud is not busy), up to a live batch's size.
    const sizes = r.broker.batches.map((b) => b.seqs.length);
    expect(sizes[0]).toBe(REPLAY_BATCH_EVENTS);
    expect(Math.max(...sizes)).toBe(500);
    expect(r.broker.batches.every((b) => b.replay)).toBe(true);
    await r.client.stop();
  });
});

describe('forwarder: the wall clock is the agent\'s (unit, fake timers)', () => {
  it('puts the injected wall clock on the birth and the batches, not the machine\'s', async () => {
    const wall = 86_400_000; // a controller without RTC battery: 1970-01-02
    const outbox = new MemoryOutbox('f1', () => wall);
    const broker = new FakeBroker('d1', 'f1', outbox.epoch);
    const f = new Forwarder({
      outbox, fridgeId: 'f1', district: 'd1', mqttUrl: 'mqtt://memory', lingerMs: 0, maxBatchEvents: 500, maxBatchBytes: 256 * 1024,
      maxInflight: 8, ackTimeoutMs: 15_000, maxEventsPerSecond: 50_000, keepaliveSec: 15, minBackoffMs: 500, maxBackoffMs: 30_000, agentVersion: 't',
      controllerInfo: () => ({ firmwareVersion: 'fw', controllerSerial: 's' }), onCommand: () => {}, log: pino({ level: 'silent' }), metrics: createEdgeMetrics(),
      clock: { now: () => Date.now(), wall: () => wall }, connect: broker.connect,
    });
    f.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(broker.statuses[0]).toMatchObject({ atMs: wall, bdSeq: 1 });
    expect(broker.batches[0]).toMatchObject({ seqs: [1], sentAtMs: wall });
    await f.stop();
  });
});

describe('protocol client: connecting to a broker that queues (unit, fake timers)', () => {
  it('waits twice as long for CONNACK after each attempt that failed, up to a minute, and the first wait again once connected', async () => {
    const broker = new FakeBroker('d1', 'f1', EPOCH);
    broker.refuse = 4;
    const client = new FridgeClient({
      fridgeId: 'f1', district: 'd1', epoch: EPOCH, source: new EventQueue(), mqttUrl: 'mqtt://memory', keepaliveSec: 15,
      reconnect: { minBackoffMs: 500, maxBackoffMs: 30_000 }, lingerMs: 200, maxBatchEvents: 500, maxBatchBytes: 256 * 1024,
      maxInflight: 8, ackTimeoutMs: 15_000, maxEventsPerSecond: 50_000, log: pino({ level: 'silent' }),
      clock: { now: () => Date.now(), wall: () => Date.now() }, connect: broker.connect,
    });
    void client.start();
    // Four attempts end before CONNACK (a broker taking a reconnecting fleet in at a budget), the fifth gets in.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(client.isConnected).toBe(true);
    const waits = (): number[] => broker.options.map((o) => o.connectTimeout ?? 0);
    expect(waits()).toEqual([DEFAULT_CONNECT_TIMEOUT_MS, 20_000, 40_000, MAX_CONNECT_TIMEOUT_MS, MAX_CONNECT_TIMEOUT_MS]);
    // Connected, then lost: the next attempt waits the first wait again.
    broker.clients[broker.clients.length - 1]!.emit('close');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(client.isConnected).toBe(true);
    expect(waits().slice(5)).toEqual([DEFAULT_CONNECT_TIMEOUT_MS]);
    await client.stop();
  });
});
