/**
 * Imports of conflict-event data into incidents (I2). Invariants: all-or-nothing unless the
 * caller asks to keep the good rows; every rejected row is reported with its line, column and
 * reason; re-importing the same file changes nothing, an updated event updates its record (keyed
 * by mission + source + source id). The whole file is read and checked before anything is
 * written; the good rows are then applied in chunks of about half a second each, so other writers get through
 * (db/staged-import.ts: staging keeps all-or-nothing). The import is audited as one act with a
 * digest of the records it wrote, and each record it revised also gets its own entry. I1 follow-ups open as for manual records.
 */
import { DomainError, type ErrorDetail } from '../../core/errors.js';
import { futureDates } from '../../core/happened.js';
import { canonicalJson } from '../../core/hash.js';
import { assertPermission, missionForWrite } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import type { AppContext, RequestContext } from '../../db/context.js';
import {
  chainDigest,
  appliedReport,
  StagedRun,
  type StagedImporter,
} from '../../db/staged-import.js';
import { audit } from '../audit/audit.service.js';
import { ensureFollowUp } from './follow-up.service.js';
import {
  findIncidentRowsBySource,
  insertIncidents,
  recordType,
  toIncident,
  updateIncidentRow,
} from './incident.repository.js';
import { totalKilled } from './incident.rules.js';
import { reject } from '../../tabular/rows-rejected.js';
import { readLimitsOf } from '../../tabular/csv-reader.js';
import type { Incident } from './incident.schema.js';
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

const comparable = (
  i: Pick<
    Incident,
    | 'occurredAt'
    | 'timePrecision'
    | 'location'
    | 'category'
    | 'actors'
    | 'casualties'
    | 'sources'
    | 'narrative'
    | 'origin'
  >,
) =>
  canonicalJson([
    i.occurredAt,
    i.timePrecision,
    i.location,
    i.category,
    i.actors,
    i.casualties,
    i.sources,
    i.narrative,
    i.origin.attributes,
  ]);

interface Batch {
  rows: MappedRow[];
  sourceIds: Set<string>;
}

/** What one import has done so far, saved after every applied chunk (db/staged-import.ts). */
interface IncidentProgress {
  missionId: string;
  source: string;
  total: number;
  rejected: number;
  created: number;
  updated: number;
  unchanged: number;
  /** The chained digest of the records written, in order (chainDigest). */
  digest: string;
}

function newIncident(tx: RequestContext, missionId: string, row: MappedRow): Incident {
  const now = toTimestamp(tx.clock.now());
  const { missionId: _m, compartmentIds: _c, ...fields } = row.input;
  return {
    id: tx.ids.newId(),
    missionId,
    ...fields,
    occurredAt: new Date(fields.occurredAt).toISOString(),
    fatalities: totalKilled(fields.casualties),
    status: 'reported',
    statusReason: '',
    compartmentIds: [],
    origin: row.origin,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

/** Creates what is new, updates what the source revised, leaves the rest; one lookup per batch. */
async function flush(tx: RequestContext, batch: Batch, progress: IncidentProgress) {
  const { missionId } = progress;
  if (batch.rows.length === 0) return;
  const system = batch.rows[0]!.origin.system;
  const existing = await findIncidentRowsBySource(tx.db, {
    missionId,
    system,
    sourceIds: [...batch.sourceIds],
  });
  const created: Incident[] = [];
  const written: string[] = [];
  for (const row of batch.rows) {
    const stored = existing.get(row.origin.sourceId ?? '');
    if (!stored) {
      created.push(newIncident(tx, missionId, row));
      continue;
    }
    const current = toIncident(stored, []);
    const { missionId: _m, compartmentIds: _c, ...fields } = row.input;
    const next: Incident = {
      ...current,
      ...fields,
      occurredAt: new Date(fields.occurredAt).toISOString(),
      origin: row.origin,
      updatedAt: toTimestamp(tx.clock.now()),
      version: current.version + 1,
    };
    next.fatalities = totalKilled(next.casualties);
    if (comparable(next) === comparable(current)) {
      progress.unchanged += 1;
      continue;
    }
    await updateIncidentRow(tx.db, next, current.version);
    await ensureFollowUp(tx, next);
    await audit(tx, {
      action: 'incidents.incident.import-update',
      recordType,
      recordId: current.id,
      missionId,
      change: { source: row.origin },
    });
    progress.updated += 1;
    written.push(current.id);
  }
  await insertIncidents(tx.db, created, { createdBy: tx.actor.userId, dialect: tx.dialect });
  for (const incident of created) {
    await ensureFollowUp(tx, incident);
    written.push(incident.id);
  }
  progress.created += created.length;
  progress.digest = chainDigest(progress.digest, written);
  batch.rows = [];
  batch.sourceIds.clear();
}

/** Applies checked incident rows in chunks of about half a second (F6), and audits the import as one act. */
export const incidentImporter: StagedImporter<MappedRow, IncidentProgress> = {
  kind: 'incidents',
  // A transaction holds SQLite's writer for about half a second: 1,000 rows first, then as many
  // as the last chunk's pace allows (250 to 10,000). A chunk's cost is mostly the pages it dirties
  // in the map's aggregate and the indexes, which a larger chunk shares (issue 22: 100,000 events
  // in 24 s instead of 33 s with 1,000-row chunks, which took a quarter second each by the end).
  chunkSize: 1_000,
  chunkMs: 500,
  async apply(tx, rows, progress) {
    const batch: Batch = { rows: [], sourceIds: new Set() };
    for (const row of rows) {
      // A source id twice in one file: the later row is compared with the earlier, stored one.
      if (batch.sourceIds.has(row.origin.sourceId ?? '')) await flush(tx, batch, progress);
      batch.rows.push(row);
      batch.sourceIds.add(row.origin.sourceId ?? '');
    }
    await flush(tx, batch, progress);
  },
  async finish(tx, progress) {
    // One entry for the import: who, which file, what it did, and a digest of every record it
    // created or updated (their ids in order), so the log can be checked against the records.
    await audit(tx, {
      action: 'incidents.import',
      missionId: progress.missionId,
      change: {
        source: progress.source,
        total: progress.total,
        created: progress.created,
        updated: progress.updated,
        unchanged: progress.unchanged,
        rejected: progress.rejected,
        recordsDigest: progress.digest,
      },
    });
  },
};

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
  const run = await StagedRun.begin<MappedRow>(ctx, incidentImporter.kind);
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
        await run.stage(row.mapped);
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
