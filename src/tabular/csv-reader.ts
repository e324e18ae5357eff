/**
 * Streams the rows of a CSV file (optionally gzipped) one at a time, never the whole file in
 * memory, with the line each row starts on and the bytes read for progress. What makes a file
 * unreadable (not UTF-8, a truncated gzip, a quote never closed) raises a validation error naming
 * the file and the line; rows with the wrong number of cells are left to the caller to reject.
 */
import fs from 'node:fs';
import { pipeline, Transform, type TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { CsvError, parse } from 'csv-parse';
import { DomainError } from '../core/errors.js';

export interface CsvRow {
  /** 1-based line of the file the row starts on. */
  line: number;
  cells: string[];
}

/** Refuses bytes that are not UTF-8 (a file saved as Latin-1 or UTF-16 would import as garbage). */
class Utf8Check extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private offset = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const utf16Bom =
      chunk.length >= 2 &&
      ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff));
    if (this.offset === 0 && utf16Bom) {
      done(new Error('is UTF-16; save it as UTF-8'));
      return;
    }
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      done(
        new Error(
          `is not UTF-8 text (invalid bytes within the first ${this.offset + chunk.length} bytes); save it as UTF-8`,
        ),
      );
      return;
    }
    this.offset += chunk.length;
    done(null, chunk);
  }
  override _flush(done: TransformCallback): void {
    try {
      this.decoder.decode();
      done();
    } catch {
      done(new Error('ends in the middle of a UTF-8 character'));
    }
  }
}

/** F6: how much one import may read, once unpacked, and how many rows (from the configuration). */
export interface ReadLimits {
  maxBytes: number;
  maxRows: number;
}

/** How a reader reads: within the limits, telling the bytes read as it goes. */
export interface ReadOptions {
  limits: ReadLimits;
  onBytes?: ((read: number) => void) | undefined;
}

export const readLimitsOf = (config: {
  importMaxExpandedBytes: number;
  importMaxRows: number;
}): ReadLimits => ({ maxBytes: config.importMaxExpandedBytes, maxRows: config.importMaxRows });

/** Stops a stream past `max` bytes: a small gzip that expands to gigabytes goes no further. */
export class SizeCap extends Transform {
  private seen = 0;
  constructor(private readonly max: number) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.max)
      done(
        new Error(
          `expands past ${Math.round(this.max / 1_048_576)} MB, the limit for one import (PEACEOPS_IMPORT_MAX_EXPANDED_MB); split it, or raise the limit`,
        ),
      );
    else done(null, chunk);
  }
}

export const tooManyRows = (file: string, max: number): DomainError =>
  fileProblem(
    file,
    `has more than ${max.toLocaleString('en')} rows, the limit for one import (PEACEOPS_IMPORT_MAX_ROWS); split it, or raise the limit`,
  );

function describe(error: unknown, lastLine: number): string {
  if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED')
    return `has a quoted field opened on or after line ${lastLine + 1} that is never closed`;
  if (error instanceof CsvError)
    return `is not valid CSV near line ${lastLine + 1} (${error.message})`;
  const message = error instanceof Error ? error.message : String(error);
  if (/unexpected end of file/i.test(message)) return 'is a truncated gzip file';
  if (/incorrect header check/i.test(message)) return 'ends in .gz but is not gzip';
  return message;
}

/**
 * csv-parse builds an Error for every row whose cell count differs from the header's, even when
 * told to let it through (relax_column_count), and capturing its stack is most of the time such a
 * row costs: 20 µs instead of 2, so a file of a million bad rows took 20 s more to refuse (F6). The
 * parser's work is synchronous within each chunk, so no other code runs while the limit is 0; its
 * errors are read for their message only.
 */
function withoutStackTraces<T extends Transform>(parser: T): T {
  for (const method of ['_transform', '_flush'] as const) {
    const original = parser[method] as ((...args: unknown[]) => void) | undefined;
    if (!original) continue;
    (parser as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      try {
        original.apply(parser, args);
      } finally {
        Error.stackTraceLimit = limit;
      }
    };
  }
  return parser;
}

export async function* readCsvRows(file: string, options: ReadOptions): AsyncGenerator<CsvRow> {
  const onBytes = options.onBytes ?? (() => undefined);
  const source = fs.createReadStream(file);
  let read = 0;
  source.on('data', (chunk) => {
    read += chunk.length;
    onBytes(read);
  });
  const stages: (NodeJS.ReadableStream | NodeJS.WritableStream)[] = [
    source,
    ...(file.endsWith('.gz') ? [createGunzip()] : []),
    new SizeCap(options.limits.maxBytes),
    new Utf8Check(),
    withoutStackTraces(
      parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, raw: true }),
    ),
  ];
  const rows = pipeline(
    stages as unknown as [NodeJS.ReadableStream, NodeJS.WritableStream],
    () => undefined,
  ) as unknown as AsyncIterable<{ record: string[]; info: { lines: number }; raw: string }>;
  let lastLine = 0;
  let count = 0;
  try {
    for await (const { record, info, raw } of rows) {
      const breaks = (raw.replace(/\r?\n$/, '').match(/\n/g) ?? []).length;
      lastLine = info.lines;
      // The header and the rows: one more than the data rows, which is what the limit counts.
      if (++count > options.limits.maxRows + 1) throw tooManyRows(file, options.limits.maxRows);
      yield { line: info.lines - breaks, cells: record };
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const message = describe(error, lastLine);
    throw new DomainError('validation_failed', `${file} ${message}`, [{ path: 'file', message }]);
  }
}

/** Rows as objects keyed by the header row; a row with a different number of cells is reported, not guessed at. */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
  /** Set when the row cannot be read against the header. */
  problem?: { column: string; message: string };
}

export async function* readCsvRecords(
  rows: AsyncIterable<CsvRow>,
  header: string[],
): AsyncGenerator<CsvRecord> {
  for await (const row of rows) {
    if (row.cells.length !== header.length) {
      yield {
        line: row.line,
        values: {},
        problem: {
          column: '(row)',
          message: `has ${row.cells.length} cells, the header has ${header.length}`,
        },
      };
      continue;
    }
    yield {
      line: row.line,
      values: Object.fromEntries(header.map((name, i) => [name, row.cells[i]!])),
    };
  }
}

/** The header row, trimmed; an empty file or a missing header is a clear error. */
export async function readHeader(
  file: string,
  rows: AsyncIterator<CsvRow>,
  required: readonly string[],
): Promise<string[]> {
  const first = await rows.next();
  if (first.done) throw fileProblem(file, 'is empty');
  const header = first.value.cells.map((c) => c.trim());
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw fileProblem(
      file,
      `has no header with the columns ${missing.map((m) => `"${m}"`).join(', ')} (first line: ${first.value.cells.slice(0, 6).join(',').slice(0, 120)})`,
    );
  return header;
}

export function fileProblem(file: string, message: string): DomainError {
  return new DomainError('validation_failed', `${file} ${message}`, [{ path: 'file', message }]);
}
