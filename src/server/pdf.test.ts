/**
 * A PDF's text as a reader copies or searches it (poppler's pdftotext) depends on the document
 * alone: Arabic letters that share a shape but for their dots (ج and ح) read back as written even
 * after the process drew the other one in an earlier document.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Printable } from '../core/printable.js';
import { renderPdf } from './pdf.js';

const arabic = (title: string): Printable => ({
  language: 'ar',
  direction: 'rtl',
  title,
  subtitle: '',
  blocks: [],
  footer: '',
  pageLabel: () => '',
});

function textOf(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'a.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

it('an Arabic word reads back as written, whatever the process drew before', async () => {
  // حوادث first: its initial ح has the shape of ج without the dot.
  expect(textOf(await renderPdf(arabic('حوادث')))).toContain('حوادث');
  expect(textOf(await renderPdf(arabic('جدول')))).toContain('جدول');
  expect(textOf(await renderPdf(arabic('حوادث')))).toContain('حوادث');
});
