/**
 * Deployment tracking (K9, ¶76): each selected unit's steps from selection to operational
 * readiness, each owned by a division, with its dates and days; a form to record a step (the main
 * body's arrival deploys the unit); and, across deployments, where the days go.
 */
import { useState } from 'react';
import { DeploymentTimes, Tracking } from '../../../modules/force-selection/selection.schema.js';
import type { PageProps } from '../../app/modules.js';
import { BarChart } from '../../components/BarChart.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';

const Trackings = listOf(Tracking);
import { field, useSubmit } from '../../components/useSubmit.js';

type Step = Tracking['steps'][number];

function StepForm({
  tracking,
  step,
  onDone,
}: {
  tracking: Tracking;
  step: Step;
  onDone: (t: Tracking) => void;
}) {
  const { t } = useI18n();
  const { error, submit } = useSubmit(() => undefined);
  const fieldError = useFieldErrors(error);
  const label = t(`deployments.step.${step.step}` as MessageKey);
  return (
    <form
      className="card"
      noValidate
      aria-label={t('deployments.recordStep', { step: label })}
      onSubmit={(e) =>
        void submit(e, async (f) =>
          onDone(
            await api<Tracking>(
              'PUT',
              `/api/capabilities/selections/${tracking.id}/steps/${step.step}`,
              {
                version: tracking.version,
                startedOn: field(f, 'startedOn'),
                completedOn: field(f, 'completedOn') || null,
                note: field(f, 'note'),
              },
            ),
          ),
        )
      }
    >
      <h3>{t('deployments.recordStep', { step: label })}</h3>
      <ErrorNotice error={error} />
      <Field
        label={t('deployments.started')}
        name="startedOn"
        type="date"
        defaultValue={step.startedOn ?? ''}
        error={fieldError('startedOn')}
      />
      <Field
        label={t('deployments.completed')}
        name="completedOn"
        type="date"
        defaultValue={step.completedOn ?? ''}
        error={fieldError('completedOn')}
      />
      <Field label={t('deployments.note')} name="note" defaultValue={step.note} />
      <button type="submit">{t('deployments.record')}</button>
    </form>
  );
}

function Steps({
  tracking,
  canWrite,
  onChanged,
}: {
  tracking: Tracking;
  canWrite: boolean;
  onChanged: (t: Tracking) => void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<Step['step'] | null>(null);
  const step = tracking.steps.find((s) => s.step === editing);
  return (
    <article className="card" aria-label={tracking.unit.contributorName}>
      <h2>
        {tracking.unit.contributorName} · {tracking.requirement.reference}
      </h2>
      <p className="muted">
        {t('deployments.progress', { done: tracking.completed, total: tracking.steps.length })} ·{' '}
        {t('deployments.daysSoFar', { days: tracking.daysSoFar })}
        {tracking.arrivedOn ? ` · ${t('deployments.arrived', { date: tracking.arrivedOn })}` : ''}
      </p>
      <table data-testid="steps">
        <thead>
          <tr>
            <th>{t('deployments.step')}</th>
            <th>{t('deployments.owner')}</th>
            <th>{t('deployments.started')}</th>
            <th>{t('deployments.completed')}</th>
            <th>{t('deployments.days')}</th>
          </tr>
        </thead>
        <tbody>
          {tracking.steps.map((s) => (
            <tr key={s.step} data-step={s.step}>
              <td>
                {canWrite ? (
                  <button type="button" className="link" onClick={() => setEditing(s.step)}>
                    {t(`deployments.step.${s.step}` as MessageKey)}
                  </button>
                ) : (
                  t(`deployments.step.${s.step}` as MessageKey)
                )}
                {s.note ? <small className="muted"> · {s.note}</small> : null}
              </td>
              <td>{t(`deployments.division.${s.owner}` as MessageKey)}</td>
              <td className="nowrap">{s.startedOn ?? '—'}</td>
              <td className="nowrap">{s.completedOn ?? '—'}</td>
              <td>{s.days ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {step ? (
        <StepForm
          key={`${step.step}-${tracking.version}`}
          tracking={tracking}
          step={step}
          onDone={(next) => {
            setEditing(null);
            onChanged(next);
          }}
        />
      ) : null}
    </article>
  );
}

function WhereTheDaysGo({ times }: { times: DeploymentTimes }) {
  const { t } = useI18n();
  const steps = times.steps.filter((s) => s.medianDays !== null);
  if (steps.length === 0) return <p className="muted">{t('deployments.noneYet')}</p>;
  return (
    <>
      <BarChart
        title={t('deployments.whereDays', { n: times.deployments })}
        bars={steps.map((s) => ({
          label: t(`deployments.step.${s.step}` as MessageKey),
          value: s.medianDays!,
          note: t(`deployments.division.${s.owner}` as MessageKey),
        }))}
      />
      <BarChart
        title={t('deployments.byDivision')}
        bars={times.divisions.map((d) => ({
          label: t(`deployments.division.${d.owner}` as MessageKey),
          value: d.medianDays ?? 0,
        }))}
      />
    </>
  );
}

export function DeploymentsPage({ me }: PageProps) {
  const { t } = useI18n();
  const canWrite = me.permissions.includes('capabilities:write');
  const list = useApi('/api/capabilities/selections', Trackings);
  const days = useApi('/api/capabilities/selections/times', DeploymentTimes);
  const items = list.data?.items ?? null;
  const times = days.data ?? null;
  const error = list.error ?? days.error;
  const [picked, setOpen] = useState<string | null>(null);
  const open = picked ?? items?.[0]?.id ?? null;
  const invalidate = useInvalidate();
  // A step recorded changes the tracking, the times and, on arrival, the unit itself.
  const load = () => invalidate('/api/capabilities');
  const tracking = items?.find((i) => i.id === open);
  return (
    <section>
      <h1>{t('deployments.title')}</h1>
      <p className="muted">{t('deployments.intro')}</p>
      <ErrorNotice error={error} />
      {items?.length === 0 ? <p>{t('deployments.none')}</p> : null}
      <ul data-testid="deployments">
        {items?.map((i) => (
          <li key={i.id}>
            <button type="button" className="link" onClick={() => setOpen(i.id)}>
              {i.unit.contributorName} · {i.requirement.reference}
            </button>{' '}
            <span className="muted">
              {t('deployments.progress', { done: i.completed, total: i.steps.length })}
            </span>
          </li>
        ))}
      </ul>
      {tracking ? (
        <Steps tracking={tracking} canWrite={canWrite} onChanged={() => void load()} />
      ) : null}
      {times ? <WhereTheDaysGo times={times} /> : null}
    </section>
  );
}
