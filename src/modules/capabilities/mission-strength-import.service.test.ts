/**
 * Issue 5, item 10: missions' authorised and deployed strength per month (4,833 mission-months,
 * 1990–2015) imported on both dialects; per mission the API's months, totals and gap equal those
 * made directly from the file. Missions the table names are used when known, created from the
 * table when asked, and refused by name otherwise.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { describeRealData, readRealData, realDataPath } from '../../../test/support/real-data.js';
import {
  operator as operatorOf,
  seedWorld,
  hqForceGenerationOfficer,
} from '../../../test/support/fixtures.js';
import { type Agent } from '../../../test/support/http.js';
import { systemActor } from '../../core/system-actor.js';
import type { RequestContext } from '../../db/context.js';
import { createMission } from '../missions/mission.service.js';
import { unMissions } from '../missions/un-missions.taxonomy.js';
import { keptRejections } from '../../tabular/rows-rejected.js';
import {
  importMissionStrength,
  StrengthImportRejected,
} from './mission-strength-import.service.js';

const file = realDataPath('missionStrength');
const rows = readRealData(
  'missionStrength',
  (f) => parse(fs.readFileSync(f), { columns: true }) as Record<string, string>[],
  [],
);
// Missions the table gives no host country and the known UN missions do not list either.
const noCountry = new Set(
  rows.filter((r) => r.missioncountry === '' && !unMissions[r.mission!]).map((r) => r.mission!),
);

// --- the independent count, straight from the cells ---
function expected(mission: string) {
  const figure = (cell: string) => (cell === '' ? null : Math.round(Number(cell)));
  const total = (cells: string[]) =>
    cells.every((c) => c === '') ? null : cells.reduce((a, c) => a + (figure(c) ?? 0), 0);
  return rows
    .filter((r) => r.mission!.replace(/ /g, '-') === mission)
    .map((r) => {
      const authorised = total([r.authtroop!, r.authpolice!, r.authmilobs!]);
      const deployed = total([r.troop!, r.police!, r.milobs!]);
      return {
        month: `${r.year}-${r.month!.padStart(2, '0')}`,
        authorised,
        deployed,
        gap: authorised === null || deployed === null ? null : authorised - deployed,
      };
    })
    .sort((a, b) => a.month.localeCompare(b.month));
}

describeRealData('missions’ real strength, 1990–2015', ['missionStrength'], () => {
  eachDialect('mission strength (issue 5)', (t) => {
    let operator: RequestContext;
    let officer: Agent;
    beforeAll(async () => {
      await seedWorld(t());
      operator = {
        ...t().ctx,
        requestId: 'test',
        actor: systemActor('importer', 'cli', ['capabilities:write', 'capabilities:read']),
      };
      officer = await hqForceGenerationOfficer(t());
    });

    it('missions neither stored nor known are refused by name, and nothing is written', async () => {
      const missionCount = async () =>
        (await t().ctx.db.selectFrom('missions').select('id').execute()).length;
      const missionsBefore = await missionCount();
      const refused = await importMissionStrength(operator, {
        file,
        keepGoodRows: false,
        createMissions: false,
      }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(StrengthImportRejected);
      const report = (refused as StrengthImportRejected).report;
      // Each mission refused is named once, on its first row, with how many rows it holds; all
      // its rows are counted (F6 keeps at most the first thousand lines).
      expect(report.rejected.length).toBeLessThanOrEqual(keptRejections);
      expect(report.rejected).toContainEqual(
        expect.objectContaining({
          column: 'mission',
          reason: expect.stringMatching(
            /^UNAMIC is not a known UN mission; create it first, or import with --create-missions \(and \d+ more rows of UNAMIC\)$/,
          ),
        }),
      );
      const counted = report.rejected.reduce(
        (n, r) => n + 1 + Number(/and (\d+) more rows/.exec(r.reason)?.[1] ?? 0),
        0,
      );
      expect(report.rejectedCount).toBe(counted);
      const stored = await t().ctx.db.selectFrom('mission_strength_months').select('id').execute();
      expect(stored).toEqual([]);
      // Issue 15, F6: refused before anything is staged, and no mission created on the way.
      expect(await t().ctx.db.selectFrom('import_runs').select('id').execute()).toEqual([]);
      expect(await t().ctx.db.selectFrom('import_staged_rows').select('run_id').execute()).toEqual(
        [],
      );
      expect(await missionCount()).toBe(missionsBefore);
    });

    it('with --create-missions every mission with a host country is created; those without are reported', async () => {
      const report = await importMissionStrength(operator, {
        file,
        keepGoodRows: true,
        createMissions: true,
      });
      const orphan = rows.filter((r) => noCountry.has(r.mission!)).length;
      expect(report).toMatchObject({
        total: rows.length,
        created: rows.length - orphan,
        committed: true,
      });
      expect(report.rounded).toBeGreaterThan(0); // interpolated authorisations
      expect(new Set(report.rejected.map((r) => r.reason.split(';')[0]))).toEqual(
        new Set([...noCountry].map((m) => `the table names no host country for ${m}`)),
      );
      expect(report.createdMissions).toContain('UNAMIC');
      // UNPROFOR has no host country in the table, but the known UN missions list it: its rows
      // are in `created` above; only UNFOR, known to neither, is left out.
      expect(noCountry).toEqual(new Set(['UNFOR']));
      // Once UNFOR is created by hand, its rows import; the rest is unchanged.
      await createMission(operatorOf(t()), {
        acronym: 'UNFOR',
        name: 'UNFOR, as the table names it',
        hostCountries: ['HRV'],
        mandateStart: '1995-03-31',
        mandateEnd: '1996-01-31',
        headquarters: { name: 'Zagreb', latitude: 45.81, longitude: 15.98 },
      });
      const again = await importMissionStrength(operator, {
        file,
        keepGoodRows: true,
        createMissions: true,
      });
      expect(again).toMatchObject({
        created: rows.filter((r) => r.mission === 'UNFOR').length,
        updated: 0,
        unchanged: rows.length - orphan,
      });
    });

    it.each(['UNMISS', 'MONUSCO', 'UNAVEM', 'UNOSOM-II'])(
      '%s: authorised, deployed and the gap per month equal the file',
      async (mission) => {
        const answer = await officer.get(`/api/capabilities/mission-strength?mission=${mission}`);
        expect(answer.status).toBe(200);
        expect(
          answer.body.items.map(
            (m: {
              month: string;
              authorised: { total: number | null };
              deployed: { total: number | null };
              gap: number | null;
            }) => ({
              month: m.month,
              authorised: m.authorised.total,
              deployed: m.deployed.total,
              gap: m.gap,
            }),
          ),
        ).toEqual(expected(mission));
      },
    );

    it('a mission not stored is 404, named', async () => {
      const answer = await officer.get('/api/capabilities/mission-strength?mission=NOPE');
      expect(answer.status).toBe(404);
    });
  });
});
