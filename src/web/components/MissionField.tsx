/** At headquarters, the mission a new record belongs to; in a mission, nothing to choose. */
import { CodeSelect } from './CodeSelect.js';
import { MissionList, type Mission } from '../../modules/missions/mission.schema.js';
import type { Me } from '../app/session.js';
import { useI18n } from '../i18n/i18n.js';
import { useApi } from '../lib/query.js';

/** The missions in view (an empty list until they arrive, or if they cannot be read). */
export function useMissions(): Mission[] {
  return useApi('/api/missions', MissionList).data?.items ?? [];
}

/** At headquarters, the first mission the user also works in (the demo's MINUSCA), if any. */
export function preferredMission(me: Me): string | undefined {
  // Headquarters sees every mission: prefer one where the user holds roles of their own.
  const hqRoles = me.views.find((v) => v.missionId === null)?.roles.length ?? 0;
  return (
    me.views.find((v) => v.missionId !== null && v.roles.length > hqRoles)?.missionId ?? undefined
  );
}

export function MissionField({
  me,
  missions: given,
  error,
}: {
  me: Me;
  /** The missions to choose from; read here when the page has not read them already. */
  missions?: readonly Mission[] | undefined;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const read = useApi(me.missionId || given ? null : '/api/missions', MissionList).data?.items;
  const missions = given ?? read ?? [];
  if (me.missionId) return null;
  // The user's own mission if they work in one, the only one if there is one; else nothing is
  // chosen for them: the record waits for their choice rather than going to the first listed.
  const chosen = preferredMission(me) ?? (missions.length === 1 ? missions[0]!.id : undefined);
  return (
    <CodeSelect
      // Drawn again once the missions arrive, so the default is selected.
      key={missions.length}
      label={t('common.mission')}
      name="missionId"
      codes={missions.map((m) => m.id)}
      prefix={(id) => missions.find((m) => m.id === id)!.acronym}
      defaultValue={chosen}
      placeholder={chosen ? undefined : t('common.chooseMission')}
      error={error}
    />
  );
}
