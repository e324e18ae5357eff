/** Pure rules of C3 (¶120): who a measure can apply to, when an allegation is credible, the pattern. No I/O. */
import { DomainError } from '../../core/errors.js';
import { addMonths } from './case.rules.js';
import type { Case, Subject } from './case.schema.js';
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
