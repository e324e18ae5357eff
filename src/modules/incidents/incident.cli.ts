/**
 * `peaceops import ucdp|acled|hxl FILE --mission M`: conflict-event imports with a progress bar.
 * With --json the summary is `{"imported","updated","unchanged","rejected","errors":[{line,column,reason}]}`.
 * Exit 0 when no row was rejected; 2 when rows were rejected and nothing was written; 8 when
 * --keep-good-rows imported the rest.
 */
import fs from 'node:fs';
import os from 'node:os';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { print, type Output } from '../../cli/output.js';
import { importSummary } from '../../cli/file-import.js';
import { withApp, type Runtime } from '../../cli/runtime.js';
import type { RequestContext } from '../../db/context.js';
import { systemActor } from '../../core/system-actor.js';
import { buildActor } from '../accounts/actor.service.js';
import { userIdByUsername } from '../accounts/user.service.js';
import { missionIdByAcronym } from '../missions/mission.service.js';
import { rejectedRowsCsv } from '../../tabular/csv-writer.js';
import { keptRejections } from '../../tabular/rows-rejected.js';
import { readLimitsOf } from '../../tabular/csv-reader.js';
import { ImportRejected, type ImportReport } from './incident-import.service.js';
import { importInBackground } from './import-job.service.js';
import type { ImportFormat } from './incident.schema.js';
import { readUcdpActors } from './ucdp.import.js';

export const partialImportExitCode = 8;

interface ImportOptions {
  mission: string;
  as?: string;
  keepGoodRows?: boolean;
  report?: string;
  actors?: string;
}

function writeReport(file: string | undefined, report: ImportReport): void {
  if (file) fs.writeFileSync(file, rejectedRowsCsv(report.rejected));
}

/** The summary scripts rely on (issue 3's interface). */
const scriptSummary = (r: ImportReport) => ({
  ...importSummary(r),
});

const humanSummary = (r: ImportReport) =>
  `${r.total} rows: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.rejectedCount} rejected${
    r.rejected.length
      ? `\n${r.rejected
          .slice(0, 20)
          .map((x) => `  line ${x.line}, ${x.column}: ${x.reason}`)
          .join(
            '\n',
          )}${r.rejectedCount > 20 ? `\n  … ${r.rejectedCount - 20} more (--report FILE lists the first ${keptRejections})` : ''}`
      : ''
  }`;

/** Who the import is recorded as: --as USER (checked like a sign-in), else the local operator. */
async function importer(
  rt: Runtime,
  missionId: string,
  as: string | undefined,
): Promise<RequestContext> {
  if (!as)
    return {
      ...rt.ctx,
      requestId: 'cli-import',
      actor: systemActor(os.userInfo().username, 'cli', ['incidents:write', 'incidents:read']),
    };
  const userId = await userIdByUsername(rt.ctx, as);
  const actor = await buildActor(rt.ctx, {
    userId,
    username: as,
    via: 'cli',
    missionId,
    fullAccess: true,
  });
  return { ...rt.ctx, actor, requestId: 'cli-import' };
}

function runImport(
  out: Output,
  { file, format, opts }: { file: string; format: ImportFormat; opts: ImportOptions },
): Promise<void> {
  return withApp(out, async (rt) => {
    const missionId = await missionIdByAcronym(rt.operator, opts.mission);
    const ctx = await importer(rt, missionId, opts.as);
    const size = fs.statSync(file).size;
    const bar = new cliProgress.SingleBar(
      {
        format: 'importing [{bar}] {percentage}% | {rows} rows',
        stream: process.stderr,
        noTTYOutput: false,
      },
      cliProgress.Presets.shades_classic,
    );
    const showBar = !out.json && process.stderr.isTTY;
    if (showBar) bar.start(size, 0, { rows: 0 });
    // In a worker thread with a bounded heap (runtime/background.ts): the import's memory stays
    // what it works on, whatever the file's size (issue 22).
    const outcome = await importInBackground(
      ctx,
      {
        format,
        file,
        actorNames: opts.actors
          ? await readUcdpActors(opts.actors, readLimitsOf(rt.config))
          : undefined,
        missionId,
        keepGoodRows: opts.keepGoodRows === true,
      },
      (update) => showBar && bar.update(update.bytesRead ?? 0, { rows: update.rows ?? 0 }),
    ).finally(() => showBar && bar.stop());
    const report = outcome.report;
    writeReport(opts.report, report);
    if (outcome.outcome === 'rejected') {
      print(
        out,
        scriptSummary(report),
        () => `nothing imported from ${file}: ${humanSummary(report)}`,
      );
      throw new ImportRejected(report);
    }
    print(out, scriptSummary(report), () => `imported ${file}: ${humanSummary(report)}`);
    if (report.rejectedCount > 0) process.exitCode = partialImportExitCode;
  });
}

export function registerIncidentCommands(program: Command, out: Output): void {
  const imports = program
    .command('import')
    .description(
      'import data (idempotent: keyed by source and id): conflict events into incidents, the UN table of allegations into conduct cases',
    );
  const common = (command: Command) =>
    command
      .requiredOption('--mission <ACRONYM>', 'the mission the events belong to')
      .option(
        '--as <username>',
        'record the import as this user (needs incidents:write in the mission); default: the local operator',
      )
      .option('--keep-good-rows', 'import the valid rows even if some are rejected')
      .option('--report <file.csv>', 'write every rejected row (line, column, reason) to this CSV')
      .option('--json', 'machine-readable summary');
  common(imports.command('ucdp <file>'))
    .description('UCDP GED: CSV (23.1 or older layouts) or GeoJSON; .gz accepted')
    .option('--actors <file.csv>', 'UCDP Actor dataset, to name sides given only by id')
    .action((file: string, opts: ImportOptions) => runImport(out, { file, format: 'ucdp', opts }));
  common(imports.command('acled <file>'))
    .description('ACLED CSV export (codebook columns); .gz accepted')
    .action((file: string, opts: ImportOptions) => runImport(out, { file, format: 'acled', opts }));
  common(imports.command('hxl <file>'))
    .description('HXL-tagged CSV: the hashtag row says what each column is; .gz accepted')
    .action((file: string, opts: ImportOptions) => runImport(out, { file, format: 'hxl', opts }));
}
