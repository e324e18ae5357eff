/**
 * C5 (¶122) in a real browser: the public statistics page opens without an account, shows the
 * counts of the UN's table of allegations (loaded by the demo) with small counts as "<3", offers
 * the CSV, and reads right to left in Arabic. Nothing is fetched from outside the server.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveInBrowser, shots, type BrowserRun, chooseLanguage } from '../support/browser.js';
import { type Served } from '../support/processes.js';
import { describeRealData, realDataPath } from '../support/real-data.js';

const table = realDataPath('seaTable');
let run: BrowserRun;
let served: Served;
let page: Page;
const foreign: string[] = [];

describeRealData('the public statistics of the UN’s table of allegations', ['seaTable'], () => {
  beforeAll(async () => {
    run = await serveInBrowser('public', {
      env: { PEACEOPS_DEMO_SEA_TABLE: table },
      page: { viewport: { width: 1100, height: 900 } },
      timeout: 10_000,
    });
    ({ served, page } = run);
    page.on('request', (r) => {
      if (!r.url().startsWith(served.url) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
    });
  }, 60_000);

  afterAll(async () => {
    await run?.close();
  });

  it('from the sign-in page, anyone reaches the statistics of the 753 allegations, small counts as "<3"', async () => {
    await expect.poll(() => served.output()).toMatch(/loaded +753 allegations/);
    await page.goto(served.url);
    await page
      .getByRole('link', { name: 'Public statistics on sexual exploitation and abuse' })
      .click();
    await expect
      .poll(() => page.getByTestId('conduct-total').textContent())
      .toBe('753 allegations recorded.');
    const missions = page.getByRole('figure', { name: 'Allegations per mission' });
    await expect
      .poll(() =>
        missions.locator('li', { hasText: 'MINUSCA' }).locator('.bar-value').textContent(),
      )
      .toBe('294');
    expect(
      await missions.locator('li', { hasText: 'UNMIT' }).locator('.bar-value').textContent(),
    ).toBe('<3');
    const csv = await page.request.get(
      new URL('/api/public/conduct/statistics.csv?by=mission', served.url).href,
    );
    expect((await csv.text()).split('\r\n')[0]).toBe('mission,allegations');
    // C5: the monthly conduct table, for a chosen month, as PDF in each language.
    const monthly = page.getByTestId('monthly-table');
    await monthly.getByLabel('Month').fill('2024-06');
    const arabic = monthly.getByRole('link', { name: 'العربية (PDF)' });
    const pdf = await page.request.get(
      new URL((await arabic.getAttribute('href'))!, served.url).href,
    );
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.screenshot({ path: path.join(shots, 'conduct-public.png'), fullPage: true });
    expect(foreign).toEqual([]);
  });

  it('in Arabic the page reads right to left and "<3" keeps its order', async () => {
    await chooseLanguage(page, 'ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { name: 'الاستغلال والانتهاك الجنسيان: الادعاءات' }).waitFor();
    const unmit = page.locator('li', { hasText: 'UNMIT' }).locator('.bar-value');
    expect(await unmit.getAttribute('dir')).toBe('ltr');
    await page.setViewportSize({ width: 400, height: 800 });
    await page.screenshot({ path: path.join(shots, 'conduct-public-ar.png'), fullPage: true });
  });
});
