/** Queries on the medical module's fatalities (M4). No authorization here: the services check. */
import { type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import { toBool } from '../../db/codecs.js';
import type {
  MedicalFatalitiesTable,
  MedicalNextOfKinStepsTable,
} from '../../db/schema-medical.js';
import { fatalitySource, manualFatalitySource } from './fatality.taxonomy.js';

export type FatalityRow = Selectable<MedicalFatalitiesTable>;
export type NewFatalityRow = Insertable<MedicalFatalitiesTable>;

export async function findFatalitiesBySource(
  db: Kysely<Database>,
  system: string,
  sourceIds: readonly string[],
): Promise<Map<string, FatalityRow>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('medical_fatalities')
    .selectAll()
    .where('source_system', '=', system)
    .where('source_id', 'in', [...sourceIds])
    .execute();
  return new Map(rows.map((r) => [r.source_id!, r]));
}

export async function insertFatality(db: Kysely<Database>, row: NewFatalityRow): Promise<void> {
  await db.insertInto('medical_fatalities').values(row).execute();
}

export async function updateFatality(
  db: Kysely<Database>,
  {
    id,
    change,
    expectedVersion,
  }: {
    id: string;
    change: Updateable<MedicalFatalitiesTable>;
    expectedVersion: number;
  },
): Promise<void> {
  await db
    .updateTable('medical_fatalities')
    .set({ ...change, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .execute();
}

/**
 * Counts of the fatalities statistics may show — the UN's published file only: a death recorded in
 * the mission stays internal until the UN publishes it (its family may not be told yet), and the
 * demo's illustrative records never count — by mission, day,
 * nationality, personnel type and type of incident (the caller sums them into its groups).
 */
export async function fatalityCounts(db: Kysely<Database>): Promise<
  {
    mission_id: string;
    incident_on: string;
    nationality: string;
    personnel_type: string;
    incident_type: string;
    fatalities: number;
  }[]
> {
  const rows = await db
    .selectFrom('medical_fatalities')
    .select([
      'mission_id',
      'incident_on',
      'nationality',
      'personnel_type',
      'incident_type',
      (eb) => eb.fn.countAll<number | string>().as('fatalities'),
    ])
    .where('illustrative', '=', toBool(false))
    .where('source_system', '=', fatalitySource)
    .groupBy(['mission_id', 'incident_on', 'nationality', 'personnel_type', 'incident_type'])
    .execute();
  return rows.map((r) => ({ ...r, fatalities: Number(r.fatalities) }));
}

export async function countFatalities(db: Kysely<Database>, system: string): Promise<number> {
  const row = await db
    .selectFrom('medical_fatalities')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('source_system', '=', system)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The deaths recorded in these missions (M4), the latest first. */
export function recordedFatalityRows(db: Kysely<Database>, missionIds: 'all' | readonly string[]) {
  if (missionIds !== 'all' && missionIds.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('medical_fatalities')
    .selectAll()
    .where('source_system', '=', manualFatalitySource);
  if (missionIds !== 'all') q = q.where('mission_id', 'in', missionIds);
  return q.orderBy('incident_on', 'desc').orderBy('reference', 'desc').execute();
}

export function findFatality(db: Kysely<Database>, id: string) {
  return db.selectFrom('medical_fatalities').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countFatalityReferences(
  db: Kysely<Database>,
  missionId: string,
  prefix: string,
) {
  const row = await db
    .selectFrom('medical_fatalities')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('mission_id', '=', missionId)
    .where('reference', 'like', `${prefix}%`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export type NextOfKinRow = Selectable<MedicalNextOfKinStepsTable>;

export async function insertNextOfKinSteps(
  db: Kysely<Database>,
  rows: Insertable<MedicalNextOfKinStepsTable>[],
) {
  await db.insertInto('medical_next_of_kin_steps').values(rows).execute();
}

/** The next-of-kin steps of these fatalities, by fatality. */
export async function nextOfKinOf(db: Kysely<Database>, fatalityIds: readonly string[]) {
  const steps = new Map<string, NextOfKinRow[]>();
  if (fatalityIds.length === 0) return steps;
  const rows = await db
    .selectFrom('medical_next_of_kin_steps')
    .selectAll()
    .where('fatality_id', 'in', fatalityIds)
    .execute();
  for (const r of rows) steps.set(r.fatality_id, [...(steps.get(r.fatality_id) ?? []), r]);
  return steps;
}

/** Steps not done whose due day is before `today`, every mission (the sweep). */
export function overdueNextOfKinRows(db: Kysely<Database>, today: string) {
  return db
    .selectFrom('medical_next_of_kin_steps')
    .innerJoin(
      'medical_fatalities',
      'medical_fatalities.id',
      'medical_next_of_kin_steps.fatality_id',
    )
    .select([
      'medical_next_of_kin_steps.id',
      'medical_next_of_kin_steps.mission_id',
      'medical_next_of_kin_steps.fatality_id',
      'medical_next_of_kin_steps.step',
      'medical_next_of_kin_steps.owner',
      'medical_next_of_kin_steps.due_on',
      'medical_fatalities.reference',
    ])
    .where('medical_next_of_kin_steps.done_on', 'is', null)
    .where('medical_next_of_kin_steps.due_on', '<', today)
    .where('medical_fatalities.illustrative', '=', toBool(false))
    .execute();
}

export async function updateNextOfKinStepRow(
  db: Kysely<Database>,
  {
    id,
    version,
    change,
  }: { id: string; version: number; change: Updateable<MedicalNextOfKinStepsTable> },
): Promise<boolean> {
  const result = await db
    .updateTable('medical_next_of_kin_steps')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
