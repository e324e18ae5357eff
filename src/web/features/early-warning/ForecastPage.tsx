/**
 * Forecasts (E1): the latest published probability of violence for every country on the bundled
 * basemap, for the kind of violence (state-based, non-state, against civilians), threshold and
 * horizon the reader picks; the countries most at risk as a list; a country's last four years of
 * that kind and its thirteen forecasts; and the evaluation the forecasts are judged by
 * (calibration plot, scores against the baselines). A run published before a kind was forecast
 * says so instead of drawing an empty map.
 */
import { useMemo, useState } from 'react';
import {
  CountryForecastDetail,
  EvaluationAnswer,
  ForecastKind,
  ForecastMap,
  type CountryProbability,
} from '../../../modules/early-warning/forecast.schema.js';
import { countryNameIn } from '../../../modules/missions/country-names.taxonomy.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { LineChart } from '../../components/LineChart.js';
import { useI18n, type Locale } from '../../i18n/i18n.js';
import { useApi } from '../../lib/query.js';
import { bins, ChoroplethMap } from './ChoroplethMap.js';
import { EvaluationPanel } from './EvaluationPanel.js';
import { ProbabilityBand } from './ProbabilityBand.js';

type Threshold = 'sb1' | 'sb25';
const kinds = ForecastKind.options;

/** The field of a probability of the kind at the threshold: pSb1, pOs25, … */
const fieldOf = (kind: ForecastKind, threshold: Threshold) =>
  `p${kind[0]!.toUpperCase()}${kind[1]}${threshold === 'sb1' ? '1' : '25'}` as keyof Pick<
    CountryProbability,
    'pSb1' | 'pSb25' | 'pNs1' | 'pNs25' | 'pOs1' | 'pOs25'
  >;
const historyOf = { sb: 'fatalities', ns: 'fatalitiesNs', os: 'fatalitiesOs' } as const;

/** English as the data names the country; French and Arabic by its ISO code, in their words. */
const nameIn = (locale: Locale, c: { iso3: string; country: string }) =>
  locale === 'en' ? c.country : countryNameIn(locale, c.iso3, c.country);

/** The month `n` months after a YYYY-MM month. */
function monthAfter(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function CountryPanel({ iso3, kind }: { iso3: string; kind: ForecastKind }) {
  const { t, locale } = useI18n();
  const read = useApi(`/api/early-warning/forecasts/countries/${iso3}`, CountryForecastDetail);
  const detail = read.data;
  if (read.error) return <ErrorNotice error={read.error} />;
  if (!detail) return null;
  return (
    <section aria-label={nameIn(locale, detail)} data-testid="country-forecast">
      <h2>{nameIn(locale, detail)}</h2>
      <LineChart
        title={t(`forecast.history.${kind}`, { origin: detail.run.origin })}
        months={detail.history.map((h) => h.month)}
        series={[
          {
            label: t('forecast.fatalities'),
            values: detail.history.map((h) => h[historyOf[kind]] ?? 0),
          },
        ]}
      />
      <ProbabilityBand
        title={t('forecast.band')}
        months={detail.forecasts.map((f) => f.month)}
        atLeastOne={detail.forecasts.map((f) => f[fieldOf(kind, 'sb1')] ?? 0)}
        atLeast25={detail.forecasts.map((f) => f[fieldOf(kind, 'sb25')] ?? 0)}
        labels={{ atLeastOne: t('forecast.sb1'), atLeast25: t('forecast.sb25') }}
      />
    </section>
  );
}

export function ForecastPage(_: PageProps) {
  const { t, locale } = useI18n();
  const [kind, setKind] = useState<ForecastKind>('sb');
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
  const key = fieldOf(kind, threshold);
  // A run published before the kind was forecast has no probability of it (null).
  const items = useMemo(
    () =>
      (map?.items ?? []).flatMap((i) => {
        const p = i[key];
        return p === null ? [] : [{ iso3: i.iso3, country: i.country, p }];
      }),
    [map, key],
  );
  const values = useMemo(() => new Map(items.map((i) => [i.iso3, i.p])), [items]);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const ranked = [...items].sort((a, b) => b.p - a.p).slice(0, 15);
  const run = map?.run;
  const kindMissing = run !== undefined && run !== null && map!.items.length > 0 && !items.length;
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
          {t('forecast.kind')}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as ForecastKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`forecast.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
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
      {kindMissing ? <p data-testid="kind-missing">{t('forecast.kindMissing')}</p> : null}
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
                    {nameIn(locale, c)}
                  </button>
                </td>
                <td>{percent.format(c.p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {selected ? <CountryPanel iso3={selected} kind={kind} /> : null}
      {evaluation ? (
        <EvaluationPanel
          answer={evaluation}
          outcome={`${kind}${threshold === 'sb1' ? '1' : '25'}`}
          horizon={horizon}
        />
      ) : null}
    </div>
  );
}
