/**
 * Allegation cases through the API on both dialects: C1 and C2 clocks (¶119), C9 need-to-know
 * (each case its own compartment; victims' identities only inside it), the workflow with every
 * refused step an invalid_state, and the overdue list.
 */
import { beforeAll, expect, it } from 'vitest';
import { hours } from '../../core/clock.js';
import { allegation } from '../../../test/access-matrix.conduct.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { findCanary, newCanary } from '../../../test/support/canary.js';
import { actorFor } from '../../../test/support/actor.js';
import {
  createHqConductOfficer,
  password,
  seedWorld,
  type World,
} from '../../../test/support/fixtures.js';
import { setClockSettings } from './clock-settings.service.js';
import { signIn, type Agent } from '../../../test/support/http.js';

eachDialect('conduct cases', (t) => {
  let world: World;
  let officer: Agent;
  let investigator: Agent;
  let analyst: Agent;

  beforeAll(async () => {
    world = await seedWorld(t());
    officer = await signIn(t(), world.users.conduct_officer.username, password);
    investigator = await signIn(t(), world.users.investigator.username, password);
    analyst = await signIn(t(), world.users.analyst.username, password);
    // Headquarters' Conduct and Discipline: sets missions' clocks; may join any case's team.
    await createHqConductOfficer(t());
  });

  /** Time passes: sessions idle out, so everyone signs in again. */
  const later = async (ms: number) => {
    t().clock.advance(ms);
    officer = await signIn(t(), world.users.conduct_officer.username, password);
    investigator = await signIn(t(), world.users.investigator.username, password);
  };

  const receive = async (name: string, receivedAt = t().clock.now().toISOString()) => {
    const input = allegation(receivedAt);
    input.victims = [
      { ageGroup: 'child', sex: 'female', count: 1, identity: { name, contact: '', details: '' } },
    ];
    const answer = await officer.post('/api/conduct/cases', input);
    expect(answer.status).toBe(201);
    return answer.body;
  };

  it('C9: a case opens in its own sensitive compartment; only its members see the victim, lists never do', async () => {
    const name = newCanary('victim');
    const c = await receive(name);
    expect(c).toMatchObject({
      status: 'received',
      reference: expect.stringMatching(/^SEA-2026-\d{4}$/),
      category: 'sexual_exploitation',
      victims: [{ ageGroup: 'child', minor: true, identity: { name } }],
    });
    expect(c.compartmentIds).toHaveLength(1);
    const compartment = await officer.get(`/api/compartments/${c.compartmentIds[0]}`);
    expect(compartment.body).toMatchObject({ sensitive: true, name: `Case ${c.reference}` });

    // The investigator is not in the compartment yet: the case does not exist for them.
    expect((await investigator.get(`/api/conduct/cases/${c.id}`)).status).toBe(404);
    const theirs = await investigator.get('/api/conduct/cases');
    expect(theirs.body.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
    expect((await analyst.get(`/api/conduct/cases/${c.id}`)).status).toBe(403);

    await officer.post(`/api/compartments/${c.compartmentIds[0]}/members`, {
      userId: world.users.investigator.id,
    });
    const seen = await investigator.get(`/api/conduct/cases/${c.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.victims[0].identity.name).toBe(name);

    const list = await officer.get('/api/conduct/cases');
    expect(list.body.items.find((i: { id: string }) => i.id === c.id)).toMatchObject({
      victimCount: 1,
      subjectCount: 1,
    });
    expect(JSON.stringify(list.body)).not.toContain(name);
    const audit = await signIn(t(), world.hqAdmin.username, password);
    expect(JSON.stringify((await audit.get('/api/audit?limit=500')).body)).not.toContain(name);
    expect(t().logLines.join('')).not.toContain(name);
  });

  it('C1 and C2 (¶119): the case shows both clocks; past 72 hours it is on the overdue list until evidence is recorded', async () => {
    const c = await receive('Clock Victim');
    expect(c.clocks.evidence).toMatchObject({ state: 'running', stoppedAt: null });
    expect(Date.parse(c.clocks.evidence.dueAt) - Date.parse(c.receivedAt)).toBe(hours(72));
    expect(c.clocks.investigation.dueAt.slice(0, 10)).toBe('2026-09-01');

    await later(hours(73));
    const overdue = await officer.get('/api/conduct/cases?overdue=true');
    expect(overdue.body.items.map((i: { id: string }) => i.id)).toContain(c.id);
    const late = await officer.get(`/api/conduct/cases/${c.id}`);
    expect(late.body.clocks.evidence.state).toBe('overdue');

    const recorded = await officer.post(`/api/conduct/cases/${c.id}/evidence`, {
      version: late.body.version,
      gatheredAt: new Date(Date.parse(c.receivedAt) + hours(70)).toISOString(),
    });
    expect(recorded.body.clocks.evidence.state).toBe('met');
    const after = await officer.get('/api/conduct/cases?overdue=true');
    expect(after.body.items.map((i: { id: string }) => i.id)).not.toContain(c.id);

    await later(hours(24 * 190));
    const c2 = await officer.get(`/api/conduct/cases/${c.id}`);
    expect(c2.body.clocks.investigation.state).toBe('overdue');
    expect(
      (await officer.get('/api/conduct/cases?overdue=true')).body.items.map(
        (i: { id: string }) => i.id,
      ),
    ).toContain(c.id);
  });

  it('issue 16: only headquarters sets a mission’s clocks, and only shorter than ¶119’s; new cases follow them', async () => {
    // The mission's own conduct officer may not set the clocks that oversee the mission.
    const own = await officer.request('PUT', '/api/conduct/clock-settings', {
      evidenceHours: 48,
      investigationMonths: 3,
    });
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/Only headquarters sets a mission’s conduct clocks/);
    const hq = await signIn(t(), 'conduct-hq', password);
    const url = `/api/conduct/clock-settings?missionId=${world.missionA.id}`;
    for (const looser of [
      { evidenceHours: 720, investigationMonths: 6 },
      { evidenceHours: 73, investigationMonths: 6 },
      { evidenceHours: 72, investigationMonths: 36 },
      { evidenceHours: 72, investigationMonths: 7 },
    ]) {
      const refused = await hq.request('PUT', url, looser);
      expect(refused.status, JSON.stringify(looser)).toBe(400);
      expect(JSON.stringify(refused.body.error.details)).toMatch(
        /the ¶119 clocks may only be made stricter \(at most/,
      );
    }
    // The service itself refuses too (the CLI and imports call it, not the route).
    await expect(
      setClockSettings(
        {
          ...t().ctx,
          requestId: 'x',
          actor: await actorFor(t(), (await hq.get('/api/auth/me')).body.user.id, null),
        },
        world.missionA.id,
        { evidenceHours: 100, investigationMonths: 6 },
      ),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    const saved = await hq.request('PUT', url, { evidenceHours: 48, investigationMonths: 3 });
    expect(saved.status).toBe(200);
    const c = await receive('Settings Victim');
    expect(Date.parse(c.clocks.evidence.dueAt) - Date.parse(c.receivedAt)).toBe(hours(48));
    // Audited with what it was before.
    const entries = await t()
      .ctx.db.selectFrom('audit_entries')
      .select(['action', 'actor_label'])
      .where('action', '=', 'conduct.clock-settings.update')
      .execute();
    expect(entries).toEqual([
      { action: 'conduct.clock-settings.update', actor_label: 'session:conduct-hq' },
    ]);
    // A longer setting stored before this rule (an older release) reads as the report's.
    await t()
      .ctx.db.updateTable('conduct_clock_settings')
      .set({ evidence_hours: 720, investigation_months: 36 })
      .where('mission_id', '=', world.missionA.id)
      .execute();
    const read = await hq.get(url);
    expect(read.body).toEqual({ evidenceHours: 72, investigationMonths: 6 });
    await hq.request('PUT', url, { evidenceHours: 72, investigationMonths: 6 });
  });

  it('issue 16: a receipt dated in the future is refused (it would move both clocks out)', async () => {
    const ahead = new Date(t().clock.now().getTime() + 16 * 60_000).toISOString();
    const refused = await officer.post('/api/conduct/cases', allegation(ahead));
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual([
      expect.objectContaining({ path: 'receivedAt', code: 'in_future' }),
    ]);
    // Within the 15 minutes a client's clock may drift, it is taken.
    const drift = new Date(t().clock.now().getTime() + 10 * 60_000).toISOString();
    expect((await officer.post('/api/conduct/cases', allegation(drift))).status).toBe(201);
  });

  it('the workflow: complaint to final action; every step out of order is invalid_state', async () => {
    const c = await receive('Workflow Victim');
    await officer.post(`/api/compartments/${c.compartmentIds[0]}/members`, {
      userId: world.users.investigator.id,
    });
    const step = (who: Agent, version: number, body: object) =>
      who.post(`/api/conduct/cases/${c.id}/status`, { version, ...body });

    const skip = await step(officer, 1, {
      status: 'investigation_concluded',
      finding: 'substantiated',
    });
    expect(skip.status).toBe(403); // concluding is the investigator's act
    const skipped = await step(investigator, 1, {
      status: 'investigation_concluded',
      finding: 'substantiated',
    });
    expect(skipped.status).toBe(422);
    expect(skipped.body.error.code).toBe('invalid_state');

    const noEntity = await step(officer, 1, { status: 'under_investigation' });
    expect(noEntity.status).toBe(400);
    expect(noEntity.body.error.details[0].path).toBe('investigatingEntity');
    const investigating = await step(officer, 1, {
      status: 'under_investigation',
      investigatingEntity: 'national',
    });
    expect(investigating.body).toMatchObject({
      status: 'under_investigation',
      investigatingEntity: 'national',
    });

    const concluded = await step(investigator, 2, {
      status: 'investigation_concluded',
      finding: 'substantiated',
    });
    expect(concluded.body).toMatchObject({
      status: 'investigation_concluded',
      finding: 'substantiated',
      investigationDays: expect.any(Number),
      clocks: { investigation: { state: 'met' } },
    });
    const stale = await step(officer, 2, { status: 'closed' });
    expect(stale.status).toBe(409);
    const noAction = await step(officer, 3, { status: 'closed' });
    expect(noAction.status).toBe(400);
    expect(noAction.body.error.details[0].path).toBe('finalActions');
    const closed = await step(officer, 3, {
      status: 'closed',
      finalActions: [{ by: 'un', action: 'Repatriation', count: 1 }],
      criminalReferral: 'yes',
    });
    expect(closed.body).toMatchObject({ status: 'closed', criminalReferral: 'yes' });
    const again = await step(officer, 4, { status: 'closed' });
    expect(again.body.error.code).toBe('invalid_state');
  });

  it('C9 (ASVS 11.1.x): a victim name written through the API is absent in clear from the database file, the WAL and the logs', async () => {
    if (t().dialect !== 'sqlite') return; // the file artifacts are SQLite's; PostgreSQL stores the same ciphertext
    const name = newCanary('victimname');
    const c = await receive(name);
    const artifacts = { dirs: [t().dataDir], texts: { log: t().logLines.join('') } };
    expect(findCanary(`Case ${c.reference}`, artifacts).length).toBeGreaterThan(0); // control: the search reads the files
    expect(findCanary(name, artifacts)).toEqual([]);
  });

  it('C9: the case’s team — its compartment’s members — and the mission’s investigators who could be added', async () => {
    const c = await receive('Team Victim');
    const team = await officer.get(`/api/conduct/cases/${c.id}/team`);
    expect(team.body.compartmentId).toBe(c.compartmentIds[0]);
    expect(team.body.members.map((m: { username: string }) => m.username)).toEqual([
      world.users.conduct_officer.username,
    ]);
    expect(team.body.candidates.map((m: { username: string }) => m.username)).toEqual([
      'conduct-hq',
      world.users.investigator.username,
    ]);
    await officer.post(`/api/compartments/${team.body.compartmentId}/members`, {
      userId: world.users.investigator.id,
    });
    const after = await officer.get(`/api/conduct/cases/${c.id}/team`);
    expect(after.body.candidates.map((m: { username: string }) => m.username)).toEqual([
      'conduct-hq',
    ]);
    expect(after.body.members).toHaveLength(2);
    expect((await investigator.get(`/api/conduct/cases/${c.id}/team`)).status).toBe(403);
  });
});
