// The edge agent against the simulator's controller model (the two meet only on the wire),
// with RFID misreads on: the stock the edge reports must equal the world's ground truth.
import { describe, expect, it } from 'vitest';
import { startSimulation, type Simulation } from '../../simulator/index.js';
import { TestAcker } from '../../testkit/acker.js';
import { TestBroker } from '../../testkit/broker.js';
import { EdgeProcess, edgeArgs } from '../../testkit/edge-process.js';
import { useTmpDirs } from '../support/tmp.js';
import { useCleanups } from '../support/lifecycle.js';

const tmp = useTmpDirs();
const hex = (b: Uint8Array | null | undefined): string => Buffer.from(b ?? []).toString('hex').toUpperCase();

const cleanup = useCleanups();

const NO_NOISE = {
  rfidDuplicate: 0, weightNoiseG: 0, weightDriftGPerHour: 0, doorLeftOpen: 0, tempExcursionPerDay: 0,
  lineCorrupt: 0, lineTruncate: 0, rebootPerDay: 0, linkDropPerDay: 0,
};

describe('fridge-edge with the simulated controller (system: simulator over TCP, child process, aedes)', () => {
  it('reports exactly the ground truth through shoppers and RFID misreads', async () => {
    const broker = await TestBroker.start();
    const acker = await TestAcker.start(broker.url);
    const sim: Simulation = await startSimulation({ scenario: 'demo', link: 'tcp', timeScale: 10, autopilot: false, seed: 7, rates: { ...NO_NOISE, rfidMiss: 0.05 } });
    cleanup(() => broker.down(), () => acker.stop(), () => sim.close());
    const fridge = sim.fridges()[0]!;
    const edge = EdgeProcess.spawn(edgeArgs({ fridgeId: fridge.fridgeId, district: fridge.district, serial: sim.serialArg(fridge.fridgeId), mqtt: broker.url, dataDir: tmp() }));
    cleanup(() => edge.kill());
    await acker.waitFor(() => acker.committed.some((e) => e.event.snapshot), 30_000, 'startup snapshot');

    const sessions = 6;
    for (let s = 0; s < sessions; s++) {
      await sim.shopperSession(fridge.fridgeId);
      await acker.waitFor(() => acker.eventsOf(fridge.fridgeId).filter((e) => e.event.doorSession).length >= s + 1, 30_000, `door session ${s + 1}`);
    }
    const events = acker.eventsOf(fridge.fridgeId);
    const snapIdx = events.findIndex((e) => e.event.snapshot);
    const stock = new Set(events[snapIdx]!.event.snapshot!.tags!.map(hex));
    for (const e of events.slice(snapIdx + 1)) {
      for (const t of e.event.doorSession?.removed ?? []) stock.delete(hex(t));
      for (const t of e.event.doorSession?.added ?? []) stock.add(hex(t));
    }
    const truth = sim.truth();
    expect([...stock].sort()).toEqual(truth.stock[fridge.fridgeId]);
    const taken = truth.sessions.filter((x) => x.fridgeId === fridge.fridgeId).flatMap((x) => x.taken).sort();
    const removed = events.flatMap((e) => (e.event.doorSession?.removed ?? []).map(hex)).sort();
    expect(removed).toEqual(taken);
  }, 120_000);
});
