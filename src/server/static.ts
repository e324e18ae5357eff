/** Serves the built web UI (dist/web) with a single-page fallback; everything ships locally. */
import fs from 'node:fs';
import path from 'node:path';
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from './env.js';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.geojson': 'application/geo+json',
  '.pbf': 'application/x-protobuf',
};

export function serveWeb(webDir: string): MiddlewareHandler<ApiEnv> {
  const root = path.resolve(webDir);
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const pathname = decodeURIComponent(new URL(c.req.url).pathname);
    if (pathname.startsWith('/api/') || pathname.startsWith('/ogc')) return next();
    let file = path.resolve(root, `.${pathname}`);
    if (
      !file.startsWith(root + path.sep) ||
      !fs.existsSync(file) ||
      fs.statSync(file).isDirectory()
    ) {
      file = path.join(root, 'index.html');
    }
    if (!fs.existsSync(file)) return next();
    const body = await fs.promises.readFile(file);
    return c.body(body, 200, {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
    });
  };
}
