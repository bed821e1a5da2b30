// Issue 11 item 19 through the agent itself: its own timers (the 250 ms tick), the injected
// clock, a controller link in memory; fake timers move time, nothing waits for real.
import { EventEmitter } from 'node:events';
import type { MqttClient } from 'mqtt';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EdgeAgent } from '../../edge/agent.js';
import type { EdgeConfig } from '../../edge/config.js';
import { frameLine } from '../../edge/fcp/index.js';
import { MemoryOutbox } from '../../edge/outbox/index.js';
import type { SerialLink } from '../../edge/serial/index.js';
import { useTmpDirs } from '../support/tmp.js';

const tmp = useTmpDirs();

/** A controller whose reader always answers a request with an incomplete round. */
class BrokenReaderLink implements SerialLink {
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
    // END claims two tags, one was sent: FCP/1 says incomplete.
    const out = frameLine(`SCAN,BEGIN,${id},1`) + frameLine(`TAG,${id},3074257BF7194E4000001A85,1,-50`) + frameLine(`SCAN,END,${id},2,2`);
    queueMicrotask(() => this.data?.(Buffer.from(out)));
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
    const link = new BrokenReaderLink();
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
