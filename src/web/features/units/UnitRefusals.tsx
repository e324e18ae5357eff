/**
 * K8 (¶98) for one deployed unit: its refusals to follow orders with where each stands; the report
 * (in the mission) and headquarters' steps — inform the contributor, set the remedial action's
 * date, record it, and, with none in time, the repatriation decision.
 */
import type { ReactNode } from 'react';
import { Refusal } from '../../../modules/unit-performance/performance.schema.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { field, useSubmit } from '../../components/useSubmit.js';

export function refusalStatusText(t: ReturnType<typeof useI18n>['t'], r: Refusal): string {
  return t(`units.refusal.${r.status}` as MessageKey, {
    due: r.remedialDue ?? '',
    on: r.decidedOn ?? r.remedialOn ?? '',
  });
}

/** One small form posting to a refusal's step. */
function StepForm({
  r,
  step,
  title,
  body,
  onDone,
  children,
}: {
  r: Refusal;
  step: string;
  title: string;
  body: (f: FormData) => object;
  onDone: () => void;
  children: (fieldError: (path: string) => string | undefined) => ReactNode;
}) {
  const { error, submit } = useSubmit(onDone);
  const fieldError = useFieldErrors(error);
  return (
    <form
      className="card"
      noValidate
      aria-label={title}
      onSubmit={(e) =>
        void submit(e, (f) =>
          api('POST', `/api/capabilities/refusals/${r.id}/${step}`, {
            version: r.version,
            ...body(f),
          }),
        )
      }
    >
      <h4>{title}</h4>
      <ErrorNotice error={error} />
      {children(fieldError)}
      <button type="submit">{title}</button>
    </form>
  );
}

function HeadquartersSteps({ r, onDone }: { r: Refusal; onDone: () => void }) {
  const { t } = useI18n();
  const date = (name: string, label: string, fe: (p: string) => string | undefined) => (
    <Field label={label} name={name} type="date" error={fe(name)} />
  );
  if (r.status === 'contributor_not_informed')
    return (
      <StepForm
        r={r}
        step="inform"
        title={t('units.inform')}
        onDone={onDone}
        body={(f) => ({
          informedAt: `${field(f, 'informedAt')}:00.000Z`,
          means: field(f, 'means'),
        })}
      >
        {(fe) => (
          <>
            <Field
              label={t('units.informedAt')}
              name="informedAt"
              type="datetime-local"
              error={fe('informedAt')}
            />
            <Field label={t('units.means')} name="means" error={fe('means')} />
          </>
        )}
      </StepForm>
    );
  if (r.status === 'awaiting_remedial_due')
    return (
      <StepForm
        r={r}
        step="remedial-due"
        title={t('units.setDue')}
        onDone={onDone}
        body={(f) => ({ remedialDue: field(f, 'remedialDue') })}
      >
        {(fe) => date('remedialDue', t('units.dueOn'), fe)}
      </StepForm>
    );
  if (r.status !== 'remedial_due' && r.status !== 'decision_required') return null;
  return (
    <>
      <StepForm
        r={r}
        step="remedial-action"
        title={t('units.remedy')}
        onDone={onDone}
        body={(f) => ({ takenOn: field(f, 'takenOn'), action: field(f, 'action') })}
      >
        {(fe) => (
          <>
            {date('takenOn', t('units.takenOn'), fe)}
            <Field label={t('units.action')} name="action" error={fe('action')} />
          </>
        )}
      </StepForm>
      {r.status === 'decision_required' ? (
        <StepForm
          r={r}
          step="decision"
          title={t('units.decide')}
          onDone={onDone}
          body={(f) => ({
            decidedOn: field(f, 'decidedOn'),
            decision: field(f, 'decision'),
            reason: field(f, 'reason'),
          })}
        >
          {(fe) => (
            <>
              {date('decidedOn', t('units.decidedOn'), fe)}
              <CodeSelect
                label={t('units.decision')}
                name="decision"
                codes={['repatriate', 'retain']}
                prefix="units.decision."
              />
              <Field label={t('units.reason')} name="reason" error={fe('reason')} />
            </>
          )}
        </StepForm>
      ) : null}
    </>
  );
}

function ReportForm({
  unitId,
  police,
  onDone,
}: {
  unitId: string;
  police: boolean;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { error, submit } = useSubmit(onDone);
  const fieldError = useFieldErrors(error);
  return (
    <form
      className="card"
      noValidate
      aria-label={t('units.report')}
      onSubmit={(e) =>
        void submit(e, (f) =>
          api('POST', `/api/capabilities/pledges/${unitId}/refusals`, {
            occurredOn: field(f, 'occurredOn'),
            reportedBy: field(f, 'reportedBy'),
            order: field(f, 'order'),
            whatHappened: field(f, 'whatHappened'),
          }),
        )
      }
    >
      <h3>{t('units.report')}</h3>
      <ErrorNotice error={error} />
      <Field
        label={t('units.occurredOn')}
        name="occurredOn"
        type="date"
        error={fieldError('occurredOn')}
      />
      <CodeSelect
        label={t('units.reportedBy')}
        name="reportedBy"
        codes={police ? ['police_commissioner'] : ['force_commander']}
        prefix="units.reporter."
      />
      <Field label={t('units.order')} name="order" error={fieldError('order')} />
      <Field
        label={t('units.whatHappened')}
        name="whatHappened"
        error={fieldError('whatHappened')}
      />
      <button type="submit">{t('units.report')}</button>
    </form>
  );
}

const Refusals = listOf(Refusal);

export function UnitRefusals({
  unit,
  can,
}: {
  unit: { id: string; capability: string };
  can: { report: boolean; act: boolean };
}) {
  const { t, formatDate } = useI18n();
  const list = useApi(
    `/api/capabilities/refusals?${new URLSearchParams({ unit: unit.id })}`,
    Refusals,
  );
  const items = list.data?.items ?? [];
  const error = list.error;
  const invalidate = useInvalidate();
  // A decision may order the unit home: its repatriations change with its refusals.
  const reload = () => invalidate('/api/capabilities/refusals', '/api/capabilities/repatriations');
  return (
    <>
      <h3>{t('units.refusals')}</h3>
      <ErrorNotice error={error} />
      {items.length === 0 ? <p className="muted">{t('units.noRefusals')}</p> : null}
      <ul data-testid="refusals">
        {items.map((r) => (
          <li key={r.id} data-status={r.status}>
            <strong>{r.occurredOn}</strong> ·{' '}
            {t(`units.reporter.${r.reportedByRole}` as MessageKey)} · {r.order} — {r.whatHappened}
            <p className={r.status === 'decision_required' ? 'notice notice-error' : 'notice'}>
              {refusalStatusText(t, r)}
            </p>
            {r.informedAt && r.promptness ? (
              <p className="muted">
                {t('units.informed', {
                  at: formatDate(r.informedAt),
                  by: r.informedBy ?? '',
                  hours: r.promptness.hours,
                })}
                {r.promptness.immediate ? '' : ` · ${t('units.informedLate')}`}
              </p>
            ) : null}
            {can.act ? <HeadquartersSteps r={r} onDone={reload} /> : null}
          </li>
        ))}
      </ul>
      {can.report ? (
        <ReportForm
          unitId={unit.id}
          police={unit.capability === 'formed_police_unit'}
          onDone={reload}
        />
      ) : null}
    </>
  );
}
