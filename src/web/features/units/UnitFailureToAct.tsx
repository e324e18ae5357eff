/** E4 on a unit's record: its failure-to-act inquiries — the incident's day, the finding, when the Council and the Member States were informed. */
import { useEffect, useState } from 'react';
import type { UnitInquiry } from '../../../modules/early-warning/failure-to-act.schema.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';

export function UnitFailureToAct({ unitId }: { unitId: string }) {
  const { t } = useI18n();
  const [items, setItems] = useState<UnitInquiry[]>([]);
  useEffect(() => {
    api<{ items: UnitInquiry[] }>('GET', `/api/capabilities/pledges/${unitId}/failure-to-act`).then(
      (r) => setItems(r.items),
      () => setItems([]),
    );
  }, [unitId]);
  return (
    <section aria-label={t('units.failureToAct')}>
      <h3>{t('units.failureToAct')}</h3>
      {items.length === 0 ? <p>{t('units.noFailureToAct')}</p> : null}
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
