/**
 * `peaceops import recruitments FILE --mission ACRONYM` (P1, P2, P6) and `peaceops import
 * appointments FILE --mission ACRONYM` (P3): the same summary, progress bar, --report and exit codes
 * as every import (0 done, 2 refused — nothing written, every problem by line and column — 8 done
 * with --keep-good-rows leaving rows out).
 */
import fs from 'node:fs';
import os from 'node:os';
import type { Command } from 'commander';
import { importSummary, runFileImport } from '../../cli/file-import.js';
import type { Output } from '../../cli/output.js';
import { withApp } from '../../cli/runtime.js';
import { systemActor } from '../../core/system-actor.js';
import type { RequestContext } from '../../db/context.js';
import { rejectedRowsCsv } from '../../tabular/csv-writer.js';
import { missionIdByAcronym } from '../missions/mission.service.js';
import { importAppointments } from './appointment-import.service.js';
import {
  importRecruitments,
  PersonnelImportRejected,
  recruitmentColumns,
  type PersonnelImportReport,
} from './recruitment-import.service.js';

interface Options {
  mission: string;
  keepGoodRows?: boolean;
  report?: string;
}

type Importer = (
  ctx: RequestContext,
  input: { missionId: string; file: string; keepGoodRows: boolean; onBytes: (n: number) => void },
) => Promise<PersonnelImportReport>;

const human = (r: PersonnelImportReport) =>
  [
    `${r.total} rows: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.rejectedCount} rejected`,
    ...r.rejected.slice(0, 20).map((x) => `  rejected line ${x.line}, ${x.column}: ${x.reason}`),
  ].join('\n');

function run(
  out: Output,
  { file, opts, importer }: { file: string; opts: Options; importer: Importer },
): Promise<void> {
  return withApp(out, async (rt) => {
    const ctx = {
      ...rt.ctx,
      requestId: 'cli-import',
      actor: systemActor(os.userInfo().username, 'cli', ['personnel:read', 'personnel:write']),
    };
    const missionId = await missionIdByAcronym(ctx, opts.mission);
    await runFileImport(out, file, {
      run: ({ onBytes }) =>
        importer(ctx, { missionId, file, keepGoodRows: opts.keepGoodRows === true, onBytes }),
      refused: (error) => (error instanceof PersonnelImportRejected ? error.report : null),
      summary: importSummary,
      human,
      writeReport: (r) => opts.report && fs.writeFileSync(opts.report, rejectedRowsCsv(r.rejected)),
    });
  });
}

export function registerPersonnelCommands(program: Command, out: Output): void {
  const imports = program.commands.find((c) => c.name() === 'import') ?? program.command('import');
  imports
    .command('recruitments <file>')
    .description(
      `civilian recruitments and their steps (P1): a CSV with the columns ${recruitmentColumns.join(', ')}`,
    )
    .requiredOption('--mission <acronym>', 'the mission recruiting')
    .option('--keep-good-rows', 'import the rows that are valid even if others are rejected')
    .option('--report <file>', 'write every rejected row as CSV')
    .option('--json', 'machine-readable output')
    .action((file: string, opts: Options) =>
      run(out, { file, opts, importer: importRecruitments }),
    );
  imports
    .command('appointments <file>')
    .description(
      'leadership appointments (P3): post, appointee, gender, nationality, appointed_on, ended_on, hr_assessed_on, hr_assessed_by, hr_outcome, source',
    )
    .requiredOption('--mission <acronym>', 'the mission of the posts')
    .option('--keep-good-rows', 'import the rows that are valid even if others are rejected')
    .option('--report <file>', 'write every rejected row as CSV')
    .option('--json', 'machine-readable output')
    .action((file: string, opts: Options) =>
      run(out, { file, opts, importer: importAppointments }),
    );
}
