/** Contributors, their monthly contributions and missions' strength: storage. No authorization. */
import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Actor } from '../../core/policy.js';
import type { Database } from '../../db/schema.js';
import type { ContributionMonthsTable } from '../../db/schema-capabilities.js';
import { missionFilter } from '../../db/scope.js';

export type ContributionRowStored = Selectable<ContributionMonthsTable>;

export async function upsertContributors(
  db: Kysely<Database>,
  contributors: readonly { iso3: string; name: string }[],
  now: string,
): Promise<void> {
  for (const c of contributors)
    await db
      .insertInto('contributors')
      .values({ iso3: c.iso3, name: c.name, updated_at: now })
      .onConflict((oc) => oc.column('iso3').doUpdateSet({ name: c.name, updated_at: now }))
      .execute();
}

/** Stored rows of these contributors in these months, by contributor|mission|month. */
export async function contributionRowsFor(
  db: Kysely<Database>,
  keys: { contributors: string[]; months: string[] },
): Promise<Map<string, ContributionRowStored>> {
  if (keys.contributors.length === 0) return new Map();
  const rows = await db
    .selectFrom('contribution_months')
    .selectAll()
    .where('contributor', 'in', keys.contributors)
    .where('month', 'in', keys.months)
    .execute();
  return new Map(rows.map((r) => [`${r.contributor}|${r.mission_id}|${r.month}`, r]));
}

export async function insertContributionRows(
  db: Kysely<Database>,
  rows: readonly Insertable<ContributionMonthsTable>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('contribution_months')
      .values(rows.slice(i, i + 200))
      .execute();
}

export async function updateContributionRow(
  db: Kysely<Database>,
  id: string,
  values: Partial<Insertable<ContributionMonthsTable>>,
): Promise<void> {
  await db.updateTable('contribution_months').set(values).where('id', '=', id).execute();
}

/** Monthly sums over the missions in the actor's view, for one contributor or one mission. */
export function contributionSums(
  db: Kysely<Database>,
  actor: Actor,
  filter: { contributor?: string; missionId?: string },
) {
  const sum = (column: keyof ContributionMonthsTable) =>
    sql<number>`coalesce(sum(${sql.ref(`contribution_months.${column}`)}), 0)`;
  let q = db
    .selectFrom('contribution_months')
    .select([
      'month',
      sum('troops_total').as('troops'),
      sum('police_individual_total').as('police_individual'),
      sum('police_units_total').as('police_units'),
      sum('experts_total').as('experts'),
      sum('all_total').as('total'),
      sum('all_women').as('women'),
    ])
    .where(missionFilter(actor, 'contribution_months.mission_id'));
  if (filter.contributor) q = q.where('contributor', '=', filter.contributor);
  if (filter.missionId) q = q.where('mission_id', '=', filter.missionId);
  return q.groupBy('month').orderBy('month').execute();
}

export function contributorRows(db: Kysely<Database>) {
  return db.selectFrom('contributors').select(['iso3', 'name']).orderBy('name').execute();
}
