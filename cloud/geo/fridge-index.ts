import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';

export interface GeoPoint {
  id: string;
  lat: number;
  lon: number;
}

export interface Nearby {
  id: string;
  /** Great-circle distance from the query point. */
  distanceKm: number;
}

/** Great-circle distance in km (geokdbush's haversine; no home-made geodesy). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  return distance(a.lon, a.lat, b.lon, b.lat);
}

/**
 * Fridges by location: a static k-d tree (kdbush) searched by great-circle distance
 * (geokdbush). Fridges do not move, so the index is rebuilt only when the registry grows.
 */
export class FridgeGeoIndex {
  private readonly index: KDBush | undefined;

  constructor(private readonly points: readonly GeoPoint[]) {
    if (points.length === 0) return;
    const index = new KDBush(points.length);
    for (const p of points) index.add(p.lon, p.lat);
    this.index = index.finish();
  }

  get size(): number {
    return this.points.length;
  }

  /** The points within `radiusKm` of (lat, lon), nearest first (ties by id, so answers are stable). */
  around(lat: number, lon: number, radiusKm: number, maxResults = Infinity): Nearby[] {
    if (this.index === undefined) return [];
    return around(this.index, lon, lat, maxResults, radiusKm)
      .map((i) => {
        const p = this.points[i]!;
        return { id: p.id, distanceKm: distance(lon, lat, p.lon, p.lat) };
      })
      .sort((a, b) => a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
