// Simulated time. The world and the controllers only ever ask a SimClock for the time and
// for timers, so a test can run a fridge day in milliseconds (ManualClock) and the CLI can run
// it in minutes (RealClock with a time-scale factor).
//
// Timers are foreground (an activity in progress: a door session, an inventory round) or
// background (periodic telemetry, the next shopper's arrival). "Quiescent" means no
// foreground timer is pending.

export interface TimerHandle {
  readonly id: number;
}

export interface TimerOptions {
  background?: boolean;
}

export interface SimClock {
  /** Simulated wall clock, unix ms. */
  now(): number;
  /** `delayMs` is simulated time. */
  setTimer(delayMs: number, fn: () => void, opts?: TimerOptions): TimerHandle;
  clearTimer(handle: TimerHandle | undefined): void;
  /** Foreground sleep: counts as activity until it resolves. */
  sleep(delayMs: number): Promise<void>;
  foregroundPending(): number;
  /** Resolves once no foreground timer is pending (a ManualClock advances time to get there). */
  whenIdle(): Promise<void>;
  /** Cancels every timer. */
  dispose(): void;
}

interface Entry {
  id: number;
  due: number;
  fn: () => void;
  background: boolean;
}

/** Real time scaled: one real ms is `timeScale` simulated ms. */
export class RealClock implements SimClock {
  private readonly t0: number;
  private nextId = 1;
  private readonly timers = new Map<number, { entry: Entry; handle: NodeJS.Timeout }>();
  private foreground = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly timeScale = 1,
    private readonly startAt: number = Date.now(),
    private readonly realNow: () => number = Date.now,
  ) {
    if (!(timeScale > 0)) throw new Error(`time scale must be > 0, got ${timeScale}`);
    this.t0 = realNow();
  }

  now(): number {
    return Math.floor(this.startAt + (this.realNow() - this.t0) * this.timeScale);
  }

  setTimer(delayMs: number, fn: () => void, opts: TimerOptions = {}): TimerHandle {
    const id = this.nextId++;
    const entry: Entry = { id, due: this.now() + delayMs, fn, background: opts.background === true };
    const handle = setTimeout(() => {
      this.remove(id);
      fn();
      this.checkIdle();
    }, Math.max(0, delayMs / this.timeScale));
    this.timers.set(id, { entry, handle });
    if (!entry.background) this.foreground++;
    return { id };
  }

  clearTimer(handle: TimerHandle | undefined): void {
    if (handle === undefined) return;
    const t = this.timers.get(handle.id);
    if (t === undefined) return;
    clearTimeout(t.handle);
    this.remove(handle.id);
    this.checkIdle();
  }

  sleep(delayMs: number): Promise<void> {
    return new Promise((resolve) => this.setTimer(delayMs, resolve));
  }

  foregroundPending(): number {
    return this.foreground;
  }

  whenIdle(): Promise<void> {
    if (this.foreground === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t.handle);
    this.timers.clear();
    this.foreground = 0;
    this.checkIdle();
  }

  private remove(id: number): void {
    const t = this.timers.get(id);
    if (t === undefined) return;
    this.timers.delete(id);
    if (!t.entry.background) this.foreground--;
  }

  private checkIdle(): void {
    if (this.foreground !== 0 || this.idleWaiters.length === 0) return;
    // Let the code that the last timer resumed schedule its next step first.
    setImmediate(() => {
      if (this.foreground !== 0) return;
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    });
  }
}

/**
 * Virtual time for tests: nothing happens until the test advances it. Timers fire in due
 * order (ties in creation order); after each one the microtask queue is drained so that async
 * code resumed by the timer schedules its next step before time moves on.
 */
export class ManualClock implements SimClock {
  private t: number;
  private nextId = 1;
  private heap: Entry[] = [];
  private readonly live = new Map<number, Entry>();
  private foreground = 0;

  constructor(startAt = Date.UTC(2025, 2, 3, 0, 0, 0)) {
    this.t = startAt;
  }

  now(): number {
    return this.t;
  }

  setTimer(delayMs: number, fn: () => void, opts: TimerOptions = {}): TimerHandle {
    const entry: Entry = { id: this.nextId++, due: this.t + Math.max(0, Math.round(delayMs)), fn, background: opts.background === true };
    this.live.set(entry.id, entry);
    this.push(entry);
    if (!entry.background) this.foreground++;
    return { id: entry.id };
  }

  clearTimer(handle: TimerHandle | undefined): void {
    if (handle === undefined) return;
    const e = this.live.get(handle.id);
    if (e === undefined) return;
    this.live.delete(e.id);
    if (!e.background) this.foreground--;
  }

  sleep(delayMs: number): Promise<void> {
    return new Promise((resolve) => this.setTimer(delayMs, resolve));
  }

  foregroundPending(): number {
    return this.foreground;
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way. */
  async advance(ms: number): Promise<void> {
    const target = this.t + ms;
    await flush();
    for (;;) {
      const e = this.peek();
      if (e === undefined || e.due > target) break;
      await this.fireNext();
    }
    this.t = target;
    await flush();
  }

  /** Advances through timers until no foreground timer is pending. */
  async whenIdle(maxSteps = 1_000_000): Promise<void> {
    await flush();
    let steps = 0;
    while (this.foreground > 0) {
      if (++steps > maxSteps) throw new Error('ManualClock.whenIdle: activity never settles');
      await this.fireNext();
    }
  }

  dispose(): void {
    this.heap = [];
    this.live.clear();
    this.foreground = 0;
  }

  private async fireNext(): Promise<void> {
    const e = this.pop();
    if (e === undefined) return;
    this.t = Math.max(this.t, e.due);
    this.live.delete(e.id);
    if (!e.background) this.foreground--;
    e.fn();
    await flush();
  }

  private peek(): Entry | undefined {
    // Lazy deletion: cleared timers stay in the heap until they reach the top.
    while (this.heap.length > 0) {
      const top = this.heap[0] as Entry;
      if (this.live.has(top.id)) return top;
      this.popRaw();
    }
    return undefined;
  }

  private pop(): Entry | undefined {
    return this.peek() === undefined ? undefined : this.popRaw();
  }

  private less(a: Entry, b: Entry): boolean {
    return a.due < b.due || (a.due === b.due && a.id < b.id);
  }

  private push(e: Entry): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i] as Entry, h[p] as Entry)) break;
      [h[i], h[p]] = [h[p] as Entry, h[i] as Entry];
      i = p;
    }
  }

  private popRaw(): Entry | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last !== undefined) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l] as Entry, h[m] as Entry)) m = l;
        if (r < h.length && this.less(h[r] as Entry, h[m] as Entry)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m] as Entry, h[i] as Entry];
        i = m;
      }
    }
    return top;
  }
}

async function flush(): Promise<void> {
  for (let i = 0; i < 8; i++) await Promise.resolve();
}
