/** The audit log for administrators: newest first, older pages on demand, and chain verification. */
import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry, AuditVerdict } from '../../../modules/audit/audit.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';

export function AuditPage({ me }: PageProps) {
  const { t, formatDate } = useI18n();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<AuditVerdict | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback((after: string | null) => {
    api<{ items: AuditEntry[]; nextCursor: string | null }>(
      'GET',
      `/api/audit?limit=50${after ? `&cursor=${after}` : ''}`,
    ).then((page) => {
      setEntries((old) => (after ? [...old, ...page.items] : page.items));
      setCursor(page.nextCursor);
    }, setError);
  }, []);
  useEffect(() => load(null), [load, me.missionId]);
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
          {entries.map((e) => (
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
      {cursor && (
        <button type="button" onClick={() => load(cursor)}>
          {t('audit.more')}
        </button>
      )}
    </section>
  );
}
