/**
 * Imports of conflict-event data into incidents (I2). Invariants: all-or-nothing unless the
 * caller asks to keep the good rows; every rejected row is reported with its line, column and
 * reason; re-importing the same file changes nothing, an updated event updates its record (keyed
 * by mission + source + source id). The whole file is read and checked before anything is
 * written; the good rows are then applied in chunks of about half a second each, so other writers
 * get through (db/staged-import.ts: staging keeps all-or-nothing; how a chunk is applied:
 * incident-import-apply.service.ts).
 */
import { DomainError, type ErrorDetail } from '../../core/errors.js';
import { futureDates } from '../../core/happened.js';
import { assertPermission, missionForWrite } from '../../core/policy.js';
import type { AppContext, RequestContext } from '../../db/context.js';
import { appliedReport, StagedRun } from '../../db/staged-import.js';
import { reject } from '../../tabular/rows-rejected.js';
import { readLimitsOf } from '../../tabular/csv-reader.js';
import { incidentImporter, stagedRow } from './incident-import-apply.service.js';
import type { StagedIncident } from './incident-import.repository.js';
import { acledRows } from './acled.import.js';
import { hxlRows } from './hxl.import.js';
import type { ImportFormat } from './incident.schema.js';
import { ucdpFormat, ucdpRows } from './ucdp.import.js';
import type { ActorNames, MappedRow } from './ucdp.mapping.js';

export interface RejectedRow {
  line: number;
  column: string;
  reason: string;
}

export interface ImportReport {
  source: string;
  missionId: string;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  /** The first rejected rows (F6: memory stays bounded whatever the file). */
  rejected: RejectedRow[];
  /** How many were rejected in all. */
  rejectedCount: number;
  committed: boolean;
}

/** All-or-nothing import refused: the report says every rejected row; nothing was written. */
export class ImportRejected extends DomainError {
  readonly report: ImportReport;
  constructor(report: ImportReport) {
    const first = report.rejected
      .slice(0, 100)
      .map((r) => ({ path: `line ${r.line}: ${r.column}`, message: r.reason }));
    super(
      'validation_failed',
      `${report.rejectedCount} of ${report.total} rows rejected; nothing was imported (use "keep good rows" to import the rest)`,
      first,
    );
    this.report = report;
  }
}

export interface ImportRow {
  line: number;
  mapped: MappedRow | ErrorDetail[];
}

/**
 * Reads and checks every row first, keeping the good ones staged; writes nothing if a row is
 * rejected (unless keepGoodRows); then applies them in short transactions (db/staged-import.ts).
 * @throws forbidden, ImportRejected (validation_failed) when rows are rejected and keepGoodRows is false
 */
export async function importIncidents(
  ctx: RequestContext,
  args: {
    source: string;
    missionId?: string;
    rows: AsyncIterable<ImportRow>;
    keepGoodRows: boolean;
    onRow?: (done: number) => void;
  },
): Promise<ImportReport> {
  assertPermission(ctx.actor, 'incidents:write');
  const missionId = missionForWrite(ctx.actor, args.missionId);
  const report: ImportReport = {
    source: args.source,
    missionId,
    total: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    rejectedCount: 0,
    committed: false,
  };
  const now = ctx.clock.now();
  const run = await StagedRun.begin<StagedIncident>(ctx, incidentImporter.kind);
  try {
    for await (const row of args.rows) {
      report.total += 1;
      if (Array.isArray(row.mapped)) {
        for (const problem of row.mapped)
          reject(report, { line: row.line, column: problem.path, reason: problem.message });
      } else if (futureDates(now, { occurredAt: row.mapped.input.occurredAt }).length > 0) {
        // Issue 16: an event of the future is not history; its row is rejected like any bad cell.
        reject(report, {
          line: row.line,
          column: 'date',
          reason: `${row.mapped.input.occurredAt.slice(0, 10)} is in the future: an event is dated today or before`,
        });
      } else if (report.rejectedCount === 0 || args.keepGoodRows) {
        await run.stage(stagedRow(ctx, missionId, row.mapped));
      }
      args.onRow?.(report.total);
    }
    if (report.rejectedCount > 0 && !args.keepGoodRows) throw new ImportRejected(report);
  } catch (error) {
    await run.discard();
    throw error;
  }
  const done = await run.apply(incidentImporter, {
    missionId,
    source: args.source,
    total: report.total,
    rejected: report.rejectedCount,
    created: 0,
    updated: 0,
    unchanged: 0,
    digest: '',
  });
  return appliedReport(report, done);
}

export interface FileImport {
  format: ImportFormat;
  file: string;
  missionId?: string | undefined;
  keepGoodRows: boolean;
  /** UCDP only: actor ids → names, for layouts that give the sides by id. */
  actorNames?: ActorNames | undefined;
  onBytes?: ((read: number) => void) | undefined;
  onRow?: ((done: number) => void) | undefined;
}

/**
 * Imports one file in any supported format: the one entry point for the CLI, the web and the demo.
 * @throws forbidden, validation_failed (unreadable file), ImportRejected
 */
export async function importFile(ctx: RequestContext, args: FileImport): Promise<ImportReport> {
  const read = { limits: readLimitsOf(ctx.config), onBytes: args.onBytes };
  const { rows, source } =
    args.format === 'acled'
      ? { rows: acledRows(args.file, read), source: 'acled-csv' }
      : args.format === 'hxl'
        ? { rows: hxlRows(args.file, read), source: 'hxl-csv' }
        : {
            rows: ucdpRows(args.file, { ...read, actorNames: args.actorNames }),
            source: `ucdp-ged-${ucdpFormat(args.file)}`,
          };
  return importIncidents(ctx, {
    source,
    missionId: args.missionId,
    rows,
    keepGoodRows: args.keepGoodRows,
    onRow: args.onRow,
  });
}

/** Whether a mission holds any incident yet (the demo imports its events once). */
export async function missionHasIncidents(app: AppContext, missionId: string): Promise<boolean> {
  const row = await app.db
    .selectFrom('incidents')
    .select('id')
    .where('mission_id', '=', missionId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
