/**
 * K7 (¶97) for one deployed unit: its assessments against task-based standards, the remedial plan a
 * deficiency opened with its status, a form to assess (in the mission) and one to close a plan.
 */
import {
  Assessment,
  type RemedialPlan,
} from '../../../modules/unit-performance/performance.schema.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { field, useSubmit } from '../../components/useSubmit.js';

const ratings = ['meets', 'exceeds', 'partially_meets', 'does_not_meet'] as const;
const rows = [1, 2, 3, 4];

function AssessForm({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const { t } = useI18n();
  const { error, submit } = useSubmit(onDone);
  const fieldError = useFieldErrors(error);
  return (
    <form
      className="card"
      noValidate
      aria-label={t('units.assess')}
      onSubmit={(e) =>
        void submit(e, (f) =>
          api('POST', `/api/capabilities/pledges/${unitId}/assessments`, {
            assessedOn: field(f, 'assessedOn'),
            assessor: field(f, 'assessor'),
            standards: rows
              .filter((n) => field(f, `standard${n}`))
              .map((n) => ({
                standard: field(f, `standard${n}`),
                rating: field(f, `rating${n}`),
                evidence: field(f, `evidence${n}`),
              })),
            remedialDue: field(f, 'remedialDue') || null,
          }),
        )
      }
    >
      <h3>{t('units.assess')}</h3>
      <ErrorNotice error={error} />
      <Field
        label={t('units.assessedOn')}
        name="assessedOn"
        type="date"
        error={fieldError('assessedOn')}
      />
      <Field label={t('units.assessor')} name="assessor" error={fieldError('assessor')} />
      {rows.map((n) => (
        <div key={n} className="filters">
          <Field
            label={t('units.standard', { n })}
            name={`standard${n}`}
            error={fieldError(`standards.${n - 1}.standard`)}
          />
          <CodeSelect
            label={t('units.rating', { n })}
            name={`rating${n}`}
            codes={ratings}
            prefix="units.rating."
          />
          <Field label={t('units.evidence', { n })} name={`evidence${n}`} />
        </div>
      ))}
      <Field
        label={t('units.remedialDue')}
        name="remedialDue"
        type="date"
        error={fieldError('remedialDue')}
      />
      <button type="submit">{t('units.assess')}</button>
    </form>
  );
}

function ClosePlan({ plan, onDone }: { plan: RemedialPlan; onDone: () => void }) {
  const { t } = useI18n();
  const { error, submit } = useSubmit(onDone);
  const fieldError = useFieldErrors(error);
  return (
    <form
      noValidate
      aria-label={t('units.closePlan')}
      onSubmit={(e) =>
        void submit(e, (f) =>
          api('POST', `/api/capabilities/remedial-plans/${plan.id}/close`, {
            version: plan.version,
            closedOn: field(f, 'closedOn'),
            outcome: field(f, 'outcome'),
            note: field(f, 'note'),
          }),
        )
      }
    >
      <ErrorNotice error={error} />
      <div className="filters">
        <Field
          label={t('units.closedOn')}
          name="closedOn"
          type="date"
          error={fieldError('closedOn')}
        />
        <CodeSelect
          label={t('units.outcome')}
          name="outcome"
          codes={['remedied', 'not_remedied']}
          prefix="units.plan."
        />
        <Field label={t('units.note')} name="note" error={fieldError('note')} />
      </div>
      <button type="submit">{t('units.closePlan')}</button>
    </form>
  );
}

const Assessments = listOf(Assessment);

export function UnitAssessments({
  unitId,
  canAssess,
  onChanged,
}: {
  unitId: string;
  canAssess: boolean;
  /** Told after an assessment or a plan is recorded. */
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const list = useApi(`/api/capabilities/pledges/${unitId}/assessments`, Assessments);
  const items = list.data?.items ?? [];
  const error = list.error;
  const invalidate = useInvalidate();
  const reload = () => {
    onChanged();
    return invalidate(`/api/capabilities/pledges/${unitId}/assessments`);
  };
  return (
    <>
      <h3>{t('units.assessments')}</h3>
      <ErrorNotice error={error} />
      {items.length === 0 ? <p className="muted">{t('units.noAssessments')}</p> : null}
      <ul data-testid="assessments">
        {items.map((a) => (
          <li key={a.id} data-result={a.result}>
            <strong>{a.assessedOn}</strong> · {a.assessor} ·{' '}
            {t('units.scoreOf', { score: a.score })} ·{' '}
            <strong>{t(`units.result.${a.result}` as MessageKey)}</strong>
            <ul>
              {a.standards.map((s) => (
                <li key={s.standard}>
                  {s.standard}: {t(`units.rating.${s.rating}` as MessageKey)}
                  {s.evidence ? <small className="muted"> · {s.evidence}</small> : null}
                </li>
              ))}
            </ul>
            {a.remedialPlan ? (
              <div
                className={a.remedialPlan.status === 'overdue' ? 'notice notice-error' : 'notice'}
                data-testid="plan"
              >
                {t('units.plan', {
                  deficiencies: a.remedialPlan.deficiencies.join(', '),
                  due: a.remedialPlan.dueOn,
                  status: t(`units.plan.${a.remedialPlan.status}` as MessageKey),
                })}
                {canAssess && ['open', 'overdue'].includes(a.remedialPlan.status) ? (
                  <ClosePlan plan={a.remedialPlan} onDone={reload} />
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {canAssess ? <AssessForm unitId={unitId} onDone={reload} /> : null}
    </>
  );
}
