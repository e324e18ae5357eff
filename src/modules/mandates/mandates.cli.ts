/**
 * `peaceops import survey DATA.csv --mission ACRONYM --title … --conducted-by … [--form FORM.xlsx]`:
 * a perception survey (D5) from a KoboToolbox or ODK export, as the API imports it — kept as counts
 * only. The summary (`imported` responses, `rejected`, `errors`, then the questions counted, the
 * areas, the months and the columns read past) as JSON or in words. All or nothing: a row that
 * cannot be read refuses the file, exit 2, every such row named by line and column in `errors`.
 */
import fs from 'node:fs';
import os from 'node:os';
import type { Command } from 'commander';
import { fail, print, type Output } from '../../cli/output.js';
import { withApp } from '../../cli/runtime.js';
import { isDomainError } from '../../core/errors.js';
import { systemActor } from '../../core/system-actor.js';
import { missionIdByAcronym } from '../missions/mission.service.js';
import { importSurvey } from './survey.service.js';

interface Options {
  mission: string;
  title: string;
  conductedBy: string;
  form?: string;
  area?: string;
  date?: string;
  weight?: string;
}

/** "line 3: today" → { line: 3, column: 'today' }, as every import's `errors` are written. */
const rowError = (d: { path: string; message: string }) => {
  const m = /^line (\d+): (.*)$/.exec(d.path);
  return m ? { line: Number(m[1]), column: m[2]!, reason: d.message } : null;
};

function run(out: Output, data: string, opts: Options): Promise<void> {
  return withApp(out, async (rt) => {
    const ctx = {
      ...rt.ctx,
      requestId: 'cli-import',
      actor: systemActor(os.userInfo().username, 'cli', ['mandates:write', 'mandates:read']),
    };
    try {
      const survey = await importSurvey(ctx, {
        missionId: await missionIdByAcronym(ctx, opts.mission),
        title: opts.title,
        conductedBy: opts.conductedBy,
        area: opts.area,
        date: opts.date,
        weight: opts.weight,
        data: fs.readFileSync(data),
        form: opts.form ? fs.readFileSync(opts.form) : null,
      });
      print(
        out,
        {
          imported: survey.responses,
          rejected: 0,
          errors: [],
          questions: survey.questions.map((q) => q.name),
          areas: survey.areas,
          months: [survey.firstMonth, survey.lastMonth],
          notCounted: survey.notCounted,
        },
        () =>
          [
            `${survey.responses} responses counted: ${survey.questions.length} questions, ${survey.areas.length} areas, ${survey.firstMonth} to ${survey.lastMonth}`,
            ...survey.notCounted.map((n) => `  read past ${n.column}: ${n.reason}`),
          ].join('\n'),
      );
    } catch (error) {
      const rows = isDomainError(error)
        ? error.details.map(rowError).filter((r) => r !== null)
        : [];
      if (rows.length > 0)
        print(out, { imported: 0, rejected: rows.length, errors: rows }, () =>
          rows.map((r) => `  rejected line ${r.line}, ${r.column}: ${r.reason}`).join('\n'),
        );
      process.exitCode = fail(out, error);
    }
  });
}

export function registerMandatesCommands(program: Command, out: Output): void {
  const imports = program.commands.find((c) => c.name() === 'import') ?? program.command('import');
  imports
    .command('survey <data>')
    .description(
      'a perception survey (D5): a KoboToolbox or ODK CSV export, with its XLSForm or labelled; kept as counts only',
    )
    .requiredOption('--mission <acronym>', 'the mission it was conducted in')
    .requiredOption('--title <title>', "the survey's title")
    .requiredOption('--conducted-by <who>', 'who conducted it')
    .option('--form <form.xlsx>', 'its XLSForm (without it, the CSV is read as labelled)')
    .option('--area <question>', "the question giving the respondent's area")
    .option('--date <column>', "the column of the interview's date")
    .option('--weight <column>', "the column of each respondent's weight")
    .option('--json', 'machine-readable summary')
    .action((data: string, opts: Options) => run(out, data, opts));
}
