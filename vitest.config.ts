import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { browserAliases } from './vite.config.js';
import SlowestFirst from './test/support/slow-first.js';

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    // A browser answers within a second on an idle machine, not always on CI's two cores with
    // the rest of the suite beside it: expect.poll waits up to 10 s before it fails.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    globals: false,
    reporters: ['default', './test/support/real-data-reporter.ts'],
    // The slowest files first, also on a clean checkout (test/support/slow-first.ts).
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          // The server files share no module state a test changes (no mocks, no env writes), so
          // a worker keeps the modules it has loaded from one file to the next.
          isolate: false,
          // Memory tests collect garbage before they measure (a worker shared by many files holds
          // more garbage than a fresh one).
          execArgv: ['--expose-gc'],
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['src/web/**', 'node_modules/**', 'dist/**'],
        },
      },
      {
        // Components and hooks in a DOM (jsdom), built as the browser build builds them.
        extends: true,
        plugins: [react()],
        resolve: { alias: browserAliases },
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['src/web/**/*.test.{ts,tsx}'],
          setupFiles: ['./src/web/test/setup.ts'],
        },
      },
    ],
  },
});
