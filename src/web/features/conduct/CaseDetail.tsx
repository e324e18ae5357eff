/**
 * One case as its compartment's members see it: clocks, allegations, subjects, victims with their
 * identities (decrypted for this view only), and the next steps the workflow allows.
 */
import { useState, type FormEvent } from 'react';
import { Assistance } from '../../../modules/conduct/assistance.schema.js';
import type { Case } from '../../../modules/conduct/case.schema.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api, ApiError } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { isIllustrative } from '../../../modules/conduct/case.rules.js';

const AssistanceList = listOf(Assistance);
import { CaseMeasures } from './CaseMeasures.js';
import { ContributorAnswer } from './ContributorAnswer.js';
import { CaseTeam } from './CaseTeam.js';
import { ClockBadges } from './ClockBadges.js';
import { allowedTransitions as nextSteps } from '../../../modules/conduct/case.schema.js';
import { investigatingEntities as entities } from '../../../modules/conduct/case.taxonomy.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { SubjectIdentity } from './SubjectIdentity.js';
import { VictimAssistance } from './VictimAssistance.js';

function NextStep({ c, onChanged }: { c: Case; onChanged: (c: Case) => void }) {
  const { t } = useI18n();
  const steps = nextSteps[c.status];
  const [to, setTo] = useState<Case['status']>(steps[0]!);
  const [error, setError] = useState<unknown>(null);
  const fieldError = useFieldErrors(error);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (name: string) => String(f.get(name) ?? '').trim() || undefined;
    const action = text('finalAction');
    try {
      const changed = await api<Case>('POST', `/api/conduct/cases/${c.id}/status`, {
        version: c.version,
        status: to,
        reason: text('reason') ?? '',
        investigatingEntity: text('investigatingEntity'),
        finding: text('finding'),
        finalActions: action ? [{ by: 'un', action, count: null }] : undefined,
      });
      setError(null);
      onChanged(changed);
    } catch (err) {
      setError(err);
    }
  };
  const needsReason =
    (to === 'closed' && c.status === 'received') ||
    (to === 'under_investigation' && c.status !== 'received');
  return (
    <form onSubmit={submit} noValidate className="card" aria-label={t('conduct.next')}>
      <h3>{t('conduct.next')}</h3>
      <ErrorNotice error={error} />
      <div className="field">
        <label htmlFor="next-status">{t('conduct.statusLabel')}</label>
        <select
          id="next-status"
          value={to}
          onChange={(e) => setTo(e.target.value as Case['status'])}
        >
          {steps.map((s) => (
            <option key={s} value={s}>
              {t(`conduct.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {to === 'under_investigation' && c.status === 'received' ? (
        <CodeSelect
          label={t('conduct.entityLabel')}
          name="investigatingEntity"
          codes={entities}
          prefix="conduct.entity."
          error={fieldError('investigatingEntity')}
        />
      ) : null}
      {to === 'investigation_concluded' ? (
        <CodeSelect
          label={t('conduct.findingLabel')}
          name="finding"
          codes={['substantiated', 'unsubstantiated', 'incomplete']}
          prefix="conduct.finding."
          error={fieldError('finding')}
        />
      ) : null}
      {to === 'closed' && c.status === 'investigation_concluded' ? (
        <Field
          label={t('conduct.finalAction')}
          name="finalAction"
          error={fieldError('finalActions')}
        />
      ) : null}
      {needsReason ? (
        <Field label={t('conduct.reason')} name="reason" error={fieldError('reason')} />
      ) : null}
      <button type="submit">{t('conduct.apply')}</button>
    </form>
  );
}

function Evidence({ c, onChanged }: { c: Case; onChanged: (c: Case) => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const fieldError = useFieldErrors(error);
  if (c.evidenceGatheredAt || c.origin.system !== 'manual') return null;
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const at = String(new FormData(e.currentTarget).get('gatheredAt') ?? '');
    try {
      onChanged(
        await api<Case>('POST', `/api/conduct/cases/${c.id}/evidence`, {
          version: c.version,
          gatheredAt: at ? new Date(at).toISOString() : '',
        }),
      );
      setError(null);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form">
      <ErrorNotice error={error} />
      <Field
        label={t('conduct.evidenceGathered')}
        name="gatheredAt"
        type="datetime-local"
        error={fieldError('gatheredAt')}
      />
      <button type="submit">{t('conduct.recordEvidence')}</button>
    </form>
  );
}

export function CaseDetail({
  c,
  onChanged,
  canWrite,
}: {
  c: Case;
  onChanged: (c: Case) => void;
  /** The caller may change the case (conduct officers; investigators only conclude). */
  canWrite: boolean;
}) {
  const { t, formatDate } = useI18n();
  const code = (key: string) => t(key as MessageKey);
  const assistancePath = `/api/conduct/cases/${c.id}/assistance`;
  const assistanceRead = useApi(assistancePath, AssistanceList);
  const assistance = assistanceRead.data?.items ?? [];
  const invalidate = useInvalidate();
  const loadAssistance = () => void invalidate(assistancePath);
  return (
    <article className="card" aria-label={c.reference} data-testid="case-detail">
      {isIllustrative(c.origin) ? (
        <p className="notice" role="note">
          {t('conduct.illustrativeNote')}
        </p>
      ) : null}
      <h2>
        {c.reference} · {t(`conduct.status.${c.status}`)}
      </h2>
      <p className="muted">
        {t('conduct.received')}:{' '}
        {c.receivedPrecision === 'month' ? c.receivedAt.slice(0, 7) : formatDate(c.receivedAt)} ·{' '}
        {code(`conduct.channel.${c.channel}`)}
      </p>
      <ClockBadges clocks={c.clocks} />
      <Evidence c={c} onChanged={onChanged} />
      <CaseTeam caseId={c.id} />
      <h3>{t('conduct.subtypeLabel')}</h3>
      <ul>
        {c.allegations.map((a, i) => (
          <li key={i}>
            {code(`conduct.category.${a.category}`)} — {code(`conduct.subtype.${a.subtype}`)}
          </li>
        ))}
      </ul>
      {c.investigatingEntity ? (
        <p>
          {t('conduct.entityLabel')}: {code(`conduct.entity.${c.investigatingEntity}`)}
          {c.finding
            ? ` · ${t('conduct.findingLabel')}: ${code(`conduct.finding.${c.finding}`)}`
            : ''}
        </p>
      ) : null}
      <h3>{t('conduct.subjects')}</h3>
      <ul>
        {c.subjects.map((s, i) => (
          <li key={i}>
            {code(`conduct.personnel.${s.personnelCategory}`)}
            {s.nationality ? ` · ${s.nationality}` : ''}
            {s.unit ? ` · ${s.unit}` : ''}
            {s.count ? ` · ${s.count}` : ''}
            <SubjectIdentity c={c} position={i} onChanged={onChanged} canWrite={canWrite} />
          </li>
        ))}
      </ul>
      <h3>{t('conduct.victims')}</h3>
      {/* Who may not follow the assistance (403) sees none; any other failure is said. */}
      <ErrorNotice
        error={
          assistanceRead.error instanceof ApiError && assistanceRead.error.status === 403
            ? null
            : assistanceRead.error
        }
      />
      <ul>
        {c.victims.map((v) => (
          <li key={v.id}>
            {code(`conduct.age.${v.ageGroup}`)} · {code(`conduct.sex.${v.sex}`)}
            {v.count ? ` · ${v.count}` : ''}
            {v.identity ? (
              <div className="identity" data-testid="victim-identity">
                <strong>{v.identity.name}</strong> {v.identity.contact} {v.identity.details}
                <p className="muted">{t('conduct.identityNotice')}</p>
              </div>
            ) : null}
            <VictimAssistance
              caseId={c.id}
              victimId={v.id}
              items={assistance.filter((a) => a.victimId === v.id)}
              onChanged={loadAssistance}
            />
          </li>
        ))}
      </ul>
      <ContributorAnswer c={c} onChanged={onChanged} canWrite={canWrite} />
      <NextStep key={`${c.id}-${c.version}`} c={c} onChanged={onChanged} />
      <CaseMeasures c={c} canWrite={canWrite} />
    </article>
  );
}
