/**
 * What the row-by-row imports of other modules share (the UN's table of allegations, the monthly
 * contributions, mission strength): a rejected row by line and column, and the refusal of an
 * all-or-nothing import that carries its report.
 */
import { DomainError } from '../core/errors.js';

export interface LineReport {
  line: number;
  column: string;
  reason: string;
}

/**
 * F6: an import keeps the first `keptRejections` problems with their line, column and reason, and
 * counts the rest, so that memory stays bounded whatever the file (a few kilobytes of gzip can
 * hold millions of bad rows).
 */
export const keptRejections = 1000;

/** What every import's report carries of its rejections. */
export interface Rejections<T extends LineReport = LineReport> {
  /** The first `keptRejections`. */
  rejected: T[];
  /** All of them. */
  rejectedCount: number;
}

/** Counts one rejection, keeping it while fewer than `keptRejections` are kept. */
export function reject<T extends LineReport>(report: Rejections<T>, row: T): void {
  report.rejectedCount += 1;
  if (report.rejected.length < keptRejections) report.rejected.push(row);
}

/** Adds a row's problems (from the CSV reader or a mapping) to the rejected rows. */
export function rejectLine(
  report: Rejections,
  line: number,
  problems: readonly { column: string; message: string }[],
): void {
  for (const p of problems) reject(report, { line, column: p.column, reason: p.message });
}

/** Said after the listed rejections when some were counted but not kept. */
export const notListed = (r: Rejections): string =>
  r.rejectedCount > r.rejected.length
    ? `the first ${r.rejected.length} are listed; ${r.rejectedCount - r.rejected.length} more were counted`
    : '';

/** All-or-nothing import refused: the report says the rejected rows; nothing was written. */
export class RowsRejected<R extends { total: number } & Rejections> extends DomainError {
  readonly report: R;
  constructor(report: R) {
    super(
      'validation_failed',
      `${report.rejectedCount} of ${report.total} rows rejected; nothing was imported (use --keep-good-rows to import the rest)`,
      report.rejected
        .slice(0, 100)
        .map((r) => ({ path: `line ${r.line}: ${r.column}`, message: r.reason })),
    );
    this.report = report;
  }
}
