/** `peaceops import ucdp FILE --mission M --as USER`: conflict-event imports with a progress bar. */
import fs from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { print, type Output } from '../../cli/output.js';
import { withApp } from '../../cli/runtime.js';
import { buildActor } from '../accounts/actor.js';
import { userIdByUsername } from '../accounts/user.service.js';
import { missionIdByAcronym } from '../missions/mission.service.js';
import { ImportRejected, type ImportReport } from './incident.import.js';
import { importUcdpGeoJson } from './ucdp.import.js';

function writeReport(file: string | undefined, report: ImportReport): void {
  if (!file) return;
  const lines = [
    'line,column,reason',
    ...report.rejected.map((r) =>
      [r.line, r.column, r.reason].map((v) => `"${String(v).replace(/"/g, '""')}"`).join(','),
    ),
  ];
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

const summary = (r: ImportReport) =>
  `${r.total} rows: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.rejected.length} rejected${
    r.rejected.length
      ? ` (${r.rejected
          .slice(0, 20)
          .map((x) => `line ${x.line} ${x.column}: ${x.reason}`)
          .join('; ')}${r.rejected.length > 20 ? '; …' : ''})`
      : ''
  }`;

export function registerIncidentCommands(program: Command, out: Output): void {
  const imports = program
    .command('import')
    .description('import conflict-event data into incidents (idempotent)');
  imports
    .command('ucdp <file>')
    .description('UCDP GED GeoJSON (.geojson or .geojson.gz)')
    .requiredOption('--mission <ACRONYM>', 'the mission the events belong to')
    .requiredOption(
      '--as <username>',
      'the user the import is recorded as (needs incidents:write in the mission)',
    )
    .option('--keep-good-rows', 'import the valid rows even if some are rejected')
    .option('--report <file.csv>', 'write every rejected row (line, column, reason) to this CSV')
    .action(
      (
        file: string,
        opts: { mission: string; as: string; keepGoodRows?: boolean; report?: string },
      ) =>
        withApp(out, async (rt) => {
          const missionId = await missionIdByAcronym(rt.operator, opts.mission);
          const userId = await userIdByUsername(rt.ctx, opts.as);
          const actor = await buildActor(rt.ctx, {
            userId,
            username: opts.as,
            via: 'cli',
            missionId,
            fullAccess: true,
          });
          const size = fs.statSync(file).size;
          const bar = new cliProgress.SingleBar(
            {
              format: 'importing [{bar}] {percentage}% | {rows} rows',
              stream: process.stderr,
              noTTYOutput: false,
            },
            cliProgress.Presets.shades_classic,
          );
          if (!out.json) bar.start(size, 0, { rows: 0 });
          let rows = 0;
          try {
            const report = await importUcdpGeoJson(
              { ...rt.ctx, actor, requestId: 'cli-import' },
              {
                file,
                missionId,
                keepGoodRows: opts.keepGoodRows === true,
                onBytes: (read) => bar.update(read, { rows }),
                onRow: (done) => (rows = done),
              },
            );
            bar.stop();
            writeReport(opts.report, report);
            print(out, report, () => `imported ${file}: ${summary(report)}`);
          } catch (error) {
            bar.stop();
            if (error instanceof ImportRejected) {
              writeReport(opts.report, error.report);
              print(
                out,
                error.report,
                () => `nothing imported from ${file}: ${summary(error.report)}`,
              );
            }
            throw error;
          }
        }),
    );
}
