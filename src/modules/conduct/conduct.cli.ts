/**
 * `peaceops import sea-table FILE --mission M | --all-missions`: the UN's public table of
 * allegations into cases, with a progress bar. With --json the summary is the imports' own
 * (`imported, updated, unchanged, rejected, errors`) plus `unparsed` (cells imported without),
 * `skipped` (rows of other missions) and `missions`. Exit 0 when no row was rejected; 2 when rows
 * were rejected and nothing was written; 8 when --keep-good-rows imported the rest.
 */
import fs from 'node:fs';
import os from 'node:os';
import type { Command } from 'commander';
import { DomainError } from '../../core/errors.js';
import { importSummary, runFileImport } from '../../cli/file-import.js';
import { print, type Output } from '../../cli/output.js';
import { withApp } from '../../cli/runtime.js';
import { systemActor } from '../../core/system-actor.js';
import { rejectedRowsCsv } from '../../tabular/csv-writer.js';
import { keptRejections } from '../../tabular/rows-rejected.js';
import { sweepConductClocks } from './clock-sweep.service.js';
import { sweepNonResponse } from './non-response.service.js';
import {
  importSeaTable,
  SeaImportRejected,
  type SeaImportReport,
} from './sea-table-import.service.js';

interface Options {
  mission?: string;
  allMissions?: boolean;
  keepGoodRows?: boolean;
  report?: string;
}

const summary = (r: SeaImportReport) => ({
  ...importSummary(r),
  unparsed: r.unparsed,
  skipped: r.skipped,
  missions: r.missions,
});

const human = (r: SeaImportReport) =>
  [
    `${r.total} rows: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.rejectedCount} rejected, ${r.skipped} of other missions`,
    ...r.rejected.slice(0, 20).map((x) => `  rejected line ${x.line}, ${x.column}: ${x.reason}`),
    `${r.unparsedCount} cells did not parse (imported without them):`,
    ...r.unparsed.slice(0, 20).map((x) => `  line ${x.line}, ${x.column}: ${x.reason}`),
    ...(r.unparsedCount > 20
      ? [`  … ${r.unparsedCount - 20} more (--report FILE lists the first ${keptRejections})`]
      : []),
  ].join('\n');

function writeReport(file: string | undefined, r: SeaImportReport): void {
  if (file) fs.writeFileSync(file, rejectedRowsCsv([...r.rejected, ...r.unparsed]));
}

function run(out: Output, file: string, opts: Options): Promise<void> {
  return withApp(out, async (rt) => {
    if (Boolean(opts.mission) === Boolean(opts.allMissions))
      throw new DomainError(
        'validation_failed',
        'give either --mission ACRONYM or --all-missions',
        [{ path: 'mission', message: 'one of --mission, --all-missions' }],
      );
    const ctx = {
      ...rt.ctx,
      requestId: 'cli-import',
      actor: systemActor(os.userInfo().username, 'cli', ['conduct:write', 'conduct:read']),
    };
    await runFileImport(out, file, {
      run: (progress) =>
        importSeaTable(ctx, {
          file,
          mission: opts.mission ?? null,
          keepGoodRows: opts.keepGoodRows === true,
          ...progress,
        }),
      refused: (error) => (error instanceof SeaImportRejected ? error.report : null),
      summary,
      human,
      writeReport: (r) => writeReport(opts.report, r),
    });
  });
}

export function registerConductCommands(program: Command, out: Output): void {
  program
    .command('conduct')
    .description('conduct and discipline')
    .command('sweep')
    .description(
      'notify case members of evidence and investigation clocks due soon or overdue (C1, C2); raise the repatriation decisions of contributors that did not answer (¶120)',
    )
    .option('--json', 'machine-readable output')
    .action(() =>
      withApp(out, async (rt) => {
        const sent = await sweepConductClocks(rt.ctx);
        const raised = await sweepNonResponse(rt.ctx);
        print(
          out,
          { notifications: sent, nonResponseDecisions: raised },
          () => `${sent} notifications sent; ${raised} non-response decisions raised`,
        );
      }),
    );
  const imports = program.commands.find((c) => c.name() === 'import') ?? program.command('import');
  imports
    .command('sea-table <file>')
    .description("the UN's public table of allegations (conduct.unmissions.org) into conduct cases")
    .option('--mission <ACRONYM>', "only this mission's rows")
    .option('--all-missions', 'every row; known UN missions are created as needed')
    .option('--keep-good-rows', 'import the valid rows even if some are rejected')
    .option('--report <file.csv>', 'write every rejected row and unparsed cell to this CSV')
    .option('--json', 'machine-readable summary')
    .action((file: string, opts: Options) => run(out, file, opts));
}
