/**
 * Imports of conflict-event data into incidents (I2). Invariants: all-or-nothing unless the
 * caller asks to keep the good rows; every rejected row is reported with its line, column and
 * reason; re-importing the same file changes nothing, an updated event updates its record (keyed
 * by mission + source + source id); each created or updated record is audited like a manual one.
 */
import { DomainError, type ErrorDetail } from '../../core/errors.js';
import { canonicalJson } from '../../core/hash.js';
import { assertPermission, missionForWrite } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { ensureFollowUp } from './follow-up.service.js';
import {
  findIncidentIdBySource,
  findIncidentRow,
  recordType,
  toIncident,
  updateIncidentRow,
} from './incident.repository.js';
import { totalKilled } from './incident.rules.js';
import type { Incident } from './incident.schema.js';
import { recordIncident } from './incident.service.js';
import type { MappedRow } from './ucdp.mapping.js';

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
  rejected: RejectedRow[];
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
      `${report.rejected.length} of ${report.total} rows rejected; nothing was imported (use "keep good rows" to import the rest)`,
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

async function upsert(
  tx: RequestContext,
  missionId: string,
  row: MappedRow,
): Promise<'created' | 'updated' | 'unchanged'> {
  const sourceId = row.origin.sourceId ?? '';
  const existingId = await findIncidentIdBySource(tx.db, {
    missionId,
    system: row.origin.system,
    sourceId,
  });
  if (!existingId) {
    await recordIncident(tx, { ...row.input, missionId, compartmentIds: [] }, row.origin);
    return 'created';
  }
  const current = toIncident((await findIncidentRow(tx.db, existingId))!, []);
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
  if (comparable(next) === comparable(current)) return 'unchanged';
  await updateIncidentRow(tx.db, next, current.version);
  await ensureFollowUp(tx, next);
  await audit(tx, {
    action: 'incidents.incident.import-update',
    recordType,
    recordId: existingId,
    missionId,
    change: { source: row.origin },
  });
  return 'updated';
}

/** @throws forbidden, ImportRejected (validation_failed) when rows are rejected and keepGoodRows is false */
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
  return inTransaction(ctx, async (tx) => {
    const report: ImportReport = {
      source: args.source,
      missionId,
      total: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: [],
      committed: false,
    };
    for await (const row of args.rows) {
      report.total += 1;
      if (Array.isArray(row.mapped)) {
        for (const problem of row.mapped)
          report.rejected.push({ line: row.line, column: problem.path, reason: problem.message });
      } else if (report.rejected.length === 0 || args.keepGoodRows) {
        report[await upsert(tx, missionId, row.mapped)] += 1;
      }
      args.onRow?.(report.total);
    }
    if (report.rejected.length > 0 && !args.keepGoodRows) throw new ImportRejected(report);
    report.committed = true;
    await audit(tx, {
      action: 'incidents.import',
      missionId,
      change: {
        source: args.source,
        total: report.total,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        rejected: report.rejected.length,
      },
    });
    return report;
  });
}
