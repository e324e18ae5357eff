/**
 * The CLI interface of issue 6 that scripts rely on (E1):
 * `peaceops forecast countries --data FILE --origin YYYY-MM --horizons 1-13 --out FILE.csv`, on the
 * UCDP country-month data in the ViEWS layout (real data, CC BY-NC: read from the shared data when at
 * hand), gzipped and not; bad arguments refused naming them (on a small generated panel).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { panelCsv } from './support/country-month.js';
import { assertBuilt, runCli } from './support/processes.js';
import { describeRealData, realDataPath } from './support/real-data.js';

const gz = realDataPath('viewsCountryMonth');
const countryList = realDataPath('viewsCountries');
let dir: string;
/** The small generated panel: 6 countries, months 109–204 (1989-01 to 1996-12). */
let smallPanel: string;
const env = { DATABASE_URL: '' };

beforeAll(() => {
  assertBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-forecast-'));
  smallPanel = path.join(dir, 'small-panel.csv');
  fs.writeFileSync(smallPanel, panelCsv());
});

it('refuses an origin outside the data, bad horizons and a missing file, naming them (exit 2)', () => {
  const out = path.join(dir, 'x.csv');
  const late = runCli(
    ['forecast', 'countries', '--data', smallPanel, '--origin', '2021-01', '--out', out],
    env,
  );
  expect(late.code).toBe(2);
  expect(late.stderr).toMatch(/origin: 2021-01 must fall within the data/);
  const horizons = runCli(
    [
      'forecast',
      'countries',
      '--data',
      smallPanel,
      '--origin',
      '1995-06',
      '--horizons',
      '0-3',
      '--out',
      out,
    ],
    env,
  );
  expect(horizons.stderr).toMatch(/horizons: "0-3"/);
  const missing = runCli(
    [
      'forecast',
      'countries',
      '--data',
      path.join(dir, 'none.csv'),
      '--origin',
      '1995-06',
      '--out',
      out,
    ],
    env,
  );
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/data: .*none.csv does not exist/);
});

describeRealData(
  'forecasts from the ViEWS country-month series',
  ['viewsCountryMonth', 'viewsCountries'],
  () => {
    it('writes one row per country and target month with country_id,month_id,horizon,p_sb1,p_sb25 and then the non-state and one-sided columns', () => {
      const out = path.join(dir, 'forecast.csv');
      const res = runCli(
        [
          'forecast',
          'countries',
          '--data',
          gz,
          '--origin',
          '2020-05',
          '--horizons',
          '1-13',
          '--out',
          out,
          '--json',
        ],
        env,
      );
      expect(res.code, res.stderr).toBe(0);
      expect(JSON.parse(res.stdout)).toMatchObject({
        origin: '2020-05',
        countries: 195,
        rows: 195 * 13,
      });
      const rows = parse(fs.readFileSync(out, 'utf8'), { columns: true }) as Record<
        string,
        string
      >[];
      expect(Object.keys(rows[0]!)).toEqual([
        'country_id',
        'month_id',
        'horizon',
        'p_sb1',
        'p_sb25',
        'p_ns1',
        'p_ns25',
        'p_os1',
        'p_os25',
      ]);
      expect(rows).toHaveLength(195 * 13);
      // 2020-05 is month 485: horizon h forecasts month 485 + h.
      for (const r of rows) {
        expect(Number(r.month_id)).toBe(485 + Number(r.horizon));
        expect(Number(r.p_sb25)).toBeLessThanOrEqual(Number(r.p_sb1));
        expect(Number(r.p_sb1)).toBeGreaterThan(0);
        expect(Number(r.p_sb1)).toBeLessThan(1);
        expect(Number(r.p_os25)).toBeLessThanOrEqual(Number(r.p_os1));
        expect(Number(r.p_ns25)).toBeLessThanOrEqual(Number(r.p_ns1));
      }
      // A country at war in the months before is far likelier than one at peace: Afghanistan against
      // Iceland, found by ISO code in the data's country.csv.
      const ids = parse(fs.readFileSync(countryList, 'utf8'), {
        columns: true,
      }) as { isoab: string; country_id: string }[];
      const id = (iso: string) => ids.find((c) => c.isoab === iso)!.country_id;
      const p = (iso: string) =>
        Number(rows.find((r) => r.country_id === id(iso) && r.horizon === '1')!.p_sb1);
      expect(p('AFG')).toBeGreaterThan(0.9);
      expect(p('ISL')).toBeLessThan(0.01);
      // Civilians: the Democratic Republic of the Congo, where armed groups kill civilians month
      // after month, against Iceland.
      const pOs = (iso: string) =>
        Number(rows.find((r) => r.country_id === id(iso) && r.horizon === '1')!.p_os1);
      expect(pOs('COD')).toBeGreaterThan(0.9);
      expect(pOs('ISL')).toBeLessThan(0.01);
      // The command on the whole panel takes ~15 s alone, longer beside the rest of the suite.
    }, 120_000);

    it('reads the plain CSV as well as the gzipped one, with the same result', () => {
      const plain = path.join(dir, 'ged.csv');
      fs.writeFileSync(plain, gunzipSync(fs.readFileSync(gz)));
      const a = path.join(dir, 'a.csv');
      const b = path.join(dir, 'b.csv');
      runCli(
        [
          'forecast',
          'countries',
          '--data',
          gz,
          '--origin',
          '2015-06',
          '--horizons',
          '1,6',
          '--out',
          a,
        ],
        env,
      );
      runCli(
        [
          'forecast',
          'countries',
          '--data',
          plain,
          '--origin',
          '2015-06',
          '--horizons',
          '1,6',
          '--out',
          b,
        ],
        env,
      );
      expect(fs.readFileSync(b, 'utf8')).toBe(fs.readFileSync(a, 'utf8'));
    });

    it('forecast evaluate: the scores of every method per threshold and horizon, as JSON and Markdown', () => {
      const md = path.join(dir, 'eval.md');
      const res = runCli(
        [
          'forecast',
          'evaluate',
          '--data',
          gz,
          '--from',
          '2019-01',
          '--to',
          '2019-03',
          '--horizons',
          '1,3',
          '--markdown',
          md,
          '--out',
          path.join(dir, 'eval.json'),
          '--json',
        ],
        env,
      );
      expect(res.code, res.stderr).toBe(0);
      const report = JSON.parse(res.stdout);
      expect(report.sb1.map((r: { horizon: number }) => r.horizon)).toEqual([1, 3]);
      const h1 = report.sb1[0].scores;
      expect(Object.keys(h1)).toEqual([
        'model',
        'persistence',
        'frequency12',
        'frequency24',
        'frequency36',
        'plain_logistic',
      ]);
      // three origins × the countries in the panel
      expect(h1.model.forecasts).toBe(3 * 195);
      expect(h1.model.calibration).toHaveLength(10);
      expect(h1.model.brier).toBeLessThan(h1.persistence.brier);
      expect(fs.readFileSync(md, 'utf8')).toMatch(
        /### at least 1 state-based fatality \(origins 2019-01 to 2019-03\)/,
      );
      // …and the same for the other two kinds of violence.
      expect(report.os25[1].horizon).toBe(3);
      expect(report.ns1[0].scores.model.forecasts).toBe(3 * 195);
      expect(fs.readFileSync(md, 'utf8')).toMatch(
        /### 25 or more civilians killed in one-sided violence \(origins 2019-01 to 2019-03\)/,
      );
    });

    it('forecast publish: countries named by the data’s country.csv, Kosovo (no code there) left out and said; the evaluation `forecast evaluate --out` wrote is read; a file that is not the country list is refused naming it', () => {
      const dataDir = path.join(dir, 'published');
      const withDb = { ...env, PEACEOPS_DATA_DIR: dataDir };
      // The small panel with its sixth country given Kosovo's ViEWS id (232).
      const panel = path.join(dir, 'panel.csv');
      fs.writeFileSync(panel, panelCsv().toString().replace(/,6$/gm, ',232'));
      const countries = countryList;
      const res = runCli(
        [
          'forecast',
          'publish',
          '--data',
          panel,
          '--countries',
          countries,
          '--origin',
          '1994-12',
          '--evaluation',
          path.join(dir, 'eval.json'),
          '--json',
        ],
        withDb,
      );
      expect(res.code, res.stderr).toBe(0);
      expect(JSON.parse(res.stdout)).toMatchObject({
        origin: '1994-12',
        countries: 5,
        unnamed: [232],
        evaluated: true,
      });
      const bad = runCli(
        ['forecast', 'publish', '--data', panel, '--countries', gz, '--origin', '1994-12'],
        withDb,
      );
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toMatch(/countries: line \d+: not a CSV file of name,isoab,country_id/);
    });
  },
);

describeRealData('bases from Geo-PKO', ['geoPko'], () => {
  it('missions bases: a mission’s bases from Geo-PKO 2.3, once (a second run adds none)', () => {
    const dataDir = path.join(dir, 'bases');
    const withDb = { ...env, PEACEOPS_DATA_DIR: dataDir };
    expect(
      runCli(
        ['missions', 'create', '--acronym', 'MINUSCA', '--name', 'MINUSCA', '--countries', 'CAF'],
        withDb,
      ).code,
    ).toBe(0);
    const geopko = realDataPath('geoPko');
    const args = [
      'missions',
      'bases',
      '--mission',
      'MINUSCA',
      '--geopko',
      geopko,
      '--year',
      '2023',
      '--json',
    ];
    const first = runCli(args, withDb);
    expect(first.code, first.stderr).toBe(0);
    const { found, added } = JSON.parse(first.stdout) as { found: number; added: number };
    expect(found).toBeGreaterThan(20);
    expect(added).toBe(found);
    expect(JSON.parse(runCli(args, withDb).stdout)).toMatchObject({ found, added: 0 });
  });
});
