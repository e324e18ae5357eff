/**
 * Roles that reach tier-1 data awaiting a second administrator (F2): who asked, for whom, where;
 * approve or refuse — or withdraw one's own request. The server decides who may; the page only
 * offers what it allows.
 */
import { useState } from 'react';
import { RoleGrantList, type RoleGrant, type User } from '../../../modules/accounts/user.schema.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
import { useApi } from '../../lib/query.js';

export function RoleGrants({
  me,
  where,
  onDecided,
}: {
  /** The caller's username: its own requests it may withdraw, not approve. */
  me: string;
  where: (missionId: string | null) => string;
  onDecided: () => void;
}) {
  const { t, formatDate } = useI18n();
  const list = useApi('/api/role-grants', RoleGrantList);
  const grants = list.data?.items ?? null;
  const [writeError, setError] = useState<unknown>(null);
  const error = writeError ?? list.error;
  const [notice, setNotice] = useState('');
  const decide = async (grant: RoleGrant, decision: 'approve' | 'refuse') => {
    try {
      const user = await api<User>('POST', `/api/role-grants/${grant.id}/decision`, { decision });
      const params = { role: t(`role.${grant.role}`), username: user.username };
      setNotice(
        t(decision === 'approve' ? 'users.grants.approved' : 'users.grants.refused', params),
      );
      setError(null);
      onDecided(); // the users and this list reload
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card" data-testid="role-grants" aria-labelledby="role-grants-title">
      <h2 id="role-grants-title">{t('users.grants.title')}</h2>
      <p className="muted">{t('users.grants.intro')}</p>
      <ErrorNotice error={error} />
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {grants && grants.length === 0 ? <p>{t('users.grants.none')}</p> : null}
      {grants && grants.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('users.grants.user')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.where')}</th>
              <th scope="col">{t('users.grants.askedBy')}</th>
              <th scope="col">{t('users.grants.askedOn')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {grants.map((g) => (
              <tr key={g.id}>
                <td>
                  {g.displayName} (<span dir="ltr">{g.username}</span>)
                </td>
                <td>{t(`role.${g.role}`)}</td>
                <td>{where(g.missionId)}</td>
                <td dir="ltr">{g.requestedBy}</td>
                <td>{formatDate(g.requestedAt)}</td>
                <td>
                  {g.mayDecide ? (
                    <>
                      <button type="button" onClick={() => void decide(g, 'approve')}>
                        {t('users.grants.approve')}
                      </button>{' '}
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => void decide(g, 'refuse')}
                      >
                        {t('users.grants.refuse')}
                      </button>
                    </>
                  ) : g.requestedBy === me ? (
                    <>
                      <span className="muted">{t('users.grants.yours')}</span>{' '}
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => void decide(g, 'refuse')}
                      >
                        {t('users.grants.withdraw')}
                      </button>
                    </>
                  ) : (
                    <span className="muted">{t('users.grants.forThem')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
