/** Notifications and the outbox: storage only. */
import type { Insertable, Kysely } from 'kysely';
import type { Database, NotificationsTable, OutboxTable } from '../../db/schema.js';

/** Inserts unless this person already has this notification for this record; true if new. */
export async function insertNotificationOnce(
  db: Kysely<Database>,
  row: Insertable<NotificationsTable>,
): Promise<boolean> {
  const existing = await db
    .selectFrom('notifications')
    .select('id')
    .where('user_id', '=', row.user_id)
    .where('record_type', '=', row.record_type)
    .where('record_id', '=', row.record_id)
    .where('kind', '=', row.kind)
    .executeTakeFirst();
  if (existing) return false;
  await db.insertInto('notifications').values(row).execute();
  return true;
}

export async function insertOutbox(db: Kysely<Database>, row: Insertable<OutboxTable>) {
  await db.insertInto('outbox').values(row).execute();
}

export function notificationsOf(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
}

export async function markRead(
  db: Kysely<Database>,
  key: { id: string; userId: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: key.at })
    .where('id', '=', key.id)
    .where('user_id', '=', key.userId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function pendingOutbox(db: Kysely<Database>) {
  return db
    .selectFrom('outbox')
    .selectAll()
    .where('sent_at', 'is', null)
    .orderBy('created_at')
    .limit(1000)
    .execute();
}

export async function markSent(db: Kysely<Database>, ids: string[], at: string): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('outbox').set({ sent_at: at }).where('id', 'in', ids).execute();
}
