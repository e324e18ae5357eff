/**
 * D6 (¶81–82): the clocks of a mission's start-up, from the mandate's adoption. Pure.
 *
 * The headquarters is to be functional within 8 to 12 weeks: before the 8th week the clock runs;
 * from the 8th to the 12th it is due; after the 12th, without the milestone recorded, overdue; once
 * recorded, met (within 12 weeks) or late. The standing start-up measures are in force for six
 * months from the adoption, renewable six months at a time while in force: renewal is due in their
 * last 30 days; past their last day without renewal they have expired; let lapse, they have lapsed.
 */
import { DomainError } from '../../core/errors.js';

export const hqEarliestDays = 8 * 7;
export const hqLatestDays = 12 * 7;
export const measuresMonths = 6;
export const renewalWindowDays = 30;

export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The same day `months` later (the month's last day when it has no such day). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export type HqState = 'running' | 'due' | 'overdue' | 'met' | 'late';

export function hqClock(
  adoptedOn: string,
  functionalOn: string | null,
  today: string,
): { state: HqState; from: string; by: string } {
  const from = addDays(adoptedOn, hqEarliestDays);
  const by = addDays(adoptedOn, hqLatestDays);
  if (functionalOn) return { state: functionalOn <= by ? 'met' : 'late', from, by };
  return { state: today > by ? 'overdue' : today >= from ? 'due' : 'running', from, by };
}

export type MeasuresState = 'in_force' | 'renewal_due' | 'expired' | 'lapsed';

export function measuresClock(
  measures: { until: string; lapsedOn: string | null },
  today: string,
): { state: MeasuresState; until: string } {
  const { until, lapsedOn } = measures;
  if (lapsedOn) return { state: 'lapsed', until };
  if (today > until) return { state: 'expired', until };
  return { state: today > addDays(until, -renewalWindowDays) ? 'renewal_due' : 'in_force', until };
}

/**
 * D6: the measures renew six months on from their last day, while they are in force.
 * @throws invalid_state once they have expired or lapsed
 */
export function renewedUntil(measures: { until: string; lapsedOn: string | null }, today: string) {
  const { state } = measuresClock(measures, today);
  if (state === 'lapsed')
    throw new DomainError('invalid_state', 'the start-up measures have lapsed');
  if (state === 'expired')
    throw new DomainError(
      'invalid_state',
      `the start-up measures expired on ${measures.until}: they renew only while in force`,
    );
  return addMonths(measures.until, measuresMonths);
}
