// Backlog drain: 100,000 buffered events drained from a real outbox by a real fridge-edge
// process to a local broker and acknowledged, against a bare MQTT publisher of the same
// batches as the baseline; and the edge's resident memory, idle and during the drain.
// Issue 2 goals: >= 20,000 events/s; RSS < 80 MB.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { SqliteOutbox } from '../edge/outbox/index.js';
import { TestAcker } from '../testkit/acker.js';
import { TestBroker } from '../testkit/broker.js';
import { EDGE_NODE_OPTIONS, EdgeProcess } from '../testkit/edge-process.js';
import { round, rssMb, type BenchResult } from './support.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));


async function rawBaseline(url: string, total: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'raw-publisher.ts'), url, String(total), '500', '8'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise((resolve) => child.on('exit', resolve));
  return (JSON.parse(out) as { eventsPerSecond: number }).eventsPerSecond;
}

export async function benchEdgeDrain(total = 100_000): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ff-drain-'));
  const broker = await TestBroker.start();
  const acker = await TestAcker.start(broker.url);
  let edge: EdgeProcess | undefined;
  try {
    // The backlog: a long outage's worth of events already committed.
    const ob = SqliteOutbox.open({ dir, fridgeId: 'drain-1', log: pino({ level: 'silent' }) });
    for (let i = 0; i < total; i += 1000) {
      ob.append(Array.from({ length: Math.min(1000, total - i) }, (_, k) => ({ recordedAtMs: Date.now(), temperature: { sensor: 1, deciCelsius: 30 + ((i + k) % 50) } })));
    }
    const lastSeq = ob.stats().lastSeq;
    ob.close();

    const raw = await rawBaseline(broker.url, total);

    // The compiled agent, as production runs it; no controller attached (nothing listens on
    // port 9), so the drain is all it does.
    edge = EdgeProcess.spawn(['--fridge-id', 'drain-1', '--district', 'bench', '--serial', 'tcp://127.0.0.1:9', '--mqtt', broker.url, '--data-dir', dir, '--log-level', 'info'], { NODE_OPTIONS: EDGE_NODE_OPTIONS }, true);
    await edge.waitForLog((l) => l.msg === 'connected to broker');
    const t0 = performance.now();
    let peak = 0;
    while ((acker.cursors.get('drain-1')?.seq ?? 0) < lastSeq) {
      peak = Math.max(peak, rssMb(edge.child.pid!));
      await sleep(20);
      if (performance.now() - t0 > 120_000) throw new Error('drain did not finish in 120 s');
    }
    const ms = performance.now() - t0;
    const rate = (total / ms) * 1000;
    await edge.kill('SIGTERM');
    // Idle: a fresh agent, connected, empty outbox, no controller, after it settled.
    const idleDir = mkdtempSync(path.join(tmpdir(), 'ff-idle-'));
    edge = EdgeProcess.spawn(['--fridge-id', 'idle-1', '--district', 'bench', '--serial', 'tcp://127.0.0.1:9', '--mqtt', broker.url, '--data-dir', idleDir, '--log-level', 'info'], { NODE_OPTIONS: EDGE_NODE_OPTIONS }, true);
    await edge.waitForLog((l) => l.msg === 'connected to broker');
    await sleep(5000);
    const idle = rssMb(edge.child.pid!);
    rmSync(idleDir, { recursive: true, force: true });
    return [
      {
        name: 'edge backlog drain (100,000 events, real outbox -> aedes -> acknowledging subscriber)',
        figures: { events: total, 'edge events/s': Math.round(rate), 'bare publisher events/s': Math.round(raw), ratio: round(rate / raw), 'drain seconds': round(ms / 1000) },
        goal: '>= 20,000 events/s',
        met: rate >= 20_000,
      },
      {
        name: 'edge agent resident memory',
        figures: { 'idle MB': round(idle, 1), 'peak during drain MB': round(peak, 1) },
        goal: '< 80 MB',
        met: peak < 80 && idle < 80,
      },
    ];
  } finally {
    await edge?.kill('SIGTERM');
    await acker.stop();
    await broker.down();
    rmSync(dir, { recursive: true, force: true });
  }
}
