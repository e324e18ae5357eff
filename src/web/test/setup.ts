/** Web tests: each test starts from an empty DOM and the real fetch. */
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { loadCatalog, locales } from '../i18n/i18n.js';

// The catalogs load on demand in the browser; here they are at hand before any test renders.
await Promise.all(locales.map((l) => loadCatalog(l)));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// jsdom lays nothing out: the maps' and charts' size watchers observe nothing.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
