/**
 * Real data that may not ship with peaceops (its licence is unstated, non-commercial or restricts
 * redistribution) is read from the shared data beside the checkout (`../shared`, or
 * PEACEOPS_SHARED_DIR). A suite that needs it is declared with `describeRealData`:
 * - the files are there: the suite runs;
 * - a file is missing: the suite is skipped, and the run's closing summary names the file and
 *   where to get it (test/support/real-data-reporter.ts);
 * - a file is missing in CI (CI=true): the suite fails, never skips.
 * Data whose licence lets it ship lives in test/fixtures (see its README.md) and needs none of this.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const sharedDir = path.resolve(repoRoot, process.env.PEACEOPS_SHARED_DIR ?? '../shared');

/** Every unshippable file a suite may need, with its public source. */
export const realDataFiles = {
  seaTable: {
    file: 'data/un-peacekeeping/sea-allegations/table_of_allegations_as_of_july_2024.csv',
    source:
      "the UN's table of allegations of sexual exploitation and abuse (Conduct in UN Field Missions, conduct.unmissions.org), exported as CSV; a July 2024 copy is in GitHub skytheacademic/who_keeps_the_peace",
  },
  contributions: {
    file: 'data/un-peacekeeping/contributions-ipi/full_gender_data_2009-11_to_2014-08.csv.gz',
    source:
      "IPI's Providing for Peacekeeping database, GitHub IPIDataLab/PPP_Loader, ppp_files/full_gender_data.csv (gzipped)",
  },
  missionStrength: {
    file: 'data/un-peacekeeping/mission-strength/personnel_shortfall_mission_month.csv',
    source:
      'GitHub treywood10/Mandate_Contribute, Make_Data/Shortfalls/Personnel_shortfall_data.dta, as CSV',
  },
  unFatalities: {
    file: 'data/un-peacekeeping/fatalities/DPPADPOSS-FATALITIES.csv',
    source:
      'the UN Peace and Security Data Hub\'s DPPADPOSS-FATALITIES ("Fatalities in PKOs and SPMs since 1948"); a copy is in GitHub iv-div/my-jupyter-portfolio, peacekeeping-fatalities/',
  },
  geoPko: {
    file: 'data/geo-pko/FrontMap_v.2.3.csv',
    source:
      'Geo-PKO 2.3 (Cil et al. 2020), GitHub geopko/Geo-PKO-Shiny-Dashboard, data/FrontMap_v.2.3.csv',
  },
  viewsCountryMonth: {
    file: 'data/benchmarks/views-2020-competition/ged_cm_postpatch.csv.gz',
    source:
      'the ViEWS 2020 competition, GitHub UppsalaConflictDataProgram/views_competition, data/ged_cm_postpatch.parquet as CSV (CC BY-NC 4.0)',
  },
  viewsCountries: {
    file: 'data/benchmarks/views-2020-competition/country.csv',
    source:
      'the ViEWS 2020 competition, GitHub UppsalaConflictDataProgram/views_competition, data/country.parquet as CSV (CC BY-NC 4.0)',
  },
  acledEvents: {
    file: 'data/acled/acled_old_dummy.csv',
    source:
      "ACLED's R package acledR, GitHub dtacled/acledR, data/acled_old_dummy.rda as CSV (ACLED's terms: tests only)",
  },
  acledEventCategories: {
    file: 'data/acled/acled_event_categories.csv',
    source:
      "ACLED's R package acledR, GitHub dtacled/acledR, data/acled_event_categories.rda as CSV",
  },
  release20261205: {
    file: 'fixtures/release-2026-12-05/peaceops.sqlite.gz',
    source:
      "the project's shared fixtures: each release's database is kept there as it is cut (docs/upgrading.md)",
  },
} as const;

export type RealDataKey = keyof typeof realDataFiles;

/** Where the file would be; it may be missing (use describeRealData to run only when it is not). */
export function realDataPath(key: RealDataKey): string {
  return path.join(sharedDir, realDataFiles[key].file);
}

export function missingRealData(keys: readonly RealDataKey[]): RealDataKey[] {
  return keys.filter((key) => !fs.existsSync(realDataPath(key)));
}

/** The line a missing file gets: what is missing and where to get it. */
export function missingLine(key: RealDataKey): string {
  return `${path.relative(repoRoot, realDataPath(key))} is missing: get it from ${realDataFiles[key].source}`;
}

/** Suites are counted by this tag in their names (the reporter reads it). */
export const realDataTag = '[real data]';

/**
 * A suite over real data: runs when every file in `needs` is at hand, is skipped (named in the
 * closing summary) when one is not, and fails in CI when one is not.
 */
export function describeRealData(
  name: string,
  needs: readonly RealDataKey[],
  body: () => void,
): void {
  const missing = missingRealData(needs);
  const title = `${name} ${realDataTag}`;
  if (missing.length === 0) {
    describe(title, body);
  } else if (process.env.CI === 'true') {
    describe(title, () => {
      it('has its real data (CI runs every real-data suite)', () => {
        throw new Error(missing.map(missingLine).join('\n'));
      });
    });
  } else {
    // The body is not collected: it may read the missing file while declaring its tests.
    describe.skip(title, () => {
      for (const key of missing) it.skip(missingLine(key), () => {});
    });
  }
}

/**
 * `read(file)` when the file is at hand, else `absent`: for what a test module reads while it is
 * loaded, before describeRealData decides whether its suite runs.
 */
export function readRealData<T>(key: RealDataKey, read: (file: string) => T, absent: T): T {
  const file = realDataPath(key);
  return fs.existsSync(file) ? read(file) : absent;
}
