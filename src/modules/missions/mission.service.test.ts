import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { missionInput, operator, password } from '../../../test/support/fixtures.js';
import { signIn } from '../../../test/support/http.js';
import { createUser } from '../accounts/user.service.js';
import { createMission, getMission, listMissions, updateMission } from './mission.service.js';

eachDialect('missions service', (t) => {
  let missionId = '';
  beforeAll(async () => {
    missionId = (await createMission(operator(t()), missionInput('MINUSCA'))).id;
  });

  it('creates a mission with its mandate, host countries and headquarters', async () => {
    const mission = await getMission(operator(t()), missionId);
    expect(mission).toMatchObject({
      acronym: 'MINUSCA',
      hostCountries: ['CAF'],
      mandateStart: '2014-04-10',
      mandateEnd: null,
      version: 1,
    });
    expect(mission.headquarters).toEqual({ name: 'Bangui', latitude: 4.39, longitude: 18.56 });
  });

  it('refuses a second mission with the same acronym (conflict naming the field)', async () => {
    await expect(createMission(operator(t()), missionInput('MINUSCA'))).rejects.toMatchObject({
      code: 'conflict',
      details: [{ path: 'acronym' }],
    });
  });

  it('updates with the version read and refuses a stale version (409)', async () => {
    const updated = await updateMission(operator(t()), missionId, {
      version: 1,
      mandateEnd: '2027-11-15',
    });
    expect(updated).toMatchObject({ version: 2, mandateEnd: '2027-11-15' });
    await expect(
      updateMission(operator(t()), missionId, { version: 1, name: 'Other name' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      updateMission(operator(t()), missionId, { version: 2, mandateEnd: '2000-01-01' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('a mission user sees only their mission; another mission answers 404', async () => {
    const other = await createMission(
      operator(t()),
      missionInput('UNMISS', { hostCountries: ['SSD'] }),
    );
    await createUser(operator(t()), {
      username: 'viewer-m',
      displayName: 'Viewer',
      password,
      locale: 'fr',
      memberships: [{ missionId, role: 'viewer' }],
    });
    const agent = await signIn(t(), 'viewer-m', password);
    const me = await agent.get('/api/auth/me');
    const ctx = {
      ...t().ctx,
      requestId: 'x',
      actor: {
        ...operator(t()).actor,
        missionIds: [missionId],
        missionId,
        permissions: new Set(['missions:read' as const]),
      },
    };
    expect((await listMissions(ctx)).map((m) => m.acronym)).toEqual(['MINUSCA']);
    expect(me.body.missionId).toBe(missionId);
    expect((await agent.get(`/api/missions/${other.id}`)).status).toBe(404);
    expect((await agent.get(`/api/missions/${missionId}`)).status).toBe(200);
    expect((await agent.post('/api/missions', missionInput('MINUSMA'))).status).toBe(403);
  });
});
