/**
 * The monthly conduct table (C5, ¶122): allegations reported in a month and in its year to the
 * end of that month, by mission and category, by nationality of uniformed personnel and by
 * category of personnel, with the investigations of everything reported to the month's end. From
 * the same case facts as the public statistics: counts only, under 3 written "<3"; a total is
 * given only where no count of its table is hidden (else the hidden one could be worked out).
 */
import { DomainError } from '../../core/errors.js';
import type { AppContext } from '../../db/context.js';
import { categories } from './case.taxonomy.js';
import {
  caseFacts,
  type CaseFacts,
  countBy,
  type InvestigationRow,
  investigationsOf,
  lastPublishedMonth,
  type Shown,
  shown,
  type StatisticsRow,
} from './statistics.service.js';

/** A count in a grid: '–' for none, else the count or "<3". */
export type Cell = Shown | '–';

export interface MissionGrid {
  rows: { mission: string; counts: Record<(typeof categories)[number], Cell>; total: Cell }[];
  /** Per category and overall; null where a count of the grid is hidden. */
  totals: { counts: Record<(typeof categories)[number], Cell>; total: Cell } | null;
}

export interface MonthlyTable {
  /** YYYY-MM. */
  month: string;
  receivedInMonth: MissionGrid;
  yearToDate: MissionGrid;
  nationalityYearToDate: StatisticsRow[];
  personnelYearToDate: StatisticsRow[];
  investigations: InvestigationRow[];
}

const cell = (n: number): Cell => (n === 0 ? '–' : shown(n));

function missionGrid(facts: readonly CaseFacts[]): MissionGrid {
  const per = new Map<string, Record<string, number>>();
  for (const f of facts) {
    const counts = per.get(f.mission) ?? {};
    counts[f.category] = (counts[f.category] ?? 0) + 1;
    per.set(f.mission, counts);
  }
  const rows = [...per.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([mission, counts]) => ({
      mission,
      counts: Object.fromEntries(categories.map((c) => [c, cell(counts[c] ?? 0)])) as Record<
        (typeof categories)[number],
        Cell
      >,
      total: cell(categories.reduce((sum, c) => sum + (counts[c] ?? 0), 0)),
    }));
  const hidden = rows.some(
    (r) => r.total === '<3' || Object.values(r.counts).some((c) => c === '<3'),
  );
  const byCategory = (c: string) => facts.filter((f) => f.category === c).length;
  return {
    rows,
    totals: hidden
      ? null
      : {
          counts: Object.fromEntries(categories.map((c) => [c, cell(byCategory(c))])) as Record<
            (typeof categories)[number],
            Cell
          >,
          total: cell(facts.length),
        },
  };
}

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
  const facts = await caseFacts(ctx);
  const year = month.slice(0, 4);
  const inMonth = facts.filter((f) => f.month === month);
  const yearToDate = facts.filter((f) => f.year === year && f.month <= month);
  return {
    month,
    receivedInMonth: missionGrid(inMonth),
    yearToDate: missionGrid(yearToDate),
    nationalityYearToDate: countBy(yearToDate, ['nationality']),
    personnelYearToDate: countBy(yearToDate, ['personnel']),
    investigations: investigationsOf(facts.filter((f) => f.month <= month)),
  };
}
