/**
 * Imports the monthly uniformed contributions, contributor × mission × month with men and women
 * per category (issue 5, item 10; IPI's gender layout, plain or gzipped). Streamed; idempotent,
 * keyed by contributor, mission and month: a re-import changes nothing, a corrected file updates
 * the months whose figures changed. Known UN missions are created as needed; a row naming any
 * other mission is rejected. The source's subtotal rows ("all") are not stored but checked: each
 * one that differs from the sum of its rows is reported. All-or-nothing unless asked: the whole
 * file is checked before anything is written, then applied 500 rows per transaction so other
 * writers get through (db/staged-import.ts).
 */
import { assertPermission } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import type { AppContext, RequestContext } from '../../db/context.js';
import { appliedReport, StagedRun, type StagedImporter } from '../../db/staged-import.js';
import { audit } from '../audit/audit.service.js';
import { readCsvRecords, readCsvRows, readHeader, readLimitsOf } from '../../tabular/csv-reader.js';
import {
  keptRejections,
  type LineReport,
  reject,
  rejectLine,
  RowsRejected,
} from '../../tabular/rows-rejected.js';
import { ensureKnownMissions, lookUpKnownMission } from '../missions/mission.service.js';
import {
  contributionRowsFor,
  insertContributionRows,
  updateContributionRow,
  upsertContributors,
} from './contribution.repository.js';
import {
  contributionColumns,
  mapContributionRow,
  type ContributionRow,
  type Figures,
} from './contribution.mapping.js';
import { RepeatedRows } from '../../tabular/repeated-rows.js';

export const contributionSource = 'ipi-gender';

export type { LineReport };

export interface ContributionImportReport {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Subtotal rows of the source, checked and not stored. */
  subtotals: number;
  rejected: LineReport[];
  /** How many were rejected in all (`rejected` keeps the first ones). */
  rejectedCount: number;
  /** Subtotals that differ from the sum of their rows. */
  inconsistent: LineReport[];
  /** Cells that lost a stray apostrophe. */
  cleaned: number;
  /** Rows repeating an earlier row of the file (same contributor, mission, month and figures): skipped. */
  duplicates: number;
  contributors: number;
  missions: string[];
  committed: boolean;
}

/** ContributionImport import refused, with its report (all or nothing). */
export class ContributionImportRejected extends RowsRejected<ContributionImportReport> {}

/** What one import has done so far, saved after every applied chunk (db/staged-import.ts). */
interface ContributionProgress {
  file: string;
  rejected: number;
  created: number;
  updated: number;
  unchanged: number;
}

const sameFigures = (a: Figures, b: Record<string, unknown>) =>
  Object.entries(a).every(([k, v]) => (b[k] === null ? null : Number(b[k])) === v);

/**
 * Applies checked rows 2,000 per transaction (F6): creates the known missions they name on first
 * sight, then what is new, updates what changed, leaves the rest.
 */
export const contributionImporter: StagedImporter<ContributionRow, ContributionProgress> = {
  kind: 'capabilities.contributions',
  // Light rows: 2,000 per transaction holds the lock about a tenth of a second.
  chunkSize: 2_000,
  async apply(tx, rows, progress) {
    const missionIds = await ensureKnownMissions(
      tx,
      rows.map((r) => r.mission),
    );
    const now = toTimestamp(tx.clock.now());
    const contributors = new Map(rows.map((row) => [row.contributor.iso3, row.contributor]));
    await upsertContributors(tx.db, [...contributors.values()], now);
    const stored = await contributionRowsFor(tx.db, {
      contributors: [...contributors.keys()],
      months: [...new Set(rows.map((row) => row.month))],
    });
    const fresh = [];
    for (const row of rows) {
      const missionId = missionIds.get(row.mission)!;
      const existing = stored.get(`${row.contributor.iso3}|${missionId}|${row.month}`);
      if (!existing) {
        fresh.push({
          id: tx.ids.newId(),
          contributor: row.contributor.iso3,
          mission_id: missionId,
          month: row.month,
          ...row.figures,
          source: contributionSource,
          updated_at: now,
        });
        progress.created += 1;
      } else if (sameFigures(row.figures, existing)) progress.unchanged += 1;
      else {
        await updateContributionRow(tx.db, existing.id, { ...row.figures, updated_at: now });
        progress.updated += 1;
      }
    }
    await insertContributionRows(tx.db, fresh);
  },
  async finish(tx, progress) {
    await audit(tx, {
      action: 'capabilities.contributions.import',
      change: {
        file: progress.file,
        created: progress.created,
        updated: progress.updated,
        rejected: progress.rejected,
      },
    });
  },
};

/** Compares each subtotal row with the sum of the rows it covers. */
function checkSubtotals(
  report: ContributionImportReport,
  sums: Map<string, number>,
  subtotals: Map<string, { line: number; total: number | null }>,
): void {
  for (const [key, s] of subtotals) {
    const sum = sums.get(key) ?? 0;
    if (s.total !== null && s.total !== sum && report.inconsistent.length < keptRejections)
      report.inconsistent.push({
        line: s.line,
        column: 'Total_Total',
        reason: `the subtotal is ${s.total}; the rows it covers add up to ${sum}`,
      });
  }
}

/** @throws forbidden, validation_failed (unreadable file), ContributionImportRejected */
export async function importContributions(
  ctx: RequestContext,
  args: { file: string; keepGoodRows: boolean; onBytes?: (read: number) => void },
): Promise<ContributionImportReport> {
  assertPermission(ctx.actor, 'capabilities:write');
  const rows = readCsvRows(args.file, {
    limits: readLimitsOf(ctx.config),
    onBytes: args.onBytes,
  })[Symbol.asyncIterator]();
  const header = await readHeader(args.file, rows, contributionColumns);
  const records = readCsvRecords({ [Symbol.asyncIterator]: () => rows }, header);
  const report: ContributionImportReport = {
    total: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    subtotals: 0,
    rejected: [],
    rejectedCount: 0,
    inconsistent: [],
    cleaned: 0,
    duplicates: 0,
    contributors: 0,
    missions: [],
    committed: false,
  };
  const missions = new Map<string, string | 'known' | null>();
  const contributors = new Set<string>();
  const sums = new Map<string, number>();
  const subtotals = new Map<string, { line: number; total: number | null }>();
  const repeats = new RepeatedRows('same contributor, mission and month');
  // The whole file is read and checked, its good rows staged, before anything is written.
  const run = await StagedRun.begin<ContributionRow>(ctx, contributionImporter.kind);
  try {
    for await (const record of records) {
      report.total += 1;
      if (record.problem) {
        rejectLine(report, record.line, [record.problem]);
        continue;
      }
      const mapped = mapContributionRow(record.values);
      report.cleaned += mapped.cleaned;
      if (!mapped.row) {
        rejectLine(report, record.line, mapped.rejected);
        continue;
      }
      const row = mapped.row;
      if (row.subtotal) {
        report.subtotals += 1;
        subtotals.set(`${row.contributor.iso3}|${row.month}`, {
          line: record.line,
          total: row.figures.all_total,
        });
        continue;
      }
      // The scraped source repeats some months' rows (2014-03 to 2014-08): the same figures once
      // more are skipped and counted; other figures for the same key are a conflict.
      const repeat = repeats.check(`${row.contributor.iso3}|${row.mission}|${row.month}`, {
        line: record.line,
        figures: row.figures,
      });
      if (repeat === 'repeat') report.duplicates += 1;
      else if (repeat) reject(report, { line: record.line, column: '(row)', reason: repeat });
      if (repeat) continue;
      for (const key of [`${row.contributor.iso3}|${row.month}`, `all|${row.month}`])
        sums.set(key, (sums.get(key) ?? 0) + (row.figures.all_total ?? 0));
      if (!missions.has(row.mission))
        missions.set(row.mission, await lookUpKnownMission(ctx, row.mission));
      if (missions.get(row.mission) === null) {
        reject(report, {
          line: record.line,
          column: 'Mission',
          reason: `"${row.mission}" is not a known UN mission; create it first (peaceops missions create)`,
        });
        continue;
      }
      contributors.add(row.contributor.iso3);
      if (report.rejectedCount === 0 || args.keepGoodRows) await run.stage(row);
    }
    checkSubtotals(report, sums, subtotals);
    report.contributors = contributors.size;
    report.missions = [...missions]
      .filter(([, id]) => id !== null)
      .map(([acronym]) => acronym)
      .sort();
    if (report.rejectedCount > 0 && !args.keepGoodRows)
      throw new ContributionImportRejected(report);
  } catch (error) {
    await run.discard();
    throw error;
  }
  const done = await run.apply(contributionImporter, {
    file: args.file.split('/').pop() ?? '',
    rejected: report.rejectedCount,
    created: 0,
    updated: 0,
    unchanged: 0,
  });
  return appliedReport(report, done);
}

/** Whether any month of contributions has been imported (the demo loads them once). */
export async function contributionsLoaded(app: AppContext): Promise<boolean> {
  const row = await app.db
    .selectFrom('contribution_months')
    .select('id')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
