/** Victim assistance storage. No authorization, no rules; outcome notes stay ciphertext here. */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ConductAssistanceTable } from '../../db/schema-conduct.js';

export type AssistanceRow = Selectable<ConductAssistanceTable>;

export function assistanceRowsOf(db: Kysely<Database>, caseId: string): Promise<AssistanceRow[]> {
  return db
    .selectFrom('conduct_assistance')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('referred_on')
    .orderBy('id')
    .execute();
}

export function assistanceRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('conduct_assistance').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAssistance(
  db: Kysely<Database>,
  row: Insertable<ConductAssistanceTable>,
): Promise<void> {
  await db.insertInto('conduct_assistance').values(row).execute();
}

/** Writes the change if the stored version is still `expectedVersion`; false otherwise. */
export async function updateAssistanceRow(
  db: Kysely<Database>,
  id: string,
  change: {
    status: string;
    started_on: string | null;
    completed_on: string | null;
    outcome: string | null;
    updated_at: string;
    expectedVersion: number;
  },
): Promise<boolean> {
  const { expectedVersion, ...set } = change;
  const result = await db
    .updateTable('conduct_assistance')
    .set({ ...set, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
