/** E4 on a unit's record: its failure-to-act inquiries — the incident's day, the finding, when the Council and the Member States were informed. */
import { UnitInquiry } from '../../../modules/early-warning/failure-to-act.schema.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { listOf } from '../../lib/answers.js';
import { useApi } from '../../lib/query.js';

const Inquiries = listOf(UnitInquiry);

export function UnitFailureToAct({ unitId }: { unitId: string }) {
  const { t } = useI18n();
  const list = useApi(`/api/capabilities/pledges/${unitId}/failure-to-act`, Inquiries);
  const items = list.data?.items ?? [];
  return (
    <section aria-label={t('units.failureToAct')}>
      <h3>{t('units.failureToAct')}</h3>
      <ErrorNotice error={list.error} />
      {list.data && items.length === 0 ? <p>{t('units.noFailureToAct')}</p> : null}
      <ul data-testid="unit-failure-to-act">
        {items.map((i) => (
          <li key={i.id}>
            {t('units.failureToActLine', {
              incident: i.incidentOn,
              opened: i.openedOn,
              state: t(`inquiries.state.${i.state}` as MessageKey),
              council: i.councilNotifiedOn ?? '—',
              states: i.memberStatesNotifiedOn ?? '—',
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
