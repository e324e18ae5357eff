/**
 * C1 and C2 notifications (¶119): a sweep over the open cases tells everyone in a case's
 * compartment, in the app and through the outbox, when its evidence or investigation clock is
 * due soon and when it is overdue — once per person, case and state, however often it runs (the
 * server runs it every 15 minutes; `peaceops conduct sweep` runs it from cron). The message names
 * the case by reference and the due date; nothing of the victims or subjects.
 * C2 (issue 16): when a clock falls overdue, those who oversee the mission's conduct and are not in
 * the case's compartment — its head of mission and headquarters' heads of mission and conduct
 * officers — are told too, once: the mission, the case's reference and which clock, nothing more.
 */
import type { AppContext } from '../../db/context.js';
import { peopleToNotify } from '../accounts/user.service.js';
import { recordHolders } from '../compartments/compartment.service.js';
import { publicMissions } from '../missions/mission.service.js';
import { notifyOnce } from '../notifications/notification.service.js';
import { caseClocks } from './case.rules.js';
import { openManualCaseRows, recordType, toCaseFields } from './case.repository.js';

const words = {
  evidence: 'evidence gathering (C1)',
  investigation: 'investigation (C2)',
} as const;

/** Those who oversee a mission's conduct (C2): its heads of mission, and headquarters'. */
async function overseers(app: AppContext, missionId: string) {
  const people = [
    ...(await peopleToNotify(app, missionId, ['head_of_mission'])),
    ...(await peopleToNotify(app, null, ['conduct_officer'])),
  ];
  return [...new Map(people.map((p) => [p.userId, p])).values()];
}

/** @returns the notifications sent this time */
export async function sweepConductClocks(app: AppContext): Promise<number> {
  const now = app.clock.now();
  let sent = 0;
  // Looked up once a sweep, not once a case.
  let acronyms: Map<string, string> | null = null;
  const overseersOf = new Map<string, Awaited<ReturnType<typeof overseers>>>();
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
    const inCase = new Set(people.map((p) => p.userId));
    for (const name of due) {
      const { state, dueAt } = clocks[name];
      const when = dueAt.slice(0, 16).replace('T', ' ');
      const said = state === 'overdue' ? 'overdue' : 'due soon';
      const messages = people.map((person) => ({
        person,
        kind: `conduct.${name}_${state}`,
        params: { reference: c.reference, dueAt } as Record<string, string>,
        subject: `Case ${c.reference}: ${words[name]} ${said}`,
        body: `Case ${c.reference}: the ${words[name]} is ${said} (due ${when} UTC). Open peaceops to act on it.`,
      }));
      if (state === 'overdue') {
        acronyms ??= new Map((await publicMissions(app)).map((m) => [m.id, m.acronym]));
        const mission = acronyms.get(c.missionId) ?? '';
        if (!overseersOf.has(c.missionId))
          overseersOf.set(c.missionId, await overseers(app, c.missionId));
        for (const person of overseersOf.get(c.missionId)!)
          if (!inCase.has(person.userId))
            messages.push({
              person,
              kind: `conduct.${name}_overdue_oversight`,
              params: { reference: c.reference, dueAt, mission },
              subject: `${mission}: case ${c.reference}, ${words[name]} overdue`,
              body: `${mission}: the ${words[name]} of case ${c.reference} is overdue (due ${when} UTC). You are told as one who oversees the mission's conduct (¶119); the conduct team holds the case.`,
            });
      }
      for (const { person, ...message } of messages) {
        const fresh = await notifyOnce(app, {
          userId: person.userId,
          username: person.username,
          missionId: c.missionId,
          recordType,
          recordId: c.id,
          ...message,
        });
        if (fresh) sent += 1;
      }
    }
  }
  return sent;
}
