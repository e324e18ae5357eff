/** Dates as imported files write them; pure. */
/** English month names, lower case (ACLED's dates, the UN table's periods). */
export const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function utcDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  if (year < 1900 || year > 2100) return null;
  return date.toISOString();
}

/**
 * Dates as conflict-event files write them: 2022-06-30, 2022-06-30T14:05:00Z (with an offset or
 * not; no offset reads as UTC), 30-06-2022, 30/06/2022 (day first, as ACLED's codebook says) and
 * "30 June 2022" (ACLED's export). Returns null for anything else or for a day that does not exist.
 */
export function parseEventDate(raw: string): string | null {
  const value = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return utcDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m =
    /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      value,
    );
  if (m) {
    if (!utcDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
    if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return null;
    const zone = m[7] ? (m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : 'Z';
    const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(value);
  if (m) return utcDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(value);
  if (m) {
    const month = monthNames.indexOf(m[2]!.toLowerCase()) + 1;
    return month > 0 ? utcDate(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}
