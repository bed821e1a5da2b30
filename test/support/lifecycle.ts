import { afterEach } from 'vitest';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Registers cleanups (processes, brokers, sockets) that run after each test, last first,
 * whether it passed or not.
 */
export function useCleanups(): (...fn: Array<() => Promise<unknown>>) => void {
  const fns: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const fn of fns.splice(0).reverse()) await fn().catch(() => undefined);
  });
  return (...fn) => void fns.push(...fn);
}

/** Polls `f` until it returns a value (not undefined, not a throw); fails after `timeoutMs`. */
export async function until<T>(what: string, f: () => Promise<T | undefined>, timeoutMs = 60_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await f().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await sleep(everyMs);
  }
}
