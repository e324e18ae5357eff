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

  it('skips the empty skeleton rows: the country is absent those months', () => {
    const text =
      'ged_best_sb,ged_best_ns,ged_best_os,ged_count_sb,month_id,country_id\n,,,,108,1\n0,0,0,0,109,1\n4,0,0,1,110,1\n';
    const panel = readPanel(Buffer.from(text));
    expect(panel.firstMonth).toBe(109);
    expect([...panel.series.get(1)!.sb]).toEqual([0, 4]);
  });
});
