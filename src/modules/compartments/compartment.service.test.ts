/** Compartments: need-to-know (S1, S10) and the audit of sensitive reads (S6). */
import { beforeAll, expect, it } from 'vitest';
import { actorFor } from '../../../test/support/actor.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';

eachDialect('compartments', (t) => {
  let world: World;
  let officer: Agent;
  beforeAll(async () => {
    world = await seedWorld(t());
    officer = await signIn(t(), world.users.conduct_officer.username, password);
  });

  it('the creator is the first member; others do not see it (404), not even administrators (S10)', async () => {
    const created = await officer.post('/api/compartments', {
      name: 'Case 2026-014',
      sensitive: true,
    });
    expect(created.status).toBe(201);
    expect(created.body.members.map((m: { username: string }) => m.username)).toEqual([
      world.users.conduct_officer.username,
    ]);
    for (const username of [
      world.users.administrator.username,
      world.hqAdmin.username,
      world.users.analyst.username,
    ]) {
      const other = await signIn(t(), username, password);
      expect((await other.get(`/api/compartments/${created.body.id}`)).status).toBe(404);
      expect((await other.get('/api/compartments')).body.items).toEqual([]);
    }
  });

  it('a sensitive compartment admits only users with two-factor sign-in (422 otherwise)', async () => {
    const created = await officer.post('/api/compartments', {
      name: 'Case 2026-015',
      sensitive: true,
    });
    const refused = await officer.post(`/api/compartments/${created.body.id}/members`, {
      userId: world.users.analyst.id,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([
      { path: 'userId', message: 'two-factor sign-in not enabled' },
    ]);
    await signIn(t(), world.users.investigator.username, password); // enrols two-factor on first sign-in
    const added = await officer.post(`/api/compartments/${created.body.id}/members`, {
      userId: world.users.investigator.id,
    });
    expect(added.status).toBe(200);
    const investigator = await signIn(t(), world.users.investigator.username, password);
    expect((await investigator.get(`/api/compartments/${created.body.id}`)).status).toBe(200);
  });

  it('S6: reading a sensitive record is audited; an ordinary one is not', async () => {
    const sensitive = await officer.post('/api/compartments', {
      name: 'Case 2026-016',
      sensitive: true,
    });
    const ordinary = await officer.post('/api/compartments', {
      name: 'Logistics',
      sensitive: false,
    });
    await officer.get(`/api/compartments/${sensitive.body.id}`);
    await officer.get(`/api/compartments/${ordinary.body.id}`);
    const reads = await t()
      .ctx.db.selectFrom('audit_entries')
      .select(['record_id', 'actor_id'])
      .where('action', '=', 'compartment.read')
      .where('record_id', 'in', [sensitive.body.id, ordinary.body.id])
      .execute();
    expect(reads).toEqual([
      { record_id: sensitive.body.id, actor_id: world.users.conduct_officer.id },
    ]);
  });

  it('a record is labelled only with compartments the labeller holds in its mission', async () => {
    const { labelRecord } = await import('./compartment.service.js');
    const held = await officer.post('/api/compartments', {
      name: 'Case 2026-017',
      sensitive: false,
    });
    const actor = await actorFor(t(), world.users.conduct_officer.id, world.missionA.id);
    const ctx = { ...t().ctx, actor, requestId: 'test' };
    await labelRecord(ctx, {
      recordType: 'probe',
      recordId: 'p1',
      missionId: world.missionA.id,
      compartmentIds: [held.body.id],
    });
    await expect(
      labelRecord(ctx, {
        recordType: 'probe',
        recordId: 'p2',
        missionId: world.missionB.id,
        compartmentIds: [held.body.id],
      }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'compartmentIds.0' }],
    });
  });
});
