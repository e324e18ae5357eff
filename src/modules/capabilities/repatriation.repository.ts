/** Unit repatriations storage. No authorization, no rules. */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Actor } from '../../core/policy.js';
import type { Database } from '../../db/schema.js';
import type { UnitRepatriationsTable } from '../../db/schema-capabilities.js';
import { missionFilter } from '../../db/scope.js';

export type RepatriationRow = Selectable<UnitRepatriationsTable> & {
  capability: string;
  contributor_name: string;
};

const withUnit = (db: Kysely<Database>) =>
  db
    .selectFrom('unit_repatriations')
    .innerJoin('pledges', 'pledges.id', 'unit_repatriations.pledge_id')
    .innerJoin('contributors', 'contributors.iso3', 'unit_repatriations.contributor')
    .selectAll('unit_repatriations')
    .select(['pledges.capability', 'contributors.name as contributor_name']);

export async function insertRepatriation(
  db: Kysely<Database>,
  row: Insertable<UnitRepatriationsTable>,
): Promise<void> {
  await db.insertInto('unit_repatriations').values(row).execute();
}

export function repatriationRow(db: Kysely<Database>, id: string) {
  return withUnit(db).where('unit_repatriations.id', '=', id).executeTakeFirst();
}

/** Rows of one unit's deployment on a basis (and source), any status. */
export function repatriationsOfDeployment(
  db: Kysely<Database>,
  k: { pledgeId: string; deployedOn: string },
) {
  return db
    .selectFrom('unit_repatriations')
    .selectAll()
    .where('pledge_id', '=', k.pledgeId)
    .where('deployed_on', '=', k.deployedOn)
    .execute();
}

export function selectRepatriationRows(
  db: Kysely<Database>,
  actor: Actor,
  filter: { status?: string; unitId?: string; contributors?: readonly string[] },
): Promise<RepatriationRow[]> {
  let q = withUnit(db).where(missionFilter(actor, 'unit_repatriations.mission_id'));
  if (filter.status) q = q.where('unit_repatriations.status', '=', filter.status);
  if (filter.unitId) q = q.where('unit_repatriations.pledge_id', '=', filter.unitId);
  if (filter.contributors) {
    if (filter.contributors.length === 0) return Promise.resolve([]);
    q = q.where('unit_repatriations.contributor', 'in', filter.contributors);
  }
  return q
    .orderBy('unit_repatriations.created_at', 'desc')
    .orderBy('unit_repatriations.id', 'desc')
    .limit(500)
    .execute();
}

export async function updateRepatriationRow(
  db: Kysely<Database>,
  id: string,
  change: Partial<Omit<UnitRepatriationsTable, 'id' | 'version' | 'created_at'>> & {
    expectedVersion: number;
  },
): Promise<boolean> {
  const { expectedVersion, ...set } = change;
  const result = await db
    .updateTable('unit_repatriations')
    .set({ ...set, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The unit leaves its mission: no longer deployed (nor counted in deployed strength). */
export async function endDeployment(
  db: Kysely<Database>,
  k: { pledgeId: string; deployedOn: string; updatedAt: string },
): Promise<boolean> {
  const pledge = await db
    .selectFrom('pledges')
    .select('version')
    .where('id', '=', k.pledgeId)
    .where('deployed_on', '=', k.deployedOn)
    .executeTakeFirst();
  if (!pledge) return false;
  const result = await db
    .updateTable('pledges')
    .set({
      deployed_mission_id: null,
      deployed_on: null,
      updated_at: k.updatedAt,
      version: pledge.version + 1,
    })
    .where('id', '=', k.pledgeId)
    .where('version', '=', pledge.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
