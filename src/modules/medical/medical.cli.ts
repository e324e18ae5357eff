/**
 * `peaceops import fatalities FILE`: the UN's public fatalities file (DPPADPOSS-FATALITIES.csv)
 * into the consolidated record (M4), with a progress bar. With --json the imports' own summary
 * (`imported, updated, unchanged, rejected, errors`) plus `missions`. Exit 0 when no row was
 * rejected; 2 when rows were rejected and nothing was written; 8 when --keep-good-rows imported
 * the rest. Known UN missions the file names are created as needed (headquarters' CLI).
 */
import fs from 'node:fs';
import os from 'node:os';
import type { Command } from 'commander';
import { importSummary, runFileImport } from '../../cli/file-import.js';
import type { Output } from '../../cli/output.js';
import { withApp } from '../../cli/runtime.js';
import { systemActor } from '../../core/system-actor.js';
import { rejectedRowsCsv } from '../../tabular/csv-writer.js';
import {
  FatalityImportRejected,
  importFatalities,
  type FatalityImportReport,
} from './fatality-import.service.js';

interface Options {
  keepGoodRows?: boolean;
  report?: string;
}

const summary = (r: FatalityImportReport) => ({
  ...importSummary(r),
  missions: r.missions,
});

const human = (r: FatalityImportReport) =>
  [
    `${r.total} rows: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.rejectedCount} rejected; ${r.missions.length} missions`,
    ...r.rejected.slice(0, 20).map((x) => `  rejected line ${x.line}, ${x.column}: ${x.reason}`),
  ].join('\n');

function run(out: Output, file: string, opts: Options): Promise<void> {
  return withApp(out, async (rt) => {
    const ctx = {
      ...rt.ctx,
      requestId: 'cli-import',
      actor: systemActor(os.userInfo().username, 'cli', [
        'medical:write',
        'medical:read',
        'missions:write',
      ]),
    };
    await runFileImport(out, file, {
      run: (progress) =>
        importFatalities(ctx, { file, keepGoodRows: opts.keepGoodRows === true, ...progress }),
      refused: (error) => (error instanceof FatalityImportRejected ? error.report : null),
      summary,
      human,
      writeReport: (r) => opts.report && fs.writeFileSync(opts.report, rejectedRowsCsv(r.rejected)),
    });
  });
}

export function registerMedicalCommands(program: Command, out: Output): void {
  const imports = program.commands.find((c) => c.name() === 'import') ?? program.command('import');
  imports
    .command('fatalities <file>')
    .description(
      "the UN's public fatalities file (DPPADPOSS-FATALITIES.csv) into the record of fatalities (M4)",
    )
    .option('--keep-good-rows', 'import the valid rows even if some are rejected')
    .option('--report <file.csv>', 'write every rejected row to this CSV')
    .option('--json', 'machine-readable summary')
    .action((file: string, opts: Options) => run(out, file, opts));
}
