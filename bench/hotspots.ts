/**
 * Hotspots and alert rules at scale (issue 6): N generated UCDP events (real ones resampled,
 * bench/generate-ucdp.ts) imported into one mission with 28 bases (MINUSCA's in Geo-PKO 2.3, 2023);
 * then the hotspot scan of the last 90 days against the 730 before, and one evaluation of an
 * "incident near a base" rule over the last 3,650 days and of a hotspot rule, on SQLite and
 * PostgreSQL side by side. Medians of 5 (the rules: the first evaluation, which raises the
 * alerts, then medians of 5 that find nothing new). Writes its section of RESULTS.md.
 *   npm run bench:hotspots
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRule, evaluateRules } from '../src/modules/early-warning/alert.service.js';
import { scanHotspots } from '../src/modules/early-warning/hotspot.service.js';
import { importFile } from '../src/modules/incidents/incident-import.service.js';
import { addBases } from '../src/modules/missions/base.service.js';
import { geopkoBases } from '../src/modules/missions/geopko-bases.service.js';
import { createMission } from '../src/modules/missions/mission.service.js';
import { benchMission } from './mission.js';
import { systemActor } from '../src/core/system-actor.js';
import { openTestApp } from '../test/support/test-app.js';
import { generateUcdpCsv } from './generate-ucdp.js';
import { timed, writeResultsSection } from './results.js';

const count = Number(process.argv[2] ?? 50_000);
const csv = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-hotspots-')), 'events.csv');
await generateUcdpCsv(count, csv);
const { bases } = geopkoBases(
  fs.readFileSync(path.resolve('../shared/data/geo-pko/FrontMap_v.2.3.csv'), 'utf8'),
  { mission: 'MINUSCA', year: 2023 },
);

async function run(dialect: 'sqlite' | 'postgres') {
  const t = await openTestApp(dialect);
  try {
    const ctx = {
      ...t.ctx,
      requestId: 'bench',
      actor: systemActor('bench', 'cli', [
        'incidents:read',
        'incidents:write',
        'early-warning:read',
        'early-warning:write',
      ]),
    };
    const mission = await createMission(ctx, benchMission);
    await addBases(ctx, mission.id, { bases, source: 'Geo-PKO 2.3 (2023)' });
    await importFile(ctx, { format: 'ucdp', file: csv, missionId: mission.id, keepGoodRows: true });
    const latest = await scanHotspots(ctx, { recentDays: 90, baselineDays: 730 });
    const scan = await timed(() => scanHotspots(ctx, { recentDays: 90, baselineDays: 730 }));
    let start = performance.now();
    await createRule(ctx, {
      missionId: mission.id,
      name: 'Near a base',
      kind: 'incident_near_base',
      severity: 'Severe',
      urgency: 'Immediate',
      certainty: 'Observed',
      params: { categories: [], minKilled: 5, radiusKm: 20, lookbackDays: 3650 },
    });
    await createRule(ctx, {
      missionId: mission.id,
      name: 'Hotspots',
      kind: 'hotspot',
      severity: 'Moderate',
      urgency: 'Expected',
      certainty: 'Likely',
      params: { radiusKm: null },
    });
    const first = performance.now() - start;
    start = performance.now();
    const again = await timed(() => evaluateRules(ctx));
    const raised = Number(
      (
        await t.ctx.db
          .selectFrom('alerts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    return {
      scan,
      cells: latest.cells.length,
      flagged: latest.cells.filter((c) => c.flagged).length,
      first,
      again,
      raised,
    };
  } finally {
    await t.close();
  }
}

const sqlite = await run('sqlite');
const postgres = await run('postgres');
const ms = (v: number) => `${Math.round(v)} ms`;
const ratio = (a: number, b: number) => `${(b / a).toFixed(2)}×`;
const section = `<!-- hotspots -->

## Hotspots and alert rules (\`npm run bench:hotspots\`)

Run: ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores, Node ${process.version}. ${count.toLocaleString('en')} generated UCDP events (real ones resampled) in one mission with ${bases.length} bases (Geo-PKO 2.3, MINUSCA 2023). The scan as of the latest event found ${sqlite.cells} cells with recent events, ${sqlite.flagged} flagged; the two rules raised ${sqlite.raised} alerts.

| step | SQLite | PostgreSQL | PostgreSQL / SQLite |
|---|---|---|---|
| hotspot scan, 90 days against the 730 before (median of 5) | ${ms(sqlite.scan)} | ${ms(postgres.scan)} | ${ratio(sqlite.scan, postgres.scan)} |
| two rules set and evaluated at once (incidents near a base over 3,650 days; hotspots), raising the alerts | ${ms(sqlite.first)} | ${ms(postgres.first)} | ${ratio(sqlite.first, postgres.first)} |
| the same rules evaluated again, nothing new (median of 5) | ${ms(sqlite.again)} | ${ms(postgres.again)} | ${ratio(sqlite.again, postgres.again)} |
`;
writeResultsSection('hotspots', section);
