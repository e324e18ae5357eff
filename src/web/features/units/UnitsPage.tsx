/**
 * Units in mission (K7, K8): the deployed units in view; for one, its assessments with remedial
 * plans, its refusals to follow orders, and its contributor's score per quarter; and the periodic
 * summary of refusals for the Security Council.
 */
import { useEffect, useState } from 'react';
import type { Pledge } from '../../../modules/capabilities/pledge.schema.js';
import type {
  ContributorPerformance,
  CouncilSummary,
} from '../../../modules/unit-performance/performance.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { LineChart } from '../../components/LineChart.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { UnitAssessments } from './UnitAssessments.js';
import { UnitFailureToAct } from './UnitFailureToAct.js';
import { UnitRepatriations } from './UnitRepatriations.js';
import { refusalStatusText, UnitRefusals } from './UnitRefusals.js';

function ContributorTrend({ unit, changes }: { unit: Pledge; changes: number }) {
  const { t } = useI18n();
  const [perf, setPerf] = useState<ContributorPerformance | null>(null);
  useEffect(() => {
    api<ContributorPerformance>(
      'GET',
      `/api/capabilities/contributors/${unit.contributor}/performance`,
    ).then(setPerf, () => setPerf(null));
  }, [unit.contributor, changes]);
  if (!perf || perf.trend.length === 0) return null;
  return (
    <LineChart
      title={t('units.trend', { name: unit.contributorName })}
      months={perf.trend.map((q) => q.quarter)}
      series={[{ label: t('units.score'), values: perf.trend.map((q) => q.score) }]}
    />
  );
}

function Summary() {
  const { t } = useI18n();
  const year = new Date().getUTCFullYear();
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const [summary, setSummary] = useState<CouncilSummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const show = () => {
    const q = new URLSearchParams({ from, to });
    api<CouncilSummary>('GET', `/api/capabilities/refusals/council-summary?${q}`).then(
      setSummary,
      setError,
    );
  };
  return (
    <section aria-label={t('units.summary')}>
      <h2>{t('units.summary')}</h2>
      <ErrorNotice error={error} />
      <div className="filters">
        <label>
          {t('units.from')}{' '}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('units.to')} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="button" onClick={show}>
          {t('units.show')}
        </button>
      </div>
      {summary ? (
        <>
          <p>{t('units.summaryCount', { n: summary.items.length })}</p>
          <ul data-testid="council-summary">
            {summary.items.map((r) => (
              <li key={r.id}>
                {r.occurredOn} · {r.contributor} · {r.order} — {refusalStatusText(t, r)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function UnitsPage({ me }: PageProps) {
  const { t } = useI18n();
  const [units, setUnits] = useState<Pledge[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [changes, setChanges] = useState(0);
  const [left, setLeft] = useState(0);
  useEffect(() => {
    api<{ items: Pledge[] }>('GET', '/api/capabilities/pledges').then((r) => {
      const deployed = r.items.filter(
        (p) =>
          p.deployment !== null &&
          (me.missionId === null || p.deployment.missionId === me.missionId),
      );
      setUnits(deployed);
      setChosen((c) => (c && deployed.some((u) => u.id === c) ? c : (deployed[0]?.id ?? null)));
    }, setError);
  }, [me.missionId, left]);
  const unit = units?.find((u) => u.id === chosen);
  const inView = (missionId: string) => me.missionId === null || me.missionId === missionId;
  return (
    <section>
      <h1>{t('units.title')}</h1>
      <p className="muted">{t('units.intro')}</p>
      <ErrorNotice error={error} />
      {units?.length === 0 ? <p>{t('units.none')}</p> : null}
      {units && units.length > 0 ? (
        <p data-testid="deployed-strength">
          {t('units.strength', {
            people: units.reduce((n, u) => n + u.strength, 0),
            units: units.length,
          })}
        </p>
      ) : null}
      {units && units.length > 0 ? (
        <label className="filters">
          {t('units.unit')}{' '}
          <select value={chosen ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.contributorName} · {t(`readiness.capability.${u.capability}` as MessageKey)} (
                {u.strength}) · {t('units.deployedSince', { date: u.deployment!.deployedOn })}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {unit && inView(unit.deployment!.missionId) ? (
        <article className="card" key={unit.id} aria-label={unit.contributorName}>
          <h2>
            {unit.contributorName} · {t(`readiness.capability.${unit.capability}` as MessageKey)}
          </h2>
          <UnitAssessments
            unitId={unit.id}
            canAssess={me.permissions.includes('performance:write')}
            onChanged={() => setChanges((n) => n + 1)}
          />
          <ContributorTrend unit={unit} changes={changes} />
          <UnitRefusals
            unit={unit}
            can={{
              report: me.permissions.includes('performance:write'),
              act: me.permissions.includes('capabilities:write'),
            }}
          />
          <UnitRepatriations
            unitId={unit.id}
            canDecide={me.missionId === null && me.permissions.includes('capabilities:write')}
            onLeft={() => setLeft((n) => n + 1)}
          />
          <UnitFailureToAct unitId={unit.id} />
        </article>
      ) : null}
      <Summary />
    </section>
  );
}
