/**
 * Issue 6 in a real browser: the forecast page (choropleth, a country's history and band, the
 * calibration plot and scores) in English, French and Arabic; a base and the rule "an attack on
 * civilians with 5 or more killed within 20 km of a base" raise an alert whose CAP 1.2 document
 * validates against the official XSD (E2); a high-risk situation with that alert as evidence and
 * a review (E3); a failure-to-act inquiry from the incident's page to the finding and the Council
 * and Member States informed (E4).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  chooseLanguage,
  serveInBrowser,
  shots,
  signInDemoAdmin,
  type BrowserRun,
} from '../support/browser.js';
import { xsdValid } from '../support/cap.js';
import { panelCsv } from '../support/country-month.js';
import { runCli, type Served } from '../support/processes.js';

let run: BrowserRun;
let served: Served;
let page: Page;
let incidentId: string;

beforeAll(async () => {
  run = await serveInBrowser('early-warning', {
    // A small generated country-month panel, published before the server starts (E1).
    prepare: (dataDir, env) => {
      fs.writeFileSync(path.join(dataDir, 'cm.csv'), panelCsv());
      fs.writeFileSync(
        path.join(dataDir, 'country.csv'),
        'name,isoab,country_id\nCentral African Republic,CAF,1\nMali,MLI,2\nSouth Sudan,SSD,3\nChad,TCD,4\nSudan,SDN,5\nNiger,NER,6\n',
      );
      const published = runCli(
        [
          'forecast',
          'publish',
          '--data',
          path.join(dataDir, 'cm.csv'),
          '--countries',
          path.join(dataDir, 'country.csv'),
          '--origin',
          '1994-12',
        ],
        env,
      );
      expect(published.code, published.stderr).toBe(0);
    },
  });
  ({ served, page } = run);
}, 90_000);

afterAll(async () => {
  await run?.close();
});

const language = (code: 'en' | 'fr' | 'ar') => chooseLanguage(page, code);

it('E1: the forecast map, a country’s history and band, the calibration plot and scores, in three languages', async () => {
  await signInDemoAdmin(page, served.url, served.output());
  await page.getByRole('link', { name: 'Forecasts' }).click();
  await expect.poll(() => page.getByTestId('forecast-run').textContent()).toContain('From 1994-12');
  await page.getByTestId('forecast-map').locator('canvas').waitFor();
  const risk = page.getByTestId('most-at-risk');
  await expect.poll(() => risk.locator('tbody tr').count()).toBe(6);
  await risk.getByRole('button', { name: 'Central African Republic' }).click();
  const country = page.getByTestId('country-forecast');
  await expect
    .poll(() => country.getByRole('img').first().getAttribute('aria-label'))
    .toBe('State-based deaths per month, up to 1994-12');
  expect(await country.locator('figure').count()).toBe(2);
  const scores = page.getByTestId('scores');
  await expect.poll(() => scores.locator('tbody tr').count()).toBe(6);
  expect(await scores.locator('tbody tr').first().textContent()).toMatch(/^This model0\.0\d{3}/);
  await page.screenshot({ path: path.join(shots, 'forecasts.png'), fullPage: true });

  // Issue 23: violence against civilians — the map, the list, the country's own history and the
  // evaluation of that kind.
  const sbRisk = await risk.locator('tbody tr').allTextContents();
  await page.getByLabel('Kind of violence').selectOption('os');
  await expect
    .poll(() => country.getByRole('img').first().getAttribute('aria-label'))
    .toBe('Civilians killed in one-sided violence per month, up to 1994-12');
  await expect.poll(() => risk.locator('tbody tr').allTextContents()).not.toEqual(sbRisk);
  expect(await risk.locator('tbody tr').count()).toBe(6);
  await expect.poll(() => scores.locator('tbody tr').count()).toBe(6);
  await page.screenshot({ path: path.join(shots, 'forecasts-civilians.png'), fullPage: true });

  await language('fr');
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Prévisions de violence');
  expect(await page.getByLabel('Type de violence').inputValue()).toBe('os');
  await language('ar');
  await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('التنبؤ بالعنف');
  await page.screenshot({ path: path.join(shots, 'forecasts-ar.png'), fullPage: true });
  await language('en');
});

it('E2: a base and the rule raise an alert for an attack nearby; its CAP 1.2 validates against the XSD', async () => {
  // The attack, reported through the API with the page's own session.
  incidentId = await page.evaluate(async () => {
    const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
    const missions = (await (await fetch('/api/missions')).json()) as {
      items: { id: string; acronym: string }[];
    };
    const minusca = missions.items.find((m) => m.acronym === 'MINUSCA')!;
    const res = await fetch('/api/incidents', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
      body: JSON.stringify({
        missionId: minusca.id,
        occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
        location: { latitude: 6.6, longitude: 21.9 },
        category: 'violence_against_civilians',
        casualties: { civilians: { killed: 6, injured: 2, abducted: 0 } },
      }),
    });
    return ((await res.json()) as { id: string }).id;
  });
  expect(incidentId).toMatch(/^[0-9a-f-]{36}$/);

  await page.getByRole('link', { name: 'Alerts and hotspots' }).click();
  const base = page.getByRole('form', { name: 'Add a base' });
  await base.getByLabel('Mission').selectOption({ label: 'MINUSCA' });
  await base.getByLabel('Name of the base').fill('Bria team site');
  await base.getByLabel('Kind').selectOption('team_site');
  await base.getByLabel('Latitude').fill('6.54');
  await base.getByLabel('Longitude').fill('21.98');
  await base.getByRole('button', { name: 'Add a base' }).click();
  await expect.poll(() => page.getByTestId('bases').textContent()).toContain('Bria team site');

  const rule = page.getByRole('form', { name: 'Set the rule' });
  await rule.getByLabel('Mission').selectOption({ label: 'MINUSCA' });
  await rule.getByLabel('Name of the rule').fill('Attack on civilians near a base');
  await rule.getByLabel('Incident category').selectOption('violence_against_civilians');
  await rule.getByLabel('Severity').selectOption('Severe');
  await rule.getByRole('button', { name: 'Set the rule' }).click();
  const alerts = page.getByTestId('alerts');
  await expect.poll(() => alerts.textContent()).toContain('6 killed 11 km from Bria team site');
  expect(await page.getByTestId('rules').textContent()).toContain(
    'Violence against civilians, 5 or more killed, within 20 km of a base',
  );
  const link = alerts
    .locator('li', { hasText: '6 killed 11 km' })
    .getByRole('link', { name: 'CAP 1.2 document' });
  const cap = await page.request.get(`${served.url}${await link.getAttribute('href')}`);
  expect(cap.headers()['content-type']).toContain('application/cap+xml');
  const verdict = xsdValid(await cap.text());
  expect(verdict.ok, verdict.output).toBe(true);
  // Issue 23: the mission's grid forecast beside the hotspots (published by the demo from the UCDP
  // events, scored against the per-cell baselines), each cell with what moved it most.
  const grid = page.getByTestId('grid-forecast');
  await expect.poll(() => grid.getByTestId('grid-run').textContent()).toContain('From 2022-12');
  const cells = grid.getByTestId('grid-cells').locator('tbody tr');
  await expect.poll(() => cells.count()).toBe(10);
  expect(await cells.first().textContent()).toMatch(/^[\d.]+, [\d.]+[\d.]+%[↑↓] [a-z]/);
  expect(await grid.getByTestId('grid-score').textContent()).toMatch(
    /^Scored on the origins 2019-12 to 2022-11: Brier score 0\.\d{4} against 0\.\d{4}/,
  );
  const likeliestEvent = await cells.first().textContent();
  await grid.getByLabel('Forecast on the map').selectOption('killed5');
  await expect.poll(() => cells.first().textContent()).not.toBe(likeliestEvent);
  await page.screenshot({ path: path.join(shots, 'alerts.png'), fullPage: true });
  await grid.getByLabel('Forecast on the map').selectOption('event');
  // Issue 23: the CAP document speaks three languages; the page shows the reader's.
  expect(await cap.text()).toContain('<language>fr-FR</language>');
  await language('fr');
  await expect.poll(() => alerts.textContent()).toContain('6 morts à 11 km de Bria team site');
  expect(await alerts.textContent()).toContain('Un incident (violence contre des civils) le ');
  expect(await grid.getByRole('heading').textContent()).toBe(
    'Où la violence est probable : prévision par cellule de 0,5°',
  );
  await language('ar');
  await expect
    .poll(() => alerts.textContent())
    .toContain('عدد القتلى 6 على بعد 11 كم من \u2068Bria team site\u2069');
  await page.screenshot({ path: path.join(shots, 'alerts-ar.png'), fullPage: true });
  await language('en');
});

it('E3: a high-risk situation with the alert as evidence and a Senior Action Group review', async () => {
  // An alert is linked by its id (its CAP identifier); the form offers them with their headlines.
  const href = await page
    .getByTestId('alerts')
    .locator('li', { hasText: '6 killed' })
    .getByRole('link', { name: 'CAP 1.2 document' })
    .getAttribute('href');
  const key = /\/api\/alerts\/(.+)\.cap$/.exec(href!)![1]!;
  await page.getByRole('link', { name: 'High-risk situations' }).click();
  const open = page.getByRole('form', { name: 'List a high-risk situation' });
  await open.getByLabel('Mission').selectOption({ label: 'MINUSCA' });
  await open.getByLabel('Situation').fill('Attacks on civilians around Bria');
  await open.getByLabel('Area').fill('Haute-Kotto, around Bria');
  await open
    .getByLabel('What is happening')
    .fill('Repeated attacks on the displaced near the base.');
  await open.getByLabel('Owner (username)').fill('admin');
  await open.getByRole('button', { name: 'List a high-risk situation' }).click();
  await page
    .getByTestId('situations')
    .getByRole('button', { name: 'Attacks on civilians around Bria' })
    .click();
  const situation = page.getByTestId('situation');
  const link = situation.getByRole('form', { name: 'Link evidence' });
  await link.getByLabel('Kind of evidence').selectOption('alert');
  await link.getByLabel(/^Reference/).fill(key);
  await link.getByRole('button', { name: 'Link evidence' }).click();
  await expect.poll(() => page.getByTestId('evidence').textContent()).toContain(key);
  const review = situation.getByRole('form', { name: 'Record a review' });
  await review.getByLabel('Reviewed on').fill(new Date().toISOString().slice(0, 10));
  await review.getByLabel('Forum').selectOption('senior_action_group');
  await review
    .getByLabel('Decision taken')
    .fill('Reinforce the Bria base; request a protection team.');
  await review.getByLabel('Follow-up', { exact: true }).fill('Report on the protection team');
  await review.getByRole('button', { name: 'Record a review' }).click();
  await expect
    .poll(() => page.getByTestId('reviews').textContent())
    .toContain('Senior Action Group: Reinforce the Bria base');
  await language('fr');
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Situations à haut risque');
  await page.screenshot({ path: path.join(shots, 'situations-fr.png'), fullPage: true });
  await language('en');
});

it('E4: from the incident to a failure-to-act inquiry, its finding, the Council and the Member States informed', async () => {
  await page.goto(`${served.url}/inquiries?incident=${incidentId}`);
  const open = page.getByRole('form', { name: 'Open an inquiry' });
  await expect.poll(() => open.getByLabel(/^Incident/).inputValue()).toBe(incidentId);
  await open.getByLabel('Who failed to act').selectOption('mission');
  await open.getByLabel('Who (post, place)').fill('Sector East command, Bria');
  await open
    .getByLabel('What was known, and when')
    .fill('Warned at 04:30 of an attack on the site');
  await open.getByLabel('What was ordered').fill('A patrol to the site at 04:45');
  await open.getByLabel('What happened').fill('No patrol left before 09:00');
  await open.getByRole('button', { name: 'Open an inquiry' }).click();
  const list = page.getByTestId('inquiries');
  await expect.poll(() => list.textContent()).toContain('Sector East command, Bria');
  await list.getByRole('button').first().click();
  const inquiry = page.getByTestId('inquiry');
  const finding = inquiry.getByRole('form', { name: 'Record the finding' });
  await finding.getByLabel('Finding', { exact: true }).selectOption('failed_to_act');
  await finding
    .getByLabel('The finding, in words')
    .fill('The sector did not act on a timely warning.');
  await finding.getByLabel('Found on').fill(new Date().toISOString().slice(0, 10));
  await finding.getByRole('button', { name: 'Record the finding' }).click();
  const state = page.getByTestId('inquiry-state');
  await expect
    .poll(() => state.textContent())
    .toBe('failure found: the Council and the Member States to inform');
  for (const [recipient, reference] of [
    ['council', 'S/2026/123'],
    ['member_states', 'Note verbale 2026/17'],
  ] as const) {
    const notify = inquiry.getByRole('form', { name: 'Record who was informed' });
    await notify.getByLabel('Informed', { exact: true }).selectOption(recipient);
    await notify.getByLabel('On', { exact: true }).fill(new Date().toISOString().slice(0, 10));
    await notify.getByLabel(/^Letter or document/).fill(reference);
    await notify.getByLabel('Member States informed (ISO3 codes)').fill('CAF');
    await notify.getByRole('button', { name: 'Record who was informed' }).click();
    // The recorded line reads "date · reference"; the form's hint also shows "S/2026/123", so the
    // bare reference would match before the answer comes back (and the next fill would be reset).
    await expect.poll(() => inquiry.locator('dl').textContent()).toContain(`· ${reference}`);
  }
  await expect
    .poll(() => state.textContent())
    .toBe('failure found; the Council and the Member States informed');
  await language('ar');
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('التقاعس عن التصرف');
  await expect.poll(() => state.textContent()).toBe('ثبت التقاعس؛ أُبلغ المجلس والدول الأعضاء');
  await page.screenshot({ path: path.join(shots, 'inquiries-ar.png'), fullPage: true });
  await language('en');
});
