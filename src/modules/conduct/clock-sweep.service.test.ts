/**
 * C1 and C2 notifications (¶119) on both dialects: the sweep tells the people in a case's
 * compartment when a clock is due soon and when it is overdue, once each, in the app and in the
 * outbox a mail relay drains; when it is overdue, the mission's head of mission and headquarters'
 * conduct officers too (issue 16) — nobody else; the messages name the case, never its victims.
 * Inside the organisation the overdue counts are exact.
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
import { drainOutbox } from '../notifications/notification.service.js';
import { sweepConductClocks } from './clock-sweep.service.js';

eachDialect('conduct clock notifications (C1, C2)', (t) => {
  let world: World;
  let reference = '';

  beforeAll(async () => {
    world = await seedWorld(t());
    await createHqConductOfficer(t());
    const officer = await signIn(t(), world.users.conduct_officer.username, password);
    const c = await officer.post('/api/conduct/cases', allegation(t().clock.now().toISOString()));
    reference = c.body.reference;
  });
  const agents = async (): Promise<Record<'officer' | 'investigator', Agent>> => ({
    officer: await signIn(t(), world.users.conduct_officer.username, password),
    investigator: await signIn(t(), world.users.investigator.username, password),
  });

  it('due soon, then overdue: each once, to the case’s compartment; overdue to its overseers too', async () => {
    expect(await sweepConductClocks(t().ctx)).toBe(0); // both clocks running
    t().clock.advance(hours(49)); // 23 hours before the 72-hour evidence deadline
    expect(await sweepConductClocks(t().ctx)).toBe(1);
    expect(await sweepConductClocks(t().ctx)).toBe(0); // once
    t().clock.advance(hours(24));
    // The officer in the compartment; the head of mission and headquarters' conduct officer outside it.
    expect(await sweepConductClocks(t().ctx)).toBe(3);
    expect(await sweepConductClocks(t().ctx)).toBe(0);

    const { officer, investigator } = await agents();
    const mine = (await officer.get('/api/notifications')).body.items;
    expect(mine.map((n: { kind: string }) => n.kind)).toEqual([
      'conduct.evidence_overdue',
      'conduct.evidence_due_soon',
    ]);
    expect(mine[0].params.reference).toBe(reference);
    expect((await investigator.get('/api/notifications')).body.items).toEqual([]);
    for (const overseer of [world.users.head_of_mission.username, 'conduct-hq']) {
      const theirs = (await (await signIn(t(), overseer, password)).get('/api/notifications')).body
        .items;
      expect(theirs).toEqual([
        expect.objectContaining({
          kind: 'conduct.evidence_overdue_oversight',
          params: expect.objectContaining({ reference, mission: 'MINUSCA' }),
        }),
      ]);
    }
    // Nobody else: not the mission's analyst, not another mission's.
    for (const other of [world.users.analyst.username, world.outsider.username])
      expect(
        (await (await signIn(t(), other, password)).get('/api/notifications')).body.items,
      ).toEqual([]);

    const read = await officer.post(`/api/notifications/${mine[0].id}/read`);
    expect(read.status).toBe(204);
    expect((await officer.get('/api/notifications')).body.items[0].readAt).not.toBeNull();
    expect((await investigator.post(`/api/notifications/${mine[1].id}/read`)).status).toBe(404);
  });

  it('the outbox holds one message per notification for the relay, naming the case and not the victim', async () => {
    const messages = await drainOutbox(t().ctx);
    expect(messages.map((m) => [m.recipient, m.subject])).toEqual([
      [world.users.conduct_officer.username, `Case ${reference}: evidence gathering (C1) due soon`],
      [world.users.conduct_officer.username, `Case ${reference}: evidence gathering (C1) overdue`],
      [
        world.users.head_of_mission.username,
        `MINUSCA: case ${reference}, evidence gathering (C1) overdue`,
      ],
      ['conduct-hq', `MINUSCA: case ${reference}, evidence gathering (C1) overdue`],
    ]);
    expect(JSON.stringify(messages)).not.toContain('Seed Victim');
    expect(await drainOutbox(t().ctx)).toEqual([]); // handed over once
  });

  it('C2: outside the compartments, the overdue cases are exact counts per mission (issue 16: not "<3")', async () => {
    const { officer, investigator } = await agents();
    const before = (await investigator.get('/api/conduct/overdue-summary')).body.items;
    expect(before).toEqual([
      {
        missionId: world.missionA.id,
        acronym: 'MINUSCA',
        open: 1,
        evidenceOverdue: 1,
        investigationOverdue: 0,
      },
    ]);
    expect((await investigator.get('/api/conduct/cases?overdue=true')).body.items).toEqual([]);
    for (let i = 0; i < 2; i += 1)
      await officer.post('/api/conduct/cases', allegation(t().clock.now().toISOString()));
    t().clock.advance(hours(73));
    const after = (
      await (
        await signIn(t(), world.users.investigator.username, password)
      ).get('/api/conduct/overdue-summary')
    ).body.items;
    expect(after[0]).toMatchObject({ open: 3, evidenceOverdue: 3, investigationOverdue: 0 });
    // The head of mission, outside every compartment, sees the same exact counts.
    const hom = await signIn(t(), world.users.head_of_mission.username, password);
    expect((await hom.get('/api/conduct/overdue-summary')).body.items[0]).toMatchObject({
      open: 3,
      evidenceOverdue: 3,
    });
  });
});
