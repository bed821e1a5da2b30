// Local days of a district (issue 14): Detroit and Berlin differ, and a DST change makes a day
// 23 or 25 hours long; an interval is cut at local midnights.
import { describe, expect, it } from 'vitest';
import { dayLengthMs, dayStart, isLocalDay, isTimeZone, localDay, splitByDay } from '../../../cloud/reports/index.js';

const H = 3_600_000;

describe('local days', () => {
  it('puts one instant on different days in Detroit and Berlin', () => {
    const t = Date.parse('2026-07-01T03:30:00Z');
    expect(localDay(t, 'America/Detroit')).toBe('2026-06-30');
    expect(localDay(t, 'Europe/Berlin')).toBe('2026-07-01');
    expect(localDay(t, 'UTC')).toBe('2026-07-01');
  });

  it('starts a day at local midnight, on both sides of a DST change', () => {
    expect(dayStart('2026-03-29', 'Europe/Berlin')).toBe(Date.parse('2026-03-28T23:00:00Z'));
    expect(dayStart('2026-03-30', 'Europe/Berlin')).toBe(Date.parse('2026-03-29T22:00:00Z'));
    expect(dayStart('2026-11-01', 'America/Detroit')).toBe(Date.parse('2026-11-01T04:00:00Z'));
    expect(dayStart('2026-11-02', 'America/Detroit')).toBe(Date.parse('2026-11-02T05:00:00Z'));
  });

  it('makes the EU and US spring days 23 hours and the autumn days 25 hours long', () => {
    expect(dayLengthMs('2026-03-29', 'Europe/Berlin')).toBe(23 * H);
    expect(dayLengthMs('2026-10-25', 'Europe/Berlin')).toBe(25 * H);
    expect(dayLengthMs('2026-03-08', 'America/Detroit')).toBe(23 * H);
    expect(dayLengthMs('2026-11-01', 'America/Detroit')).toBe(25 * H);
    expect(dayLengthMs('2026-03-29', 'America/Detroit')).toBe(24 * H);
    expect(dayLengthMs('2026-03-29', 'UTC')).toBe(24 * H);
  });

  it('cuts an interval at local midnights, a whole 25-hour day included', () => {
    const from = Date.parse('2026-10-24T20:00:00Z'); // 22:00 in Berlin (CEST)
    const to = Date.parse('2026-10-26T00:00:00Z'); // 01:00 in Berlin (CET)
    expect(splitByDay(from, to, 'Europe/Berlin')).toEqual([
      { day: '2026-10-24', ms: 2 * H },
      { day: '2026-10-25', ms: 25 * H },
      { day: '2026-10-26', ms: 1 * H },
    ]);
  });

  it('knows calendar days and time zones', () => {
    expect(isLocalDay('2028-02-29')).toBe(true);
    expect(isLocalDay('2026-02-29')).toBe(false);
    expect(isLocalDay('2026-1-01')).toBe(false);
    expect(isTimeZone('America/Detroit')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('answers every instant as formatting it in the zone does, across DST changes and midnights, in any order', () => {
    const exact = (ms: number, zone: string): string =>
      new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago', 'UTC'];
    let seed = 7;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const base = Date.UTC(2026, 2, 27);
    const wrong: string[] = [];
    const check = (t: number, zone: string): void => {
      const want = exact(t, zone);
      const got = localDay(t, zone);
      if (got !== want) wrong.push(`${zone} ${new Date(t).toISOString()}: ${got}, not ${want}`);
    };
    for (const zone of zones) {
      // Ascending minutes over the spring change, then random instants over a year.
      for (let t = base; t < base + 4 * 86_400_000; t += 7 * 60_000) check(t, zone);
      for (let i = 0; i < 2_000; i++) check(base + Math.floor(rand() * 365 * 86_400_000), zone);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
