// The agent itself with its own timers (the 250 ms tick), a controller link in memory and an
// MQTT client that never connects; fake timers move time, nothing waits for real.
import { EventEmitter } from 'node:events';
import type { MqttClient } from 'mqtt';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EdgeAgent } from '../../edge/agent.js';
import type { EdgeConfig } from '../../edge/config.js';
import { frameLine } from '../../edge/fcp/index.js';
import { MemoryOutbox } from '../../edge/outbox/index.js';
import { decodeFridgeEvent, type FridgeEvent } from '../../proto/index.js';
import type { SerialLink } from '../../edge/serial/index.js';
import { useTmpDirs } from '../support/tmp.js';
import { FakeBroker } from './protocol/fake-broker.js';

const tmp = useTmpDirs();

/** A controller whose reader answers every request with a round of `tags`, or an incomplete one while `tags` is undefined. */
class MemoryControllerLink implements SerialLink {
  tags: string[] | undefined;
  readonly description = 'memory';
  readonly requests: number[] = [];
  private data: ((chunk: Buffer) => void) | undefined;
  open(): Promise<void> {
    return Promise.resolve();
  }
  write(line: string): void {
    const m = /^\$SCANREQ,([^*]+)\*/.exec(line);
    if (!m) return;
    this.requests.push(Date.now());
    // Bounded, so that an edge that re-asks at once (the defect) ends the test instead of spinning.
    if (this.requests.length > 200) return;
    const id = m[1]!;
    const tags = this.tags ?? ['3074257BF7194E4000001A85'];
    // Without tags: END claims two tags, one was sent; FCP/1 says incomplete.
    const count = this.tags === undefined ? 2 : tags.length;
    this.emit(frameLine(`SCAN,BEGIN,${id},1`) + tags.map((t) => frameLine(`TAG,${id},${t},1,-50`)).join('') + frameLine(`SCAN,END,${id},${count},2`));
  }
  emit(text: string): void {
    queueMicrotask(() => this.data?.(Buffer.from(text)));
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
  onData(cb: (chunk: Buffer) => void): void {
    this.data = cb;
  }
  onLost(): void {}
}

/** An MQTT client that never connects: the forwarder just waits. */
function idleClient(): MqttClient {
  const c = new EventEmitter() as unknown as MqttClient & { end: (...a: unknown[]) => MqttClient; endAsync: () => Promise<void> };
  c.end = () => c;
  c.endAsync = () => Promise.resolve();
  return c;
}

function config(dataDir: string): EdgeConfig {
  return {
    fridgeId: 'fr-b', district: 'd1', serial: 'memory', baud: 115200, mqttUrl: 'mqtt://127.0.0.1:1', username: 'fr-b', password: undefined,
    tls: { ca: undefined, cert: undefined, key: undefined }, dataDir, outboxMaxBytes: 1 << 20, snapshotIntervalMs: 3_600_000, doorAlarmMs: 60_000,
    tempIntervalMs: 300_000, pingIntervalMs: 3_600_000, silenceTimeoutMs: 3_600_000, lingerMs: 200, maxBatchEvents: 500, maxBatchBytes: 262_144,
    maxInflight: 8, ackTimeoutMs: 15_000, replayRate: 50_000, keepaliveSec: 15, healthPort: undefined, healthHost: '127.0.0.1', logLevel: 'silent',
  };
}

describe('edge agent: inventory round requests back off while rounds keep failing (unit, fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_700_000_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does not re-ask within milliseconds after each bad round: the gaps double up to the cap', async () => {
    const link = new MemoryControllerLink();
    const agent = new EdgeAgent(config(tmp()), {
      log: pino({ level: 'silent' }),
      linkFactory: () => link,
      connect: () => idleClient(),
      outbox: new MemoryOutbox('fr-b'),
    });
    await agent.start();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    const gaps = link.requests.slice(1).map((t, i) => t - link.requests[i]!);
    expect(gaps.length).toBeGreaterThan(5);
    // Before the fix: three bad rounds, three requests within 3 ms.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(500);
    // Doubling (to the 250 ms tick): each gap at least 1.5x the previous, until the one-minute cap.
    for (let i = 1; i < gaps.length && gaps[i - 1]! < 60_000; i++) expect(gaps[i]!).toBeGreaterThanOrEqual(gaps[i - 1]! * 1.5);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(60_000 + 250);
    expect(Math.max(...gaps)).toBeGreaterThanOrEqual(60_000);
    await agent.stop();
  });
});

const A = '3074257BF7194E4000001A85';
const B = '3074257BF7194E4000001A86';
const C = '3074257BF7194E4000001A87';
const hex = (b: Uint8Array | null | undefined): string => Buffer.from(b ?? []).toString('hex').toUpperCase();

function recorded(agent: EdgeAgent): FridgeEvent[] {
  return agent.outbox.readAfter(0, 10_000, 1 << 30).flatMap((r) => {
    const d = decodeFridgeEvent(r.payload);
    return d.ok ? [d.value] : [];
  });
}

describe('edge agent: the inventory survives a restart (unit, fake timers, real SQLite outbox; issue 11 item 2)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_700_000_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reconciles what it believed before the restart with its first rounds: a meal gone meanwhile leaves as possibly lost, confirmed by two rounds', async () => {
    const dir = tmp();
    const make = (link: MemoryControllerLink) =>
      new EdgeAgent(config(dir), { log: pino({ level: 'silent' }), linkFactory: () => link, connect: () => idleClient() });
    const link1 = new MemoryControllerLink();
    link1.tags = [A, B, C];
    const first = make(link1);
    await first.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(recorded(first).find((e) => e.snapshot)?.snapshot?.tags?.map(hex)).toEqual([A, B, C]);
    await first.stop(); // the outbox file stays, as after a SIGKILL (the belief is committed as it changes)

    // B left while the agent was down.
    const link2 = new MemoryControllerLink();
    link2.tags = [A, C];
    const second = make(link2);
    await second.start();
    await vi.advanceTimersByTimeAsync(1_000);
    const after = recorded(second).filter((e) => e.audit || e.snapshot || e.doorSession);
    const last = after.slice(-2);
    expect(last[0]?.audit?.possiblyLost?.map(hex)).toEqual([B]);
    expect(last[1]?.snapshot?.tags?.map(hex)).toEqual([A, C]);
    expect(link2.requests.length).toBeGreaterThanOrEqual(2); // a confirming round was taken
    await second.stop();
  });
});

describe('edge agent: bounds on controller input (unit; issue 11 item 9)', () => {
  it('counts temperature samples of sensors beyond the bound in ff_edge_inputs_refused_total', async () => {
    const link = new MemoryControllerLink();
    link.tags = [A];
    const agent = new EdgeAgent(config(tmp()), { log: pino({ level: 'silent' }), linkFactory: () => link, connect: () => idleClient(), outbox: new MemoryOutbox('fr-b') });
    await agent.start();
    for (let s = 1; s <= 20; s++) link.emit(frameLine(`TEMP,${s},40,${s}`));
    await new Promise((r) => setTimeout(r, 20));
    const text = await agent.metrics.registry.metrics();
    expect(text).toMatch(/ff_edge_inputs_refused_total\{reason="sensor_limit"\} 4/);
    expect(recorded(agent).filter((e) => e.temperature)).toHaveLength(16);
    await agent.stop();
  });
});

describe('edge agent: forwards without a broker (unit, fake timers; issue 15 item 3)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_700_000_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends what it records as batches chained by prev_seq, with its own wall clock, and deletes them once acknowledged', async () => {
    const link = new MemoryControllerLink();
    link.tags = [A, B];
    const outbox = new MemoryOutbox('fr-b');
    const broker = new FakeBroker('d1', 'fr-b', outbox.epoch);
    const wall = 1_800_000_000_000;
    const agent = new EdgeAgent(config(tmp()), { log: pino({ level: 'silent' }), linkFactory: () => link, connect: broker.connect, outbox, now: () => wall });
    await agent.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(broker.statuses[0]).toMatchObject({ state: 1, fridgeId: 'fr-b', atMs: wall });
    const sent = broker.batches.flatMap((b) => b.seqs);
    expect(sent.length).toBeGreaterThan(0);
    expect(broker.batches.every((b) => b.sentAtMs === wall)).toBe(true);
    // Chained: each batch's prev_seq is the last seq of the one before.
    broker.batches.forEach((b, i) => expect(b.prevSeq).toBe(i === 0 ? 0 : broker.batches[i - 1]!.lastSeq));
    expect(recorded(agent).some((e) => e.snapshot)).toBe(true);
    broker.ack(1, Math.max(...sent)); // OK
    await vi.advanceTimersByTimeAsync(0);
    expect(agent.outbox.stats().ackedSeq).toBe(Math.max(...sent));
    await agent.stop();
  });
});
