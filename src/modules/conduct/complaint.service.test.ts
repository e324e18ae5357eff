/**
 * C6 (¶123) and S4 on both dialects: a complaint filed without an account returns a receipt code
 * (100 bits, stored only as a hash) that shows the status and the messages and lets the
 * complainant answer — nothing more; every failed lookup answers the same; lookups are throttled
 * per address; no address or user agent is kept; a conduct officer asks, closes, or opens a case.
 */
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { findCanary, newCanary } from '../../../test/support/canary.js';
import { operator, password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { createUser } from '../accounts/user.service.js';
import { Agent, signIn } from '../../../test/support/http.js';
import { allegation } from '../../../test/access-matrix.conduct.js';
import { newReceiptCode, receiptHash } from './complaint.service.js';

eachDialect('community complaints (C6)', (t) => {
  let world: World;
  let officer: Agent;
  const from = (addr: string, agent = 'Mozilla/5.0 test') => ({
    'X-Forwarded-For': addr,
    'User-Agent': agent,
  });
  const publicPost = (path: string, body: unknown, headers = from('198.51.100.1')) =>
    new Agent(t()).request('POST', path, body, headers);

  beforeAll(async () => {
    world = await seedWorld(t());
    officer = await signIn(t(), world.users.conduct_officer.username, password);
    t().ctx.config.trustProxy = true;
    t().ctx.config.complaintThrottleLimit = 30;
  });

  it('a receipt code has 100 bits from the CSPRNG in groups a person can copy; two are never alike', () => {
    const codes = new Set(Array.from({ length: 2000 }, newReceiptCode));
    expect(codes.size).toBe(2000);
    for (const code of [...codes].slice(0, 50))
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    // Misreadings and spacing still find it: O for 0, I or L for 1, lower case, spaces.
    expect(receiptHash('0I1L-abcd-EFGH-JKMN-PQRS')).toBe(receiptHash('o111 ABCD EFGH JKMN PQRS'));
  });

  it('C6: filed without an account; the code shows the status and messages only, and is stored only as a hash', async () => {
    const account = `${newCanary('account')} a soldier at the checkpoint`;
    const filed = await publicPost('/api/public/complaints', {
      missionId: world.missionA.id,
      account,
      contact: '',
      language: 'fr',
    });
    expect(filed.status).toBe(201);
    const code: string = filed.body.receiptCode;
    const stored = await t().ctx.db.selectFrom('conduct_complaints').selectAll().execute();
    const row = stored.find((r) => r.receipt_hash === receiptHash(code))!;
    expect(row).toBeDefined();
    expect(JSON.stringify(stored)).not.toContain(code.replace(/-/g, ''));
    expect(JSON.stringify(stored)).not.toContain(code);
    expect(row.account).not.toContain('checkpoint');
    expect(new Date(row.received_at as string).getUTCMinutes()).toBe(0); // rounded to the hour

    const view = await publicPost('/api/public/complaints/status', {
      receiptCode: code.toLowerCase().replace(/-/g, ' '),
    });
    expect(view.status).toBe(200);
    expect(view.body).toEqual({ status: 'received', caseStage: null, messages: [] });
  });

  it('every failed lookup gets the same answer: unknown, malformed or empty codes', async () => {
    const answers = [];
    for (const receiptCode of [newReceiptCode(), 'not a code', '', 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ']) {
      const a = await publicPost(
        '/api/public/complaints/status',
        { receiptCode },
        from('198.51.100.2'),
      );
      answers.push({
        status: a.status,
        code: a.body.error.code,
        message: a.body.error.message,
        details: a.body.error.details,
      });
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toEqual({
      status: 404,
      code: 'not_found',
      message: 'No complaint matches this receipt code',
      details: [],
    });
  });

  it('lookups are throttled per address: past the limit even a right code is refused, another address is not', async () => {
    const filed = await publicPost(
      '/api/public/complaints',
      { missionId: world.missionA.id, account: 'Something happened near the base.' },
      from('198.51.100.3'),
    );
    const code = filed.body.receiptCode;
    for (let i = 0; i < 29; i += 1)
      await publicPost(
        '/api/public/complaints/status',
        { receiptCode: newReceiptCode() },
        from('198.51.100.3'),
      );
    const refused = await publicPost(
      '/api/public/complaints/status',
      { receiptCode: code },
      from('198.51.100.3'),
    );
    expect(refused.status).toBe(429);
    const elsewhere = await publicPost(
      '/api/public/complaints/status',
      { receiptCode: code },
      from('198.51.100.4'),
    );
    expect(elsewhere.status).toBe(200);
  });

  it('S4: neither the address nor the user agent of a complainant is stored or logged', async () => {
    if (t().dialect !== 'sqlite') return; // the files searched are SQLite's
    const ip = '203.0.113.197';
    const agent = newCanary('agent');
    await publicPost(
      '/api/public/complaints',
      { missionId: world.missionA.id, account: 'Another account of what happened.' },
      from(ip, agent),
    );
    const artifacts = { dirs: [t().dataDir], texts: { log: t().logLines.join('') } };
    expect(findCanary(ip, artifacts)).toEqual([]);
    expect(findCanary(agent, artifacts)).toEqual([]);
  });

  it('the officer asks, the complainant answers with the code; a case opened from it reveals nothing of the case to the code', async () => {
    const filed = await publicPost(
      '/api/public/complaints',
      {
        missionId: world.missionA.id,
        account: 'My daughter was approached by a peacekeeper.',
        contact: '+236 70 00 00 00',
      },
      from('198.51.100.5'),
    );
    const code = filed.body.receiptCode;
    const list = await officer.get('/api/conduct/complaints');
    expect(JSON.stringify(list.body)).not.toContain('daughter');
    const id = list.body.items[0].id;
    const read = await officer.get(`/api/conduct/complaints/${id}`);
    expect(read.body).toMatchObject({
      account: 'My daughter was approached by a peacekeeper.',
      contact: '+236 70 00 00 00',
    });

    await officer.post(`/api/conduct/complaints/${id}/messages`, { body: 'When did this happen?' });
    const seen = await publicPost(
      '/api/public/complaints/status',
      { receiptCode: code },
      from('198.51.100.5'),
    );
    expect(seen.body).toMatchObject({
      status: 'under_review',
      messages: [{ author: 'officer', body: 'When did this happen?' }],
    });
    const answered = await publicPost(
      '/api/public/complaints/answer',
      { receiptCode: code, body: 'Last Tuesday.' },
      from('198.51.100.5'),
    );
    expect(answered.body.messages.map((m: { author: string }) => m.author)).toEqual([
      'officer',
      'complainant',
    ]);

    const current = await officer.get(`/api/conduct/complaints/${id}`);
    const { missionId: _m, channel: _c, ...caseInput } = allegation();
    const opened = await officer.post(`/api/conduct/complaints/${id}/case`, {
      ...caseInput,
      version: current.body.version,
    });
    expect(opened.status).toBe(201);
    expect(opened.body.channel).toBe('community_complaint');
    const after = await publicPost(
      '/api/public/complaints/status',
      { receiptCode: code },
      from('198.51.100.5'),
    );
    expect(Object.keys(after.body).sort()).toEqual(['caseStage', 'messages', 'status']);
    expect(after.body).toMatchObject({ status: 'case_opened', caseStage: 'opened' });
    expect(JSON.stringify(after.body)).not.toContain(opened.body.reference);
    const twice = await officer.post(`/api/conduct/complaints/${id}/case`, {
      ...caseInput,
      version: current.body.version + 1,
    });
    expect(twice.body.error.code).toBe('invalid_state');

    // Issue 16 (C6): the complainant is not cut off once the case opens. The case's team still
    // asks; the complainant still answers; the code follows the case's stage, nothing more.
    const asked = await officer.post(`/api/conduct/complaints/${id}/messages`, {
      body: 'Could you tell us the name of the camp?',
    });
    expect(asked.status).toBe(200);
    expect(
      (
        await publicPost(
          '/api/public/complaints/answer',
          { receiptCode: code, body: 'Camp Kilo.' },
          from('198.51.100.5'),
        )
      ).body.messages.map((m: { author: string }) => m.author),
    ).toEqual(['officer', 'complainant', 'officer', 'complainant']);
    // A conduct officer of the mission outside the case's compartment no longer writes to it.
    const other = await createUser(operator(t()), {
      username: 'conduct-other',
      displayName: 'Another conduct officer',
      password,
      locale: 'en',
      memberships: [{ missionId: world.missionA.id, role: 'conduct_officer' }],
    });
    const outsider = await signIn(t(), other.username, password);
    expect(
      (await outsider.post(`/api/conduct/complaints/${id}/messages`, { body: 'Hello?' })).status,
    ).toBe(404);
    // (signed in first: a member of a sensitive compartment has two-factor set up)
    const investigator = await signIn(t(), world.users.investigator.username, password);
    const added = await officer.post(`/api/compartments/${opened.body.compartmentIds[0]}/members`, {
      userId: world.users.investigator.id,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    const stage = async () =>
      (
        await publicPost(
          '/api/public/complaints/status',
          { receiptCode: code },
          from('198.51.100.5'),
        )
      ).body.caseStage;
    const moved = await officer.post(`/api/conduct/cases/${opened.body.id}/status`, {
      version: opened.body.version,
      status: 'under_investigation',
      investigatingEntity: 'national',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await stage()).toBe('under_investigation');
    const concluded = await investigator.post(`/api/conduct/cases/${opened.body.id}/status`, {
      version: moved.body.version,
      status: 'investigation_concluded',
      finding: 'substantiated',
    });
    expect(concluded.status, JSON.stringify(concluded.body)).toBe(200);
    expect(await stage()).toBe('concluded');
    // Its finding is not for the code: the stage only.
    const view = await publicPost(
      '/api/public/complaints/status',
      { receiptCode: code },
      from('198.51.100.5'),
    );
    expect(JSON.stringify(view.body)).not.toMatch(/substantiated|national/);
  });

  it('a complaint about an unknown mission is refused naming missionId; people outside conduct see no complaints', async () => {
    const bad = await publicPost(
      '/api/public/complaints',
      { missionId: 'nope', account: 'Something happened here.' },
      from('198.51.100.6'),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('missionId');
    const analyst = await signIn(t(), world.users.analyst.username, password);
    expect((await analyst.get('/api/conduct/complaints')).status).toBe(403);
  });
});
