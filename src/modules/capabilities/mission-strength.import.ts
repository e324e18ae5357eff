/**
 * Imports missions' authorised and deployed uniformed strength per month (issue 5, item 10; the
 * mission-month table of `mission-strength/`). The table is small: read whole, then written.
 * Idempotent, keyed by mission and month. Missions already stored or known UN missions are used;
 * with `createMissions` any other mission is created from what the table says of it — its acronym,
 * its host country (the table's own words, read by `hostCountriesOf`), and as its mandate the
 * first and last months it reports (said so in its name, to be corrected) — and rows whose mission
 * can be neither found nor created are rejected, as is everything when one row is, unless asked.
 */
import { assertPermission } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import {
  readCsvRecords,
  readCsvRows,
  readHeader,
  readLimitsOf,
  type ReadLimits,
} from '../incidents/csv-reader.js';
import { type LineReport, reject, rejectLine, RowsRejected } from '../incidents/rows-rejected.js';
import { countryByIso3, countryCentre } from '../missions/countries.js';
import { createMission, ensureKnownMissions } from '../missions/mission.service.js';
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
import { RepeatedRows } from './repeated-rows.js';

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

/** Creates a mission the table names, from what it says of it; null when it names no host country we know. */
async function missionFromTable(tx: RequestContext, acronym: string, rows: Read[]) {
  const countries = hostCountriesOf(rows[0]!.row.country).filter((c) => countryByIso3(c));
  if (countries.length === 0) return null;
  const months = rows.map((r) => r.row.month).sort();
  const created = await createMission(tx, {
    acronym,
    name: `${acronym} (from the mission-strength table; mandate dates are its first and last months reported)`,
    hostCountries: countries,
    mandateStart: `${months[0]}-01`,
    mandateEnd: lastDay(months[months.length - 1]!),
    headquarters: countryCentre(countryByIso3(countries[0]!)!),
  });
  return created.id;
}

async function readAll(
  file: string,
  report: StrengthImportReport,
  limits: ReadLimits,
): Promise<Read[]> {
  const rows = readCsvRows(file, { limits })[Symbol.asyncIterator]();
  const header = await readHeader(file, rows, strengthColumns);
  const read: Read[] = [];
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
    read.push({ line: record.line, row: mapped.row });
  }
  return read;
}

/** @throws forbidden, validation_failed (unreadable file), StrengthImportRejected */
export async function importMissionStrength(
  ctx: RequestContext,
  args: { file: string; keepGoodRows: boolean; createMissions: boolean },
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
  const read = await readAll(args.file, report, readLimitsOf(ctx.config));
  return inTransaction(ctx, async (tx) => {
    const byMission = new Map<string, Read[]>();
    for (const r of read)
      byMission.set(r.row.mission, [...(byMission.get(r.row.mission) ?? []), r]);
    const ids = await ensureKnownMissions(tx, byMission.keys());
    for (const [acronym, rows] of byMission) {
      if (ids.has(acronym)) continue;
      const id = args.createMissions ? await missionFromTable(tx, acronym, rows) : null;
      if (id) {
        ids.set(acronym, id);
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
    const stored = await strengthRowsOf(tx.db, [...ids.values()]);
    const now = toTimestamp(tx.clock.now());
    const fresh = [];
    for (const { row } of read) {
      const missionId = ids.get(row.mission);
      if (!missionId) continue;
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
        report.created += 1;
      } else if (
        Object.entries(figures).every(([k, v]) => existing[k as keyof typeof figures] === v)
      )
        report.unchanged += 1;
      else {
        await updateStrengthRow(tx.db, existing.id, { ...figures, updated_at: now });
        report.updated += 1;
      }
    }
    await insertStrengthRows(tx.db, fresh);
    report.missions = [...ids.keys()].sort();
    await audit(tx, {
      action: 'capabilities.mission-strength.import',
      change: {
        created: report.created,
        updated: report.updated,
        missions: report.createdMissions,
      },
    });
    report.committed = true;
    return report;
  });
}
