/** What the periodic report's layout shares: the pen (words, figures, dates) and block makers. Pure. */
import type { PrintableBlock, PrintableTable } from '../../core/printable.js';
import type { PeriodicMessages } from './periodic.messages.js';
import type { ReportLanguage } from './report.schema.js';

/** Arabic with Western digits, as the UN's Arabic documents write figures. */
export const localeOf = (language: ReportLanguage) =>
  language === 'ar' ? 'ar-u-nu-latn' : language;

/** A count or a value as the report writes it; the test reads the PDF back with the same. */
export function formatFigure(language: ReportLanguage, value: number | string | null): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(value);
}

export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));

export interface Pen {
  m: PeriodicMessages;
  language: ReportLanguage;
  n: (v: number | string | null) => string;
  code: (c: string) => string;
  date: (day: string) => string;
}

export const heading = (text: string): PrintableBlock => ({ kind: 'heading', text });
export const paragraph = (text: string, muted = false): PrintableBlock => ({
  kind: 'paragraph',
  text,
  muted,
});
export const table = (t: PrintableTable): PrintableBlock =>
  t.rows.length === 0 ? paragraph('—', true) : { kind: 'table', table: t };
