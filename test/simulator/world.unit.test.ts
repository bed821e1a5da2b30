// Driving the world through the public API and reading the ground truth back.
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../edge/fcp/index.js';
import { ManualClock, decodeSgtin96, startSimulation } from '../../simulator/index.js';
import { GTIN_DAL, GTIN_LASAGNA, tinyScenario } from './helpers.js';

async function setup() {
  const clock = new ManualClock(Date.parse('2025-03-03T10:00:00Z'));
  const sim = await startSimulation({ scenario: tinyScenario({ subscribers: [{ userId: 'sub-1', fridge: 'fr-1', gtin: GTIN_DAL, pickupAt: '12:00' }] }), link: 'memory', clock, autopilot: false });
  const ep = sim.endpoint('fr-1');
  if (ep.kind !== 'memory') throw new Error('memory link expected');
  const lines: string[] = [];
  ep.edge.onData((c) => lines.push(...c.split('\n').filter((l) => l !== '')));
  const drive = async <T>(p: Promise<T>): Promise<T> => {
    await sim.quiescent();
    return p;
  };
  return { sim, clock, lines, drive };
}

describe('fridge world API (unit)', () => {
  it('tags carry the meal GTIN as SGTIN-96', async () => {
    const { sim } = await setup();
    try {
      const items = sim.truth().items['fr-1'] ?? [];
      expect(items).toHaveLength(14);
      for (const i of items) {
        const d = decodeSgtin96(i.epc);
        expect(d.ok && d.value.gtin).toBe(i.gtin);
        expect(d.ok && d.value.filter).toBe(1);
      }
    } finally {
      await sim.close();
    }
  });

  it('a shopper takes the given meals; the door, weights and post-close round show it', async () => {
    const { sim, lines, drive } = await setup();
    try {
      const before = sim.truth().stock['fr-1'] ?? [];
      const s = await drive(sim.shopperSession('fr-1', { take: [GTIN_LASAGNA, GTIN_DAL], userId: 'alice' }));
      expect(s.taken).toHaveLength(2);
      const truth = sim.truth();
      expect(truth.stock['fr-1']).toEqual(before.filter((e) => !s.taken.includes(e)));
      expect(truth.removals.map((r) => [r.by, r.reason])).toEqual([['alice', 'purchase'], ['alice', 'purchase']]);
      const msgs = lines.map(parseLine).flatMap((r) => (r.ok ? [r.msg] : []));
      const types = msgs.map((m) => (m.type === 'DOOR' ? `DOOR_${m.state}` : m.type));
      expect(types.indexOf('DOOR_OPEN')).toBeLessThan(types.indexOf('DOOR_CLOSED'));
      const afterClose = types.slice(types.indexOf('DOOR_CLOSED'));
      expect(afterClose).toContain('SCAN_BEGIN');
      const end = msgs.findLast((m) => m.type === 'SCAN_END');
      expect(end?.type === 'SCAN_END' && end.tagCount).toBe(12);
      expect(end?.type === 'SCAN_END' && end.scanId).toBe('1'); // the controller's own numeric ids
      const stable = msgs.filter((m) => m.type === 'WEIGHT' && m.stable);
      const unstable = msgs.filter((m) => m.type === 'WEIGHT' && !m.stable);
      expect(stable.length).toBeGreaterThan(0);
      expect(unstable.length).toBeGreaterThan(0);
    } finally {
      await sim.close();
    }
  });

  it('a put-back meal stays in the fridge, possibly on another shelf', async () => {
    const { sim, drive } = await setup();
    try {
      const epc = sim.truth().items['fr-1']?.find((i) => i.gtin === GTIN_LASAGNA)?.epc ?? '';
      const s = await drive(sim.shopperSession('fr-1', { take: [epc], putBack: epc }));
      expect(s.taken).toEqual([]);
      expect(s.putBack.map((p) => p.epc)).toEqual([epc]);
      expect(sim.truth().stock['fr-1']).toContain(epc);
    } finally {
      await sim.close();
    }
  });

  it('reserved and personal meals are left by shoppers and collected by their user', async () => {
    const { sim, drive } = await setup();
    try {
      await drive(sim.restock('fr-1'));
      const personal = sim.truth().items['fr-1']?.find((i) => i.personalFor === 'sub-1');
      expect(personal?.gtin).toBe(GTIN_DAL);
      const reserved = sim.reserve('fr-1', 'bob', GTIN_LASAGNA);
      expect(reserved).toBeDefined();
      for (let i = 0; i < 10; i++) await drive(sim.shopperSession('fr-1'));
      expect(sim.truth().stock['fr-1']).toEqual(expect.arrayContaining([reserved, personal?.epc]));
      const bob = await drive(sim.pickup('fr-1', 'bob'));
      expect(bob.taken).toEqual([reserved]);
      const sub = await drive(sim.pickup('fr-1', 'sub-1'));
      expect(sub.taken).toEqual([personal?.epc]);
      const reasons = sim.truth().removals.filter((r) => r.by === 'bob' || r.by === 'sub-1').map((r) => r.reason);
      expect(reasons).toEqual(['reserved-pickup', 'personal-pickup']);
    } finally {
      await sim.close();
    }
  });

  it('faults, excursions and a vanished link', async () => {
    const { sim, clock, lines, drive } = await setup();
    try {
      sim.fault('fr-1', 'RFID_OFFLINE', 'reader did not answer, retrying');
      expect(parseLine(lines.at(-1) ?? '')).toEqual({ ok: true, msg: { type: 'FAULT', code: 'RFID_OFFLINE', text: 'reader did not answer, retrying' } });
      sim.temperatureExcursion('fr-1', 3 * 3_600_000, 80);
      await clock.advance(3_600_000);
      const temps = lines.map(parseLine).flatMap((r) => (r.ok && r.msg.type === 'TEMP' ? [r.msg.deciCelsius] : []));
      expect(temps.at(-1)).toBeGreaterThanOrEqual(78);
      await sim.linkDown('fr-1', 60_000);
      const n = lines.length;
      await clock.advance(30_000);
      expect(lines.length).toBe(n); // nothing arrives while the device is gone
      await drive(Promise.resolve());
      await clock.advance(120_000);
      expect(lines.length).toBeGreaterThan(n);
      expect(sim.truth().incidents.map((i) => i.kind)).toEqual(['fault', 'temp-excursion', 'link-down', 'link-up']);
    } finally {
      await sim.close();
    }
  });
});
