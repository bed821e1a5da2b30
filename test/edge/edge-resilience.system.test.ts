import { describe, expect, it } from 'vitest';
import { TestAcker } from '../../testkit/acker.js';
import { TestBroker } from '../../testkit/broker.js';
import { EdgeProcess, edgeArgs, edgeHealth, edgeMetrics } from '../../testkit/edge-process.js';
import { TcpControllerServer } from '../../testkit/fake-controller.js';
import { testRng } from '../support/seed.js';
import { useTmpDirs } from '../support/tmp.js';
import { sleep, useCleanups } from '../support/lifecycle.js';

const tmp = useTmpDirs();
const epc = (i: number): string => `30742${String(i).padStart(19, '0')}`;
const hex = (b: Uint8Array | null | undefined): string => Buffer.from(b ?? []).toString('hex').toUpperCase();
const SESSIONS = 60;

const cleanup = useCleanups();

async function setup() {
  const broker = await TestBroker.start();
  const acker = await TestAcker.start(broker.url);
  const ctl = await TcpControllerServer.start();
  cleanup(() => broker.down(), () => acker.stop(), () => ctl.close());
  return { broker, acker, ctl };
}

function startEdge(ctl: TcpControllerServer, broker: TestBroker, dataDir: string, extra: string[] = []): EdgeProcess {
  const edge = EdgeProcess.spawn(edgeArgs({ fridgeId: 'fr-1', district: 'd1', serial: ctl.url, mqtt: broker.url, dataDir, extra: ['--health-port', '0', ...extra] }));
  cleanup(() => edge.kill());
  return edge;
}

async function recorded(edge: EdgeProcess, kind: string): Promise<number> {
  const m = new RegExp(`ff_edge_events_recorded_total\\{kind="${kind}"\\} (\\d+)`).exec(await edgeMetrics(edge));
  return Number(m?.[1] ?? 0);
}

/** Waits until the edge's outbox is drained and the acker holds everything up to its last seq. */
async function drained(edge: EdgeProcess, acker: TestAcker): Promise<number> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const h = await edgeHealth(edge);
    const cur = acker.cursors.get('fr-1')?.seq ?? 0;
    if (h.outbox.events === 0 && cur === h.outbox.lastSeq) return h.outbox.lastSeq;
    if (Date.now() > deadline) throw new Error(`not drained: ${JSON.stringify(h)} acker at ${cur}`);
    await sleep(100);
  }
}

/** Every seq of the epoch exactly once, in order, none missing. */
function expectContiguous(acker: TestAcker, lastSeq: number): void {
  const seqs = acker.eventsOf('fr-1').map((e) => e.seq);
  expect(seqs).toEqual(Array.from({ length: lastSeq }, (_, i) => i + 1));
  expect(new Set(acker.eventsOf('fr-1').map((e) => e.epoch)).size).toBe(1);
}

describe('edge resilience (system: child processes, real broker)', () => {
  it('loses nothing when the edge is killed with SIGKILL at random moments while it ingests and forwards', async () => {
    const { acker, ctl, broker } = await setup();
    ctl.controller.tags.add(epc(1));
    const dataDir = tmp();
    let value = 0;
    let streaming = true;
    // A controller streaming temperature lines that all differ enough to be recorded.
    const stream = (async () => {
      while (streaming) {
        if (ctl.connected) for (let i = 0; i < 5; i++) ctl.controller.temp((value += 5));
        await sleep(3);
      }
    })();
    let edge = startEdge(ctl, broker, dataDir);
    const dice = testRng('edge-resilience');
    const kills = 6;
    for (let k = 0; k < kills; k++) {
      await edge.waitForLog((l) => l.msg === 'connected to broker');
      await sleep(dice.int(150, 649));
      await edge.kill('SIGKILL');
      edge = startEdge(ctl, broker, dataDir);
    }
    await edge.waitForLog((l) => l.msg === 'connected to broker');
    await sleep(300);
    streaming = false;
    await stream;
    const lastSeq = await drained(edge, acker);
    expect(lastSeq).toBeGreaterThan(500);
    expectContiguous(acker, lastSeq);
    // Temperatures arrive in the order the controller sent them.
    const temps = acker.eventsOf('fr-1').flatMap((e) => (e.event.temperature ? [e.event.temperature.deciCelsius ?? 0] : []));
    for (let i = 1; i < temps.length; i++) expect(temps[i]).toBeGreaterThan(temps[i - 1]!);
  }, 90_000);

  it('buffers through a broker outage and drains in order afterwards', async () => {
    const { acker, ctl, broker } = await setup();
    const dataDir = tmp();
    const edge = startEdge(ctl, broker, dataDir);
    await edge.waitForLog((l) => l.msg === 'connected to broker');
    await acker.waitFor(() => acker.committed.length > 0);
    await broker.down();
    for (let i = 0; i < 300; i++) ctl.controller.temp(i * 5);
    await edge.waitForLog((l) => l.msg === 'disconnected from broker');
    const during = await edgeHealth(edge);
    expect(during.mqtt).toBe(false);
    // The events wait in the outbox while the broker is away.
    for (let i = 0; (await edgeHealth(edge)).outbox.events < 300 && i < 100; i++) await sleep(50);
    expect((await edgeHealth(edge)).outbox.events).toBeGreaterThanOrEqual(300);
    await broker.up();
    const lastSeq = await drained(edge, acker);
    expectContiguous(acker, lastSeq);
    const temps = acker.eventsOf('fr-1').flatMap((e) => (e.event.temperature ? [e.event.temperature.deciCelsius ?? 0] : []));
    expect(temps).toEqual(Array.from({ length: 300 }, (_, i) => i * 5));
  }, 60_000);

  it('compacts a full outbox during a long outage as DESIGN.md property 5 says, and delivers the report', async () => {
    const { acker, ctl, broker } = await setup();
    for (let i = 1; i <= 20; i++) ctl.controller.tags.add(epc(i));
    const dataDir = tmp();
    const edge = startEdge(ctl, broker, dataDir, ['--outbox-max-bytes', '2048']);
    await acker.waitFor(() => acker.committed.some((e) => e.event.snapshot), 20_000, 'startup snapshot');
    await broker.down();
    await edge.waitForLog((l) => l.msg === 'disconnected from broker');
    // A long outage: many shoppers and lots of telemetry.
    let next = 100;
    for (let s = 0; s < SESSIONS; s++) {
      const take = [...ctl.controller.tags][0]!;
      ctl.controller.session([take], [epc(next++)]);
      for (let t = 0; t < 10; t++) ctl.controller.temp(s * 100 + t * 5);
      // One shopper after the other: wait until the edge recorded this session (a door
      // reopened before the inventory settled would rightly make one session of two).
      while ((await recorded(edge, 'doorSession')) < s + 1) await sleep(10);
    }
    await edge.waitForLog((l) => l.msg === 'outbox over its bound: compacted');
    const metrics = await edgeMetrics(edge);
    expect(metrics).toMatch(/ff_edge_outbox_compactions_total [1-9]/);
    const during = await edgeHealth(edge);
    expect(during.outbox.bytes).toBeLessThan(2048 * 2);
    await broker.up();
    const lastSeq = await drained(edge, acker);
    const events = acker.eventsOf('fr-1');
    // Order kept; seqs may skip where events were compacted, but every gap is covered by a report.
    const seqs = events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs[seqs.length - 1]).toBe(lastSeq);
    const reports = events.flatMap((e) => (e.event.compaction ? [e.event.compaction] : []));
    expect(reports.length).toBeGreaterThan(0);
    const telemetryDropped = reports.reduce((s, r) => s + (r.telemetryDropped ?? 0), 0);
    const sessionsDropped = reports.reduce((s, r) => s + (r.doorSessionsDropped ?? 0), 0);
    expect(telemetryDropped).toBeGreaterThan(0);
    expect(sessionsDropped).toBeGreaterThan(0);
    const sessionsDelivered = events.filter((e) => e.event.doorSession).length;
    expect(sessionsDelivered + sessionsDropped).toBe(SESSIONS);
    const received = new Set(seqs);
    for (let s = 1; s <= lastSeq; s++) {
      if (received.has(s)) continue;
      expect(reports.some((r) => (r.firstSeq ?? 0) <= s && s <= (r.lastSeq ?? 0)), `seq ${s} missing without a report`).toBe(true);
    }
    // The stock truth survives: replaying the last snapshot and the door sessions after it
    // gives exactly what is in the fridge.
    const lastSnapIdx = events.map((e) => !!e.event.snapshot).lastIndexOf(true);
    const stock = new Set(events[lastSnapIdx]!.event.snapshot!.tags!.map(hex));
    for (const e of events.slice(lastSnapIdx + 1)) {
      for (const t of e.event.doorSession?.removed ?? []) stock.delete(hex(t));
      for (const t of e.event.doorSession?.added ?? []) stock.add(hex(t));
    }
    expect([...stock].sort()).toEqual([...ctl.controller.tags].sort());
  }, 90_000);
});
