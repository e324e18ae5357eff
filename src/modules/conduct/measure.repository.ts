/** Measures, pattern rules and referrals storage. No authorization, no rules. */
import { sql, type Insertable, type Kysely, type Selectable, type SqlBool } from 'kysely';
import type { Actor as PolicyActor } from '../../core/policy.js';
import type { Database } from '../../db/schema.js';
import type { ConductMeasuresTable, ConductReferralsTable } from '../../db/schema-conduct.js';
import { compartmentFilter, missionFilter } from '../../db/scope.js';
import { recordType } from './case.repository.js';
import type { PersonnelCategory } from './case.taxonomy.js';

export type MeasureRow = Selectable<ConductMeasuresTable> & { case_reference: string | null };
export type ReferralRow = Selectable<ConductReferralsTable> & { case_reference: string };

export async function insertMeasure(
  db: Kysely<Database>,
  row: Insertable<ConductMeasuresTable>,
): Promise<void> {
  await db.insertInto('conduct_measures').values(row).execute();
}

const measures = (db: Kysely<Database>) =>
  db
    .selectFrom('conduct_measures')
    .leftJoin('conduct_cases', 'conduct_cases.id', 'conduct_measures.case_id')
    .selectAll('conduct_measures')
    .select('conduct_cases.reference as case_reference');

export function measureRow(db: Kysely<Database>, id: string): Promise<MeasureRow | undefined> {
  return measures(db).where('conduct_measures.id', '=', id).executeTakeFirst();
}

/** Measures in the actor's missions; those that follow from a case only if the case is in reach. */
export function selectMeasureRows(
  db: Kysely<Database>,
  actor: PolicyActor,
  filter: { pendingDecisions: boolean; contributor?: string | undefined; caseId?: string },
): Promise<MeasureRow[]> {
  let q = measures(db)
    .where(missionFilter(actor, 'conduct_measures.mission_id'))
    .where(compartmentFilter(actor, { recordType, idColumn: 'conduct_measures.case_id' }));
  if (filter.pendingDecisions) q = q.where('conduct_measures.status', '=', 'pending_decision');
  if (filter.contributor) q = q.where('conduct_measures.contributor', '=', filter.contributor);
  if (filter.caseId) q = q.where('conduct_measures.case_id', '=', filter.caseId);
  return q.orderBy('conduct_measures.created_at', 'desc').limit(500).execute();
}

export async function updateMeasureRow(
  db: Kysely<Database>,
  id: string,
  change: {
    status: string;
    decision?: string;
    reason: string;
    decided_by?: string;
    decided_at?: string;
    unit_id?: string | null;
    basis?: string;
    updated_at: string;
    expectedVersion: number;
  },
): Promise<boolean> {
  const { expectedVersion, ...set } = change;
  const result = await db
    .updateTable('conduct_measures')
    .set({ ...set, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The credible allegations against one contingent in a mission since a date: cases taken up for
 * investigation and not found unsubstantiated, with a contingent or formed-unit subject of that
 * contributor and unit. Counted over every case, whatever its compartment (a rule, not a read).
 */
export async function countCredibleAgainst(
  db: Kysely<Database>,
  k: { missionId: string; contributor: string; unit: string; since: string },
): Promise<{ count: number; caseIds: string[] }> {
  const rows = await db
    .selectFrom('conduct_cases')
    .select('conduct_cases.id')
    .where('conduct_cases.mission_id', '=', k.missionId)
    .where('conduct_cases.received_at', '>=', k.since)
    .where((eb) =>
      eb.or([
        eb('conduct_cases.status', '=', 'under_investigation'),
        eb('conduct_cases.finding', 'in', ['substantiated', 'incomplete']),
      ]),
    )
    .where(
      sql<SqlBool>`exists (select 1 from conduct_subjects s where s.case_id = conduct_cases.id and s.personnel_category in ('military_contingent', 'formed_police_unit') and s.nationality = ${k.contributor} and s.unit = ${k.unit})`,
    )
    .orderBy('conduct_cases.id')
    .execute();
  return { count: rows.length, caseIds: rows.map((r) => r.id) };
}

/** A pattern's repatriation decision already raised for this contingent since a date (pending or decided). */
export function repatriationSince(
  db: Kysely<Database>,
  k: { missionId: string; contributor: string; unit: string; since: string },
) {
  return db
    .selectFrom('conduct_measures')
    .select('id')
    .where('mission_id', '=', k.missionId)
    .where('kind', '=', 'repatriation')
    .where('trigger', '=', 'pattern')
    .where('contributor', '=', k.contributor)
    .where('unit', '=', k.unit)
    .where('created_at', '>=', k.since)
    .executeTakeFirst();
}

/** The non-response decisions already raised on a case, by contributor and unit. */
export async function nonResponseRaised(
  db: Kysely<Database>,
  caseId: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('conduct_measures')
    .select(['contributor', 'unit'])
    .where('trigger', '=', 'non_response')
    .where('source_case_id', '=', caseId)
    .execute();
  return new Set(rows.map((r) => JSON.stringify([r.contributor, r.unit])));
}

/**
 * Typed-in cases naming a contingent whose contributor has not answered, received before `before`
 * (the sweep's candidates for ¶120's non-response; the rule decides).
 */
export function unansweredContingentCaseRows(db: Kysely<Database>, before: string) {
  return db
    .selectFrom('conduct_cases')
    .selectAll()
    .where('source_system', '=', 'manual')
    .where('received_at', '<', before)
    .where((eb) =>
      eb.or([eb('nio_appointed', 'is', null), eb('nio_appointed', 'not in', ['yes', 'declined'])]),
    )
    .where(
      sql<SqlBool>`exists (select 1 from conduct_subjects s where s.case_id = conduct_cases.id and s.personnel_category in ('military_contingent', 'formed_police_unit') and s.nationality is not null and s.unit is not null)`,
    )
    .where(
      sql<SqlBool>`not exists (select 1 from conduct_measures m where m.source_case_id = conduct_cases.id and m.trigger = 'non_response')`,
    )
    .execute();
}

/** Records the contributor's answer on a case if the version still matches. */
export async function setContributorResponse(
  db: Kysely<Database>,
  k: {
    caseId: string;
    nio: 'yes' | 'declined';
    respondedOn: string;
    updatedAt: string;
    expectedVersion: number;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('conduct_cases')
    .set({
      nio_appointed: k.nio,
      contributor_responded_on: k.respondedOn,
      updated_at: k.updatedAt,
      version: k.expectedVersion + 1,
    })
    .where('id', '=', k.caseId)
    .where('version', '=', k.expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function patternRuleRow(db: Kysely<Database>, missionId: string) {
  return db
    .selectFrom('conduct_pattern_rules')
    .selectAll()
    .where('mission_id', '=', missionId)
    .executeTakeFirst();
}

export async function savePatternRuleRow(
  db: Kysely<Database>,
  row: { mission_id: string; allegations: number; months: number; updated_at: string },
): Promise<void> {
  const existing = await patternRuleRow(db, row.mission_id);
  if (existing)
    await db
      .updateTable('conduct_pattern_rules')
      .set(row)
      .where('mission_id', '=', row.mission_id)
      .execute();
  else await db.insertInto('conduct_pattern_rules').values(row).execute();
}

export async function insertReferral(
  db: Kysely<Database>,
  row: Insertable<ConductReferralsTable>,
): Promise<void> {
  await db.insertInto('conduct_referrals').values(row).execute();
}

const referrals = (db: Kysely<Database>) =>
  db
    .selectFrom('conduct_referrals')
    .innerJoin('conduct_cases', 'conduct_cases.id', 'conduct_referrals.case_id')
    .selectAll('conduct_referrals')
    .select('conduct_cases.reference as case_reference');

export function referralRow(db: Kysely<Database>, id: string): Promise<ReferralRow | undefined> {
  return referrals(db).where('conduct_referrals.id', '=', id).executeTakeFirst();
}

/** Referrals of cases in the actor's reach; open ones (not at a final status) when asked. */
export function selectReferralRows(
  db: Kysely<Database>,
  actor: PolicyActor,
  filter: { openOnly: boolean; finalStatuses: readonly string[]; caseId?: string },
): Promise<ReferralRow[]> {
  let q = referrals(db)
    .where(missionFilter(actor, 'conduct_referrals.mission_id'))
    .where(compartmentFilter(actor, { recordType, idColumn: 'conduct_referrals.case_id' }));
  if (filter.openOnly) q = q.where('conduct_referrals.status', 'not in', [...filter.finalStatuses]);
  if (filter.caseId) q = q.where('conduct_referrals.case_id', '=', filter.caseId);
  return q.orderBy('conduct_referrals.next_review_on').limit(500).execute();
}

export async function updateReferralRow(
  db: Kysely<Database>,
  id: string,
  change: {
    status: string;
    outcome: string;
    next_review_on: string | null;
    updated_at: string;
    expectedVersion: number;
  },
): Promise<boolean> {
  const { expectedVersion, ...set } = change;
  const result = await db
    .updateTable('conduct_referrals')
    .set({ ...set, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * A contributor's unit-level measures (payment suspensions, repatriations) in the actor's missions,
 * newest first — what force generation reads of conduct: no case, no subject, no basis.
 */
export function contributorMeasureRows(
  db: Kysely<Database>,
  actor: PolicyActor,
  contributors: readonly string[],
) {
  if (contributors.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('conduct_measures')
    .select(['kind', 'contributor', 'unit', 'status', 'decision', 'created_at', 'mission_id'])
    .where('contributor', 'in', contributors)
    .where('kind', 'in', ['payment_suspension', 'repatriation'])
    .where(missionFilter(actor, 'conduct_measures.mission_id'))
    .orderBy('created_at', 'desc')
    .execute();
}

/** A case's subjects as far as a contingent goes: category, contributor, unit — nothing tier-1. */
export function contingentSubjectsOf(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('conduct_subjects')
    .select(['personnel_category as personnelCategory', 'nationality', 'unit'])
    .where('case_id', '=', caseId)
    .orderBy('position')
    .execute()
    .then((rows) =>
      rows.map((r) => ({ ...r, personnelCategory: r.personnelCategory as PersonnelCategory })),
    );
}
