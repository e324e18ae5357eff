/**
 * Issue 18, the start page: what needs the user now, counted from the answers their permissions
 * allow (and no request for what they may not read), and the last 30 days of incidents — or, when
 * there are none, the date of the latest and what fills the chart.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, renderWith, signedIn, stubApi } from '../../test/render.js';
import { HomePage } from './HomePage.js';

const notification = (id: string, readAt: string | null) => ({
  id,
  missionId: 'm1',
  recordType: 'conduct_case',
  recordId: 'c1',
  kind: 'clock_overdue',
  params: {},
  createdAt: '2026-01-01T00:00:00.000Z',
  readAt,
});
const followUp = (id: string, overdue: boolean, status: 'open' | 'closed' = 'open') => ({
  id,
  incidentId: 'i1',
  missionId: 'm1',
  authority: 'Gendarmerie',
  reference: 'R-1',
  status,
  nextReviewOn: '2026-01-01',
  overdue,
  outcome: null,
  openedAt: '2025-12-01T00:00:00.000Z',
  closedAt: null,
  version: 1,
});

describe('the start page', () => {
  it('counts what is due by the user’s permissions, with links; reads nothing it may not', async () => {
    const sent = stubApi({
      'GET /api/notifications': json({
        items: [notification('n1', null), notification('n2', null), notification('n3', 'x')],
      }),
      'GET /api/follow-ups': json({
        items: [followUp('f1', true), followUp('f2', false), followUp('f3', true, 'closed')],
      }),
      'GET /api/incidents': json({ items: [], nextCursor: null }),
    });
    renderWith(<HomePage {...signedIn(['incidents:read'])} />);
    expect(
      (await screen.findByRole('link', { name: '2 unread notifications' })).getAttribute('href'),
    ).toBe('/notifications');
    expect(
      (
        await screen.findByRole('link', { name: '1 host follow-ups past their review date' })
      ).getAttribute('href'),
    ).toBe('/follow-ups');
    expect(await screen.findByText(/No incident in view yet/)).toBeTruthy();
    expect(sent.map((s) => s.path.split('?')[0])).not.toContain('/api/conduct/overdue-summary');
    expect(sent.map((s) => s.path.split('?')[0])).not.toContain('/api/early-warning/alerts');
  });

  it('in French, the conduct officer’s clocks; nothing due is said as such', async () => {
    stubApi({
      'GET /api/notifications': json({ items: [] }),
      'GET /api/conduct/overdue-summary': json({
        items: [
          {
            missionId: 'm1',
            acronym: 'MINUSCA',
            open: 5,
            evidenceOverdue: 1,
            investigationOverdue: 2,
          },
        ],
      }),
      'GET /api/conduct/complaints': json({ items: [] }),
    });
    renderWith(<HomePage {...signedIn(['conduct:read'])} />, { locale: 'fr' });
    expect(
      await screen.findByRole('link', {
        name: '3 délais de conduite dépassés (preuves ou enquête)',
      }),
    ).toBeTruthy();
    expect(await screen.findByText('Aucune notification non lue')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByText('Toutes les plaintes du public ont été lues')).toBeTruthy(),
    );
  });

  it('a force generation officer sees the pledges waiting on a new assessment visit (K1), deployed ones aside', async () => {
    const pledge = (id: string, visitExpiredOn: string | null, deployed = false) => ({
      id,
      contributor: 'RWA',
      contributorName: 'Rwanda',
      capability: 'infantry_battalion',
      strength: 850,
      women: 60,
      majorEquipment: [],
      selfSustainment: [],
      availableFrom: '2026-01-01',
      availableUntil: null,
      level: '1',
      recordedLevel: visitExpiredOn ? '2' : '1',
      visitValidUntil: visitExpiredOn,
      visitExpiredOn,
      history: [],
      eligibility: { status: 'eligible', reasons: [] },
      caveats: [],
      deployment: deployed ? { missionId: 'm1', deployedOn: '2026-02-01' } : null,
      incidents: [],
      version: 1,
    });
    stubApi({
      'GET /api/notifications': json({ items: [] }),
      'GET /api/capabilities/pledges': json({
        items: [
          pledge('p1', '2026-03-01'),
          pledge('p2', '2026-04-01'),
          pledge('p3', '2026-03-01', true),
          pledge('p4', null),
        ],
      }),
    });
    renderWith(<HomePage {...signedIn(['capabilities:read'])} />);
    const link = await screen.findByRole('link', {
      name: '2 pledges wait on a new assessment visit: theirs ran out, so they count as level 1',
    });
    expect(link.getAttribute('href')).toBe('/readiness');
  });
});
