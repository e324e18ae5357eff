/** Pledges, their readiness history, statements of unit requirements: storage. No authorization. */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Actor } from '../../core/policy.js';
import type { Database } from '../../db/schema.js';
import type {
  PledgeEventsTable,
  PledgesTable,
  UnitRequirementsTable,
} from '../../db/schema-capabilities.js';
import { missionFilter } from '../../db/scope.js';

export type PledgeRow = Selectable<PledgesTable> & { contributor_name: string };
export type PledgeEventRow = Selectable<PledgeEventsTable>;
export type RequirementRow = Selectable<UnitRequirementsTable>;

export async function insertPledge(db: Kysely<Database>, row: Insertable<PledgesTable>) {
  await db.insertInto('pledges').values(row).execute();
}

export async function insertPledgeEvent(db: Kysely<Database>, row: Insertable<PledgeEventsTable>) {
  await db.insertInto('pledge_events').values(row).execute();
}

/** Updates level and visit validity if the version still matches; false when it does not. */
export async function updatePledgeLevel(
  db: Kysely<Database>,
  id: string,
  next: {
    level: string;
    visitValidUntil: string | null;
    updatedAt: string;
    expectedVersion: number;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('pledges')
    .set({
      level: next.level,
      visit_valid_until: next.visitValidUntil,
      updated_at: next.updatedAt,
      version: next.expectedVersion + 1,
    })
    .where('id', '=', id)
    .where('version', '=', next.expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function selectPledges(db: Kysely<Database>) {
  return db
    .selectFrom('pledges')
    .innerJoin('contributors', 'contributors.iso3', 'pledges.contributor')
    .selectAll('pledges')
    .select('contributors.name as contributor_name');
}

export function findPledgeRow(db: Kysely<Database>, id: string) {
  return selectPledges(db).where('pledges.id', '=', id).executeTakeFirst();
}

export function selectPledgeRows(
  db: Kysely<Database>,
  query: { contributor?: string; capability?: string },
): Promise<PledgeRow[]> {
  let q = selectPledges(db);
  if (query.contributor) q = q.where('pledges.contributor', '=', query.contributor.toUpperCase());
  if (query.capability) q = q.where('pledges.capability', '=', query.capability);
  return q.orderBy('contributors.name').orderBy('pledges.created_at').execute();
}

/** Units deployed in the given missions ('all': any), by contributor. */
export function deployedPledgeRows(
  db: Kysely<Database>,
  missionIds: 'all' | readonly string[],
): Promise<PledgeRow[]> {
  if (missionIds !== 'all' && missionIds.length === 0) return Promise.resolve([]);
  let q = selectPledges(db).where('pledges.deployed_mission_id', 'is not', null);
  if (missionIds !== 'all') q = q.where('pledges.deployed_mission_id', 'in', missionIds);
  return q.orderBy('contributors.name').orderBy('pledges.created_at').execute();
}

export async function pledgeEventsOf(db: Kysely<Database>, ids: readonly string[]) {
  const result = new Map<string, PledgeEventRow[]>();
  if (ids.length === 0) return result;
  const rows = await db
    .selectFrom('pledge_events')
    .selectAll()
    .where('pledge_id', 'in', ids)
    .orderBy('at')
    .orderBy('id')
    .execute();
  for (const r of rows) result.set(r.pledge_id, [...(result.get(r.pledge_id) ?? []), r]);
  return result;
}

export async function insertRequirement(
  db: Kysely<Database>,
  row: Insertable<UnitRequirementsTable>,
) {
  await db.insertInto('unit_requirements').values(row).execute();
}

export function findRequirementRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('unit_requirements').selectAll().where('id', '=', id).executeTakeFirst();
}

export function selectRequirementRows(db: Kysely<Database>, actor: Actor) {
  return db
    .selectFrom('unit_requirements')
    .selectAll()
    .where(missionFilter(actor, 'unit_requirements.mission_id'))
    .orderBy('deadline')
    .execute();
}

export async function ensureContributor(
  db: Kysely<Database>,
  contributor: { iso3: string; name: string; at: string },
) {
  await db
    .insertInto('contributors')
    .values({ iso3: contributor.iso3, name: contributor.name, updated_at: contributor.at })
    .onConflict((oc) => oc.column('iso3').doNothing())
    .execute();
}
