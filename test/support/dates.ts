/**
 * Dates for tests that drive the real server or CLI, relative to the clock they read: the machine's
 * (the server, the CLI, the browser and the test share it). A test that types a fixed date passes
 * only until the calendar reaches it; these pass on any day (`docs/testing.md`: the moved-clock run
 * in CI proves it). Service tests use the manual clock of `openTestApp` instead.
 */
const day = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Now plus `days` (negative: before now), to the minute, as a datetime-local input keeps it. */
export function daysFromNow(days: number, from: Date = new Date()): Date {
  const at = new Date(from.getTime() + days * day);
  at.setSeconds(0, 0);
  return at;
}

export const hoursFromNow = (hours: number, from: Date = new Date()): Date =>
  daysFromNow(hours / 24, from);

/** yyyy-mm-dd in local time, as `<input type="date">` takes it and as the server stores a date. */
export function dateInput(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** yyyy-mm-ddThh:mm in local time, as `<input type="datetime-local">` takes it. */
export function dateTimeInput(at: Date): string {
  return `${dateInput(at)}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** A date `days` from today, as a date input takes it. */
export const dayInput = (days: number): string => dateInput(daysFromNow(days));
