/** The audit log for administrators: newest first, older pages on demand, and chain verification. */
import { useState } from 'react';
import {
  AuditPage as AuditEntries,
  type AuditVerdict,
} from '../../../modules/audit/audit.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
import { useApiPages } from '../../lib/query.js';

export function AuditPage(_: PageProps) {
  const { t, formatDate } = useI18n();
  const entries = useApiPages('/api/audit?limit=50', AuditEntries);
  const [verdict, setVerdict] = useState<AuditVerdict | null>(null);
  const [verifyError, setError] = useState<unknown>(null);
  const error = verifyError ?? entries.error;
  const verify = () => api<AuditVerdict>('POST', '/api/audit/verify').then(setVerdict, setError);
  return (
    <section>
      <h1>{t('audit.title')}</h1>
      <ErrorNotice error={error} />
      <p>
        <button type="button" onClick={() => void verify()}>
          {t('audit.verify')}
        </button>
      </p>
      {verdict && (
        <p role="status" className={verdict.ok ? 'notice' : 'notice notice-error'}>
          {verdict.ok
            ? t('audit.intact', { count: verdict.count })
            : t('audit.broken', {
                seq: verdict.firstBreak?.seq ?? 0,
                message: verdict.firstBreak?.message ?? '',
              })}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.outcome')}</th>
            <th scope="col">{t('audit.record')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.items.map((e) => (
            <tr key={e.seq} className={e.outcome === 'ok' ? undefined : 'row-warn'}>
              <td>{e.seq}</td>
              <td>{formatDate(e.at)}</td>
              <td dir="ltr">{e.actorLabel}</td>
              <td dir="ltr">{e.action}</td>
              <td>{t(`audit.outcome.${e.outcome}`)}</td>
              <td dir="ltr">
                {e.recordType ? `${e.recordType} ${e.recordId?.slice(0, 8) ?? ''}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.hasMore && (
        <button type="button" onClick={entries.more}>
          {t('audit.more')}
        </button>
      )}
    </section>
  );
}
