/**
 * Imports missions' authorised and deployed uniformed strength per month (issue 5, item 10; the
 * mission-month table of `mission-strength/`). The table is small: read whole, then written.
 * Idempotent, keyed by mission and month. Missions already stored or known UN missions are used;
 * with `createMissions` any other mission is created from what the table says of it — its acronym,
 * its host country (the table's own words, read by `hostCountriesOf`), and as its mandate the
 * first and last months it reports (said so in its name, to be corrected) — and rows whose mission
 * can be neither found nor created are rejected, as is everything when one row is, unless asked.
 * Issue 15, F6: the file is read and checked whole, its good rows staged, before anything is
 * written; they are applied 2,000 per transaction (db/staged-import.ts), the missions created in
 * the transaction that first needs them, not while the file is read.
 */
import { DomainError } from '../../core/errors.js';
import { assertPermission } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import type { RequestContext } from '../../db/context.js';
import { appliedReport, StagedRun, type StagedImporter } from '../../db/staged-import.js';
import { audit } from '../audit/audit.service.js';
import {
  readCsvRecords,
  readCsvRows,
  readHeader,
  readLimitsOf,
  type ReadLimits,
} from '../../tabular/csv-reader.js';
import { type LineReport, reject, rejectLine, RowsRejected } from '../../tabular/rows-rejected.js';
import { countryByIso3, countryCentre } from '../missions/countries.taxonomy.js';
import {
  createMission,
  ensureKnownMissions,
  lookUpKnownMission,
} from '../missions/mission.service.js';
import {
  hostCountriesOf,
  mapStrengthRow,
  strengthColumns,
  type StrengthRow,
} from './mission-strength.mapping.js';
import {
  insertStrengthRows,
  strengthRowsOf,
  updateStrengthRow,
} from './mission-strength.repository.js';
import { RepeatedRows } from '../../tabular/repeated-rows.js';

export const strengthSource = 'mission-strength-table';

export interface StrengthImportReport {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  /** Fractional figures (interpolated authorisations) rounded to whole people. */
  rounded: number;
  rejected: LineReport[];
  /** How many were rejected in all (`rejected` keeps the first ones). */
  rejectedCount: number;
  missions: string[];
  /** Missions created from the table (createMissions). */
  createdMissions: string[];
  committed: boolean;
}

/** StrengthImport import refused, with its report (all or nothing). */
export class StrengthImportRejected extends RowsRejected<StrengthImportReport> {}

interface Read {
  line: number;
  row: StrengthRow;
}

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
};

/** A mission the table names and we do not know, as the table describes it. */
interface MissionSpec {
  acronym: string;
  hostCountries: string[];
  firstMonth: string;
  lastMonth: string;
}

/** What the table says of a mission; null when it names no host country we know. */
function missionFromTable(acronym: string, rows: Read[]): MissionSpec | null {
  const countries = hostCountriesOf(rows[0]!.row.country).filter((c) => countryByIso3(c));
  if (countries.length === 0) return null;
  const months = rows.map((r) => r.row.month).sort();
  return {
    acronym,
    hostCountries: countries,
    firstMonth: months[0]!,
    lastMonth: months[months.length - 1]!,
  };
}

/** A checked row, staged with how to create its mission if it is not stored when applied. */
interface StagedStrengthRow {
  row: StrengthRow;
  create: MissionSpec | null;
}

interface StrengthProgress {
  created: number;
  updated: number;
  unchanged: number;
  createdMissions: string[];
}

/** The missions of these rows: stored, known UN missions created, or created from the table. */
async function missionsOf(
  tx: RequestContext,
  rows: StagedStrengthRow[],
  progress: StrengthProgress,
) {
  // Stored (created by an earlier chunk too) or a known UN mission; the rest from the table.
  const ids = await ensureKnownMissions(
    tx,
    rows.map((r) => r.row.mission),
  );
  for (const { create } of rows) {
    if (!create || ids.has(create.acronym)) continue;
    const created = await createMission(tx, {
      acronym: create.acronym,
      name: `${create.acronym} (from the mission-strength table; mandate dates are its first and last months reported)`,
      hostCountries: create.hostCountries,
      mandateStart: `${create.firstMonth}-01`,
      mandateEnd: lastDay(create.lastMonth),
      headquarters: countryCentre(countryByIso3(create.hostCountries[0]!)!),
    });
    ids.set(create.acronym, created.id);
    progress.createdMissions.push(create.acronym);
  }
  return ids;
}

/** Applies checked rows 2,000 per transaction (F6): new months created, changed ones updated. */
export const strengthImporter: StagedImporter<StagedStrengthRow, StrengthProgress> = {
  kind: 'capabilities.mission-strength',
  chunkSize: 2_000,
  async apply(tx, rows, progress) {
    const ids = await missionsOf(tx, rows, progress);
    const stored = await strengthRowsOf(tx.db, [...new Set(ids.values())]);
    const now = toTimestamp(tx.clock.now());
    const fresh = [];
    for (const { row } of rows) {
      const missionId = ids.get(row.mission)!;
      const figures = {
        authorised_troops: row.authorised.troops,
        authorised_police: row.authorised.police,
        authorised_observers: row.authorised.observers,
        troops: row.deployed.troops,
        police: row.deployed.police,
        observers: row.deployed.observers,
      };
      const existing = stored.get(`${missionId}|${row.month}`);
      if (!existing) {
        fresh.push({
          id: tx.ids.newId(),
          mission_id: missionId,
          month: row.month,
          ...figures,
          source: strengthSource,
          updated_at: now,
        });
        progress.created += 1;
      } else if (
        Object.entries(figures).every(([k, v]) => existing[k as keyof typeof figures] === v)
      )
        progress.unchanged += 1;
      else {
        await updateStrengthRow(tx.db, existing.id, { ...figures, updated_at: now });
        progress.updated += 1;
      }
    }
    await insertStrengthRows(tx.db, fresh);
  },
  async finish(tx, progress) {
    await audit(tx, {
      action: 'capabilities.mission-strength.import',
      change: {
        created: progress.created,
        updated: progress.updated,
        missions: progress.createdMissions,
      },
    });
  },
};

async function readAll(
  file: string,
  report: StrengthImportReport,
  read: { limits: ReadLimits; onBytes?: (bytes: number) => void },
): Promise<Read[]> {
  const rows = readCsvRows(file, read)[Symbol.asyncIterator]();
  const header = await readHeader(file, rows, strengthColumns);
  const kept: Read[] = [];
  const repeats = new RepeatedRows('same mission and month');
  for await (const record of readCsvRecords({ [Symbol.asyncIterator]: () => rows }, header)) {
    report.total += 1;
    if (record.problem) {
      rejectLine(report, record.line, [record.problem]);
      continue;
    }
    const mapped = mapStrengthRow(record.values);
    report.rounded += mapped.rounded;
    if (!mapped.row) {
      rejectLine(report, record.line, mapped.rejected);
      continue;
    }
    const repeat = repeats.check(`${mapped.row.mission}|${mapped.row.month}`, {
      line: record.line,
      figures: [mapped.row.authorised, mapped.row.deployed],
    });
    if (repeat === 'repeat') report.duplicates += 1;
    else if (repeat) reject(report, { line: record.line, column: '(row)', reason: repeat });
    if (repeat) continue;
    kept.push({ line: record.line, row: mapped.row });
  }
  return kept;
}

/** @throws forbidden, validation_failed (unreadable file), StrengthImportRejected */
export async function importMissionStrength(
  ctx: RequestContext,
  args: {
    file: string;
    keepGoodRows: boolean;
    createMissions: boolean;
    onBytes?: (read: number) => void;
  },
): Promise<StrengthImportReport> {
  assertPermission(ctx.actor, 'capabilities:write');
  const report: StrengthImportReport = {
    total: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    duplicates: 0,
    rounded: 0,
    rejected: [],
    rejectedCount: 0,
    missions: [],
    createdMissions: [],
    committed: false,
  };
  const read = await readAll(args.file, report, {
    limits: readLimitsOf(ctx.config),
    onBytes: args.onBytes,
  });
  const byMission = new Map<string, Read[]>();
  for (const r of read) byMission.set(r.row.mission, [...(byMission.get(r.row.mission) ?? []), r]);
  const plans = new Map<string, MissionSpec | null>();
  for (const [acronym, rows] of byMission) {
    // Stored, or a known UN mission (created when applied, by headquarters only).
    if (await lookUpKnownMission(ctx, acronym)) {
      plans.set(acronym, null);
      report.missions.push(acronym);
      continue;
    }
    const spec = args.createMissions ? missionFromTable(acronym, rows) : null;
    if (spec) {
      assertPermission(ctx.actor, 'missions:write');
      if (ctx.actor.missionIds !== 'all')
        throw new DomainError('forbidden', 'Only headquarters creates missions');
      plans.set(acronym, spec);
      report.missions.push(acronym);
      report.createdMissions.push(acronym);
      continue;
    }
    const country = rows[0]!.row.country;
    const why = !args.createMissions
      ? `${acronym} is not a known UN mission; create it first, or import with --create-missions`
      : country
        ? `the table's host country "${country}" is not one the importer knows; create ${acronym} first (peaceops missions create)`
        : `the table names no host country for ${acronym}; create it first (peaceops missions create)`;
    // One line per mission, on its first row, saying how many more rows it holds: every mission
    // refused is named even when thousands of rows are (F6 keeps the first thousand lines).
    const more = rows.length - 1;
    reject(report, {
      line: rows[0]!.line,
      column: 'mission',
      reason: more > 0 ? `${why} (and ${more} more rows of ${acronym})` : why,
    });
    report.rejectedCount += more;
  }
  if (report.rejectedCount > 0 && !args.keepGoodRows) throw new StrengthImportRejected(report);
  report.missions.sort();
  const run = await StagedRun.begin<StagedStrengthRow>(ctx, strengthImporter.kind);
  try {
    for (const { row } of read)
      if (plans.has(row.mission)) await run.stage({ row, create: plans.get(row.mission)! });
  } catch (error) {
    await run.discard();
    throw error;
  }
  const done = await run.apply(strengthImporter, {
    created: 0,
    updated: 0,
    unchanged: 0,
    createdMissions: [],
  });
  return appliedReport(report, done);
}
