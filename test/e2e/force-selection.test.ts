/**
 * Issue 5's done-when in a real browser: a force generation officer takes a statement of unit
 * requirements to a ranked, explained shortlist (K5) — the demo's pledged battalions ranked with
 * points per factor, the others excluded each with its rule — reads it in French and Arabic,
 * selects a unit and follows its deployment step by step (K9), with the chart of where the days go.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type BrowserRun,
  chooseLanguage,
  serveInBrowser,
  shots,
  signInDemoAdmin,
} from '../support/browser.js';
import { dayInput } from '../support/dates.js';
import { type Served } from '../support/processes.js';

let run: BrowserRun;
let served: Served;
let page: Page;
const today = dayInput(0);

beforeAll(async () => {
  run = await serveInBrowser('selection');
  ({ served, page } = run);
}, 90_000);

afterAll(async () => {
  await run?.close();
});

const language = (code: 'en' | 'fr' | 'ar') => chooseLanguage(page, code);

it('K5: from a statement of unit requirements to a ranked, explained shortlist, and the excluded with their rules', async () => {
  await signInDemoAdmin(page, served.url, served.output());

  // K4 on the contributor's record: a listing suspends until an action plan is being implemented.
  await page.getByRole('link', { name: 'Readiness (pledges)' }).click();
  await page.getByTestId('pledges').getByRole('button', { name: 'Nepal' }).click();
  const record = page.getByTestId('contributor-record');
  const listing = record.getByRole('form', { name: 'Record a listing' });
  await listing.getByLabel('Report', { exact: true }).selectOption('caac');
  await listing.getByLabel('Report year').fill(today.slice(0, 4));
  await listing.getByLabel('Parties listed').fill('Test party');
  await listing.getByLabel('Report symbol').fill('S/TEST/1');
  await listing.getByRole('button', { name: 'Record a listing' }).click();
  const standing = page.getByTestId('pledge-eligibility');
  await expect
    .poll(() => standing.textContent())
    .toMatch(/^Suspended: action plan not implemented/);
  const plan = record.getByRole('form', { name: 'Set the action plan' });
  await plan.getByLabel('State of the plan').selectOption('implementing');
  await plan.getByRole('button', { name: 'Set the action plan' }).click();
  await expect.poll(() => standing.textContent()).toMatch(/^Eligible/);
  expect(await record.getByTestId('contributor-measures').locator('li').count()).toBe(0);

  // The requirement, as the mission states it: no caveat may restrict protection of civilians.
  const sur = page.getByRole('form', { name: 'Add a statement of unit requirements' });
  await sur.getByLabel('Mission').selectOption({ label: 'MINUSCA' });
  await sur.getByLabel('Reference').fill('SUR-MINUSCA-INF-09');
  await sur.getByLabel('Capability').selectOption('infantry_battalion');
  await sur.getByLabel('Strength').fill('850');
  await sur.getByLabel('Tasks (separate with ;)').fill('protection of civilians; patrolling');
  await sur.getByLabel('Protection of civilians').check();
  await sur.getByLabel('Major equipment').fill('Armoured personnel carrier: 10');
  await sur.getByLabel('Self-sustainment categories').fill('catering; accommodation');
  await sur.getByLabel('Location').fill('Bambari');
  await sur
    .getByLabel('Deadline')
    .fill(new Date(Date.now() + 150 * 864e5).toISOString().slice(0, 10));
  await sur.getByRole('button', { name: 'Add a statement of unit requirements' }).click();
  await page
    .getByTestId('requirements')
    .getByText(/SUR-MINUSCA-INF-09/)
    .waitFor();

  // K6: the MOU for Rwanda's battalion carries this requirement.
  const mou = page.getByRole('form', { name: 'Record an MOU' });
  await mou.getByLabel('MOU reference').fill('MOU-RWA-INF-2026');
  await mou.getByLabel('Unit covered').selectOption({ label: 'Rwanda · Infantry battalion' });
  await mou
    .getByLabel('Statement of unit requirements')
    .selectOption({ label: 'SUR-MINUSCA-INF-09' });
  await mou.getByLabel('Signed on').fill(today);
  await mou.getByRole('button', { name: 'Record an MOU' }).click();
  await expect
    .poll(() => page.getByTestId('mous').textContent())
    .toBe(
      `MOU-RWA-INF-2026: Rwanda · Infantry battalion, carrying SUR-MINUSCA-INF-09, signed ${today}`,
    );

  await page.getByRole('link', { name: 'Force selection' }).click();
  const requirement = page.getByTestId('requirement-select');
  const value = await requirement
    .locator('option', { hasText: 'SUR-MINUSCA-INF-09' })
    .getAttribute('value');
  await requirement.selectOption(value!);
  await expect
    .poll(() => page.getByTestId('requirement').textContent())
    .toMatch(/^SUR-MINUSCA-INF-09/);
  const rows = page.getByTestId('shortlist').locator('tbody tr');
  await expect.poll(() => rows.locator('strong').first().textContent()).toBe('Rwanda');
  expect(await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-unit')))).toEqual([
    'RWA',
    'BGD',
    'NPL',
  ]);
  const rwanda = rows.first();
  expect(await rwanda.textContent()).toContain('92.5 of 100');
  expect(await rwanda.textContent()).toContain(
    'rapid deployment level, verified to deploy in 45 days',
  );
  expect(await rows.nth(2).textContent()).toContain(
    'meets 2 of 3; missing: Armoured personnel carrier (8 of 10)',
  );

  const excluded = page.getByTestId('excluded');
  const zambia = excluded.locator('li[data-unit="ZMB"]');
  expect(await zambia.locator('[data-rule="level"]').textContent()).toBe(
    'Readiness level: Level 1: no assessment and advisory visit passed; the rule needs at least Level 2 (¶86–87)',
  );
  const indonesia = excluded.locator('li[data-unit="IDN"]');
  expect(await indonesia.locator('[data-rule="personnel"]').textContent()).toContain(
    'IDN-102: no predeployment training certification; no human-rights screening',
  );
  await page.screenshot({ path: path.join(shots, 'force-selection.png'), fullPage: true });

  // The rule is the officer's to set: asking for the rapid deployment level leaves Rwanda alone.
  await page.getByLabel('Lowest readiness level accepted').selectOption('rdl');
  await expect.poll(() => rows.count()).toBe(1);
  expect(await excluded.locator('li[data-unit="BGD"] [data-rule="level"]').textContent()).toBe(
    'Readiness level: Level 3; the rule needs at least Rapid deployment level (¶86–87)',
  );
  await page.getByLabel('Lowest readiness level accepted').selectOption('2');
  await expect.poll(() => rows.count()).toBe(3);

  await language('fr');
  await page.getByRole('heading', { name: 'Liste restreinte' }).waitFor();
  expect(await rows.first().textContent()).toContain(
    'niveau de déploiement rapide, déploiement vérifié en 45 jours',
  );
  await language('ar');
  expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  await page.getByRole('heading', { name: 'القائمة المختصرة' }).waitFor();
  await page.screenshot({ path: path.join(shots, 'force-selection-ar.png'), fullPage: true });
  await language('en');
});

it('K5 → K9: the officer selects the first unit and follows its deployment; the chart shows where the days go', async () => {
  const rows = page.getByTestId('shortlist').locator('tbody tr');
  await rows.first().getByRole('button', { name: 'Select this unit' }).click();
  await expect
    .poll(() => page.getByTestId('selected').textContent())
    .toContain(`Selected on ${today} by admin.`);
  expect(await page.getByRole('button', { name: 'Select this unit' }).count()).toBe(0);

  await page.getByRole('button', { name: 'Follow its deployment' }).click();
  await page.getByRole('heading', { name: 'Deployments: from selection to arrival' }).waitFor();
  const steps = page.getByTestId('steps');
  await expect.poll(() => steps.locator('tbody tr').count()).toBe(23);
  const first = steps.locator('tr[data-step="selection"]');
  expect(await first.locator('td').nth(3).textContent()).toBe(today);
  expect(await first.textContent()).toContain('ranked 1 of 3; 2 excluded');

  await steps.getByRole('button', { name: 'MOU negotiated' }).click();
  const form = page.getByRole('form', { name: 'Record the dates of: MOU negotiated' });
  await form.getByLabel('Started').fill(today);
  await form.getByLabel('Completed').fill(today);
  await form.getByRole('button', { name: 'Record' }).click();
  await expect
    .poll(() => steps.locator('tr[data-step="mou_negotiation"] td').nth(4).textContent())
    .toBe('0');
  const chart = page.getByRole('figure', {
    name: 'Where the days go: median days per step, over 1 deployments',
  });
  await expect.poll(() => chart.locator('li').count()).toBe(2);
  await page.getByRole('figure', { name: 'Median days per division and deployment' }).waitFor();
  await page.screenshot({ path: path.join(shots, 'deployments.png'), fullPage: true });
});

it('K7, K8: the unit arrives; in the mission it is assessed and its refusal reported; headquarters informs the contributor; the Council summary holds it', async () => {
  const steps = page.getByTestId('steps');
  await steps.getByRole('button', { name: 'Main body arrives in mission' }).click();
  const arrival = page.getByRole('form', {
    name: 'Record the dates of: Main body arrives in mission',
  });
  await arrival.getByLabel('Started').fill(today);
  await arrival.getByLabel('Completed').fill(today);
  await arrival.getByRole('button', { name: 'Record' }).click();
  await page.getByText(`arrived ${today}`).waitFor();

  // In MINUSCA, the demo administrator is also a staff officer: assesses and reports.
  await page.getByLabel('Mission', { exact: true }).selectOption({ label: 'MINUSCA' });
  await page.getByRole('link', { name: 'Units in mission' }).click();
  const assess = page.getByRole('form', { name: 'Record an assessment' });
  await assess.getByLabel('Assessed on').fill(today);
  await assess.getByLabel('Assessor').fill('Force HQ evaluation team');
  await assess.getByLabel('Standard 1').fill('Protection of civilians');
  await assess.getByLabel('Rating 1').selectOption('partially_meets');
  await assess.getByLabel('Standard 2').fill('Patrolling');
  await assess.getByRole('button', { name: 'Record an assessment' }).click();
  const assessed = page.getByTestId('assessments').locator('li[data-result]');
  await expect.poll(() => assessed.count()).toBe(1);
  expect(await assessed.getAttribute('data-result')).toBe('needs_improvement');
  const due = new Date(Date.now() + 90 * 864e5).toISOString().slice(0, 10);
  expect(await page.getByTestId('plan').textContent()).toContain(
    `Remedial plan for Protection of civilians, due ${due}: open`,
  );
  await page
    .getByRole('figure', { name: 'Rwanda: score per quarter, mean of each unit’s latest (1–4)' })
    .waitFor();

  const report = page.getByRole('form', { name: 'Report a refusal to follow orders' });
  await report.getByLabel('Occurred on').fill(today);
  await report.getByLabel('Order given').fill('Deploy a platoon to the displaced persons site');
  await report.getByLabel('What happened').fill('The company commander declined.');
  await report.getByRole('button', { name: 'Report a refusal to follow orders' }).click();
  const refusal = page.getByTestId('refusals').locator('li[data-status]');
  await expect.poll(() => refusal.getAttribute('data-status')).toBe('contributor_not_informed');

  // At headquarters the contributor is informed and the remedial action given its date.
  await page.getByLabel('Mission', { exact: true }).selectOption({ index: 0 });
  // The switch is done when the selector shows the view the server now holds (the page then
  // redraws for it): typing before that would go into the page being left.
  await expect.poll(() => page.getByLabel('Mission', { exact: true }).inputValue()).toBe('hq');
  await page.getByRole('link', { name: 'Units in mission' }).click();
  const inform = page.getByRole('form', { name: 'Record that the contributor was informed' });
  await inform.getByLabel('Informed at (UTC)').fill(new Date().toISOString().slice(0, 16));
  await inform.getByLabel('How').fill('Note verbale to the Permanent Mission');
  await inform.getByRole('button', { name: 'Record that the contributor was informed' }).click();
  await expect.poll(() => refusal.getAttribute('data-status')).toBe('awaiting_remedial_due');
  expect(await refusal.textContent()).toMatch(
    /Contributor informed .* by admin, 0 h after the report/,
  );
  const setDue = page.getByRole('form', { name: 'Set the date the remedial action is due' });
  const remedialDue = new Date(Date.now() + 30 * 864e5).toISOString().slice(0, 10);
  await setDue.getByLabel('Due on').fill(remedialDue);
  await setDue.getByRole('button', { name: 'Set the date the remedial action is due' }).click();
  await expect.poll(() => refusal.getAttribute('data-status')).toBe('remedial_due');
  expect(await refusal.textContent()).toContain(`Remedial action due by ${remedialDue}`);

  await page.getByRole('button', { name: 'Show' }).click();
  await expect.poll(() => page.getByTestId('council-summary').locator('li').count()).toBe(1);
  await page.screenshot({ path: path.join(shots, 'units.png'), fullPage: true });
  await language('ar');
  await page.getByRole('heading', { name: 'الوحدات في البعثة: الأداء والأوامر' }).waitFor();
  await page.screenshot({ path: path.join(shots, 'units-ar.png'), fullPage: true });
  await language('en');
});
