import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints a plain `N passed, N failed` as the very last line of a run, so that CI logs show
 * the count at a glance. A test file that fails to load counts as one failure.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    for (const mod of testModules) {
      let tests = 0;
      for (const test of mod.children.allTests()) {
        tests++;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
      }
      if (tests === 0 && mod.state() === 'failed') failed++;
    }
    // After the default reporter's summary, which is written on the same tick.
    setImmediate(() => process.stdout.write(`\n${passed} passed, ${failed} failed\n`));
  }
}
