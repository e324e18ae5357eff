import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    modulePreload: { polyfill: false }, // no inline script: the CSP allows only 'self'
    assetsInlineLimit: 0, // fonts and images as files, cached and CSP-clean
    chunkSizeWarningLimit: 1600, // MapLibre alone is ~1.4 MB minified; it loads only with the map page
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
