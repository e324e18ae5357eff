/**
 * E1 published (¶17–20, 34), on both dialects: the forecasts stored are the model's own for every
 * named country and horizon, with the months of history the model read; the page's three reads
 * (map, country, evaluation) answer them; a country without an ISO3 code is left out and said;
 * only headquarters publishes; a role without early-warning:read is refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { panelCsv } from '../../../test/support/country-month.js';
import { actorFor } from '../../../test/support/actor.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { operator, password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn } from '../../../test/support/http.js';
import { systemActor } from '../../core/system-actor.js';
import { readCountryCodes } from './country-codes.taxonomy.js';
import { readPanel } from './country-month.data.js';
import { readEvaluation } from './forecast.evaluation-file.js';
import { featureTable, forecastAll } from './forecast.model.js';
import type { ForecastEvaluation } from './forecast.schema.js';
import { publishForecasts } from './forecast.service.js';

const codes = readCountryCodes(
  'name,isoab,country_id\nCentral African Republic,CAF,1\nMali,MLI,2\nSouth Sudan,SSD,3\nDR Congo,COD,4\nSomalia,SOM,5\n',
);
const evaluation: ForecastEvaluation = {
  from: '1992-01',
  to: '1994-12',
  sb1: [
    {
      horizon: 1,
      scores: {
        model: {
          forecasts: 180,
          events: 60,
          brier: 0.1,
          rocAuc: 0.9,
          prAuc: 0.8,
          calibration: [{ from: 0, to: 0.1, count: 100, meanForecast: 0.05, observed: 0.04 }],
        },
      },
    },
  ],
  sb25: [],
};
const origin = 180; // 1994-12

eachDialect('published forecasts (E1)', (t) => {
  let world: World;
  const table = featureTable(readPanel(panelCsv()));
  const expected = forecastAll(table, {
    origin,
    horizons: Array.from({ length: 13 }, (_, i) => i + 1),
  });

  beforeAll(async () => {
    world = await seedWorld(t());
  });

  it('E1: only headquarters publishes; an analyst working in a mission is refused', async () => {
    const ctx = {
      ...t().ctx,
      requestId: 'test',
      actor: await actorFor(t(), world.users.analyst.id, world.missionA.id),
    };
    await expect(
      publishForecasts(ctx, { table, origin, codes, source: 'x', horizons: [1], evaluation }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('E1: the stored forecasts are the model’s, for every named country and horizon; the unnamed one is said', async () => {
    const run = await publishForecasts(
      { ...operator(t()), actor: systemActor('op', 'cli', ['early-warning:write']) },
      {
        table,
        origin,
        codes,
        source: 'panel.csv',
        horizons: Array.from({ length: 13 }, (_, i) => i + 1),
        evaluation,
      },
    );
    expect(run).toMatchObject({ origin: '1994-12', countries: 5, unnamed: [6], evaluated: true });
    const viewer = await signIn(t(), world.users.viewer.username, password);
    const map = await viewer.get('/api/early-warning/forecasts?horizon=13');
    expect(map.status).toBe(200);
    expect(map.body.run.origin).toBe('1994-12');
    expect(map.body.items.map((i: { iso3: string }) => i.iso3)).toEqual([
      'CAF',
      'COD',
      'MLI',
      'SOM',
      'SSD',
    ]);
    const mali = map.body.items.find((i: { iso3: string }) => i.iso3 === 'MLI');
    const model = expected.find((f) => f.countryId === 2 && f.horizon === 13)!;
    expect(mali.month).toBe('1996-01');
    expect(mali.pSb1).toBeCloseTo(model.sb1.model, 9);
    expect(mali.pSb25).toBeCloseTo(model.sb25.model, 9);
    // Issue 23: one-sided violence against civilians and non-state violence, stored beside.
    expect(mali.pOs1).toBeCloseTo(model.os1.model, 9);
    expect(mali.pOs25).toBeCloseTo(model.os25.model, 9);
    expect(mali.pNs1).toBeCloseTo(model.ns1.model, 9);
    expect(mali.pNs25).toBeCloseTo(model.ns25.model, 9);
    expect(mali.pOs1).not.toBeCloseTo(mali.pSb1, 3);
  });

  it('E1: a country’s page has the 48 months up to the origin as the model read them and its 13 forecasts', async () => {
    const viewer = await signIn(t(), world.users.viewer.username, password);
    const caf = await viewer.get('/api/early-warning/forecasts/countries/CAF');
    expect(caf.status).toBe(200);
    expect(caf.body.country).toBe('Central African Republic');
    expect(caf.body.history).toHaveLength(48);
    expect(caf.body.history.at(-1).month).toBe('1994-12');
    const series = table.panel.series.get(1)!.sb;
    expect(caf.body.history.at(-1).fatalities).toBe(series[origin - table.panel.firstMonth]);
    const { os, ns } = table.panel.series.get(1)!;
    expect(caf.body.history.map((h: { fatalitiesOs: number }) => h.fatalitiesOs)).toEqual([
      ...os.subarray(origin - table.panel.firstMonth - 47, origin - table.panel.firstMonth + 1),
    ]);
    expect(caf.body.history.at(-2).fatalitiesNs).toBe(ns[origin - table.panel.firstMonth - 1]);
    expect(caf.body.forecasts.map((f: { horizon: number }) => f.horizon)).toEqual(
      Array.from({ length: 13 }, (_, i) => i + 1),
    );
    expect((await viewer.get('/api/early-warning/forecasts/countries/FRA')).status).toBe(404);
    const scored = await viewer.get('/api/early-warning/forecasts/evaluation');
    expect(scored.body.evaluation.sb1[0].scores.model.brier).toBe(0.1);
  });

  it('a role without early-warning:read is refused the forecasts', async () => {
    const conduct = await signIn(t(), world.users.conduct_officer.username, password);
    expect((await conduct.get('/api/early-warning/forecasts')).status).toBe(403);
  });
});

describe('E1 publishing input', () => {
  it('a country file with a bad code is refused naming its line', () => {
    expect(() => readCountryCodes('name,isoab,country_id\nMali,MLI,2\nX,-99,3\n')).toThrow(
      /line 3: isoab "-99"/,
    );
  });

  it('an evaluation file with a wrong field is refused naming it', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eval-')), 'e.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ ...evaluation, sb1: [{ horizon: 'one', scores: {} }] }),
    );
    expect(() => readEvaluation(file)).toThrow(/sb1\.0\.horizon/);
  });
});
