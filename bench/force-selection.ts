/**
 * Force selection benchmark: the shortlist for one requirement over 50 and 200 pledged battalions
 * of the same capability (each with 3 people certified and screened, every tenth assessed in
 * mission), on SQLite and PostgreSQL side by side. Medians of 15 reads. Writes its section of
 * RESULTS.md.   npm run bench:selection
 */
import fs from 'node:fs';
import os from 'node:os';
import { addPerson } from '../src/modules/capabilities/personnel.service.js';
import {
  certifyPerson,
  screenPerson,
  trainPerson,
} from '../src/modules/capabilities/person-records.service.js';
import { createPledge } from '../src/modules/capabilities/pledge.service.js';
import { createRequirement } from '../src/modules/capabilities/requirement.service.js';
import { shortlist } from '../src/modules/force-selection/selection.service.js';
import { createMission } from '../src/modules/missions/mission.service.js';
import { benchMission } from './mission.js';
import { systemActor } from '../src/core/system-actor.js';
import { openTestApp } from '../test/support/test-app.js';
import { median } from './results.js';

const states = [
  'RWA',
  'BGD',
  'NPL',
  'IND',
  'PAK',
  'ETH',
  'GHA',
  'SEN',
  'EGY',
  'IDN',
  'CHN',
  'MAR',
  'TZA',
  'BFA',
  'TGO',
  'NER',
  'TCD',
  'ZMB',
  'KEN',
  'URY',
  'JOR',
  'MNG',
  'KHM',
  'MYS',
  'BRA',
  'ITA',
  'FRA',
  'IRL',
  'BEN',
  'MWI',
];

async function run(dialect: 'sqlite' | 'postgres', pledges: number) {
  const t = await openTestApp(dialect);
  try {
    const ctx = {
      ...t.ctx,
      requestId: 'bench',
      actor: systemActor('bench', 'cli', ['capabilities:write', 'capabilities:read']),
    };
    const mission = await createMission(ctx, benchMission);
    const sur = await createRequirement(ctx, {
      missionId: mission.id,
      reference: 'SUR-BENCH',
      capability: 'infantry_battalion',
      strength: 850,
      tasks: ['protect civilians'],
      standards: [],
      location: 'Bria',
      deadline: '2026-12-31',
      taskKinds: ['protection_of_civilians'],
      majorEquipment: [{ item: 'Armoured personnel carrier', quantity: 10 }],
      selfSustainment: ['catering'],
    });
    for (let i = 0; i < pledges; i++) {
      const p = await createPledge(ctx, {
        contributor: states[i % states.length]!,
        capability: 'infantry_battalion',
        strength: 850,
        women: 40 + (i % 100),
        majorEquipment: [{ item: 'Armoured personnel carrier', quantity: 8 + (i % 6) }],
        selfSustainment: ['catering'],
        availableFrom: '2026-01-01',
        availableUntil: null,
      });
      for (let k = 1; k <= 3; k++) {
        const people = await addPerson(ctx, p.id, {
          serviceNumber: `SN-${k}`,
          rank: 'Captain',
          name: `Officer ${i}-${k}`,
        });
        const id = people.find((x) => x.serviceNumber === `SN-${k}`)!.id;
        await certifyPerson(ctx, id, {
          course: 'CPTM',
          certifiedOn: '2026-01-10',
          authority: 'ITS',
        });
        await screenPerson(ctx, id, {
          screenedOn: '2026-01-12',
          outcome: 'cleared',
          screenedBy: 'OHCHR',
        });
        await trainPerson(ctx, id, { course: 'PSEA e-learning', completedOn: '2026-01-11' });
      }
    }
    const times: number[] = [];
    let ranked = 0;
    for (let k = 0; k < 15; k++) {
      const start = performance.now();
      const list = await shortlist(ctx, sur.id, { minimumLevel: '1' });
      times.push(performance.now() - start);
      ranked = list.ranked.length;
    }
    return { ms: median(times), ranked };
  } finally {
    await t.close();
  }
}

const rows: string[] = [];
for (const n of [50, 200]) {
  const s = await run('sqlite', n);
  const p = await run('postgres', n);
  rows.push(
    `| ${n} pledges (${s.ranked} ranked) | ${s.ms.toFixed(0)} ms | ${p.ms.toFixed(0)} ms | ${(p.ms / s.ms).toFixed(2)}× |`,
  );
}
const section = `<!-- selection -->

## Force selection (\`npm run bench:selection\`)

Run: ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores, Node ${process.version}. The shortlist for one requirement (every pledge of its capability with its history, standing, caveats, people and record gathered, ranked and explained); medians of 15.

| pledges of the capability | SQLite | PostgreSQL | PostgreSQL / SQLite |
|---|---|---|---|
${rows.join('\n')}

Before the people of all units were read in one query without decrypting their names (one read per
unit, names decrypted), the same run gave 33 / 59 ms for 50 pledges and 160 / 205 ms for 200.
`;
const resultsFile = new URL('./RESULTS.md', import.meta.url);
const current = fs.readFileSync(resultsFile, 'utf8');
const start = current.indexOf('<!-- selection -->');
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
