/** Pure rules of C3 (¶120): who a measure can apply to, when an allegation is credible, the pattern. No I/O. */
import { DomainError } from '../../core/errors.js';
import { addMonths } from './case.rules.js';
import type { Case, Subject } from './case.schema.js';
import { unitCategories } from './case.taxonomy.js';
import type { ImposeMeasureInput } from './measure.schema.js';

/** Leave without pay is for UN staff; payment suspension for a contingent or formed police unit. */
const appliesTo: Record<ImposeMeasureInput['kind'], ReadonlySet<Subject['personnelCategory']>> = {
  administrative_leave_without_pay: new Set(['civilian_staff', 'volunteer']),
  payment_suspension: new Set(['military_contingent', 'formed_police_unit']),
};

/**
 * A credible allegation: taken up for investigation and not found unsubstantiated — under
 * investigation, or concluded (or closed) with a substantiated or incomplete finding.
 */
export function isCredible(c: Pick<Case, 'status' | 'finding'>): boolean {
  if (c.status === 'received') return false;
  if (c.status === 'under_investigation') return true;
  return c.finding === 'substantiated' || c.finding === 'incomplete';
}

export function assertMeasureFits(
  c: Pick<Case, 'status' | 'finding' | 'subjects'>,
  input: ImposeMeasureInput,
): Subject {
  const subject = c.subjects[input.subject];
  if (!subject)
    throw new DomainError('validation_failed', 'subject: no such subject in this case', [
      { path: 'subject', message: 'no such subject' },
    ]);
  if (!appliesTo[input.kind].has(subject.personnelCategory))
    throw new DomainError(
      'validation_failed',
      `subject: ${input.kind.replace(/_/g, ' ')} does not apply to ${subject.personnelCategory.replace(/_/g, ' ')}`,
      [{ path: 'subject', message: 'does not apply to this personnel category' }],
    );
  if (input.kind === 'payment_suspension' && (!subject.nationality || !subject.unit))
    throw new DomainError(
      'validation_failed',
      'subject: a payment suspension needs the contributor (nationality) and the unit',
      [{ path: 'subject', message: 'contributor and unit required' }],
    );
  if (!isCredible(c))
    throw new DomainError(
      'invalid_state',
      'Only a credible allegation (under investigation, or substantiated) leads to a measure',
      [{ path: 'status', message: c.status }],
    );
  return subject;
}

/** The start of the pattern rule's window: `months` before now. */
export function patternWindowStart(now: Date, months: number): Date {
  return addMonths(now, -months);
}

/**
 * ¶120's non-response: the contributor of a contingent or formed police unit named in an
 * allegation has 10 working days from its receipt to appoint a national investigation officer or
 * say it will not investigate (the model memorandum of understanding's 10 working days; the report
 * names no number). Typed-in cases only: imported history is kept out of it by design.
 */
export const contributorResponseWorkingDays = 10;

/** The day `n` working days (Monday to Friday) after `day`. */
export function addWorkingDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return d.toISOString().slice(0, 10);
}

/** The contingents (contributor and unit) a case names. */
export function contingentsOf(
  subjects: readonly Pick<Subject, 'personnelCategory' | 'nationality' | 'unit'>[],
): { contributor: string; unit: string }[] {
  const seen = new Map<string, { contributor: string; unit: string }>();
  for (const s of subjects)
    if (unitCategories.has(s.personnelCategory) && s.nationality && s.unit)
      seen.set(JSON.stringify([s.nationality, s.unit]), {
        contributor: s.nationality,
        unit: s.unit,
      });
  return [...seen.values()];
}

export interface ContributorResponseState {
  dueOn: string;
  respondedOn: string | null;
  response: 'nio_appointed' | 'declined_to_investigate' | null;
  state: 'awaited' | 'answered' | 'answered_late' | 'overdue';
}

/**
 * Where the contributor's answer stands; null when no contributor is asked: no contingent named,
 * an imported case, or a case closed at intake.
 */
export function contributorResponseOf(
  c: {
    receivedAt: string;
    status: Case['status'];
    investigationConcludedAt: string | null;
    nioAppointed: Case['nioAppointed'];
    origin: { system: string };
    subjects: readonly Pick<Subject, 'personnelCategory' | 'nationality' | 'unit'>[];
  },
  respondedOn: string | null,
  today: string,
): ContributorResponseState | null {
  if (c.origin.system !== 'manual' || contingentsOf(c.subjects).length === 0) return null;
  if (c.status === 'closed' && c.investigationConcludedAt === null) return null;
  const dueOn = addWorkingDays(c.receivedAt.slice(0, 10), contributorResponseWorkingDays);
  const response =
    c.nioAppointed === 'yes'
      ? 'nio_appointed'
      : c.nioAppointed === 'declined'
        ? 'declined_to_investigate'
        : null;
  if (response && respondedOn)
    return {
      dueOn,
      respondedOn,
      response,
      state: respondedOn <= dueOn ? 'answered' : 'answered_late',
    };
  return { dueOn, respondedOn: null, response: null, state: today > dueOn ? 'overdue' : 'awaited' };
}
