/** The signed-in user's own settings: two-factor sign-in and API tokens. */
import { useState, type FormEvent } from 'react';
import { TokenList } from '../../../modules/accounts/token.schema.js';
import type { PageProps } from '../../app/modules.js';
import { EnrollTwoFactor } from '../../app/SignIn.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
import { useApi, useInvalidate } from '../../lib/query.js';

export function AccountPage({ me, refresh }: PageProps) {
  const { t, formatDate } = useI18n();
  const list = useApi('/api/tokens', TokenList);
  const tokens = list.data?.items ?? [];
  const invalidate = useInvalidate();
  const load = () => void invalidate('/api/tokens');
  const [shown, setShown] = useState<string | null>(null);
  const [writeError, setError] = useState<unknown>(null);
  const error = writeError ?? list.error;
  const fieldError = useFieldErrors(error);
  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    try {
      const created = await api<{ token: string }>('POST', '/api/tokens', {
        name: String(new FormData(e.currentTarget).get('name')).trim(),
        missionId: me.missionId,
      });
      setShown(created.token);
      setError(null);
      load();
    } catch (err) {
      setError(err);
    }
  };
  const revoke = (id: string) => api('DELETE', `/api/tokens/${id}`).then(load, setError);
  return (
    <section>
      <h1>{t('account.title')}</h1>
      <h2>{t('account.twoFactor')}</h2>
      {me.user.totpEnabled ? (
        <p>{t('enroll.enabled')}</p>
      ) : (
        <EnrollTwoFactor onDone={() => void refresh()} required={false} />
      )}
      <h2>{t('account.tokens')}</h2>
      <ErrorNotice error={error} />
      {shown && (
        <p role="status" className="notice">
          {t('account.tokenShown')} <code dir="ltr">{shown}</code>
        </p>
      )}
      <ul className="token-list">
        {tokens.map((token) => (
          <li key={token.id}>
            <span dir="ltr">{token.prefix}…</span> {token.name} · {t('account.expires')}:{' '}
            {token.expiresAt ? formatDate(token.expiresAt) : t('account.never')}{' '}
            {token.revokedAt ? (
              <em>{t('account.revoked')}</em>
            ) : (
              <button type="button" onClick={() => void revoke(token.id)}>
                {t('account.revoke')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={create} className="inline-form">
        <Field label={t('account.tokenName')} name="name" required error={fieldError('name')} />
        <button type="submit">{t('account.createToken')}</button>
      </form>
    </section>
  );
}
