/**
 * Issue 18, a newcomer's first hour: the product started as the README says (`serve --demo`) on a
 * fresh data directory with none of the ../shared data, each demo account printed at start signed
 * in (the conduct officer enrolling two-factor sign-in, as in production), and every page of its
 * navigation opened in English, French and Arabic. A page fails on a script error, a failed
 * request, an error notice, a message key on screen, or a page with nothing under its title.
 */
import path from 'node:path';
import { TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en.js';
import {
  chooseLanguage,
  serveInBrowser,
  shots,
  watchNetwork,
  type BrowserRun,
} from '../support/browser.js';

let run: BrowserRun;
let browser: Browser;
const keys = Object.keys(en);
// A message key on screen looks like one of the catalog's keys, e.g. "conduct.none".
const keyOnScreen = new RegExp(
  `(^|\\s)(${keys.map((k) => k.replace(/\./g, '\\.')).join('|')})(\\s|$)`,
);

beforeAll(async () => {
  run = await serveInBrowser('first-hour', {
    // As on a clone without ../shared: nothing but what ships.
    env: { PEACEOPS_DEMO_SEA_TABLE: '/nonexistent/peaceops/table_of_allegations.csv' },
    timeout: 20_000,
  });
  browser = run.browser;
}, 120_000);

afterAll(async () => {
  await run?.close();
});

const account = (username: string) => {
  const match = new RegExp(`Sign in as "${username}" with password: (\\S+)`).exec(
    run.served.output(),
  );
  if (!match) throw new Error(`no password printed for ${username}:\n${run.served.output()}`);
  return match[1]!;
};

it('the start-up output lists what it loaded, what it skipped with the command that loads it, and both accounts', () => {
  const out = run.served.output();
  expect(out).toMatch(/loaded +1,848 UCDP GED 23\.1 events/);
  expect(out).toMatch(/loaded +7 illustrative conduct cases and 2 complaints/);
  expect(out).toMatch(
    /skipped +the UN's public table of allegations.*\n +To load it: peaceops import sea-table/,
  );
  expect(out).toMatch(/skipped +country forecasts.*\n +To load it: peaceops forecast publish/);
  expect(out).toMatch(
    /skipped +uniformed personnel.*\n +To load it: peaceops import contributions/,
  );
  expect(out).toMatch(/skipped +MINUSCA's bases.*\n +To load it: peaceops missions bases/);
  expect(out).toMatch(
    /skipped +fatalities in peace operations.*\n +To load it: peaceops import fatalities/,
  );
  expect(account('admin')).toMatch(/^\S{12,}$/);
  expect(account('conduct')).toMatch(/^\S{12,}$/);
});

interface Trouble {
  page: string;
  problem: string;
}

interface Walker {
  page: Page;
  troubles: Trouble[];
  network: ReturnType<typeof watchNetwork>;
}

async function signIn(username: string): Promise<Walker> {
  const context = await browser.newContext({
    viewport: { width: 1300, height: 1000 },
    locale: 'en-GB',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(run.served.url);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(account(username));
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (username === 'conduct') {
    await page.getByRole('button', { name: 'Show my key' }).click();
    const secret = (await page.locator('code').textContent())!.trim();
    await page.getByLabel('Code').fill(new TOTP({ secret }).generate());
    await page.getByRole('button', { name: 'Verify' }).click();
  }
  await page.getByRole('navigation').waitFor();
  // Watched from here: before sign-in, "who am I?" is rightly answered 401.
  const troubles: Trouble[] = [];
  const where = () => new URL(page.url()).pathname;
  page.on('pageerror', (e) => troubles.push({ page: where(), problem: `script: ${e.message}` }));
  page.on('response', (r) => {
    if (r.status() >= 400)
      troubles.push({ page: where(), problem: `${r.status()} ${r.request().method()} ${r.url()}` });
  });
  page.on('requestfailed', (r) => {
    // A read abandoned because the user moved on is not a failure.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      troubles.push({ page: where(), problem: `failed ${r.url()}: ${r.failure()?.errorText}` });
  });
  return { page, troubles, network: watchNetwork(page) };
}

/** Opens every page of the navigation in each language; returns what went wrong, page by page. */
async function visitEverything({ page, troubles, network }: Walker, who: string) {
  const nav = page.getByRole('navigation');
  const paths = await nav
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(paths.length).toBeGreaterThan(3);
  for (const locale of ['en', 'fr', 'ar'] as const) {
    await chooseLanguage(page, locale);
    for (const href of paths) {
      await nav.locator(`a[href="${href}"]`).click();
      await page.locator('main h1').first().waitFor();
      // Quiet network: every read the page starts has answered (counted from the request events,
      // not Playwright's sticky networkidle: see watchNetwork). Two cores shared with the rest of
      // the suite can stretch that well past the default 20 s; a page still reading after a minute
      // is named, with what it waits on, rather than failing the walk without saying where.
      const stillReading = await network.idle({ timeoutMs: 60_000 });
      if (stillReading)
        troubles.push({
          page: href,
          problem: `${locale}: still reading after 60 s: ${stillReading}`,
        });
      const main = page.locator('main');
      const text = (await main.innerText()).trim();
      const heading = (await main.locator('h1').first().innerText()).trim();
      if (text.length - heading.length < 40)
        troubles.push({ page: href, problem: `${locale}: nothing under the title "${heading}"` });
      if ((await page.getByRole('alert').count()) > 0)
        troubles.push({
          page: href,
          problem: `${locale}: error notice: ${await page.getByRole('alert').first().innerText()}`,
        });
      const key = keyOnScreen.exec(await page.locator('body').innerText());
      if (key)
        troubles.push({ page: href, problem: `${locale}: message key on screen: ${key[2]}` });
      if (href === '/incidents') {
        // The map draws after the page settles (software WebGL here): the picture waits for it.
        await page.locator('.maplibregl-canvas').waitFor();
        await page.waitForTimeout(1_500);
      }
      if (href === '/' || href === '/conduct' || href === '/incidents')
        await page.screenshot({
          path: path.join(shots, `first-hour-${who}${href.replace(/\//g, '-')}-${locale}.png`),
        });
      expect(await page.title()).not.toBe('peaceops');
    }
  }
  await chooseLanguage(page, 'en');
}

describe('every page of every demo account, in three languages', () => {
  it('the administrator: every page in the navigation shows something or says why not', async () => {
    const walker = await signIn('admin');
    const { page, troubles } = walker;
    await visitEverything(walker, 'admin');
    // The conduct pages are the conduct officer's: the administrator is told so, not shown Overview.
    await page.goto(`${run.served.url}/conduct`);
    await page.getByText('Your roles in this view do not open this page').waitFor();
    expect(troubles).toEqual([]);
  }, 300_000);

  it('at headquarters, recording an incident and importing a file succeed after choosing the mission; refused fields are named by their label', async () => {
    const { page, troubles } = await signIn('admin');
    await expect
      .poll(() => page.getByLabel('Mission', { exact: true }).first().inputValue())
      .toBe('hq');
    await page.getByRole('navigation').getByRole('link', { name: 'Incidents' }).click();
    await page.getByRole('button', { name: 'Record an incident' }).click();
    const form = page.getByTestId('incident-form');
    // The only mission is chosen; the empty form is refused field by field, in words.
    await expect.poll(() => form.getByLabel('Mission').inputValue()).not.toBe('');
    await form.getByRole('button', { name: 'Save' }).click();
    const notice = form.getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('When: Fill this in');
    expect(await notice.textContent()).not.toMatch(/occurredAt|location\.|missionId/);
    await form.getByLabel('When').fill('2026-01-15T09:30');
    await form.getByLabel('Latitude').fill('6.1');
    await form.getByLabel('Longitude').fill('20.2');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('incident-form').waitFor({ state: 'detached' });

    await page.getByRole('navigation').getByRole('link', { name: 'Import events' }).click();
    expect(await page.getByLabel('Mission', { exact: true }).last().inputValue()).not.toBe('');
    await page.getByLabel('Format').selectOption('hxl');
    await page.getByLabel(/^File/).setInputFiles({
      name: 'partner.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          '#event+id,#date,#geo+lat,#geo+lon,#event+type',
          'HQ1,2024-03-02,6.99,19.18,armed_clash',
        ].join('\n'),
      ),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('import-outcome').textContent(), { timeout: 15_000 })
      .toMatch(/1 rows: 1 new/);
    // The one refusal was the empty form's.
    expect(troubles.map((t) => t.problem.replace(/http:\/\/[^/]+/, ''))).toEqual([
      '400 POST /api/incidents',
    ]);
  }, 120_000);

  it('the conduct officer (two-factor enrolled at first sign-in) sees the illustrative cases and their clocks', async () => {
    const walker = await signIn('conduct');
    const { page, troubles } = walker;
    await page.getByRole('link', { name: 'Conduct cases' }).click();
    await expect.poll(() => page.getByText('Illustrative', { exact: true }).count()).toBe(7);
    await expect.poll(() => page.getByText(/overdue/i).count()).toBeGreaterThan(0);
    await visitEverything(walker, 'conduct');
    expect(troubles).toEqual([]);
  }, 300_000);
});
