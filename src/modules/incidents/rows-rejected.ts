/**
 * What the row-by-row imports of other modules share (the UN's table of allegations, the monthly
 * contributions, mission strength): a rejected row by line and column, and the refusal of an
 * all-or-nothing import that carries its report.
 */
import { DomainError } from '../../core/errors.js';

export interface LineReport {
  line: number;
  column: string;
  reason: string;
}

/** Adds a row's problems (from the CSV reader or a mapping) to the rejected rows. */
export function rejectLine(
  rejected: LineReport[],
  line: number,
  problems: readonly { column: string; message: string }[],
): void {
  for (const p of problems) rejected.push({ line, column: p.column, reason: p.message });
}

/** All-or-nothing import refused: the report says every rejected row; nothing was written. */
export class RowsRejected<R extends { total: number; rejected: LineReport[] }> extends DomainError {
  readonly report: R;
  constructor(report: R) {
    super(
      'validation_failed',
      `${report.rejected.length} of ${report.total} rows rejected; nothing was imported (use --keep-good-rows to import the rest)`,
      report.rejected
        .slice(0, 100)
        .map((r) => ({ path: `line ${r.line}: ${r.column}`, message: r.reason })),
    );
    this.report = report;
  }
}
