/** `peaceops missions create|list`: missions from the command line (idempotent by acronym). */
import type { Command } from 'commander';
import { DomainError } from '../../core/errors.js';
import { print, table, type Output } from '../../cli/output.js';
import { withApp } from '../../cli/runtime.js';
import { validationError } from '../../server/validation.js';
import { countryByIso3, countryCentre } from './countries.taxonomy.js';
import { findMissionByAcronym } from './mission.repository.js';
import { CreateMissionInput } from './mission.schema.js';
import fs from 'node:fs';
import os from 'node:os';
import { systemActor } from '../../core/system-actor.js';
import { addBases } from './base.service.js';
import { geopkoBases } from './geopko-bases.service.js';
import { createMission, listMissions, missionIdByAcronym } from './mission.service.js';

interface CreateOptions {
  acronym: string;
  name: string;
  countries: string;
  mandateStart?: string;
  mandateEnd?: string;
  hq?: string;
}

/** "Bangui,4.3947,18.5582" → headquarters; absent → the centre of the first host country, said so in its name. */
function headquarters(hq: string | undefined, countries: string[]) {
  if (hq) {
    const m = /^(.+),\s*(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)$/.exec(hq.trim());
    if (!m)
      throw new DomainError(
        'validation_failed',
        '--hq: expected NAME,LATITUDE,LONGITUDE (e.g. "Bangui,4.39,18.56")',
        [{ path: 'hq', message: 'expected NAME,LATITUDE,LONGITUDE' }],
      );
    return { name: m[1]!.trim(), latitude: Number(m[2]), longitude: Number(m[3]) };
  }
  const country = countryByIso3(countries[0] ?? '');
  if (!country)
    throw new DomainError(
      'validation_failed',
      `--countries: ${countries[0] ?? '(none)'} is not a known ISO 3166-1 alpha-3 code; give --hq NAME,LAT,LON`,
      [{ path: 'countries', message: 'unknown ISO3 code' }],
    );
  return countryCentre(country);
}

export function registerMissionCommands(program: Command, out: Output): void {
  const missions = program.command('missions').description('missions (headquarters creates them)');
  missions
    .command('create')
    .description('create a mission; does nothing if the acronym exists')
    .requiredOption('--acronym <ACRONYM>', 'e.g. MINUSCA')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--countries <ISO3[,ISO3]>', 'host countries, ISO 3166-1 alpha-3')
    .option('--mandate-start <YYYY-MM-DD>', 'first day of the mandate (default: today)')
    .option('--mandate-end <YYYY-MM-DD>', 'last day of the mandate')
    .option('--hq <NAME,LAT,LON>', 'headquarters (default: the centre of the first host country)')
    .option('--json', 'machine-readable output')
    .action((opts: CreateOptions) =>
      withApp(out, async (rt) => {
        const acronym = opts.acronym.trim().toUpperCase();
        const existing = await findMissionByAcronym(rt.ctx.db, acronym);
        if (existing) {
          print(
            out,
            { created: false, mission: existing },
            () => `mission ${acronym} exists (${existing.id}); nothing changed`,
          );
          return;
        }
        const countries = opts.countries
          .split(',')
          .map((c) => c.trim().toUpperCase())
          .filter(Boolean);
        const parsed = CreateMissionInput.safeParse({
          acronym,
          name: opts.name,
          hostCountries: countries,
          mandateStart: opts.mandateStart ?? rt.ctx.clock.now().toISOString().slice(0, 10),
          mandateEnd: opts.mandateEnd ?? null,
          headquarters: headquarters(opts.hq, countries),
        });
        if (!parsed.success) throw validationError(parsed.error, 'mission');
        const mission = await createMission(rt.operator, parsed.data);
        print(
          out,
          { created: true, mission },
          () =>
            `created mission ${mission.acronym} (${mission.id}); headquarters: ${mission.headquarters.name}`,
        );
      }),
    );
  missions
    .command('bases')
    .description(
      "load a mission's bases from Geo-PKO 2.3 (FrontMap_v.2.3.csv); places it has are kept",
    )
    .requiredOption('--mission <acronym>', 'the mission, e.g. MINUSCA')
    .requiredOption('--geopko <file.csv>', 'Geo-PKO 2.3 mission-year-location table')
    .option('--year <year>', "the year's locations (default: the mission's latest)")
    .option('--json', 'machine-readable output')
    .action((opts: { mission: string; geopko: string; year?: string }) =>
      withApp(out, async (rt) => {
        const ctx = {
          ...rt.ctx,
          requestId: 'cli-bases',
          actor: systemActor(os.userInfo().username, 'cli'),
        };
        const { year, bases } = geopkoBases(fs.readFileSync(opts.geopko, 'utf8'), {
          mission: opts.mission,
          ...(opts.year ? { year: Number(opts.year) } : {}),
        });
        const added = await addBases(ctx, await missionIdByAcronym(ctx, opts.mission), {
          bases,
          source: `Geo-PKO 2.3 (${year})`,
          skipExisting: true,
        });
        print(
          out,
          { year, found: bases.length, added: added.length },
          () =>
            `${added.length} of ${bases.length} bases of ${opts.mission.toUpperCase()} in ${year} added`,
        );
      }),
    );
  missions
    .command('list')
    .description('every mission')
    .option('--json', 'machine-readable output')
    .action(() =>
      withApp(out, async (rt) => {
        const items = await listMissions(rt.operator);
        print(out, items, () =>
          table(
            items.map((m) => ({
              acronym: m.acronym,
              countries: m.hostCountries.join(','),
              start: m.mandateStart,
              id: m.id,
            })),
          ),
        );
      }),
    );
}
