/** The frame around every page: brand, mission switcher, navigation, account menu, content. */
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { useI18n } from '../i18n/i18n.js';
import { api } from '../lib/api-client.js';
import { navEntries } from './modules.js';
import { navigate, usePath } from './router.js';
import { signOut, type Me } from './session.js';

function MissionSwitcher({ me, refresh }: { me: Me; refresh: () => Promise<void> }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const queries = useQueryClient();
  if (me.views.length === 0) return null;
  const change = async (value: string) => {
    try {
      await api('POST', '/api/auth/mission', { missionId: value === 'hq' ? null : value });
      // Every answer read so far belongs to the view just left.
      queries.clear();
      await refresh();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="mission-switcher">
      <label htmlFor="mission-switcher">{t('shell.mission')}</label>
      <select
        id="mission-switcher"
        value={me.missionId ?? 'hq'}
        onChange={(e) => void change(e.target.value)}
      >
        {me.views.map((v) => (
          <option key={v.missionId ?? 'hq'} value={v.missionId ?? 'hq'}>
            {v.missionId === null ? t('shell.headquarters') : v.acronym}
          </option>
        ))}
      </select>
      <ErrorNotice error={error} />
    </div>
  );
}

export function Shell({
  me,
  refresh,
  onSignedOut,
}: {
  me: Me;
  refresh: () => Promise<void>;
  onSignedOut: () => void;
}) {
  const { t } = useI18n();
  const path = usePath();
  const queries = useQueryClient();
  const [menuOpen, setMenuOpen] = useState(false);
  const visible = navEntries.filter(
    (entry) => !entry.permission || me.permissions.includes(entry.permission),
  );
  const current = visible.find((entry) => entry.path === path) ?? visible[0]!;
  const Page = current.page;
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t('shell.skip')}
      </a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <MissionSwitcher me={me} refresh={refresh} />
        <details
          className="user-menu"
          open={menuOpen}
          onToggle={(e) => setMenuOpen(e.currentTarget.open)}
        >
          <summary aria-label={t('shell.userMenu')}>{me.user.displayName}</summary>
          <div className="user-menu-panel">
            <LanguageSwitch />
            <button
              type="button"
              onClick={() => void signOut().then(() => (queries.clear(), onSignedOut()))}
            >
              {t('shell.signOut')}
            </button>
          </div>
        </details>
      </header>
      <nav className="sidenav" aria-label={t('shell.navigation')}>
        <ul>
          {visible.map((entry) => (
            <li key={entry.path}>
              <a
                href={entry.path}
                aria-current={entry === current ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  setMenuOpen(false);
                  navigate(entry.path);
                }}
              >
                {t(entry.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="content" className="content">
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <Page key={me.missionId ?? 'hq'} me={me} refresh={refresh} />
        </Suspense>
      </main>
      <footer className="footer muted">
        {t('app.attribution')} {t('app.dataAttribution')}
      </footer>
    </div>
  );
}
