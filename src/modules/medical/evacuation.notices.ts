/** M2: the notices an evacuation request sends. A notice names the request, never a patient. */
import type { AppContext } from '../../db/context.js';
import { peopleToNotify } from '../accounts/user.service.js';
import { publicMissions } from '../missions/mission.service.js';
import { notifyOnce } from '../notifications/notification.service.js';
import type { Evacuation } from './evacuation.schema.js';

export const evacuationRecordType = 'medical_evacuation';
const words = (code: string) => code.replace(/_/g, ' ');

/** M2: the aviation cell of the mission hears of each new request, once: reference, precedence, patients. */
export async function notifyCell(ctx: AppContext, evacuation: Evacuation): Promise<void> {
  const cell = await peopleToNotify(ctx, evacuation.missionId, ['aviation_officer']);
  if (cell.length === 0) return;
  const mission =
    (await publicMissions(ctx)).find((m) => m.id === evacuation.missionId)?.acronym ?? '';
  const count = Object.values(evacuation.patients).reduce((a, b) => a + b, 0);
  const due = evacuation.clock.arrivalDueAt.slice(0, 16).replace('T', ' ');
  for (const person of cell)
    await notifyOnce(ctx, {
      userId: person.userId,
      username: person.username,
      missionId: evacuation.missionId,
      recordType: evacuationRecordType,
      recordId: evacuation.id,
      kind: 'medical.evacuation_requested',
      params: {
        reference: evacuation.reference,
        precedence: evacuation.precedence,
        patients: count,
        dueAt: evacuation.clock.arrivalDueAt,
      },
      subject: `${mission} ${evacuation.reference}: ${evacuation.kind.toUpperCase()} request, ${words(evacuation.precedence)}`,
      body: `${mission}: ${evacuation.kind.toUpperCase()} request ${evacuation.reference}, ${count} patient(s), most urgent ${words(evacuation.precedence)}; at the facility by ${due} UTC. Open peaceops to task it.`,
    });
}
