/** The mandate's start-up clocks (D6) and its assessments with their recommendations (D3). */
import type { Mandate } from '../../../modules/mandates/mandate.schema.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n } from '../../i18n/i18n.js';

export function Startup({ m }: { m: Mandate }) {
  const { t } = useI18n();
  const { hq, measures } = m.startup;
  const bad = (state: string) => ['overdue', 'late', 'expired', 'lapsed'].includes(state);
  return (
    <ul className="clocks" data-testid="startup">
      <li
        className={`clock ${bad(hq.state) ? 'clock-overdue' : hq.state === 'met' ? 'clock-met' : ''}`}
      >
        {t('mandates.hq')}: {t(`mandates.hq.${hq.state}` as MessageKey)}{' '}
        <bdi dir="ltr">{hq.functionalOn ?? `${hq.from} – ${hq.by}`}</bdi>
      </li>
      <li
        className={`clock ${bad(measures.state) ? 'clock-overdue' : measures.state === 'renewal_due' ? 'clock-due_soon' : ''}`}
      >
        {t('mandates.measures')}: {t(`mandates.measures.${measures.state}` as MessageKey)}{' '}
        <bdi dir="ltr">{measures.lapsedOn ?? measures.until}</bdi>
      </li>
      <li className={`clock ${m.nextAssessment.overdue ? 'clock-overdue' : ''}`}>
        {t('mandates.nextAssessment', { months: m.nextAssessment.everyMonths })}{' '}
        <bdi dir="ltr">{m.nextAssessment.dueOn}</bdi>
        {m.nextAssessment.overdue ? ` · ${t('mandates.overdue')}` : ''}
      </li>
    </ul>
  );
}

export function Assessments({ m }: { m: Mandate }) {
  const { t } = useI18n();
  if (m.assessments.length === 0) return <p>{t('mandates.noAssessments')}</p>;
  return (
    <ul className="plain-list" data-testid="assessments">
      {m.assessments.map((a) => (
        <li key={a.id}>
          <strong>{a.title}</strong> · {t(`mandates.kind.${a.kind}` as MessageKey)} ·{' '}
          {a.conductedBy} · <bdi dir="ltr">{a.conductedOn}</bdi>
          {a.findings ? <p>{a.findings}</p> : null}
          <ul>
            {a.recommendations.map((r) => (
              <li key={r.id}>
                {r.text} — {t(`mandates.recommendation.${r.status}` as MessageKey)}
                {r.reason ? ` (${r.reason})` : ''}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
