/**
 * Issue 5, item 10 in a real browser: the demo loads the real monthly contributions and mission
 * strength; the force generation view charts a contributor's personnel and share of women, and a
 * mission's authorised against deployed strength; the legend's latest figures equal counts made
 * from the files; the CSV behind the chart downloads; the page reads right to left in Arabic.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { assertBuilt, serve, stop, type Served } from '../support/processes.js';

const data = path.resolve('../shared/data/un-peacekeeping');
const shots = path.resolve('test-artifacts');
let served: Served;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let dataDir: string;
let page: Page;

/** Rwanda's troops in its last month, straight from the file (repeated rows counted once). */
function rwandaLastMonth() {
  const rows = parse(
    gunzipSync(
      fs.readFileSync(
        path.join(data, 'contributions-ipi/full_gender_data_2009-11_to_2014-08.csv.gz'),
      ),
    ),
    { columns: true },
  ) as Record<string, string>[];
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

beforeAll(async () => {
  assertBuilt();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-capabilities-'));
  // The uniformed personnel figures alone: a folder holding only them, so the demo does not also
  // publish forecasts and load bases from the shared data's other folders.
  const demoData = path.join(dataDir, 'demo-data', 'un-peacekeeping');
  fs.mkdirSync(path.dirname(demoData));
  fs.symlinkSync(data, demoData);
  served = await serve(
    {
      PEACEOPS_DATA_DIR: dataDir,
      DATABASE_URL: '',
      PEACEOPS_DEMO_DATA_DIR: demoData,
      PEACEOPS_LOG_FILE: path.join(dataDir, 'server.log'),
    },
    ['--demo'],
  );
  ({ browser, close: closeBrowser } = await launchBrowser());
  fs.mkdirSync(shots, { recursive: true });
  page = await browser.newPage({ viewport: { width: 1300, height: 1000 }, locale: 'en-GB' });
  page.setDefaultTimeout(15_000);
}, 90_000);

afterAll(async () => {
  await closeBrowser?.();
  if (served) await stop(served);
  fs.rmSync(dataDir, { recursive: true, force: true });
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
  await byContributor.getByRole('figure', { name: 'Share of women among them: Rwanda' }).waitFor();
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
  await page.getByTestId('language').selectOption('ar');
  expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  await page.getByRole('heading', { name: 'الأفراد النظاميون: المساهمات والقوام' }).waitFor();
  await page.screenshot({ path: path.join(shots, 'capabilities-ar.png'), fullPage: true });
});

it('K1: a force generation officer pledges a battalion and takes it from level 1 to the rapid deployment level with its evidence, then sees it fall back', async () => {
  await page.locator('.user-menu').evaluate((menu) => menu.setAttribute('open', ''));
  await page.getByTestId('language').selectOption('en');
  await page.getByRole('link', { name: 'Readiness (pledges)' }).click();
  await page.getByRole('button', { name: 'Pledge a unit' }).click();
  const form = page.getByRole('form', { name: 'Pledge a unit' });
  await form.getByLabel('Contributor (ISO code)').fill('GHA');
  await form.getByLabel('Capability').selectOption('infantry_battalion');
  await form.getByLabel('Strength').fill('850');
  await form.getByLabel('Women').fill('900');
  await form.getByLabel('Available from').fill('2026-06-01');
  await form.getByRole('button', { name: 'Pledge a unit' }).click();
  await form.locator('.field-error').waitFor(); // more women than the strength, named on its field
  await form.getByLabel('Women').fill('64');
  await form.getByRole('button', { name: 'Pledge a unit' }).click();
  const detail = page.getByTestId('pledge-detail');
  await expect
    .poll(() => detail.locator('h2').textContent())
    .toBe('Ghana · Infantry battalion · Level 1');
  // K4: Ghana has no listing recorded, so its standing is eligible, said on the pledge.
  expect(await detail.getByTestId('pledge-eligibility').textContent()).toBe('Eligible');

  const record = async (
    kind: string,
    fill: (f: ReturnType<typeof detail.getByRole>) => Promise<void>,
  ) => {
    const f = detail.getByRole('form', { name: 'Record the evidence' });
    await f.getByLabel('Evidence').selectOption(kind);
    await fill(f);
    await f.getByRole('button', { name: 'Record the evidence' }).click();
  };
  await record('assessment_visit', async (f) => {
    await f.getByLabel('On').fill('2026-02-01');
    await f.getByLabel('Visit report reference').fill('AAV-GHA-2026-01');
  });
  await expect.poll(() => detail.locator('h2').textContent()).toMatch(/Level 2$/);

  const sur = page.getByRole('form', { name: 'Add a statement of unit requirements' });
  await sur.getByLabel('Mission').selectOption({ label: 'MINUSCA' });
  await sur.getByLabel('Reference').fill('SUR-MINUSCA-INF-07');
  await sur.getByLabel('Capability').selectOption('infantry_battalion');
  await sur.getByLabel('Strength').fill('850');
  await sur.getByLabel('Tasks (separate with ;)').fill('protection of civilians; patrolling');
  await sur.getByLabel('Location').fill('Bambari');
  await sur.getByLabel('Deadline').fill('2026-12-31');
  await sur.getByRole('button', { name: 'Add a statement of unit requirements' }).click();
  await page
    .getByTestId('requirements')
    .getByText(/SUR-MINUSCA-INF-07/)
    .waitFor();

  await page.getByTestId('pledges').getByRole('button', { name: 'Ghana' }).click();
  await record('sur_alignment', async (f) => {
    await f.getByLabel('On').fill('2026-02-20');
  });
  await expect.poll(() => detail.locator('h2').textContent()).toMatch(/Level 3$/);
  await record('rdl_verification', async (f) => {
    await f.getByLabel('On').fill('2026-02-26');
    await f.getByLabel('Days to deploy').fill('45');
  });
  await expect.poll(() => detail.locator('h2').textContent()).toMatch(/Rapid deployment level$/);
  await record('rdl_verification', async (f) => {
    await f.getByLabel('On').fill('2026-02-27');
    await f.getByLabel('Days to deploy').fill('45');
    await f.getByLabel('Passed').uncheck();
  });
  await expect.poll(() => detail.locator('h2').textContent()).toMatch(/Level 3$/);
  expect(await detail.getByTestId('pledge-history').textContent()).toMatch(
    /Fell back to Level 3 — verification of 2026-02-27 failed/,
  );
  // K2: a caveat declared before deployment; once deployed, caveats are frozen.
  const caveats = detail.getByTestId('unit-caveats');
  const declare = caveats.getByRole('form', { name: 'Declare a caveat' });
  await declare.getByLabel('Restricts').selectOption('night_operations');
  await declare.getByLabel('Where').fill('outside Bambari');
  await declare
    .getByLabel('Text of the caveat')
    .fill('No night patrols outside Bambari without approval from Kigali.');
  await declare.getByRole('button', { name: 'Declare a caveat' }).click();
  await caveats.getByText('No night patrols outside Bambari').waitFor();
  // K3: its one person must be certified and screened first; the refusal says who misses what.
  const personnel = detail.getByTestId('unit-personnel');
  const addPerson = personnel.getByRole('form', { name: 'Add a person' });
  await addPerson.getByLabel('Service number').fill('RW-0001');
  await addPerson.getByLabel('Rank').fill('Captain');
  await addPerson.getByLabel('Name').fill('Jean Mugisha');
  await addPerson.getByRole('button', { name: 'Add a person' }).click();
  const person = personnel.getByTestId('person-RW-0001');
  await person
    .getByText(/no predeployment training certification; no human-rights screening/)
    .waitFor();
  const deploy = caveats.getByRole('form', { name: 'Deploy the unit' });
  await deploy.getByLabel('Mission').selectOption({ label: 'MINUSCA' });
  await deploy.getByLabel('Deployed on').fill('2026-03-01');
  await deploy.getByRole('button', { name: 'Deploy the unit' }).click();
  await deploy.getByText(/1 of 1 people are not ready to deploy/).waitFor();
  const personForm = person.getByRole('form', { name: 'Record for RW-0001' });
  await personForm.getByLabel('On').fill('2026-02-10');
  await personForm.getByLabel('Course').fill('UN core predeployment training');
  await personForm
    .getByLabel('Certified or screened by')
    .fill('Ghana Armed Forces Command and Staff College');
  await personForm.getByRole('button', { name: 'Record the certification' }).click();
  await person.getByText(/^Captain Jean Mugisha \(RW-0001\) — no human-rights screening/).waitFor();
  await personForm.getByLabel('On').fill('2026-02-12');
  await personForm.getByLabel('Certified or screened by').fill('OHCHR');
  await personForm.getByRole('button', { name: 'Screened: cleared' }).click();
  await person.getByText(/certified and cleared/).waitFor();
  await deploy.getByRole('button', { name: 'Deploy the unit' }).click();
  await expect
    .poll(() => caveats.getByTestId('deployment').textContent())
    .toMatch(/Deployed to MINUSCA on 2026-03-01: caveats are frozen/);
  expect(await caveats.getByRole('form', { name: 'Declare a caveat' }).count()).toBe(0);
  await page.screenshot({ path: path.join(shots, 'readiness.png'), fullPage: true });
});
