import type { PageProps } from '../../app/modules.js';
import { useI18n } from '../../i18n/i18n.js';

export function HomePage({ me }: PageProps) {
  const { t } = useI18n();
  const view = me.views.find((v) => v.missionId === me.missionId);
  return (
    <section>
      <h1>{t('home.title')}</h1>
      <p>{t('home.welcome', { name: me.user.displayName })}</p>
      {!view ? (
        <p>{t('home.noMission')}</p>
      ) : (
        <>
          <p>
            {view.missionId === null
              ? t('home.atHq')
              : t('home.working', { mission: `${view.acronym ?? ''} — ${view.name ?? ''}` })}
          </p>
          <h2>{t('home.roles')}</h2>
          <ul className="tags">
            {view.roles.map((role) => (
              <li key={role}>{t(`role.${role}`)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
