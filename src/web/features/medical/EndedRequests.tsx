/** M2: the requests that ended — at the facility, refused or aborted — with their times and verdicts. */
import type { Evacuation } from '../../../modules/medical/evacuation.schema.js';
import { useI18n } from '../../i18n/i18n.js';
import { PatientsLine } from './EvacuationBoard.js';

export function EndedRequests({ ended }: { ended: Evacuation[] }) {
  const { t } = useI18n();
  if (ended.length === 0) return <p>{t('medical.noneEnded')}</p>;
  return (
    <table data-testid="evacuations-ended">
      <thead>
        <tr>
          <th>{t('medical.reference')}</th>
          <th>{t('medical.patients')}</th>
          <th>{t('medical.status')}</th>
          <th>{t('medical.clock')}</th>
          <th>{t('medical.verdict')}</th>
        </tr>
      </thead>
      <tbody>
        {ended.slice(0, 20).map((e) => (
          <tr key={e.id} data-reference={e.reference}>
            <td>
              {e.reference}{' '}
              {e.illustrative ? <small className="badge">{t('medical.illustrative')}</small> : null}
            </td>
            <td>
              <PatientsLine e={e} />
            </td>
            <td>
              {t(`medical.evac.${e.status}`)}
              {e.stopReason ? ` · ${t(`medical.reason.${e.stopReason}`)}` : ''}
            </td>
            <td>
              <bdi dir="ltr">{t('medical.minutes', { minutes: e.clock.elapsedMinutes })}</bdi>
            </td>
            <td className={e.clock.verdict === 'in_time' ? undefined : 'overdue'}>
              {e.clock.verdict ? t(`medical.verdict.${e.clock.verdict}`) : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
