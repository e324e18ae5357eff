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
import { useApi, useApiPages } from '../../lib/query.js';
import { listOf } from '../../lib/answers.js';
import { MissionList } from '../../../modules/missions/mission.schema.js';
import { User } from '../../../modules/accounts/user.schema.js';

const Users = listOf(User);

const snake = (code: string) => code.replace(/-/g, '_');

/**
 * An action code in words: `conduct.case.evidence-gathered` → "Conduct case: evidence gathered",
 * `auth.sign-in` → "Sign-in: signed in". A code the catalogs do not know is shown as it is.
 */
function useActionWords() {
  const { t, has } = useI18n();
  return (action: string) => {
    const parts = action.split('.').map(snake);
    const verb = parts.at(-1)!;
    const kind = parts.length > 2 ? parts.at(-2)! : parts[0]!;
    const kindKey = `audit.kind.${kind}`;
    const verbKey = `audit.verb.${verb}`;
    return has(kindKey) && has(verbKey)
      ? t('audit.actionWords', { kind: t(kindKey), verb: t(verbKey) })
      : action;
  };
}

/** What a record is: its kind in words and, for missions and users, their acronym or name. */
function useRecordWords(readable: { missions: boolean; users: boolean }) {
  const { t, has } = useI18n();
  const missions = useApi(readable.missions ? '/api/missions' : null, MissionList).data?.items;
  const users = useApi(readable.users ? '/api/users' : null, Users).data?.items;
  return (type: string | null, id: string | null) => {
    if (!type) return '';
    const kindKey = `audit.kind.${snake(type)}`;
    const kind = has(kindKey) ? t(kindKey) : type;
    const name =
      (type === 'mission' && missions?.find((m) => m.id === id)?.acronym) ||
      (type === 'user' && users?.find((u) => u.id === id)?.username) ||
      // A UUIDv7 begins with its time: its last characters tell records apart.
      (id ? `…${id.slice(-6)}` : '');
    return `${kind} ${name}`.trim();
  };
}

export function AuditPage({ me }: PageProps) {
  const { t, formatDate } = useI18n();
  const entries = useApiPages('/api/audit?limit=50', AuditEntries);
  const actionWords = useActionWords();
  const recordWords = useRecordWords({
    missions: me.permissions.includes('missions:read'),
    users: me.permissions.includes('users:read'),
  });
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
              <td title={e.action}>{actionWords(e.action)}</td>
              <td>{t(`audit.outcome.${e.outcome}`)}</td>
              <td title={e.recordId ?? undefined}>{recordWords(e.recordType, e.recordId)}</td>
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
