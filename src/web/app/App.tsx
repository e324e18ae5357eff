import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { PublicComplaintPage } from '../features/conduct/PublicComplaintPage.js';
import { PublicStatisticsPage } from '../features/conduct/PublicStatisticsPage.js';
import { usePath } from './router.js';
import { Shell } from './Shell.js';
import { EnrollPage, SignInPage, TwoFactorPage } from './SignIn.js';
import { loadMe, type Me } from './session.js';

/** Pages anyone may open, without an account. */
const publicPages: Record<string, () => React.JSX.Element> = {
  '/public/conduct': PublicStatisticsPage,
  '/public/complaint': PublicComplaintPage,
};

export function App() {
  const path = usePath();
  const Public = publicPages[path];
  return Public ? <Public /> : <SignedInApp />;
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
