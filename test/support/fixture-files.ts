/** Files that ship with the tests, under test/fixtures (provenance and licences in its README.md). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = fileURLToPath(new URL('../fixtures', import.meta.url));

export const fixture = (...parts: string[]): string => path.join(fixturesDir, ...parts);
