/**
 * Issue 23: an alert's notification speaks the reader's language — its headline written from the
 * alert's text, its severity translated; a notification from before texts were kept shows the
 * English headline it carries.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AlertText } from '../../../modules/early-warning/alert-texts.taxonomy.js';
import { json, renderWith, stubApi } from '../../test/render.js';
import { NotificationsPage } from './NotificationsPage.js';

const text: AlertText = {
  key: 'incident_near_base',
  values: {
    category: 'violence_against_civilians',
    killed: 6,
    day: '2026-01-02',
    km: 11.2,
    base: 'Bria team site',
    baseKind: 'team_site',
    radiusKm: 20,
  },
};
const alertNotice = (id: string, params: Record<string, string>) => ({
  id,
  missionId: 'm1',
  recordType: 'alert',
  recordId: `a-${id}`,
  kind: 'early-warning.alert',
  params,
  createdAt: '2026-01-02T10:00:00.000Z',
  readAt: null,
});

describe('notifications of alerts', () => {
  it('show the alert in the reader’s language, from its text', async () => {
    stubApi({
      'GET /api/notifications': json({
        items: [
          alertNotice('n1', {
            headline: '6 killed 11 km from Bria team site',
            severity: 'Severe',
            text: JSON.stringify(text),
          }),
          alertNotice('n2', { headline: '3 killed 4.0 km from Ndele', severity: 'Moderate' }),
        ],
      }),
    });
    renderWith(<NotificationsPage />, { locale: 'fr' });
    expect(
      await screen.findByText('Alerte (Grave) : 6 morts à 11 km de Bria team site'),
    ).toBeTruthy();
    // Raised before texts were kept: the English headline it carries, the severity translated.
    expect(await screen.findByText('Alerte (Modérée) : 3 killed 4.0 km from Ndele')).toBeTruthy();
  });
});
