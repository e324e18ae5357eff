/**
 * Reading one cell of an imported row, with the problem named after the column when the value
 * is wrong. Shared by the ACLED and HXL mappings; pure.
 */
import type { ErrorDetail } from '../core/errors.js';
import { parseEventDate } from './dates.js';

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
