/**
 * The mission's grid forecast (issue 23) beside the hotspots: what the map shades (an incident, or
 * 5 or more killed, and the month ahead), the run it comes from, its score against the per-cell
 * baselines, and the cells likeliest to see violence, each with the features that moved it most.
 * An analyst may publish a new run from here; with none, the panel says how one is made.
 */
import type {
  GridEvaluationAnswer,
  GridForecastMap,
} from '../../../modules/early-warning/grid-forecast.schema.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { forecastBins } from './EarlyWarningMap.js';

export type GridChoice = 'event' | 'killed5' | 'none';

export interface GridView {
  show: GridChoice;
  horizon: number;
}

function Controls({ view, onChange }: { view: GridView; onChange: (view: GridView) => void }) {
  const { t } = useI18n();
  return (
    <div className="filters">
      <label>
        {t('grid.show')}{' '}
        <select
          value={view.show}
          onChange={(e) => onChange({ ...view, show: e.target.value as GridChoice })}
        >
          <option value="event">{t('grid.event')}</option>
          <option value="killed5">{t('grid.killed5')}</option>
          <option value="none">{t('grid.none')}</option>
        </select>
      </label>
      <label>
        {t('grid.horizon')}{' '}
        <select
          value={view.horizon}
          onChange={(e) => onChange({ ...view, horizon: Number(e.target.value) })}
        >
          {[1, 2, 3, 4, 5, 6].map((h) => (
            <option key={h} value={h}>
              +{h}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** "Brier 0.0233 against 0.0242 for the best baseline (persistence …)" at the horizon shown. */
function Score({ answer, view }: { answer: GridEvaluationAnswer | null; view: GridView }) {
  const { t, locale } = useI18n();
  const evaluation = answer?.evaluation;
  if (!evaluation || view.show === 'none') return null;
  const row = evaluation[view.show].find((r) => r.horizon === view.horizon);
  if (!row) return null;
  const baselines = Object.keys(row.scores).filter((m) => m !== 'model');
  const best = baselines.reduce((a, b) => (row.scores[b]!.brier < row.scores[a]!.brier ? b : a));
  const n = new Intl.NumberFormat(locale, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  return (
    <p data-testid="grid-score">
      {t('grid.score', {
        from: evaluation.from,
        to: evaluation.to,
        model: n.format(row.scores.model!.brier),
        best: n.format(row.scores[best]!.brier),
        baseline: t(`grid.method.${best}` as MessageKey),
        auc: n.format(row.scores.model!.rocAuc ?? NaN),
        bestAuc: n.format(Math.max(...baselines.map((m) => row.scores[m]!.rocAuc ?? 0))),
      })}
    </p>
  );
}

export function GridForecastPanel(props: {
  map: GridForecastMap | null;
  evaluation: GridEvaluationAnswer | null;
  view: GridView;
  onView: (view: GridView) => void;
  /** Present when the reader may publish a run. */
  onPublish?: (() => void) | undefined;
}) {
  const { t, locale } = useI18n();
  const { map, view } = props;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const run = map?.runs[0];
  const key = view.show === 'killed5' ? 'pKilled5' : 'pEvent';
  const top = (map?.cells ?? [])
    .slice()
    .sort((a, b) => b[key] - a[key])
    .slice(0, 10);
  return (
    <section aria-label={t('grid.title')} data-testid="grid-forecast">
      <h2>{t('grid.title')}</h2>
      <Controls view={view} onChange={props.onView} />
      {map && !run ? <p data-testid="grid-empty">{t('grid.empty')}</p> : null}
      {run ? (
        <p className="muted" data-testid="grid-run">
          {t('grid.run', {
            origin: run.origin,
            incidents: run.incidents,
            cells: run.cells,
            model: run.model,
          })}
        </p>
      ) : null}
      {props.onPublish ? (
        <button type="button" onClick={props.onPublish}>
          {t('grid.publish')}
        </button>
      ) : null}
      <Score answer={props.evaluation} view={view} />
      {view.show !== 'none' && top.length > 0 ? (
        <>
          <ul className="legend" aria-label={t('grid.legend')}>
            {forecastBins.map((b, i) => (
              <li key={b.from}>
                <span className="swatch block" style={{ background: b.colour }} />
                <bdi dir="ltr">
                  {percent.format(b.from)}
                  {forecastBins[i + 1] ? `–${percent.format(forecastBins[i + 1]!.from)}` : '+'}
                </bdi>
              </li>
            ))}
          </ul>
          <table data-testid="grid-cells">
            <caption>{t('grid.likeliest', { month: top[0]!.month })}</caption>
            <thead>
              <tr>
                <th>{t('grid.cell')}</th>
                <th>{t('grid.probability')}</th>
                <th>{t('grid.why')}</th>
              </tr>
            </thead>
            <tbody>
              {top.map((c) => (
                <tr key={`${c.missionId}:${c.gid}`}>
                  <td>
                    <bdi dir="ltr">
                      {(c.bounds[0] + 0.25).toFixed(2)}, {(c.bounds[1] + 0.25).toFixed(2)}
                    </bdi>
                  </td>
                  <td>{percent.format(c[key])}</td>
                  <td>
                    {c.why[view.show === 'killed5' ? 'killed5' : 'event']
                      .map(
                        (r) =>
                          `${r.effect >= 0 ? '↑' : '↓'} ${t(`grid.feature.${r.feature}` as MessageKey)} (${t(r.above ? 'grid.above' : 'grid.below')})`,
                      )
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
