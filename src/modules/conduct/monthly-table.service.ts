/**
 * The monthly conduct table (C5, ¶122): the allegations reported in a month by mission (those with
 * fewer than 3 together) and by category, with the month's total; and, for every allegation
 * reported to the end of the last month published, the breakdowns by nationality of uniformed
 * personnel and by category of personnel, and the investigations. Every number is read from the
 * one publication the public page is read from (statistics.publication.ts, issue 16), so no count
 * hidden in any month's table or on the public page can be worked out from all of them together.
 */
import { DomainError } from '../../core/errors.js';
import type { AppContext } from '../../db/context.js';
import {
  monthlyTableId,
  publishedTable,
  type Publication,
  type PublishedValue,
} from './statistics.publication.js';
import {
  currentPublication,
  type InvestigationRow,
  investigationsOf,
  lastPublishedMonth,
} from './statistics.service.js';

export interface TableRow {
  /** A mission's acronym ('*': the missions with fewer than 3, together), a category, … */
  value: string;
  allegations: PublishedValue;
}

export interface MonthlyTable {
  /** YYYY-MM. */
  month: string;
  /** The last month published: the all-time breakdowns and investigations run to its end. */
  asOf: string;
  total: PublishedValue;
  byMission: TableRow[];
  byCategory: TableRow[];
  nationality: TableRow[];
  personnel: TableRow[];
  investigations: InvestigationRow[];
}

const rowsOf = (pub: Publication, table: string): TableRow[] =>
  (pub.get(table) ?? []).map((r) => ({ value: r.values[0]!, allegations: r.shown }));

const oneDimension = (pub: Publication, by: 'nationality' | 'personnel'): TableRow[] =>
  publishedTable(pub, [by]).map((r) => ({ value: r.group[by]!, allegations: r.allegations }));

/**
 * The table of one month, once the month has ended (F3: a case filed today is not counted at once).
 * @throws validation_failed (not a month, or one that has not ended)
 */
export async function monthlyTable(ctx: AppContext, month: string): Promise<MonthlyTable> {
  const last = lastPublishedMonth(ctx.clock.now());
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || month > last)
    throw new DomainError(
      'validation_failed',
      `month: a month that has ended, YYYY-MM (the latest is ${last})`,
      [{ path: 'month', message: `a month that has ended, up to ${last}` }],
    );
  const { publication, asOf, facts } = await currentPublication(ctx);
  const total = publication.get(monthlyTableId(month, 'total'))?.[0]?.shown ?? 0;
  return {
    month,
    asOf,
    total,
    byMission: rowsOf(publication, monthlyTableId(month, 'mission')),
    byCategory: rowsOf(publication, monthlyTableId(month, 'category')),
    nationality: oneDimension(publication, 'nationality'),
    personnel: oneDimension(publication, 'personnel'),
    // The same facts the publication was read from: one read of the cases.
    investigations: investigationsOf(facts),
  };
}
