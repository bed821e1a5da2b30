// Each imperfection appears at its configured rate. Runs are seeded, so these are exact
// regression values in practice; the bounds (4-5 standard deviations) say what is plausible.
import { describe, expect, it } from 'vitest';
import { encodeCommand, parseLine } from '../../edge/fcp/index.js';
import { ManualClock, startSimulation, type Rates, type Simulation } from '../../simulator/index.js';
import { tinyScenario } from './helpers.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function withinSigmas(observed: number, n: number, p: number, k = 4.5): void {
  const sd = Math.sqrt(n * p * (1 - p));
  expect(Math.abs(observed - n * p), `observed ${observed} of ${n}, expected ${(n * p).toFixed(1)} ± ${(k * sd).toFixed(1)}`).toBeLessThanOrEqual(k * sd);
}

function withinPoisson(observed: number, expected: number, k = 4.5): void {
  expect(Math.abs(observed - expected), `observed ${observed}, expected ${expected.toFixed(1)}`).toBeLessThanOrEqual(k * Math.sqrt(expected));
}

async function tiny(rates: Partial<Rates>, extra: Record<string, unknown> = {}): Promise<{ sim: Simulation; clock: ManualClock; lines: string[]; edge: { write(s: string): void } }> {
  const clock = new ManualClock(Date.parse('2025-03-03T00:00:00Z'));
  const sim = await startSimulation({ scenario: tinyScenario(extra), link: 'memory', clock, rates });
  const ep = sim.endpoint('fr-1');
  if (ep.kind !== 'memory') throw new Error('memory link expected');
  const lines: string[] = [];
  let buf = '';
  ep.edge.onData((c) => {
    buf += c;
    const parts = buf.split('\n');
    buf = parts.pop() ?? '';
    lines.push(...parts);
  });
  return { sim, clock, lines, edge: ep.edge };
}

/** Runs `n` requested rounds and returns the distinct and total TAG reads of each. */
async function rounds(sim: Simulation, edge: { write(s: string): void }, lines: string[], n: number): Promise<{ distinct: number; reads: number }[]> {
  const out: { distinct: number; reads: number }[] = [];
  for (let i = 0; i < n; i++) {
    const from = lines.length;
    edge.write(encodeCommand({ type: 'SCANREQ', scanId: `r${i}` }));
    await sim.quiescent();
    const tags = lines.slice(from).map(parseLine).flatMap((r) => (r.ok && r.msg.type === 'TAG' ? [r.msg.epc] : []));
    out.push({ distinct: new Set(tags).size, reads: tags.length });
  }
  return out;
}

describe('imperfections at their configured rates (unit)', () => {
  it('RFID misses a tag in a round at rfidMiss, and reports duplicates at rfidDuplicate', async () => {
    const { sim, edge, lines } = await tiny({ rfidMiss: 0.05, rfidDuplicate: 0.1 });
    try {
      const inField = sim.truth().stock['fr-1']?.length ?? 0;
      expect(inField).toBe(14);
      const rs = await rounds(sim, edge, lines, 400);
      const seen = rs.reduce((a, r) => a + r.distinct, 0);
      const reads = rs.reduce((a, r) => a + r.reads, 0);
      withinSigmas(inField * rs.length - seen, inField * rs.length, 0.05);
      withinSigmas(reads - seen, seen, 0.1);
    } finally {
      await sim.close();
    }
  });

  it('corrupts and truncates lines at lineCorrupt and lineTruncate, and the edge rejects each', async () => {
    const { sim, clock, lines } = await tiny({ lineCorrupt: 0.02, lineTruncate: 0.01 }, { telemetry: { tempEveryMs: 10_000 } });
    try {
      const damage = { corrupt: 0, truncate: 0, total: 0 };
      sim.tapLines('fr-1', (l) => {
        damage.total++;
        if (l.damage) damage[l.damage]++;
      });
      await clock.advance(DAY);
      // Truncation is drawn first; corruption only for lines not truncated.
      withinSigmas(damage.truncate, damage.total, 0.01);
      withinSigmas(damage.corrupt, damage.total - damage.truncate, 0.02);
      expect(lines.filter((l) => !parseLine(l).ok).length).toBe(damage.corrupt + damage.truncate);
    } finally {
      await sim.close();
    }
  });

  it('load cells read with weightNoiseG noise and drift by weightDriftGPerHour', async () => {
    const noisy = await tiny({ weightNoiseG: 5 }, { telemetry: { weightEveryMs: 60_000 } });
    try {
      const truth = noisy.sim.truth().items['fr-1'] ?? [];
      const load = (shelf: number): number => (shelf === 1 ? 2400 : 2500) + truth.filter((i) => i.shelf === shelf).reduce((a, i) => a + i.grams, 0);
      await noisy.clock.advance(12 * HOUR);
      // Stock is unchanged: no shoppers, and the 06:00 restock finds the fridge at par.
      expect(noisy.sim.truth().sessions.every((x) => x.taken.length === 0 && x.added.length === 0)).toBe(true);
      const errs = noisy.lines.map(parseLine).flatMap((r) => (r.ok && r.msg.type === 'WEIGHT' && r.msg.stable ? [r.msg.grams - load(r.msg.shelf)] : []));
      expect(errs.length).toBeGreaterThan(1000);
      const mean = errs.reduce((a, b) => a + b, 0) / errs.length;
      const sd = Math.sqrt(errs.reduce((a, b) => a + (b - mean) ** 2, 0) / errs.length);
      expect(Math.abs(mean)).toBeLessThan(0.5);
      expect(sd).toBeGreaterThan(4.5); // rounding to whole grams adds ~0.29 g
      expect(sd).toBeLessThan(5.5);
    } finally {
      await noisy.sim.close();
    }
    const drifting = await tiny({ weightDriftGPerHour: 3 }, { telemetry: { weightEveryMs: HOUR } });
    try {
      await drifting.clock.advance(10 * HOUR);
      const after = drifting.sim.truth().items['fr-1'] ?? [];
      const shelf1 = 2400 + after.filter((i) => i.shelf === 1).reduce((a, i) => a + i.grams, 0);
      const s1 = drifting.lines.map(parseLine).flatMap((r) => (r.ok && r.msg.type === 'WEIGHT' && r.msg.shelf === 1 ? [r.msg] : []));
      const last = s1.filter((w) => w.stable).at(-1);
      if (last === undefined) throw new Error('no stable reading');
      expect(last.uptimeMs).toBeGreaterThan(8 * HOUR);
      // Linear drift since boot, in the shelf's own direction; whole grams on the wire.
      expect(Math.abs(Math.abs(last.grams - shelf1) - (3 * last.uptimeMs) / HOUR)).toBeLessThanOrEqual(0.5);
    } finally {
      await drifting.sim.close();
    }
  });

  it('shoppers leave the door open at doorLeftOpen', async () => {
    const { sim } = await tiny({ doorLeftOpen: 0.2, doorLeftOpenMs: 60_000 });
    try {
      const n = 400;
      for (let i = 0; i < n; i++) {
        const s = sim.shopperSession('fr-1');
        await sim.quiescent();
        await s;
        if (i % 10 === 9) {
          // With a ManualClock nothing moves until quiescent() advances time.
          const r = sim.restock('fr-1');
          await sim.quiescent();
          await r;
        }
      }
      const shopper = sim.truth().sessions.filter((s) => s.kind === 'shopper');
      expect(shopper.length).toBe(n);
      withinSigmas(shopper.filter((s) => s.leftOpen).length, n, 0.2);
      for (const s of shopper.filter((x) => x.leftOpen)) expect(s.closedAtMs - s.openedAtMs).toBeGreaterThanOrEqual(60_000);
    } finally {
      await sim.close();
    }
  });

  it('reboots, link drops and temperature excursions happen at their daily rates', async () => {
    const days = 60;
    const { sim, clock, lines } = await tiny(
      { rebootPerDay: 2, linkDropPerDay: 3, tempExcursionPerDay: 1, tempExcursionPeakDeci: 80 },
      { telemetry: { tempEveryMs: 10 * 60_000, weightEveryMs: 6 * HOUR } },
    );
    try {
      let hellos = 0;
      sim.tapLines('fr-1', (l) => {
        if (l.line.startsWith('$HELLO')) hellos++;
      });
      await clock.advance(days * DAY);
      const inc = sim.truth().incidents;
      const count = (k: string): number => inc.filter((i) => i.kind === k).length;
      withinPoisson(count('reboot'), 2 * days);
      withinPoisson(count('link-down'), 3 * days, 5); // a drop during an outage is skipped: slightly fewer
      withinPoisson(count('temp-excursion'), days);
      expect(hellos).toBe(count('reboot'));
      expect(Math.abs(count('link-up') - count('link-down'))).toBeLessThanOrEqual(1);
      // Excursions show up on the wire as readings above 5 °C.
      const warm = lines.map(parseLine).filter((r) => r.ok && r.msg.type === 'TEMP' && r.msg.deciCelsius > 50);
      expect(warm.length).toBeGreaterThan(days * 5);
    } finally {
      await sim.close();
    }
  });
});
