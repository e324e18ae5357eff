import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { Shell } from './Shell.js';
import { EnrollPage, SignInPage, TwoFactorPage } from './SignIn.js';
import { loadMe, type Me } from './session.js';

export function App() {
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
