/**
 * P1, P2 (¶76, ¶81): where the recruitment days go — for each category and track, a bar of the
 * median days of each step laid end to end beside ¶76's 180 days, then the median, 90th percentile
 * and mean of each step, of the whole and of offer to arrival (¶76's 120), and what the
 * recruitments in progress wait on. Counts only.
 */
import { useState } from 'react';
import { Pipeline } from '../../../modules/personnel/recruitment.schema.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { useApi } from '../../lib/query.js';

const colours = [
  '#0b5ea8',
  '#5b8fc9',
  '#c2571a',
  '#e08a4f',
  '#1f6f3f',
  '#58a172',
  '#7b3fa0',
  '#a3261b',
];
type Group = Pipeline['groups'][number];

function DaysBar({
  group,
  steps,
  scale,
}: {
  group: Group;
  steps: Pipeline['steps'];
  scale: number;
}) {
  const { t } = useI18n();
  return (
    <div className="days-bar" role="img" aria-label={t('personnel.pipeline.barLabel')}>
      {steps.map((step, i) => {
        const days = group.steps[step]?.median ?? 0;
        if (days <= 0) return null;
        return (
          <span
            key={step}
            className="days-segment"
            title={`${t(`personnel.step.${step}` as MessageKey)}: ${days}`}
            style={{
              inlineSize: `${(days / scale) * 100}%`,
              background: colours[i % colours.length],
            }}
          >
            {days >= scale / 25 ? days : ''}
          </span>
        );
      })}
    </div>
  );
}

export function PipelinePanel() {
  const { t } = useI18n();
  const answer = useApi('/api/personnel/pipeline', Pipeline);
  const [chosen, setChosen] = useState('all|all');
  const data = answer.data;
  if (!data) return <ErrorNotice error={answer.error} />;
  const all = data.groups.find((g) => g.category === 'all' && g.track === 'all')!;
  const scale = Math.max(
    data.standard.totalDays,
    ...data.groups.map((g) => data.steps.reduce((s, step) => s + (g.steps[step]?.median ?? 0), 0)),
  );
  const group = data.groups.find((g) => `${g.category}|${g.track}` === chosen) ?? all;
  const name = (g: Group) =>
    `${t(`personnel.category.${g.category}` as MessageKey)} · ${t(`personnel.track.${g.track}` as MessageKey)}`;
  return (
    <section aria-labelledby="pipeline-title" data-testid="pipeline">
      <h2 id="pipeline-title">{t('personnel.pipeline.title')}</h2>
      <p>{t('personnel.pipeline.intro', data.standard)}</p>
      {all.recruitments === 0 ? <p>{t('personnel.pipeline.none')}</p> : null}
      {data.illustrative > 0 ? (
        <p className="badge">{t('personnel.illustrative', { count: data.illustrative })}</p>
      ) : null}
      <ul className="legend">
        {data.steps.map((step, i) => (
          <li key={step}>
            <span className="swatch step" style={{ background: colours[i % colours.length] }} />
            {t(`personnel.step.${step}` as MessageKey)}
          </li>
        ))}
      </ul>
      <table className="pipeline-bars">
        <tbody>
          {data.groups.map((g) => (
            <tr key={`${g.category}|${g.track}`}>
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  onClick={() => setChosen(`${g.category}|${g.track}`)}
                >
                  {name(g)}
                </button>
                <small className="muted">
                  {' '}
                  {t('personnel.pipeline.count', { n: g.recruitments, arrived: g.arrived })}
                </small>
              </th>
              <td>
                <DaysBar group={g} steps={data.steps} scale={scale} />
                <div
                  className="days-standard"
                  style={{ inlineSize: `${(data.standard.totalDays / scale) * 100}%` }}
                >
                  {t('personnel.pipeline.standard', data.standard)}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{name(group)}</h3>
      <table data-testid="pipeline-steps">
        <thead>
          <tr>
            <th>{t('personnel.pipeline.step')}</th>
            <th>{t('personnel.pipeline.median')}</th>
            <th>{t('personnel.pipeline.p90')}</th>
            <th>{t('personnel.pipeline.mean')}</th>
            <th>{t('personnel.pipeline.n')}</th>
            <th>{t('personnel.pipeline.waiting')}</th>
          </tr>
        </thead>
        <tbody>
          {[
            ...data.steps.map(
              (step) =>
                [
                  t(`personnel.step.${step}` as MessageKey),
                  group.steps[step],
                  group.waiting[step],
                ] as const,
            ),
            [t('personnel.pipeline.total', data.standard), group.total, null] as const,
            [t('personnel.pipeline.afterOffer', data.standard), group.afterOffer, null] as const,
          ].map(([label, s, w]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{s?.median ?? '—'}</td>
              <td>{s?.p90 ?? '—'}</td>
              <td>{s?.mean ?? '—'}</td>
              <td>{s?.n ?? 0}</td>
              <td>
                {w && w.n > 0
                  ? t('personnel.pipeline.waitingFor', { n: w.n, days: w.median ?? 0 })
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
