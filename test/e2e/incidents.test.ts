/**
 * The incidents page in a real browser, as a mission analyst uses it (issue 3 §5): the demo's
 * 1,848 UCDP events on the map, filters and the timeline brush narrowing them, the linked list
 * opening the detail with its history, the form's messages per field and point picking, then
 * the same page in Arabic, right to left. Nothing is fetched from outside the server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, chooseLanguage } from '../support/browser.js';
import { dateTimeInput, daysFromNow } from '../support/dates.js';
import { assertBuilt, runCli, serve, stop, type Served } from '../support/processes.js';

const shots = path.resolve('test-artifacts');
const car = JSON.parse(
  fs.readFileSync(path.resolve('demo/ucdp-ged-23.1-central-african-republic.geojson'), 'utf8'),
) as { features: { properties: { type_of_violence: number } }[] };
let served: Served;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let dataDir: string;
let page: Page;
const foreign: string[] = [];
const pageErrors: string[] = [];

const count = async () =>
  Number((await page.getByTestId('incident-count').textContent())?.replace(/\D/g, ''));

beforeAll(async () => {
  assertBuilt();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-map-'));
  const env = { PEACEOPS_DATA_DIR: dataDir, DATABASE_URL: '' };
  served = await serve({ ...env, PEACEOPS_LOG_FILE: path.join(dataDir, 'server.log') }, ['--demo']);
  const created = runCli(
    ['users', 'create', 'ana', '--name', 'Ana', '--role', 'analyst@MINUSCA', '--password-stdin'],
    env,
    'correct horse battery staple\n',
  );
  expect(created.code, created.stderr).toBe(0);
  ({ browser, close: closeBrowser } = await launchBrowser());
  fs.mkdirSync(shots, { recursive: true });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
  page.setDefaultTimeout(10_000);
  page.on('request', (r) => {
    if (!r.url().startsWith(served.url) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(served.url);
  await page.getByLabel('Username').fill('ana');
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Incidents' }).click();
}, 60_000);

afterAll(async () => {
  await closeBrowser?.();
  if (served) await stop(served);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('shows the demo mission’s 1,848 events on a map with clusters and a list', async () => {
  await expect.poll(count, { timeout: 15_000 }).toBe(1848);
  await page.locator('.cluster-count').first().waitFor({ timeout: 15_000 });
  expect(await page.locator('.maplibregl-canvas').count()).toBe(1);
  // The list follows the map's view: it reloads once the map has fitted the events.
  await expect
    .poll(async () => page.locator('.incident-list li').count(), { timeout: 15_000 })
    .toBe(50);
  // Issue 18: the map has places on it — the capital, towns and rivers from Natural Earth.
  const labels = page.getByTestId('map-label');
  await expect.poll(async () => labels.allTextContents(), { timeout: 15_000 }).toContain('Bangui');
  expect((await labels.allTextContents()).length).toBeGreaterThan(5);
  await page.screenshot({ path: path.join(shots, 'incidents-map.png') });
});

it('filters narrow the map and the list; the timeline brush sets the date range', async () => {
  await page.getByLabel('Category').selectOption('violence_against_civilians');
  const oneSided = car.features.filter((f) => f.properties.type_of_violence === 3).length;
  await expect.poll(count).toBe(oneSided);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(count).toBe(1848);
  const box = (await page.getByTestId('timeline').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(count).toBeLessThan(1848);
  expect(await page.getByLabel('From').inputValue()).toMatch(/^\d{4}-\d{2}-01$/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(count).toBe(1848);
});

it('a row of the list opens the detail with its source grade and history', async () => {
  await page.locator('.incident-list li button').first().click();
  const detail = page.getByTestId('incident-detail');
  await detail.waitFor();
  expect(await detail.textContent()).toMatch(/B2/);
  await expect.poll(async () => detail.locator('.history li').count()).toBeGreaterThan(0);
  expect(await detail.locator('.history li').first().textContent()).toMatch(/ucdp \d+: imported/);
  // Where it is, in words, and the map zoomed to its surroundings rather than to a blank square.
  const near = detail.getByTestId('incident-near');
  await expect
    .poll(async () => near.textContent())
    .toMatch(
      /^(\d+ km (north|south|east|west|north-east|north-west|south-east|south-west) of|In) \p{L}/u,
    );
  // The map eases to the incident, ringed, at a zoom where that town is on the map by its name
  // (the first incident of the demo is 65 km from it).
  const [, km, town] = /^(\d+) km \S+ of (.+)$/.exec((await near.textContent())!)!;
  expect(Number(km)).toBeLessThan(80);
  await expect.poll(async () => page.getByTestId('map-label').allTextContents()).toContain(town);
  await page.screenshot({ path: path.join(shots, 'incidents-detail.png') });
});

it('the form shows a message per field, picks its point on the map, and records the incident', async () => {
  await page.getByRole('button', { name: 'Record an incident' }).click();
  const form = page.getByTestId('incident-form');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => form.locator('.field-error').count()).toBeGreaterThanOrEqual(2);
  expect(await form.getByLabel('Latitude').getAttribute('aria-invalid')).toBe('true');
  await form.getByRole('button', { name: 'Pick on the map' }).click();
  const map = (await page.getByTestId('incident-map').boundingBox())!;
  await page.mouse.click(map.x + map.width * 0.4, map.y + map.height * 0.3);
  await expect.poll(async () => form.getByLabel('Latitude').inputValue()).toMatch(/^-?\d+\.\d+$/);
  expect(Number(await form.getByLabel('Longitude').inputValue())).toBeGreaterThan(10);
  // The picked point stays marked where the click was.
  const pin = (await page.getByTestId('map-pin').boundingBox())!;
  expect(Math.abs(pin.x + pin.width / 2 - (map.x + map.width * 0.4))).toBeLessThan(4);
  expect(Math.abs(pin.y + pin.height - (map.y + map.height * 0.3))).toBeLessThan(4);
  await form.getByLabel('When').fill(dateTimeInput(daysFromNow(-2)));
  await form.getByLabel('Category').selectOption('attack_on_un_personnel');
  await form.getByLabel('UN personnel: Injured').fill('2');
  await form.getByRole('button', { name: 'Save' }).click();
  const detail = page.getByTestId('incident-detail');
  await expect.poll(async () => detail.textContent()).toMatch(/Attack on UN personnel/);
  await expect.poll(count).toBe(1849);
});

it('the attack on UN personnel opened a follow-up with the host Government (I1), closed by its outcome', async () => {
  await page.getByRole('link', { name: 'Host follow-ups' }).click();
  const table = page.getByTestId('follow-ups');
  await table.waitFor();
  expect(await table.locator('tbody tr').count()).toBe(1);
  await table.getByRole('button', { name: 'Review' }).click();
  await table.getByLabel('Host authority').fill('Procureur de la République, Bangui');
  await table.getByLabel(/^Outcome/).fill('Two suspects arrested and charged');
  await table.getByRole('button', { name: 'Save' }).click();
  await page.getByText('No open follow-ups.').waitFor();
});

it('imports a partner’s HXL file from the browser, with progress and the rejected rows', async () => {
  await page.getByRole('link', { name: 'Import events' }).click();
  await page.getByLabel('Format').selectOption('hxl');
  await page.getByLabel(/^File/).setInputFiles({
    name: 'partner.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        '#event+id,#date,#geo+lat,#geo+lon,#event+type,#affected+killed',
        'B1,2024-03-02,6.99,19.18,armed_clash,3',
        'B2,2024-02-30,6.99,19.18,armed_clash,1',
        'B3,2024-04-01,7.01,19.20,crime,0',
      ].join('\n'),
    ),
  });
  await page.getByLabel('Import the valid rows even if some are rejected').check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const outcome = page.getByTestId('import-outcome');
  await expect
    .poll(async () => outcome.textContent(), { timeout: 10_000 })
    .toMatch(/3 rows: 2 new, 0 updated, 0 unchanged, 1 rejected/);
  expect(await outcome.locator('tbody tr').first().textContent()).toMatch(/3#datenot a real date/);
  const href = await outcome.getByRole('link').getAttribute('href');
  const report = await page.evaluate(async (url) => (await fetch(url!)).text(), href);
  expect(report).toMatch(/^line,column,reason\r\n3,#date,/);
  await page.screenshot({ path: path.join(shots, 'import.png') });
  await page.getByRole('link', { name: 'Incidents' }).click();
  await expect.poll(count).toBe(1851);
});

it('in Arabic the page reads right to left, translated', async () => {
  await page.locator('.user-menu summary').click();
  await chooseLanguage(page, 'ar');
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  await expect.poll(async () => page.locator('h1').first().textContent()).toBe('الحوادث');
  await page.screenshot({ path: path.join(shots, 'incidents-ar.png') });
  await page.locator('.user-menu summary').click();
  expect(foreign).toEqual([]);
  expect(pageErrors).toEqual([]);
});
