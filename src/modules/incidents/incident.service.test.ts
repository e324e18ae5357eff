/** Incidents on both dialects: the record, its workflow, I1 follow-ups, compartments and paging. */
import { beforeAll, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';

const base = {
  occurredAt: '2026-02-10T14:20:00+01:00',
  location: {
    latitude: 6.49,
    longitude: 21.99,
    precision: 'near',
    adminArea: 'Haute-Kotto',
    placeName: 'Bria',
  },
};

eachDialect('incidents', (t) => {
  let world: World;
  let analyst: Agent;
  beforeAll(async () => {
    world = await seedWorld(t());
    analyst = await signIn(t(), world.users.analyst.username, password);
  });

  it('records an incident as reported, in UTC, with fatalities summed', async () => {
    const created = await analyst.post('/api/incidents', {
      ...base,
      category: 'violence_against_civilians',
      actors: [{ name: '3R', role: 'perpetrator' }],
      casualties: {
        civilians: { killed: 6, injured: 3, abducted: 0 },
        armedActors: { killed: 1, injured: 0, abducted: 0 },
      },
      sources: [{ description: 'Community alert network', reliability: 'B', credibility: 2 }],
      narrative: 'Armed men attacked the market.',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'reported',
      occurredAt: '2026-02-10T13:20:00.000Z',
      fatalities: 7,
      missionId: world.missionA.id,
      version: 1,
      origin: { system: 'manual', sourceId: null },
    });
    expect(created.body.casualties.unPersonnel).toEqual({ killed: 0, injured: 0, abducted: 0 });
    expect((await analyst.get(`/api/incidents/${created.body.id}`)).body).toEqual(created.body);
  });

  it('names each invalid field', async () => {
    const answer = await analyst.post('/api/incidents', {
      occurredAt: '2026-02-30T10:00:00Z',
      location: { latitude: 95, longitude: 18 },
      category: 'riot',
      sources: [{ description: 'x', reliability: 'G', credibility: 7 }],
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'category',
      'location.latitude',
      'occurredAt',
      'sources.0.credibility',
      'sources.0.reliability',
    ]);
  });

  describe('workflow', () => {
    it('verify → close; closed records are not edited; discarding needs a reason; stale versions are refused', async () => {
      const { body: incident } = await analyst.post('/api/incidents', {
        ...base,
        category: 'armed_clash',
      });
      const verified = await analyst.post(`/api/incidents/${incident.id}/status`, {
        version: 1,
        status: 'verified',
      });
      expect(verified.body).toMatchObject({ status: 'verified', version: 2 });
      expect(
        (
          await analyst.patch(`/api/incidents/${incident.id}`, {
            version: 1,
            narrative: 'late edit',
          })
        ).status,
      ).toBe(409);
      const edited = await analyst.patch(`/api/incidents/${incident.id}`, {
        version: 2,
        narrative: 'Clash between armed groups near the airstrip.',
      });
      expect(edited.body).toMatchObject({ version: 3, status: 'verified' });
      const closed = await analyst.post(`/api/incidents/${incident.id}/status`, {
        version: 3,
        status: 'closed',
      });
      expect(closed.body.status).toBe('closed');
      const edit = await analyst.patch(`/api/incidents/${incident.id}`, {
        version: 4,
        narrative: 'x',
      });
      expect(edit.status).toBe(422);
      const discard = await analyst.post(`/api/incidents/${incident.id}/status`, {
        version: 4,
        status: 'discarded',
      });
      expect(discard.status).toBe(422);
      const staff = await signIn(t(), world.users.staff_officer.username, password);
      expect(
        (
          await staff.post(`/api/incidents/${incident.id}/status`, {
            version: 4,
            status: 'verified',
          })
        ).status,
      ).toBe(403);
      const history = await t()
        .ctx.db.selectFrom('audit_entries')
        .select('action')
        .where('record_id', '=', incident.id)
        .orderBy('seq')
        .execute();
      expect(history.map((h) => h.action)).toEqual([
        'incidents.incident.create',
        'incidents.incident.verified',
        'incidents.incident.update',
        'incidents.incident.closed',
      ]);
    });
  });

  describe('I1 (¶108): follow-up with the host Government', () => {
    it('opens for UN-personnel victims, stays listed until an outcome is recorded, then closes', async () => {
      const { body: attack } = await analyst.post('/api/incidents', {
        ...base,
        category: 'explosive_device',
        casualties: { unPersonnel: { killed: 0, injured: 2, abducted: 0 } },
      });
      const { body: other } = await analyst.post('/api/incidents', { ...base, category: 'crime' });
      const open = (await analyst.get('/api/follow-ups')).body.items;
      const followUp = open.find((f: { incidentId: string }) => f.incidentId === attack.id);
      expect(followUp).toMatchObject({
        status: 'open',
        nextReviewOn: '2026-03-31',
        overdue: false,
        outcome: null,
      });
      expect(open.some((f: { incidentId: string }) => f.incidentId === other.id)).toBe(false);

      await analyst.post(`/api/incidents/${attack.id}/status`, { version: 1, status: 'verified' });
      await analyst.post(`/api/incidents/${attack.id}/status`, { version: 2, status: 'closed' });
      expect(
        (await analyst.get('/api/follow-ups')).body.items.map((f: { id: string }) => f.id),
      ).toContain(followUp.id);

      t().clock.advance(31 * 86_400_000);
      analyst = await signIn(t(), world.users.analyst.username, password); // the old session idled out
      const overdue = (await analyst.get('/api/follow-ups')).body.items.find(
        (f: { id: string }) => f.id === followUp.id,
      );
      expect(overdue.overdue).toBe(true);

      const reviewed = await analyst.patch(`/api/follow-ups/${followUp.id}`, {
        version: 1,
        authority: 'Procureur de la République, Bangui',
        reference: 'PR/2026/114',
        nextReviewOn: '2026-05-15',
      });
      expect(reviewed.body).toMatchObject({ status: 'open', overdue: false, version: 2 });
      const closed = await analyst.patch(`/api/follow-ups/${followUp.id}`, {
        version: 2,
        outcome: 'Two suspects charged before the Special Criminal Court.',
      });
      expect(closed.body).toMatchObject({
        status: 'closed',
        outcome: 'Two suspects charged before the Special Criminal Court.',
      });
      expect(
        (await analyst.get('/api/follow-ups')).body.items.map((f: { id: string }) => f.id),
      ).not.toContain(followUp.id);
      expect(
        (
          await analyst.patch(`/api/follow-ups/${followUp.id}`, {
            version: 3,
            nextReviewOn: '2026-06-01',
          })
        ).status,
      ).toBe(422);
    });

    it('an edit that adds UN casualties opens the follow-up then', async () => {
      const { body: incident } = await analyst.post('/api/incidents', {
        ...base,
        category: 'armed_clash',
      });
      const edited = await analyst.patch(`/api/incidents/${incident.id}`, {
        version: 1,
        casualties: {
          unPersonnel: { killed: 1, injured: 0, abducted: 0 },
          civilians: { killed: 0, injured: 0, abducted: 0 },
          armedActors: { killed: 3, injured: 0, abducted: 0 },
        },
      });
      expect(edited.body.fatalities).toBe(4);
      const rows = await t()
        .ctx.db.selectFrom('incident_follow_ups')
        .select('status')
        .where('incident_id', '=', incident.id)
        .execute();
      expect(rows).toEqual([{ status: 'open' }]);
    });
  });

  it('S1: an incident in a compartment is absent for non-members from lists, by id (404) and follow-ups', async () => {
    const officer = await signIn(t(), world.users.conduct_officer.username, password);
    const compartment = await officer.post('/api/compartments', {
      name: 'Source protection',
      sensitive: false,
    });
    await officer.post(`/api/compartments/${compartment.body.id}/members`, {
      userId: world.users.analyst.id,
    });
    const hidden = await analyst.post('/api/incidents', {
      ...base,
      category: 'attack_on_un_personnel',
      compartmentIds: [compartment.body.id],
    });
    expect(hidden.status).toBe(201);
    const viewer = await signIn(t(), world.users.viewer.username, password);
    expect((await viewer.get(`/api/incidents/${hidden.body.id}`)).status).toBe(404);
    expect(
      (await viewer.get('/api/incidents?limit=500')).body.items.map((i: { id: string }) => i.id),
    ).not.toContain(hidden.body.id);
    expect(
      (await viewer.get('/api/follow-ups')).body.items.map(
        (f: { incidentId: string }) => f.incidentId,
      ),
    ).not.toContain(hidden.body.id);
    expect((await analyst.get(`/api/incidents/${hidden.body.id}`)).body.compartmentIds).toEqual([
      compartment.body.id,
    ]);
    const notHeld = await viewer.post('/api/incidents', {
      ...base,
      category: 'crime',
      compartmentIds: [compartment.body.id],
    });
    expect(notHeld.status).toBe(403); // a viewer records nothing
    const outsider = await signIn(t(), world.outsider.username, password);
    expect(
      (
        await outsider.post('/api/incidents', {
          ...base,
          category: 'crime',
          compartmentIds: [compartment.body.id],
        })
      ).body.error.details,
    ).toEqual([
      { path: 'compartmentIds.0', message: 'not a compartment you hold in this mission' },
    ]);
  });

  it('pages newest first without gaps or repeats, and filters by category and time', async () => {
    for (let day = 1; day <= 9; day++)
      await analyst.post('/api/incidents', {
        ...base,
        occurredAt: `2025-06-0${day}T12:00:00Z`,
        category: 'demonstration',
      });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { occurredAt: string }[]; nextCursor: string | null } } =
        await analyst.get(
          `/api/incidents?category=demonstration&limit=4${cursor ? `&cursor=${cursor}` : ''}`,
        );
      seen.push(...page.body.items.map((i) => i.occurredAt));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1].map((d) => `2025-06-0${d}T12:00:00.000Z`));
    const window = await analyst.get(
      '/api/incidents?category=demonstration&from=2025-06-03T00:00:00Z&to=2025-06-05T23:59:59Z',
    );
    expect(window.body.items).toHaveLength(3);
  });
});
