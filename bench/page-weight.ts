/**
 * What a page costs to open (issue 18): bytes transferred in headless chromium on a fresh demo
 * (no ../shared data), first visit with an empty cache and second visit with the cache the first
 * left, each measured `loads` times (median); and the public complaint form's first paint on a slow
 * phone link (750 kbit/s down, 250 kbit/s up, 150 ms round trip). Writes its section of RESULTS.md.
 *   npm run bench:pages
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchNetwork } from '../test/support/browser.js';
import { serve, stop } from '../test/support/processes.js';
import { writeResultsSection } from './results.js';

const loads = 5;
const budgets = { complaint: 150, home: 300, incidents: 900 } as const;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-weight-'));
const env = {
  PEACEOPS_DATA_DIR: dir,
  DATABASE_URL: '',
  PEACEOPS_LOG_FILE: path.join(dir, 'server.log'),
  // As on a clone without ../shared (the personnel and forecast data are kept out by serve()).
  PEACEOPS_DEMO_SEA_TABLE: path.join(dir, 'no-table-of-allegations.csv'),
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Bytes on the wire (headers and bodies, as received) while `visit` runs, by kind of resource. */
async function transferred(page: Page, visit: () => Promise<void>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const types = new Map<string, string>();
  const byType: Record<string, number> = {};
  let total = 0;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  const network = watchNetwork(page);
  cdp.on('Network.loadingFinished', (e) => {
    const type = (types.get(e.requestId) ?? 'Other').toLowerCase();
    byType[type] = (byType[type] ?? 0) + e.encodedDataLength;
    total += e.encodedDataLength;
  });
  await visit();
  // Late requests (fonts, map tiles of the local basemap) finish before the count closes. Not
  // Playwright's networkidle: its mark is lost for good when a frame's request ends before the
  // frame's DOMContentLoaded (the report preview; test/support/browser.ts `watchNetwork`).
  const pending = await network.idle();
  if (pending) throw new Error(`the page kept reading: ${pending}`);
  await cdp.detach();
  return { total, byType };
}

/** Signs in through the API (the session cookie lands in the profile) so the cache stays empty. */
async function signIn(page: Page, url: string, password: string) {
  const answer = await page
    .context()
    .request.post(`${url}/api/auth/sign-in`, { data: { username: 'admin', password } });
  if (!answer.ok()) throw new Error(`sign-in: ${answer.status()} ${await answer.text()}`);
}

interface Visit {
  name: keyof typeof budgets;
  label: string;
  path: string;
  ready: (page: Page) => Promise<void>;
  signedIn: boolean;
}

const visits: Visit[] = [
  {
    name: 'complaint',
    label: 'public complaint form (`/public/complaint`)',
    path: '/public/complaint',
    signedIn: false,
    ready: async (page) => {
      await page.locator('select[name="missionId"] option').first().waitFor({ state: 'attached' });
    },
  },
  {
    name: 'home',
    label: 'signed-in home (`/`)',
    path: '/',
    signedIn: true,
    ready: async (page) => page.getByRole('heading', { level: 1 }).first().waitFor(),
  },
  {
    name: 'incidents',
    label: 'incidents page with its map (`/incidents`)',
    path: '/incidents',
    signedIn: true,
    ready: async (page) => {
      await page.locator('.maplibregl-canvas').waitFor();
      await page.getByText(/incidents match/).waitFor({ timeout: 60_000 });
      // The places around the incidents (GET /api/places) count as part of the basemap.
      await page.getByTestId('map-label').first().waitFor({ timeout: 60_000 });
    },
  },
];

async function measure(browser: Browser, at: { url: string; password: string }, visit: Visit) {
  const { url, password } = at;
  const first: number[] = [];
  const second: number[] = [];
  let kinds: Record<string, number> = {};
  for (let i = 0; i < loads; i++) {
    // A fresh profile each time: an empty cache, as on a first visit.
    const context = await browser.newContext({ viewport: { width: 1300, height: 1000 } });
    const page = await context.newPage();
    if (visit.signedIn) await signIn(page, url, password);
    const cold = await transferred(page, async () => {
      await page.goto(`${url}${visit.path}`);
      await visit.ready(page);
    });
    const warm = await transferred(page, async () => {
      await page.goto(`${url}${visit.path}`);
      await visit.ready(page);
    });
    first.push(cold.total);
    second.push(warm.total);
    kinds = cold.byType;
    await context.close();
  }
  return { first: median(first), second: median(second), kinds };
}

/** First contentful paint of the complaint form over a slow phone link, cold cache. */
async function slowPaint(browser: Browser, url: string) {
  const samples: number[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (750 * 1024) / 8,
      uploadThroughput: (250 * 1024) / 8,
    });
    await page.goto(`${url}/public/complaint`);
    await page.locator('select[name="missionId"] option').first().waitFor({ state: 'attached' });
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    );
    const usable = await page.evaluate(() => performance.now());
    samples.push(fcp, usable);
    await context.close();
  }
  const fcps = samples.filter((_, i) => i % 2 === 0);
  const usables = samples.filter((_, i) => i % 2 === 1);
  return { fcp: median(fcps), usable: median(usables) };
}

const served = await serve(env, ['--demo']);
const password = /with password: (\S+)/.exec(served.output())![1]!;
const { browser, close } = await launchBrowser();
const rows: string[] = [];
let slow: { fcp: number; usable: number };
try {
  for (const visit of visits) {
    const m = await measure(browser, { url: served.url, password }, visit);
    const within = m.first <= budgets[visit.name] * 1024 ? 'within' : '**over**';
    const parts = Object.entries(m.kinds)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join(', ');
    rows.push(
      `| ${visit.label} | ${kb(m.first)} | ${budgets[visit.name]} KB (${within}) | ${kb(m.second)} | ${parts} |`,
    );
  }
  slow = await slowPaint(browser, served.url);
} finally {
  await close();
  await stop(served);
  fs.rmSync(dir, { recursive: true, force: true });
}

const section = `<!-- page-weight -->
## What a page costs to open (\`npm run bench:pages\`)

Run: ${new Date().toISOString().slice(0, 10)}, headless Debian chromium, the demo on a fresh data directory without
\`../shared\`. Bytes on the wire (compressed bodies and headers), median of ${loads} visits, each from a
fresh profile; the second visit reopens the page with the cache the first left.

| page | first visit | budget | second visit | first visit by kind |
| ---- | ----------- | ------ | ------------ | ------------------- |
${rows.join('\n')}

The public complaint form on a slow phone link (750 kbit/s down, 150 ms round trip, cold cache):
first contentful paint **${(slow.fcp / 1000).toFixed(2)} s**, the form ready to fill (missions listed)
**${(slow.usable / 1000).toFixed(2)} s** (medians of ${loads}).
`;
writeResultsSection('page-weight', section);
