/**
 * Serves the built web UI (dist/web) with a single-page fallback; everything ships locally.
 * Caching (issue 18): files whose names carry their content's hash (`/assets/name-HASH.ext`, as
 * Vite writes them) are immutable for a year; everything else (`index.html`, the fallback) is
 * revalidated on each visit through its ETag, so a second visit transfers only what changed.
 * Compression: the build writes `.br` and `.gz` beside each compressible file
 * (scripts/precompress.mjs); the one the browser accepts is sent, never compressed again per request.
 */
import { createHash } from 'node:crypto';
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
  '.txt': 'text/plain; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.pbf': 'application/x-protobuf',
};

/** `/assets/index-BWFOa86p.js`: Vite's content-hashed output. */
const hashedName = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

export const immutable = 'public, max-age=31536000, immutable';
export const revalidate = 'no-cache';

/** The encodings an Accept-Encoding header allows (a q of 0 refuses one). */
function acceptedEncodings(header: string): Set<string> {
  const allowed = new Set<string>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && (!q || Number(q.slice(2)) > 0)) allowed.add(name.trim());
  }
  return allowed;
}

/** The precompressed sibling the request accepts, best first: brotli, then gzip. */
function encoded(file: string, header: string): { file: string; encoding: string } | null {
  const accepted = acceptedEncodings(header);
  for (const [encoding, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const)
    if (accepted.has(encoding) && fs.existsSync(file + suffix))
      return { file: file + suffix, encoding };
  return null;
}

const etags = new Map<string, { mtimeMs: number; etag: string }>();
function etagOf(file: string): string {
  const mtimeMs = fs.statSync(file).mtimeMs;
  const known = etags.get(file);
  if (known?.mtimeMs === mtimeMs) return known.etag;
  const etag = `"${createHash('sha256').update(fs.readFileSync(file)).digest('base64url').slice(0, 27)}"`;
  etags.set(file, { mtimeMs, etag });
  return etag;
}

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
      // The public pages have their own small entry; every other page is the application's.
      const publicPage =
        pathname.startsWith('/public/') && fs.existsSync(path.join(root, 'public.html'));
      file = path.join(root, publicPage ? 'public.html' : 'index.html');
    }
    if (!fs.existsSync(file)) return next();
    const isHashed = hashedName.test(pathname) && !file.endsWith('.html');
    const headers: Record<string, string> = {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': isHashed ? immutable : revalidate,
      Vary: 'Accept-Encoding',
    };
    if (!isHashed) {
      headers.ETag = etagOf(file);
      if (c.req.header('If-None-Match') === headers.ETag) return c.body(null, 304, headers);
    }
    const sibling = encoded(file, c.req.header('Accept-Encoding') ?? '');
    if (sibling) headers['Content-Encoding'] = sibling.encoding;
    const body = await fs.promises.readFile(sibling?.file ?? file);
    return c.body(body, 200, headers);
  };
}
