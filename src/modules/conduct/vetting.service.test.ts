/**
 * C8 (¶124) through the API on both dialects: a candidate screened against the subjects of
 * substantiated and pending allegations in earlier service, in any mission; the answer says match,
 * review or no match; the reasons only to those who reach the case (C9); every screening and read
 * audited; identities of subjects and candidates never in clear at rest or in the logs.
 */
import { beforeAll, expect, it } from 'vitest';
import { allegation } from '../../../test/access-matrix.conduct.js';
import { actorFor } from '../../../test/support/actor.js';
import { findCanary, newCanary } from '../../../test/support/canary.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import { receiveAllegation } from './case.service.js';
import { identifySubject } from './subject.service.js';

const identity: {
  name: string;
  otherNames: string[];
  dateOfBirth: string;
  document: { type: 'passport'; number: string; issuer: string } | null;
} = {
  name: 'Mohammed Abdallah',
  otherNames: ['محمد عبد الله'],
  dateOfBirth: '1985-03-12',
  document: { type: 'passport', number: 'A1234567', issuer: 'SEN' },
};

eachDialect('vetting (C8)', (t) => {
  let world: World;
  let officer: Agent;
  let investigator: Agent;
  let fgo: Agent;
  let pendingCase: { id: string; reference: string; compartmentIds: string[] };

  /** A mission-A case against a Senegalese contingent member, its subject identified. */
  const identified = async (who: typeof identity, nationality = 'SEN') => {
    const input = allegation(t().clock.now().toISOString());
    input.subjects = [
      {
        personnelCategory: 'military_contingent',
        nationality,
        unit: 'SENBATT',
        count: 1,
        identity: null,
      },
    ];
    const c = (await officer.post('/api/conduct/cases', input)).body;
    const named = await officer.put(`/api/conduct/cases/${c.id}/subjects/0/identity`, {
      version: c.version,
      identity: who,
    });
    expect(named.status).toBe(200);
    return named.body;
  };

  const screen = (agent: Agent, candidate: object) =>
    agent.post('/api/conduct/screenings', { reference: 'MINUSCA rotation 2027-1', candidate });

  beforeAll(async () => {
    world = await seedWorld(t());
    officer = await signIn(t(), world.users.conduct_officer.username, password);
    investigator = await signIn(t(), world.users.investigator.username, password);
    fgo = await signIn(t(), world.users.force_generation_officer.username, password);
    pendingCase = await identified(identity);
  });

  it('C8: the subject identity is recorded on the case, shown inside its compartment only', async () => {
    const seen = await officer.get(`/api/conduct/cases/${pendingCase.id}`);
    expect(seen.body.subjects[0].identity).toMatchObject({
      name: 'Mohammed Abdallah',
      dateOfBirth: '1985-03-12',
    });
    expect((await investigator.get(`/api/conduct/cases/${pendingCase.id}`)).status).toBe(404);
    const bad = await officer.put(`/api/conduct/cases/${pendingCase.id}/subjects/0/identity`, {
      version: 2,
      identity: { name: 'X Y', dateOfBirth: '1985-02-30' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('identity.dateOfBirth');
    const nobody = await officer.put(`/api/conduct/cases/${pendingCase.id}/subjects/3/identity`, {
      version: 2,
      identity: null,
    });
    expect(nobody.body.error.details[0].path).toBe('position');
  });

  it('C8: another spelling and the same date of birth against a pending case: match, with the reasons for the officer in the compartment', async () => {
    const r = await screen(officer, {
      name: 'Muhammad Abdullah',
      dateOfBirth: '1985-03-12',
      nationality: 'SEN',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ outcome: 'match', withheldHits: 0 });
    expect(r.body.hits).toEqual([
      expect.objectContaining({
        caseId: pendingCase.id,
        caseReference: pendingCase.reference,
        standing: 'pending',
        verdict: 'match',
      }),
    ]);
    expect(r.body.hits[0].grounds).toContainEqual(
      expect.objectContaining({ kind: 'name', recordedName: 'Mohammed Abdallah' }),
    );
  });

  it('C8: the force generation officer gets the answer; the reasons are withheld', async () => {
    const r = await screen(fgo, { name: 'Mohammed Abdallah', dateOfBirth: '1985-03-12' });
    expect(r.body).toMatchObject({ outcome: 'match', hits: [], withheldHits: 1 });
    const again = await fgo.get(`/api/conduct/screenings/${r.body.id}`);
    expect(again.body).toMatchObject({ outcome: 'match', hits: [], withheldHits: 1 });
    expect(JSON.stringify(again.body)).not.toContain(pendingCase.reference);
  });

  it('C8: the same passport under another name is a match; a name in Arabic script meets the spelling recorded in it', async () => {
    const byDocument = await screen(officer, {
      name: 'Ibrahima Ndiaye',
      document: { type: 'passport', number: 'a 123 4567', issuer: 'sen' },
    });
    expect(byDocument.body.outcome).toBe('match');
    expect(byDocument.body.hits[0].grounds[0]).toEqual({ kind: 'document', agreement: 'same' });
    const arabic = await screen(officer, { name: 'محمد عبدالله', dateOfBirth: '1985-03-12' });
    expect(arabic.body.outcome).toBe('match');
    expect(arabic.body.hits[0].grounds).toContainEqual(
      expect.objectContaining({ kind: 'name', recordedName: 'محمد عبد الله', score: 1 }),
    );
  });

  it('C8: no match for another person, for the same name with another date of birth, and against unsubstantiated closed cases', async () => {
    const cleared = await identified({
      ...identity,
      name: 'Ousmane Sarr',
      otherNames: [],
      document: null,
    });
    const step = (who: Agent, version: number, body: object) =>
      who.post(`/api/conduct/cases/${cleared.id}/status`, { version, ...body });
    await officer.post(`/api/compartments/${cleared.compartmentIds[0]}/members`, {
      userId: world.users.investigator.id,
    });
    expect(
      (
        await step(officer, cleared.version, {
          status: 'under_investigation',
          investigatingEntity: 'oios',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await step(investigator, cleared.version + 1, {
          status: 'investigation_concluded',
          finding: 'unsubstantiated',
        })
      ).status,
    ).toBe(200);
    expect((await step(officer, cleared.version + 2, { status: 'closed' })).status).toBe(200);

    expect(
      (await screen(officer, { name: 'Ousmane Sarr', dateOfBirth: '1985-03-12' })).body.outcome,
    ).toBe('no_match');
    expect(
      (await screen(officer, { name: 'Mohammed Abdallah', dateOfBirth: '1970-06-01' })).body
        .outcome,
    ).toBe('no_match');
    expect(
      (await screen(officer, { name: 'Amadou Ba', dateOfBirth: '1985-03-12' })).body.outcome,
    ).toBe('no_match');
  });

  it('C8: a substantiated case in another mission counts (earlier service); its reasons stay there', async () => {
    const officerInB = {
      ...(await actorFor(t(), world.users.conduct_officer.id, world.missionA.id)),
      missionId: world.missionB.id,
      missionIds: [world.missionB.id],
    };
    const as = { ...t().ctx, requestId: 'seed', actor: officerInB };
    const input = allegation(t().clock.now().toISOString());
    const c = await receiveAllegation(as, input);
    await identifySubject(
      { ...as, actor: { ...officerInB, compartmentIds: new Set(c.compartmentIds) } },
      { caseId: c.id, position: 0 },
      {
        version: c.version,
        identity: { name: 'Viktor Petrenko', otherNames: [], dateOfBirth: '1990', document: null },
      },
    );
    const r = await screen(officer, {
      name: 'Віктор Петренко',
      dateOfBirth: '1990-05-04',
      nationality: 'UKR',
    });
    expect(r.body).toMatchObject({ outcome: 'review', hits: [], withheldHits: 1 });
  });

  it('C8: a review is settled with a reason by an officer who reaches every case found; not twice', async () => {
    const r = await screen(officer, { name: 'Mohammed Abdallah' });
    expect(r.body.outcome).toBe('review');
    const byFgo = await fgo.post(`/api/conduct/screenings/${r.body.id}/review`, {
      version: 1,
      outcome: 'no_match',
      reason: 'Different person',
    });
    expect(byFgo.status).toBe(403);
    const noReason = await officer.post(`/api/conduct/screenings/${r.body.id}/review`, {
      version: 1,
      outcome: 'no_match',
      reason: '',
    });
    expect(noReason.body.error.details[0].path).toBe('reason');
    const settled = await officer.post(`/api/conduct/screenings/${r.body.id}/review`, {
      version: 1,
      outcome: 'no_match',
      reason: 'Personnel records give a different father’s name and service number',
    });
    expect(settled.body).toMatchObject({
      outcome: 'no_match',
      review: { outcome: 'no_match', by: world.users.conduct_officer.username },
    });
    const twice = await officer.post(`/api/conduct/screenings/${r.body.id}/review`, {
      version: 2,
      outcome: 'match',
      reason: 'On second thoughts',
    });
    expect(twice.body.error.code).toBe('invalid_state');
    const open = await officer.get('/api/conduct/screenings?outcome=review');
    expect(open.body.items.map((s: { id: string }) => s.id)).not.toContain(r.body.id);
  });

  it('C8: every screening and every read is audited; lists show no candidate; others may not screen', async () => {
    const before = await t()
      .ctx.db.selectFrom('audit_entries')
      .select('action')
      .where('action', 'like', 'conduct.screening.%')
      .execute();
    const r = await screen(fgo, { name: 'Fatou Diop', dateOfBirth: '1992-01-01' });
    expect(r.body.outcome).toBe('no_match');
    await fgo.get(`/api/conduct/screenings/${r.body.id}`);
    const after = await t()
      .ctx.db.selectFrom('audit_entries')
      .select('action')
      .where('action', 'like', 'conduct.screening.%')
      .execute();
    expect(after.length - before.length).toBe(2);
    const list = await fgo.get('/api/conduct/screenings');
    expect(list.body.items[0]).toMatchObject({ id: r.body.id, outcome: 'no_match', hitCount: 0 });
    expect(JSON.stringify(list.body)).not.toContain('Fatou');
    const analyst = await signIn(t(), world.users.analyst.username, password);
    expect((await screen(analyst, { name: 'Fatou Diop' })).status).toBe(403);
    expect((await analyst.get(`/api/conduct/screenings/${r.body.id}`)).status).toBe(403);
  });

  it('C9: a subject’s and a candidate’s names are nowhere in clear: database file, WAL, logs', async () => {
    if (t().dialect !== 'sqlite') return; // the file artifacts are SQLite's; PostgreSQL stores the same ciphertext
    const subject = newCanary('subjectname');
    const candidate = newCanary('candidatename');
    const c = await identified({ ...identity, name: subject });
    await screen(officer, { name: candidate });
    const artifacts = { dirs: [t().dataDir], texts: { log: t().logLines.join('') } };
    expect(findCanary(`Case ${c.reference}`, artifacts).length).toBeGreaterThan(0); // control
    expect(findCanary(subject, artifacts)).toEqual([]);
    expect(findCanary(candidate, artifacts)).toEqual([]);
  });
});
