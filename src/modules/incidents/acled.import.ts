/** ACLED CSV (codebook columns) into import rows. */
import { acledRequiredColumns, mapAcledEvent } from './acled.mapping.js';
import {
  readCsvRecords,
  readCsvRows,
  readHeader,
  type ReadOptions,
} from '../../tabular/csv-reader.js';
import type { ImportRow } from './incident-import.service.js';

export async function* acledRows(file: string, read: ReadOptions): AsyncGenerator<ImportRow> {
  const rows = readCsvRows(file, read);
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
