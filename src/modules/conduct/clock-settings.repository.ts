/** Each mission's clock settings: storage only. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export async function clockSettingsRow(db: Kysely<Database>, missionId: string) {
  return db
    .selectFrom('conduct_clock_settings')
    .selectAll()
    .where('mission_id', '=', missionId)
    .executeTakeFirst();
}

export async function saveClockSettingsRow(
  db: Kysely<Database>,
  row: {
    mission_id: string;
    evidence_hours: number;
    investigation_months: number;
    updated_at: string;
  },
): Promise<void> {
  const existing = await clockSettingsRow(db, row.mission_id);
  if (existing)
    await db
      .updateTable('conduct_clock_settings')
      .set({ ...row, version: existing.version + 1 })
      .where('mission_id', '=', row.mission_id)
      .execute();
  else
    await db
      .insertInto('conduct_clock_settings')
      .values({ ...row, version: 1 })
      .execute();
}
