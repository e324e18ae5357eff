/**
 * The demo's casualties (issue 19): three of the last hours in MINUSCA — 10-1-2 met, resuscitation
 * and surgery late, and one whose steps are still running — so the compliance chart has something
 * to show. Made up, marked illustrative, no identity recorded.
 */
import type { RequestContext } from '../db/context.js';
import { RecordCasualtyInput } from '../modules/medical/casualty.schema.js';
import { recordCasualty } from '../modules/medical/casualty.service.js';

const minute = 60_000;

/** Three casualties of the last hours: 10-1-2 met, surgery late, and one whose steps are still due. */
export async function loadDemoCasualties(ctx: RequestContext, missionId: string, levelTwo: string) {
  const now = ctx.clock.now().getTime();
  const at = (ms: number) => new Date(ms).toISOString();
  const injured = [now - 300 * minute, now - 900 * minute, now - 40 * minute];
  const records = [
    {
      injuredAt: at(injured[0]!),
      precedence: 'urgent_surgical',
      steps: {
        first_aid: { at: at(injured[0]! + 6 * minute) },
        resuscitation: { at: at(injured[0]! + 48 * minute), facilityId: levelTwo },
        surgery: { at: at(injured[0]! + 105 * minute), facilityId: levelTwo },
      },
    },
    {
      injuredAt: at(injured[1]!),
      precedence: 'urgent_surgical',
      steps: {
        first_aid: { at: at(injured[1]! + 8 * minute) },
        resuscitation: { at: at(injured[1]! + 95 * minute), facilityId: levelTwo },
        surgery: { at: at(injured[1]! + 220 * minute), facilityId: levelTwo },
      },
    },
    {
      injuredAt: at(injured[2]!),
      precedence: 'urgent',
      steps: { first_aid: { at: at(injured[2]! + 12 * minute) }, surgery: { notApplicable: true } },
    },
  ];
  for (const r of records)
    await recordCasualty(
      ctx,
      RecordCasualtyInput.parse({ ...r, missionId, category: 'un_military' }),
      { illustrative: true },
    );
  return records.length;
}
