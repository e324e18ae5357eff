/** C2: overdue cases per mission as counts, for those who cannot open the cases themselves. */
import { OverdueSummary as Counts } from '../../../modules/conduct/case.schema.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import { useApi } from '../../lib/query.js';

/** `open`: shown unfolded (the head of mission's page, where it is the whole point). */
export function OverdueSummary({ open = false }: { open?: boolean }) {
  const { t } = useI18n();
  const answer = useApi('/api/conduct/overdue-summary', Counts);
  // A failure is said, never shown as "nothing overdue".
  if (answer.error) return <ErrorNotice error={answer.error} />;
  const rows = answer.data?.items ?? [];
  if (!answer.data) return null;
  if (rows.length === 0) return open ? <p className="muted">{t('conduct.summary.none')}</p> : null;
  return (
    <details className="card" data-testid="overdue-summary" open={open}>
      <summary>{t('conduct.summary.title')}</summary>
      <p className="muted">{t('conduct.summary.note')}</p>
      <table>
        <thead>
          <tr>
            <th>{t('conduct.summary.mission')}</th>
            <th>{t('conduct.summary.open')}</th>
            <th>{t('conduct.summary.evidence')}</th>
            <th>{t('conduct.summary.investigation')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.missionId}>
              <td>{r.acronym}</td>
              {[r.open, r.evidenceOverdue, r.investigationOverdue].map((v, i) => (
                <td key={i}>
                  <bdi dir="ltr">{v}</bdi>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
