/**
 * A conduct officer in a real browser (issue 4): two-factor enrolment (the role requires it),
 * receiving an allegation with a victim's name, the case opening in its own compartment with both
 * clocks running, the victim's identity shown on the case and nowhere in the list, the first
 * workflow step; then the page in Arabic.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, chooseLanguage } from '../support/browser.js';
import { dateTimeInput, dayInput, hoursFromNow } from '../support/dates.js';
import { assertBuilt, runCli, serve, stop, type Served } from '../support/processes.js';

const shots = path.resolve('test-artifacts');
const victim = 'Amina Canaryname';
// Both allegations were received three hours ago (the server's clock is the machine's): the 72-hour
// evidence clock runs. Case numbers take the year received.
const receivedAt = hoursFromNow(-3);
const received = dateTimeInput(receivedAt);
const caseNumber = (n: number) => `SEA-${receivedAt.getUTCFullYear()}-000${n}`;
let served: Served;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let dataDir: string;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  assertBuilt();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-conduct-'));
  const env = { PEACEOPS_DATA_DIR: dataDir, DATABASE_URL: '' };
  served = await serve({ ...env, PEACEOPS_LOG_FILE: path.join(dataDir, 'server.log') });
  for (const args of [
    [
      'missions',
      'create',
      '--acronym',
      'MINUSCA',
      '--name',
      'Mission in CAR',
      '--countries',
      'CAF',
    ],
    [
      'users',
      'create',
      'ivan',
      '--name',
      'Ivan',
      '--role',
      'investigator@MINUSCA',
      '--password-stdin',
    ],
    [
      'users',
      'create',
      'cora',
      '--name',
      'Cora',
      '--role',
      'conduct_officer@MINUSCA',
      '--password-stdin',
    ],
  ]) {
    const done = runCli(args, env, 'correct horse battery staple\n');
    expect(done.code, done.stderr).toBe(0);
  }
  ({ browser, close: closeBrowser } = await launchBrowser());
  fs.mkdirSync(shots, { recursive: true });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 60_000);

afterAll(async () => {
  await closeBrowser?.();
  if (served) await stop(served);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('a conduct officer enrols two-factor sign-in, then receives an allegation: its own case, both clocks running', async () => {
  await page.goto(served.url);
  await page.getByLabel('Username').fill('cora');
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Show my key' }).click();
  const secret = (await page.locator('code').textContent())!.trim();
  await page.getByLabel('Code').fill(new TOTP({ secret }).generate());
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByRole('link', { name: 'Conduct cases' }).click();
  await page.getByText('No cases in view.').waitFor();

  await page.getByRole('button', { name: 'Receive an allegation' }).click();
  const form = page.getByRole('form', { name: 'Receive an allegation' });
  await form.getByRole('button', { name: 'Receive an allegation' }).click();
  await form.getByText('Received').locator('..').locator('.field-error').waitFor(); // the missing date, named
  await form.getByLabel('Received').fill(received);
  await form.getByLabel('Allegation', { exact: true }).selectOption('sexual_abuse:rape');
  await form.getByLabel('Nationality (ISO code, e.g. XYZ)').fill('XYZ');
  await form.getByLabel('Unit').fill('XYZBATT-1');
  await form.getByLabel('Age group').selectOption('child');
  await form.getByLabel('Name', { exact: true }).fill(victim);
  await form.getByRole('button', { name: 'Receive an allegation' }).click();
  await expect
    .poll(() => page.getByRole('status').textContent())
    .toBe(`Case ${caseNumber(1)} opened, with its own compartment.`);

  const detail = page.getByTestId('case-detail');
  expect(await detail.getByTestId('victim-identity').textContent()).toContain(victim);
  expect(await detail.getByTestId('clock-evidence').textContent()).toMatch(
    /Evidence gathering running due/,
  );
  expect(await detail.getByTestId('clock-investigation').textContent()).toMatch(/due/);
  expect(await page.getByTestId('case-list').textContent()).not.toContain(victim);
  expect(await detail.getByTestId('case-team').textContent()).toContain('cora'); // its compartment
  await page.screenshot({ path: path.join(shots, 'conduct-case.png') });
});

it('the officer sends the case to investigation; the page works in Arabic, right to left', async () => {
  const detail = page.getByTestId('case-detail');
  await detail.getByLabel('Investigated by').selectOption('national');
  await detail.getByRole('button', { name: 'Apply' }).click();
  await expect.poll(() => detail.locator('h2').textContent()).toMatch(/Under investigation/);
  // C3: the allegation is credible now; the unit's payments are suspended.
  const measures = detail.getByRole('region', { name: /^Measures/ });
  await measures.getByLabel('Reason').last().fill('Credible allegation against the unit');
  await measures.getByRole('button', { name: 'Impose' }).click();
  await expect
    .poll(() => detail.getByTestId('case-measures').textContent())
    .toMatch(/Payment suspension · in force · XYZ, XYZBATT-1/);
  // C4: referred to the contributing country, followed from the case.
  await measures.getByLabel('Country').fill('XYZ');
  await measures.getByLabel('Referred on').fill(dayInput(0));
  await measures.getByLabel('Next review').last().fill(dayInput(45));
  await measures.getByRole('button', { name: 'Refer' }).click();
  await expect
    .poll(() => detail.getByTestId('case-referrals').textContent())
    .toMatch(/Contributing country \(XYZ\)/);
  // C7: the victim is referred for medical care, from the case.
  const assistance = detail.getByTestId('victim-assistance');
  await assistance.getByLabel('Assistance').selectOption('medical');
  await assistance.getByLabel('Provider').fill('Hôpital communautaire');
  await assistance.getByLabel('Referred on').fill(dayInput(0));
  await assistance.getByRole('button', { name: 'Refer' }).click();
  await assistance.getByText(/Medical · Hôpital communautaire · .* · referred/).waitFor();
  await page.screenshot({ path: path.join(shots, 'conduct-measures.png'), fullPage: true });
  await page.locator('.user-menu summary').click();
  await chooseLanguage(page, 'ar');
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  await page.getByRole('heading', { name: 'ادعاءات الاستغلال والانتهاك الجنسيين' }).waitFor();
  await page.screenshot({ path: path.join(shots, 'conduct-case-ar.png') });
  expect(pageErrors).toEqual([]);
  const log = fs.readFileSync(path.join(dataDir, 'server.log'), 'utf8');
  expect(log).not.toContain(victim);
});

it('C6: someone files a complaint without an account and gets a receipt code; the officer asks, they answer with the code', async () => {
  const publicContext = await browser.newContext({ viewport: { width: 400, height: 800 } });
  const phone = await publicContext.newPage();
  await phone.goto(new URL('/public/complaint', served.url).href);
  await phone
    .getByLabel('What happened? Where and when, if you can say.')
    .fill('A soldier asked my sister for sex in exchange for food, near the market.');
  await phone.getByRole('button', { name: 'Send the complaint' }).click();
  const code = (await phone.getByTestId('receipt-code').textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  await phone.screenshot({ path: path.join(shots, 'complaint-receipt.png'), fullPage: true });

  await page.locator('.user-menu').evaluate((menu) => menu.setAttribute('open', ''));
  await chooseLanguage(page, 'en');
  await page.getByRole('link', { name: 'Complaints' }).click();
  await page.getByTestId('complaint-list').getByRole('button').first().click();
  const detail = page.getByTestId('complaint-detail');
  await detail.getByText('near the market').waitFor();
  await detail.getByLabel('Ask the complainant').fill('Which day was it?');
  await detail.getByRole('button', { name: 'Send' }).click();
  await detail.getByText('Which day was it?').waitFor();

  await phone.getByRole('button', { name: 'Check' }).click();
  const status = phone.getByTestId('complaint-status');
  await status.getByText('Which day was it?').waitFor();
  expect(await status.textContent()).toContain('Being reviewed');
  await phone.getByLabel('Your answer').fill('Saturday morning.');
  await phone.getByRole('button', { name: 'Send', exact: true }).click();
  await status.getByText('Saturday morning.').waitFor();
  await phone.screenshot({ path: path.join(shots, 'complaint-follow.png'), fullPage: true });
  await publicContext.close();
}, 60_000);

it('C8: the officer records who the subject is, then vets candidates: another spelling is a match with its case, another person no match', async () => {
  await page.getByRole('link', { name: 'Conduct cases' }).click();
  await page
    .getByTestId('case-list')
    .getByRole('button', { name: caseNumber(1) })
    .click();
  const detail = page.getByTestId('case-detail');
  await detail.getByRole('button', { name: 'Record who this is (for vetting)' }).click();
  const identify = detail.getByRole('form', { name: 'Record who this is (for vetting)' });
  await identify.getByLabel('Full name').fill('Mohammed Abdallah');
  await identify.getByLabel('Date of birth (YYYY-MM-DD, or the year)').fill('1985-02-30');
  await identify.getByRole('button', { name: 'Save the identity' }).click();
  await identify.locator('.field-error').waitFor(); // 30 February, named on its field
  await identify.getByLabel('Date of birth (YYYY-MM-DD, or the year)').fill('1985-03-12');
  await identify.getByRole('button', { name: 'Save the identity' }).click();
  await expect
    .poll(() => detail.getByTestId('subject-identity').textContent())
    .toContain('Mohammed Abdallah · born 1985-03-12');

  await page.getByRole('link', { name: 'Vetting' }).click();
  const form = page.getByRole('form', { name: 'Screen the candidate' });
  await form.getByLabel('Reference (post, rotation, selection)').fill('XYZBATT-2 rotation');
  await form.getByLabel('Full name').fill('Muhammad Abdullah');
  await form.getByLabel('Date of birth (YYYY-MM-DD, or the year)').fill('1985-03-12');
  await form.getByRole('button', { name: 'Screen the candidate' }).click();
  const result = page.getByTestId('screening-result');
  await expect.poll(() => result.getByTestId('screening-outcome').textContent()).toBe('Match');
  expect(await result.textContent()).toContain(`${caseNumber(1)} · pending · Match`);
  expect(await result.textContent()).toContain('Same date of birth');
  await page.screenshot({ path: path.join(shots, 'vetting-match.png'), fullPage: true });

  await form.getByLabel('Reference (post, rotation, selection)').fill('XYZBATT-2 rotation');
  await form.getByLabel('Full name').fill('Ousmane Sarr');
  await form.getByRole('button', { name: 'Screen the candidate' }).click();
  await expect.poll(() => result.getByTestId('screening-outcome').textContent()).toBe('No match');
  await expect.poll(() => page.getByTestId('screenings').locator('tbody tr').count()).toBe(2);
  expect(await page.getByTestId('screenings').textContent()).not.toContain('Abdullah');
  expect(pageErrors).toEqual([]);
  const log = fs.readFileSync(path.join(dataDir, 'server.log'), 'utf8');
  expect(log).not.toContain('Abdallah');
  expect(log).not.toContain('Abdullah');
});

/** Signs a second person in, in their own browser context, enrolling their two-factor sign-in. */
async function signInAs(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const other = await context.newPage();
  other.setDefaultTimeout(10_000);
  other.on('pageerror', (e) => pageErrors.push(e.message));
  await other.goto(served.url);
  await other.getByLabel('Username').fill(username);
  await other.getByLabel('Password').fill('correct horse battery staple');
  await other.getByRole('button', { name: 'Sign in' }).click();
  await other.getByRole('button', { name: 'Show my key' }).click();
  const secret = (await other.locator('code').textContent())!.trim();
  await other.getByLabel('Code').fill(new TOTP({ secret }).generate());
  await other.getByRole('button', { name: 'Verify' }).click();
  return other;
}

it('from complaint to final action: the complaint becomes a case, the investigator added to it concludes, the officer closes it with the final action; the clocks show it', async () => {
  // The investigator has enrolled two-factor sign-in: only then may a case's team take them (C9).
  const ivan = await signInAs('ivan');
  await page.getByRole('link', { name: 'Complaints' }).click();
  await page.getByTestId('complaint-list').getByRole('button').first().click();
  const complaint = page.getByTestId('complaint-detail');
  await complaint.getByRole('button', { name: 'Open a case from this complaint' }).click();
  const form = complaint.getByRole('form', { name: 'Receive an allegation' });
  await form.getByLabel('Received').fill(received);
  await form
    .getByLabel('Allegation', { exact: true })
    .selectOption('sexual_exploitation:transactional_sex');
  await form.getByLabel('Nationality (ISO code, e.g. XYZ)').fill('XYZ');
  await form.getByRole('button', { name: 'Receive an allegation' }).click();
  await page
    .getByTestId('case-list')
    .getByRole('button', { name: caseNumber(2) })
    .click();
  const detail = page.getByTestId('case-detail');
  await expect
    .poll(() => detail.locator('h2').textContent())
    .toContain(`${caseNumber(2)} · Received`);
  expect(await detail.textContent()).toContain('Community complaint');

  // The officer puts the investigator on the case (its compartment) and opens the investigation.
  const team = detail.getByTestId('case-team');
  await team.getByLabel('Add an investigator or officer').selectOption({ label: 'Ivan (ivan)' });
  await team.getByRole('button', { name: 'Add to the case' }).click();
  await expect.poll(() => team.textContent()).toContain('ivan');
  await detail.getByLabel('Investigated by').selectOption('oios');
  await detail.getByRole('button', { name: 'Apply' }).click();
  await expect.poll(() => detail.locator('h2').textContent()).toMatch(/Under investigation/);

  // The investigator concludes: the finding is theirs to record.
  await ivan.getByRole('link', { name: 'Conduct cases' }).click();
  await ivan
    .getByTestId('case-list')
    .getByRole('button', { name: caseNumber(2) })
    .click();
  const seen = ivan.getByTestId('case-detail');
  await seen.getByLabel('Status').selectOption('investigation_concluded');
  await seen.getByLabel('Finding').selectOption('substantiated');
  await seen.getByRole('button', { name: 'Apply' }).click();
  await expect.poll(() => seen.locator('h2').textContent()).toMatch(/Investigation concluded/);
  await ivan.context().close();

  // The officer closes the case with its final action; the investigation clock is met.
  await page
    .getByTestId('case-list')
    .getByRole('button', { name: caseNumber(2) })
    .click();
  await expect.poll(() => detail.locator('h2').textContent()).toMatch(/Investigation concluded/);
  await detail.getByLabel('Status').selectOption('closed');
  await detail.getByLabel('Final action').fill('Repatriated; barred from future service');
  await detail.getByRole('button', { name: 'Apply' }).click();
  await expect
    .poll(() => detail.locator('h2').textContent())
    .toContain(`${caseNumber(2)} · Closed`);
  expect(await detail.getByTestId('clock-investigation').textContent()).toMatch(/met/);
  // Concluded with no evidence date recorded: the evidence clock stops, it does not run on.
  expect(await detail.getByTestId('clock-evidence').textContent()).toMatch(/not recorded/);
  await page.screenshot({ path: path.join(shots, 'conduct-closed.png'), fullPage: true });
  expect(pageErrors).toEqual([]);
}, 60_000);
