/** The monthly conduct table (C5) as a Printable in English, French or Arabic. Pure. */
import type { Printable, PrintableBlock } from '../../core/printable.js';
import { otherMissions } from './statistics.publication.js';
import type { MonthlyTable, TableRow } from './monthly-table.service.js';
import { tableMessages, type TableLanguage, type TableMessages } from './monthly-table.messages.js';

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));

/** Arabic with Western digits, as the table's numbers are written. */
const intlLocale = (language: TableLanguage) => (language === 'ar' ? 'ar-u-nu-latn' : language);

export function monthlyTableDocument(
  table: MonthlyTable,
  options: { language: TableLanguage; producedAt: Date },
): Printable {
  const m = tableMessages[options.language];
  const locale = intlLocale(options.language);
  const monthName = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${table.month}-01T00:00:00Z`));
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    options.producedAt,
  );
  const monthOnly = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
    new Date(`${table.month}-01T00:00:00Z`),
  );
  const asOf = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${table.asOf}-01T00:00:00Z`));
  const values = { month: monthName, monthOnly, asOf, year: table.month.slice(0, 4), date };
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const count = (v: TableRow['allegations']) => (v === 'withheld' ? m.withheld : String(v));
  const totalKey = '\u0000total';
  const withTotal = (rows: TableRow[], total: TableRow['allegations']) => [
    ...rows,
    { value: totalKey, allegations: total },
  ];
  const listed = (
    rows: TableRow[],
    name: (v: string) => string,
    heading: string,
  ): PrintableBlock =>
    rows.length === 0 || (rows.length === 1 && rows[0]!.value === totalKey)
      ? { kind: 'paragraph', text: m.none }
      : {
          kind: 'table',
          table: {
            columns: [heading, m.allegations],
            rows: rows.map((r) => [
              r.value === totalKey ? m.total : name(r.value),
              count(r.allegations),
            ]),
          },
        };
  const personnelName = (code: string) =>
    m.personnelName[code as keyof TableMessages['personnelName']] ?? code;
  const entityName = (code: string) =>
    m.entityName[code as keyof TableMessages['entityName']] ?? code;
  return {
    language: options.language,
    direction: options.language === 'ar' ? 'rtl' : 'ltr',
    title: m.title,
    subtitle: fill(m.subtitle, values),
    blocks: [
      { kind: 'heading', text: fill(m.receivedInMonth, values) },
      listed(
        withTotal(table.byMission, table.total),
        (v) => (v === otherMissions ? m.otherMissions : v),
        m.mission,
      ),
      { kind: 'heading', text: fill(m.byCategory, values) },
      listed(
        withTotal(table.byCategory, table.total),
        (v) => m.category[v as keyof TableMessages['category']] ?? v,
        m.categoryLabel,
      ),
      { kind: 'heading', text: fill(m.byNationality, values) },
      listed(table.nationality, (v) => v, m.nationality),
      { kind: 'heading', text: fill(m.byPersonnel, values) },
      listed(table.personnel, personnelName, m.personnel),
      { kind: 'heading', text: fill(m.investigations, values) },
      table.investigations.length === 0
        ? { kind: 'paragraph', text: m.none }
        : {
            kind: 'table',
            table: {
              columns: [m.entity, m.completed, m.withinSixMonths, m.share, m.running],
              rows: table.investigations.map((r) => [
                entityName(r.entity),
                String(r.completed),
                String(r.withinSixMonths),
                r.shareWithinSixMonths === null ? '–' : percent.format(r.shareWithinSixMonths),
                String(r.pending),
              ]),
            },
          },
      { kind: 'paragraph', text: m.suppression, muted: true },
      { kind: 'paragraph', text: m.source, muted: true },
    ],
    footer: fill(m.footer, values),
    pageLabel: (page, pages) => fill(m.page, { page, pages }),
  };
}
