/**
 * The demo's casualties and a death (issue 19): three casualties of the last hours in MINUSCA — 10-1-2 met, resuscitation
 * and surgery late, and one whose steps are still running — so the compliance chart has something
 * to show. Made up, marked illustrative, no identity recorded.
 */
import type { RequestContext } from '../db/context.js';
import { RecordCasualtyInput } from '../modules/medical/casualty.schema.js';
import { recordCasualty } from '../modules/medical/casualty.service.js';
import { userIdByUsername } from '../modules/accounts/user.service.js';
import { RecordFatalityInput } from '../modules/medical/fatality.schema.js';
import { recordFatality, updateNextOfKinStep } from '../modules/medical/fatality-record.service.js';

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

/**
 * One illustrative death of sixteen days ago (an accident on the road to Bouar) with its next-of-kin
 * steps: the family notified and condolences sent, the repatriation overdue, the claim not yet due.
 * Owned by the demo administrator (none when the demo's accounts were not created).
 */
export async function loadDemoFatality(ctx: RequestContext, missionId: string): Promise<number> {
  const owner = await userIdByUsername(ctx, 'admin').catch(() => null);
  if (!owner) return 0;
  const now = ctx.clock.now().getTime();
  const day = (n: number) => new Date(now - n * 86_400_000).toISOString().slice(0, 10);
  const f = await recordFatality(
    ctx,
    RecordFatalityInput.parse({
      missionId,
      diedOn: day(16),
      gender: 'male',
      nationality: 'Cameroon',
      personnelType: 'military',
      incidentType: 'accident',
      owner: 'admin',
    }),
    { illustrative: true },
  );
  for (const [step, done] of [
    ['notified', day(16)],
    ['condolences', day(12)],
  ] as const)
    await updateNextOfKinStep(ctx, { fatalityId: f.id, step }, { version: 1, doneOn: done });
  return 1;
}
