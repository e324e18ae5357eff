/** Sign-in, then the two-factor step or enrolment when the account needs it. */
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { Field } from '../components/Field.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { useI18n } from '../i18n/i18n.js';
import { api, setCsrfToken } from '../lib/api-client.js';

interface SignInResult {
  stage: 'full' | 'totp' | 'enroll';
  csrfToken: string;
}

function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  const { t } = useI18n();
  return (
    <main className="auth-page" id="content">
      <title>{`${title} — ${t('app.name')}`}</title>
      <div className="auth-card">
        <p className="brand">{t('app.name')}</p>
        <p className="muted">{t('app.tagline')}</p>
        <h1>{title}</h1>
        {children}
        <LanguageSwitch />
        <p>
          <a href="/public/complaint">{t('public.complaint.link')}</a>
        </p>
        <p>
          <a href="/public/conduct">{t('public.link')}</a>
        </p>
      </div>
    </main>
  );
}

export function SignInPage({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const result = await api<SignInResult>('POST', '/api/auth/sign-in', {
        username: form.get('username'),
        password: form.get('password'),
      });
      setCsrfToken(result.csrfToken);
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Frame title={t('signIn.title')}>
      <ErrorNotice error={error} />
      <form onSubmit={submit} aria-busy={busy}>
        <Field
          label={t('signIn.username')}
          name="username"
          autoComplete="username"
          required
          autoFocus
        />
        <Field
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <button type="submit" disabled={busy}>
          {busy ? t('signIn.working') : t('signIn.submit')}
        </button>
      </form>
    </Frame>
  );
}

function CodeForm({ path, onDone }: { path: string; onDone: () => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    try {
      const result = await api<SignInResult>('POST', path, {
        code: String(new FormData(e.currentTarget).get('code')).trim(),
      });
      setCsrfToken(result.csrfToken);
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={submit}>
      <ErrorNotice error={error} />
      <Field
        label={t('twoFactor.code')}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        maxLength={6}
        required
        autoFocus
      />
      <button type="submit">{t('twoFactor.submit')}</button>
    </form>
  );
}

export function TwoFactorPage({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  return (
    <Frame title={t('twoFactor.title')}>
      <p>{t('twoFactor.prompt')}</p>
      <CodeForm path="/api/auth/sign-in/two-factor" onDone={onDone} />
    </Frame>
  );
}

/** Enrolment: shows the secret once as a QR code and as text, then asks for a code. */
export function EnrollTwoFactor({ onDone, required }: { onDone: () => void; required: boolean }) {
  const { t } = useI18n();
  const [secret, setSecret] = useState<{ secret: string; qr: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const start = async () => {
    try {
      const enrolment = await api<{ secret: string; uri: string }>(
        'POST',
        '/api/auth/two-factor/enroll',
      );
      setSecret({
        secret: enrolment.secret,
        // Loaded only here: the QR code library is for the one time a user enrols.
        qr: await (
          await import('qrcode')
        ).default.toDataURL(enrolment.uri, { margin: 1, width: 200 }),
      });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section>
      {required && <p>{t('enroll.required')}</p>}
      <ErrorNotice error={error} />
      {!secret ? (
        <button type="button" onClick={start}>
          {t('enroll.start')}
        </button>
      ) : (
        <>
          <p>{t('enroll.step1')}</p>
          <img src={secret.qr} alt={t('enroll.key')} width={200} height={200} />
          <p>
            {t('enroll.key')}: <code dir="ltr">{secret.secret}</code>
          </p>
          <p>{t('enroll.step2')}</p>
          <CodeForm path="/api/auth/two-factor/confirm" onDone={onDone} />
        </>
      )}
    </section>
  );
}

export function EnrollPage({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  return (
    <Frame title={t('enroll.title')}>
      <EnrollTwoFactor onDone={onDone} required />
    </Frame>
  );
}
