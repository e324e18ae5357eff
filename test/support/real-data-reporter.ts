/**
 * Closes the run with how many real-data suites ran, and for each missing file one line naming it
 * and where to get it (test/support/real-data.ts declares the suites and the files).
 */
import type { Reporter, TestModule } from 'vitest/node';
import {
  missingLine,
  missingRealData,
  realDataFiles,
  realDataTag,
  type RealDataKey,
} from './real-data.js';

export default class RealDataReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let ran = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const suite of module.children.allSuites()) {
        if (!suite.name.endsWith(realDataTag)) continue;
        if (suite.state() === 'skipped') skipped++;
        else ran++;
      }
    }
    if (ran + skipped === 0) return;
    const missing = missingRealData(Object.keys(realDataFiles) as RealDataKey[]);
    const lines = [`Real-data suites: ${ran} ran, ${skipped} skipped.`];
    if (missing.length > 0)
      lines.push(
        `Skipped for want of data that cannot ship with peaceops (CI has it beside the checkout):`,
        ...missing.map((key) => `  ${missingLine(key)}`),
      );
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}
