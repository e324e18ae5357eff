/** The reports module's tables: reports and their comments. No authorization, no rules. */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ReportCommentsTable, ReportsTable } from '../../db/schema-reports.js';

export type ReportRow = Selectable<ReportsTable>;
export type CommentRow = Selectable<ReportCommentsTable>;

export function findReport(db: Kysely<Database>, id: string): Promise<ReportRow | undefined> {
  return db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
}

export function reportRows(db: Kysely<Database>, missionIds: 'all' | readonly string[]) {
  let q = db.selectFrom('reports').selectAll();
  if (missionIds !== 'all') {
    if (missionIds.length === 0) return Promise.resolve([] as ReportRow[]);
    q = q.where('mission_id', 'in', missionIds);
  }
  return q
    .orderBy('period_to', 'desc')
    .orderBy('period_from', 'desc')
    .orderBy('edition', 'desc')
    .execute();
}

/** The editions of one mission's period, the latest first. */
export function editionsOf(
  db: Kysely<Database>,
  key: { missionId: string; from: string; to: string },
) {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('mission_id', '=', key.missionId)
    .where('period_from', '=', key.from)
    .where('period_to', '=', key.to)
    .orderBy('edition', 'desc')
    .execute();
}

export async function insertReport(db: Kysely<Database>, row: Insertable<ReportsTable>) {
  await db.insertInto('reports').values(row).execute();
}

/** Changes a report read at `version`; false when someone changed it since. */
export async function updateReport(
  db: Kysely<Database>,
  read: { id: string; version: number },
  set: Updateable<ReportsTable>,
): Promise<boolean> {
  const { id, version } = read;
  const result = await db
    .updateTable('reports')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function commentRows(db: Kysely<Database>, reportIds: readonly string[]) {
  if (reportIds.length === 0) return Promise.resolve([] as CommentRow[]);
  return db
    .selectFrom('report_comments')
    .selectAll()
    .where('report_id', 'in', reportIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertComment(db: Kysely<Database>, row: Insertable<ReportCommentsTable>) {
  await db.insertInto('report_comments').values(row).execute();
}
