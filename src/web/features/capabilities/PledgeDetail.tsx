/**
 * One pledge (K1): the level that holds today, its history with the reasons, and — for a force
 * generation officer — the evidence that moves it: an assessment and advisory visit, alignment with
 * a statement of unit requirements of its capability, a deployability verification.
 */
import { useState } from 'react';
import type { Pledge, UnitRequirement } from '../../../modules/capabilities/pledge.schema.js';
import type { Mission } from '../../../modules/missions/mission.schema.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { field, useSubmit } from '../../components/useSubmit.js';
import { evidenceKinds } from '../../../modules/capabilities/pledge.schema.js';
import { ContributorRecord } from './ContributorRecord.js';
import { UnitCaveats } from './UnitCaveats.js';
import { UnitPersonnel } from './UnitPersonnel.js';

function evidenceOf(kind: string, f: FormData) {
  const passed = f.get('passed') === 'on';
  if (kind === 'assessment_visit')
    return { kind, visitedOn: field(f, 'day'), reportReference: field(f, 'report'), passed };
  if (kind === 'sur_alignment')
    return { kind, requirementId: field(f, 'requirementId'), alignedOn: field(f, 'day') };
  return { kind, verifiedOn: field(f, 'day'), daysToDeploy: Number(field(f, 'days')), passed };
}

export function PledgeDetail({
  p,
  context,
  canWrite,
  onChanged,
}: {
  p: Pledge;
  context: { requirements: UnitRequirement[]; missions: Mission[] };
  canWrite: boolean;
  onChanged: (p: Pledge) => void;
}) {
  const { requirements } = context;
  const { t, formatDate } = useI18n();
  const [kind, setKind] = useState<string>(evidenceKinds[0]);
  const { error, submit } = useSubmit(() => undefined);
  const fieldError = useFieldErrors(error);
  const matching = requirements.filter((r) => r.capability === p.capability);
  return (
    <article className="card" data-testid="pledge-detail" aria-label={p.contributorName}>
      <h2>
        {p.contributorName} · {t(`readiness.capability.${p.capability}` as MessageKey)} ·{' '}
        {t(`readiness.level.${p.level}` as MessageKey)}
      </h2>
      {p.visitExpiredOn ? (
        <p className="notice notice-error">
          {t('readiness.expired', {
            date: p.visitExpiredOn,
            level: t(`readiness.level.${p.recordedLevel}` as MessageKey),
          })}
        </p>
      ) : null}
      <p className="muted">
        {t('readiness.strength', { strength: p.strength, women: p.women })}
        {p.visitValidUntil ? ` · ${t('readiness.visitValid', { date: p.visitValidUntil })}` : ''}
      </p>
      <p data-testid="pledge-eligibility">
        <strong>{t(`readiness.eligibility.${p.eligibility.status}`)}</strong>
        {p.eligibility.reasons.map((r) => ` — ${r.text}`).join('')}
      </p>
      <ContributorRecord iso3={p.contributor} canWrite={canWrite} onChanged={() => onChanged(p)} />
      <h3>{t('readiness.history')}</h3>
      <ol className="history" data-testid="pledge-history">
        {p.history.map((h, i) => (
          <li key={i}>
            <strong>{t(`readiness.change.${h.change}` as MessageKey)}</strong>{' '}
            {t(`readiness.level.${h.levelTo}` as MessageKey)} — {h.reason}{' '}
            <span className="muted">
              {formatDate(h.at)} · {h.actor}
            </span>
          </li>
        ))}
      </ol>
      {canWrite ? (
        <form
          className="inline-form"
          noValidate
          aria-label={t('readiness.record')}
          onSubmit={(e) =>
            void submit(e, async (f) =>
              onChanged(
                await api<Pledge>('POST', `/api/capabilities/pledges/${p.id}/evidence`, {
                  version: p.version,
                  evidence: evidenceOf(kind, f),
                }),
              ),
            )
          }
        >
          <ErrorNotice error={error} />
          <div className="field">
            <label htmlFor={`kind-${p.id}`}>{t('readiness.evidence')}</label>
            <select id={`kind-${p.id}`} value={kind} onChange={(e) => setKind(e.target.value)}>
              {evidenceKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`readiness.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <Field label={t('readiness.day')} name="day" type="date" error={fieldError('evidence')} />
          {kind === 'assessment_visit' ? (
            <Field label={t('readiness.report')} name="report" autoComplete="off" />
          ) : null}
          {kind === 'sur_alignment' ? (
            <CodeSelect
              label={t('readiness.requirement')}
              name="requirementId"
              codes={matching.map((r) => r.id)}
              prefix={(id) => {
                const r = matching.find((x) => x.id === id)!;
                return `${r.reference} · ${r.location} · ${r.deadline}`;
              }}
            />
          ) : null}
          {kind === 'rdl_verification' ? (
            <Field label={t('readiness.days')} name="days" type="number" min={1} />
          ) : null}
          {kind !== 'sur_alignment' ? (
            <div className="field checkbox">
              <label>
                <input type="checkbox" name="passed" defaultChecked /> {t('readiness.passed')}
              </label>
            </div>
          ) : null}
          <button type="submit">{t('readiness.record')}</button>
        </form>
      ) : null}
      <UnitPersonnel pledgeId={p.id} canWrite={canWrite && !p.deployment} />
      <UnitCaveats p={p} missions={context.missions} canWrite={canWrite} onChanged={onChanged} />
    </article>
  );
}
