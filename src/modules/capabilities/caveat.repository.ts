/** Caveats, deployment and incidents of pledged units: storage. No authorization. */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PledgeCaveatsTable, UnitIncidentsTable } from '../../db/schema-capabilities.js';

export type CaveatRow = Selectable<PledgeCaveatsTable>;
export type IncidentRow = Selectable<UnitIncidentsTable>;

export async function insertCaveat(db: Kysely<Database>, row: Insertable<PledgeCaveatsTable>) {
  await db.insertInto('pledge_caveats').values(row).execute();
}

export async function insertUnitIncident(
  db: Kysely<Database>,
  row: Insertable<UnitIncidentsTable>,
) {
  await db.insertInto('unit_incidents').values(row).execute();
}

async function byPledge<T extends { pledge_id: string }>(
  rows: Promise<T[]>,
): Promise<Map<string, T[]>> {
  const result = new Map<string, T[]>();
  for (const r of await rows) result.set(r.pledge_id, [...(result.get(r.pledge_id) ?? []), r]);
  return result;
}

export function caveatsOf(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve(new Map<string, CaveatRow[]>());
  return byPledge(
    db
      .selectFrom('pledge_caveats')
      .selectAll()
      .where('pledge_id', 'in', ids)
      .orderBy('declared_at')
      .orderBy('id')
      .execute(),
  );
}

export function unitIncidentsOf(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve(new Map<string, IncidentRow[]>());
  return byPledge(
    db
      .selectFrom('unit_incidents')
      .selectAll()
      .where('pledge_id', 'in', ids)
      .orderBy('at')
      .orderBy('id')
      .execute(),
  );
}

/** Marks the unit deployed if the version still matches; false when it does not. */
export async function setDeployment(
  db: Kysely<Database>,
  id: string,
  d: { missionId: string; deployedOn: string; updatedAt: string; expectedVersion: number },
): Promise<boolean> {
  const result = await db
    .updateTable('pledges')
    .set({
      deployed_mission_id: d.missionId,
      deployed_on: d.deployedOn,
      updated_at: d.updatedAt,
      version: d.expectedVersion + 1,
    })
    .where('id', '=', id)
    .where('version', '=', d.expectedVersion)
    .where('deployed_on', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
