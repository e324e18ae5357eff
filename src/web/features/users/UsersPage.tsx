/** Users in view with their roles; administrators create accounts. */
import { useState, type FormEvent } from 'react';
import { UserList, type User } from '../../../modules/accounts/user.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import { roles } from '../../../core/permissions.js';
import { RoleGrants } from './RoleGrants.js';

export function UsersPage({ me }: PageProps) {
  const { t } = useI18n();
  const list = useApi('/api/users', UserList);
  const users = list.data?.items ?? [];
  const error = list.error;
  const invalidate = useInvalidate();
  // A new user or a decided grant changes both lists.
  const load = () => void invalidate('/api/users', '/api/role-grants');
  const [formError, setFormError] = useState<unknown>(null);
  const fieldError = useFieldErrors(formError);
  const [notice, setNotice] = useState('');
  const where = (missionId: string | null) =>
    missionId === null
      ? t('users.hq')
      : (me.views.find((v) => v.missionId === missionId)?.acronym ?? missionId.slice(0, 8));
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const scope = String(f.get('where'));
    try {
      const user = await api<User>('POST', '/api/users', {
        username: String(f.get('username')).trim(),
        displayName: String(f.get('displayName')).trim(),
        password: String(f.get('password')),
        memberships: [{ role: String(f.get('role')), missionId: scope === 'hq' ? null : scope }],
      });
      setFormError(null);
      const waiting = user.pendingRoles[0];
      setNotice(
        waiting
          ? t('users.createdPending', { username: user.username, role: t(`role.${waiting.role}`) })
          : t('users.created', { username: user.username }),
      );
      load();
    } catch (err) {
      setFormError(err);
    }
  };
  return (
    <section>
      <h1>{t('users.title')}</h1>
      <ErrorNotice error={error} />
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('users.username')}</th>
            <th scope="col">{t('users.displayName')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('users.twoFactor')}</th>
            <th scope="col">{t('users.roles')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td dir="ltr">{u.username}</td>
              <td>{u.displayName}</td>
              <td>{t(u.status === 'active' ? 'users.active' : 'users.disabled')}</td>
              <td>{t(u.totpEnabled ? 'users.yes' : 'users.no')}</td>
              <td>
                {[
                  ...u.memberships.map((m) => `${t(`role.${m.role}`)} (${where(m.missionId)})`),
                  ...u.pendingRoles.map((p) =>
                    t('users.pending', { role: t(`role.${p.role}`), where: where(p.missionId) }),
                  ),
                ].join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {me.permissions.includes('users:write') && (
        <RoleGrants me={me.user.username} where={where} onDecided={load} />
      )}
      {me.permissions.includes('users:write') && (
        <form onSubmit={submit} className="card" noValidate>
          <h2>{t('users.create')}</h2>
          <ErrorNotice error={formError} />
          <div className="grid">
            <Field
              label={t('users.username')}
              name="username"
              required
              autoComplete="off"
              error={fieldError('username')}
            />
            <Field
              label={t('users.displayName')}
              name="displayName"
              required
              error={fieldError('displayName')}
            />
            <Field
              label={t('users.password')}
              name="password"
              type="password"
              autoComplete="new-password"
              required
              error={fieldError('password')}
            />
            <div className="field">
              <label htmlFor="new-user-role">{t('users.role')}</label>
              <select id="new-user-role" name="role">
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="new-user-where">{t('users.where')}</label>
              <select id="new-user-where" name="where" defaultValue={me.missionId ?? 'hq'}>
                {me.views.map((v) => (
                  <option key={v.missionId ?? 'hq'} value={v.missionId ?? 'hq'}>
                    {v.missionId === null ? t('shell.headquarters') : v.acronym}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button type="submit">{t('users.create')}</button>
        </form>
      )}
    </section>
  );
}
