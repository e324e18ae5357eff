/** Queries on the medical module's fatalities (M4). No authorization here: the services check. */
import { type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import { toBool } from '../../db/codecs.js';
import type { MedicalFatalitiesTable } from '../../db/schema-medical.js';

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
 * Counts of the fatalities statistics may show (never the illustrative ones), by mission, day,
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
