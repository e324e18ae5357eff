/**
 * HXL-tagged CSV into import rows. The hashtag row may sit under any number of header or title
 * rows (HXL allows it anywhere near the top); we look for it in the first 25 rows.
 */
import { fileProblem, readCsvRows, type ReadOptions } from '../../tabular/csv-reader.js';
import { hxlRequiredFields, isHashtagRow, mapHashtags, mapHxlRow } from './hxl.mapping.js';
import type { ImportRow } from './incident-import.service.js';

const searchRows = 25;

export async function* hxlRows(file: string, read: ReadOptions): AsyncGenerator<ImportRow> {
  const rows = readCsvRows(file, read);
  let hashtags: string[] | null = null;
  for (let i = 0; i < searchRows && !hashtags; i += 1) {
    const next = await rows.next();
    if (next.done) break;
    if (isHashtagRow(next.value.cells)) hashtags = next.value.cells.map((c) => c.trim());
  }
  if (!hashtags)
    throw fileProblem(
      file,
      `has no HXL hashtag row (such as #event+id,#date,#geo+lat) in its first ${searchRows} rows`,
    );
  const { columns, missing } = mapHashtags(hashtags);
  if (missing.length > 0)
    throw fileProblem(
      file,
      `has no column for ${missing.join(', ')} (needed: ${hxlRequiredFields.join(', ')}; e.g. #event+id, #date+occurred, #geo+lat, #geo+lon, #event+type)`,
    );
  for await (const row of rows) {
    if (
      row.cells.length > hashtags.length &&
      row.cells.slice(hashtags.length).some((c) => c.trim())
    ) {
      yield {
        line: row.line,
        mapped: [
          {
            path: '(row)',
            message: `has ${row.cells.length} cells, the hashtag row has ${hashtags.length}`,
          },
        ],
      };
      continue;
    }
    const cells: Record<string, string> = {};
    hashtags.forEach((tag, i) => {
      if (tag && !(tag in cells)) cells[tag] = row.cells[i] ?? '';
    });
    yield { line: row.line, mapped: mapHxlRow(cells, columns) };
  }
}
