/**
 * Pages with nothing to show yet say so, and say it in the reader's language: each page below is
 * given the empty answers a new mission's server gives, and must show its own "none yet" message
 * (never a blank table, never an alert).
 */
import { screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { loadCatalog, type Locale } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/en.js';
import { json, renderWith, signedIn, stubApi } from '../test/render.js';
import { navEntries } from './modules.js';

vi.mock('maplibre-gl', () => import('../test/maplibre-stub.js'));

const none = json({ items: [] });
const emptyPage = json({ items: [], nextCursor: null });

/** What a server with no records answers, by path. */
const emptyServer = {
  'GET /api/missions': none,
  'GET /api/notifications': none,
  'GET /api/rules': none,
  'GET /api/follow-ups': none,
  'GET /api/conduct/cases': emptyPage,
  'GET /api/conduct/overdue-summary': none,
  'GET /api/conduct/measures': none,
  'GET /api/conduct/complaints': none,
  'GET /api/conduct/screenings': none,
  'GET /api/early-warning/situations': none,
  'GET /api/early-warning/inquiries': none,
  'GET /api/early-warning/units': none,
  'GET /api/early-warning/alerts': none,
  'GET /api/early-warning/alert-rules': none,
  'GET /api/early-warning/hotspots': json({
    asOf: null,
    recentDays: 90,
    baselineDays: 730,
    cellSize: 0.5,
    falseDiscoveryRate: 0.05,
    minEvents: 3,
    cells: [],
  }),
  'GET /api/early-warning/grid-forecasts': json({ runs: [], cells: [] }),
  'GET /api/early-warning/grid-forecasts/evaluation': json({ run: null, evaluation: null }),
  'GET /api/bases': none,
  'GET /api/capabilities/requirements': none,
  'GET /api/capabilities/pledges': none,
  'GET /api/capabilities/mous': none,
  'GET /api/incidents': emptyPage,
  'GET /api/incidents/facets': json({ adminAreas: [] }),
  'GET /api/incidents/timeline': json({ months: [] }),
  'GET /api/incidents/map': json({
    total: 0,
    mode: 'points',
    points: [],
    cells: [],
    cellSize: null,
  }),
};

const cases: [path: string, message: MessageKey][] = [
  ['/incidents', 'incidents.noneInView'],
  ['/notifications', 'notifications.none'],
  ['/rules', 'rules.none'],
  ['/follow-ups', 'followUps.none'],
  ['/conduct', 'conduct.none'],
  ['/conduct-overview', 'conduct.summary.none'],
  ['/complaints', 'complaints.none'],
  ['/vetting', 'vetting.none'],
  ['/situations', 'situations.none'],
  ['/inquiries', 'inquiries.none'],
  ['/alerts', 'alerts.none'],
  ['/alerts', 'grid.empty'],
  ['/force-selection', 'selection.noRequirements'],
  ['/readiness', 'readiness.none'],
  ['/units', 'units.none'],
  ['/missions', 'missions.none'],
];

const permissions = [
  'incidents:read',
  'early-warning:read',
  'conduct:read',
  'conduct:write',
  'conduct:overview',
  'conduct:vet',
  'capabilities:read',
  'missions:read',
];

describe.each(['en', 'fr', 'ar'] as Locale[])('in %s', (locale) => {
  it.each(cases)('%s says it has nothing yet', async (path, message) => {
    const sent = stubApi(emptyServer);
    const Page = navEntries.find((e) => e.path === path)!.page;
    renderWith(
      <Suspense fallback={null}>
        <Page {...signedIn(permissions)} />
      </Suspense>,
      { locale },
    );
    const text = (await loadCatalog(locale))[message];
    expect(await screen.findByText(text, { exact: false })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(sent.length).toBeGreaterThan(0);
  });
});
