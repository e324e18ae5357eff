/**
 * Capabilities benchmarks: importing the real monthly contributions (43,255 rows, gzipped) and the
 * mission-strength table (4,833 rows) into a fresh database, and reading one contributor's series,
 * on SQLite and PostgreSQL side by side. Medians. Writes its section of RESULTS.md.
 *   npm run bench:capabilities
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importContributions } from '../src/modules/capabilities/contribution-import.service.js';
import { contributionSeries } from '../src/modules/capabilities/contribution.service.js';
import { importMissionStrength } from '../src/modules/capabilities/mission-strength-import.service.js';
import { systemActor } from '../src/core/system-actor.js';
import { openTestApp } from '../test/support/test-app.js';
import { median } from './results.js';

const data = path.resolve('../shared/data/un-peacekeeping');
const contributions = path.join(
  data,
  'contributions-ipi/full_gender_data_2009-11_to_2014-08.csv.gz',
);
const strength = path.join(data, 'mission-strength/personnel_shortfall_mission_month.csv');

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function run(dialect: 'sqlite' | 'postgres') {
  const imports: number[] = [];
  const strengths: number[] = [];
  const reads: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = await openTestApp(dialect);
    try {
      const ctx = {
        ...t.ctx,
        requestId: 'bench',
        actor: systemActor('bench', 'cli', ['capabilities:write', 'capabilities:read']),
      };
      imports.push(
        await time(() => importContributions(ctx, { file: contributions, keepGoodRows: true })),
      );
      strengths.push(
        await time(() =>
          importMissionStrength(ctx, { file: strength, keepGoodRows: true, createMissions: true }),
        ),
      );
      for (let k = 0; k < 20; k++)
        reads.push(await time(() => contributionSeries(ctx, { contributor: 'IND' })));
    } finally {
      await t.close();
    }
  }
  return { imports: median(imports), strengths: median(strengths), reads: median(reads) };
}

const s = await run('sqlite');
const p = await run('postgres');
const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
const row = (label: string, a: number, b: number) =>
  `| ${label} | ${ms(a)} | ${ms(b)} | ${(b / a).toFixed(2)}× |`;
const section = `<!-- capabilities -->

## Capabilities (\`npm run bench:capabilities\`)

Run: ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores, Node ${process.version}. Medians of 3 fresh databases (reads: of 60).

| step | SQLite | PostgreSQL | PostgreSQL / SQLite |
|---|---|---|---|
${row('import the monthly contributions, 43,255 rows gzipped (32,571 stored)', s.imports, p.imports)}
${row('import mission strength, 4,833 rows, 43 missions created', s.strengths, p.strengths)}
${row("one contributor's monthly series (India, every month of the file)", s.reads, p.reads)}
`;
const resultsFile = new URL('./RESULTS.md', import.meta.url);
const current = fs.readFileSync(resultsFile, 'utf8');
const start = current.indexOf('<!-- capabilities -->');
const end = start >= 0 ? current.indexOf('<!--', start + 4) : -1;
const before = current.indexOf('<!-- http -->');
fs.writeFileSync(
  resultsFile,
  start >= 0
    ? `${current.slice(0, start)}${section}\n${end >= 0 ? current.slice(end) : ''}`
    : before >= 0
      ? `${current.slice(0, before)}${section}\n${current.slice(before)}`
      : `${current.trimEnd()}\n\n${section}`,
);
process.stdout.write(section);
