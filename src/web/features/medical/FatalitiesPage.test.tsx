/** M4: the fatalities page draws the public counts as charts, in the reader's words, or says how to fill it. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, renderWith, stubApi } from '../../test/render.js';
import { FatalitiesPage } from './FatalitiesPage.js';

const table = (by: string, rows: [string, number][]) => ({
  by: [by],
  rows: rows.map(([value, fatalities]) => ({ group: { [by]: value }, fatalities })),
  total: rows.reduce((sum, [, n]) => sum + n, 0),
});

describe('the fatalities page', () => {
  it('charts by year, type, personnel and mission, in French, sent without a session', async () => {
    const sent = stubApi({
      'GET /api/public/medical/fatalities/statistics?by=year': json(
        table('year', [
          ['2017', 61],
          ['2018', 27],
        ]),
      ),
      'GET /api/public/medical/fatalities/statistics?by=incident_type': json(
        table('incident_type', [
          ['accident', 20],
          ['malicious_act', 68],
        ]),
      ),
      'GET /api/public/medical/fatalities/statistics?by=personnel': json(
        table('personnel', [
          ['local_civilian', 8],
          ['military', 80],
        ]),
      ),
      'GET /api/public/medical/fatalities/statistics?by=mission': json(
        table('mission', [
          ['MINUSCA', 50],
          ['MINUSMA', 38],
        ]),
      ),
    });
    renderWith(<FatalitiesPage />, { locale: 'fr' });
    expect((await screen.findByTestId('fatalities-total')).textContent).toMatch(
      /^88 décès enregistrés/,
    );
    const byType = screen.getByRole('figure', { name: 'Par type d’incident' });
    // Most first, in the reader's words.
    expect(within(byType).getAllByRole('listitem')[0]!.textContent).toMatch(/Acte de malveillance/);
    expect(screen.getByRole('figure', { name: 'Par catégorie de personnel' }).textContent).toMatch(
      /Personnel recruté localement/,
    );
    for (const request of sent) expect(request.path).toMatch(/^\/api\/public\//);
  });

  it('empty: says which command loads the UN’s file', async () => {
    stubApi({
      'GET /api/public/medical/fatalities/statistics': json({ by: ['year'], rows: [], total: 0 }),
    });
    renderWith(<FatalitiesPage />);
    expect((await screen.findByTestId('fatalities-empty')).textContent).toMatch(
      /peaceops import fatalities DPPADPOSS-FATALITIES\.csv/,
    );
  });
});
