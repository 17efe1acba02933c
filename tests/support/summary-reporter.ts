// Prints one plain closing line, "N passed, N failed" (and ", N skipped" when any were), that CI and people can read
// at a glance; above it, the suites and tests that did not run, by name (a skipped suite's name says why).
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const notRun = new Set<string>();
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else {
          skipped++;
          // The outermost skipped suite names the reason once for all its tests.
          let suite = t.parent;
          let name = t.fullName;
          while (suite.type === 'suite') {
            if (suite.state() === 'skipped') name = suite.fullName;
            suite = suite.parent;
          }
          const note = (t.result() as { note?: string }).note;
          notRun.add(`${t.module.moduleId.replace(`${process.cwd()}/`, '')}: ${name}${note ? ` (${note})` : ''}`);
        }
      }
      // A file that failed to load has no tests to count, but it is a failure all the same.
      if (m.state() === 'failed' && ![...m.children.allTests()].length) failed++;
    }
    if (notRun.size) console.log(`\nNot run:\n${[...notRun].map((n) => `  ${n}`).join('\n')}`);
    console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
