/**
 * Conduct benchmarks: a vetting screening (C8) against N identified subjects — each one decrypted
 * and compared in memory, by design (nothing identifying is indexed in clear) — on SQLite and
 * PostgreSQL side by side; and the monthly conduct table (C5) from the UN's 753 allegations, data
 * and PDF, in English and Arabic. Medians. Writes its section of RESULTS.md.
 *   npm run bench:conduct
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monthlyTableDocument } from '../src/modules/conduct/monthly-table.layout.js';
import { monthlyTable } from '../src/modules/conduct/monthly-table.service.js';
import { ReceiveAllegationInput } from '../src/modules/conduct/case.schema.js';
import { receiveAllegation } from '../src/modules/conduct/case.service.js';
import { importSeaTable } from '../src/modules/conduct/sea-table-import.service.js';
import { screenCandidate } from '../src/modules/conduct/vetting.service.js';
import { systemActor } from '../src/core/system-actor.js';
import { renderPdf } from '../src/server/pdf.js';
import { actorFor } from '../test/support/actor.js';
import { seedWorld } from '../test/support/fixtures.js';
import { openTestApp, type TestApp } from '../test/support/test-app.js';

const sizes = [1_000, 10_000];
const subjectsPerCase = 5;
const given = [
  'Mohammed',
  'Jean',
  'Amadou',
  'Fatima',
  'Ivan',
  'Pierre',
  'Aisha',
  'Ousmane',
  'Ravi',
  'Li',
];
const family = [
  'Abdallah',
  'Diallo',
  'Traoré',
  'Petrov',
  'Ndiaye',
  'Sarr',
  'Kumar',
  'Nkurunziza',
  'Ba',
  'Wang',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
async function sample(times: number, work: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** A seeded stream of names and dates of birth: the same N gives the same subjects. */
function person(i: number) {
  const a = (i * 7919) % 1000;
  return {
    name: `${given[a % 10]} ${family[Math.floor(a / 10) % 10]} ${family[(i * 31) % 10]}`,
    otherNames: [],
    dateOfBirth: `${1960 + (i % 40)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    document: { type: 'passport' as const, number: `P${String(i).padStart(7, '0')}`, issuer: null },
  };
}

async function screening(t: TestApp): Promise<Record<number, { dated: number; undated: number }>> {
  const w = await seedWorld(t);
  const officer = await actorFor(t, w.users.conduct_officer.id, w.missionA.id);
  const as = { ...t.ctx, requestId: 'bench', actor: officer };
  const result: Record<number, { dated: number; undated: number }> = {};
  let seeded = 0;
  for (const size of sizes) {
    for (; seeded < size; seeded += subjectsPerCase)
      await receiveAllegation(
        as,
        ReceiveAllegationInput.parse({
          receivedAt: '2026-02-27T09:00:00Z',
          channel: 'hotline',
          allegations: [{ category: 'sexual_abuse', subtype: 'rape' }],
          subjects: Array.from({ length: subjectsPerCase }, (_, k) => ({
            personnelCategory: 'military_contingent',
            nationality: 'XYZ',
            count: 1,
            identity: person(seeded + k),
          })),
          victims: [{ ageGroup: 'adult', count: 1 }],
        }),
      );
    const candidate = {
      ...person(size + 17),
      nationality: 'XYZ',
      otherNames: ['Muhammad Abdullah'],
    };
    result[size] = {
      dated: await sample(15, () => screenCandidate(as, { reference: 'bench', candidate })),
      // No date of birth: every subject's names are compared (the worst case).
      undated: await sample(15, () =>
        screenCandidate(as, { reference: 'bench', candidate: { ...candidate, dateOfBirth: null } }),
      ),
    };
  }
  return result;
}

const onSqlite = await openTestApp('sqlite');
const sqlite = await screening(onSqlite).finally(() => onSqlite.close());
const onPostgres = await openTestApp('postgres');
const postgres = await screening(onPostgres).finally(() => onPostgres.close());

const t = await openTestApp('sqlite');
const importer = {
  ...t.ctx,
  requestId: 'bench',
  actor: systemActor('bench', 'cli', ['conduct:write', 'conduct:read']),
};
await importSeaTable(importer, {
  file: path.resolve(
    '../shared/data/un-peacekeeping/sea-allegations/table_of_allegations_as_of_july_2024.csv',
  ),
  mission: null,
  keepGoodRows: false,
});
const data = await sample(10, () => monthlyTable(t.ctx, '2023-12'));
const table = await monthlyTable(t.ctx, '2023-12');
const pdf = (language: 'en' | 'ar') =>
  sample(10, () => renderPdf(monthlyTableDocument(table, { language, producedAt: new Date() })));
const pdfEn = await pdf('en');
const pdfAr = await pdf('ar');
await t.close();

const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
const rows = sizes
  .flatMap((n) =>
    (['dated', 'undated'] as const).map((k) => {
      const who = k === 'dated' ? 'with a date of birth' : 'no date of birth (every name compared)';
      const ratio = (postgres[n]![k] / sqlite[n]![k]).toFixed(2);
      return `| ${n.toLocaleString('en')} | ${who} | ${ms(sqlite[n]![k])} | ${ms(postgres[n]![k])} | ${ratio}× |`;
    }),
  )
  .join('\n');
const slope = (k: 'dated' | 'undated') =>
  (((sqlite[sizes[1]!]![k] - sqlite[sizes[0]!]![k]) / (sizes[1]! - sizes[0]!)) * 1000).toFixed(1);
const section = `<!-- conduct -->

## Conduct (\`npm run bench:conduct\`)

Run: ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores, Node ${process.version}. Medians.

A vetting screening (C8) decrypts and compares every identified subject of a substantiated or
pending case (${subjectsPerCase} per case here, generated names and dates of birth), in one transaction that also
stores the screening and its audit entry:

| identified subjects | candidate | SQLite | PostgreSQL | PostgreSQL / SQLite |
|---|---|---|---|---|
${rows}

Per subject on SQLite (the slope between the two sizes): ${slope('dated')} µs with a date of birth, ${slope('undated')} µs without.

The monthly conduct table (C5) of December 2023 from the UN's table (753 allegations), SQLite:

| step | median |
|---|---|
| the table's counts (every case's facts read, grouped) | ${ms(data)} |
| its PDF in English | ${ms(pdfEn)} |
| its PDF in Arabic (shaped, bidi layout) | ${ms(pdfAr)} |
`;
const resultsFile = new URL('./RESULTS.md', import.meta.url);
const current = fs.readFileSync(resultsFile, 'utf8');
const start = current.indexOf('<!-- conduct -->');
const end = start >= 0 ? current.indexOf('<!--', start + 4) : -1;
const firstOther = current.indexOf('<!-- http -->');
fs.writeFileSync(
  resultsFile,
  start >= 0
    ? `${current.slice(0, start)}${section}\n${end >= 0 ? current.slice(end) : ''}`
    : firstOther >= 0
      ? `${current.slice(0, firstOther)}${section}\n${current.slice(firstOther)}`
      : `${current.trimEnd()}\n\n${section}`,
);
process.stdout.write(section);
