/**
 * P3 (¶113–114) and P4 (¶118): leadership appointments and senior manager compacts. Pure.
 *
 * An appointment is made only after the candidate's human-rights assessment, recorded with it and
 * dated on or before the appointment, and only when the assessment found no bar to it. Appointments
 * made before the report (2 September 2015) are history: recorded without one when none is known,
 * and shown as such; from that day on, none is recorded without it. The share of
 * women per post type is counted among the appointments in office on each year's last day (or
 * today for this year), against ¶114's 2015 baseline. A head of mission's compact holds a year's
 * objectives, the assessment at the year's end (from its last month on, never earlier), and the bearing of that
 * assessment on renewal, recorded only once assessed.
 */
import { DomainError } from '../../core/errors.js';

export const leadershipPosts = [
  'head_of_mission',
  'deputy_head_of_mission',
  'force_commander',
  'police_commissioner',
  'chief_of_staff',
] as const;
export type LeadershipPost = (typeof leadershipPosts)[number];

export const genders = ['female', 'male'] as const;
export type Gender = (typeof genders)[number];

/** ¶114: "Currently 23 per cent of heads of mission and 17 per cent of deputy heads of mission are female." */
export const baseline2015: Partial<Record<LeadershipPost, number>> = {
  head_of_mission: 23,
  deputy_head_of_mission: 17,
};

export const assessmentOutcomes = ['no_concerns', 'concerns'] as const;
export type AssessmentOutcome = (typeof assessmentOutcomes)[number];

/** The report's date (A/70/357–S/2015/682): from this day an appointment needs the assessment. */
export const assessmentRequiredFrom = '2015-09-02';

const refuse = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/**
 * P3: the human-rights assessment came first and found no bar; the appointment ends after it began.
 * @throws invalid_state without an assessment or with concerns; validation_failed naming the field
 */
export function assertAppointment(a: {
  appointedOn: string;
  endedOn?: string | null;
  humanRightsAssessment?: { assessedOn: string; outcome: AssessmentOutcome } | null;
}): void {
  const hr = a.humanRightsAssessment;
  if (!hr && a.appointedOn < assessmentRequiredFrom) return;
  if (!hr)
    throw new DomainError(
      'invalid_state',
      'humanRightsAssessment: since the report (2 September 2015) a candidate for mission leadership is assessed for their human-rights commitment before appointment (¶113); record the assessment with the appointment',
      [{ path: 'humanRightsAssessment', message: 'required before appointment', code: 'required' }],
    );
  if (hr.assessedOn > a.appointedOn)
    throw refuse(
      'humanRightsAssessment.assessedOn',
      `${hr.assessedOn} is after the appointment (${a.appointedOn}): the assessment comes before it (¶113)`,
    );
  if (hr.outcome === 'concerns')
    throw new DomainError(
      'invalid_state',
      'humanRightsAssessment.outcome: the assessment raised concerns about the candidate’s human-rights commitment; the appointment is not recorded (¶113)',
      [{ path: 'humanRightsAssessment.outcome', message: 'concerns raised' }],
    );
  if (a.endedOn && a.endedOn < a.appointedOn)
    throw refuse('endedOn', `${a.endedOn} is before the appointment (${a.appointedOn})`);
}

export interface Term {
  post: LeadershipPost;
  gender: Gender;
  appointedOn: string;
  endedOn: string | null;
}

export interface ShareOfWomen {
  year: number;
  /** The day counted: 31 December, or today in the current year. */
  on: string;
  post: LeadershipPost;
  inOffice: number;
  women: number;
  /** Per cent, one decimal; null when no one was in office. */
  share: number | null;
}

const inOffice = (t: Term, day: string) =>
  t.appointedOn <= day && (t.endedOn === null || t.endedOn >= day);

/** P3: per year from the first appointment to today's year, per post type, the share of women. */
export function shareOfWomen(terms: readonly Term[], today: string): ShareOfWomen[] {
  if (terms.length === 0) return [];
  const first = Number(
    terms
      .map((t) => t.appointedOn)
      .sort()[0]!
      .slice(0, 4),
  );
  const last = Number(today.slice(0, 4));
  const rows: ShareOfWomen[] = [];
  for (let year = first; year <= last; year += 1) {
    const on = year === last ? today : `${year}-12-31`;
    for (const post of leadershipPosts) {
      const serving = terms.filter((t) => t.post === post && inOffice(t, on));
      const women = serving.filter((t) => t.gender === 'female').length;
      rows.push({
        year,
        on,
        post,
        inOffice: serving.length,
        women,
        share: serving.length === 0 ? null : Math.round((1000 * women) / serving.length) / 10,
      });
    }
  }
  return rows;
}

export const compactRatings = ['fully_met', 'partially_met', 'not_met'] as const;
export type CompactRating = (typeof compactRatings)[number];
export const renewalBearings = [
  'supports_renewal',
  'renewal_with_conditions',
  'against_renewal',
] as const;
export type RenewalBearing = (typeof renewalBearings)[number];

/**
 * P4: a compact is for a head of mission, for a year of their term.
 * @throws invalid_state (not a head of mission), validation_failed naming `year`
 */
export function assertCompactYear(
  term: { post: LeadershipPost; appointedOn: string; endedOn: string | null },
  year: number,
): void {
  if (term.post !== 'head_of_mission')
    throw new DomainError(
      'invalid_state',
      `a senior manager compact is the head of mission’s (¶118); this appointment is a ${term.post}`,
    );
  const start = Number(term.appointedOn.slice(0, 4));
  const end = term.endedOn ? Number(term.endedOn.slice(0, 4)) : Infinity;
  if (year < start || year > end)
    throw refuse(
      'year',
      `${year} is outside the term (${term.appointedOn} to ${term.endedOn ?? 'now'})`,
    );
}

/**
 * P4: the assessment of a year is made at its end, from its last month on; the bearing on renewal
 * follows it.
 * @throws validation_failed naming `assessedOn`
 */
export function assertCompactAssessment(year: number, assessedOn: string): void {
  if (assessedOn < `${year}-12-01`)
    throw refuse(
      'assessedOn',
      `${assessedOn} is before December ${year}: a year’s compact is assessed at its end (¶118)`,
    );
}
