/**
 * Failed logins per key (a remote address, a username) in a fixed window: after `max`
 * failures the key is locked until its window ends (issue 11 item 11: MQTT auth failures were
 * unlimited). Pure: the clock is an argument. Holds at most `maxKeys` keys, dropping the
 * oldest window first, so that a flood of distinct keys costs bounded memory.
 */
export interface ThrottleLimits {
  max: number;
  windowMs: number;
  maxKeys?: number;
}

export class FailureThrottle {
  private readonly windows = new Map<string, { startedAt: number; failures: number }>();

  constructor(private readonly limits: ThrottleLimits) {}

  /** 0 when the key may try; else how long (ms) until it may. */
  lockedForMs(key: string, now: number): number {
    const w = this.windows.get(key);
    if (w === undefined) return 0;
    const left = w.startedAt + this.limits.windowMs - now;
    if (left <= 0) {
      this.windows.delete(key);
      return 0;
    }
    return w.failures >= this.limits.max ? left : 0;
  }

  /** Counts a failure of the key. */
  failed(key: string, now: number): void {
    const w = this.windows.get(key);
    if (w !== undefined && now - w.startedAt < this.limits.windowMs) {
      w.failures++;
      return;
    }
    this.windows.delete(key);
    this.windows.set(key, { startedAt: now, failures: 1 });
    const maxKeys = this.limits.maxKeys ?? 10_000;
    if (this.windows.size > maxKeys) {
      const oldest = this.windows.keys().next().value;
      if (oldest !== undefined) this.windows.delete(oldest);
    }
  }
}
