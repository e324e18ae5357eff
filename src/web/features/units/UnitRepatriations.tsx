/**
 * A deployed unit's sanctions that carry through (issue 16): flags waiting for headquarters'
 * decision (K4, ¶127), repatriations ordered (C3 and ¶120's non-response; K8, ¶98) with the day to
 * leave by, and — at headquarters — the decision and the record that the unit has left, after
 * which it is no longer deployed.
 */
import { UnitRepatriation } from '../../../modules/capabilities/repatriation.schema.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { field, useSubmit } from '../../components/useSubmit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';

const Repatriations = listOf(UnitRepatriation);

export function UnitRepatriations({
  unitId,
  canDecide,
  onLeft,
}: {
  unitId: string;
  /** Headquarters with capabilities:write. */
  canDecide: boolean;
  /** The unit has left its mission. */
  onLeft: () => void;
}) {
  const { t, formatDay } = useI18n();
  const list = useApi(`/api/capabilities/repatriations?unitId=${unitId}`, Repatriations);
  const items = list.data?.items ?? [];
  const invalidate = useInvalidate();
  const { error: writeError, submit } = useSubmit(() =>
    invalidate('/api/capabilities/repatriations'),
  );
  const error = writeError ?? list.error;
  const fieldError = useFieldErrors(error);
  return (
    <section aria-label={t('repatriation.title')} data-testid="unit-repatriations">
      <h3>{t('repatriation.title')}</h3>
      <ErrorNotice error={error} />
      {items.length === 0 ? <p>{t('repatriation.none')}</p> : null}
      <ul>
        {items.map((r) => (
          <li
            key={r.id}
            className={r.overdue || r.status === 'decision_required' ? 'notice-error' : undefined}
          >
            <strong>{t(`repatriation.status.${r.status}` as MessageKey)}</strong> ·{' '}
            {t(`repatriation.basis.${r.basis}` as MessageKey)} ({r.paragraph})
            {/* K4's reasons are the rule's own words (eligibility.rules.ts); the other bases say it all. */}
            {r.basis === 'eligibility' ? ` — ${r.explanation}` : ''}
            {r.decidedOn
              ? ` · ${t('repatriation.decidedOn', { date: formatDay(r.decidedOn) })}`
              : ''}
            {r.leaveBy && r.status === 'ordered'
              ? ` · ${t('repatriation.leaveBy', { date: formatDay(r.leaveBy) })}`
              : ''}
            {r.overdue ? ` · ${t('repatriation.overdue')}` : ''}
            {r.completedOn
              ? ` · ${t('repatriation.completedOn', { date: formatDay(r.completedOn) })}`
              : ''}
            {r.reason ? <div className="muted">{r.reason}</div> : null}
            {canDecide && r.status === 'decision_required' ? (
              <form
                className="inline-form"
                noValidate
                onSubmit={(e) =>
                  void submit(e, (f) =>
                    api('POST', `/api/capabilities/repatriations/${r.id}/decision`, {
                      version: r.version,
                      decision: field(f, 'decision'),
                      reason: field(f, 'reason'),
                      decidedOn: field(f, 'decidedOn'),
                      leaveBy: field(f, 'leaveBy') || undefined,
                    }),
                  )
                }
              >
                <CodeSelect
                  label={t('repatriation.decide')}
                  name="decision"
                  codes={['repatriate', 'retain']}
                  prefix="repatriation.decision."
                />
                <Field
                  label={t('repatriation.decidedOnLabel')}
                  name="decidedOn"
                  type="date"
                  error={fieldError('decidedOn')}
                />
                <Field
                  label={t('repatriation.leaveByLabel')}
                  name="leaveBy"
                  type="date"
                  error={fieldError('leaveBy')}
                />
                <Field label={t('measures.reason')} name="reason" error={fieldError('reason')} />
                <button type="submit">{t('repatriation.decide')}</button>
              </form>
            ) : null}
            {canDecide && r.status === 'ordered' ? (
              <form
                className="inline-form"
                noValidate
                onSubmit={(e) =>
                  void submit(e, async (f) => {
                    await api('POST', `/api/capabilities/repatriations/${r.id}/completion`, {
                      version: r.version,
                      completedOn: field(f, 'completedOn'),
                    });
                    onLeft();
                  })
                }
              >
                <Field
                  label={t('repatriation.completedOnLabel')}
                  name="completedOn"
                  type="date"
                  error={fieldError('completedOn')}
                />
                <button type="submit">{t('repatriation.complete')}</button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
