/**
 * C5 (¶122): the public page of allegation statistics — no account, light enough for a slow link.
 * Counts come from the public API, small ones already written "<3" by the server.
 */
import { BarChart, type Bar } from '../../components/BarChart.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { useI18n } from '../../i18n/i18n.js';
import { InvestigationsAnswer, StatisticsAnswer } from '../../../modules/conduct/case.schema.js';
import { useApi, useApis } from '../../lib/query.js';
import type { MessageKey } from '../../i18n/en.js';
import { MonthlyTableLinks } from './MonthlyTableLinks.js';

type Statistics = (typeof StatisticsAnswer)['_output'];

const dimensions = ['year', 'mission', 'nationality', 'category'] as const;

const sizeOf = (v: Bar['value']) => (v === '<3' ? 2 : v === 'withheld' ? 3 : v);
const byCount = (a: Bar, b: Bar) => sizeOf(b.value) - sizeOf(a.value);

export function PublicStatisticsPage() {
  const { t } = useI18n();
  // Each table is read on its own; the page shows them once all have answered.
  const tables = useApis(
    dimensions.map((by) => `/api/public/conduct/statistics?by=${by}`),
    StatisticsAnswer,
    { public: true },
  );
  const investigations = useApi('/api/public/conduct/investigations', InvestigationsAnswer, {
    public: true,
  });
  const error = tables.find((q) => q.error)?.error ?? investigations.error;
  const [year, mission, nationality, category] = tables.map((q) => q.data);
  const data =
    year && mission && nationality && category && investigations.data
      ? { year, mission, nationality, category, investigations: investigations.data }
      : null;

  const bars = (stats: Statistics, key: string, label = (v: string) => v): Bar[] =>
    stats.rows.map((r) => ({ label: label(r.group[key] ?? ''), value: r.allegations }));
  const total = data?.year.total ?? null;

  return (
    <main className="public-page" id="main">
      <header>
        <h1>{t('public.conduct.title')}</h1>
        <LanguageSwitch />
      </header>
      <p>{t('public.conduct.intro')}</p>
      <p className="muted">{t('public.conduct.source')}</p>
      <ErrorNotice error={error} />
      {data && data.year.rows.length === 0 ? <p>{t('public.conduct.empty')}</p> : null}
      {data && data.year.rows.length > 0 ? (
        <>
          {total !== null ? (
            <p data-testid="conduct-total">{t('public.conduct.total', { count: total })}</p>
          ) : null}
          <p className="muted" data-testid="conduct-as-of">
            {t('public.conduct.asOf', { month: data.year.asOf })} {t('public.conduct.withheld')}
          </p>
          <BarChart title={t('public.conduct.byYear')} columns bars={bars(data.year, 'year')} />
          <BarChart
            title={t('public.conduct.byCategory')}
            bars={bars(data.category, 'category', (c) => t(`conduct.category.${c}` as MessageKey))}
          />
          <BarChart
            title={t('public.conduct.byMission')}
            bars={bars(data.mission, 'mission').sort(byCount)}
          />
          <BarChart
            title={t('public.conduct.byNationality')}
            bars={bars(data.nationality, 'nationality').sort(byCount).slice(0, 25)}
          />
          <BarChart
            title={t('public.conduct.investigations')}
            max={100}
            bars={data.investigations.rows
              .filter((r) => r.shareWithinSixMonths !== null)
              .map((r) => ({
                label: t(`conduct.entity.${r.entity}` as MessageKey),
                value: Math.round((r.shareWithinSixMonths ?? 0) * 100),
                percent: true,
                note: t('public.conduct.ofCompleted', {
                  completed: r.completed,
                  pending: r.pending,
                }),
              }))}
          />
          <h2>{t('public.conduct.downloads')}</h2>
          <ul className="downloads">
            <li>
              <a href="/api/public/conduct/statistics.csv?by=mission" download>
                {t('public.conduct.csvMission')}
              </a>
            </li>
            <li>
              <a href="/api/public/conduct/statistics.csv?by=nationality" download>
                {t('public.conduct.csvNationality')}
              </a>
            </li>
            <li>
              <a href="/api/public/conduct/investigations.csv" download>
                {t('public.conduct.csvInvestigations')}
              </a>
            </li>
          </ul>
          <MonthlyTableLinks />
        </>
      ) : null}
      <p>
        <a href="/">{t('public.signIn')}</a>
      </p>
    </main>
  );
}
