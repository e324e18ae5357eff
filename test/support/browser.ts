/** Debian's chromium through playwright-core, with the flags this closed network needs. */
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env.PEACEOPS_CHROMIUM ?? '/usr/bin/chromium';

/** Playwright gives each launch a fresh, temporary profile of its own. */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `${chromiumPath} is missing: install Debian's chromium (apt-get install chromium); .ci/run does`,
    );
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return { browser, close: () => browser.close() };
}

/** Switches the page's language from the user menu, as a user would. */
export async function chooseLanguage(page: Page, code: 'en' | 'fr' | 'ar'): Promise<void> {
  await page.locator('.user-menu').evaluate((menu) => menu.setAttribute('open', ''));
  await page.getByTestId('language').selectOption(code);
}

/** Signs the demo administrator in, with the password `serve --demo` printed once. */
export async function signInDemoAdmin(page: Page, url: string, output: string): Promise<void> {
  const password = /with password: (\S+)/.exec(output)![1]!;
  await page.goto(url);
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
