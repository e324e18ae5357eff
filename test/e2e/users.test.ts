/**
 * F2 in a real browser: the demo administrator (headquarters) creates an investigator for MINUSCA;
 * the role waits for a second administrator, the page says so, and the one who asked can only
 * withdraw it. A second headquarters administrator approves it; the role is then held. The page in
 * French and Arabic.
 */
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
import { runCli, type Served } from '../support/processes.js';

const secondPassword = 'a second administrator passphrase';
let run: BrowserRun;
let served: Served;
let page: Page;

beforeAll(async () => {
  run = await serveInBrowser('users');
  ({ served, page } = run);
  const created = runCli(
    [
      'users',
      'create',
      'hq-second',
      '--name',
      'Second',
      '--role',
      'administrator@HQ',
      '--password-stdin',
    ],
    run.env,
    `${secondPassword}\n`,
  );
  expect(created.code, created.stderr).toBe(0);
}, 90_000);

afterAll(async () => {
  await run?.close();
});

it('F2: an investigator’s role waits for a second administrator, who approves it', async () => {
  await signInDemoAdmin(page, served.url, served.output());
  await page.getByRole('link', { name: 'Users' }).click();
  const grants = page.getByTestId('role-grants');
  await grants.getByText('No role awaits approval.').waitFor();
  await page.getByLabel('Username').fill('ines');
  await page.getByLabel('Name', { exact: true }).fill('Inès Kabila');
  await page
    .getByLabel('Initial password (12 characters or more)')
    .fill('correct horse battery staple');
  await page.getByLabel('Role', { exact: true }).selectOption('investigator');
  await page.getByLabel('Where').selectOption({ label: 'MINUSCA' });
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect
    .poll(() => page.getByRole('status').first().textContent())
    .toMatch(/^User ines created\. Investigator waits for a second administrator’s approval/);
  const row = grants.getByRole('row', { name: /ines/ });
  await row.getByText('You asked for it: a second administrator approves it.').waitFor();
  expect(await row.getByRole('button', { name: 'Approve' }).count()).toBe(0);
  expect(await page.getByRole('row', { name: /^ines/ }).first().textContent()).toContain(
    'Investigator (MINUSCA), awaiting a second administrator',
  );
  await page.screenshot({ path: path.join(shots, 'users-pending.png'), fullPage: true });

  // The second administrator, in another browser context, approves.
  const other = await run.browser.newPage({
    viewport: { width: 1300, height: 1000 },
    locale: 'en-GB',
  });
  await other.goto(served.url);
  await other.getByLabel('Username').fill('hq-second');
  await other.getByLabel('Password').fill(secondPassword);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await other.getByRole('link', { name: 'Users' }).click();
  const theirs = other.getByTestId('role-grants').getByRole('row', { name: /ines/ });
  await theirs.getByRole('button', { name: 'Approve' }).click();
  await expect
    .poll(() => other.getByTestId('role-grants').getByRole('status').textContent())
    .toBe('Investigator granted to ines.');
  await other.getByTestId('role-grants').getByText('No role awaits approval.').waitFor();
  await other.close();

  await page.reload();
  await expect
    .poll(() => page.getByRole('row', { name: /^ines/ }).first().textContent())
    .toContain('Investigator (MINUSCA)');
  expect(await page.getByRole('row', { name: /^ines/ }).first().textContent()).not.toContain(
    'awaiting',
  );
  for (const [code, title] of [
    ['fr', 'Rôles en attente d’un second administrateur'],
    ['ar', 'أدوار بانتظار موافقة مسؤول ثانٍ'],
  ] as const) {
    await chooseLanguage(page, code);
    await page.getByRole('heading', { name: title }).waitFor();
    await page.screenshot({ path: path.join(shots, `users-${code}.png`), fullPage: true });
  }
});

it('issue 16: the rules register lists every rule with its ¶, in three languages', async () => {
  await chooseLanguage(page, 'en');
  await page.goto(`${served.url}/rules`);
  const rules = page.getByTestId('rules');
  await rules.locator('[data-rule="K3"]').waitFor();
  expect(await rules.locator('[data-rule]').count()).toBe(44);
  const c1 = rules.locator('[data-rule="C1"]');
  expect(await c1.textContent()).toMatch(/Evidence within 72 hours of receipt.*¶119.*enforced/);
  expect(await c1.textContent()).toMatch(/at most 72, down to 1/);
  expect(await rules.locator('[data-rule="M1"]').textContent()).toMatch(/¶110.*enforced/);
  expect(await rules.locator('[data-rule="M2"]').textContent()).toMatch(/¶111.*enforced/);
  expect(await rules.locator('[data-rule="M5"]').textContent()).toMatch(/¶108.*enforced/);
  expect(await rules.locator('[data-rule="D1"]').textContent()).toMatch(/¶58.*enforced/);
  expect(await rules.locator('[data-rule="D5"]').textContent()).toMatch(/¶64.*enforced/);
  expect(await rules.locator('[data-rule="P1"]').textContent()).toMatch(/¶76.*enforced/);
  expect(await rules.locator('[data-rule="P6"]').textContent()).toMatch(/¶124.*enforced/);
  await page.screenshot({ path: path.join(shots, 'rules-en.png'), fullPage: true });
  for (const [code, k3] of [
    ['fr', 'Chaque personne déployée certifiée et vérifiée'],
    ['ar', 'كل فرد منتشر معتمد ومدقق'],
  ] as const) {
    await chooseLanguage(page, code);
    await rules.locator('[data-rule="K3"]').getByText(k3).waitFor();
    await page.screenshot({ path: path.join(shots, `rules-${code}.png`), fullPage: true });
  }
  expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  await chooseLanguage(page, 'en');
});
