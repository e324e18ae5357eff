/**
 * P3, P4 through the API on both dialects: an appointment without the human-rights assessment is
 * refused and none is stored; the appointee's name encrypted and shown only to human resources;
 * the share of women counted for the planner; a head of mission's compact assessed at the year's
 * end, its bearing on renewal only after.
 */
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import type { Appointment, Compact, WomenInLeadership } from './leadership.schema.js';

const day = 86_400_000;

eachDialect('personnel: leadership and compacts (P3, P4)', (t) => {
  let world: World;
  let hr: Agent;
  let planner: Agent;
  const dayOf = (offset: number) =>
    new Date(t().clock.now().getTime() + offset * day).toISOString().slice(0, 10);

  beforeAll(async () => {
    world = await seedWorld(t());
    hr = await signIn(t(), world.users.human_resources_officer.username, password);
    planner = await signIn(t(), world.users.planner.username, password);
  });

  const appointment = {
    post: 'head_of_mission',
    appointee: 'Valentine Rugwabiza',
    gender: 'female',
    nationality: 'RWA',
    source: 'illustrative test record',
  };

  it('P3: no appointment without the human-rights assessment before it; names only to human resources', async () => {
    const without = await hr.post('/api/personnel/appointments', {
      ...appointment,
      appointedOn: dayOf(-700),
    });
    expect(without.status).toBe(422);
    expect(without.body.error.details).toEqual([
      expect.objectContaining({ path: 'humanRightsAssessment', code: 'required' }),
    ]);
    const late = await hr.post('/api/personnel/appointments', {
      ...appointment,
      appointedOn: dayOf(-700),
      humanRightsAssessment: {
        assessedOn: dayOf(-690),
        assessedBy: 'OHCHR',
        outcome: 'no_concerns',
      },
    });
    expect(late.status).toBe(400);
    expect(late.body.error.details[0].path).toBe('humanRightsAssessment.assessedOn');
    expect((await hr.get('/api/personnel/appointments')).body.items).toEqual([]);

    const made = await hr.post('/api/personnel/appointments', {
      ...appointment,
      appointedOn: dayOf(-700),
      humanRightsAssessment: {
        assessedOn: dayOf(-720),
        assessedBy: 'OHCHR',
        outcome: 'no_concerns',
      },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const deputy = await hr.post('/api/personnel/appointments', {
      ...appointment,
      post: 'deputy_head_of_mission',
      appointee: 'Kenneth Gluck',
      gender: 'male',
      nationality: 'USA',
      appointedOn: dayOf(-300),
      humanRightsAssessment: {
        assessedOn: dayOf(-320),
        assessedBy: 'OHCHR',
        outcome: 'no_concerns',
      },
    });
    expect(deputy.status).toBe(201);
    const stored = await t()
      .ctx.db.selectFrom('personnel_appointments')
      .select('appointee')
      .execute();
    expect(stored.map((s) => s.appointee).join(' ')).not.toMatch(/Rugwabiza|Gluck/);
    expect((await planner.get('/api/personnel/appointments')).status).toBe(403);
    const women: WomenInLeadership = (await planner.get('/api/personnel/leadership/women')).body;
    expect(women.baseline2015).toEqual({ head_of_mission: 23, deputy_head_of_mission: 17 });
    const thisYear = Number(dayOf(0).slice(0, 4));
    expect(
      women.rows.find((r) => r.year === thisYear && r.post === 'head_of_mission'),
    ).toMatchObject({ inOffice: 1, women: 1, share: 100 });
    expect(
      women.rows.find((r) => r.year === thisYear && r.post === 'deputy_head_of_mission'),
    ).toMatchObject({ inOffice: 1, women: 0, share: 0 });
    expect(JSON.stringify(women)).not.toMatch(/Rugwabiza|Gluck/);
  });

  it('P4: a compact per year of the head of mission’s term, assessed at the year’s end, its bearing on renewal after', async () => {
    const head: Appointment = (await hr.get('/api/personnel/appointments')).body.items.find(
      (a: Appointment) => a.post === 'head_of_mission',
    );
    const deputy: Appointment = (await hr.get('/api/personnel/appointments')).body.items.find(
      (a: Appointment) => a.post === 'deputy_head_of_mission',
    );
    const year = Number(dayOf(0).slice(0, 4)) - 1;
    expect(
      (
        await hr.post(`/api/personnel/appointments/${deputy.id}/compacts`, {
          year,
          objectives: ['x'],
        })
      ).status,
    ).toBe(422);
    const made = await hr.post(`/api/personnel/appointments/${head.id}/compacts`, {
      year,
      objectives: [
        'Protection of civilians strategy in the west',
        'Gender parity in the senior team',
      ],
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    let compact: Compact = made.body;
    const twice = await hr.post(`/api/personnel/appointments/${head.id}/compacts`, {
      year,
      objectives: ['again'],
    });
    expect(twice.status).toBe(409);
    const early = await hr.post(`/api/personnel/compacts/${compact.id}/renewal`, {
      version: compact.version,
      bearing: 'supports_renewal',
      note: 'Too early',
    });
    expect(early.status).toBe(422);
    const midYear = await hr.post(`/api/personnel/compacts/${compact.id}/assessment`, {
      version: compact.version,
      assessedOn: `${year}-06-30`,
      rating: 'fully_met',
      assessment: 'Mid-year',
    });
    expect(midYear.status).toBe(400);
    compact = (
      await hr.post(`/api/personnel/compacts/${compact.id}/assessment`, {
        version: compact.version,
        assessedOn: dayOf(-1),
        rating: 'partially_met',
        assessment: 'The strategy is in force in two of four sectors.',
      })
    ).body;
    const bearing = await hr.post(`/api/personnel/compacts/${compact.id}/renewal`, {
      version: compact.version,
      bearing: 'renewal_with_conditions',
      note: 'Renew for one year; the strategy in every sector by mid-year.',
    });
    expect(bearing.status).toBe(200);
    expect(bearing.body).toMatchObject({
      rating: 'partially_met',
      renewalBearing: 'renewal_with_conditions',
    });
  });
});
