// A district's local calendar day (issue 14: "A day is the district's local calendar day:
// districts get a time zone, and DST days are 23 or 25 hours long"). Intl alone: the zone
// database is the one Node ships (ICU), no library needed.

/** A YYYY-MM-DD calendar date. */
export type LocalDay = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether `zone` is an IANA time zone this runtime knows (constructing a formatter is the test). */
export function isTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function partsAt(ms: number, zone: string): Parts {
  const out: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(ms)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { year: out.year ?? 0, month: out.month ?? 0, day: out.day ?? 0, hour: out.hour ?? 0, minute: out.minute ?? 0, second: out.second ?? 0 };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** The local calendar day of instant `ms` in `zone`, formatted (what localDay answers). */
function exactDay(ms: number, zone: string): LocalDay {
  const p = partsAt(ms, zone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** Per zone, the last day asked for and its instants [start, end): most events fall in it. */
const lastDay = new Map<string, { day: LocalDay; start: number; end: number }>();

/**
 * The local calendar day of instant `ms` in `zone`. The report projection asks for every
 * event it folds, and formatting an instant in a zone costs microseconds: an instant within
 * the zone's last day is answered from that day's bounds.
 */
export function localDay(ms: number, zone: string): LocalDay {
  const last = lastDay.get(zone);
  if (last !== undefined && ms >= last.start && ms < last.end) return last.day;
  const day = exactDay(ms, zone);
  const start = dayStart(day, zone);
  const end = dayStart(nextDay(day), zone);
  // Bounds that do not hold the instant (a zone's odd day): not kept, answered exactly.
  if (start <= ms && ms < end) lastDay.set(zone, { day, start, end });
  return day;
}

/** The zone's offset from UTC at instant `ms`, in ms (Berlin in summer: +7,200,000). */
function offsetAt(ms: number, zone: string): number {
  const p = partsAt(ms, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/** Whether `text` is a real YYYY-MM-DD date (2026-02-30 is not). */
export function isLocalDay(text: string): boolean {
  const m = DAY_PATTERN.exec(text);
  if (m === null) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * The first instant of local day `day` in `zone` (its local midnight, or the first instant
 * after it where a DST change skips midnight).
 */
export function dayStart(day: LocalDay, zone: string): number {
  const m = DAY_PATTERN.exec(day);
  if (m === null) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Two rounds settle it: the offset at the first guess may be the other side of a change.
  let t = guess - offsetAt(guess, zone);
  t = guess - offsetAt(t, zone);
  // A zone whose midnight does not exist that day starts the day later: step to it.
  while (exactDay(t, zone) < day) t += 15 * 60_000;
  while (exactDay(t - 1, zone) === day) t -= 15 * 60_000;
  return t;
}

/** The day after `day` (calendar arithmetic, no zone). */
export function nextDay(day: LocalDay): LocalDay {
  const m = DAY_PATTERN.exec(day);
  if (m === null) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Calendar days from `from` to `to`, both included (none when to < from). */
export function daysBetween(from: LocalDay, to: LocalDay): LocalDay[] {
  const out: LocalDay[] = [];
  for (let d = from; d <= to; d = nextDay(d)) out.push(d);
  return out;
}

/** How long local day `day` is in `zone`, in ms (23 h or 25 h on a DST change). */
export function dayLengthMs(day: LocalDay, zone: string): number {
  return dayStart(nextDay(day), zone) - dayStart(day, zone);
}

/** The interval [start, end) cut at the local days' boundaries: ms per local day, in order. */
export function splitByDay(start: number, end: number, zone: string): Array<{ day: LocalDay; ms: number }> {
  const out: Array<{ day: LocalDay; ms: number }> = [];
  for (let t = start; t < end; ) {
    const day = localDay(t, zone);
    const next = Math.min(end, dayStart(nextDay(day), zone));
    out.push({ day, ms: next - t });
    t = next;
  }
  return out;
}

/** The start of the local hour holding `ms` (as an instant); hours are whole in every zone we keep. */
export function hourStart(ms: number): number {
  return Math.floor(ms / 3_600_000) * 3_600_000;
}
