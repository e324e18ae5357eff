import { lazy, Suspense, useCallback, useEffect, useState, type ComponentType } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { usePath } from './router.js';
import { Shell } from './Shell.js';
import { EnrollPage, SignInPage, TwoFactorPage } from './SignIn.js';
import { loadMe, type Me } from './session.js';

/** Pages anyone may open, without an account; each loads with its own code only. */
const publicPages: Record<string, ComponentType> = {
  '/public/conduct': lazy(() =>
    import('../features/conduct/PublicStatisticsPage.js').then((m) => ({
      default: m.PublicStatisticsPage,
    })),
  ),
  '/public/complaint': lazy(() =>
    import('../features/conduct/PublicComplaintPage.js').then((m) => ({
      default: m.PublicComplaintPage,
    })),
  ),
};

export function App() {
  const { t } = useI18n();
  const path = usePath();
  const Public = publicPages[path];
  return Public ? (
    <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
      <Public />
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
