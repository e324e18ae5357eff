/**
 * C2 (¶119) for the head of mission: overdue conduct cases per mission, as counts. The cases stay
 * with the people in their compartments; this page names none of them.
 */
import { useI18n } from '../../i18n/i18n.js';
import { OverdueSummary } from './OverdueSummary.js';

export function ConductOverviewPage() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('conduct.overview.title')}</h1>
      <p className="muted">{t('conduct.overview.intro')}</p>
      <OverdueSummary open />
      <p>
        <a href="/public/conduct">{t('public.link')}</a>
      </p>
    </section>
  );
}
