/**
 * Decisions waiting (issue 16, ¶120): repatriations raised by the pattern rule or by a
 * contributor's non-response, and sanctions raised by a failure to act. Headquarters takes them —
 * naming the deployed unit a repatriation sends home, or the sanction; a mission sees what waits.
 */
import { inactionSanctions, Measure } from '../../../modules/conduct/measure.schema.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { field, useSubmit } from '../../components/useSubmit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';

const Measures = listOf(Measure);

function Why({ m }: { m: Measure }) {
  const { t, formatDay } = useI18n();
  const b = m.basis;
  if (m.trigger === 'non_response')
    return <>{t('measures.why.non_response', { due: formatDay(String(b.dueOn)) })}</>;
  if (m.trigger === 'failure_to_act')
    return (
      <>
        {t('measures.why.failure_to_act', {
          who: t(`measures.who.${String(b.who)}` as MessageKey),
          known: formatDay(String(b.knownOn)),
        })}{' '}
        <q>{String(b.what)}</q>
      </>
    );
  return (
    <>
      {t('measures.decisionsIntro', {
        allegations: Number(b.allegations ?? 0),
        months: Number(b.months ?? 0),
      })}
    </>
  );
}

export function Decisions({ atHeadquarters }: { atHeadquarters: boolean }) {
  const { t, formatDay } = useI18n();
  const code = (key: string) => t(key as MessageKey);
  const read = useApi('/api/conduct/measures?pendingDecisions=true', Measures);
  const items = read.data?.items ?? [];
  const invalidate = useInvalidate();
  // A decision may order a repatriation: the measures and the units' records change.
  const { error: writeError, submit } = useSubmit(() =>
    invalidate('/api/conduct', '/api/capabilities'),
  );
  const error = writeError ?? read.error;
  const fieldError = useFieldErrors(error);
  if (items.length === 0 && !error) return null;
  return (
    <section
      className="card notice-error"
      aria-label={t('measures.decisions')}
      data-testid="decisions"
    >
      <h2>{t('measures.decisions')}</h2>
      <p className="muted">
        {atHeadquarters ? t('measures.decisionsHq') : t('measures.decisionsMission')}
      </p>
      <ErrorNotice error={error} />
      {items.map((m) => (
        <form
          key={m.id}
          className="inline-form"
          noValidate
          onSubmit={(e) =>
            void submit(e, (f) =>
              api('POST', `/api/conduct/measures/${m.id}/decision`, {
                version: m.version,
                decision: field(f, 'decision'),
                reason: field(f, 'reason'),
                ...(m.kind === 'repatriation' && field(f, 'decision') === 'repatriate'
                  ? { unitId: field(f, 'unitId') || undefined }
                  : {}),
                ...(m.kind === 'sanction' && field(f, 'decision') === 'sanction'
                  ? { sanction: field(f, 'sanction') }
                  : {}),
              }),
            )
          }
        >
          <p>
            <strong>
              {code(`measures.kind.${m.kind}`)}
              {m.contributor
                ? ` · ${t('measures.against', { contributor: m.contributor, unit: m.unit ?? '' })}`
                : ''}
            </strong>{' '}
            <Why m={m} /> <span className="muted">({formatDay(m.createdAt.slice(0, 10))})</span>
          </p>
          {atHeadquarters ? (
            <>
              <CodeSelect
                label={t('measures.decide')}
                name="decision"
                codes={
                  m.kind === 'sanction'
                    ? ['sanction', 'no_sanction']
                    : ['repatriate', 'not_repatriate']
                }
                prefix="measures.decision."
                error={fieldError('decision')}
              />
              {m.kind === 'repatriation' ? (
                m.candidateUnits.length > 0 ? (
                  <CodeSelect
                    label={t('measures.unitToRepatriate')}
                    name="unitId"
                    codes={m.candidateUnits.map((u) => u.id)}
                    prefix={(id) => {
                      const u = m.candidateUnits.find((x) => x.id === id)!;
                      return `${code(`readiness.capability.${u.capability}`)} (${u.strength}) · ${t('units.deployedSince', { date: formatDay(u.deployedOn) })}`;
                    }}
                    error={fieldError('unitId')}
                  />
                ) : (
                  <p className="muted">{t('measures.noUnitDeployed')}</p>
                )
              ) : (
                <CodeSelect
                  label={t('measures.sanctionLabel')}
                  name="sanction"
                  codes={inactionSanctions}
                  prefix="measures.sanction."
                  error={fieldError('sanction')}
                />
              )}
              <Field label={t('measures.reason')} name="reason" error={fieldError('reason')} />
              <button type="submit">{t('measures.decide')}</button>
            </>
          ) : null}
        </form>
      ))}
    </section>
  );
}
