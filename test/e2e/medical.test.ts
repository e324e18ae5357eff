/**
 * Issue 19 in a real browser, in three languages: a medical officer records a casualty from an
 * incident's panel and sends the evacuation request (English); the aviation cell frees an aircraft,
 * tasks it and flies the request to the hospital, the clock running on the page (French); the
 * medical officer records resuscitation and surgery and reads this month's 10-1-2 chart (Arabic).
 * Then the patient dies: the death is recorded with its incident and casualty, the host Government
 * follow-up (I1) opens and the next of kin are notified (English, M4, M5). The patient's name is a canary: on the officer's own casualty read only, never in a list, the
 * cell's page, or the server's log.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chooseLanguage, serveInBrowser, shots, type BrowserRun } from '../support/browser.js';
import { runCli } from '../support/processes.js';

const patient = 'Zoltan Canarypatient';
const password = 'correct horse battery staple';
/** A datetime-local value in UTC (the medical forms read their times as UTC). */
const utcInput = (minutesAgo: number) =>
  new Date(Date.now() - minutesAgo * 60_000).toISOString().slice(0, 16);
let run: BrowserRun;
let medic: Page;
let cell: Page;
let incidentId = '';
const pageErrors: string[] = [];

async function signIn(username: string, twoFactor: boolean): Promise<Page> {
  const context = await run.browser.newContext({
    viewport: { width: 1300, height: 1000 },
    locale: 'en-GB',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => pageErrors.push(`${username}: ${e.message}`));
  await page.goto(run.served.url);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (twoFactor) {
    await page.getByRole('button', { name: 'Show my key' }).click();
    const secret = (await page.locator('code').textContent())!.trim();
    await page.getByLabel('Code').fill(new TOTP({ secret }).generate());
    await page.getByRole('button', { name: 'Verify' }).click();
  }
  await page.getByRole('navigation').waitFor();
  return page;
}

beforeAll(async () => {
  run = await serveInBrowser('medical', { timeout: 20_000 });
  for (const [name, role] of [
    ['mona', 'medical_officer@MINUSCA'],
    ['avi', 'aviation_officer@MINUSCA'],
  ] as const) {
    const done = runCli(
      ['users', 'create', name, '--name', name, '--role', role, '--password-stdin'],
      run.env,
      `${password}\n`,
    );
    expect(done.code, done.stderr).toBe(0);
  }
  medic = await signIn('mona', true);
  cell = await signIn('avi', false);
}, 120_000);

afterAll(async () => {
  await run?.close();
});

it('M1, M2: the medical officer records a casualty from an incident and sends the request (English)', async () => {
  await medic.getByRole('link', { name: 'Incidents' }).click();
  await medic.locator('.incident-list li button').first().click();
  const detail = medic.getByTestId('incident-detail');
  await detail.getByRole('button', { name: 'Record a casualty' }).click();
  const form = medic.getByRole('form', { name: 'Record a casualty' });
  incidentId = await form.getByLabel('Incident').inputValue();
  expect(incidentId).not.toBe('');
  await form.getByLabel('Injured at (UTC)').fill(utcInput(20));
  await form.getByLabel('Precedence').selectOption('urgent_surgical');
  await form.getByLabel('Name (encrypted; medical officers only)').fill(patient);
  await form.getByRole('button', { name: 'Record a casualty' }).click();
  const casualties = medic.getByTestId('casualties');
  const ours = casualties.locator('tbody tr').filter({ hasNot: medic.locator('.badge') });
  await expect.poll(() => ours.count()).toBe(1);
  const reference = (await ours.getAttribute('data-reference'))!;
  expect(await ours.locator('[data-step="surgery"]').textContent()).toMatch(/due/);
  expect(await casualties.textContent()).not.toContain(patient);

  const request = medic.getByRole('form', { name: 'Request an evacuation' });
  await request.getByLabel('Injured at (UTC)').fill(utcInput(20));
  await request.getByLabel('Pick-up (grid or place)').fill('Damara, north gate');
  await request.getByLabel('Latitude').fill('4.96');
  await request.getByLabel('Longitude').fill('18.70');
  await request.getByLabel('Urgent surgical', { exact: true }).fill('1');
  await request.getByLabel('UN military', { exact: true }).check();
  await request.getByLabel(new RegExp(reference)).check();
  await request.getByRole('button', { name: 'Request an evacuation' }).click();
  const sent = medic.getByTestId('evacuation-sent');
  await sent.waitFor();
  expect(await sent.textContent()).toMatch(/Request EVAC-\d{4}-\d{4} sent: the aviation cell/);
  await medic.screenshot({ path: path.join(shots, 'medical-request-en.png'), fullPage: true });
}, 90_000);

it('M2, M3: the aviation cell is told, frees an aircraft, tasks it and flies the patient in, with the clock running (French)', async () => {
  await chooseLanguage(cell, 'fr');
  await cell.getByRole('link', { name: 'Notifications' }).click();
  await cell
    .getByText(/EVAC-\d{4}-\d{4}/)
    .first()
    .waitFor();
  await cell.getByRole('link', { name: 'Blessés et évacuations' }).click();
  const board = cell.getByTestId('evacuations');
  const ours = board.locator('tbody tr').filter({ hasNot: cell.locator('.badge') });
  await expect.poll(() => ours.count()).toBe(1);
  const reference = (await ours.getAttribute('data-reference'))!;
  // The clock runs on the page without a reload.
  const clock = ours.getByTestId('evacuation-clock').locator('.clock');
  const first = await clock.textContent();
  await expect.poll(() => clock.textContent(), { timeout: 5_000 }).not.toBe(first);

  // Every night-capable aircraft is flying a demo request: the cell ends one that is not needed.
  const busy = board.locator('tbody tr', { hasText: 'Mi-8 MTV' });
  await busy.getByRole('button').click();
  const abort = cell.getByRole('form', { name: /^Interrompre/ });
  await abort.getByLabel('Motif').selectOption('no_longer_needed');
  await abort.getByRole('button', { name: /^Interrompre/ }).click();
  await expect.poll(() => board.locator('tbody tr', { hasText: 'Mi-8 MTV' }).count()).toBe(0);

  await ours.getByRole('button', { name: reference }).click();
  const task = cell.getByRole('form', { name: `Missionner ${reference}` });
  await task.getByTestId('plan-now').waitFor();
  await task.getByLabel('Aéronef').selectOption({ label: 'Mi-8 MTV' });
  await task.getByLabel('Installation').selectOption({ label: 'Level II Bangui (Niveau II)' });
  await task.getByLabel('Équipage (indicatif)').fill('MEDEVAC 5');
  await task.getByRole('button', { name: `Missionner ${reference}` }).click();
  await expect.poll(() => ours.getByTestId('evacuation-status').textContent()).toBe('Missionnée');
  expect(await cell.getByTestId('aircraft-available').allTextContents()).toContain(
    `en vol pour ${reference}`,
  );
  for (const [button, status] of [
    ['En vol', 'En vol'],
    ['Auprès du patient', 'Auprès du patient'],
  ] as const) {
    const step = cell.getByRole('form', { name: `${button} · ${reference}` });
    await step.getByRole('button').click();
    await expect.poll(() => ours.getByTestId('evacuation-status').textContent()).toBe(status);
  }
  await cell.screenshot({ path: path.join(shots, 'medical-cell-fr.png'), fullPage: true });
  await cell
    .getByRole('form', { name: `À l’installation · ${reference}` })
    .getByRole('button')
    .click();
  const ended = cell.getByTestId('evacuations-ended').locator(`tr[data-reference="${reference}"]`);
  await expect.poll(() => ended.textContent()).toMatch(/À l’installation.*Dans les délais/);
  expect(await cell.locator('body').textContent()).not.toContain(patient);
}, 90_000);

it('M1: the medical officer records resuscitation and surgery and reads this month’s 10-1-2 chart (Arabic)', async () => {
  await chooseLanguage(medic, 'ar');
  expect(await medic.locator('html').getAttribute('dir')).toBe('rtl');
  await medic.reload();
  const casualties = medic.getByTestId('casualties');
  const ours = casualties.locator('tbody tr').filter({ hasNot: medic.locator('.badge') });
  const reference = (await ours.getAttribute('data-reference'))!;
  await ours.getByRole('button', { name: reference }).click();
  const steps = medic.getByRole('form', { name: `تسجيل مراحل ${reference}` });
  const step = (s: string) => steps.locator(`fieldset[data-step="${s}"]`);
  await step('first_aid').getByLabel('بدأت في (UTC)').fill(utcInput(15));
  await step('resuscitation').getByLabel('بدأت في (UTC)').fill(utcInput(5));
  await step('resuscitation').getByLabel('أين').selectOption({ label: 'Level II Bangui' });
  await step('surgery').getByLabel('بدأت في (UTC)').fill(utcInput(0));
  await step('surgery').getByLabel('أين').selectOption({ label: 'Level II Bangui' });
  await steps.getByRole('button').click();
  await expect.poll(() => ours.locator('[data-step="surgery"]').textContent()).toMatch(/ملتزم/);
  const chart = medic.getByTestId('compliance');
  await expect.poll(() => chart.textContent()).toContain('Level II Bangui · الجراحة (ساعتان)');
  expect(await chart.textContent()).toMatch(/مكان الإصابة · الإسعافات الأولية/);
  await medic.screenshot({ path: path.join(shots, 'medical-compliance-ar.png'), fullPage: true });
  expect(await casualties.textContent()).not.toContain(patient);
  expect(pageErrors).toEqual([]);
  const log = fs.readFileSync(path.join(run.dataDir, 'server.log'), 'utf8');
  expect(log).not.toContain(patient);
}, 90_000);

it('M4, M5, I1: the patient dies; the death is recorded by malicious act with its incident and casualty, the host Government follow-up opens, the family is notified', async () => {
  await chooseLanguage(medic, 'en');
  const casualties = medic.getByTestId('casualties');
  const reference = (await casualties
    .locator('tbody tr')
    .filter({ hasNot: medic.locator('.badge') })
    .getAttribute('data-reference'))!;
  const form = medic.getByRole('form', { name: 'Record a death' });
  await form.getByLabel('Nationality (as the UN’s file names it)').fill('Bangladesh');
  await form.getByLabel('Category of personnel').selectOption('military');
  await form.getByLabel('Type of incident').selectOption('malicious_act');
  await form.getByLabel('The casualty it was').selectOption({ label: reference });
  await form.getByRole('button', { name: 'Record a death' }).click();
  // A malicious act without its incident is refused, the field named.
  await form.locator('.field-error', { hasText: /recorded with its incident/ }).waitFor();
  await form.getByLabel('Incident', { exact: true }).fill(incidentId);
  await form.getByRole('button', { name: 'Record a death' }).click();
  const recorded = medic
    .getByTestId('recorded-fatalities')
    .locator('article')
    .filter({ hasNot: medic.locator('.badge') });
  await expect.poll(() => recorded.count()).toBe(1);
  expect(await recorded.textContent()).toMatch(/Member State.*host Government follow-up/);
  const notified = recorded.locator('tr[data-step="notified"]');
  await notified.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => notified.textContent()).toMatch(/\d{4}-\d{2}-\d{2}$/);
  await medic.screenshot({ path: path.join(shots, 'medical-fatality-en.png'), fullPage: true });
  await medic.getByRole('link', { name: 'Host follow-ups' }).click();
  await medic.getByTestId('follow-ups').waitFor();
  expect(await medic.getByTestId('follow-ups').textContent()).toContain(
    'Host Government (to be named)',
  );
  expect(pageErrors).toEqual([]);
}, 90_000);
