/** ACLED CSV (codebook columns) into import rows. */
import { acledRequiredColumns, mapAcledEvent } from './acled.mapping.js';
import { readCsvRecords, readCsvRows, readHeader } from './csv-reader.js';
import type { ImportRow } from './incident.import.js';

export async function* acledRows(
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
