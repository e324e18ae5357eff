/** Debian's chromium through playwright-core, with the flags this closed network needs. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { assertBuilt, serve, stop, type Served } from './processes.js';

/** Where browser tests put their screenshots. */
export const shots = path.resolve('test-artifacts');

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

/** Switches the page's language from the top bar, as a user would. */
export async function chooseLanguage(page: Page, code: 'en' | 'fr' | 'ar'): Promise<void> {
  await page.getByTestId('language').selectOption(code);
  // The language's messages load on first use: the page has switched once <html> says so.
  await page.locator(`html[lang="${code}"]`).waitFor({ state: 'attached' });
}

/**
 * Quiet network, counted from the page's own request events (every frame's): `idle()` resolves once
 * nothing has been in flight for `quietMs`, and names what is still in flight when it gives up.
 * 150 ms by default, not Playwright's 500: the first-hour walk waits on ~250 pages, and a read that
 * starts later still has its failure caught by the walk's response and request listeners.
 * Playwright's `waitForLoadState('networkidle')` is not used: its idle mark is sticky and can be
 * lost for good when a request starts and ends before a frame's DOMContentLoaded (an iframe whose
 * stylesheet answers first — the report preview) — microsoft/playwright#42598.
 */
export function watchNetwork(page: Page) {
  const inFlight = new Map<Request, number>();
  let lastChange = Date.now();
  const settle = (r: Request) => {
    inFlight.delete(r);
    lastChange = Date.now();
  };
  page.on('request', (r) => {
    inFlight.set(r, Date.now());
    lastChange = Date.now();
  });
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  const detached = (r: Request) => {
    try {
      return r.frame().isDetached();
    } catch {
      return false; // a service worker's request has no frame
    }
  };
  const pending = () =>
    [...inFlight]
      .map(([r, at]) => `${r.method()} ${r.url()} (${Math.round((Date.now() - at) / 1000)} s)`)
      .join(', ');
  return {
    /** Resolves with null when quiet, or with what was still in flight after `timeoutMs`. */
    async idle({ quietMs = 150, timeoutMs = 60_000 } = {}): Promise<string | null> {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        // A frame taken away (the preview replaced) ends its reads without always saying so.
        for (const r of inFlight.keys()) if (detached(r)) settle(r);
        if (inFlight.size === 0 && Date.now() - lastChange >= quietMs) return null;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return pending() || 'requests kept starting';
    },
  };
}

/** Signs the demo administrator in, with the password `serve --demo` printed once. */
export async function signInDemoAdmin(page: Page, url: string, output: string): Promise<void> {
  const password = /with password: (\S+)/.exec(output)![1]!;
  await page.goto(url);
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A server on a fresh data directory and one page of chromium on it: what a browser test starts with. */
export interface BrowserRun {
  served: Served;
  browser: Browser;
  page: Page;
  dataDir: string;
  /** The environment the server runs with (for CLI steps on the same data). */
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * `peaceops serve --port 0` (with `--demo` unless `demo: false`) on a fresh SQLite data directory,
 * after `prepare` has run on it (files to write, CLI steps), and a page in Debian's chromium with a
 * 1300×1000 viewport in British English; screenshots go to test-artifacts/.
 */
export async function serveInBrowser(
  name: string,
  options: {
    demo?: boolean;
    env?: Record<string, string>;
    prepare?: (dataDir: string, env: Record<string, string>) => void;
    page?: Parameters<Browser['newPage']>[0];
    timeout?: number;
  } = {},
): Promise<BrowserRun> {
  assertBuilt();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `peaceops-${name}-`));
  const env = { PEACEOPS_DATA_DIR: dataDir, DATABASE_URL: '', ...options.env };
  let served: Served | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;
  const close = async () => {
    await closeBrowser?.();
    if (served) await stop(served);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    options.prepare?.(dataDir, env);
    served = await serve(
      { ...env, PEACEOPS_LOG_FILE: path.join(dataDir, 'server.log') },
      options.demo === false ? [] : ['--demo'],
    );
    const launched = await launchBrowser();
    closeBrowser = launched.close;
    fs.mkdirSync(shots, { recursive: true });
    const page = await launched.browser.newPage(
      options.page ?? { viewport: { width: 1300, height: 1000 }, locale: 'en-GB' },
    );
    page.setDefaultTimeout(options.timeout ?? 15_000);
    return { served, browser: launched.browser, page, dataDir, env, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The demo in chromium, signed in as its administrator, working in MINUSCA; `pageErrors` collects
 * the page's script errors (a test ends by requiring it empty).
 */
export async function demoAdminInMinusca(
  name: string,
): Promise<{ run: BrowserRun; pageErrors: string[] }> {
  const run = await serveInBrowser(name, { timeout: 20_000 });
  const pageErrors: string[] = [];
  run.page.on('pageerror', (e) => pageErrors.push(e.message));
  await signInDemoAdmin(run.page, run.served.url, run.served.output());
  await run.page.getByRole('navigation').waitFor();
  await run.page.getByLabel('Mission', { exact: true }).first().selectOption({ label: 'MINUSCA' });
  return { run, pageErrors };
}
