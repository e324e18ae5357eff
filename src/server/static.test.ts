/**
 * Issue 18, light and cacheable pages: hashed assets are immutable for a year, index.html and the
 * page fallback are revalidated by ETag (a second visit transfers nothing unchanged), the build's
 * brotli or gzip copy is sent to a browser that accepts it, and API answers are compressed; the
 * security headers stay on every answer, and API answers are still never stored.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/support/test-app.js';
import { createApp } from './app.js';
import { immutable, revalidate } from './static.js';

let t: TestApp;
let dir: string;
let app: ReturnType<typeof createApp>;
const script = `console.log(${JSON.stringify('peaceops '.repeat(400))});\n`;

beforeAll(async () => {
  t = await openTestApp('sqlite');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>peaceops</title>');
  fs.writeFileSync(path.join(dir, 'public.html'), '<!doctype html><title>public</title>');
  fs.writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\nAllow: /public/\nDisallow: /\n');
  const asset = path.join(dir, 'assets', 'index-BWFOa86p.js');
  fs.writeFileSync(asset, script);
  fs.writeFileSync(`${asset}.br`, zlib.brotliCompressSync(script));
  fs.writeFileSync(`${asset}.gz`, zlib.gzipSync(script));
  app = createApp(t.ctx, { webDir: dir });
});

afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => app.request(url, { headers });

describe('the web’s files', () => {
  it('the public pages get their own small entry; every other page the application; robots.txt is a file', async () => {
    for (const url of ['/public/complaint', '/public/conduct']) {
      const res = await get(url);
      expect(await res.text()).toContain('<title>public</title>');
      expect(res.headers.get('cache-control')).toBe(revalidate);
    }
    expect(await (await get('/incidents')).text()).toContain('<title>peaceops</title>');
    const robots = await get('/robots.txt');
    expect(robots.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await robots.text()).toContain('Allow: /public/');
  });

  it('a hashed asset is immutable for a year, sent as brotli, gzip or plain as accepted', async () => {
    const br = await get('/assets/index-BWFOa86p.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers.get('cache-control')).toBe(immutable);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(zlib.brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(script);
    const gz = await get('/assets/index-BWFOa86p.js', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(zlib.gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);
    const plain = await get('/assets/index-BWFOa86p.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
    const refused = await get('/assets/index-BWFOa86p.js', { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(refused.headers.get('content-encoding')).toBe('gzip');
  });

  it('index.html and the page fallback are revalidated: an unchanged page answers 304', async () => {
    for (const url of ['/', '/incidents']) {
      const first = await get(url);
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe(revalidate);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
      const again = await get(url, { 'If-None-Match': etag! });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    }
    expect((await get('/', { 'If-None-Match': '"stale"' })).status).toBe(200);
  });

  it('a name that only looks hashed outside /assets is revalidated, not kept a year', async () => {
    fs.writeFileSync(path.join(dir, 'robots-ABCDEFGH.txt'), 'User-agent: *\n');
    expect((await get('/robots-ABCDEFGH.txt')).headers.get('cache-control')).toBe(revalidate);
  });

  it('the security headers stay on the web’s files', async () => {
    const answer = await get('/assets/index-BWFOa86p.js');
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('API answers', () => {
  it('are compressed when the browser accepts it, and never stored', async () => {
    const zipped = await get('/api/openapi.json', { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('cache-control')).toBe('no-store');
    const document = JSON.parse(
      zlib.gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString(),
    ) as { openapi: string };
    expect(document.openapi).toBe('3.1.0');
    const plain = await get('/api/openapi.json');
    expect(plain.headers.get('content-encoding')).toBeNull();
  });
});
