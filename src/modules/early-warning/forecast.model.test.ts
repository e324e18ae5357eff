/**
 * E1 (¶17–20, ¶34): forecasts use only the months up to the origin — changing every later month
 * leaves every forecast as it was; the probability of 25 or more never exceeds that of at least 1;
 * every country in the panel at the origin is forecast for every horizon.
 */
import { describe, expect, it } from 'vitest';
import { panelCsv } from '../../../test/support/country-month.js';
import { readPanel } from './country-month.data.js';
import { featureTable, forecastAll } from './forecast.model.js';

const csv = panelCsv;

describe('E1 forecasts', () => {
  const origin = 180;

  it('use only months up to the origin: every later month changed, the same forecasts', () => {
    const before = forecastAll(featureTable(readPanel(csv())), { origin, horizons: [1, 6, 13] });
    const changed = forecastAll(
      featureTable(readPanel(csv((_, m) => (m > origin ? 5_000 : undefined)))),
      { origin, horizons: [1, 6, 13] },
    );
    expect(changed).toEqual(before);
    // …and changing a month before the origin does change them (the test can fail).
    const earlier = forecastAll(
      featureTable(readPanel(csv((c, m) => (m === origin && c === 6 ? 500 : undefined)))),
      { origin, horizons: [1] },
    );
    expect(earlier.find((f) => f.countryId === 6)!.sb1.model).toBeGreaterThan(
      before.find((f) => f.countryId === 6 && f.horizon === 1)!.sb1.model,
    );
  });

  it('forecast every country present at the origin, for each horizon, target month = origin + horizon', () => {
    const rows = forecastAll(featureTable(readPanel(csv())), { origin, horizons: [1, 2, 3] });
    expect(rows).toHaveLength(6 * 3);
    expect(new Set(rows.map((r) => `${r.horizon}:${r.monthId}`))).toEqual(
      new Set(['1:181', '2:182', '3:183']),
    );
  });

  it('P(≥25) never exceeds P(≥1); probabilities stay strictly between 0 and 1', () => {
    for (const r of forecastAll(featureTable(readPanel(csv())), { origin, horizons: [1, 6] })) {
      expect(r.sb25.model).toBeLessThanOrEqual(r.sb1.model);
      expect(r.sb1.model).toBeGreaterThan(0);
      expect(r.sb1.model).toBeLessThan(1);
    }
  });

  it('a country at peace throughout gets a low probability, one at war a high one', () => {
    const rows = forecastAll(featureTable(readPanel(csv())), { origin, horizons: [1] });
    const peace = rows.find((r) => r.countryId === 6)!;
    expect(peace.sb1.model).toBeLessThan(0.05);
    // The countries with fatalities in the origin month are the likeliest to have them next month.
    const panel = readPanel(csv());
    const atWar = rows.filter(
      (r) => panel.series.get(r.countryId)!.sb[origin - panel.firstMonth]! > 0,
    );
    expect(atWar.length).toBeGreaterThan(0);
    for (const r of atWar) expect(r.sb1.model).toBeGreaterThan(0.5);
  });
});

describe('E1 forecasts of each kind of violence (issue 23: against civilians, non-state)', () => {
  const origin = 180;
  /** Country 6 is at peace in state-based terms; here its armed groups kill civilians every month. */
  const civiliansKilled = (c: number, m: number) => (c === 6 && m <= origin ? 40 : undefined);
  const csvOs = (os: (c: number, m: number) => number | undefined) => {
    const lines = panelCsv().toString('utf8').split('\n');
    return Buffer.from(
      lines
        .map((line, i) => {
          if (i === 0) return line;
          const v = line.split(',');
          const value = os(Number(v[5]), Number(v[4]));
          if (value !== undefined) v[2] = String(value);
          return v.join(',');
        })
        .join('\n'),
    );
  };

  it('each kind is forecast from its own history: civilians killed every month make P(os ≥ 25) high, P(sb ≥ 1) stays low', () => {
    const rows = forecastAll(featureTable(readPanel(csvOs(civiliansKilled))), {
      origin,
      horizons: [1],
    });
    const six = rows.find((r) => r.countryId === 6)!;
    expect(six.os1.model).toBeGreaterThan(0.9);
    expect(six.os25.model).toBeGreaterThan(0.5);
    expect(six.sb1.model).toBeLessThan(0.05);
    // Without them, the same country's P(os ≥ 25) is low (no country ever reached 25).
    const before = forecastAll(featureTable(readPanel(csv())), { origin, horizons: [1] });
    expect(before.find((r) => r.countryId === 6)!.os25.model).toBeLessThan(0.05);
  });

  it('one-sided and non-state forecasts use only months up to the origin too', () => {
    const later = (c: number, m: number) => (m > origin ? 900 : civiliansKilled(c, m));
    const a = forecastAll(featureTable(readPanel(csvOs(civiliansKilled))), {
      origin,
      horizons: [1, 6],
    });
    const b = forecastAll(featureTable(readPanel(csvOs(later))), { origin, horizons: [1, 6] });
    expect(b).toEqual(a);
  });

  it('for every kind, P(≥25) never exceeds P(≥1)', () => {
    for (const r of forecastAll(featureTable(readPanel(csvOs(civiliansKilled))), {
      origin,
      horizons: [1, 6],
    }))
      for (const k of ['sb', 'ns', 'os'] as const)
        expect(r[`${k}25`].model).toBeLessThanOrEqual(r[`${k}1`].model);
  });
});

describe('reading the ViEWS layout', () => {
  it('refuses a bad value naming its line and column, and a missing column', () => {
    const bad =
      'ged_best_sb,ged_best_ns,ged_best_os,ged_count_sb,month_id,country_id\n3,0,0,1,109,1\n-2,0,0,1,110,1\n';
    expect(() => readPanel(Buffer.from(bad))).toThrow(
      /line 3, ged_best_sb: "-2" is not a non-negative number/,
    );
    expect(() => readPanel(Buffer.from('month_id,country_id\n1,1\n'))).toThrow(
      /ged_best_sb: column missing/,
    );
  });

  it('reads the events of the other two kinds when the file has them, and names a bad one', () => {
    const header =
      'ged_best_sb,ged_best_ns,ged_best_os,ged_count_sb,ged_count_ns,ged_count_os,month_id,country_id';
    const panel = readPanel(Buffer.from(`${header}\n0,3,7,0,1,2,109,1\n`));
    expect([...panel.series.get(1)!.osEvents]).toEqual([2]);
    expect([...panel.series.get(1)!.nsEvents]).toEqual([1]);
    expect(() => readPanel(Buffer.from(`${header}\n0,3,7,0,1,x,109,1\n`))).toThrow(
      /line 2, ged_count_os: "x" is not a non-negative number/,
    );
  });

  it('skips the empty skeleton rows: the country is absent those months', () => {
    const text =
      'ged_best_sb,ged_best_ns,ged_best_os,ged_count_sb,month_id,country_id\n,,,,108,1\n0,0,0,0,109,1\n4,0,0,1,110,1\n';
    const panel = readPanel(Buffer.from(text));
    expect(panel.firstMonth).toBe(109);
    expect([...panel.series.get(1)!.sb]).toEqual([0, 4]);
  });
});
