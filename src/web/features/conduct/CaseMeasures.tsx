/**
 * What follows from a case (C3, C4), on the case itself: its measures (impose, lift), a failure to
 * act (¶120) and its referrals to judicial authorities (refer, follow to an outcome). The lists and
 * choices are the server's (measure.schema.ts); each write reloads the measures and referrals.
 */
import {
  ImposeMeasureInput,
  inactionRoles,
  Measure,
  Referral,
} from '../../../modules/conduct/measure.schema.js';
import type { Case } from '../../../modules/conduct/case.schema.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { field as text, useSubmit } from '../../components/useSubmit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { CaseReferrals, type Act } from './CaseReferrals.js';

const Measures = listOf(Measure);
const Referrals = listOf(Referral);

export function CaseMeasures({ c, canWrite }: { c: Case; canWrite: boolean }) {
  const { t } = useI18n();
  const invalidate = useInvalidate();
  const measures = useApi(`/api/conduct/measures?caseId=${c.id}`, Measures);
  const referrals = useApi(`/api/conduct/referrals?caseId=${c.id}`, Referrals);
  const { error, submit } = useSubmit(() =>
    invalidate('/api/conduct/measures', '/api/conduct/referrals'),
  );
  const fieldError = useFieldErrors(error);
  const act: Act = (e, call) => void submit(e, call);
  return (
    <section aria-label={t('measures.title')}>
      <ErrorNotice error={error ?? measures.error ?? referrals.error} />
      <h3>{t('measures.title')}</h3>
      <MeasureList items={measures.data?.items ?? []} act={act} />
      <ImposeForm c={c} act={act} fieldError={fieldError} />
      {canWrite ? <FailureToActForm c={c} act={act} fieldError={fieldError} /> : null}
      <CaseReferrals c={c} items={referrals.data?.items ?? []} act={act} fieldError={fieldError} />
    </section>
  );
}

type FieldError = (path: string) => string | undefined;

function MeasureList({ items, act }: { items: Measure[]; act: Act }) {
  const { t } = useI18n();
  const code = (key: string) => t(key as MessageKey);
  return (
    <>
      {items.length === 0 ? <p className="muted">{t('measures.none')}</p> : null}
      <ul data-testid="case-measures">
        {items.map((m) => (
          <li key={m.id}>
            {code(`measures.kind.${m.kind}`)} · {code(`measures.status.${m.status}`)}
            {m.contributor ? ` · ${m.contributor}` : ''}
            {m.unit ? `, ${m.unit}` : ''}
            {m.status === 'in_force' ? (
              <form
                className="inline-form"
                onSubmit={(e) =>
                  act(e, (f) =>
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
    </>
  );
}

function ImposeForm({ c, act, fieldError }: { c: Case; act: Act; fieldError: FieldError }) {
  const { t } = useI18n();
  const code = (key: string) => t(key as MessageKey);
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(e) =>
        act(e, (f) =>
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
        codes={ImposeMeasureInput.shape.kind.options}
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
  );
}

function FailureToActForm({ c, act, fieldError }: { c: Case; act: Act; fieldError: FieldError }) {
  const { t } = useI18n();
  return (
    <details>
      <summary>{t('inaction.title')}</summary>
      <p className="muted">{t('inaction.intro')}</p>
      <form
        className="inline-form"
        noValidate
        onSubmit={(e) =>
          act(e, (f) =>
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
  );
}
