/**
 * Issue 20 (D1–D4, D6) in a real browser: the demo's MINUSCA mandate, resolution 2149 (2014) —
 * its start-up clocks, tasks by phase with what the later ones wait on, the benchmark dashboard
 * with an indicator counted from the UCDP events — a planner enters an indicator's value and the
 * chart takes it; the page in French and in Arabic, right to left.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  chooseLanguage,
  serveInBrowser,
  shots,
  signInDemoAdmin,
  type BrowserRun,
} from '../support/browser.js';

let run: BrowserRun;
const pageErrors: string[] = [];

beforeAll(async () => {
  run = await serveInBrowser('mandates', { timeout: 20_000 });
  run.page.on('pageerror', (e) => pageErrors.push(e.message));
  await signInDemoAdmin(run.page, run.served.url, run.served.output());
  await run.page.getByRole('navigation').waitFor();
  await run.page.getByLabel('Mission', { exact: true }).first().selectOption({ label: 'MINUSCA' });
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
