/**
 * The periodic report as a Printable (core/printable.ts) in the SG report's order: what the PDF
 * and the HTML page show. Pure: the content, the language and the host country's outline in.
 * Sections I and II here; III to IX in periodic.sections.ts.
 */
import type { Printable, PrintableBlock, PrintableMap } from '../../core/printable.js';
import { incidentCategoryLabels } from '../incidents/incident-labels.taxonomy.js';
import type { IncidentCategory } from '../incidents/incident.taxonomy.js';
import { codeLabel, periodicMessages } from './periodic.messages.js';
import {
  fill,
  formatFigure,
  heading,
  localeOf,
  paragraph,
  table,
  type Pen,
} from './periodic.pen.js';
import { capabilities, conduct, mandate, rest } from './periodic.sections.js';
import type { PeriodicReport, ReportLanguage } from './report.schema.js';

export { formatFigure };

export interface LayoutOptions {
  language: ReportLanguage;
  /** Draft, or signed by whom, when, with which hash. */
  signature: { by: string; at: string; hash: string } | null;
  /** The host countries' outer rings, and their box. */
  outline: { rings: [number, number][][]; bbox: [number, number, number, number] } | null;
}

function security(
  pen: Pen,
  r: PeriodicReport,
  outline: LayoutOptions['outline'],
): PrintableBlock[] {
  const { m, n } = pen;
  const s = r.security;
  const out = [
    heading(m.security),
    paragraph(fill(m.securityText, { incidents: n(s.incidents), fatalities: n(s.fatalities) })),
  ];
  if (s.restricted === '<3') out.push(paragraph(m.restrictedFew));
  else if (s.restricted > 0)
    out.push(paragraph(fill(m.restricted, { restricted: n(s.restricted) })));
  if (s.incidents === 0) return [...out, paragraph(m.none, true)];
  const category = (c: string) =>
    incidentCategoryLabels[pen.language][c as IncidentCategory] ?? pen.code(c);
  out.push(
    table({
      columns: [m.category, m.incidents, m.killed],
      rows: s.byCategory.map((c) => [category(c.category), n(c.incidents), n(c.fatalities)]),
    }),
  );
  if (outline) {
    const map: PrintableMap = {
      bbox: outline.bbox,
      outlines: outline.rings,
      points: s.cells.map((c) => ({
        longitude: c.longitude,
        latitude: c.latitude,
        weight: c.incidents,
      })),
      legend: fill(m.mapLegend, { cell: n(s.cellDegrees) }),
    };
    out.push({ kind: 'map', map });
  }
  out.push(paragraph(m.trend, true), {
    kind: 'chart',
    chart: {
      kind: 'bars',
      labels: s.months.map((x) => x.month),
      series: [{ name: m.incidents, values: s.months.map((x) => x.incidents) }],
    },
  });
  const top = s.byArea.slice(0, 10);
  const rest = s.byArea.slice(10);
  const rows = top.map((a) => [a.area ?? m.noArea, n(a.incidents), n(a.fatalities)]);
  if (rest.length > 0)
    rows.push([
      `${m.otherAreas} (${n(rest.length)})`,
      n(rest.reduce((x, a) => x + a.incidents, 0)),
      n(rest.reduce((x, a) => x + a.fatalities, 0)),
    ]);
  out.push(table({ columns: [m.area, m.incidents, m.killed], rows }));
  return out;
}

function protection(pen: Pen, r: PeriodicReport): PrintableBlock[] {
  const { m, n, code } = pen;
  const p = r.protection;
  return [
    heading(m.protection),
    paragraph(fill(m.alerts, { issued: n(p.alertsIssued), cancelled: n(p.alertsCancelled) })),
    ...(p.alertsByEvent.length > 0
      ? [
          table({
            columns: [m.alertEvent, m.number],
            rows: p.alertsByEvent.map((a) => [a.event, n(a.alerts)]),
          }),
        ]
      : []),
    paragraph(
      fill(m.situations, {
        open: n(p.situationsOpen),
        closed: n(p.situationsClosed),
        overdue: n(p.situationsReviewOverdue),
        reviews: n(p.situationReviews),
      }),
    ),
    paragraph(fill(m.inquiries, { opened: n(p.inquiriesOpened) })),
    ...(p.inquiryFindings.length > 0
      ? [
          table({
            columns: [m.finding, m.number],
            rows: p.inquiryFindings.map((f) => [code(f.finding), n(f.inquiries)]),
          }),
        ]
      : []),
  ];
}

export function periodicDocument(report: PeriodicReport, options: LayoutOptions): Printable {
  const { language } = options;
  const m = periodicMessages[language];
  const dates = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' });
  const pen: Pen = {
    m,
    language,
    n: (v) => formatFigure(language, v),
    code: (c) => codeLabel(language, c),
    date: (day) => dates.format(new Date(`${day.slice(0, 10)}T00:00:00Z`)),
  };
  const sig = options.signature;
  return {
    language,
    direction: language === 'ar' ? 'rtl' : 'ltr',
    title: fill(m.title, { mission: report.mission.acronym }),
    subtitle: fill(m.subtitle, {
      name: report.mission.name,
      from: pen.date(report.period.from),
      to: pen.date(report.period.to),
      produced: pen.date(report.producedAt),
    }),
    blocks: [
      paragraph(
        sig ? fill(m.signed, { who: sig.by, on: pen.date(sig.at), hash: sig.hash }) : m.draft,
        true,
      ),
      ...security(pen, report, options.outline),
      ...protection(pen, report),
      ...mandate(pen, report),
      ...capabilities(pen, report),
      ...conduct(pen, report),
      ...rest(pen, report),
    ],
    footer: fill(m.footer, { mission: report.mission.acronym }),
    pageLabel: (page, pages) => fill(m.page, { page, pages }),
  };
}
