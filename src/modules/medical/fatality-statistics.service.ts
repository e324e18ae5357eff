/**
 * M4: public statistics of fatalities by year, mission, nationality, personnel type and type of
 * incident — facts the UN publishes already, so counted as they are (no suppression). The demo's
 * illustrative records are never counted. Whoever asks: nothing here names a person.
 */
import type { AppContext } from '../../db/context.js';
import { missionNames } from '../missions/mission.service.js';
import { fatalityCounts } from './fatality.repository.js';
import type { FatalityStatistics } from './fatality.schema.js';
import type { StatisticsGroup } from './fatality.taxonomy.js';

export async function fatalityStatistics(
  app: AppContext,
  by: readonly StatisticsGroup[],
): Promise<FatalityStatistics> {
  const names = await missionNames(app);
  const groups = new Map<string, { group: Record<string, string>; fatalities: number }>();
  let total = 0;
  for (const c of await fatalityCounts(app.db)) {
    const value: Record<StatisticsGroup, string> = {
      year: c.incident_on.slice(0, 4),
      mission: names.get(c.mission_id)?.acronym ?? c.mission_id,
      nationality: c.nationality,
      personnel: c.personnel_type,
      incident_type: c.incident_type,
    };
    const group = Object.fromEntries(by.map((g) => [g, value[g]]));
    const key = JSON.stringify(by.map((g) => value[g]));
    const row = groups.get(key) ?? { group, fatalities: 0 };
    row.fatalities += c.fatalities;
    groups.set(key, row);
    total += c.fatalities;
  }
  const rows = [...groups.values()].sort((a, b) => {
    for (const g of by) {
      const order = a.group[g]!.localeCompare(b.group[g]!);
      if (order !== 0) return order;
    }
    return 0;
  });
  return { by: [...by], rows, total };
}
