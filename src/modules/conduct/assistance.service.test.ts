/**
 * C7 (¶123) on both dialects: a victim of the case is referred to a provider, the assistance is
 * followed to completion with its dates and outcome (outcome notes encrypted); only people in the
 * case's compartment see or write it.
 */
import { beforeAll, expect, it } from 'vitest';
import { allegation } from '../../../test/access-matrix.conduct.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import { runDataUpgrades } from '../../runtime/data-upgrades.js';

eachDialect('assistance to victims (C7)', (t) => {
  let world: World;
  let officer: Agent;
  let investigator: Agent;
  let c: { id: string; victims: { id: string }[]; compartmentIds: string[] };

  beforeAll(async () => {
    world = await seedWorld(t());
    officer = await signIn(t(), world.users.conduct_officer.username, password);
    investigator = await signIn(t(), world.users.investigator.username, password);
    c = (await officer.post('/api/conduct/cases', allegation(t().clock.now().toISOString()))).body;
  });

  it('C7: a victim referred for medical and psychosocial care, followed to completion with the outcome', async () => {
    const victimId = c.victims[0]!.id;
    // Issue 16: a referral is of something that happened (the test clock reads 2026-03-01).
    const ahead = await officer.post(`/api/conduct/cases/${c.id}/assistance`, {
      victimId,
      kind: 'medical',
      provider: 'Hôpital communautaire de Bangui',
      referredOn: '2026-03-09',
    });
    expect(ahead.status).toBe(400);
    expect(ahead.body.error.details[0]).toMatchObject({ path: 'referredOn', code: 'in_future' });
    const medical = await officer.post(`/api/conduct/cases/${c.id}/assistance`, {
      victimId,
      kind: 'medical',
      provider: 'Hôpital communautaire de Bangui',
      referredOn: '2026-02-28',
    });
    expect(medical.status).toBe(201);
    expect(medical.body).toMatchObject({ status: 'referred', kind: 'medical', startedOn: null });
    await officer.post(`/api/conduct/cases/${c.id}/assistance`, {
      victimId,
      kind: 'psychosocial',
      provider: 'IMC',
      referredOn: '2026-02-28',
    });
    const noDate = await officer.patch(`/api/conduct/assistance/${medical.body.id}`, {
      version: 1,
      status: 'completed',
    });
    expect(noDate.status).toBe(400);
    expect(noDate.body.error.details[0].path).toBe('completedOn');
    const later = await officer.patch(`/api/conduct/assistance/${medical.body.id}`, {
      version: 1,
      status: 'completed',
      completedOn: '2026-04-01',
    });
    expect(later.body.error.details[0]).toMatchObject({ path: 'completedOn', code: 'in_future' });
    const done = await officer.patch(`/api/conduct/assistance/${medical.body.id}`, {
      version: 1,
      status: 'completed',
      startedOn: '2026-02-28',
      completedOn: '2026-03-01',
      outcome: 'Post-exposure prophylaxis completed; follow-up in three months',
    });
    expect(done.body).toMatchObject({ status: 'completed', completedOn: '2026-03-01' });
    const stored = await t()
      .ctx.db.selectFrom('conduct_assistance')
      .select(['outcome', 'provider'])
      .where('id', '=', medical.body.id)
      .executeTakeFirstOrThrow();
    expect(stored.outcome).not.toContain('prophylaxis');
    // The provider can say where the victim is: tier-1, stored encrypted (issue 15).
    expect(stored.provider).toMatch(/^v1\./);
    expect(stored.provider).not.toContain('Bangui');
    const list = await officer.get(`/api/conduct/cases/${c.id}/assistance`);
    expect(
      list.body.items.map((a: { kind: string; status: string }) => [a.kind, a.status]),
    ).toEqual([
      ['medical', 'completed'],
      ['psychosocial', 'referred'],
    ]);
    expect(list.body.items[0].outcome).toMatch(/prophylaxis/);
  });

  it('only a victim of this case, and only inside the case’s compartment', async () => {
    const other = await officer.post(`/api/conduct/cases/${c.id}/assistance`, {
      victimId: 'not-a-victim',
      kind: 'legal',
      provider: 'Legal aid clinic',
      referredOn: '2026-02-28',
    });
    expect(other.body.error.details[0].path).toBe('victimId');
    expect((await investigator.get(`/api/conduct/cases/${c.id}/assistance`)).status).toBe(404);
  });

  it('issue 15: providers an earlier release stored in clear are encrypted when the database is opened, and read back', async () => {
    const referred = await officer.post(`/api/conduct/cases/${c.id}/assistance`, {
      victimId: c.victims[0]!.id,
      kind: 'legal',
      provider: 'Maison de la femme, Bimbo',
      referredOn: '2026-02-28',
    });
    // As the release of 2026-12-05 stored it.
    await t()
      .ctx.db.updateTable('conduct_assistance')
      .set({ provider: 'Maison de la femme, Bimbo' })
      .where('id', '=', referred.body.id)
      .execute();
    expect(await runDataUpgrades(t().ctx)).toEqual({ 'conduct_assistance.provider encrypted': 1 });
    expect(await runDataUpgrades(t().ctx)).toEqual({}); // once
    const stored = await t()
      .ctx.db.selectFrom('conduct_assistance')
      .select('provider')
      .where('id', '=', referred.body.id)
      .executeTakeFirstOrThrow();
    expect(stored.provider).toMatch(/^v1\./);
    const list = await officer.get(`/api/conduct/cases/${c.id}/assistance`);
    expect(list.body.items.map((a: { provider: string }) => a.provider)).toContain(
      'Maison de la femme, Bimbo',
    );
  });
});
