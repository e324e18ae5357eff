/**
 * Issue 20, the report to the Council, in a real browser: the demo's draft of MINUSCA's periodic
 * report for 2022 beside its live preview (the figures the API gives); the head of mission writes
 * the observations with the page in English, comments in French and signs in Arabic; the signed
 * report is frozen, its hash shown; its PDF in English, French and Arabic carries the API's
 * figures (read back with pdftotext) and its pages are kept as images.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PeriodicReport } from '../../src/modules/reports/report.schema.js';
import { chooseLanguage, shots, demoAdminInMinusca, type BrowserRun } from '../support/browser.js';

let run: BrowserRun;
let pageErrors: string[] = [];

beforeAll(async () => {
  ({ run, pageErrors } = await demoAdminInMinusca('reports'));
}, 120_000);

afterAll(async () => {
  await run?.close();
});

it('the head of mission drafts, comments and signs the 2022 report in three languages; the PDF carries the API’s figures', async () => {
  const page = run.page;
  await page.getByRole('link', { name: 'Report to the Council' }).click();
  const editor = page.getByTestId('report-editor');
  await editor.waitFor();
  expect(await editor.getAttribute('data-status')).toBe('draft');
  expect(await editor.locator('h2').textContent()).toMatch(/2022-01-01 → 2022-12-31/);

  // The API's answer for the same period, as the page's session reads it.
  const me = (await (await page.request.get(`${run.served.url}/api/auth/me`)).json()) as {
    missionId: string;
  };
  const api = (await (
    await page.request.get(
      `${run.served.url}/api/reports/missions/${me.missionId}/periodic.json?from=2022-01-01&to=2022-12-31`,
    )
  ).json()) as PeriodicReport;
  expect(api.security.incidents).toBeGreaterThan(100);
  const total = api.security.incidents.toLocaleString('en');
  const preview = page.frameLocator('iframe.report-preview');
  await expect
    .poll(() => preview.locator('body').textContent(), { timeout: 20_000 })
    .toContain(`${total} incidents were recorded in the period`);
  expect(await preview.locator('svg.figure circle').count()).toBeGreaterThan(0);

  // English: the observations.
  await editor
    .getByLabel('Observations of the head of mission')
    .fill(
      'Violence against civilians persisted in the north-east.\n\nThe mission adapted its posture.',
    );
  await editor.getByRole('button', { name: 'Save the observations' }).click();
  await expect
    .poll(() => preview.locator('body').textContent(), { timeout: 20_000 })
    .toContain('The mission adapted its posture.');
  await page.screenshot({ path: path.join(shots, 'reports-en.png'), fullPage: true });

  // French: a comment.
  await chooseLanguage(page, 'fr');
  await page.getByRole('heading', { name: 'Rapport périodique au Conseil de sécurité' }).waitFor();
  await editor.getByLabel('Commenter').fill('Ajouter les chiffres du déplacement.');
  await editor.getByRole('button', { name: 'Commenter' }).click();
  await expect
    .poll(() => editor.getByTestId('comments').textContent())
    .toContain('Ajouter les chiffres du déplacement.');
  await expect
    .poll(() => preview.locator('html').getAttribute('lang'), { timeout: 20_000 })
    .toBe('fr');
  await page.screenshot({ path: path.join(shots, 'reports-fr.png'), fullPage: true });

  // Arabic: the signature.
  await chooseLanguage(page, 'ar');
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  await page.getByRole('heading', { name: 'التقرير الدوري إلى مجلس الأمن' }).waitFor();
  await expect
    .poll(() => preview.locator('html').getAttribute('dir'), { timeout: 20_000 })
    .toBe('rtl');
  await editor.getByLabel('قرأت التقرير؛ يُجمَّد محتواه عند توقيعي.').check();
  await editor.getByRole('button', { name: 'توقيع التقرير' }).click();
  await expect.poll(() => editor.getAttribute('data-status')).toBe('signed');
  expect(await editor.getByTestId('signature').textContent()).toMatch(/SHA-256\s*[0-9a-f]{64}/);
  expect(await editor.getByLabel('ملاحظات رئيس البعثة').getAttribute('readonly')).not.toBeNull();
  await page.screenshot({ path: path.join(shots, 'reports-ar.png'), fullPage: true });

  // The signed report's PDF in each language: the API's figures, the pages kept as images.
  const reports = (await (await page.request.get(`${run.served.url}/api/reports`)).json()) as {
    items: { id: string; status: string }[];
  };
  const signed = reports.items.find((r) => r.status === 'signed')!;
  for (const lang of ['en', 'fr', 'ar'] as const) {
    const pdf = await page.request.get(
      `${run.served.url}/api/reports/${signed.id}/report.pdf?lang=${lang}`,
    );
    expect(pdf.status()).toBe(200);
    const file = path.join(shots, `report-2022-${lang}.pdf`);
    fs.writeFileSync(file, await pdf.body());
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const figure = new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : lang).format(
      api.security.incidents,
    );
    expect(text.replace(/[\u202a-\u202e]/g, '')).toContain(figure);
    execFileSync('pdftoppm', [
      '-r',
      '50',
      '-png',
      '-f',
      '1',
      '-l',
      '3',
      file,
      file.replace(/\.pdf$/, ''),
    ]);
  }
  expect(pageErrors).toEqual([]);
}, 180_000);
