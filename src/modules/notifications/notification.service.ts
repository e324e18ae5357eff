/**
 * Notifications: in the app for the person, and in the outbox for a mail relay (which maps the
 * username to an address). Idempotent per person, record and kind, so the modules' sweeps can run
 * as often as they like. A notification carries a reference and a date — never a tier-1 value.
 */
import { DomainError } from '../../core/errors.js';
import { fromJson, toJson, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type AppContext, type RequestContext } from '../../db/context.js';
import {
  insertNotificationOnce,
  insertOutbox,
  markRead,
  markSent,
  notificationsOf,
  pendingOutbox,
} from './notification.repository.js';
import type { Notification, OutboxMessage } from './notification.schema.js';

export interface Notice {
  userId: string;
  username: string;
  missionId: string | null;
  recordType: string;
  recordId: string;
  kind: string;
  params: Record<string, string | number>;
  /** The outbox's e-mail, in the recipient's language where the module writes it so. */
  subject: string;
  body: string;
}

/** Notifies once; false when this person already had it. */
export async function notifyOnce(app: AppContext, notice: Notice): Promise<boolean> {
  return inTransaction(app, async (tx) => {
    const id = tx.ids.newId();
    const now = toTimestamp(tx.clock.now());
    const fresh = await insertNotificationOnce(tx.db, {
      id,
      user_id: notice.userId,
      mission_id: notice.missionId,
      record_type: notice.recordType,
      record_id: notice.recordId,
      kind: notice.kind,
      params: toJson(notice.params),
      created_at: now,
      read_at: null,
    });
    if (fresh)
      await insertOutbox(tx.db, {
        id: tx.ids.newId(),
        notification_id: id,
        recipient: notice.username,
        subject: notice.subject,
        body: notice.body,
        created_at: now,
        sent_at: null,
      });
    return fresh;
  });
}

/** The caller's own notifications, newest first. */
export async function myNotifications(ctx: RequestContext): Promise<Notification[]> {
  const rows = await notificationsOf(ctx.db, ctx.actor.userId);
  return rows.map((r) => ({
    id: r.id,
    missionId: r.mission_id,
    recordType: r.record_type,
    recordId: r.record_id,
    kind: r.kind,
    params: fromJson(r.params),
    createdAt: new Date(r.created_at as string).toISOString(),
    readAt: r.read_at ? new Date(r.read_at as string).toISOString() : null,
  }));
}

/** @throws not_found (not the caller's) */
export async function markNotificationRead(ctx: RequestContext, id: string): Promise<void> {
  const done = await markRead(ctx.db, {
    id,
    userId: ctx.actor.userId,
    at: toTimestamp(ctx.clock.now()),
  });
  if (!done) throw new DomainError('not_found', 'Notification not found');
}

/** For the mail relay (CLI): the messages not yet handed over, then marked sent. */
export async function drainOutbox(app: AppContext): Promise<OutboxMessage[]> {
  return inTransaction(app, async (tx) => {
    const rows = await pendingOutbox(tx.db);
    await markSent(
      tx.db,
      rows.map((r) => r.id),
      toTimestamp(tx.clock.now()),
    );
    return rows.map((r) => ({
      id: r.id,
      recipient: r.recipient,
      subject: r.subject,
      body: r.body,
      createdAt: new Date(r.created_at as string).toISOString(),
    }));
  });
}
