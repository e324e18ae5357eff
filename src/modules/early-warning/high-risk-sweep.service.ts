/**
 * E3's reminder: the owner of a high-risk situation whose review date has passed is told, once per
 * review date (a later review that also slips tells them again). Run by a running server with the
 * other sweeps. The message names the situation and the date, nothing of its evidence.
 */
import type { AppContext } from '../../db/context.js';
import { dayOf } from '../../core/days.js';
import { userIdByUsername } from '../accounts/user.service.js';
import { notifyOnce } from '../notifications/notification.service.js';
import { overdueSituationRows } from './high-risk.repository.js';

/** @returns the reminders sent this time */
export async function sweepOverdueReviews(app: AppContext): Promise<number> {
  let sent = 0;
  for (const s of await overdueSituationRows(app.db, dayOf(app.clock.now()))) {
    const userId = await userIdByUsername(app, s.owner).catch(() => null);
    if (!userId) continue;
    const fresh = await notifyOnce(app, {
      userId,
      username: s.owner,
      missionId: s.mission_id,
      // One reminder per review date: the date is part of what is reminded of.
      recordType: 'high_risk_review',
      recordId: `${s.id} ${s.next_review_on}`,
      kind: 'early-warning.review_overdue',
      params: { title: s.title, due: s.next_review_on },
      subject: `High-risk situation "${s.title}": review overdue (due ${s.next_review_on})`,
      body: `The review of the high-risk situation "${s.title}" was due on ${s.next_review_on}. Open peaceops to record it.`,
    });
    if (fresh) sent += 1;
  }
  return sent;
}
