/**
 * D7 on the mandates page: the mission's sites — planned, open or closed, the environmental impact
 * assessment before opening and the next one due — and per site each measure's baseline and
 * target with its monthly readings as a chart and its state against the way to the target.
 */
import { z } from '@hono/zod-openapi';
import { Site } from '../../../modules/mandates/environment.schema.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { LineChart } from '../../components/LineChart.js';
import { useI18n } from '../../i18n/i18n.js';
import { useApi } from '../../lib/query.js';

const Sites = z.object({ items: z.array(Site) });

export function EnvironmentPanel() {
  const { t } = useI18n();
  const list = useApi('/api/environment/sites', Sites);
  const items = list.data?.items ?? [];
  return (
    <section data-testid="environment">
      <ErrorNotice error={list.error} />
      {list.data && items.length === 0 ? <p>{t('environment.none')}</p> : null}
      {items.map((site) => (
        <article key={site.id} className="card" data-site={site.name}>
          <h4>
            {site.name} · {t(`environment.status.${site.status}`)}
            {site.openedOn ? (
              <small>
                {' '}
                <bdi dir="ltr">{site.openedOn}</bdi>
              </small>
            ) : null}
          </h4>
          <p className={site.reassessment.overdue ? 'overdue' : 'muted'}>
            {t('environment.assessments', { count: site.assessments.length })}
            {site.reassessment.dueOn ? (
              <>
                {' · '}
                {t(
                  site.reassessment.overdue
                    ? 'environment.reassessOverdue'
                    : 'environment.reassessDue',
                )}{' '}
                <bdi dir="ltr">{site.reassessment.dueOn}</bdi>
              </>
            ) : null}
          </p>
          {site.benchmarks.length === 0 ? (
            <p className="muted">{t('environment.noBenchmarks')}</p>
          ) : null}
          {site.benchmarks.map((b) => (
            <div key={b.id} data-measure={b.measure} data-state={b.state}>
              <p>
                <strong>{t(`environment.measure.${b.measure}`)}</strong> ({b.unit}):{' '}
                {t('environment.way', {
                  baseline: b.baseline,
                  baselinePeriod: b.baselinePeriod,
                  target: b.target,
                  targetPeriod: b.targetPeriod,
                })}{' '}
                · <span className="badge">{t(`mandates.state.${b.state}`)}</span>
              </p>
              {b.readings.length > 1 ? (
                <LineChart
                  title={t(`environment.measure.${b.measure}`)}
                  months={b.readings.map((r) => r.period)}
                  series={[
                    { label: t('environment.readings'), values: b.readings.map((r) => r.value) },
                    {
                      label: t('environment.target'),
                      values: b.readings.map(() => b.target),
                      dashed: true,
                    },
                  ]}
                />
              ) : null}
            </div>
          ))}
        </article>
      ))}
    </section>
  );
}
