// Pure timing rules of the world: when shoppers arrive, when the daily jobs run, when the
// next rare incident happens. Time and randomness come in as arguments.
import type { Rng } from '../support/prng.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Arrival rate (per hour) during the UTC hour of `atMs`, from a mean rate and a 24-hour profile. */
export function hourlyRate(meanPerHour: number, profile: readonly number[] | undefined, atMs: number): number {
  if (profile === undefined || profile.length !== 24) return meanPerHour;
  const mean = profile.reduce((a, b) => a + b, 0) / 24;
  if (mean === 0) return 0;
  const hour = new Date(atMs).getUTCHours();
  return (meanPerHour * (profile[hour] ?? 0)) / mean;
}

export function peakRate(meanPerHour: number, profile: readonly number[] | undefined): number {
  if (profile === undefined || profile.length !== 24) return meanPerHour;
  const mean = profile.reduce((a, b) => a + b, 0) / 24;
  return mean === 0 ? 0 : (meanPerHour * Math.max(...profile)) / mean;
}

/**
 * Delay until the next arrival of a Poisson process whose rate changes by the hour, by
 * thinning (Lewis & Shedler): candidates at the peak rate, each kept with probability
 * rate(t) / peak. Undefined when nobody ever comes.
 */
export function nextArrivalDelay(rng: Rng, nowMs: number, meanPerHour: number, profile: readonly number[] | undefined): number | undefined {
  const peak = peakRate(meanPerHour, profile);
  if (!(peak > 0)) return undefined;
  let t = nowMs;
  for (let i = 0; i < 10_000; i++) {
    t += rng.exponential(HOUR_MS / peak);
    if (rng.next() * peak <= hourlyRate(meanPerHour, profile, t)) return t - nowMs;
  }
  return undefined;
}

/** Delay until the next incident of a kind that happens `perDay` times a day on average. */
export function nextIncidentDelay(rng: Rng, perDay: number): number | undefined {
  return perDay > 0 ? rng.exponential(DAY_MS / perDay) : undefined;
}

/** Delay from `nowMs` to the next "HH:MM" UTC (strictly in the future). */
export function delayToNextDaily(nowMs: number, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const d = new Date(nowMs);
  let at = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), h, m);
  if (at <= nowMs) at += DAY_MS;
  return at - nowMs;
}
