/**
 * M4 (¶108): fatalities in peace operations as charts — by year, type of incident, category of
 * personnel and the missions with the most — from the public statistics (the same counts anyone
 * may download). Empty until the UN's file is imported, and it says how.
 */
import { FatalityStatistics } from '../../../modules/medical/fatality.schema.js';
import { BarChart, type Bar } from '../../components/BarChart.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { LineChart } from '../../components/LineChart.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n } from '../../i18n/i18n.js';
import { useApis } from '../../lib/query.js';

const groupings = ['year', 'incident_type', 'personnel', 'mission'] as const;

export function FatalitiesPage() {
  const { t, locale } = useI18n();
  const tables = useApis(
    groupings.map((by) => `/api/public/medical/fatalities/statistics?by=${by}`),
    FatalityStatistics,
    { public: true },
  );
  const error = tables.find((q) => q.error)?.error ?? null;
  const [year, type, personnel, mission] = tables.map((q) => q.data);
  const bars = (
    stats: FatalityStatistics,
    key: (typeof groupings)[number],
    label = (v: string) => v,
  ): Bar[] => stats.rows.map((r) => ({ label: label(r.group[key] ?? ''), value: r.fatalities }));
  const byCount = (a: Bar, b: Bar) => Number(b.value) - Number(a.value);
  const ready = year && type && personnel && mission;
  return (
    <section>
      <h1>{t('fatalities.title')}</h1>
      <p>{t('fatalities.intro')}</p>
      <ErrorNotice error={error} />
      {ready && year.total === 0 ? (
        <p data-testid="fatalities-empty">{t('fatalities.empty')}</p>
      ) : null}
      {ready && year.total > 0 ? (
        <>
          <p data-testid="fatalities-total">
            {t('fatalities.total', { count: year.total.toLocaleString(locale) })}{' '}
            <a href="/api/public/medical/fatalities/statistics.csv?by=year,mission" download>
              {t('fatalities.csv')}
            </a>
          </p>
          <ByYear stats={year} title={t('fatalities.byYear')} label={t('nav.fatalities')} />
          <BarChart
            title={t('fatalities.byType')}
            bars={bars(type, 'incident_type', (v) => t(`fatalities.type.${v}` as MessageKey)).sort(
              byCount,
            )}
          />
          <BarChart
            title={t('fatalities.byPersonnel')}
            bars={bars(personnel, 'personnel', (v) =>
              t(`fatalities.personnel.${v}` as MessageKey),
            ).sort(byCount)}
          />
          <BarChart
            title={t('fatalities.byMission')}
            bars={bars(mission, 'mission').sort(byCount).slice(0, 15)}
          />
        </>
      ) : null}
    </section>
  );
}

/** Every year from the first to the last on record as a line (a year without a death is 0). */
function ByYear({
  stats,
  title,
  label,
}: {
  stats: FatalityStatistics;
  title: string;
  label: string;
}) {
  const counts = new Map(stats.rows.map((r) => [Number(r.group.year), r.fatalities]));
  const years = [...counts.keys()];
  const first = Math.min(...years);
  const all = Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => first + i);
  return (
    <LineChart
      title={title}
      yearly
      months={all.map((y) => `${y}-01`)}
      series={[{ label, values: all.map((y) => counts.get(y) ?? 0) }]}
    />
  );
}
