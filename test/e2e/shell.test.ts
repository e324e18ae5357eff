/**
 * The shell in a real browser: sign in with the password the demo printed, switch to Arabic
 * (the page turns right-to-left and translated), switch missions, sign out. No request may
 * leave the machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, chooseLanguage } from '../support/browser.js';
import { assertBuilt, serve, stop, type Served } from '../support/processes.js';

const shots = path.resolve('test-artifacts');
let served: Served;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let dataDir: string;

beforeAll(async () => {
  assertBuilt();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-e2e-'));
  served = await serve(
    {
      PEACEOPS_DATA_DIR: dataDir,
      DATABASE_URL: '',
      PEACEOPS_LOG_FILE: path.join(dataDir, 'server.log'),
    },
    ['--demo'],
  );
  ({ browser, close: closeBrowser } = await launchBrowser());
  fs.mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await closeBrowser?.();
  if (served) await stop(served);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('sign in, switch to Arabic (RTL, translated), switch mission, sign out', async () => {
  const password = /with password: (\S+)/.exec(served.output())?.[1];
  expect(password).toBeDefined();
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, locale: 'en-GB' });
  const foreign: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(served.url) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });

  await page.goto(served.url);
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'Wrong username or password' }).waitFor();
  await page.getByLabel('Password').fill(password!);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview' }).waitFor();
  await page.screenshot({ path: path.join(shots, 'shell-en.png') });

  await page.getByRole('link', { name: 'Missions' }).click();
  await page.getByRole('cell', { name: 'MINUSCA' }).waitFor();

  await page.locator('.user-menu summary').click();
  await chooseLanguage(page, 'ar');
  await page.getByRole('heading', { name: 'البعثات' }).waitFor();
  expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  expect(await page.getAttribute('html', 'lang')).toBe('ar');
  const nav = await page.locator('nav.sidenav').boundingBox();
  expect(nav!.x).toBeGreaterThan(600); // the navigation moved to the right-hand side
  await page.screenshot({ path: path.join(shots, 'shell-ar.png') });

  await page.getByLabel('البعثة', { exact: true }).selectOption({ label: 'MINUSCA' });
  await page.getByRole('link', { name: 'نظرة عامة' }).click();
  await page.getByText('أنت تعمل في بعثة MINUSCA', { exact: false }).waitFor();

  await page.locator('.user-menu summary').click();
  await page.getByRole('button', { name: 'تسجيل الخروج' }).click();
  await page.getByRole('heading', { name: 'تسجيل الدخول' }).waitFor();
  const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
  expect(me).toBe(401);

  expect(foreign).toEqual([]);
  expect(consoleErrors.filter((e) => !e.includes('401'))).toEqual([]);
});
