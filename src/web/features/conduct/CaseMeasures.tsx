/**
 * What follows from a case (C3, C4), on the case itself: its measures (impose, lift) and its
 * referrals to judicial authorities (refer, follow to an outcome).
 */
import { useCallback, useEffect, useState } from 'react';
import type { Case } from '../../../modules/conduct/case.schema.js';
import type { Measure, Referral } from '../../../modules/conduct/measure.schema.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { field, useSubmit } from '../../components/useSubmit.js';
import { inactionRoles } from '../../../modules/conduct/measure.schema.js';

const referralStatuses = [
  'referred',
  'under_investigation',
  'prosecuted',
  'convicted',
  'acquitted',
  'closed_without_action',
];

export function CaseMeasures({ c, canWrite }: { c: Case; canWrite: boolean }) {
  const { t, formatDay } = useI18n();
  const code = (key: string) => t(key as MessageKey);
  const [measures, setMeasures] = useState<Measure[]>([]);
  const [referrals, setReferrals] = useState<Referral[]>([]);
  const load = useCallback(async () => {
    const [m, r] = await Promise.all([
      api<{ items: Measure[] }>('GET', `/api/conduct/measures?caseId=${c.id}`),
      api<{ items: Referral[] }>('GET', `/api/conduct/referrals?caseId=${c.id}`),
    ]);
    setMeasures(m.items);
    setReferrals(r.items);
  }, [c.id]);
  const { error, setError, submit: act } = useSubmit(load);
  const fieldError = useFieldErrors(error);
  useEffect(() => {
    load().catch(setError);
  }, [load, setError, c.version]);
  const text = field;
  return (
    <section aria-label={t('measures.title')}>
      <ErrorNotice error={error} />
      <h3>{t('measures.title')}</h3>
      {measures.length === 0 ? <p className="muted">{t('measures.none')}</p> : null}
      <ul data-testid="case-measures">
        {measures.map((m) => (
          <li key={m.id}>
            {code(`measures.kind.${m.kind}`)} · {code(`measures.status.${m.status}`)}
            {m.contributor ? ` · ${m.contributor}` : ''}
            {m.unit ? `, ${m.unit}` : ''}
            {m.status === 'in_force' ? (
              <form
                className="inline-form"
                onSubmit={(e) =>
                  void act(e, (f) =>
                    api('POST', `/api/conduct/measures/${m.id}/lift`, {
                      version: m.version,
                      reason: text(f, 'reason'),
                    }),
                  )
                }
              >
                <Field label={t('measures.reason')} name="reason" />
                <button type="submit" className="secondary">
                  {t('measures.lift')}
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        noValidate
        onSubmit={(e) =>
          void act(e, (f) =>
            api('POST', `/api/conduct/cases/${c.id}/measures`, {
              kind: text(f, 'kind'),
              subject: Number(text(f, 'subject')),
              reason: text(f, 'reason'),
            }),
          )
        }
      >
        <CodeSelect
          label={t('measures.kindLabel')}
          name="kind"
          codes={['payment_suspension', 'administrative_leave_without_pay']}
          prefix="measures.kind."
        />
        <CodeSelect
          label={t('measures.subjectLabel')}
          name="subject"
          codes={c.subjects.map((_, i) => String(i))}
          prefix={(i) => {
            const s = c.subjects[Number(i)]!;
            return [code(`conduct.personnel.${s.personnelCategory}`), s.nationality, s.unit]
              .filter(Boolean)
              .join(' · ');
          }}
          error={fieldError('subject')}
        />
        <Field label={t('measures.reason')} name="reason" error={fieldError('reason')} />
        <button type="submit">{t('measures.impose')}</button>
      </form>

      {canWrite ? (
        <details>
          <summary>{t('inaction.title')}</summary>
          <p className="muted">{t('inaction.intro')}</p>
          <form
            className="inline-form"
            noValidate
            onSubmit={(e) =>
              void act(e, (f) =>
                api('POST', `/api/conduct/cases/${c.id}/failures-to-act`, {
                  who: text(f, 'who'),
                  contributor: text(f, 'contributor') || null,
                  unit: text(f, 'unit') || null,
                  knownOn: text(f, 'knownOn'),
                  what: text(f, 'what'),
                }),
              )
            }
          >
            <CodeSelect
              label={t('inaction.who')}
              name="who"
              codes={inactionRoles}
              prefix="measures.who."
            />
            <Field
              label={t('inaction.contributor')}
              name="contributor"
              error={fieldError('contributor')}
            />
            <Field label={t('inaction.unit')} name="unit" error={fieldError('unit')} />
            <Field
              label={t('inaction.knownOn')}
              name="knownOn"
              type="date"
              error={fieldError('knownOn')}
            />
            <Field label={t('inaction.what')} name="what" error={fieldError('what')} />
            <button type="submit">{t('inaction.record')}</button>
          </form>
        </details>
      ) : null}

      <h3>{t('referrals.title')}</h3>
      {referrals.length === 0 ? <p className="muted">{t('referrals.none')}</p> : null}
      <ul data-testid="case-referrals">
        {referrals.map((r) => (
          <li key={r.id}>
            {code(`referrals.authority.${r.authority}`)} ({r.country}) · {formatDay(r.referredOn)} ·{' '}
            {code(`referrals.status.${r.status}`)}
            {r.overdue ? <strong> · {t('referrals.overdue')}</strong> : null}
            {r.outcome ? ` · ${r.outcome}` : ''}
            <form
              className="inline-form"
              onSubmit={(e) =>
                void act(e, (f) =>
                  api('PATCH', `/api/conduct/referrals/${r.id}`, {
                    version: r.version,
                    status: text(f, 'status'),
                    outcome: text(f, 'outcome'),
                    nextReviewOn: text(f, 'nextReviewOn') || undefined,
                  }),
                )
              }
            >
              <CodeSelect
                label={t('referrals.statusLabel')}
                name="status"
                codes={referralStatuses}
                prefix="referrals.status."
                defaultValue={r.status}
              />
              <Field label={t('referrals.outcome')} name="outcome" defaultValue={r.outcome} />
              <Field
                label={t('referrals.nextReview')}
                name="nextReviewOn"
                type="date"
                defaultValue={r.nextReviewOn ?? ''}
              />
              <button type="submit" className="secondary">
                {t('referrals.update')}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        noValidate
        onSubmit={(e) =>
          void act(e, (f) =>
            api('POST', `/api/conduct/cases/${c.id}/referrals`, {
              authority: text(f, 'authority'),
              country: text(f, 'country'),
              reference: text(f, 'reference'),
              referredOn: text(f, 'referredOn'),
              nextReviewOn: text(f, 'nextReviewOn'),
            }),
          )
        }
      >
        <CodeSelect
          label={t('referrals.authorityLabel')}
          name="authority"
          codes={['contributing_country', 'host_country']}
          prefix="referrals.authority."
        />
        <Field label={t('referrals.country')} name="country" error={fieldError('country')} />
        <Field label={t('referrals.reference')} name="reference" />
        <Field
          label={t('referrals.referredOn')}
          name="referredOn"
          type="date"
          error={fieldError('referredOn')}
        />
        <Field
          label={t('referrals.nextReview')}
          name="nextReviewOn"
          type="date"
          error={fieldError('nextReviewOn')}
        />
        <button type="submit">{t('referrals.add')}</button>
      </form>
    </section>
  );
}
