/** At headquarters, the mission a new record belongs to; in a mission, nothing to choose. */
import { MissionList, type Mission } from '../../modules/missions/mission.schema.js';
import type { Me } from '../app/session.js';
import { CodeSelect } from './CodeSelect.js';
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
  return (
    <CodeSelect
      // Remounted once the missions arrive, so the preferred one is selected.
      key={missions.length}
      defaultValue={preferredMission(me)}
      label={t('common.mission')}
      name="missionId"
      codes={missions.map((m) => m.id)}
      prefix={(id) => missions.find((m) => m.id === id)!.acronym}
      error={error}
    />
  );
}
