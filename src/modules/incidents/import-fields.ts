/**
 * Reading one cell of an imported row, with the problem named after the column when the value
 * is wrong. Shared by the ACLED and HXL mappings; pure.
 */
import type { ErrorDetail } from '../../core/errors.js';

export type Cells = Record<string, string | undefined>;

export class RowReader {
  readonly problems: ErrorDetail[] = [];
  constructor(private readonly cells: Cells) {}

  text(column: string | undefined, max = 500): string {
    if (!column) return '';
    return (this.cells[column] ?? '').trim().slice(0, max);
  }

  required(column: string): string {
    const value = this.text(column, 10_000);
    if (!value) this.problems.push({ path: column, message: 'is empty' });
    return value;
  }

  /** A whole number ≥ 0; empty reads as 0. */
  count(column: string | undefined): number {
    const raw = this.text(column);
    if (!column || raw === '') return 0;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 100_000) {
      this.problems.push({
        path: column,
        message: `expected a whole number from 0 to 100000, got "${raw}"`,
      });
      return 0;
    }
    return value;
  }

  coordinate(column: string, limit: 90 | 180): number {
    const raw = this.text(column);
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value) || Math.abs(value) > limit) {
      this.problems.push({ path: column, message: `out of range: "${raw}"` });
      return 0;
    }
    return value;
  }

  /** One of `allowed`, or `fallback` when empty. */
  oneOf<T extends string>(column: string | undefined, allowed: readonly T[], fallback: T): T {
    const raw = this.text(column);
    if (!column || raw === '') return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push({ path: column, message: `"${raw}" is not one of ${allowed.join(', ')}` });
    return fallback;
  }

  /** A date (several spellings, see parseEventDate) as an ISO timestamp. */
  date(column: string): string {
    const raw = this.text(column);
    const parsed = parseEventDate(raw);
    if (!parsed) {
      this.problems.push({ path: column, message: `not a real date: "${raw}"` });
      return '1970-01-01T00:00:00.000Z';
    }
    return parsed;
  }
}

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
