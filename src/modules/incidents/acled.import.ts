/** ACLED CSV (codebook columns) into import rows. */
import type { RequestContext } from '../../db/context.js';
import { acledRequiredColumns, mapAcledEvent } from './acled.mapping.js';
import { readCsvRecords, readCsvRows, readHeader } from './csv-reader.js';
import { importIncidents, type ImportReport, type ImportRow } from './incident.import.js';

async function* acledRows(
  file: string,
  onBytes?: (read: number) => void,
): AsyncGenerator<ImportRow> {
  const rows = readCsvRows(file, onBytes);
  const header = await readHeader(file, rows, acledRequiredColumns);
  for await (const record of readCsvRecords(rows, header)) {
    yield {
      line: record.line,
      mapped: record.problem
        ? [{ path: record.problem.column, message: record.problem.message }]
        : mapAcledEvent(record.values),
    };
  }
}

export function importAcled(
  ctx: RequestContext,
  args: {
    file: string;
    missionId?: string;
    keepGoodRows: boolean;
    onBytes?: (read: number) => void;
    onRow?: (done: number) => void;
  },
): Promise<ImportReport> {
  return importIncidents(ctx, {
    source: 'acled-csv',
    missionId: args.missionId,
    rows: acledRows(args.file, args.onBytes),
    keepGoodRows: args.keepGoodRows,
    onRow: args.onRow,
  });
}
