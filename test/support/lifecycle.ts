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
