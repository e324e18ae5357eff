/**
 * Alerts and hotspots (E1, E2): on the mission's map, the 0.5° cells whose recent incidents rise
 * above their own history, the grid forecast's cells shaded by probability (issue 23), the bases
 * and the alerts; the hotspots and the likeliest forecast cells, with why, as tables; the alerts, each
 * with its CAP 1.2 document, and the Atom feed; the rules that raise them and the bases they are
 * measured from.
 */
import { useMemo, useState } from 'react';
import { Alert } from '../../../modules/early-warning/alert.schema.js';
import {
  GridEvaluationAnswer,
  GridForecastMap,
} from '../../../modules/early-warning/grid-forecast.schema.js';
import { HotspotScan } from '../../../modules/early-warning/hotspot.schema.js';
import { Base } from '../../../modules/missions/base.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { BasesPanel } from './BasesPanel.js';
import { EarlyWarningMap } from './EarlyWarningMap.js';
import { GridForecastPanel, type GridView } from './GridForecastPanel.js';
import { alertIn } from './alert-words.js';
import { useMissions } from '../../components/MissionField.js';
import { RulesPanel } from './RulesPanel.js';

const Alerts = listOf(Alert);
const Bases = listOf(Base);

function Hotspots({ scan }: { scan: HotspotScan }) {
  const { t, locale } = useI18n();
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const flagged = scan.cells.filter((c) => c.flagged);
  const caption = t('alerts.hotspotsCaption', {
    asOf: scan.asOf ?? '—',
    days: scan.recentDays,
    baseline: scan.baselineDays,
    n: flagged.length,
  });
  if (flagged.length === 0) return <p data-testid="hotspots">{caption}</p>;
  return (
    <table data-testid="hotspots">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th>{t('alerts.cell')}</th>
          <th>{t('alerts.recent')}</th>
          <th>{t('alerts.expected')}</th>
          <th>{t('alerts.before')}</th>
          <th>{t('alerts.killed')}</th>
          <th>{t('alerts.qValue')}</th>
        </tr>
      </thead>
      <tbody>
        {flagged.map((c) => (
          <tr key={c.key}>
            <td>
              <bdi dir="ltr">
                {c.latitude}, {c.longitude}
              </bdi>
            </td>
            <td>{c.recentEvents}</td>
            <td>{n.format(c.expected)}</td>
            <td>{c.baselineEvents}</td>
            <td>{c.recentFatalities}</td>
            <td>
              <bdi dir="ltr">{c.qValue.toPrecision(2)}</bdi>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AlertsPage({ me }: PageProps) {
  const { t, locale } = useI18n();
  const missions = useMissions();
  const [recentDays, setRecentDays] = useState(90);
  const [error, setError] = useState<unknown>(null);
  const invalidate = useInvalidate();
  const canWrite = me.permissions.includes('early-warning:write');
  const hotspots = useApi(`/api/early-warning/hotspots?recentDays=${recentDays}`, HotspotScan, {
    keepPrevious: true,
  });
  const [gridView, setGridView] = useState<GridView>({ show: 'event', horizon: 1 });
  const grid = useApi(
    `/api/early-warning/grid-forecasts?horizon=${gridView.horizon}`,
    GridForecastMap,
    { keepPrevious: true },
  );
  const gridScore = useApi('/api/early-warning/grid-forecasts/evaluation', GridEvaluationAnswer);
  const forecastCells = useMemo(
    () =>
      gridView.show === 'none'
        ? []
        : (grid.data?.cells ?? []).map((c) => ({
            bounds: c.bounds,
            p: gridView.show === 'killed5' ? c.pKilled5 : c.pEvent,
          })),
    [grid.data, gridView.show],
  );
  const alertList = useApi('/api/early-warning/alerts', Alerts);
  const baseList = useApi('/api/bases', Bases);
  const scan = hotspots.data ?? null;
  const alerts = alertList.data?.items ?? [];
  const bases = baseList.data?.items ?? [];
  // Rules, bases and evaluations change what every early-warning read answers.
  const refresh = () => void invalidate('/api/early-warning', '/api/bases');
  const evaluate = () => api('POST', '/api/early-warning/alerts/evaluate').then(refresh, setError);
  const publishGrid = () =>
    api('POST', '/api/early-warning/grid-forecasts', { evaluate: true }).then(refresh, setError);
  return (
    <div className="page">
      <h1>{t('alerts.title')}</h1>
      <p>{t('alerts.intro')}</p>
      <ErrorNotice
        error={error ?? hotspots.error ?? grid.error ?? alertList.error ?? baseList.error}
      />
      <div className="filters">
        <label>
          {t('alerts.window')}{' '}
          <select value={recentDays} onChange={(e) => setRecentDays(Number(e.target.value))}>
            {[30, 60, 90, 180].map((d) => (
              <option key={d} value={d}>
                {t('alerts.days', { n: d })}
              </option>
            ))}
          </select>
        </label>
        {canWrite ? (
          <button type="button" onClick={() => void evaluate()}>
            {t('alerts.evaluate')}
          </button>
        ) : null}
        <a href="/api/alerts/feed">{t('alerts.feed')}</a>
      </div>
      <EarlyWarningMap
        scan={scan}
        forecast={forecastCells}
        bases={bases}
        alerts={alerts}
        label={t('alerts.map')}
      />
      <p className="legend">
        <span className="swatch block" style={{ background: '#d7301f' }} />{' '}
        {t('alerts.legendHotspot')}{' '}
        <span className="swatch block" style={{ background: '#0b5ea8' }} /> {t('alerts.legendBase')}{' '}
        <span className="swatch block" style={{ background: '#f0a500' }} />{' '}
        {t('alerts.legendAlert')}
      </p>
      {scan ? <Hotspots scan={scan} /> : null}
      <GridForecastPanel
        map={grid.data ?? null}
        evaluation={gridScore.data ?? null}
        view={gridView}
        onView={setGridView}
        onPublish={canWrite && me.missionId ? () => void publishGrid() : undefined}
      />
      <h2>{t('alerts.alerts')}</h2>
      {alerts.length === 0 ? <p>{t('alerts.none')}</p> : null}
      <ul className="alert-list" data-testid="alerts">
        {alerts
          .map((a) => ({ a, words: alertIn(locale, a) }))
          .map(({ a, words }) => (
            <li key={a.id} className="card">
              {a.msgType === 'Cancel' ? (
                <span className="badge">{t('alerts.cancellation')}</span>
              ) : null}
              {a.cancelledBy ? <span className="badge">{t('alerts.withdrawn')}</span> : null}{' '}
              <strong className={a.cancelledBy ? 'withdrawn' : undefined}>{words.headline}</strong>
              <div className="muted">
                {a.sentAt.slice(0, 16).replace('T', ' ')} ·{' '}
                {t(`alerts.severity.${a.severity}` as MessageKey)} ·{' '}
                {t(`alerts.urgency.${a.urgency}` as MessageKey)} ·{' '}
                {t(`alerts.certainty.${a.certainty}` as MessageKey)} · {a.ruleName}
              </div>
              <p>{words.description}</p>
              <a href={`/api/alerts/${a.id}.cap`}>{t('alerts.cap')}</a>{' '}
              <bdi dir="ltr" className="muted">
                {a.sourceKey}
              </bdi>
            </li>
          ))}
      </ul>
      <RulesPanel me={me} missions={missions} canWrite={canWrite} onChange={refresh} />
      <BasesPanel
        me={me}
        missions={missions}
        bases={bases}
        canWrite={canWrite}
        onChange={refresh}
      />
    </div>
  );
}
