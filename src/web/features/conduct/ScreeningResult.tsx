/**
 * A screening's answer (C8): match / review / no match, large; the reasons in the cases the reader
 * reaches; how many are withheld; and, for a "review", the form that settles it with a reason.
 */
import type { Screening, ScreeningHit } from '../../../modules/conduct/vetting.schema.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { field, useSubmit } from '../../components/useSubmit.js';

function Grounds({ hit }: { hit: ScreeningHit }) {
  const { t } = useI18n();
  return (
    <ul>
      {/* A document that cannot be compared says nothing: left out. */}
      {hit.grounds
        .filter((g) => !(g.kind === 'document' && g.agreement === 'unknown'))
        .map((g) => (
          <li key={g.kind}>
            {g.kind === 'name'
              ? t('vetting.ground.name', {
                  candidate: g.candidateName,
                  recorded: g.recordedName,
                  score: Math.round(g.score * 100),
                })
              : t(`vetting.ground.${g.kind}.${g.agreement}` as MessageKey)}
          </li>
        ))}
    </ul>
  );
}

export function ScreeningResult({
  s,
  canReview,
  onChanged,
}: {
  s: Screening;
  canReview: boolean;
  onChanged: (s: Screening) => void;
}) {
  const { t, formatDate } = useI18n();
  const { error, submit } = useSubmit(() => undefined);
  const fieldError = useFieldErrors(error);
  return (
    <article className="card" data-testid="screening-result" aria-label={t('vetting.result')}>
      <p className={`verdict verdict-${s.outcome}`} data-testid="screening-outcome">
        {t(`vetting.outcome.${s.outcome}`)}
      </p>
      <p className="muted">
        {s.candidate.name}
        {s.candidate.dateOfBirth
          ? ` · ${t('vetting.born', { date: s.candidate.dateOfBirth })}`
          : ''}
        {' · '}
        {s.reference} · {s.requestedBy} · {formatDate(s.requestedAt)}
      </p>
      {s.hits.map((h) => (
        <section key={h.caseId} className="hit" aria-label={h.caseReference}>
          <h3>
            {h.caseReference} · {t(`vetting.standing.${h.standing}`)} ·{' '}
            {t(`vetting.outcome.${h.verdict}`)}
          </h3>
          <Grounds hit={h} />
        </section>
      ))}
      {s.withheldHits > 0 ? (
        <p className="notice" data-testid="withheld">
          {t('vetting.withheld', { count: s.withheldHits })}
        </p>
      ) : null}
      {s.review ? (
        <p>
          {t('vetting.reviewed', { by: s.review.by, date: formatDate(s.review.at) })}:{' '}
          {s.review.reason}
        </p>
      ) : null}
      {s.outcome === 'review' && canReview && s.withheldHits === 0 ? (
        <form
          className="inline-form"
          noValidate
          aria-label={t('vetting.settle')}
          onSubmit={(e) => {
            const outcome = (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value');
            void submit(e, async (f) =>
              onChanged(
                await api<Screening>('POST', `/api/conduct/screenings/${s.id}/review`, {
                  version: s.version,
                  outcome,
                  reason: field(f, 'reason'),
                }),
              ),
            );
          }}
        >
          <ErrorNotice error={error} />
          <Field label={t('vetting.reviewReason')} name="reason" error={fieldError('reason')} />
          <button type="submit" value="no_match">
            {t('vetting.settleNoMatch')}
          </button>
          <button type="submit" value="match" className="secondary">
            {t('vetting.settleMatch')}
          </button>
        </form>
      ) : null}
    </article>
  );
}
