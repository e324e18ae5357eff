/** The C1 and C2 clocks of a case as two badges: state and due (or done) date. */
import type { Case } from '../../../modules/conduct/case.schema.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';

export function ClockBadges({
  clocks,
  compact = false,
}: {
  clocks: Case['clocks'];
  compact?: boolean;
}) {
  const { t, formatDate } = useI18n();
  return (
    <ul className="clocks">
      {(['evidence', 'investigation'] as const).map((name) => {
        const clock = clocks[name];
        return (
          <li key={name} className={`clock clock-${clock.state}`} data-testid={`clock-${name}`}>
            <strong>{t(compact ? `conduct.clockShort.${name}` : `conduct.clock.${name}`)}</strong>{' '}
            <span>{t(`conduct.clockState.${clock.state}` as MessageKey)}</span>{' '}
            {compact ? null : (
              <span className="muted">
                {clock.stoppedAt
                  ? t('conduct.clock.stopped', { date: formatDate(clock.stoppedAt) })
                  : t('conduct.clock.due', { date: formatDate(clock.dueAt) })}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
