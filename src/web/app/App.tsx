import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { usePath } from './router.js';
import { Shell } from './Shell.js';
import { EnrollPage, SignInPage, TwoFactorPage } from './SignIn.js';
import { loadMe, type Me } from './session.js';

/**
 * The server answers `/public/*` with public.html (its own small bundle); the development server
 * does not, so here the same pages load lazily too.
 */
const PublicApp = lazy(() => import('./PublicApp.js').then((m) => ({ default: m.PublicApp })));

export function App() {
  const { t } = useI18n();
  const path = usePath();
  return path.startsWith('/public/') ? (
    <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
      <PublicApp />
    </Suspense>
  ) : (
    <SignedInApp />
  );
}

function SignedInApp() {
  const { t } = useI18n();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const refresh = useCallback(async () => setMe(await loadMe()), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (me === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (me === null) return <SignInPage onDone={() => void refresh()} />;
  if (me.stage === 'totp') return <TwoFactorPage onDone={() => void refresh()} />;
  if (me.stage === 'enroll') return <EnrollPage onDone={() => void refresh()} />;
  return <Shell me={me} refresh={refresh} onSignedOut={() => setMe(null)} />;
}
