/**
 * The order test files start in: the slowest known first, so that neither of the two workers is
 * left running one long file alone at the end of the run. Vitest orders by the durations of the
 * last run, which a clean checkout (CI) does not have; it then starts the largest files first, and
 * the slowest files here are not the largest (the access matrix is short and makes 7,000 calls).
 * The list is measured (`vitest run --reporter=json`, docs/testing.md); a file missing from it
 * keeps Vitest's own order after the listed ones. Files of one project stay together.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const slowestFirst = [
  'test/access-matrix.test.ts',
  'test/e2e/first-hour.test.ts',
  'test/forecast-cli.test.ts',
  'src/modules/incidents/import-limits.test.ts',
  'src/modules/incidents/import-job.service.test.ts',
  'test/capabilities-cli.test.ts',
  'src/modules/incidents/import-staging.test.ts',
  'test/import-crash.test.ts',
  'test/e2e/medical.test.ts',
  'src/modules/capabilities/contribution-import.service.test.ts',
  'test/e2e/early-warning.test.ts',
  'test/cli.test.ts',
  'test/crash.test.ts',
  'test/import-cli.test.ts',
  'test/e2e/conduct-cases.test.ts',
];

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const name = path.relative(process.cwd(), file.moduleId);
      const at = slowestFirst.indexOf(name);
      return at === -1 ? slowestFirst.length : at;
    };
    const projects = new Map<string, TestSpecification[]>();
    for (const file of base)
      projects.set(file.project.name, [...(projects.get(file.project.name) ?? []), file]);
    return [...projects.values()].flatMap((group) => group.sort((a, b) => rank(a) - rank(b)));
  }
}
