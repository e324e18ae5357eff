/**
 * K4 (¶127) through the API on both dialects: a contributor's listings and action plans are
 * recorded; its standing follows the configured rule and says why; pledges carry it.
 */
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import {
  hqForceGenerationOfficer,
  password,
  seedWorld,
  type World,
} from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';

eachDialect('contributors and eligibility (K4)', (t) => {
  let fgo: Agent;
  let world: World;
  beforeAll(async () => {
    world = await seedWorld(t());
    fgo = await hqForceGenerationOfficer(t());
  });

  const listing = (year: number, kind = 'caac') => ({
    kind,
    year,
    parties: 'National armed forces',
    source: `A/${year - 1945}/000`,
  });

  it('K4: listed once without an action plan is suspended; with one being implemented, eligible; the pledge says so', async () => {
    const first = await fgo.post('/api/capabilities/contributors/XYZ/listings', listing(2025));
    expect(first.status).toBe(404); // not a country
    const listed = await fgo.post('/api/capabilities/contributors/mli/listings', listing(2026));
    expect(listed.status).toBe(201);
    expect(listed.body).toMatchObject({
      iso3: 'MLI',
      name: 'Mali',
      asOfYear: 2026,
      eligibility: { status: 'suspended', reasons: [{ rule: 'action_plan_not_implemented' }] },
    });
    const twice = await fgo.post('/api/capabilities/contributors/MLI/listings', listing(2026));
    expect(twice.status).toBe(409);
    const plan = await fgo.put('/api/capabilities/contributors/MLI/action-plans/caac', {
      state: 'implementing',
      signedOn: '2026-01-15',
    });
    expect(plan.body.eligibility).toMatchObject({
      status: 'eligible',
      reasons: [{ rule: 'listed_with_plan' }],
    });
    const pledged = await fgo.post('/api/capabilities/pledges', {
      contributor: 'MLI',
      capability: 'engineering_company',
      strength: 150,
      women: 12,
      availableFrom: '2026-07-01',
    });
    expect(pledged.body.eligibility.status).toBe('eligible');
  });

  it('K4: listed in 2 of the last 3 years is not accepted; the rule is configuration and the answer follows it', async () => {
    await fgo.post('/api/capabilities/contributors/MLI/listings', listing(2024, 'crsv'));
    const record = await fgo.get('/api/capabilities/contributors/MLI');
    expect(record.body.eligibility).toEqual({
      status: 'not_accepted',
      reasons: [
        {
          rule: 'repeatedly_listed',
          text: 'listed in 2 of the last 3 annual reports (2024, 2026); the rule excludes 2 or more',
        },
      ],
    });
    const pledges = await fgo.get('/api/capabilities/pledges?contributor=MLI');
    expect(pledges.body.items[0].eligibility.status).toBe('not_accepted');
    const bad = await fgo.put('/api/capabilities/eligibility-rule', {
      listedTimes: 4,
      ofLastYears: 3,
    });
    expect(bad.body.error.details[0].path).toBe('listedTimes');
    // Issue 16: the rule may only be made stricter than ¶127's "repeatedly listed" …
    const looser = await fgo.put('/api/capabilities/eligibility-rule', {
      listedTimes: 3,
      ofLastYears: 5,
    });
    expect(looser.status).toBe(400);
    expect(looser.body.error.details).toEqual([
      expect.objectContaining({
        path: 'listedTimes',
        message: expect.stringMatching(/only be made stricter \(at most 2\)/),
      }),
    ]);
    const shorter = await fgo.put('/api/capabilities/eligibility-rule', {
      listedTimes: 2,
      ofLastYears: 2,
    });
    expect(shorter.body.error.details[0].path).toBe('ofLastYears');
    // … and only by headquarters: a mission's force generation officer may not set it.
    const mission = await signIn(t(), world.users.force_generation_officer.username, password);
    expect(
      (await mission.put('/api/capabilities/eligibility-rule', { listedTimes: 1, ofLastYears: 5 }))
        .status,
    ).toBe(403);
    const stricter = await fgo.put('/api/capabilities/eligibility-rule', {
      listedTimes: 1,
      ofLastYears: 5,
    });
    expect(stricter.body).toEqual({ listedTimes: 1, ofLastYears: 5 });
    const again = await fgo.get('/api/capabilities/contributors/MLI');
    expect(again.body.eligibility.reasons[0].text).toMatch(
      /listed in 2 of the last 5 annual reports .*the rule excludes 1 or more/,
    );
    await fgo.put('/api/capabilities/eligibility-rule', { listedTimes: 2, ofLastYears: 3 });
  });
});
