/** Mandates, tasks, conditions, benchmarks, indicators and their values (D1, D2): storage. No authorization. */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { toBool } from '../../db/codecs.js';
import { followThroughRows } from './assessment.repository.js';
import type { Database } from '../../db/schema.js';
import type {
  MandateBenchmarksTable,
  MandateConditionsTable,
  MandateIndicatorsTable,
  MandateMilestonesTable,
  MandatesTable,
  MandateTasksTable,
} from '../../db/schema-mandates.js';

export type MandateRow = Selectable<MandatesTable>;
export type TaskRow = Selectable<MandateTasksTable>;
export type ConditionRow = Selectable<MandateConditionsTable>;
export type BenchmarkRow = Selectable<MandateBenchmarksTable>;
export type IndicatorRow = Selectable<MandateIndicatorsTable>;

export async function insertMandate(db: Kysely<Database>, row: Insertable<MandatesTable>) {
  await db.insertInto('mandates').values(row).execute();
}
export async function insertTask(db: Kysely<Database>, row: Insertable<MandateTasksTable>) {
  await db.insertInto('mandate_tasks').values(row).execute();
}
export async function insertCondition(
  db: Kysely<Database>,
  row: Insertable<MandateConditionsTable>,
) {
  await db.insertInto('mandate_conditions').values(row).execute();
}
export async function insertBenchmark(
  db: Kysely<Database>,
  row: Insertable<MandateBenchmarksTable>,
) {
  await db.insertInto('mandate_benchmarks').values(row).execute();
}
export async function insertIndicator(
  db: Kysely<Database>,
  row: Insertable<MandateIndicatorsTable>,
) {
  await db.insertInto('mandate_indicators').values(row).execute();
}

export const findMandate = (db: Kysely<Database>, id: string) =>
  db.selectFrom('mandates').selectAll().where('id', '=', id).executeTakeFirst();
export const findTask = (db: Kysely<Database>, id: string) =>
  db.selectFrom('mandate_tasks').selectAll().where('id', '=', id).executeTakeFirst();
export const findCondition = (db: Kysely<Database>, id: string) =>
  db.selectFrom('mandate_conditions').selectAll().where('id', '=', id).executeTakeFirst();
export const findBenchmark = (db: Kysely<Database>, id: string) =>
  db.selectFrom('mandate_benchmarks').selectAll().where('id', '=', id).executeTakeFirst();
export const findIndicator = (db: Kysely<Database>, id: string) =>
  db.selectFrom('mandate_indicators').selectAll().where('id', '=', id).executeTakeFirst();

/** The mandates of these missions, the latest adopted first. */
export function mandateRows(db: Kysely<Database>, missionIds: 'all' | readonly string[]) {
  if (missionIds !== 'all' && missionIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('mandates').selectAll();
  if (missionIds !== 'all') q = q.where('mission_id', 'in', missionIds);
  return q.orderBy('adopted_on', 'desc').orderBy('id').execute();
}

/** Everything under these mandates: tasks, conditions, benchmarks, indicators and values. */
export async function mandateContents(db: Kysely<Database>, mandateIds: readonly string[]) {
  if (mandateIds.length === 0)
    return {
      tasks: [],
      conditions: [],
      benchmarks: [],
      indicators: [],
      values: [],
      milestones: [],
      assessments: [],
      recommendations: [],
      transitions: [],
    };
  const milestones = await milestoneRows(db, mandateIds);
  const tasks = await db
    .selectFrom('mandate_tasks')
    .selectAll()
    .where('mandate_id', 'in', mandateIds)
    .orderBy('phase')
    .orderBy('code')
    .execute();
  const taskIds = tasks.map((t) => t.id);
  const followThrough = await followThroughRows(db, { mandateIds, taskIds });
  if (taskIds.length === 0)
    return {
      tasks,
      conditions: [],
      benchmarks: [],
      indicators: [],
      values: [],
      milestones,
      ...followThrough,
    };
  const conditions = await db
    .selectFrom('mandate_conditions')
    .selectAll()
    .where('task_id', 'in', taskIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const benchmarks = await db
    .selectFrom('mandate_benchmarks')
    .selectAll()
    .where('task_id', 'in', taskIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const benchmarkIds = benchmarks.map((b) => b.id);
  const indicators =
    benchmarkIds.length === 0
      ? []
      : await db
          .selectFrom('mandate_indicators')
          .selectAll()
          .where('benchmark_id', 'in', benchmarkIds)
          .orderBy('created_at')
          .orderBy('id')
          .execute();
  const values =
    indicators.length === 0
      ? []
      : await db
          .selectFrom('mandate_indicator_values')
          .select(['indicator_id', 'period', 'value'])
          .where(
            'indicator_id',
            'in',
            indicators.map((i) => i.id),
          )
          .orderBy('period')
          .execute();
  return { tasks, conditions, benchmarks, indicators, values, milestones, ...followThrough };
}

/** Sets one month's value of an indicator (a new value replaces the month's old one). */
export async function upsertIndicatorValue(
  db: Kysely<Database>,
  row: {
    indicator_id: string;
    period: string;
    value: number;
    entered_by: string;
    entered_at: string;
  },
) {
  await db
    .insertInto('mandate_indicator_values')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['indicator_id', 'period']).doUpdateSet({
        value: row.value,
        entered_by: row.entered_by,
        entered_at: row.entered_at,
      }),
    )
    .execute();
}

export async function updateTask(
  db: Kysely<Database>,
  { id, version, change }: { id: string; version: number; change: Updateable<MandateTasksTable> },
): Promise<boolean> {
  const result = await db
    .updateTable('mandate_tasks')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateCondition(
  db: Kysely<Database>,
  {
    id,
    version,
    change,
  }: { id: string; version: number; change: Updateable<MandateConditionsTable> },
): Promise<boolean> {
  const result = await db
    .updateTable('mandate_conditions')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type MilestoneRow = Selectable<MandateMilestonesTable>;

export async function insertMilestone(
  db: Kysely<Database>,
  row: Insertable<MandateMilestonesTable>,
) {
  await db.insertInto('mandate_milestones').values(row).execute();
}

export const findMilestone = (db: Kysely<Database>, id: string) =>
  db.selectFrom('mandate_milestones').selectAll().where('id', '=', id).executeTakeFirst();

/** The start-up milestones of these mandates, the headquarters functional first. */
export function milestoneRows(db: Kysely<Database>, mandateIds: readonly string[]) {
  if (mandateIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('mandate_milestones')
    .selectAll()
    .where('mandate_id', 'in', mandateIds)
    .orderBy('hq_functional', 'desc')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function updateMilestone(
  db: Kysely<Database>,
  {
    id,
    version,
    change,
  }: { id: string; version: number; change: Updateable<MandateMilestonesTable> },
): Promise<boolean> {
  const result = await db
    .updateTable('mandate_milestones')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateMandate(
  db: Kysely<Database>,
  { id, version, change }: { id: string; version: number; change: Updateable<MandatesTable> },
): Promise<boolean> {
  const result = await db
    .updateTable('mandates')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Every mandate of every mission (the start-up sweep). */
export const allMandateRows = (db: Kysely<Database>) =>
  db.selectFrom('mandates').selectAll().where('illustrative', '=', toBool(false)).execute();
