/**
 * K1 (¶86), K2, K3 in a real browser on the demo (no real data needed): a force generation officer
 * pledges a battalion and takes it from level 1 to the rapid deployment level with its evidence, sees
 * it fall back when a verification fails, declares a caveat, is refused deployment until its person
 * is certified and screened, then deploys it. Every date is relative to today (the server's clock).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type BrowserRun, serveInBrowser, shots, signInDemoAdmin } from '../support/browser.js';
import { dayInput } from '../support/dates.js';
import { type Served } from '../support/processes.js';

let run: BrowserRun;
let served: Served;
let page: Page;

// The pledge's story, in the order it happens, ending today.
const visited = dayInput(-35);
const certified = dayInput(-26);
const screened = dayInput(-24);
const aligned = dayInput(-16);
const verified = dayInput(-10);
const failed = dayInput(-9);
const deployed = dayInput(0);
const availableFrom = dayInput(60);
const deadline = dayInput(120);

beforeAll(async () => {
  run = await serveInBrowser('readiness');
  ({ served, page } = run);
}, 90_000);

afterAll(async () => {
  await run?.close();
});

it('K1: a force generation officer pledges a battalion and takes it from level 1 to the rapid deployment level with its evidence, then sees it fall back', async () => {
  await signInDemoAdmin(page, served.url, served.output());
  await page.getByRole('link', { name: 'Readiness (pledges)' }).click();
  await page.getByRole('button', { name: 'Pledge a unit' }).click();
  const form = page.getByRole('form', { name: 'Pledge a unit' });
  await form.getByLabel('Contributor (ISO code)').fill('GHA');
  await form.getByLabel('Capability').selectOption('infantry_battalion');
  await form.getByLabel('Strength').fill('850');
  await form.getByLabel('Women').fill('900');
  await form.getByLabel('Available from').fill(availableFrom);
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
    await f.getByLabel('On').fill(visited);
    await f.getByLabel('Visit report reference').fill(`AAV-GHA-${visited.slice(0, 4)}-01`);
  });
  await expect.poll(() => detail.locator('h2').textContent()).toMatch(/Level 2$/);

  const sur = page.getByRole('form', { name: 'Add a statement of unit requirements' });
  await sur.getByLabel('Mission').selectOption({ label: 'MINUSCA' });
  await sur.getByLabel('Reference').fill('SUR-MINUSCA-INF-07');
  await sur.getByLabel('Capability').selectOption('infantry_battalion');
  await sur.getByLabel('Strength').fill('850');
  await sur.getByLabel('Tasks (separate with ;)').fill('protection of civilians; patrolling');
  await sur.getByLabel('Location').fill('Bambari');
  await sur.getByLabel('Deadline').fill(deadline);
  await sur.getByRole('button', { name: 'Add a statement of unit requirements' }).click();
  await page
    .getByTestId('requirements')
    .getByText(/SUR-MINUSCA-INF-07/)
    .waitFor();

  await page.getByTestId('pledges').getByRole('button', { name: 'Ghana' }).click();
  await record('sur_alignment', async (f) => {
    await f.getByLabel('On').fill(aligned);
  });
  await expect.poll(() => detail.locator('h2').textContent()).toMatch(/Level 3$/);
  await record('rdl_verification', async (f) => {
    await f.getByLabel('On').fill(verified);
    await f.getByLabel('Days to deploy').fill('45');
  });
  await expect.poll(() => detail.locator('h2').textContent()).toMatch(/Rapid deployment level$/);
  await record('rdl_verification', async (f) => {
    await f.getByLabel('On').fill(failed);
    await f.getByLabel('Days to deploy').fill('45');
    await f.getByLabel('Passed').uncheck();
  });
  await expect.poll(() => detail.locator('h2').textContent()).toMatch(/Level 3$/);
  expect(await detail.getByTestId('pledge-history').textContent()).toMatch(
    `Fell back to Level 3 — verification of ${failed} failed`,
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
  await deploy.getByLabel('Deployed on').fill(deployed);
  await deploy.getByRole('button', { name: 'Deploy the unit' }).click();
  await deploy.getByText(/1 of 1 people are not ready to deploy/).waitFor();
  const personForm = person.getByRole('form', { name: 'Record for RW-0001' });
  await personForm.getByLabel('On').fill(certified);
  await personForm.getByLabel('Course').fill('UN core predeployment training');
  await personForm
    .getByLabel('Certified or screened by')
    .fill('Ghana Armed Forces Command and Staff College');
  await personForm.getByRole('button', { name: 'Record the certification' }).click();
  await person.getByText(/^Captain Jean Mugisha \(RW-0001\) — no human-rights screening/).waitFor();
  await personForm.getByLabel('On').fill(screened);
  await personForm.getByLabel('Certified or screened by').fill('OHCHR');
  await personForm.getByRole('button', { name: 'Screened: cleared' }).click();
  // P6 (¶124): the SEA e-learning is owed too.
  await person.getByText(/— no SEA e-learning completed \(¶124\)/).waitFor();
  await personForm.getByLabel('On').fill(screened);
  await personForm.getByLabel('Course').fill('Prevention of sexual exploitation and abuse');
  await personForm.getByRole('button', { name: 'SEA e-learning completed' }).click();
  await person.getByText(/certified and cleared, with the SEA e-learning/).waitFor();
  // Issue 16 (K3): one person is not a battalion of 850; the rest come as the nominal roll.
  await deploy.getByRole('button', { name: 'Deploy the unit' }).click();
  await deploy.getByText(/strength is 850 and 1 of its people are recorded/).waitFor();
  const roll = [
    'serviceNumber,rank,name,course,certifiedOn,authority,screenedOn,outcome,screenedBy,seaCourse,seaCompletedOn',
    ...Array.from(
      { length: 849 },
      (_, i) =>
        `RW-${String(i + 2).padStart(4, '0')},Private,Soldier ${i + 2},UN CPTM,${certified},RPA,${screened},cleared,OHCHR,PSEA e-learning,${screened}`,
    ),
  ].join('\n');
  const upload = personnel.getByRole('form', { name: 'Upload the nominal roll' });
  await upload
    .locator('input[type=file]')
    .setInputFiles({ name: 'roll.csv', mimeType: 'text/csv', buffer: Buffer.from(roll) });
  await upload.getByRole('button', { name: 'Upload the nominal roll' }).click();
  await personnel
    .getByTestId('personnel-summary')
    .getByText(/^850 of 850 people certified and cleared, with the SEA e-learning/)
    .waitFor();
  await deploy.getByRole('button', { name: 'Deploy the unit' }).click();
  await expect
    .poll(() => caveats.getByTestId('deployment').textContent())
    .toContain(`Deployed to MINUSCA on ${deployed}: caveats are frozen`);
  expect(await caveats.getByRole('form', { name: 'Declare a caveat' }).count()).toBe(0);
  await page.screenshot({ path: path.join(shots, 'readiness.png'), fullPage: true });
});
