/**
 * Rule I1 (¶108): every attack on UN personnel is followed up with the host Government until an
 * outcome is recorded. The open follow-ups, overdue reviews first, each reviewable in place.
 */
import { useState, type FormEvent } from 'react';
import { FollowUp } from '../../../modules/incidents/follow-up.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';

const FollowUps = listOf(FollowUp);

function Review({ followUp, onSaved }: { followUp: FollowUp; onSaved: () => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const fieldError = useFieldErrors(error);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (name: string) => String(f.get(name) ?? '').trim();
    try {
      await api('PATCH', `/api/follow-ups/${followUp.id}`, {
        version: followUp.version,
        authority: text('authority') || undefined,
        reference: text('reference'),
        nextReviewOn: text('nextReviewOn') || undefined,
        outcome: text('outcome') || undefined,
      });
      setError(null);
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={submit} className="review-form" noValidate>
      <ErrorNotice error={error} />
      <div className="grid">
        <Field
          label={t('followUps.authority')}
          name="authority"
          defaultValue={followUp.authority}
          error={fieldError('authority')}
        />
        <Field
          label={t('followUps.reference')}
          name="reference"
          defaultValue={followUp.reference}
          error={fieldError('reference')}
        />
        <Field
          label={t('followUps.nextReview')}
          name="nextReviewOn"
          type="date"
          defaultValue={followUp.nextReviewOn}
          error={fieldError('nextReviewOn')}
        />
        <Field label={t('followUps.outcome')} name="outcome" error={fieldError('outcome')} />
      </div>
      <button type="submit">{t('common.save')}</button>
    </form>
  );
}

export function FollowUpsPage({ me }: PageProps) {
  const { t, formatDay } = useI18n();
  const list = useApi('/api/follow-ups', FollowUps);
  // Overdue first, then by the next review.
  const items = [...(list.data?.items ?? [])].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.nextReviewOn.localeCompare(b.nextReviewOn),
  );
  const error = list.error;
  const invalidate = useInvalidate();
  const load = () => void invalidate('/api/follow-ups');
  const [open, setOpen] = useState<string | null>(null);
  const canWrite = me.permissions.includes('incidents:write');
  return (
    <section>
      <h1>{t('followUps.title')}</h1>
      <p className="muted">{t('followUps.intro')}</p>
      <ErrorNotice error={error} />
      {items.length === 0 ? (
        <p>{t('followUps.none')}</p>
      ) : (
        <table data-testid="follow-ups">
          <thead>
            <tr>
              <th scope="col">{t('followUps.opened')}</th>
              <th scope="col">{t('followUps.authority')}</th>
              <th scope="col">{t('followUps.reference')}</th>
              <th scope="col">{t('followUps.nextReview')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {items.map((f) => (
              <tr key={f.id} className={f.overdue ? 'row-warn' : undefined}>
                <td>{formatDay(f.openedAt)}</td>
                <td>{f.authority}</td>
                <td dir="ltr">{f.reference}</td>
                <td>
                  {formatDay(`${f.nextReviewOn}T00:00:00Z`)}
                  {f.overdue && <strong> — {t('followUps.overdue')}</strong>}
                </td>
                <td>
                  {canWrite &&
                    (open === f.id ? (
                      <Review
                        followUp={f}
                        onSaved={() => {
                          setOpen(null);
                          load();
                        }}
                      />
                    ) : (
                      <button type="button" className="secondary" onClick={() => setOpen(f.id)}>
                        {t('followUps.review')}
                      </button>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
