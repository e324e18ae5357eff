/** The personnel module's tables: storage. No authorization; names stay ciphertext. */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type {
  PersonnelAppointmentsTable,
  PersonnelCompactsTable,
  PersonnelRecruitmentsTable,
  PersonnelStaffingCountsTable,
  PersonnelStaffingPlansTable,
} from '../../db/schema-personnel.js';

export type RecruitmentRow = Selectable<PersonnelRecruitmentsTable>;
export type AppointmentRow = Selectable<PersonnelAppointmentsTable>;
export type CompactRow = Selectable<PersonnelCompactsTable>;

type Missions = 'all' | readonly string[];
const none = (m: Missions) => m !== 'all' && m.length === 0;

export async function insertRecruitments(
  db: Kysely<Database>,
  rows: readonly Insertable<PersonnelRecruitmentsTable>[],
) {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('personnel_recruitments')
      .values(rows.slice(i, i + 200))
      .execute();
}

export const findRecruitment = (db: Kysely<Database>, id: string) =>
  db.selectFrom('personnel_recruitments').selectAll().where('id', '=', id).executeTakeFirst();

/** The recruitments of these missions, oldest opening first. */
export async function recruitmentRows(
  db: Kysely<Database>,
  missionIds: Missions,
  filter: {
    category?: string;
    from?: string;
    to?: string;
    state?: 'in_progress' | 'arrived' | 'withdrawn';
  } = {},
): Promise<RecruitmentRow[]> {
  if (none(missionIds)) return [];
  let q = db.selectFrom('personnel_recruitments').selectAll();
  if (missionIds !== 'all') q = q.where('mission_id', 'in', missionIds);
  if (filter.category) q = q.where('category', '=', filter.category);
  if (filter.state === 'withdrawn') q = q.where('withdrawn_on', 'is not', null);
  if (filter.state === 'arrived') q = q.where('arrival_on', 'is not', null);
  if (filter.state === 'in_progress')
    q = q.where('withdrawn_on', 'is', null).where('arrival_on', 'is', null);
  if (filter.from) q = q.where('opened_on', '>=', filter.from);
  if (filter.to) q = q.where('opened_on', '<=', filter.to);
  return q.orderBy('opened_on').orderBy('reference').execute();
}

/** What the pipeline reads of each recruitment: its category, track and days, nothing else. */
export async function pipelineRows(
  db: Kysely<Database>,
  missionIds: Missions,
  filter: { from?: string; to?: string },
) {
  if (none(missionIds)) return [];
  let q = db
    .selectFrom('personnel_recruitments')
    .select([
      'category',
      'fast_track',
      'illustrative',
      'opened_on',
      'selection_on',
      'offer_on',
      'reference_checks_on',
      'medical_clearance_on',
      'security_clearance_on',
      'visa_on',
      'travel_on',
      'arrival_on',
      'withdrawn_on',
    ]);
  if (missionIds !== 'all') q = q.where('mission_id', 'in', missionIds);
  if (filter.from) q = q.where('opened_on', '>=', filter.from);
  if (filter.to) q = q.where('opened_on', '<=', filter.to);
  return q.execute();
}

/** Updates a recruitment at its version; false when the version is stale. */
export async function updateRecruitment(
  db: Kysely<Database>,
  {
    id,
    version,
    change,
  }: { id: string; version: number; change: Updateable<PersonnelRecruitmentsTable> },
): Promise<boolean> {
  const r = await db
    .updateTable('personnel_recruitments')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertAppointment(
  db: Kysely<Database>,
  row: Insertable<PersonnelAppointmentsTable>,
) {
  await db.insertInto('personnel_appointments').values(row).execute();
}

export const findAppointment = (db: Kysely<Database>, id: string) =>
  db.selectFrom('personnel_appointments').selectAll().where('id', '=', id).executeTakeFirst();

export async function appointmentRows(db: Kysely<Database>, missionIds: Missions) {
  if (none(missionIds)) return [];
  let q = db.selectFrom('personnel_appointments').selectAll();
  if (missionIds !== 'all') q = q.where('mission_id', 'in', missionIds);
  return q.orderBy('appointed_on').orderBy('id').execute();
}

export async function updateAppointment(
  db: Kysely<Database>,
  {
    id,
    version,
    change,
  }: { id: string; version: number; change: Updateable<PersonnelAppointmentsTable> },
): Promise<boolean> {
  const r = await db
    .updateTable('personnel_appointments')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertCompact(db: Kysely<Database>, row: Insertable<PersonnelCompactsTable>) {
  await db.insertInto('personnel_compacts').values(row).execute();
}

export const findCompact = (db: Kysely<Database>, id: string) =>
  db.selectFrom('personnel_compacts').selectAll().where('id', '=', id).executeTakeFirst();

export async function compactRows(db: Kysely<Database>, missionIds: Missions) {
  if (none(missionIds)) return [];
  let q = db.selectFrom('personnel_compacts').selectAll();
  if (missionIds !== 'all') q = q.where('mission_id', 'in', missionIds);
  return q.orderBy('year').execute();
}

export async function updateCompact(
  db: Kysely<Database>,
  {
    id,
    version,
    change,
  }: { id: string; version: number; change: Updateable<PersonnelCompactsTable> },
): Promise<boolean> {
  const r = await db
    .updateTable('personnel_compacts')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A month's head count of a category: the latest return replaces the one before. */
export async function upsertStaffingCount(
  db: Kysely<Database>,
  row: Insertable<PersonnelStaffingCountsTable>,
) {
  await db
    .insertInto('personnel_staffing_counts')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['mission_id', 'month', 'category']).doUpdateSet({
        women: row.women,
        men: row.men,
        recorded_at: row.recorded_at,
      }),
    )
    .execute();
}

export async function upsertStaffingPlan(
  db: Kysely<Database>,
  row: Insertable<PersonnelStaffingPlansTable>,
) {
  await db
    .insertInto('personnel_staffing_plans')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['mission_id', 'category', 'from_month']).doUpdateSet({
        planned: row.planned,
        planned_women: row.planned_women,
        recorded_at: row.recorded_at,
      }),
    )
    .execute();
}

export async function staffingRows(db: Kysely<Database>, missionId: string) {
  const [counts, plans] = await Promise.all([
    db
      .selectFrom('personnel_staffing_counts')
      .selectAll()
      .where('mission_id', '=', missionId)
      .execute(),
    db
      .selectFrom('personnel_staffing_plans')
      .selectAll()
      .where('mission_id', '=', missionId)
      .execute(),
  ]);
  return { counts, plans };
}
