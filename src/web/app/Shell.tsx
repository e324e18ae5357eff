/** The frame around every page: brand, mission switcher, navigation, account menu, content. */
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { rolePermissions, roles, type Permission } from '../../core/permissions.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { useI18n } from '../i18n/i18n.js';
import { api } from '../lib/api-client.js';
import { navEntries, type NavEntry } from './modules.js';
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

/**
 * A page the user's roles here do not open: said, with the roles that do and — when another of the
 * user's views opens it — where to switch, instead of silently showing another page.
 */
function NotAvailable({ me, entry }: { me: Me; entry: NavEntry }) {
  const { t } = useI18n();
  const permission = entry.permission as Permission;
  const holders = roles.filter((r) => rolePermissions[r].includes(permission));
  const elsewhere = me.views.filter(
    (v) =>
      v.missionId !== me.missionId &&
      v.roles.some((r) => rolePermissions[r as (typeof roles)[number]]?.includes(permission)),
  );
  return (
    <section>
      <h1>{t(entry.label)}</h1>
      <p className="notice" role="status">
        {t('shell.notAvailable', {
          roles: holders.map((r) => t(`role.${r}`)).join(', '),
        })}
      </p>
      {elsewhere.length > 0 ? (
        <p>
          {t('shell.availableIn', {
            views: elsewhere
              .map((v) => (v.missionId === null ? t('shell.headquarters') : v.acronym))
              .join(', '),
          })}
        </p>
      ) : null}
    </section>
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
  const known = navEntries.find((entry) => entry.path === path);
  const current = visible.find((entry) => entry === known) ?? (known ? null : visible[0]!);
  const titled = current ?? known!;
  return (
    <div className="shell">
      {/* Each page its own title, in the reader's language (WCAG 2.4.2); React puts it in <head>. */}
      <title>{`${t(titled.label)} — ${t('app.name')}`}</title>
      <a className="skip-link" href="#content">
        {t('shell.skip')}
      </a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <MissionSwitcher me={me} refresh={refresh} />
        <LanguageSwitch />
        <details
          className="user-menu"
          open={menuOpen}
          onToggle={(e) => setMenuOpen(e.currentTarget.open)}
        >
          <summary aria-label={t('shell.userMenu')}>{me.user.displayName}</summary>
          <div className="user-menu-panel">
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
                aria-current={entry === titled ? 'page' : undefined}
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
        {current ? (
          <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
            <current.page key={me.missionId ?? 'hq'} me={me} refresh={refresh} />
          </Suspense>
        ) : (
          <NotAvailable me={me} entry={known!} />
        )}
      </main>
      <footer className="footer muted">
        {t('app.attribution')} {t('app.dataAttribution')}
      </footer>
    </div>
  );
}
