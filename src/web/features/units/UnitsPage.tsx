/**
 * Units in mission (K7, K8): the deployed units in view; for one, its assessments with remedial
 * plans, its refusals to follow orders, and its contributor's score per quarter; and the periodic
 * summary of refusals for the Security Council.
 */
import { useState } from 'react';
import { Pledge } from '../../../modules/capabilities/pledge.schema.js';
import {
  ContributorPerformance,
  CouncilSummary,
} from '../../../modules/unit-performance/performance.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { LineChart } from '../../components/LineChart.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { UnitAssessments } from './UnitAssessments.js';
import { UnitFailureToAct } from './UnitFailureToAct.js';
import { UnitRepatriations } from './UnitRepatriations.js';
import { refusalStatusText, UnitRefusals } from './UnitRefusals.js';

const Pledges = listOf(Pledge);

function ContributorTrend({ unit }: { unit: Pledge }) {
  const { t } = useI18n();
  const perf = useApi(
    `/api/capabilities/contributors/${unit.contributor}/performance`,
    ContributorPerformance,
  ).data;
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
  // Read when asked, for the period asked.
  const [asked, setAsked] = useState<string | null>(null);
  const read = useApi(asked, CouncilSummary);
  const summary = read.data ?? null;
  const error = read.error;
  const show = () =>
    setAsked(`/api/capabilities/refusals/council-summary?${new URLSearchParams({ from, to })}`);
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
  const list = useApi('/api/capabilities/pledges', Pledges);
  const units = list.data
    ? list.data.items.filter(
        (p) =>
          p.deployment !== null &&
          (me.missionId === null || p.deployment.missionId === me.missionId),
      )
    : null;
  const error = list.error;
  const [picked, setChosen] = useState<string | null>(null);
  const chosen = units?.some((u) => u.id === picked) ? picked : (units?.[0]?.id ?? null);
  const invalidate = useInvalidate();
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
            onChanged={() =>
              void invalidate(`/api/capabilities/contributors/${unit.contributor}/performance`)
            }
          />
          <ContributorTrend unit={unit} />
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
            onLeft={() => void invalidate('/api/capabilities/pledges')}
          />
          <UnitFailureToAct unitId={unit.id} />
        </article>
      ) : null}
      <Summary />
    </section>
  );
}
