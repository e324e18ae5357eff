/**
 * M4: imports the UN's public fatalities file (DPPADPOSS-FATALITIES.csv) into the consolidated
 * record (issue 19). Streamed; the whole file is read and checked, its good rows staged, before
 * anything is written (F6); then applied 500 per transaction, the known UN missions it names
 * created in the first (headquarters only, as the allegations import does). Idempotent: keyed by
 * the casualty id and nationality (fatalities-file.mapping.ts), a re-import of the same file changes
 * nothing and a later file updates the rows whose cells changed. All-or-nothing unless asked;
 * every rejected row is reported by line and column.
 */
import { fatalitySource } from './fatality.taxonomy.js';
import { canonicalJson } from '../../core/hash.js';
import { dayOf } from '../../core/days.js';
import { assertPermission, missionForWrite } from '../../core/policy.js';
import { toBool, toTimestamp } from '../../db/codecs.js';
import type { AppContext, RequestContext } from '../../db/context.js';
import {
  appliedReport,
  chainDigest,
  StagedRun,
  type StagedImporter,
} from '../../db/staged-import.js';
import { readCsvRecords, readCsvRows, readHeader, readLimitsOf } from '../../tabular/csv-reader.js';
import { reject, RowsRejected, type LineReport } from '../../tabular/rows-rejected.js';
import { audit } from '../audit/audit.service.js';
import { ensureKnownMissions, lookUpKnownMission } from '../missions/mission.service.js';
import {
  fatalityColumns,
  mapFatalityRow,
  type FatalityCells,
  type MappedFatality,
} from './fatalities-file.mapping.js';
import {
  countFatalities,
  findFatalitiesBySource,
  insertFatality,
  updateFatality,
  type FatalityRow,
} from './fatality.repository.js';

export const fatalityRecordType = 'medical_fatality';

export interface FatalityImportReport {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: LineReport[];
  rejectedCount: number;
  /** The missions the file names, stored or created. */
  missions: string[];
  committed: boolean;
}

/** All-or-nothing import refused: the report says every rejected row; nothing was written. */
export class FatalityImportRejected extends RowsRejected<FatalityImportReport> {}

interface StagedFatality {
  line: number;
  row: MappedFatality;
}

interface Progress {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  digest: string;
}

const cellsOf = (r: FatalityRow) =>
  canonicalJson({
    incidentOn: r.incident_on,
    gender: r.gender,
    nationality: r.nationality,
    nationalityIso3: r.nationality_iso3,
    personnelType: r.personnel_type,
    incidentType: r.incident_type,
    missionId: r.mission_id,
  });

/** Applies checked rows 500 per transaction (F6), creating the known missions they name. */
export const fatalityImporter: StagedImporter<StagedFatality, Progress> = {
  kind: 'medical.fatalities',
  chunkSize: 500,
  async apply(tx, rows, progress) {
    const missionIds = await ensureKnownMissions(
      tx,
      rows.map((r) => r.row.mission),
    );
    const stored = await findFatalitiesBySource(
      tx.db,
      fatalitySource,
      rows.map((r) => r.row.sourceId),
    );
    const written: string[] = [];
    const now = toTimestamp(tx.clock.now());
    for (const { row } of rows) {
      const fields = {
        mission_id: missionIds.get(row.mission)!,
        incident_on: row.incidentOn,
        gender: row.gender,
        nationality: row.nationality,
        nationality_iso3: row.nationalityIso3,
        personnel_type: row.personnelType,
        incident_type: row.incidentType,
      };
      const existing = stored.get(row.sourceId);
      if (!existing) {
        const id = tx.ids.newId();
        await insertFatality(tx.db, {
          id,
          ...fields,
          incident_id: null,
          source_system: fatalitySource,
          source_id: row.sourceId,
          illustrative: toBool(false),
          created_at: now,
          updated_at: now,
          version: 1,
        });
        written.push(id);
        progress.created += 1;
        continue;
      }
      const next = { ...existing, ...fields };
      if (cellsOf(next) === cellsOf(existing)) {
        progress.unchanged += 1;
        continue;
      }
      await updateFatality(tx.db, {
        id: existing.id,
        change: { ...fields, updated_at: now },
        expectedVersion: existing.version,
      });
      written.push(existing.id);
      progress.updated += 1;
    }
    progress.digest = chainDigest(progress.digest, written);
  },
  async finish(tx, progress) {
    await audit(tx, {
      action: 'medical.import',
      change: {
        source: fatalitySource,
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
 * @throws forbidden (medical:write; a mission not stored yet is created by headquarters only),
 *   validation_failed (unreadable file, missing columns), FatalityImportRejected
 */
export async function importFatalities(
  ctx: RequestContext,
  args: {
    file: string;
    keepGoodRows: boolean;
    onBytes?: (read: number) => void;
    onRow?: (done: number) => void;
  },
): Promise<FatalityImportReport> {
  assertPermission(ctx.actor, 'medical:write');
  const rows = readCsvRows(args.file, {
    limits: readLimitsOf(ctx.config),
    onBytes: args.onBytes,
  })[Symbol.asyncIterator]();
  const header = await readHeader(args.file, rows, fatalityColumns);
  const records = readCsvRecords({ [Symbol.asyncIterator]: () => rows }, header);
  const report: FatalityImportReport = {
    total: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    rejectedCount: 0,
    missions: [],
    committed: false,
  };
  const today = dayOf(ctx.clock.now());
  const missions = new Map<string, string | 'known' | null>();
  const seen = new Set<string>();
  const run = await StagedRun.begin<StagedFatality>(ctx, fatalityImporter.kind);
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
      const { mapped, rejected } = mapFatalityRow(record.values as FatalityCells, today);
      if (!mapped) {
        for (const r of rejected)
          reject(report, { line: record.line, column: r.path, reason: r.message });
        continue;
      }
      if (seen.has(mapped.sourceId)) {
        reject(report, {
          line: record.line,
          column: 'casualty_id',
          reason: `${mapped.sourceId.replace('|', ' (')}) is listed twice`,
        });
        continue;
      }
      seen.add(mapped.sourceId);
      if (!missions.has(mapped.mission)) {
        // A stored mission must be one the caller writes to; a known one not stored yet is
        // created when the rows are applied (headquarters only, lookUpKnownMission says).
        const found = await lookUpKnownMission(ctx, mapped.mission);
        missions.set(mapped.mission, found);
        if (found && found !== 'known') missionForWrite(ctx.actor, found);
        if (found) report.missions.push(mapped.mission);
      }
      if (!missions.get(mapped.mission)) {
        reject(report, {
          line: record.line,
          column: 'mission_acronym',
          reason: `no mission ${mapped.mission}: create it with "peaceops missions create" first`,
        });
        continue;
      }
      if (report.rejectedCount > 0 && !args.keepGoodRows) continue;
      await run.stage({ line: record.line, row: mapped });
    }
    if (report.rejectedCount > 0 && !args.keepGoodRows) throw new FatalityImportRejected(report);
  } catch (error) {
    await run.discard();
    throw error;
  }
  const done = await run.apply(fatalityImporter, {
    total: report.total,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: report.rejectedCount,
    digest: '',
  });
  return appliedReport(report, done);
}

/** Whether the UN's fatalities file has been imported already. */
export async function fatalitiesLoaded(app: AppContext): Promise<boolean> {
  return (await countFatalities(app.db, fatalitySource)) > 0;
}
