/** Subjects of allegations: storage and row mapping. No authorization; identities stay ciphertext here. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ConductSubjectsTable } from '../../db/schema-conduct.js';
import type { Subject } from './case.schema.js';

export type SubjectRow = Selectable<ConductSubjectsTable>;
/** A subject ready to store: its id and its identity already encrypted. */
export type SubjectToStore = Omit<Subject, 'identity'> & { id: string; identity: string | null };

export async function replaceSubjects(
  db: Kysely<Database>,
  c: { id: string; missionId: string },
  subjects: readonly SubjectToStore[],
): Promise<void> {
  await db.deleteFrom('conduct_subjects').where('case_id', '=', c.id).execute();
  if (subjects.length === 0) return;
  await db
    .insertInto('conduct_subjects')
    .values(
      subjects.map((s, position) => ({
        id: s.id,
        case_id: c.id,
        mission_id: c.missionId,
        personnel_category: s.personnelCategory,
        nationality: s.nationality,
        unit: s.unit,
        count: s.count,
        identity: s.identity,
        position,
      })),
    )
    .execute();
}

/** Subject rows per case, in the case's order. */
export async function subjectRowsOf(
  db: Kysely<Database>,
  caseIds: readonly string[],
): Promise<Map<string, SubjectRow[]>> {
  const result = new Map<string, SubjectRow[]>();
  if (caseIds.length === 0) return result;
  const rows = await db
    .selectFrom('conduct_subjects')
    .selectAll()
    .where('case_id', 'in', caseIds)
    .orderBy('case_id')
    .orderBy('position')
    .execute();
  for (const r of rows) result.set(r.case_id, [...(result.get(r.case_id) ?? []), r]);
  return result;
}

export async function setSubjectIdentity(
  db: Kysely<Database>,
  subjectId: string,
  identity: string | null,
): Promise<void> {
  await db.updateTable('conduct_subjects').set({ identity }).where('id', '=', subjectId).execute();
}

/**
 * Every subject with a known identity whose case counts for vetting (C8): substantiated, or not
 * yet decided (still open, finding pending or not given) — in every mission.
 */
export function subjectsToScreen(db: Kysely<Database>) {
  return db
    .selectFrom('conduct_subjects as s')
    .innerJoin('conduct_cases as c', 'c.id', 's.case_id')
    .select([
      's.id',
      's.identity',
      's.nationality',
      's.personnel_category',
      'c.id as case_id',
      'c.mission_id',
      'c.reference',
      'c.finding',
    ])
    .where('s.identity', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('c.finding', '=', 'substantiated'),
        eb.and([
          eb('c.status', '!=', 'closed'),
          eb.or([eb('c.finding', 'is', null), eb('c.finding', '=', 'pending')]),
        ]),
      ]),
    )
    .orderBy('c.received_at')
    .orderBy('s.id')
    .execute();
}
