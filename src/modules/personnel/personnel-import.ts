/**
 * What the personnel module's two imports share: the caller's permission and mission, the file's
 * records against its header, and the empty report every import fills.
 */
import { assertPermission, missionForWrite } from '../../core/policy.js';
import type { RequestContext } from '../../db/context.js';
import {
  readCsvRecords,
  readCsvRows,
  readHeader,
  readLimitsOf,
  type CsvRecord,
} from '../../tabular/csv-reader.js';
import type { LineReport } from '../../tabular/rows-rejected.js';
import { assertMissionExists } from '../missions/mission.service.js';

export interface PersonnelImportInput {
  missionId?: string;
  file: string;
  keepGoodRows?: boolean;
  onBytes?: (read: number) => void;
}

export interface PersonnelImportReport {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: LineReport[];
  rejectedCount: number;
  committed: boolean;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with a day typed in a cell (not YYYY-MM-DD, or after `latest`); null when nothing. */
export function dayProblem(raw: string, latest: string): string | null {
  if (!isoDay.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00Z`)))
    return `expected a date YYYY-MM-DD, got "${raw}"`;
  return raw > latest ? `${raw} is in the future` : null;
}

export const emptyReport = (): PersonnelImportReport => ({
  total: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  rejected: [],
  rejectedCount: 0,
  committed: false,
});

/**
 * The mission written to and the file's records, once the header has the required columns.
 * @throws forbidden, not_found (mission), validation_failed (the file: header, encoding, size)
 */
export async function openImport(
  ctx: RequestContext,
  input: PersonnelImportInput,
  required: readonly string[],
): Promise<{ missionId: string; records: AsyncGenerator<CsvRecord> }> {
  assertPermission(ctx.actor, 'personnel:write');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  await assertMissionExists(ctx, missionId);
  const rows = readCsvRows(input.file, {
    limits: readLimitsOf(ctx.config),
    onBytes: input.onBytes,
  });
  const header = await readHeader(input.file, rows, required);
  return { missionId, records: readCsvRecords({ [Symbol.asyncIterator]: () => rows }, header) };
}
