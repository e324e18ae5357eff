/**
 * `peaceops import contributions FILE [--keep-good-rows] [--report f.csv] [--json]`: IPI's gender
 * layout of the monthly contributions (contributor × mission × month, plain or .gz) into the
 * capabilities module, with a progress bar. The JSON summary is the imports' own (`imported,
 * updated, unchanged, rejected, errors`) plus `subtotals`, `inconsistent`, `cleaned`,
 * `contributors` and `missions`. Exit 0 when no row was rejected; 2 when rows were rejected and
 * nothing was written; 8 when --keep-good-rows imported the rest.
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
  ContributionImportRejected,
  importContributions,
  type ContributionImportReport,
} from './contribution-import.service.js';
import {
  importMissionStrength,
  StrengthImportRejected,
  type StrengthImportReport,
} from './mission-strength-import.service.js';

interface Options {
  keepGoodRows?: boolean;
  report?: string;
}

const summary = (r: ContributionImportReport) => ({
  ...importSummary(r),
  subtotals: r.subtotals,
  inconsistent: r.inconsistent,
  cleaned: r.cleaned,
  duplicates: r.duplicates,
  contributors: r.contributors,
  missions: r.missions,
});

const human = (r: ContributionImportReport) =>
  [
    `${r.total} rows: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.rejectedCount} rejected, ${r.subtotals} subtotal rows checked`,
    `${r.contributors} contributors, ${r.missions.length} missions; ${r.cleaned} cells lost a stray apostrophe; ${r.duplicates} repeated rows skipped`,
    ...r.rejected.slice(0, 20).map((x) => `  rejected line ${x.line}, ${x.column}: ${x.reason}`),
    ...r.inconsistent
      .slice(0, 20)
      .map((x) => `  subtotal on line ${x.line} does not add up: ${x.reason}`),
  ].join('\n');

function run(out: Output, file: string, opts: Options): Promise<void> {
  return withApp(out, async (rt) => {
    const ctx = {
      ...rt.ctx,
      requestId: 'cli-import',
      actor: systemActor(os.userInfo().username, 'cli', [
        'capabilities:write',
        'capabilities:read',
      ]),
    };
    await runFileImport(out, file, {
      run: ({ onBytes }) =>
        importContributions(ctx, { file, keepGoodRows: opts.keepGoodRows === true, onBytes }),
      refused: (error) => (error instanceof ContributionImportRejected ? error.report : null),
      summary,
      human,
      writeReport: (r) =>
        opts.report &&
        fs.writeFileSync(opts.report, rejectedRowsCsv([...r.rejected, ...r.inconsistent])),
    });
  });
}

interface StrengthOptions extends Options {
  createMissions?: boolean;
}

function runStrength(out: Output, file: string, opts: StrengthOptions): Promise<void> {
  return withApp(out, async (rt) => {
    const ctx = {
      ...rt.ctx,
      requestId: 'cli-import',
      actor: systemActor(os.userInfo().username, 'cli', [
        'capabilities:write',
        'capabilities:read',
      ]),
    };
    const summarise = (r: StrengthImportReport) => ({
      ...importSummary(r),
      duplicates: r.duplicates,
      rounded: r.rounded,
      missions: r.missions,
      createdMissions: r.createdMissions,
    });
    const say = (r: StrengthImportReport) =>
      [
        `${r.total} rows: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.rejectedCount} rejected, ${r.duplicates} repeated rows skipped, ${r.rounded} fractional figures rounded`,
        `${r.missions.length} missions; created from the table: ${r.createdMissions.join(', ') || 'none'}`,
        ...r.rejected
          .slice(0, 20)
          .map((x) => `  rejected line ${x.line}, ${x.column}: ${x.reason}`),
      ].join('\n');
    await runFileImport(out, file, {
      run: ({ onBytes }) =>
        importMissionStrength(ctx, {
          file,
          keepGoodRows: opts.keepGoodRows === true,
          createMissions: opts.createMissions === true,
          onBytes,
        }),
      refused: (error) => (error instanceof StrengthImportRejected ? error.report : null),
      summary: summarise,
      human: say,
      writeReport: (r) => opts.report && fs.writeFileSync(opts.report, rejectedRowsCsv(r.rejected)),
    });
  });
}

export function registerCapabilitiesCommands(program: Command, out: Output): void {
  const imports = program.commands.find((c) => c.name() === 'import') ?? program.command('import');
  imports
    .command('contributions <file>')
    .description(
      'monthly uniformed contributions, contributor × mission × month with men and women (IPI gender layout, .csv or .csv.gz)',
    )
    .option('--keep-good-rows', 'import the rows that are valid even if others are rejected')
    .option('--report <file>', 'write every rejected row and unbalanced subtotal as CSV')
    .option('--json', 'machine-readable output')
    .action((file: string, opts: Options) => run(out, file, opts));
  imports
    .command('mission-strength <file>')
    .description(
      "missions' authorised and deployed uniformed strength per month (mission-month table)",
    )
    .option('--create-missions', 'create the missions the table names that are not stored or known')
    .option('--keep-good-rows', 'import the rows that are valid even if others are rejected')
    .option('--report <file>', 'write every rejected row as CSV')
    .option('--json', 'machine-readable output')
    .action((file: string, opts: StrengthOptions) => runStrength(out, file, opts));
}
