/**
 * The map page in headless chromium with 100,000 incidents (issue 3): time from opening the page to
 * the clustered map drawn (cluster or cell markers on the canvas and the count shown), median of
 * repeated loads. Writes its section of RESULTS.md.
 *   BENCH_EVENTS=100000 npm run bench:browser
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../test/support/browser.js';
import { runCli, serve, stop } from '../test/support/processes.js';
import { generateUcdpCsv } from './generate-ucdp.js';
import { writeResultsSection } from './results.js';

const count = Number(process.env.BENCH_EVENTS ?? 100_000);
const loads = 7;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-browser-'));
const env = {
  PEACEOPS_DATA_DIR: dir,
  DATABASE_URL: '',
  PEACEOPS_LOG_FILE: path.join(dir, 'server.log'),
};
const csv = path.join(dir, 'events.csv');
await generateUcdpCsv(count, csv);
runCli(
  ['missions', 'create', '--acronym', 'BENCH', '--name', 'Benchmark mission', '--countries', 'CAF'],
  env,
);
const imported = spawnSync(
  process.execPath,
  [path.resolve('dist/cli/peaceops.js'), 'import', 'ucdp', csv, '--mission', 'BENCH', '--json'],
  {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  },
);
if (imported.status !== 0) throw new Error(imported.stderr);
runCli(
  ['users', 'create', 'ana', '--name', 'Ana', '--role', 'analyst@BENCH', '--password-stdin'],
  env,
  'correct horse battery staple\n',
);
const served = await serve(env);
const { browser, close } = await launchBrowser();
const samples: number[] = [];
const transferred: number[] = [];
const pans: number[] = [];
const gaps: number[] = [];
let mode = '';
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(served.url);
  await page.getByLabel('Username').fill('ana');
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Incidents' }).waitFor();
  // Bytes over the wire (headers and bodies as sent, compressed or not) while a load runs.
  let bytes = 0;
  page.on('requestfinished', (request) => {
    void request.sizes().then((size) => {
      bytes += size.responseBodySize + size.responseHeadersSize;
    });
  });
  // The view's grid cells (the last map data) and the list's first page for the view, answered;
  // then two frames, so what they brought has been drawn.
  const viewAnswered = () =>
    Promise.all([
      page.waitForResponse(
        (r) => r.url().includes('/api/incidents/map?') && r.url().includes('bbox='),
        {
          timeout: 60_000,
        },
      ),
      page.waitForResponse((r) => /\/api\/incidents\?limit=/.test(r.url()), { timeout: 60_000 }),
    ]);
  const drawn = () =>
    page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  for (let i = 0; i < loads; i++) {
    bytes = 0;
    const started = performance.now();
    const answered = viewAnswered();
    await page.goto(`${served.url}/incidents`);
    await page
      .getByText(`${count.toLocaleString('en').replace(/,/g, '')} incidents match`)
      .waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="incident-list"] li').first().waitFor({ timeout: 60_000 });
    await page.waitForFunction('document.querySelector(".maplibregl-canvas") !== null', undefined, {
      timeout: 60_000,
    });
    await answered;
    await page.locator('[data-testid="incident-list"] li').first().waitFor({ timeout: 60_000 });
    await drawn();
    samples.push(performance.now() - started);
    transferred.push(bytes);
  }
  // Pans: drag the map a third of its width, until the new view's cells and list are drawn.
  const canvas = page.locator('.maplibregl-canvas');
  const box = (await canvas.boundingBox())!;
  for (let i = 0; i < loads; i++) {
    // Every frame's time while the pan runs: the longest gap is the stall a user would see.
    await page.evaluate(`window.__frames = []; window.__stop = false;
      (function frame(t) { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(frame); })(performance.now());`);
    const started = performance.now();
    const answered = viewAnswered();
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const by = (i % 2 === 0 ? 1 : -1) * (box.width / 3);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + by, from.y, { steps: 8 });
    await page.mouse.up();
    await answered;
    await drawn();
    pans.push(performance.now() - started);
    const frames = (await page.evaluate('window.__stop = true; window.__frames')) as number[];
    gaps.push(Math.max(...frames.slice(1).map((t, k) => t - frames[k]!)));
  }
  const answer = await page.evaluate(
    async () =>
      (await fetch('/api/incidents/map?zoom=6')).json() as Promise<{
        mode: string;
        cells: unknown[];
      }>,
  );
  mode = `${answer.mode} (${answer.cells.length} cells at zoom 6)`;
  await page.screenshot({ path: path.join(dir, 'map.png') });
} finally {
  await close();
  await stop(served);
}
const medianOf = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const median = medianOf(samples);
fs.rmSync(dir, { recursive: true, force: true });
const section = `<!-- browser -->
## The map page with ${count.toLocaleString('en')} incidents (\`npm run bench:browser\`)

Run: ${new Date().toISOString().slice(0, 10)}, headless Debian chromium (software WebGL), SQLite, signed in. From opening
\`/incidents\` until the count is shown, the first page of the list for the view is drawn, the grid cells
for the view (the last map data) have been answered, and two frames have been drawn; median of ${loads} loads:
**${(median / 1000).toFixed(2)} s** (goal 3 s; all: ${samples.map((v) => (v / 1000).toFixed(2)).join(', ')} s),
**${(medianOf(transferred) / 1024).toFixed(0)} KB** transferred a load (median; the page's code comes from the browser's cache after
the first load, every API answer is \`no-store\` and fetched again). A pan (dragging the map a third of its width)
until the new view's cells and list are drawn: median **${(medianOf(pans) / 1000).toFixed(2)} s** (all: ${pans.map((v) => (v / 1000).toFixed(2)).join(', ')} s;
this includes MapLibre's easing after the drag). The longest gap between two frames during a pan, the stall a user
would see: median **${medianOf(gaps).toFixed(0)} ms**, worst ${Math.max(...gaps).toFixed(0)} ms.
The server answered with ${mode}.
`;
writeResultsSection('browser', section);
