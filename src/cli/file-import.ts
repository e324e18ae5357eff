/**
 * What every `peaceops import …` command does around its service: a progress bar on a terminal
 * (never with --json), the summary printed as JSON or in words, the rejected rows written to
 * `--report`, exit 8 when --keep-good-rows left rows out, and on an all-or-nothing refusal the
 * same summary before the error (exit 2).
 */
import fs from 'node:fs';
import cliProgress from 'cli-progress';
import { print, type Output } from './output.js';

/** What an import report holds for the summary every import prints first. */
export interface ImportCounts {
  committed: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rejectedCount: number;
  rejected: readonly { line: number; column: string; reason: string }[];
}

/**
 * The summary scripts rely on (`imported, updated, unchanged, rejected, errors`): nothing counts
 * as imported when the file was refused.
 */
export const importSummary = (r: ImportCounts) => ({
  imported: r.committed ? r.created : 0,
  updated: r.committed ? r.updated : 0,
  unchanged: r.committed ? r.unchanged : 0,
  rejected: r.rejectedCount,
  errors: r.rejected.map(({ line, column, reason }) => ({ line, column, reason })),
});

export interface FileImport<R extends { rejectedCount: number }> {
  /** Runs the import, reporting bytes read and rows seen. */
  run(progress: { onBytes: (read: number) => void; onRow: (done: number) => void }): Promise<R>;
  /** The report of a refusal (nothing written), or null when the error is another kind. */
  refused(error: unknown): R | null;
  summary(report: R): unknown;
  human(report: R): string;
  /** Writes the rows the report lists to the --report file, when one was asked for. */
  writeReport?(report: R): void;
}

export async function runFileImport<R extends { rejectedCount: number }>(
  out: Output,
  file: string,
  spec: FileImport<R>,
): Promise<void> {
  const bar = new cliProgress.SingleBar(
    { format: 'importing [{bar}] {percentage}%{rows}', stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const showBar = !out.json && process.stderr.isTTY;
  if (showBar) bar.start(fs.statSync(file).size, 0, { rows: '' });
  // Rows are shown once the import counts them (not every importer does).
  let rows = '';
  try {
    const report = await spec.run({
      onBytes: (read) => showBar && bar.update(read, { rows }),
      onRow: (done) => (rows = ` | ${done} rows`),
    });
    if (showBar) bar.stop();
    spec.writeReport?.(report);
    print(out, spec.summary(report), () => `imported ${file}: ${spec.human(report)}`);
    if (report.rejectedCount > 0) process.exitCode = 8;
  } catch (error) {
    if (showBar) bar.stop();
    const report = spec.refused(error);
    if (report) {
      spec.writeReport?.(report);
      print(
        out,
        spec.summary(report),
        () => `nothing imported from ${file}: ${spec.human(report)}`,
      );
    }
    throw error;
  }
}
