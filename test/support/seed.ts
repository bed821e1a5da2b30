import { onTestFailed } from 'vitest';
import { createRng, type Rng } from '../../simulator/support/prng.js';

/**
 * A seeded generator for a chaos test: `FF_TEST_SEED` replays a run, otherwise a fresh seed.
 * The seed is printed when the test fails, so that a failure can be run again exactly.
 */
export function testRng(name: string): Rng {
  const fromEnv = process.env.FF_TEST_SEED;
  const seed = fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) >>> 0 : (Math.random() * 2 ** 32) >>> 0;
  onTestFailed(() => {
    console.error(`${name}: replay with FF_TEST_SEED=${seed}`);
  });
  return createRng(seed);
}
