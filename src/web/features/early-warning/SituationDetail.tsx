/** One high-risk situation (E3): its evidence (withheld counted), reviews, and the forms to link evidence, review and close. */
import { Alert } from '../../../modules/early-warning/alert.schema.js';
import { evidenceKinds, reviewForums } from '../../../modules/early-warning/high-risk.rules.js';
import type { Situation } from '../../../modules/early-warning/high-risk.schema.js';
import { ActionForm } from '../../components/ActionForm.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { Field, TextArea } from '../../components/Field.js';
import { field } from '../../components/useSubmit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi } from '../../lib/query.js';
import { alertIn } from './alert-words.js';

const Alerts = listOf(Alert);

export function SituationDetail({
  situation: s,
  canWrite,
  onChange,
}: {
  situation: Situation;
  canWrite: boolean;
  onChange: () => unknown;
}) {
  const { t, locale } = useI18n();
  const path = `/api/early-warning/situations/${s.id}`;
  // The alerts in view, offered as references (an alert is linked by its id).
  const alerts = useApi('/api/early-warning/alerts?limit=200', Alerts).data?.items ?? [];
  return (
    <section className="card" aria-label={s.title} data-testid="situation">
      <h2>{s.title}</h2>
      <p>{s.description}</p>
      <p className="muted">
        {t('situations.ownedBy', { owner: s.owner, area: s.area })}
        {s.closedReason ? ` · ${t('situations.closedBecause', { reason: s.closedReason })}` : ''}
      </p>
      <h3>{t('situations.evidence')}</h3>
      <ul data-testid="evidence">
        {s.evidence.map((e, i) => (
          <li key={i}>
            <strong>{t(`situations.kind.${e.kind}` as MessageKey)}</strong>{' '}
            {e.kind === 'alert' && alerts.some((a) => a.id === e.reference) ? (
              <>
                {
                  alertIn(
                    locale,
                    alerts.find((a) => a.id === e.reference)!,
                  ).headline
                }{' '}
              </>
            ) : null}
            <bdi dir="ltr">{e.reference}</bdi>
            {e.note ? ` — ${e.note}` : ''}
          </li>
        ))}
        {s.withheldEvidence > 0 ? (
          <li className="muted">{t('situations.withheld', { n: s.withheldEvidence })}</li>
        ) : null}
      </ul>
      <h3>{t('situations.reviews')}</h3>
      <ul data-testid="reviews">
        {s.reviews.map((r, i) => (
          <li key={i}>
            {r.reviewedOn} · {t(`situations.forum.${r.forum}` as MessageKey)}: {r.decision} —{' '}
            {t('situations.followUpText', { followUp: r.followUp, on: r.followUpOn ?? '—' })}
          </li>
        ))}
      </ul>
      {canWrite && s.status === 'open' ? (
        <div className="form-row">
          <ActionForm
            title={t('situations.link')}
            onDone={onChange}
            call={(f) =>
              api('POST', `${path}/evidence`, {
                kind: field(f, 'kind'),
                reference: field(f, 'reference'),
                note: field(f, 'note'),
              })
            }
          >
            {(fe) => (
              <>
                <CodeSelect
                  label={t('situations.kind')}
                  name="kind"
                  codes={evidenceKinds}
                  prefix="situations.kind."
                  error={fe('kind')}
                />
                <Field
                  label={t('situations.reference')}
                  name="reference"
                  list="evidence-alerts"
                  error={fe('reference')}
                />
                <datalist id="evidence-alerts">
                  {alerts.map((a) => (
                    <option key={a.id} value={a.id} label={alertIn(locale, a).headline} />
                  ))}
                </datalist>
                <Field label={t('situations.note')} name="note" error={fe('note')} />
              </>
            )}
          </ActionForm>
          <ActionForm
            title={t('situations.review')}
            onDone={onChange}
            call={(f) =>
              api('POST', `${path}/reviews`, {
                version: s.version,
                reviewedOn: field(f, 'reviewedOn'),
                forum: field(f, 'forum'),
                decision: field(f, 'decision'),
                followUp: field(f, 'followUp'),
                followUpOn: field(f, 'followUpOn') || null,
                nextReviewOn: field(f, 'nextReviewOn') || null,
              })
            }
          >
            {(fe) => (
              <>
                <Field
                  label={t('situations.reviewedOn')}
                  name="reviewedOn"
                  type="date"
                  error={fe('reviewedOn')}
                />
                <CodeSelect
                  label={t('situations.forum')}
                  name="forum"
                  codes={reviewForums}
                  prefix="situations.forum."
                  error={fe('forum')}
                />
                <TextArea label={t('situations.decision')} name="decision" error={fe('decision')} />
                <Field label={t('situations.followUp')} name="followUp" error={fe('followUp')} />
                <Field
                  label={t('situations.followUpOn')}
                  name="followUpOn"
                  type="date"
                  error={fe('followUpOn')}
                />
                <Field
                  label={t('situations.nextReviewOn')}
                  name="nextReviewOn"
                  type="date"
                  error={fe('nextReviewOn')}
                />
              </>
            )}
          </ActionForm>
          <ActionForm
            title={t('situations.close')}
            onDone={onChange}
            call={(f) =>
              api('POST', `${path}/close`, { version: s.version, reason: field(f, 'reason') })
            }
          >
            {(fe) => <Field label={t('situations.reason')} name="reason" error={fe('reason')} />}
          </ActionForm>
        </div>
      ) : null}
    </section>
  );
}
