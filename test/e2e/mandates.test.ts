/**
 * Issue 20 (D1–D4, D6) in a real browser: the demo's MINUSCA mandate, resolution 2149 (2014) —
 * its start-up clocks, tasks by phase with what the later ones wait on, the benchmark dashboard
 * with an indicator counted from the UCDP events — a planner enters an indicator's value and the
 * chart takes it; the page in French and in Arabic, right to left.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chooseLanguage, shots, demoAdminInMinusca, type BrowserRun } from '../support/browser.js';

let run: BrowserRun;
let pageErrors: string[] = [];

beforeAll(async () => {
  ({ run, pageErrors } = await demoAdminInMinusca('mandates'));
}, 120_000);

afterAll(async () => {
  await run?.close();
});

it('D1, D2, D6: the demo mandate with its clocks, its phases and what they wait on, and the benchmark dashboard; a planner enters a value', async () => {
  const page = run.page;
  await page.getByRole('link', { name: 'Mandate and benchmarks' }).click();
  const mandate = page.locator('[data-resolution="2149 (2014)"]');
  await mandate.waitFor();
  expect(await mandate.getByTestId('startup').textContent()).toMatch(
    /Headquarters functional \(8–12 weeks\): late 2014-09-15/,
  );
  const tasks = mandate.getByTestId('tasks');
  expect(
    await tasks.locator('tr[data-code="30(a)"] [data-testid="task-status"]').textContent(),
  ).toMatch(/Started/);
  expect(await tasks.locator('tr[data-code="31(a)"]').textContent()).toMatch(
    /Secretary-General reports back.*after the mandate expired|after the mandate expired.*Secretary-General reports back/,
  );
  const indicators = mandate.getByTestId('indicator');
  expect(await indicators.first().textContent()).toMatch(
    /One-sided violence against civilians recorded \(UCDP\)/,
  );
  const prefects = indicators.filter({ hasText: 'Prefectures with their prefect at post' });
  expect(await prefects.getAttribute('data-state')).toBe('at_risk');
  const form = prefects.getByRole('form');
  await form.getByLabel('Month').fill('2015-04');
  await form.getByLabel('Value').fill('16');
  await form.getByRole('button', { name: 'Enter the value' }).click();
  await expect.poll(() => prefects.getAttribute('data-state')).toBe('on_track');
  await expect
    .poll(() => mandate.getByTestId('benchmarks').textContent())
    .toMatch(/Prefects back in their prefectures · reached/);
  await page.screenshot({ path: path.join(shots, 'mandates-en.png'), fullPage: true });
  await chooseLanguage(page, 'fr');
  await page.getByRole('heading', { name: 'Mandat et jalons' }).waitFor();
  await page.screenshot({ path: path.join(shots, 'mandates-fr.png'), fullPage: true });
  await chooseLanguage(page, 'ar');
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  await page.getByRole('heading', { name: 'الولاية والمعايير' }).waitFor();
  await page.screenshot({ path: path.join(shots, 'mandates-ar.png'), fullPage: true });
  expect(pageErrors).toEqual([]);
}, 90_000);

it('D5, D7: the illustrative survey per area and quarter with margins, a planner imports a labelled export; the camp’s readings against their targets', async () => {
  const page = run.page;
  await chooseLanguage(page, 'en');
  await page.getByRole('heading', { name: 'Public perception (D5)' }).waitFor();
  const surveys = page.getByTestId('surveys');
  const results = surveys.getByTestId('survey-results');
  await results.locator('tr[data-area="Bangui"]').first().waitFor();
  expect(await results.locator('tr[data-area=""]').first().textContent()).toMatch(
    /All areas\s*2022-Q1\s*228/,
  );
  expect(await results.locator('tr[data-area="Ouaka"]').first().textContent()).toMatch(
    /\d+\s?%\s*±\s*[\d.]+/,
  );
  expect(await surveys.locator('svg').count()).toBeGreaterThan(0);
  const form = surveys.getByRole('form', { name: 'Import a survey' });
  await form
    .getByLabel('Export (CSV)')
    .setInputFiles(path.resolve('test/fixtures/surveys/kobo-labelled-illustrative.csv'));
  await form.getByLabel('Title', { exact: true }).fill('Labelled wave (illustrative)');
  await form.getByLabel('Conducted by').fill('Browser test');
  await form.getByRole('button', { name: 'Import' }).click();
  await expect
    .poll(() => form.getByRole('status').textContent())
    .toMatch(/Imported: 96 responses, 2 questions counted[\s\S]*_uuid: who answered/);
  const camp = page.getByTestId('environment').locator('[data-site="Camp Bria (illustrative)"]');
  await camp.waitFor();
  expect(await camp.locator('[data-measure="water"]').textContent()).toMatch(
    /Water \(litres per person per day\): from 120 \(2021-12\) to 85 by 2022-12/,
  );
  expect(await camp.locator('[data-measure="water"] svg').count()).toBe(1);
  await surveys.screenshot({ path: path.join(shots, 'surveys-en.png') });
  await chooseLanguage(page, 'fr');
  await page.getByRole('heading', { name: 'Perception par la population (D5)' }).waitFor();
  await expect
    .poll(() => results.locator('tr[data-area=""]').first().textContent())
    .toMatch(/Toutes zones/);
  await surveys.screenshot({ path: path.join(shots, 'surveys-fr.png') });
  await chooseLanguage(page, 'ar');
  await page.getByRole('heading', { name: 'تصورات الجمهور (D5)' }).waitFor();
  await expect
    .poll(() => surveys.getByLabel('السؤال').textContent())
    .toMatch(/ما مدى شعورك بالأمان/);
  await page.screenshot({ path: path.join(shots, 'mandates-surveys-ar.png'), fullPage: true });
  expect(pageErrors).toEqual([]);
}, 90_000);

it('D1: a planner records a mandate and its first task from the page; a resolution in the wrong form is refused, naming it', async () => {
  const page = run.page;
  await chooseLanguage(page, 'en');
  await page.getByRole('button', { name: 'Record a mandate' }).click();
  const form = page.getByRole('form', { name: 'Record a mandate' });
  await form.getByLabel('Resolution (number and year)').fill('2709 of 2023');
  await form.getByLabel('Title', { exact: true }).fill('MINUSCA renewed (browser test)');
  await form.getByLabel('Adopted on').fill('2023-11-14');
  await form.getByLabel('Expires on').fill('2024-11-15');
  await form.getByRole('button', { name: 'Record the mandate' }).click();
  await expect
    .poll(() => page.getByRole('alert').first().textContent())
    .toMatch(/Resolution \(number and year\)/);
  await form.getByLabel('Resolution (number and year)').fill('2709 (2023)');
  await form.getByRole('button', { name: 'Record the mandate' }).click();
  const mandate = page.locator('[data-resolution="2709 (2023)"]');
  await mandate.waitFor();
  const add = mandate.getByRole('form', { name: 'Add a task' });
  await add.getByLabel('Paragraph').fill('32(a)');
  await add.getByLabel('Task').fill('Protection of civilians');
  await add.getByRole('button', { name: 'Add a task' }).click();
  await expect
    .poll(() => mandate.getByTestId('tasks').textContent())
    .toMatch(/32\(a\)\s*Protection of civilians/);
  expect(pageErrors).toEqual([]);
}, 60_000);
