import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

export interface BenchResult {
  name: string;
  figures: Record<string, number | string>;
  goal?: string;
  met?: boolean;
}

export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

export function machine(): string {
  let cpu = 'unknown CPU';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux
  }
  // navigator.hardwareConcurrency only exists from Node 21 on.
  return `${cpu}, ${availableParallelism()} cores, Node ${process.version}`;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Waits for `p` at most `ms`: true if it settled in time. The timer goes with it, so a
 * benchmark ends when its work does, not when its longest guard would have fired.
 */
export async function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([p.then(() => true, () => true), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** Quantiles of latency samples (ms). */
export function quantiles(samples: ArrayLike<number>): { n: number; min: number; p50: number; p95: number; p99: number; max: number } {
  const s = Float64Array.from(samples).sort();
  const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
  return { n: s.length, min: s[0] ?? Number.NaN, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: s[s.length - 1] ?? Number.NaN };
}

/** Runs `fn` over `items` with at most `n` at a time, while `until()` holds; returns how many ran. */
export async function pool<T>(items: readonly T[], n: number, fn: (item: T, i: number) => Promise<void>, until: () => boolean = () => true): Promise<number> {
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length && until()) {
        const i = next++;
        await fn(items[i] as T, i);
        done++;
      }
    }),
  );
  return done;
}

// The meal catalog of simulator/scenarios/fleet.json (GS1 company prefix of 7 digits).
export const MEALS = [
  { gtin: '04012345000108', name: 'Lasagna al forno', weight: 520 },
  { gtin: '04012345000115', name: 'Chicken tikka masala', weight: 450 },
  { gtin: '04012345000122', name: 'Quinoa bowl', weight: 380 },
  { gtin: '04012345000139', name: 'Falafel wrap', weight: 400 },
  { gtin: '04012345000146', name: 'Beef chili', weight: 420 },
  { gtin: '04012345000153', name: 'Greek salad', weight: 300 },
  { gtin: '04012345000160', name: 'Pad thai', weight: 450 },
  { gtin: '04012345000177', name: 'Overnight oats', weight: 250 },
] as const;

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return Number.NaN;
  }
}

/** The whole machine's busy CPU seconds so far (every core, all but idle and iowait), from /proc/stat. */
export function machineCpuSeconds(): number {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is inside user)
    return ((f[0] ?? 0) + (f[1] ?? 0) + (f[2] ?? 0) + (f[5] ?? 0) + (f[6] ?? 0) + (f[7] ?? 0)) / 100;
  } catch {
    return Number.NaN;
  }
}
