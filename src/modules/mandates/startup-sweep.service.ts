/**
 * D6 notifications (¶81–82): a sweep over the mandates tells the mission's heads of mission and
 * headquarters' heads of mission and planners, once per mandate and state, when the headquarters
 * is not functional 12 weeks after the adoption, when the standing start-up measures are in their
 * last 30 days without renewal, and when they have expired without a decision. The server runs
 * it every 15 minutes. Illustrative mandates are left alone.
 */
import type { AppContext } from '../../db/context.js';
import { fromBool } from '../../db/codecs.js';
import { peopleToNotify } from '../accounts/user.service.js';
import { publicMissions } from '../missions/mission.service.js';
import { notifyOnce } from '../notifications/notification.service.js';
import { allMandateRows, milestoneRows } from './mandate.repository.js';
import { hqClock, measuresClock } from './startup.rules.js';

/** @returns the notifications sent this time */
export async function sweepStartupClocks(app: AppContext): Promise<number> {
  const today = app.clock.now().toISOString().slice(0, 10);
  const mandates = await allMandateRows(app.db);
  if (mandates.length === 0) return 0;
  const milestones = await milestoneRows(
    app.db,
    mandates.map((m) => m.id),
  );
  const acronyms = new Map((await publicMissions(app)).map((m) => [m.id, m.acronym]));
  const hq = [...(await peopleToNotify(app, null, ['head_of_mission', 'planner']))];
  let sent = 0;
  for (const m of mandates) {
    const functionalOn =
      milestones.find((x) => x.mandate_id === m.id && fromBool(x.hq_functional))?.done_on ?? null;
    const headquarters = hqClock(m.adopted_on, functionalOn, today);
    const measures = measuresClock(
      { until: m.measures_until, lapsedOn: m.measures_lapsed_on },
      today,
    );
    const mission = acronyms.get(m.mission_id) ?? '';
    const due: { kind: string; subject: string; body: string; dueAt: string }[] = [];
    if (headquarters.state === 'overdue')
      due.push({
        kind: 'mandates.hq_overdue',
        dueAt: headquarters.by,
        subject: `${mission}: headquarters not functional 12 weeks after resolution ${m.resolution}`,
        body: `${mission}: the mission headquarters was to be functional by ${headquarters.by} (8–12 weeks after resolution ${m.resolution}, ¶81) and is not recorded so.`,
      });
    if (measures.state === 'renewal_due' || measures.state === 'expired')
      due.push({
        kind: `mandates.measures_${measures.state}`,
        dueAt: measures.until,
        subject: `${mission}: standing start-up measures ${measures.state === 'expired' ? 'expired' : 'end soon'} (${measures.until})`,
        body: `${mission}: the standing start-up measures of resolution ${m.resolution} ${measures.state === 'expired' ? 'expired on' : 'end on'} ${measures.until} without a decision to renew or let them lapse (¶82).`,
      });
    if (due.length === 0) continue;
    const people = new Map(
      [...(await peopleToNotify(app, m.mission_id, ['head_of_mission'])), ...hq].map((p) => [
        p.userId,
        p,
      ]),
    );
    for (const message of due)
      for (const person of people.values())
        if (
          await notifyOnce(app, {
            userId: person.userId,
            username: person.username,
            missionId: m.mission_id,
            recordType: 'mandate',
            recordId: m.id,
            kind: message.kind,
            params: { mission, resolution: m.resolution, dueAt: message.dueAt },
            subject: message.subject,
            body: message.body,
          })
        )
          sent += 1;
  }
  return sent;
}
