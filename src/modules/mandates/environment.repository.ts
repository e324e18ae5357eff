/** D7's sites, assessments, benchmarks and readings: storage. No authorization. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type {
  EnvironmentAssessmentsTable,
  EnvironmentBenchmarksTable,
  EnvironmentSitesTable,
} from '../../db/schema-mandates.js';

export async function insertSite(db: Kysely<Database>, row: Insertable<EnvironmentSitesTable>) {
  await db.insertInto('environment_sites').values(row).execute();
}
export async function insertSiteAssessment(
  db: Kysely<Database>,
  row: Insertable<EnvironmentAssessmentsTable>,
) {
  await db.insertInto('environment_assessments').values(row).execute();
}
export async function insertSiteBenchmark(
  db: Kysely<Database>,
  row: Insertable<EnvironmentBenchmarksTable>,
) {
  await db.insertInto('environment_benchmarks').values(row).execute();
}

export const findSite = (db: Kysely<Database>, id: string) =>
  db.selectFrom('environment_sites').selectAll().where('id', '=', id).executeTakeFirst();
export const findSiteBenchmark = (db: Kysely<Database>, id: string) =>
  db.selectFrom('environment_benchmarks').selectAll().where('id', '=', id).executeTakeFirst();

/** The sites of these missions by name, with everything under them. */
export async function siteRows(db: Kysely<Database>, missionIds: 'all' | readonly string[]) {
  if (missionIds !== 'all' && missionIds.length === 0)
    return { sites: [], assessments: [], benchmarks: [], readings: [] };
  let q = db.selectFrom('environment_sites').selectAll();
  if (missionIds !== 'all') q = q.where('mission_id', 'in', missionIds);
  const sites = await q.orderBy('name').execute();
  const ids = sites.map((s) => s.id);
  if (ids.length === 0) return { sites, assessments: [], benchmarks: [], readings: [] };
  const assessments = await db
    .selectFrom('environment_assessments')
    .selectAll()
    .where('site_id', 'in', ids)
    .orderBy('conducted_on', 'desc')
    .orderBy('id')
    .execute();
  const benchmarks = await db
    .selectFrom('environment_benchmarks')
    .selectAll()
    .where('site_id', 'in', ids)
    .orderBy('measure')
    .execute();
  const readings =
    benchmarks.length === 0
      ? []
      : await db
          .selectFrom('environment_readings')
          .select(['benchmark_id', 'period', 'value'])
          .where(
            'benchmark_id',
            'in',
            benchmarks.map((b) => b.id),
          )
          .orderBy('period')
          .execute();
  return { sites, assessments, benchmarks, readings };
}

export async function upsertReading(
  db: Kysely<Database>,
  row: {
    benchmark_id: string;
    period: string;
    value: number;
    entered_by: string;
    entered_at: string;
  },
) {
  await db
    .insertInto('environment_readings')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['benchmark_id', 'period']).doUpdateSet({
        value: row.value,
        entered_by: row.entered_by,
        entered_at: row.entered_at,
      }),
    )
    .execute();
}

export async function updateSite(
  db: Kysely<Database>,
  {
    id,
    version,
    change,
  }: { id: string; version: number; change: Updateable<EnvironmentSitesTable> },
): Promise<boolean> {
  const result = await db
    .updateTable('environment_sites')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
