/**
 * Issue 23 on the forecast page: the reader chooses the kind of violence; a run published before
 * one-sided and non-state violence were forecast says it has none of them instead of drawing an
 * empty map, and still shows its state-based forecasts.
 */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, renderWith, signedIn, stubApi } from '../../test/render.js';
import { ForecastPage } from './ForecastPage.js';

vi.mock('maplibre-gl', () => import('../../test/maplibre-stub.js'));

const run = {
  id: 'r1',
  origin: '2020-05',
  model: 'peaceops-logistic-1',
  source: 'ged_cm',
  countries: 2,
  publishedAt: '2020-06-01T00:00:00.000Z',
  publishedBy: 'analyst',
  evaluated: false,
};
const item = ([iso3, country]: [string, string], p: number, os: number | null) => ({
  iso3,
  country,
  horizon: 1,
  month: '2020-06',
  pSb1: p,
  pSb25: p / 2,
  pNs1: os,
  pNs25: os,
  pOs1: os,
  pOs25: os === null ? null : os / 2,
});

const score = (brier: number) => ({
  forecasts: 100,
  events: 10,
  brier,
  rocAuc: 0.9,
  prAuc: 0.5,
  calibration: [],
});
/** As PostgreSQL's jsonb gives it back: the methods' keys sorted by length, then alphabetically. */
const evaluation = {
  from: '2012-01',
  to: '2019-12',
  sb1: [],
  sb25: [
    {
      horizon: 1,
      scores: {
        model: score(0.01),
        frequency12: score(0.02),
        frequency24: score(0.03),
        frequency36: score(0.04),
        persistence: score(0.05),
        plain_logistic: score(0.06),
      },
    },
  ],
};

function serve(
  items: ReturnType<typeof item>[],
  options: { evaluated?: unknown; locale?: 'en' | 'fr' | 'ar' } = {},
) {
  stubApi({
    'GET /api/early-warning/forecasts': json({ run, items }),
    'GET /api/early-warning/forecasts/evaluation': json({
      run,
      evaluation: options.evaluated ?? null,
    }),
  });
  renderWith(<ForecastPage {...signedIn(['early-warning:read'])} />, {
    locale: options.locale ?? 'en',
  });
}

describe('the forecast page, by kind of violence', () => {
  it('ranks the countries by the chosen kind', async () => {
    serve([item(['CAF', 'Central African Republic'], 0.9, 0.2), item(['MLI', 'Mali'], 0.5, 0.8)]);
    const rows = async () =>
      (await screen.findByTestId('most-at-risk')).querySelectorAll('tbody tr button');
    await screen.findByText('Central African Republic');
    expect([...(await rows())].map((b) => b.textContent)).toEqual([
      'Central African Republic',
      'Mali',
    ]);
    fireEvent.change(screen.getByLabelText('Kind of violence'), { target: { value: 'os' } });
    fireEvent.change(screen.getByLabelText('Deaths'), { target: { value: 'sb1' } });
    expect([...(await rows())].map((b) => b.textContent)).toEqual([
      'Mali',
      'Central African Republic',
    ]);
    expect(screen.queryByTestId('kind-missing')).toBeNull();
  });

  it('a run from before one-sided violence was forecast says so, and keeps its state-based forecasts', async () => {
    serve([item(['CAF', 'Central African Republic'], 0.9, null)]);
    await screen.findByText('Central African Republic');
    fireEvent.change(screen.getByLabelText('Kind of violence'), { target: { value: 'os' } });
    expect((await screen.findByTestId('kind-missing')).textContent).toMatch(
      /published before this kind of violence was forecast/,
    );
    expect(screen.queryByText('Central African Republic')).toBeNull();
    fireEvent.change(screen.getByLabelText('Kind of violence'), { target: { value: 'sb' } });
    expect(await screen.findByText('Central African Republic')).toBeTruthy();
  });

  it('lists the methods in the model’s order whatever order the stored evaluation kept', async () => {
    serve([item(['CAF', 'Central African Republic'], 0.9, 0.2)], { evaluated: evaluation });
    const rows = (await screen.findByTestId('scores')).querySelectorAll(
      'tbody tr th, tbody tr td:first-child',
    );
    expect([...rows].map((r) => r.textContent).slice(0, 3)).toEqual([
      'This model',
      'Persistence (last month)',
      'Share of the last 12 months',
    ]);
  });

  it('names the countries in the reader’s language (French, Arabic) by their ISO code', async () => {
    serve([item(['CAF', 'Central African Republic'], 0.9, 0.2)], { locale: 'fr' });
    expect(await screen.findByText('République centrafricaine')).toBeTruthy();
  });
});
