/** The periodic report's sections III to IX as printable blocks. Pure. */
import type { PrintableBlock } from '../../core/printable.js';
import { fill, heading, localeOf, paragraph, table, type Pen } from './periodic.pen.js';
import type { PeriodicReport } from './report.schema.js';

export function mandate(pen: Pen, r: PeriodicReport): PrintableBlock[] {
  const { m, n, code, date } = pen;
  const plan = r.mandate;
  if (!plan) return [heading(m.mandate), paragraph(m.noMandate, true)];
  const out = [
    heading(m.mandate),
    paragraph(
      fill(m.mandateText, {
        resolution: plan.resolution,
        title: plan.title,
        adopted: date(plan.adoptedOn),
        expires: date(plan.expiresOn),
      }),
    ),
  ];
  if (plan.illustrative) out.push(paragraph(m.illustrative, true));
  out.push(
    table({
      columns: [m.task, m.phase, m.status],
      rows: plan.tasks.map((t) => [`${t.code} ${t.title}`, n(t.phase), code(t.status)]),
    }),
  );
  for (const t of plan.tasks) {
    const notes = [
      ...(t.waiting
        ? [
            fill(m.waiting, {
              what: fill(m[`wait_${t.waiting.code}` as keyof typeof m] ?? t.waiting.code, {
                status: code(t.waiting.status ?? ''),
                date: t.waiting.date ?? '',
                phase: t.waiting.phase ?? '',
                condition: t.waiting.condition ?? '',
                day: t.waiting.day ?? '',
              }),
            }),
          ]
        : []),
      ...(t.transition
        ? [fill(m.transition, { partner: t.transition.partner, status: code(t.transition.status) })]
        : []),
    ];
    if (t.benchmarks.length === 0 && notes.length === 0) continue;
    out.push(paragraph(`${t.code} ${t.title}`), ...notes.map((x) => paragraph(x, true)));
    for (const b of t.benchmarks) {
      out.push(
        paragraph(
          `${fill(m.benchmark, { title: b.title })} — ${b.reached ? m.reached : m.notReached}`,
        ),
        table({
          columns: [m.indicator, m.baseline, m.target, m.latest, m.state],
          rows: b.indicators.map((i) => {
            const last = i.values.at(-1);
            return [
              `${i.name} (${i.unit})`,
              n(i.baseline),
              n(i.target),
              last ? `${n(last.value)} (${last.period})` : m.noValues,
              code(i.state),
            ];
          }),
        }),
      );
      for (const i of b.indicators.filter((x) => x.values.length > 1))
        out.push({
          kind: 'chart',
          chart: {
            kind: 'lines',
            labels: i.values.map((v) => v.period),
            series: [{ name: i.name, values: i.values.map((v) => v.value) }],
            reference: { label: `${m.target} ${n(i.target)}`, value: i.target },
          },
        });
    }
  }
  if (plan.recommendations.length > 0)
    out.push(
      paragraph(m.recommendations),
      table({
        columns: [m.status, m.number],
        rows: plan.recommendations.map((x) => [code(x.status), n(x.recommendations)]),
      }),
    );
  return out;
}

export function capabilities(pen: Pen, r: PeriodicReport): PrintableBlock[] {
  const { m, n, code } = pen;
  const c = r.capabilities;
  const out = [heading(m.capabilities)];
  if (c.strength.length === 0) out.push(paragraph(m.noStrength, true));
  else
    out.push(
      table({
        columns: [m.month, m.authorised, m.deployed, m.gap],
        rows: c.strength.map((s) => [s.month, n(s.authorised), n(s.deployed), n(s.gap)]),
      }),
      {
        kind: 'chart',
        chart: {
          kind: 'lines',
          labels: c.strength.map((s) => s.month),
          series: [
            { name: m.authorised, values: c.strength.map((s) => s.authorised) },
            { name: m.deployed, values: c.strength.map((s) => s.deployed) },
          ],
        },
      },
    );
  out.push(paragraph(fill(m.unitsDeployed, { units: n(c.unitsDeployed) })));
  if (c.refusals.length > 0)
    out.push(
      paragraph(m.refusals),
      table({
        columns: [m.status, m.units],
        rows: c.refusals.map((x) => [code(x.status), n(x.refusals)]),
      }),
    );
  if (c.caveats.length > 0)
    out.push(
      paragraph(m.caveats),
      table({
        columns: [m.caveatTask, m.units],
        rows: c.caveats.map((x) => [code(x.task), n(x.units)]),
      }),
    );
  if (c.assessments.length > 0)
    out.push(
      table({
        columns: [m.result, m.units],
        rows: c.assessments.map((x) => [code(x.result), n(x.units)]),
      }),
    );
  return out;
}

export function conduct(pen: Pen, r: PeriodicReport): PrintableBlock[] {
  const { m, n, code } = pen;
  const c = r.conduct;
  const shown = (v: number | string) => (v === 'withheld' ? m.withheld : n(v));
  const out = [heading(m.conduct)];
  if (c.byCategory.length === 0) out.push(paragraph(m.noConduct, true));
  else
    out.push(
      paragraph(fill(m.conductText, { asOf: c.asOf ?? '—' })),
      table({
        columns: [`${m.year} · ${m.category}`, m.allegations],
        rows: c.byCategory.map((x) => [`${x.year} · ${code(x.category)}`, shown(x.allegations)]),
      }),
      table({
        columns: [`${m.year} · ${m.nationality}`, m.allegations],
        rows: c.byNationality.map((x) => [`${x.year} · ${x.nationality}`, shown(x.allegations)]),
      }),
    );
  out.push(
    paragraph(
      fill(m.followUp, {
        open: n(c.openCases),
        evidence: n(c.evidenceOverdue),
        investigation: n(c.investigationOverdue),
      }),
    ),
  );
  return out;
}

function perception(pen: Pen, r: PeriodicReport): PrintableBlock[] {
  const { m, n, language } = pen;
  if (r.perception.length === 0) return [paragraph(m.noSurveys, true)];
  const words = (l: PeriodicReport['perception'][number]['question']) => l[language] ?? l.default;
  const percent = (v: number) =>
    new Intl.NumberFormat(localeOf(language), {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(v);
  return r.perception.flatMap((q) => {
    const names = { question: words(q.question), survey: q.survey };
    if (q.withheld) return [paragraph(fill(m.perceptionWithheld, names), true)];
    return [
      paragraph(fill(m.perceptionText, { ...names, respondents: n(q.respondents) })),
      table({
        columns: [m.answer, m.share, m.margin],
        rows: q.shares.map((s) => [words(s.answer), percent(s.share), `± ${percent(s.margin)}`]),
      }),
    ];
  });
}

export function rest(pen: Pen, r: PeriodicReport): PrintableBlock[] {
  const { m, n, code } = pen;
  const s = r.safety;
  return [
    heading(m.safety),
    paragraph(
      s.fatalities.length === 0 ? m.noFatalities : m.fatalitiesText,
      s.fatalities.length === 0,
    ),
    ...(s.fatalities.length > 0
      ? [
          table({
            columns: [`${m.year} · ${m.incidentType}`, m.fatalities],
            rows: s.fatalities.map((f) => [`${f.year} · ${code(f.incidentType)}`, n(f.fatalities)]),
          }),
        ]
      : []),
    paragraph(fill(m.followUps, { open: n(s.followUpsOpen), overdue: n(s.followUpsOverdue) })),
    heading(m.perception),
    ...perception(pen, r),
    heading(m.environment),
    r.environment.length === 0
      ? paragraph(m.noEnvironment, true)
      : table({
          columns: [`${m.site} · ${m.measure}`, m.baseline, m.target, m.latest, m.state],
          rows: r.environment.map((e) => [
            `${e.site} · ${code(e.measure)} (${e.unit})`,
            n(e.baseline),
            n(e.target),
            e.latest ? `${n(e.latest.value)} (${e.latest.period})` : m.noValues,
            code(e.state),
          ]),
        }),
    heading(m.observations),
    ...(r.observations.trim() === ''
      ? [paragraph(m.noObservations, true)]
      : r.observations
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean)
          .map((p) => paragraph(p))),
  ];
}
