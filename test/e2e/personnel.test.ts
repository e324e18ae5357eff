/**
 * Issue 21, people, in a real browser: the demo's pipeline chart shows where MINUSCA's recruitment
 * days go — a bar of step segments per category beside ¶76's 180 days, the step table matching the
 * API — in English, French and Arabic; an appointment without the human-rights assessment is
 * refused with the field named, and with it, recorded and listed (P3).
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Pipeline } from '../../src/modules/personnel/recruitment.schema.js';
import { chooseLanguage, shots, demoAdminInMinusca, type BrowserRun } from '../support/browser.js';

let run: BrowserRun;
let pageErrors: string[] = [];

beforeAll(async () => {
  ({ run, pageErrors } = await demoAdminInMinusca('personnel'));
}, 120_000);

afterAll(async () => {
  await run?.close();
});

it('P1: the pipeline chart shows where the demo’s days go, in three languages, with the API’s figures', async () => {
  const page = run.page;
  await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
  const pipeline = page.getByTestId('pipeline');
  await pipeline.waitFor();
  const api = (await (
    await page.request.get(`${run.served.url}/api/personnel/pipeline`)
  ).json()) as Pipeline;
  const all = api.groups.find((g) => g.category === 'all' && g.track === 'all')!;
  expect(all.recruitments).toBeGreaterThan(30);
  expect(all.arrived).toBeGreaterThan(5);
  // Every category has a row, and fast-track (P2) beside regular.
  expect(await pipeline.locator('.days-bar').count()).toBe(api.groups.length);
  expect(await pipeline.locator('.days-segment').count()).toBeGreaterThan(20);
  const steps = page.getByTestId('pipeline-steps');
  const row = steps.getByRole('row', { name: /Reference checks/ });
  await expect.poll(() => row.textContent()).toContain(String(all.steps.reference_checks!.median));
  expect(await steps.textContent()).toContain(`Offer to arrival (¶76: 120 days)`);
  await page.screenshot({ path: path.join(shots, 'personnel-en.png'), fullPage: true });

  await chooseLanguage(page, 'fr');
  await page.getByRole('heading', { name: 'Où passent les jours du recrutement' }).waitFor();
  expect(await steps.textContent()).toContain('Vérification des références');
  await page.screenshot({ path: path.join(shots, 'personnel-fr.png'), fullPage: true });

  await chooseLanguage(page, 'ar');
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  await page.getByRole('heading', { name: 'أين تذهب أيام التوظيف' }).waitFor();
  expect(await pipeline.locator('.days-segment').count()).toBeGreaterThan(20);
  await page.screenshot({ path: path.join(shots, 'personnel-ar.png'), fullPage: true });
  await chooseLanguage(page, 'en');
  expect(pageErrors).toEqual([]);
}, 120_000);

it('P3: an appointment without the human-rights assessment is refused, naming it; with it, recorded and listed', async () => {
  const page = run.page;
  const form = page.getByTestId('appointment-form');
  await form.getByLabel('Post').selectOption('force_commander');
  await form.getByLabel('Appointee').fill('Illustrative Commander');
  await form.getByLabel('Gender').selectOption('female');
  await form.getByLabel('Nationality (ISO code)').fill('gha');
  await form.getByLabel('Appointed on').fill('2026-01-15');
  await form.getByLabel('Source').fill('Browser test, illustrative');
  await form.getByRole('button', { name: 'Record the appointment' }).click();
  await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/human-rights/i);
  await form.getByLabel('Human-rights assessment on').fill('2026-01-05');
  await form.getByLabel('Assessed by').fill('OHCHR');
  await form.getByRole('button', { name: 'Record the appointment' }).click();
  const table = page.getByTestId('appointments');
  await expect.poll(() => table.textContent()).toContain('Illustrative Commander');
  // The real heads of mission of the demo, with the history before the report said as such.
  expect(await table.textContent()).toContain('Valentine Rugwabiza');
  expect(await table.textContent()).toContain('before the report (2015)');
  await page.screenshot({ path: path.join(shots, 'personnel-appointment.png'), fullPage: true });
}, 60_000);

it('P1, P2, P5 for human resources: the next step recorded from the page; fast-track refused outside the start-up measures; a month’s head count', async () => {
  const page = run.page;
  const panel = page.getByTestId('recruitments');
  const card = panel.locator('li.card').first();
  await card.waitFor();
  const reference = (await card.getAttribute('data-reference'))!;
  const before = (await card.locator('.muted').textContent())!;
  const form = page.getByRole('form', { name: `Record the next step of ${reference}` });
  const today = new Date().toISOString().slice(0, 10);
  await form.locator('input[type=date]').fill(today);
  await form.getByRole('button', { name: /^Record: / }).click();
  // The step moved on: the card waits on the next one (or the recruit arrived and left the list).
  await expect
    .poll(async () => {
      const same = panel.locator(`li.card[data-reference="${reference}"]`);
      return (await same.count()) === 0 ? 'arrived' : await same.locator('.muted').textContent();
    })
    .not.toBe(before);

  const open = page.getByTestId('recruitment-form');
  await open.getByLabel('Job opening or roster reference').fill('JO-BROWSER-1');
  await open.getByLabel('Post', { exact: true }).fill('Civil affairs officer');
  await open.getByLabel('Grade').fill('P-3');
  await open.getByLabel('Advertised or roster searched on').fill(today);
  await open.getByLabel(/fast-track/).check();
  await open.getByRole('button', { name: 'Open the recruitment' }).click();
  await expect
    .poll(() => open.getByRole('alert').textContent())
    .toMatch(/outside the mission's standing start-up and crisis measures/);
  await open.getByLabel(/fast-track/).uncheck();
  await open.getByRole('button', { name: 'Open the recruitment' }).click();
  await expect.poll(() => panel.locator('li.card[data-reference="JO-BROWSER-1"]').count()).toBe(1);

  const count = page.getByRole('form', { name: 'Record a month’s head count' });
  await count.getByLabel('Month').fill(today.slice(0, 7));
  await count.getByLabel('Category').selectOption('community_liaison');
  await count.getByLabel('Women', { exact: true }).fill('7');
  await count.getByLabel('Men', { exact: true }).fill('11');
  await count.getByRole('button', { name: 'Record the count' }).click();
  await expect
    .poll(() => page.getByTestId('staffing').textContent())
    .toContain('Community liaison officers');
  await page.screenshot({ path: path.join(shots, 'personnel-hr.png'), fullPage: true });
  expect(pageErrors).toEqual([]);
}, 60_000);

it('P4: a head of mission’s compact for last year, assessed at its end, then its bearing on renewal', async () => {
  const page = run.page;
  const compacts = page.getByTestId('compacts');
  const add = page.getByRole('form', { name: 'Record a compact' });
  const lastYear = new Date().getUTCFullYear() - 1;
  await add.getByLabel('Head of mission').selectOption({ label: 'Valentine Rugwabiza' });
  await add.getByLabel('Year').fill(String(lastYear));
  await add
    .getByLabel('Objectives (one a line)')
    .fill(
      'Illustrative: a protection strategy in every sector\nIllustrative: gender parity in the senior team',
    );
  await add.getByRole('button', { name: 'Record the compact' }).click();
  await expect.poll(() => compacts.textContent()).toContain(`Valentine Rugwabiza, ${lastYear}`);
  const assess = page.getByRole('form', { name: `Assess the compact of ${lastYear}` });
  await assess.getByLabel('Assessed on').fill(`${lastYear}-06-30`);
  await assess.getByLabel('Rating').selectOption('partially_met');
  await assess.getByLabel('Assessment').fill('Illustrative: two sectors of four.');
  await assess.getByRole('button', { name: 'Record the assessment' }).click();
  await expect.poll(() => assess.getByRole('alert').textContent()).toMatch(/before December/);
  await assess.getByLabel('Assessed on').fill(new Date().toISOString().slice(0, 10));
  await assess.getByRole('button', { name: 'Record the assessment' }).click();
  const renewal = page.getByRole('form', { name: `Its bearing on renewal, ${lastYear}` });
  await renewal.getByLabel('Bearing on renewal').selectOption('renewal_with_conditions');
  await renewal.getByLabel('Why').fill('Illustrative: renew for a year.');
  await renewal.getByRole('button', { name: 'Record the bearing on renewal' }).click();
  await expect.poll(() => compacts.textContent()).toContain('Renewal with conditions');
  expect(pageErrors).toEqual([]);
}, 60_000);
