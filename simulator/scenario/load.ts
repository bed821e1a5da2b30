import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Scenario } from './types.js';
import { validateScenario } from './validate.js';

/** A scenario that failed validation; `errors` lists every problem with its path. */
export class ScenarioError extends Error {
  constructor(
    readonly source: string,
    readonly errors: readonly string[],
  ) {
    super(`invalid scenario ${source}:\n  ${errors.join('\n  ')}`);
    this.name = 'ScenarioError';
  }
}

export const SCENARIO_DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));

/** A bare name ("demo") is a file in simulator/scenarios/; anything else is a path. */
export function scenarioPath(nameOrPath: string): string {
  return /^[A-Za-z0-9_-]+$/.test(nameOrPath) ? path.join(SCENARIO_DIR, `${nameOrPath}.json`) : path.resolve(nameOrPath);
}

export async function loadScenario(nameOrPath: string): Promise<Scenario> {
  return parseScenario(await readScenarioFile(nameOrPath), scenarioPath(nameOrPath));
}

/** The raw JSON of a scenario file, before validation (so that callers can apply overrides). */
export async function readScenarioFile(nameOrPath: string): Promise<unknown> {
  const file = scenarioPath(nameOrPath);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ScenarioError(file, [`cannot read: ${err instanceof Error ? err.message : String(err)}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ScenarioError(file, [`not JSON: ${err instanceof Error ? err.message : String(err)}`]);
  }
  return json;
}

/** Validates an inline scenario object; throws ScenarioError listing every problem. */
export function parseScenario(input: unknown, source = 'inline scenario'): Scenario {
  const r = validateScenario(input);
  if (!r.ok) throw new ScenarioError(source, r.errors);
  return r.scenario;
}
