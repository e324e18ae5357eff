/**
 * M5 notifications (¶108): a sweep over the next-of-kin steps not done past their due day tells
 * each step's owner, in the app and through the outbox, once per step — however often it runs (the
 * server runs it every 15 minutes). The message names the fatality's reference, the step and the
 * day it was due; nothing of the deceased or the family. Illustrative records are left alone.
 */
import type { AppContext } from '../../db/context.js';
import { userIdByUsername } from '../accounts/user.service.js';
import { notifyOnce } from '../notifications/notification.service.js';
import { overdueNextOfKinRows } from './fatality.repository.js';
import { recordedFatalityType } from './fatality-record.service.js';

const words: Record<string, string> = {
  notified: 'notification of the next of kin',
  condolences: 'condolences',
  repatriation: 'repatriation of the remains',
  claim_filed: 'compensation claim filing',
  claim_paid: 'compensation payment',
};

/** @returns the notifications sent this time */
export async function sweepNextOfKin(app: AppContext): Promise<number> {
  const today = app.clock.now().toISOString().slice(0, 10);
  let sent = 0;
  for (const row of await overdueNextOfKinRows(app.db, today)) {
    const userId = await userIdByUsername(app, row.owner).catch(() => null);
    if (!userId) continue;
    const fresh = await notifyOnce(app, {
      userId,
      username: row.owner,
      missionId: row.mission_id,
      recordType: recordedFatalityType,
      recordId: row.fatality_id,
      kind: `medical.next_of_kin_overdue.${row.step}`,
      params: { reference: row.reference ?? '', step: row.step, dueAt: row.due_on },
      subject: `${row.reference}: ${words[row.step]} overdue`,
      body: `${row.reference}: the ${words[row.step]} was due on ${row.due_on} and is not recorded done. Open peaceops to record it, or to give it to its owner.`,
    });
    if (fresh) sent += 1;
  }
  return sent;
}
