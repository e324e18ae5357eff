/** S6 on a real database: every write is audited, `verify` finds tampering in the stored log. */
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import {
  missionInput,
  operator,
  password,
  seedWorld,
  type World,
} from '../../../test/support/fixtures.js';
import { signIn } from '../../../test/support/http.js';
import { createMission } from '../missions/mission.service.js';
import { settleDenials } from '../../server/errors.js';
import { actorFor } from '../../../test/support/actor.js';
import { allegation } from '../../../test/access-matrix.conduct.js';
import { receiveAllegation } from '../conduct/case.service.js';
import { appendAudit, verifyAuditLog } from './audit.service.js';

eachDialect('audit log', (t) => {
  let world: World;
  beforeAll(async () => {
    world = await seedWorld(t());
  });

  const countDenied = async () =>
    (
      await t()
        .ctx.db.selectFrom('audit_entries')
        .select('id')
        .where('action', '=', 'access.denied')
        .execute()
    ).length;

  it('F9: a denied look at a case is shown only to those in the case’s compartment, never to an auditor outside it', async () => {
    const officer = await actorFor(t(), world.users.conduct_officer.id, world.missionA.id);
    const kase = await receiveAllegation(
      { ...t().ctx, requestId: 'seed', actor: officer },
      allegation(),
    );
    // The investigator of the mission is not on this case's team: its compartment is not theirs.
    const investigator = await signIn(t(), world.users.investigator.username, password);
    expect((await investigator.get(`/api/conduct/cases/${kase.id}`)).status).toBe(404);
    await settleDenials(t().ctx);
    const stored = await t()
      .ctx.db.selectFrom('audit_entries')
      .select(['record_type', 'actor_id'])
      .where('action', '=', 'access.denied')
      .where('record_id', '=', kase.id)
      .execute();
    expect(stored).toEqual([
      { record_type: 'conduct_case', actor_id: world.users.investigator.id },
    ]);
    for (const auditor of [world.users.administrator.username, world.hqAdmin.username]) {
      const agent = await signIn(t(), auditor, password);
      const seen = await agent.get(`/api/audit?recordId=${kase.id}&limit=50`);
      expect(seen.status).toBe(200);
      expect(seen.body.items, auditor).toEqual([]);
    }
  });

  it('S6: denied accesses are audited; a hidden record is logged under its own mission', async () => {
    const viewer = await signIn(t(), world.users.viewer.username, password);
    // F8: the denial is written after the answer, not while the caller waits for it.
    const before = await countDenied();
    expect((await viewer.get(`/api/missions/${world.missionB.id}`)).status).toBe(404);
    expect(await countDenied()).toBe(before);
    await settleDenials(t().ctx);
    expect(await countDenied()).toBe(before + 1);
    expect((await viewer.post('/api/users', {})).status).toBe(400);
    expect((await viewer.get('/api/users')).status).toBe(403);
    await settleDenials(t().ctx); // written after the answers (F8)
    const denied = await t()
      .ctx.db.selectFrom('audit_entries')
      .select(['record_id', 'mission_id', 'actor_id'])
      .where('action', '=', 'access.denied')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied).toContainEqual({
      record_id: world.missionB.id,
      mission_id: world.missionB.id,
      actor_id: world.users.viewer.id,
    });
    expect(denied).toContainEqual({
      record_id: null,
      mission_id: null,
      actor_id: world.users.viewer.id,
    });

    const missionAdmin = await signIn(t(), world.users.administrator.username, password);
    const hqAdmin = await signIn(t(), world.hqAdmin.username, password);
    const seenBy = async (agent: Awaited<ReturnType<typeof signIn>>) =>
      (await agent.get('/api/audit?limit=200&action=access.denied')).body.items.map(
        (e: { recordId: string | null }) => e.recordId,
      );
    expect(await seenBy(missionAdmin)).not.toContain(world.missionB.id);
    expect(await seenBy(hqAdmin)).toContain(world.missionB.id);
  });

  it('records who did what to which record, with a digest and never the values', async () => {
    const mission = await createMission(
      operator(t()),
      missionInput('MINURSO', { name: 'Mission for the Referendum in Western Sahara' }),
    );
    const entry = await t()
      .ctx.db.selectFrom('audit_entries')
      .selectAll()
      .where('record_id', '=', mission.id)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      action: 'missions.mission.create',
      outcome: 'ok',
      record_type: 'mission',
      mission_id: mission.id,
      actor_label: 'cli:test-operator',
    });
    expect(entry.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(entry)).not.toContain('Western Sahara');
  });

  it('sign-ins are audited', async () => {
    await signIn(t(), 'viewer-a', password);
    const entries = await t()
      .ctx.db.selectFrom('audit_entries')
      .select(['action', 'outcome'])
      .where('action', '=', 'auth.sign-in')
      .execute();
    expect(entries).toContainEqual({ action: 'auth.sign-in', outcome: 'ok' });
  });

  it('concurrent appends still form one unbroken chain', async () => {
    const who = { actorId: null, actorLabel: 'system:test' };
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        appendAudit(t().ctx, who, { action: `test.parallel.${i}` }),
      ),
    );
    const verdict = await verifyAuditLog(t().ctx);
    expect(verdict.ok).toBe(true);
  });

  it('an entry edited in the database is found, with its sequence number; undoing the edit heals it', async () => {
    expect((await verifyAuditLog(t().ctx)).ok).toBe(true);
    const original = await t()
      .ctx.db.selectFrom('audit_entries')
      .select('action')
      .where('seq', '=', 3)
      .executeTakeFirstOrThrow();
    await sql`update audit_entries set action = 'missions.mission.read' where seq = 3`.execute(
      t().ctx.db,
    );
    const verdict = await verifyAuditLog(t().ctx);
    expect(verdict).toMatchObject({ ok: false, firstBreak: { seq: 3, kind: 'edited' } });
    await t()
      .ctx.db.updateTable('audit_entries')
      .set({ action: original.action })
      .where('seq', '=', 3)
      .execute();
    expect((await verifyAuditLog(t().ctx)).ok).toBe(true);
  });

  it('a deleted entry is found', async () => {
    await sql`delete from audit_entries where seq = 5`.execute(t().ctx.db);
    expect(await verifyAuditLog(t().ctx)).toMatchObject({
      ok: false,
      firstBreak: { seq: 5, kind: 'removed' },
    });
  });
});
