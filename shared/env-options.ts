// Numeric settings that only the environment overrides (no command-line flag): limits and budgets.

/**
 * `defaults`, each overridden by its environment variable (`names`) when set: a positive
 * integer, times `scale` of its key if given (e.g. MiB to bytes); anything else throws with the
 * variable's name. The feed's limits, admission and history, and the broker's connection
 * budget, are configured this way.
 */
export function positiveIntsFromEnv<T extends { [K in keyof T]: number }>(defaults: T, names: { [K in keyof T]: string }, env: NodeJS.ProcessEnv, scale: Partial<Record<keyof T, number>> = {}): T {
  const out: T = { ...defaults };
  for (const key of Object.keys(names) as Array<keyof T>) {
    const raw = env[names[key]];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`${names[key]} must be a positive integer, got ${JSON.stringify(raw)}`);
    out[key] = (n * (scale[key] ?? 1)) as T[keyof T];
  }
  return out;
}
