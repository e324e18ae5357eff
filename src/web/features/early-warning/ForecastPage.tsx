/**
 * Forecasts (E1): the latest published probability of state-based violence for every country on
 * the bundled basemap, at a threshold and a horizon the reader picks; the countries most at risk
 * as a list; a country's last four years and its thirteen forecasts; and the evaluation the
 * forecasts are judged by (calibration plot, scores against the baselines).
 */
import { useMemo, useState } from 'react';
import {
  CountryForecastDetail,
  EvaluationAnswer,
  ForecastMap,
} from '../../../modules/early-warning/forecast.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { LineChart } from '../../components/LineChart.js';
import { useI18n } from '../../i18n/i18n.js';
import { useApi } from '../../lib/query.js';
import { bins, ChoroplethMap } from './ChoroplethMap.js';
import { EvaluationPanel } from './EvaluationPanel.js';
import { ProbabilityBand } from './ProbabilityBand.js';

type Threshold = 'sb1' | 'sb25';

/** The month `n` months after a YYYY-MM month. */
function monthAfter(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function CountryPanel({ iso3 }: { iso3: string }) {
  const { t } = useI18n();
  const read = useApi(`/api/early-warning/forecasts/countries/${iso3}`, CountryForecastDetail);
  const detail = read.data;
  if (read.error) return <ErrorNotice error={read.error} />;
  if (!detail) return null;
  return (
    <section aria-label={detail.country} data-testid="country-forecast">
      <h2>{detail.country}</h2>
      <LineChart
        title={t('forecast.history', { origin: detail.run.origin })}
        months={detail.history.map((h) => h.month)}
        series={[
          { label: t('forecast.fatalities'), values: detail.history.map((h) => h.fatalities) },
        ]}
      />
      <ProbabilityBand
        title={t('forecast.band')}
        months={detail.forecasts.map((f) => f.month)}
        atLeastOne={detail.forecasts.map((f) => f.pSb1)}
        atLeast25={detail.forecasts.map((f) => f.pSb25)}
        labels={{ atLeastOne: t('forecast.sb1'), atLeast25: t('forecast.sb25') }}
      />
    </section>
  );
}

export function ForecastPage(_: PageProps) {
  const { t, locale } = useI18n();
  const [threshold, setThreshold] = useState<Threshold>('sb25');
  const [horizon, setHorizon] = useState(1);
  const [selected, setSelected] = useState<string | null>(null);
  const mapRead = useApi(`/api/early-warning/forecasts?horizon=${horizon}`, ForecastMap, {
    keepPrevious: true,
  });
  const evaluationRead = useApi('/api/early-warning/forecasts/evaluation', EvaluationAnswer);
  const map = mapRead.data ?? null;
  const evaluation = evaluationRead.data ?? null;
  const error = mapRead.error ?? evaluationRead.error;
  const key = threshold === 'sb1' ? 'pSb1' : 'pSb25';
  const values = useMemo(
    () => new Map((map?.items ?? []).map((i) => [i.iso3, i[key]])),
    [map, key],
  );
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const ranked = [...(map?.items ?? [])].sort((a, b) => b[key] - a[key]).slice(0, 15);
  const run = map?.run;
  return (
    <div className="page">
      <h1>{t('forecast.title')}</h1>
      <p>{t('forecast.intro')}</p>
      <ErrorNotice error={error} />
      {map && !run ? <p data-testid="no-forecasts">{t('forecast.none')}</p> : null}
      {run ? (
        <p className="muted" data-testid="forecast-run">
          {t('forecast.run', {
            origin: run.origin,
            model: run.model,
            countries: run.countries,
            source: run.source,
          })}
        </p>
      ) : null}
      <div className="filters">
        <label>
          {t('forecast.threshold')}{' '}
          <select value={threshold} onChange={(e) => setThreshold(e.target.value as Threshold)}>
            <option value="sb1">{t('forecast.sb1')}</option>
            <option value="sb25">{t('forecast.sb25')}</option>
          </select>
        </label>
        <label>
          {t('forecast.horizon')}{' '}
          <select value={horizon} onChange={(e) => setHorizon(Number(e.target.value))}>
            {Array.from({ length: 13 }, (_, i) => i + 1).map((h) => (
              <option key={h} value={h}>
                {t('forecast.monthsAhead', { n: h, month: run ? monthAfter(run.origin, h) : '' })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="two-columns">
        <div>
          <ChoroplethMap
            values={values}
            selected={selected}
            label={t('forecast.map')}
            onSelect={setSelected}
          />
          <ul className="legend" aria-label={t('forecast.legend')}>
            {bins.map((b, i) => (
              <li key={b.from}>
                <span className="swatch block" style={{ background: b.colour }} />
                <bdi dir="ltr">
                  {percent.format(b.from)}
                  {bins[i + 1] ? `–${percent.format(bins[i + 1]!.from)}` : '+'}
                </bdi>
              </li>
            ))}
          </ul>
        </div>
        <table data-testid="most-at-risk">
          <caption>{t('forecast.mostAtRisk')}</caption>
          <thead>
            <tr>
              <th>{t('forecast.country')}</th>
              <th>{t('forecast.probability')}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((c) => (
              <tr key={c.iso3} className={c.iso3 === selected ? 'selected' : undefined}>
                <td>
                  <button type="button" className="link" onClick={() => setSelected(c.iso3)}>
                    {c.country}
                  </button>
                </td>
                <td>{percent.format(c[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {selected ? <CountryPanel iso3={selected} /> : null}
      {evaluation ? (
        <EvaluationPanel answer={evaluation} threshold={threshold} horizon={horizon} />
      ) : null}
    </div>
  );
}
