/**
 * C1 and C2 notifications (¶119): a sweep over the open cases tells everyone in a case's
 * compartment, in the app and through the outbox, when its evidence or investigation clock is
 * due soon and when it is overdue — once per person, case and state, however often it runs (the
 * server runs it every 15 minutes; `peaceops conduct sweep` runs it from cron). The message names
 * the case by reference and the due date; nothing of the victims or subjects.
 */
import type { AppContext } from '../../db/context.js';
import { recordHolders } from '../compartments/compartment.service.js';
import { notifyOnce } from '../notifications/notification.service.js';
import { caseClocks } from './case.rules.js';
import { openManualCaseRows, recordType, toCaseFields } from './case.repository.js';

const words = {
  evidence: 'evidence gathering (C1)',
  investigation: 'investigation (C2)',
} as const;

/** @returns the notifications sent this time */
export async function sweepConductClocks(app: AppContext): Promise<number> {
  const now = app.clock.now();
  let sent = 0;
  for (const row of await openManualCaseRows(app.db)) {
    const c = toCaseFields(row);
    const clocks = caseClocks(
      {
        status: c.status,
        evidenceDueAt: new Date(c.evidenceDueAt),
        investigationDueAt: new Date(c.investigationDueAt),
        evidenceGatheredAt: c.evidenceGatheredAt ? new Date(c.evidenceGatheredAt) : null,
        investigationConcludedAt: c.investigationConcludedAt
          ? new Date(c.investigationConcludedAt)
          : null,
        manual: true,
      },
      now,
    );
    const due = (['evidence', 'investigation'] as const).filter(
      (name) => clocks[name].state === 'due_soon' || clocks[name].state === 'overdue',
    );
    if (due.length === 0) continue;
    const people = await recordHolders(app, recordType, c.id);
    for (const name of due) {
      const { state, dueAt } = clocks[name];
      const when = dueAt.slice(0, 16).replace('T', ' ');
      for (const person of people) {
        const fresh = await notifyOnce(app, {
          userId: person.userId,
          username: person.username,
          missionId: c.missionId,
          recordType,
          recordId: c.id,
          kind: `conduct.${name}_${state}`,
          params: { reference: c.reference, dueAt },
          subject: `Case ${c.reference}: ${words[name]} ${state === 'overdue' ? 'overdue' : 'due soon'}`,
          body: `Case ${c.reference}: the ${words[name]} is ${state === 'overdue' ? 'overdue' : 'due soon'} (due ${when} UTC). Open peaceops to act on it.`,
        });
        if (fresh) sent += 1;
      }
    }
  }
  return sent;
}
