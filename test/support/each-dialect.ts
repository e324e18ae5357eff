/** Runs a suite once per dialect with a fresh database: `eachDialect('missions', (t) => {...})`. */
import { afterAll, beforeAll, describe } from 'vitest';
import { dialects, openTestApp, type TestApp } from './test-app.js';

export function eachDialect(name: string, body: (t: () => TestApp) => void): void {
  describe.each(dialects)(`${name} [%s]`, (dialect) => {
    let testApp: TestApp | undefined;
    beforeAll(async () => {
      testApp = await openTestApp(dialect);
    });
    afterAll(async () => {
      await testApp?.close();
    });
    body(() => {
      if (!testApp) throw new Error('test app not open');
      return testApp;
    });
  });
}
