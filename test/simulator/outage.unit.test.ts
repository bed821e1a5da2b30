// The outage scenario is a timed schedule: serial outages are enacted by the simulator,
// network outages are announced for the harness that owns the uplink.
import { describe, expect, it } from 'vitest';
import { ManualClock, loadScenario, startSimulation, type WorldEvent } from '../../simulator/index.js';

const MIN = 60_000;

describe('outage scenario (unit)', () => {
  it('cuts and restores serial links and announces network outages on schedule', async () => {
    const scenario = await loadScenario('outage');
    const start = Date.parse(scenario.startAt);
    const clock = new ManualClock(start);
    const sim = await startSimulation({ scenario, link: 'memory', clock });
    const net: Extract<WorldEvent, { type: 'network-outage' }>[] = [];
    sim.on((e) => {
      if (e.type === 'network-outage') net.push(e);
    });
    try {
      await clock.advance(4 * 60 * MIN);
      const at = (ms: number): number => (ms - start) / MIN;
      expect(net.map((e) => [e.fridgeId, e.state, at(e.atMs)])).toEqual([
        ['fr-mitte-charite', 'down', 10], ['fr-mitte-hbf', 'down', 10], ['fr-mitte-museum', 'down', 10],
        ['fr-mitte-charite', 'up', 130], ['fr-mitte-hbf', 'up', 130], ['fr-mitte-museum', 'up', 130],
        ['fr-mitte-charite', 'down', 180], ['fr-mitte-charite', 'up', 190],
      ]);
      const serial = sim.truth().incidents.filter((i) => i.kind === 'link-down' || i.kind === 'link-up');
      expect(serial.map((i) => [i.fridgeId, i.kind, at(i.atMs)])).toEqual([
        ['fr-mitte-hbf', 'link-down', 30], ['fr-mitte-hbf', 'link-up', 35],
      ]);
    } finally {
      await sim.close();
    }
  });
});
