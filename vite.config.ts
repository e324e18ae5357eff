import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The browser's `@hono/zod-openapi` (src/web/lib/zod-openapi.ts); vitest's web project uses it too. */
export const browserAliases = [
  {
    find: /^@hono\/zod-openapi$/,
    replacement: fileURLToPath(new URL('./src/web/lib/zod-openapi.ts', import.meta.url)),
  },
];

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  // The modules' schemas check answers in the browser; their OpenAPI metadata stays on the server.
  resolve: { alias: browserAliases },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    modulePreload: { polyfill: false }, // no inline script: the CSP allows only 'self'
    assetsInlineLimit: 0, // fonts and images as files, cached and CSP-clean
    chunkSizeWarningLimit: 1600, // MapLibre alone is ~1.4 MB minified; it loads only with the map page
    // The signed-in application, and the public pages' own small entry (served for /public/*).
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./src/web/index.html', import.meta.url)),
        public: fileURLToPath(new URL('./src/web/public.html', import.meta.url)),
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
