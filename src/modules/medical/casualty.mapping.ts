/** Casualties (M1): rows ↔ timelines and summaries, and the steps as columns. Private to the module. */
import { DomainError } from '../../core/errors.js';
import {
  fromBool,
  fromNullableTimestamp,
  fromTimestamp,
  toBool,
  toTimestamp,
} from '../../db/codecs.js';
import type { RequestContext } from '../../db/context.js';
import type { CasualtyRow } from './casualty.repository.js';
import type { CasualtySummary, RecordCasualtyInput } from './casualty.schema.js';
import { facilityRows } from './facility.repository.js';
import { stepOutcome, type CasualtyTimeline, type TenOneTwoStep } from './ten-one-two.rules.js';

const iso = (v: string | Date | null) => fromNullableTimestamp(v)?.toISOString() ?? null;

/** A row's timeline (any row with the timeline's columns). */
export function timelineOf(
  r: Pick<
    CasualtyRow,
    | 'injured_at'
    | 'first_aid_at'
    | 'first_aid_na'
    | 'resuscitation_at'
    | 'resuscitation_na'
    | 'resuscitation_facility_id'
    | 'surgery_at'
    | 'surgery_na'
    | 'surgery_facility_id'
  >,
): CasualtyTimeline {
  return {
    injuredAt: fromTimestamp(r.injured_at).toISOString(),
    steps: {
      first_aid: {
        at: iso(r.first_aid_at),
        notApplicable: fromBool(r.first_aid_na),
        facilityId: null,
      },
      resuscitation: {
        at: iso(r.resuscitation_at),
        notApplicable: fromBool(r.resuscitation_na),
        facilityId: r.resuscitation_facility_id,
      },
      surgery: {
        at: iso(r.surgery_at),
        notApplicable: fromBool(r.surgery_na),
        facilityId: r.surgery_facility_id,
      },
    },
  };
}

export function summaryOf(r: CasualtyRow, now: Date): CasualtySummary {
  const timeline = timelineOf(r);
  const step = (s: TenOneTwoStep) => ({
    ...timeline.steps[s],
    ...stepOutcome(timeline, s, now),
  });
  return {
    id: r.id,
    missionId: r.mission_id,
    reference: r.reference,
    incidentId: r.incident_id,
    injuredAt: timeline.injuredAt,
    precedence: r.precedence as CasualtySummary['precedence'],
    category: r.category as CasualtySummary['category'],
    steps: {
      first_aid: step('first_aid'),
      resuscitation: step('resuscitation'),
      surgery: step('surgery'),
    },
    illustrative: fromBool(r.illustrative),
    version: r.version,
  };
}

/** Steps as columns; each step's facility must be one of the mission's. @throws validation_failed */
export async function stepColumns(
  ctx: RequestContext,
  missionId: string,
  steps: RecordCasualtyInput['steps'],
) {
  const facilities = new Set((await facilityRows(ctx.db, [missionId])).map((f) => f.id));
  for (const s of ['resuscitation', 'surgery'] as const) {
    const id = steps[s].facilityId;
    if (id !== null && !facilities.has(id))
      throw new DomainError(
        'validation_failed',
        `steps.${s}.facilityId: not a facility of this mission`,
        [{ path: `steps.${s}.facilityId`, message: 'not a facility of this mission' }],
      );
  }
  const at = (v: string | null) => (v === null ? null : toTimestamp(new Date(v)));
  return {
    first_aid_at: at(steps.first_aid.at),
    first_aid_na: toBool(steps.first_aid.notApplicable),
    resuscitation_at: at(steps.resuscitation.at),
    resuscitation_na: toBool(steps.resuscitation.notApplicable),
    resuscitation_facility_id: steps.resuscitation.facilityId,
    surgery_at: at(steps.surgery.at),
    surgery_na: toBool(steps.surgery.notApplicable),
    surgery_facility_id: steps.surgery.facilityId,
  };
}

export const timelineInput = (
  injuredAt: string,
  steps: RecordCasualtyInput['steps'],
): CasualtyTimeline => ({
  injuredAt: new Date(injuredAt).toISOString(),
  steps: {
    first_aid: { ...steps.first_aid, facilityId: null },
    resuscitation: steps.resuscitation,
    surgery: steps.surgery,
  },
});
