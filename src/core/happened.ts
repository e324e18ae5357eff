/**
 * Dates of things that happened (issue 16): a deployment, a receipt, a certification, a review.
 * None may be in the future; the rules that start their clocks or their checks from such a date
 * would otherwise be moved by whoever types it. The allowed skew is stated here, once:
 * - a day (YYYY-MM-DD) may be today where the clock reads it furthest ahead: up to the day of
 *   now + 14 hours (UTC+14, the earliest time zone), so a person east of Greenwich is never refused
 *   their own today;
 * - an instant (an ISO date-time) may be up to 15 minutes ahead of the server's clock, for the
 *   drift of a client's clock.
 */
import { DomainError, type ErrorDetail } from './errors.js';

export const daySkewHours = 14;
export const instantSkewMinutes = 15;

/** The latest day a thing that happened may carry, read from the server's clock. */
export function latestDay(now: Date): string {
  return new Date(now.getTime() + daySkewHours * 3_600_000).toISOString().slice(0, 10);
}

/** The latest instant a thing that happened may carry. */
export function latestInstant(now: Date): Date {
  return new Date(now.getTime() + instantSkewMinutes * 60_000);
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** What is wrong with each date given (field → value) that lies in the future; [] when none. */
export function futureDates(
  now: Date,
  fields: Record<string, string | null | undefined>,
): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const [path, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    const future = isDay(value)
      ? value > latestDay(now)
      : Date.parse(value) > latestInstant(now).getTime();
    if (future)
      details.push({
        path,
        message: `${value} is in the future: a date of something that happened is today or before`,
        code: 'in_future',
      });
  }
  return details;
}

/**
 * @throws validation_failed naming each field whose date is in the future
 */
export function assertHappened(now: Date, fields: Record<string, string | null | undefined>): void {
  const details = futureDates(now, fields);
  if (details.length > 0)
    throw new DomainError(
      'validation_failed',
      `${details.map((d) => d.path).join(', ')}: in the future; a date of something that happened is today or before`,
      details,
    );
}
