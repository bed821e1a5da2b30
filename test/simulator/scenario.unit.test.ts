import { describe, expect, it } from 'vitest';
import { ScenarioError, loadScenario, parseScenario, validateScenario } from '../../simulator/index.js';
import { tinyScenario } from './helpers.js';

describe('scenario files (unit)', () => {
  it('ships demo (2 districts, 6 fridges), outage and fleet, all valid', async () => {
    const demo = await loadScenario('demo');
    expect(demo.districts).toHaveLength(2);
    expect(demo.fridges).toHaveLength(6);
    const outage = await loadScenario('outage');
    expect(outage.outages.map((o) => o.target)).toContain('network');
    expect(outage.outages.map((o) => o.target)).toContain('serial');
    const fleet = await loadScenario('fleet');
    expect(fleet.fleet?.fridgesPerDistrict).toBeGreaterThan(0);
    expect(fleet.districts.length * (fleet.fleet?.fridgesPerDistrict ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it('fills defaults for what a file leaves out', () => {
    const s = parseScenario(tinyScenario());
    expect(s.telemetry.autoRoundDelayMs).toBe(2_000);
    expect(s.kitchen.restockAt).toBe('06:00');
    expect(s.outages).toEqual([]);
  });

  it('reports every problem with its path', () => {
    const bad = tinyScenario({
      districts: [{ id: 'd1', name: 'x' }, { id: 'd1', name: 'dup' }],
      rates: { rfidMiss: 1.5, rfidMis: 0.1 },
      subscribers: [{ userId: 'u1', fridge: 'nope', gtin: '04012345000108', pickupAt: '25:00' }],
    });
    (bad.fridges as { district: string; shelves: unknown[]; initialStock: { gtin: string; count: number }[] }[])[0]!.district = 'd9';
    (bad.meals as { gtin: string }[])[1]!.gtin = '04012345000147';
    const r = validateScenario(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(expect.arrayContaining([
      'districts: duplicate district id "d1"',
      'rates.rfidMiss: 1.5 is out of range [0, 1]',
      expect.stringMatching(/^rates\.rfidMis: unknown field/),
      'fridges[0].district: unknown district "d9" (known: d1)',
      'meals[1].gtin: "04012345000147" is not a GTIN-14 with a valid check digit',
      'subscribers[0].fridge: unknown fridge "nope"',
      'subscribers[0].pickupAt: "25:00" is not a time "HH:MM"',
    ]));
    expect(() => parseScenario(bad, 'bad.json')).toThrow(ScenarioError);
    expect(() => parseScenario(bad, 'bad.json')).toThrow(/invalid scenario bad\.json:\n {2}districts: duplicate/);
  });

  it('rejects meals that do not fit and unreadable files', async () => {
    const r = validateScenario(tinyScenario({ fridges: [{ id: 'f', district: 'd1', name: 'n', lat: 0, lon: 0, shelves: [{ id: 1, tareG: 1, capacity: 2 }], initialStock: [{ gtin: '04012345000108', count: 3 }] }] }));
    expect(r.ok ? [] : r.errors).toEqual(['fridges[0].initialStock: 3 meals do not fit in 2 shelf places']);
    await expect(loadScenario('no-such-scenario')).rejects.toThrow(/cannot read/);
  });
});
