/**
 * E1's evaluation as published with the forecasts: the calibration plot of the model and the best
 * baseline at the chosen kind of violence, threshold and horizon, each method's scores there, and the Brier score of
 * every method at every horizon (the best of each column marked).
 */
import type { EvaluationAnswer } from '../../../modules/early-warning/forecast.schema.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { CalibrationPlot } from './CalibrationPlot.js';

const methodKeys: Record<string, MessageKey> = {
  model: 'forecast.method.model',
  persistence: 'forecast.method.persistence',
  frequency12: 'forecast.method.frequency12',
  frequency24: 'forecast.method.frequency24',
  frequency36: 'forecast.method.frequency36',
  plain_logistic: 'forecast.method.plain_logistic',
};

export function EvaluationPanel({
  answer,
  outcome,
  horizon,
}: {
  answer: EvaluationAnswer;
  outcome: 'sb1' | 'sb25' | 'ns1' | 'ns25' | 'os1' | 'os25';
  horizon: number;
}) {
  const { t, locale } = useI18n();
  const evaluation = answer.evaluation;
  if (!evaluation) return <p>{t('forecast.noEvaluation')}</p>;
  const rows = evaluation[outcome];
  if (!rows) return <p data-testid="kind-not-evaluated">{t('forecast.kindNotEvaluated')}</p>;
  const row = rows.find((r) => r.horizon === horizon) ?? rows[0];
  if (!row) return <p>{t('forecast.noEvaluation')}</p>;
  // In the model's order, whatever order the stored JSON kept (PostgreSQL's jsonb sorts keys).
  const methods = [
    ...Object.keys(methodKeys).filter((m) => m in row.scores),
    ...Object.keys(row.scores).filter((m) => !(m in methodKeys)),
  ];
  const name = (m: string) => (methodKeys[m] ? t(methodKeys[m]) : m);
  const fixed = (v: number | null, digits = 4) =>
    v === null
      ? '—'
      : new Intl.NumberFormat(locale, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(v);
  const baselines = methods.filter((m) => m !== 'model');
  const best = baselines.reduce((a, b) => (row.scores[b]!.brier < row.scores[a]!.brier ? b : a));
  return (
    <section aria-label={t('forecast.evaluation')}>
      <h2>{t('forecast.evaluation')}</h2>
      <p>
        {t('forecast.evaluationIntro', {
          from: evaluation.from,
          to: evaluation.to,
          forecasts: row.scores.model!.forecasts,
          events: row.scores.model!.events,
        })}
      </p>
      <div className="two-columns">
        <CalibrationPlot
          title={t('forecast.calibration', { horizon: row.horizon })}
          axes={{
            forecast: t('forecast.forecastProbability'),
            observed: t('forecast.observedShare'),
          }}
          series={[
            { label: name('model'), colour: '#0b5ea8', bins: row.scores.model!.calibration },
            { label: name(best), colour: '#c2571a', bins: row.scores[best]!.calibration },
          ]}
        />
        <table data-testid="scores">
          <caption>{t('forecast.scoresAt', { horizon: row.horizon })}</caption>
          <thead>
            <tr>
              <th>{t('forecast.method')}</th>
              <th>{t('forecast.brier')}</th>
              <th>{t('forecast.rocAuc')}</th>
              <th>{t('forecast.prAuc')}</th>
            </tr>
          </thead>
          <tbody>
            {methods.map((m) => (
              <tr key={m} className={m === 'model' ? 'strong' : undefined}>
                <th scope="row">{name(m)}</th>
                <td>{fixed(row.scores[m]!.brier)}</td>
                <td>{fixed(row.scores[m]!.rocAuc, 3)}</td>
                <td>{fixed(row.scores[m]!.prAuc, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table data-testid="brier-by-horizon">
          <caption>{t('forecast.brierByHorizon')}</caption>
          <thead>
            <tr>
              <th>{t('forecast.method')}</th>
              {rows.map((r) => (
                <th key={r.horizon}>{r.horizon}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {methods.map((m) => (
              <tr key={m}>
                <th scope="row">{name(m)}</th>
                {rows.map((r) => {
                  const lowest = Math.min(...Object.values(r.scores).map((s) => s.brier));
                  const v = r.scores[m]?.brier ?? null;
                  return (
                    <td key={r.horizon} className={v === lowest ? 'strong' : undefined}>
                      {fixed(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
