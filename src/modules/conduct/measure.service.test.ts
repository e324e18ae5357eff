/**
 * C3 (¶120) and C4 (¶121) through the API on both dialects: leave without pay for staff and
 * payment suspension for a unit, only on a credible allegation; the pattern rule raising one
 * repatriation decision per contingent that someone must take and record; judicial referrals
 * followed until an outcome; none of it seen outside the case's compartment.
 */
import { beforeAll, expect, it } from 'vitest';
import { hours } from '../../core/clock.js';
import { allegation } from '../../../test/access-matrix.conduct.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import {
  createHqConductOfficer,
  password,
  seedWorld,
  type World,
} from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';

eachDialect('measures and referrals (C3, C4)', (t) => {
  let world: World;
  let officer: Agent;
  let investigator: Agent;

  beforeAll(async () => {
    world = await seedWorld(t());
    officer = await signIn(t(), world.users.conduct_officer.username, password);
    investigator = await signIn(t(), world.users.investigator.username, password);
  });

  /** A case against a unit of contributor XYZ and a staff member; credible when investigated. */
  const receive = async (unit: string, investigate = true) => {
    const input = allegation(t().clock.now().toISOString());
    input.subjects = [
      {
        personnelCategory: 'military_contingent',
        nationality: 'XYZ',
        unit,
        count: 2,
        identity: null,
      },
      {
        personnelCategory: 'civilian_staff',
        nationality: null,
        unit: null,
        count: 1,
        identity: null,
      },
    ];
    const c = (await officer.post('/api/conduct/cases', input)).body;
    if (!investigate) return c;
    const moved = await officer.post(`/api/conduct/cases/${c.id}/status`, {
      version: c.version,
      status: 'under_investigation',
      investigatingEntity: 'national',
    });
    expect(moved.status).toBe(200);
    return moved.body;
  };
  const pending = async () =>
    (await officer.get('/api/conduct/measures?pendingDecisions=true')).body.items as {
      id: string;
      contributor: string;
      unit: string;
      version: number;
      basis: Record<string, number>;
    }[];

  it('C3: leave without pay only for staff, payment suspension only for a unit, and only on a credible allegation', async () => {
    const fresh = await receive('XYZBATT-1', false);
    const early = await officer.post(`/api/conduct/cases/${fresh.id}/measures`, {
      kind: 'payment_suspension',
      subject: 0,
      reason: 'Credible allegation',
    });
    expect(early.body.error.code).toBe('invalid_state');

    const c = await receive('XYZBATT-1');
    const wrong = await officer.post(`/api/conduct/cases/${c.id}/measures`, {
      kind: 'administrative_leave_without_pay',
      subject: 0,
      reason: 'x',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('subject');
    const leave = await officer.post(`/api/conduct/cases/${c.id}/measures`, {
      kind: 'administrative_leave_without_pay',
      subject: 1,
      reason: 'Pending the investigation',
    });
    expect(leave.body).toMatchObject({
      status: 'in_force',
      kind: 'administrative_leave_without_pay',
    });
    const suspension = await officer.post(`/api/conduct/cases/${c.id}/measures`, {
      kind: 'payment_suspension',
      subject: 0,
      reason: 'Credible allegation against the unit',
    });
    expect(suspension.body).toMatchObject({
      contributor: 'XYZ',
      unit: 'XYZBATT-1',
      status: 'in_force',
    });
    const forContributor = await officer.get('/api/conduct/measures?contributor=XYZ');
    expect(forContributor.body.items.map((m: { kind: string }) => m.kind)).toContain(
      'payment_suspension',
    );
    const lifted = await officer.post(`/api/conduct/measures/${leave.body.id}/lift`, {
      version: leave.body.version,
      reason: 'Cleared',
    });
    expect(lifted.body.status).toBe('lifted');
  });

  it('C3: the second credible allegation against one contingent within 12 months raises one repatriation decision, which headquarters must take', async () => {
    await receive('XYZBATT-2');
    expect((await pending()).filter((d) => d.unit === 'XYZBATT-2')).toEqual([]);
    t().clock.advance(hours(24 * 30));
    officer = await signIn(t(), world.users.conduct_officer.username, password);
    await receive('XYZBATT-2');
    const raised = (await pending()).filter((d) => d.unit === 'XYZBATT-2');
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      contributor: 'XYZ',
      basis: { allegations: 2, threshold: 2, months: 12 },
    });
    await receive('XYZBATT-2');
    expect((await pending()).filter((d) => d.unit === 'XYZBATT-2')).toHaveLength(1); // once per window

    // Issue 16: the mission does not decide sanctions on its own contingents (sanctions.test.ts
    // takes the decision at headquarters and follows the unit home).
    const own = await officer.post(`/api/conduct/measures/${raised[0]!.id}/decision`, {
      version: raised[0]!.version,
      decision: 'not_repatriate',
      reason: 'Pattern of abuse; the contributor informed on 2 April',
    });
    expect(own.status).toBe(403);
    expect((await pending()).filter((d) => d.unit === 'XYZBATT-2')).toHaveLength(1);
  });

  it('issue 16: the pattern rule is set by headquarters, only stricter than ¶120’s reading; one allegation then raises a decision', async () => {
    // The mission's own conduct officer may not loosen — nor set — the rule that oversees it.
    const own = await officer.request('PUT', '/api/conduct/pattern-rule', {
      allegations: 3,
      months: 6,
    });
    expect(own.status).toBe(403);
    await createHqConductOfficer(t());
    const hq = await signIn(t(), 'conduct-hq', password);
    const url = `/api/conduct/pattern-rule?missionId=${world.missionA.id}`;
    const looser = await hq.request('PUT', url, { allegations: 3, months: 6 });
    expect(looser.status).toBe(400);
    expect(looser.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'allegations',
      'months',
    ]);
    const saved = await hq.request('PUT', url, { allegations: 1, months: 24 });
    expect(saved.body).toEqual({ allegations: 1, months: 24 });
    await receive('XYZBATT-3');
    expect((await pending()).filter((d) => d.unit === 'XYZBATT-3')).toHaveLength(1);
    await hq.request('PUT', url, { allegations: 2, months: 12 });
  });

  it('C4: a referral marks the case referred and stays on the open list, overdue when its review passes, until an outcome', async () => {
    const c = await receive('XYZBATT-4');
    const ahead = await officer.post(`/api/conduct/cases/${c.id}/referrals`, {
      authority: 'contributing_country',
      country: 'XYZ',
      reference: 'NV/2026/113',
      referredOn: '2026-12-01',
      nextReviewOn: '2027-01-01',
    });
    expect(ahead.body.error.details[0]).toMatchObject({ path: 'referredOn', code: 'in_future' });
    const referred = await officer.post(`/api/conduct/cases/${c.id}/referrals`, {
      authority: 'contributing_country',
      country: 'XYZ',
      reference: 'NV/2026/114',
      referredOn: '2026-03-01',
      nextReviewOn: '2026-05-01',
    });
    expect(referred.status).toBe(201);
    expect((await officer.get(`/api/conduct/cases/${c.id}`)).body.criminalReferral).toBe('yes');
    t().clock.set('2026-09-01T08:00:00Z');
    officer = await signIn(t(), world.users.conduct_officer.username, password);
    const open = (await officer.get('/api/conduct/referrals?open=true')).body.items;
    expect(open.find((r: { id: string }) => r.id === referred.body.id)).toMatchObject({
      overdue: true,
    });
    const done = await officer.patch(`/api/conduct/referrals/${referred.body.id}`, {
      version: 1,
      status: 'convicted',
      outcome: 'Sentenced to 4 years by a court martial',
    });
    expect(done.body).toMatchObject({ status: 'convicted', nextReviewOn: null, overdue: false });
    const after = (await officer.get('/api/conduct/referrals?open=true')).body.items;
    expect(after.map((r: { id: string }) => r.id)).not.toContain(referred.body.id);
  });

  it('outside the case’s compartment, its measures and referrals are not there', async () => {
    investigator = await signIn(t(), world.users.investigator.username, password);
    const measures = (await investigator.get('/api/conduct/measures')).body.items;
    expect(measures.filter((m: { caseId: string | null }) => m.caseId !== null)).toEqual([]);
    expect((await investigator.get('/api/conduct/referrals')).body.items).toEqual([]);
  });
});
