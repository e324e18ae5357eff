/**
 * Imports the UN's public table of allegations into cases (issue 4, item 8). Streamed row by row;
 * idempotent (keyed by mission + the row's key columns, sea-table.mapping.ts): a re-import of the
 * same table changes nothing, a later table updates the cases whose cells changed. Missions named
 * in the file are created as needed when they are known UN missions. All-or-nothing unless asked;
 * every rejected row and every cell that does not parse is reported by line and column. The
 * table carries no identities: imported cases need no compartment of their own and have no victim
 * identities; their evidence clock is "not recorded" (the table has no such date).
 * Issue 15, F6: the whole file is read and checked, its good rows staged, before anything is
 * written; then they are applied 200 per transaction (db/staged-import.ts), and the missions it
 * names are created in the first of them, not while the file is read.
 */
import { assertPermission, missionForWrite } from '../../core/policy.js';
import type { AppContext, RequestContext } from '../../db/context.js';
import { appliedReport, StagedRun } from '../../db/staged-import.js';
import { readCsvRecords, readCsvRows, readHeader, readLimitsOf } from '../../tabular/csv-reader.js';
import {
  keptRejections,
  type LineReport,
  reject,
  RowsRejected,
} from '../../tabular/rows-rejected.js';
import { lookUpKnownMission } from '../missions/mission.service.js';
import { mapSeaRow, seaColumns, type SeaCells } from './sea-table.mapping.js';
import { seaSource, seaTableImporter, type StagedSeaRow } from './sea-table-staging.service.js';

export { seaSource, seaTableImporter } from './sea-table-staging.service.js';

/** A cell or row by line and column, and why. */
export type CellReport = LineReport;

export interface SeaImportReport {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows of other missions, when one mission was asked for. */
  skipped: number;
  rejected: CellReport[];
  /** How many were rejected in all (`rejected` keeps the first ones). */
  rejectedCount: number;
  /** Cells that did not parse; their rows were imported without them. */
  unparsed: CellReport[];
  /** How many cells did not parse in all (`unparsed` keeps the first ones). */
  unparsedCount: number;
  missions: string[];
  committed: boolean;
}

/** All-or-nothing import refused: the report says every rejected row; nothing was written. */
export class SeaImportRejected extends RowsRejected<SeaImportReport> {}

/**
 * @param args.mission an acronym: only that mission's rows (it must exist); null: every mission,
 *   created as needed.
 * @throws forbidden, validation_failed (unreadable file), SeaImportRejected
 */
export async function importSeaTable(
  ctx: RequestContext,
  args: {
    file: string;
    mission: string | null;
    keepGoodRows: boolean;
    onBytes?: (read: number) => void;
    onRow?: (done: number) => void;
  },
): Promise<SeaImportReport> {
  assertPermission(ctx.actor, 'conduct:write');
  const rows = readCsvRows(args.file, {
    limits: readLimitsOf(ctx.config),
    onBytes: args.onBytes,
  })[Symbol.asyncIterator]();
  const header = await readHeader(args.file, rows, seaColumns);
  const records = readCsvRecords({ [Symbol.asyncIterator]: () => rows }, header);
  const report: SeaImportReport = {
    total: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    rejected: [],
    rejectedCount: 0,
    unparsed: [],
    unparsedCount: 0,
    missions: [],
    committed: false,
  };
  const missionIds = new Map<string, string | 'known' | null>();
  const only = args.mission?.toUpperCase() ?? null;
  const occurrences = new Map<string, number>();
  // The whole file is read and checked, its good rows staged, before anything is written.
  const run = await StagedRun.begin<StagedSeaRow>(ctx, seaTableImporter.kind);
  try {
    for await (const record of records) {
      report.total += 1;
      args.onRow?.(report.total);
      if (record.problem) {
        reject(report, {
          line: record.line,
          column: record.problem.column,
          reason: record.problem.message,
        });
        continue;
      }
      const cells = record.values as SeaCells;
      const key = seaColumns
        .slice(0, 7)
        .map((c) => cells[c])
        .join('\u001f');
      const occurrence = occurrences.get(key) ?? 0;
      occurrences.set(key, occurrence + 1);
      const mapped = mapSeaRow(cells, occurrence);
      for (const u of mapped.unparsed) {
        report.unparsedCount += 1;
        if (report.unparsed.length < keptRejections)
          report.unparsed.push({ line: record.line, column: u.path, reason: u.message });
      }
      if (!mapped.mapped) {
        for (const r of mapped.rejected)
          reject(report, { line: record.line, column: r.path, reason: r.message });
        continue;
      }
      if (only && mapped.mapped.mission !== only) {
        report.skipped += 1;
        continue;
      }
      const acronym = mapped.mapped.mission;
      if (!missionIds.has(acronym)) {
        // A stored mission must be one the caller writes to; a known one not stored yet is
        // created when the rows are applied (headquarters only, lookUpKnownMission says).
        const found = await lookUpKnownMission(ctx, acronym);
        missionIds.set(acronym, found);
        if (found && found !== 'known') missionForWrite(ctx.actor, found);
        if (found) report.missions.push(acronym);
      }
      if (!missionIds.get(acronym)) {
        reject(report, {
          line: record.line,
          column: 'Mission',
          reason: `no mission ${acronym}: create it with "peaceops missions create" first`,
        });
        continue;
      }
      if (report.rejectedCount > 0 && !args.keepGoodRows) continue;
      await run.stage({ line: record.line, mission: acronym, row: mapped.mapped });
    }
    if (report.rejectedCount > 0 && !args.keepGoodRows) throw new SeaImportRejected(report);
  } catch (error) {
    await run.discard();
    throw error;
  }
  const done = await run.apply(seaTableImporter, {
    total: report.total,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: report.rejectedCount,
    digest: '',
  });
  return appliedReport(report, done);
}

/** Whether the UN's public table has been imported already (the demo loads it once). */
export async function seaTableLoaded(app: AppContext): Promise<boolean> {
  const row = await app.db
    .selectFrom('conduct_cases')
    .select('id')
    .where('source_system', '=', seaSource)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
