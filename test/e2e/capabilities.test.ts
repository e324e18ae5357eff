/**
 * Issue 5, item 10 in a real browser: the demo loads the real monthly contributions and mission
 * strength; the force generation view charts a contributor's personnel and share of women, and a
 * mission's authorised against deployed strength; the legend's latest figures equal counts made
 * from the files; the CSV behind the chart downloads; the page reads right to left in Arabic.
 * (K1 in the browser, which needs no real data: readiness.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveInBrowser, shots, type BrowserRun, chooseLanguage } from '../support/browser.js';
import { type Served } from '../support/processes.js';
import { describeRealData, realDataPath } from '../support/real-data.js';

/** The shared data's folder of UN peacekeeping tables (real data that may not ship). */
const data = path.dirname(path.dirname(realDataPath('contributions')));
let run: BrowserRun;
let served: Served;
let page: Page;

/** Rwanda's troops in its last month, straight from the file (repeated rows counted once). */
function rwandaLastMonth() {
  const rows = parse(gunzipSync(fs.readFileSync(realDataPath('contributions'))), {
    columns: true,
  }) as Record<string, string>[];
  const plain = (c: string) => c.replace(/'$/, '');
  const seen = new Set<string>();
  let troops = 0;
  for (const r of rows) {
    if (
      plain(r['Contributor_ISO-3']!) !== 'RWA' ||
      plain(r.Mission!) === 'all' ||
      r.Date !== '2014-08-31'
    )
      continue;
    const key = plain(r.Mission!);
    if (seen.has(key)) continue;
    seen.add(key);
    troops += r.Troops_Total === 'NA' ? 0 : Number(r.Troops_Total);
  }
  return troops;
}

describeRealData(
  'the demo’s real uniformed personnel figures, charted',
  ['contributions', 'missionStrength'],
  () => {
    beforeAll(async () => {
      run = await serveInBrowser('capabilities', {
        // The uniformed personnel figures alone: a folder holding only them, so the demo does not
        // also publish forecasts and load bases from the shared data's other folders.
        prepare: (dataDir, env) => {
          const demoData = path.join(dataDir, 'demo-data', 'un-peacekeeping');
          fs.mkdirSync(path.dirname(demoData));
          fs.symlinkSync(data, demoData);
          env.PEACEOPS_DEMO_DATA_DIR = demoData;
        },
      });
      ({ served, page } = run);
    }, 90_000);

    afterAll(async () => {
      await run?.close();
    });

    it('charts Rwanda’s uniformed personnel and share of women, and UNMISS’s authorised against deployed strength', async () => {
      await expect
        .poll(() => served.output())
        .toMatch(/contributor-mission-months of uniformed personnel/);
      const password = /with password: (\S+)/.exec(served.output())![1]!;
      await page.goto(served.url);
      await page.getByLabel('Username').fill('admin');
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('link', { name: 'Uniformed personnel' }).click();

      const byContributor = page.getByTestId('by-contributor');
      await byContributor.getByLabel('Contributing State').selectOption('RWA');
      const personnel = byContributor.getByRole('figure', {
        name: 'Uniformed personnel of Rwanda, per month',
      });
      await expect
        .poll(() => personnel.locator('.legend li').first().textContent())
        .toBe(`Troops ${rwandaLastMonth().toLocaleString('en-GB')} (2014-08)`);
      await byContributor
        .getByRole('figure', { name: 'Share of women among them: Rwanda' })
        .waitFor();
      const csvLink = byContributor.getByRole('link', { name: 'Download these months as CSV' });
      const csv = await page.request.get(
        new URL((await csvLink.getAttribute('href'))!, served.url).href,
      );
      expect((await csv.text()).split('\r\n')[0]).toBe('month,troops,police,experts,total,women');

      const byMission = page.getByTestId('by-mission');
      await byMission.getByLabel('Mission', { exact: true }).selectOption('UNMISS');
      const strength = byMission.getByRole('figure', {
        name: 'UNMISS: authorised and deployed uniformed strength',
      });
      await expect.poll(() => strength.locator('path').count()).toBe(3);
      await page.screenshot({ path: path.join(shots, 'capabilities.png'), fullPage: true });

      await page.locator('.user-menu summary').click();
      await chooseLanguage(page, 'ar');
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      await page.getByRole('heading', { name: 'الأفراد النظاميون: المساهمات والقوام' }).waitFor();
      await page.screenshot({ path: path.join(shots, 'capabilities-ar.png'), fullPage: true });
    });
  },
);
