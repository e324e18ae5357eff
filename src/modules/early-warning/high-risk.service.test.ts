/**
 * E3 (¶17–20) through the API on both dialects: a high-risk situation with its owner, evidence and
 * reviews; the next review quarterly by default; overdue ones listed; an incident the reader cannot
 * reach is counted as withheld, never named; another mission sees nothing.
 */
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import { sweepOverdueReviews } from './high-risk-sweep.service.js';

eachDialect('high-risk situations (E3)', (t) => {
  let world: World;
  let analyst: Agent;
  let situation: { id: string; version: number };

  beforeAll(async () => {
    world = await seedWorld(t());
    analyst = await signIn(t(), world.users.analyst.username, password);
  });

  it('E3: opened with its owner; first review three months on; reviews keep forum, decision, follow-up', async () => {
    const opened = await analyst.post('/api/early-warning/situations', {
      title: 'Armed group build-up around Bria',
      area: 'Haute-Kotto, around Bria',
      description: 'Movements reported along the Ndele road since January.',
      owner: world.users.planner.username,
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body).toMatchObject({
      missionId: world.missionA.id,
      owner: world.users.planner.username,
      status: 'open',
      review: 'due',
      nextReviewOn: '2026-06-01',
    });
    situation = opened.body;
    const reviewed = await analyst.post(`/api/early-warning/situations/${situation.id}/reviews`, {
      version: situation.version,
      reviewedOn: '2026-03-01',
      forum: 'senior_action_group',
      decision: 'Reinforce the Bria company base; request a protection team.',
      followUp: 'Report back on the protection team',
      followUpOn: '2026-03-20',
    });
    expect(reviewed.body.reviews).toEqual([
      {
        reviewedOn: '2026-03-01',
        forum: 'senior_action_group',
        decision: 'Reinforce the Bria company base; request a protection team.',
        followUp: 'Report back on the protection team',
        followUpOn: '2026-03-20',
        nextReviewOn: '2026-06-01',
        reviewedBy: world.users.analyst.username,
      },
    ]);
    situation = reviewed.body;
    const unknownOwner = await analyst.post('/api/early-warning/situations', {
      title: 'x situation',
      area: 'somewhere',
      description: 'something',
      owner: 'nobody-here',
    });
    expect(unknownOwner.body.error.details[0].path).toBe('owner');
  });

  it('E3: overdue reviews are listed once past their date', async () => {
    expect((await analyst.get('/api/early-warning/situations?overdue=true')).body.items).toEqual(
      [],
    );
    t().clock.set(new Date('2026-06-02T08:00:00Z'));
    const later = await signIn(t(), world.users.analyst.username, password);
    const overdue = (await later.get('/api/early-warning/situations?overdue=true')).body.items;
    expect(overdue.map((s: { id: string; review: string }) => [s.id, s.review])).toEqual([
      [situation.id, 'overdue'],
    ]);
    // The owner is reminded, once for this review date.
    expect(await sweepOverdueReviews(t().ctx)).toBe(1);
    expect(await sweepOverdueReviews(t().ctx)).toBe(0);
    const owner = await signIn(t(), world.users.planner.username, password);
    expect((await owner.get('/api/notifications')).body.items).toEqual([
      expect.objectContaining({
        kind: 'early-warning.review_overdue',
        params: { title: 'Armed group build-up around Bria', due: '2026-06-01' },
      }),
    ]);
    t().clock.set(new Date('2026-03-01T08:00:00Z'));
    analyst = await signIn(t(), world.users.analyst.username, password);
  });

  it('E3: evidence linked — an incident in reach, a forecast by its key; one the reader cannot reach is withheld', async () => {
    const officer = await signIn(t(), world.users.conduct_officer.username, password);
    const patrols = await officer.post('/api/compartments', {
      name: 'Patrol reports',
      sensitive: false,
    });
    await officer.post(`/api/compartments/${patrols.body.id}/members`, {
      userId: world.users.analyst.id,
    });
    const incident = await analyst.post('/api/incidents', {
      occurredAt: '2026-02-10T14:20:00Z',
      location: { latitude: 6.54, longitude: 21.98 },
      category: 'violence_against_civilians',
      compartmentIds: [patrols.body.id],
    });
    expect(incident.status).toBe(201);
    await analyst.post(`/api/early-warning/situations/${situation.id}/evidence`, {
      kind: 'incident',
      reference: incident.body.id,
      note: 'Attack on the market',
    });
    const linked = await analyst.post(`/api/early-warning/situations/${situation.id}/evidence`, {
      kind: 'forecast',
      reference: 'CAF 2026-04 p_sb25 0.62',
    });
    expect(linked.body.evidence.map((e: { kind: string }) => e.kind)).toEqual([
      'incident',
      'forecast',
    ]);
    const bogus = await analyst.post(`/api/early-warning/situations/${situation.id}/evidence`, {
      kind: 'incident',
      reference: '0195f0c2-0000-7000-8000-000000000000',
    });
    expect(bogus.body.error.details[0].path).toBe('reference');
    const noAlert = await analyst.post(`/api/early-warning/situations/${situation.id}/evidence`, {
      kind: 'alert',
      reference: '0195f0c2-0000-7000-8000-000000000000',
    });
    expect(noAlert.body.error.details[0]).toMatchObject({ path: 'reference' });

    const planner = await signIn(t(), world.users.planner.username, password);
    const seen = (await planner.get(`/api/early-warning/situations/${situation.id}`)).body;
    expect(seen.withheldEvidence).toBe(1);
    expect(JSON.stringify(seen)).not.toContain(incident.body.id);
    expect(seen.evidence.map((e: { kind: string }) => e.kind)).toEqual(['forecast']);
  });

  it('E3: closed with a reason, then nothing more is recorded; another mission sees nothing', async () => {
    const current = (await analyst.get(`/api/early-warning/situations/${situation.id}`)).body;
    const closed = await analyst.post(`/api/early-warning/situations/${situation.id}/close`, {
      version: current.version,
      reason: 'Armed group withdrew north; no attack since April.',
    });
    expect(closed.body).toMatchObject({ status: 'closed', review: 'closed' });
    const review = await analyst.post(`/api/early-warning/situations/${situation.id}/reviews`, {
      version: closed.body.version,
      reviewedOn: '2026-03-01',
      forum: 'mission_leadership',
      decision: 'too late',
      followUp: 'none',
    });
    expect(review.body.error.code).toBe('invalid_state');
    const outsider = await signIn(t(), world.outsider.username, password);
    expect((await outsider.get(`/api/early-warning/situations/${situation.id}`)).status).toBe(404);
    expect((await outsider.get('/api/early-warning/situations')).body.items).toEqual([]);
  });
});
