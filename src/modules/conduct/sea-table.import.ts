/**
 * Imports the UN's public table of allegations into cases (issue 4, item 8). Streamed row by row;
 * idempotent (keyed by mission + the row's key columns, sea-table.mapping.ts): a re-import of the
 * same table changes nothing, a later table updates the cases whose cells changed. Missions named
 * in the file are created as needed when they are known UN missions. All-or-nothing unless asked;
 * every rejected row and every cell that does not parse is reported by line and column. The
 * table carries no identities: imported cases need no compartment of their own and have no victim
 * identities; their evidence clock is "not recorded" (the table has no such date).
 */
import { createHash, type Hash } from 'node:crypto';
import { canonicalJson } from '../../core/hash.js';
import { assertPermission, missionForWrite } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { readCsvRecords, readCsvRows, readHeader, readLimitsOf } from '../incidents/csv-reader.js';
import {
  keptRejections,
  type LineReport,
  reject,
  RowsRejected,
} from '../incidents/rows-rejected.js';
import { ensureKnownMissions } from '../missions/mission.service.js';
import { dueDates } from './case.rules.js';
import {
  deleteVictims,
  findCaseRowsBySource,
  insertCase,
  insertVictims,
  recordType,
  toCaseFields,
  updateCaseRow,
  type CaseFields,
} from './case.repository.js';
import { replaceSubjects } from './subject.repository.js';
import { victimRows } from './case.service.js';
import { clockSettingsOf } from './clock-settings.service.js';
import { mapSeaRow, seaColumns, type SeaCase, type SeaCells } from './sea-table.mapping.js';

export const seaSource = 'un-sea-table';

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

interface Pending {
  line: number;
  missionId: string;
  row: SeaCase;
}

function fieldsOf(
  ctx: RequestContext,
  p: Pending,
  due: { evidenceDueAt: Date; investigationDueAt: Date },
): Omit<CaseFields, 'id' | 'createdAt' | 'version'> {
  const { row } = p;
  const received = new Date(row.receivedAt);
  const concluded =
    row.finding !== 'pending' && row.investigationDays !== null
      ? new Date(received.getTime() + row.investigationDays * 86_400_000).toISOString()
      : null;
  return {
    missionId: p.missionId,
    reference: row.reference,
    receivedAt: row.receivedAt,
    receivedPrecision: 'month',
    channel: 'not_recorded',
    category: row.category,
    allegations: row.allegations as CaseFields['allegations'],
    incidentPeriod: row.incidentPeriod,
    status: row.status,
    statusReason: '',
    investigatingEntity: row.investigatingEntity,
    finding: row.finding,
    findings: row.findings,
    investigationDays: row.investigationDays,
    paternityClaim: row.paternityClaim,
    paternityEstablished: row.paternityEstablished,
    nioAppointed: row.nioAppointed,
    interimActions: row.interimActions,
    finalActions: row.finalActions,
    criminalReferral: row.criminalReferral,
    evidenceDueAt: due.evidenceDueAt.toISOString(),
    investigationDueAt: due.investigationDueAt.toISOString(),
    evidenceGatheredAt: null,
    investigationConcludedAt: concluded,
    origin: { system: seaSource, sourceId: row.sourceId, attributes: row.attributes },
    updatedAt: toTimestamp(ctx.clock.now()),
  };
}

async function writeParts(tx: RequestContext, c: CaseFields, row: SeaCase): Promise<void> {
  await replaceSubjects(
    tx.db,
    c,
    row.subjects.map((s) => ({ ...s, id: tx.ids.newId(), identity: null })),
  );
  await deleteVictims(tx.db, c.id);
  await insertVictims(
    tx.db,
    victimRows(
      tx,
      c,
      row.victims.map((v) => ({ ...v, sex: 'unknown', identity: null })),
    ),
    0,
  );
}

/** Creates what is new, updates what changed, leaves the rest: one lookup per mission and batch. */
async function flush(
  tx: RequestContext,
  batch: Pending[],
  { report, digest }: { report: SeaImportReport; digest: Hash },
) {
  const byMission = new Map<string, Pending[]>();
  for (const p of batch) byMission.set(p.missionId, [...(byMission.get(p.missionId) ?? []), p]);
  for (const [missionId, rows] of byMission) {
    const stored = await findCaseRowsBySource(tx.db, {
      missionId,
      system: seaSource,
      sourceIds: rows.map((r) => r.row.sourceId),
    });
    const settings = await clockSettingsOf(tx, missionId);
    for (const p of rows) {
      const due = dueDates(new Date(p.row.receivedAt), settings);
      const existing = stored.get(p.row.sourceId);
      if (!existing) {
        const now = toTimestamp(tx.clock.now());
        const c: CaseFields = {
          ...fieldsOf(tx, p, due),
          id: tx.ids.newId(),
          createdAt: now,
          version: 1,
        };
        await insertCase(tx.db, c, tx.actor.userId);
        await writeParts(tx, c, p.row);
        digest.update(`${c.id}\n`);
        report.created += 1;
        continue;
      }
      const current = toCaseFields(existing);
      // Canonical JSON: PostgreSQL's jsonb does not keep the keys' order.
      if (canonicalJson(current.origin.attributes) === canonicalJson(p.row.attributes)) {
        report.unchanged += 1;
        continue;
      }
      const next: CaseFields = {
        ...current,
        ...fieldsOf(tx, p, due),
        id: current.id,
        createdAt: current.createdAt,
        version: current.version + 1,
      };
      await updateCaseRow(tx.db, next, current.version);
      await writeParts(tx, next, p.row);
      await audit(tx, {
        action: 'conduct.case.import-update',
        recordType,
        recordId: current.id,
        missionId,
        change: { source: next.origin },
      });
      digest.update(`${current.id}\n`);
      report.updated += 1;
    }
  }
  batch.length = 0;
}

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
  return inTransaction(ctx, async (tx) => {
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
    const missionIds = new Map<string, string | null>();
    const only = args.mission?.toUpperCase() ?? null;
    const occurrences = new Map<string, number>();
    const batch: Pending[] = [];
    const digest = createHash('sha256');
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
        const existing = (await ensureKnownMissions(tx, [acronym])).get(acronym) ?? null;
        missionIds.set(acronym, existing);
        if (existing) {
          missionForWrite(tx.actor, existing);
          report.missions.push(acronym);
        }
      }
      const missionId = missionIds.get(acronym);
      if (!missionId) {
        reject(report, {
          line: record.line,
          column: 'Mission',
          reason: `no mission ${acronym}: create it with "peaceops missions create" first`,
        });
        continue;
      }
      if (report.rejectedCount > 0 && !args.keepGoodRows) continue;
      batch.push({ line: record.line, missionId, row: mapped.mapped });
      if (batch.length >= 200) await flush(tx, batch, { report, digest });
    }
    if (report.rejectedCount > 0 && !args.keepGoodRows) throw new SeaImportRejected(report);
    await flush(tx, batch, { report, digest });
    report.committed = true;
    await audit(tx, {
      action: 'conduct.import',
      change: {
        source: seaSource,
        total: report.total,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        rejected: report.rejectedCount,
        recordsDigest: digest.digest('hex'),
      },
    });
    return report;
  });
}
