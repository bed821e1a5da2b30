import { describe, expect, it } from 'vitest';
import { FridgeGeoIndex, distanceKm } from '../../../cloud/geo/index.js';
import { etagOf, matchesIfNoneMatch } from '../../../cloud/http/client-reads.js';

describe('FridgeGeoIndex (unit)', () => {
  const points = [
    { id: 'tempelhof', lat: 52.4731, lon: 13.4039 },
    { id: 'alex', lat: 52.5219, lon: 13.4132 },
    { id: 'potsdam', lat: 52.3906, lon: 13.0645 },
    { id: 'brandenburger', lat: 52.5163, lon: 13.3777 },
    { id: 'alex-twin', lat: 52.5219, lon: 13.4132 },
  ];
  const index = new FridgeGeoIndex(points);

  it('finds the points within the radius, nearest first, ties by id', () => {
    const near = index.around(52.52, 13.405, 6);
    expect(near.map((n) => n.id)).toEqual(['alex', 'alex-twin', 'brandenburger', 'tempelhof']);
    // Alexanderplatz to the Brandenburg Gate is about 2.5 km; Berlin to Potsdam about 27 km.
    expect(distanceKm(points[1]!, points[3]!)).toBeCloseTo(2.48, 1);
    expect(index.around(52.52, 13.405, 30).map((n) => n.id)).toContain('potsdam');
    expect(index.around(52.52, 13.405, 30, 2)).toHaveLength(2);
    for (const n of near) expect(n.distanceKm).toBeCloseTo(distanceKm({ lat: 52.52, lon: 13.405 }, points.find((p) => p.id === n.id)!), 9);
  });

  it('works across the antimeridian and with nothing indexed', () => {
    const fiji = new FridgeGeoIndex([{ id: 'east', lat: -17.7, lon: 179.99 }, { id: 'west', lat: -17.7, lon: -179.99 }]);
    expect(fiji.around(-17.7, 179.999, 5).map((n) => n.id).sort()).toEqual(['east', 'west']);
    expect(new FridgeGeoIndex([]).around(0, 0, 10)).toEqual([]);
  });
});

describe('conditional requests (unit)', () => {
  it('matches If-None-Match by weak comparison, lists and *', () => {
    const tag = etagOf('{"a":1}');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(etagOf('{"a":2}')).not.toBe(tag);
    expect(matchesIfNoneMatch(undefined, tag)).toBe(false);
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"x", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
    expect(matchesIfNoneMatch('"x"', tag)).toBe(false);
  });
});
