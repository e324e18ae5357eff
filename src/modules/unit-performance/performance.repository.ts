/** Unit assessments, remedial plans and refusals to follow orders: storage. No authorization. */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Actor } from '../../core/policy.js';
import type { Database } from '../../db/schema.js';
import type {
  OrderRefusalsTable,
  RemedialPlansTable,
  UnitAssessmentsTable,
} from '../../db/schema-capabilities.js';
import { missionFilter } from '../../db/scope.js';

export type AssessmentRow = Selectable<UnitAssessmentsTable>;
export type PlanRecord = Selectable<RemedialPlansTable>;
export type RefusalRecord = Selectable<OrderRefusalsTable>;
/** As the services read them: labelled with the unit's contributor and capability. */
export type PlanRow = PlanRecord & { contributor: string };
export type RefusalRow = RefusalRecord & { contributor: string; capability: string };

export async function insertAssessment(
  db: Kysely<Database>,
  row: Insertable<UnitAssessmentsTable>,
) {
  await db.insertInto('unit_assessments').values(row).execute();
}

export async function insertPlan(db: Kysely<Database>, row: Insertable<RemedialPlansTable>) {
  await db.insertInto('remedial_plans').values(row).execute();
}

/** Assessments of the given units in the actor's missions, oldest first. */
export function assessmentRows(db: Kysely<Database>, actor: Actor, unitIds: readonly string[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('unit_assessments')
    .selectAll()
    .where('pledge_id', 'in', unitIds)
    .where(missionFilter(actor, 'unit_assessments.mission_id'))
    .orderBy('assessed_on')
    .orderBy('created_at')
    .execute();
}

function plansQuery(db: Kysely<Database>, actor: Actor) {
  return db
    .selectFrom('remedial_plans')
    .selectAll()
    .where(missionFilter(actor, 'remedial_plans.mission_id'))
    .orderBy('remedial_plans.due_on')
    .orderBy('remedial_plans.id');
}

/** Remedial plans in the actor's missions: of some units, or the open ones. */
export function planRows(
  db: Kysely<Database>,
  actor: Actor,
  which: { unitIds: readonly string[] } | { open: true },
): Promise<PlanRecord[]> {
  if ('open' in which) return plansQuery(db, actor).where('closed_on', 'is', null).execute();
  if (which.unitIds.length === 0) return Promise.resolve([]);
  return plansQuery(db, actor).where('remedial_plans.pledge_id', 'in', which.unitIds).execute();
}

export function findPlanRow(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('remedial_plans')
    .selectAll()
    .where('remedial_plans.id', '=', id)
    .executeTakeFirst();
}

/** Closes the plan if its version still matches; false when it does not. */
export async function closePlanRow(
  db: Kysely<Database>,
  id: string,
  change: { closed_on: string; outcome: string; note: string; closed_by: string; version: number },
): Promise<boolean> {
  const result = await db
    .updateTable('remedial_plans')
    .set({ ...change, version: change.version + 1 })
    .where('id', '=', id)
    .where('version', '=', change.version)
    .where('closed_on', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertRefusal(db: Kysely<Database>, row: Insertable<OrderRefusalsTable>) {
  await db.insertInto('order_refusals').values(row).execute();
}

function refusalsQuery(db: Kysely<Database>) {
  return db.selectFrom('order_refusals').selectAll();
}

export function findRefusalRow(
  db: Kysely<Database>,
  id: string,
): Promise<RefusalRecord | undefined> {
  return refusalsQuery(db).where('order_refusals.id', '=', id).executeTakeFirst();
}

/** Refusals in the actor's missions, reported up to a day (inclusive), oldest first. */
export function refusalRows(
  db: Kysely<Database>,
  actor: Actor,
  filter: { unitId?: string; unitIds?: readonly string[]; reportedBefore?: string },
): Promise<RefusalRecord[]> {
  if (filter.unitIds?.length === 0) return Promise.resolve([]);
  let q = refusalsQuery(db).where(missionFilter(actor, 'order_refusals.mission_id'));
  if (filter.unitId) q = q.where('order_refusals.pledge_id', '=', filter.unitId);
  if (filter.unitIds) q = q.where('order_refusals.pledge_id', 'in', filter.unitIds);
  if (filter.reportedBefore) q = q.where('order_refusals.reported_at', '<', filter.reportedBefore);
  return q.orderBy('order_refusals.reported_at').orderBy('order_refusals.id').execute();
}

/** Applies a change if the version still matches; false when it does not. */
export async function updateRefusalRow(
  db: Kysely<Database>,
  id: string,
  change: Updateable<OrderRefusalsTable> & { version: number },
): Promise<boolean> {
  const result = await db
    .updateTable('order_refusals')
    .set({ ...change, version: change.version + 1 })
    .where('id', '=', id)
    .where('version', '=', change.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
