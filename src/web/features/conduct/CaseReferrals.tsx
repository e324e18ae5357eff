/** A case's referrals to judicial authorities (C4): each followed to an outcome, and a new one. */
import type { FormEvent } from 'react';
import type { Case } from '../../../modules/conduct/case.schema.js';
import {
  CreateReferralInput,
  referralStatuses,
  type Referral,
} from '../../../modules/conduct/measure.schema.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { Field } from '../../components/Field.js';
import { field as text } from '../../components/useSubmit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';

/** Submits a form through the section's one error and reload. */
export type Act = (e: FormEvent<HTMLFormElement>, call: (f: FormData) => Promise<unknown>) => void;

export function CaseReferrals({
  c,
  items,
  act,
  fieldError,
}: {
  c: Case;
  items: Referral[];
  act: Act;
  fieldError: (path: string) => string | undefined;
}) {
  const { t, formatDay } = useI18n();
  const code = (key: string) => t(key as MessageKey);
  return (
    <>
      <h3>{t('referrals.title')}</h3>
      {items.length === 0 ? <p className="muted">{t('referrals.none')}</p> : null}
      <ul data-testid="case-referrals">
        {items.map((r) => (
          <li key={r.id}>
            {code(`referrals.authority.${r.authority}`)} ({r.country}) · {formatDay(r.referredOn)} ·{' '}
            {code(`referrals.status.${r.status}`)}
            {r.overdue ? <strong> · {t('referrals.overdue')}</strong> : null}
            {r.outcome ? ` · ${r.outcome}` : ''}
            <UpdateReferral referral={r} act={act} />
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        noValidate
        onSubmit={(e) =>
          act(e, (f) =>
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
          codes={CreateReferralInput.shape.authority.options}
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
    </>
  );
}

function UpdateReferral({ referral: r, act }: { referral: Referral; act: Act }) {
  const { t } = useI18n();
  return (
    <form
      className="inline-form"
      onSubmit={(e) =>
        act(e, (f) =>
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
  );
}
