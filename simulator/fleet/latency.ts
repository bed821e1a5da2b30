/** Ack latencies, kept whole: a fleet run's sample count is bounded by its batch count. */
export class LatencyRecorder {
  private readonly samples: number[] = [];

  record(ms: number): void {
    this.samples.push(ms);
  }

  get count(): number {
    return this.samples.length;
  }

  summary(): LatencySummary {
    const s = [...this.samples].sort((a, b) => a - b);
    const q = (p: number): number => (s.length === 0 ? 0 : (s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0));
    return { count: s.length, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: s[s.length - 1] ?? 0, mean: s.length === 0 ? 0 : s.reduce((a, b) => a + b, 0) / s.length };
  }
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}
