/**
 * Drafts, comments and signature of the periodic report (¶59, ¶122) on both dialects: the head of
 * mission signs; a signed report is frozen (its content read at signing, its SHA-256 in the audit
 * log) and changes only as a new edition; every walk-around refused — a planner signing, a period
 * to come, a stale version, two signatures at once, observations or comments after signing.
 */
import { createHash } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { canonicalJson } from '../../core/hash.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import type { PeriodicReport, Report } from './report.schema.js';

const day = 86_400_000;

eachDialect('drafting and signing the periodic report', (t) => {
  let world: World;
  let planner: Agent;
  let head: Agent;
  let analyst: Agent;
  const dayOf = (offset: number) =>
    new Date(t().clock.now().getTime() + offset * day).toISOString().slice(0, 10);
  const incident = (offset: number) =>
    analyst.post('/api/incidents', {
      occurredAt: `${dayOf(offset)}T10:00:00Z`,
      location: { latitude: 6.1, longitude: 20.9, adminArea: 'Ouaka' },
      category: 'violence_against_civilians',
      casualties: { civilians: { killed: 2, injured: 0, abducted: 0 } },
    });

  beforeAll(async () => {
    world = await seedWorld(t());
    planner = await signIn(t(), world.users.planner.username, password);
    head = await signIn(t(), world.users.head_of_mission.username, password);
    analyst = await signIn(t(), world.users.analyst.username, password);
    expect((await incident(-20)).status).toBe(201);
  });

  it('a planner drafts, an analyst comments, the head of mission writes observations and signs; the signed content is frozen with its hash in the audit log', async () => {
    const period = { missionId: world.missionA.id, from: dayOf(-30), to: dayOf(-1) };
    const created = await planner.post('/api/reports', period);
    expect(created.status).toBe(201);
    let report: Report = created.body;
    expect(report).toMatchObject({ status: 'draft', edition: 1, observations: '', version: 1 });
    expect((await planner.post('/api/reports', period)).status).toBe(409);

    const commented = await analyst.post(`/api/reports/${report.id}/comments`, {
      text: 'Add the Ouaka displacement figures.',
    });
    expect(commented.body.comments).toEqual([
      expect.objectContaining({
        author: world.users.analyst.username,
        text: 'Add the Ouaka displacement figures.',
      }),
    ]);
    // Signing needs the observations written first.
    const bare = await head.post(`/api/reports/${report.id}/sign`, { version: report.version });
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toMatch(/observations/);
    report = (
      await head.put(`/api/reports/${report.id}/observations`, {
        observations:
          'Violence against civilians rose in Ouaka.\n\nThe mission reinforced its patrols.',
        version: report.version,
      })
    ).body;
    // A planner drafts but does not sign.
    expect(
      (await planner.post(`/api/reports/${report.id}/sign`, { version: report.version })).status,
    ).toBe(403);
    const signed = await head.post(`/api/reports/${report.id}/sign`, { version: report.version });
    expect(signed.status).toBe(200);
    report = signed.body;
    expect(report).toMatchObject({
      status: 'signed',
      signedBy: world.users.head_of_mission.username,
    });

    const frozen = (await head.get<PeriodicReport>(`/api/reports/${report.id}/report.json`)).body;
    expect(frozen.security.incidents).toBe(1);
    expect(frozen.observations).toMatch(/^Violence against civilians rose in Ouaka/);
    const hash = createHash('sha256').update(canonicalJson(frozen)).digest('hex');
    expect(report.contentHash).toBe(hash);
    const entry = await t()
      .ctx.db.selectFrom('audit_entries')
      .select(['action', 'digest', 'actor_id'])
      .where('record_id', '=', report.id)
      .where('action', '=', 'reports.report.sign')
      .executeTakeFirstOrThrow();
    expect(entry.actor_id).toBe(world.users.head_of_mission.id);
    expect(entry.digest).toBe(hash);

    // The record changes after signing: the live report shows it, the signed one does not.
    expect((await incident(-10)).status).toBe(201);
    const live = await head.get<PeriodicReport>(
      `/api/reports/missions/${world.missionA.id}/periodic.json?from=${period.from}&to=${period.to}`,
    );
    expect(live.body.security.incidents).toBe(2);
    const again = (await head.get<PeriodicReport>(`/api/reports/${report.id}/report.json`)).body;
    expect(again).toEqual(frozen);
    const pdf = await head.bytes(`/api/reports/${report.id}/report.pdf?lang=fr`);
    expect(pdf.status).toBe(200);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');

    // Frozen on every path: observations, comments, a second signature.
    const change = await head.put(`/api/reports/${report.id}/observations`, {
      observations: 'Changed',
      version: report.version,
    });
    expect(change.status).toBe(422);
    expect(change.body.error.message).toMatch(/new edition/);
    expect(
      (await analyst.post(`/api/reports/${report.id}/comments`, { text: 'Late' })).status,
    ).toBe(422);
    expect(
      (await head.post(`/api/reports/${report.id}/sign`, { version: report.version })).status,
    ).toBe(422);

    // A change is a new edition, its observations carried over; only from the latest edition.
    const second = await planner.post(`/api/reports/${report.id}/editions`);
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ edition: 2, previousId: report.id, status: 'draft' });
    expect(second.body.observations).toBe(report.observations);
    expect((await planner.post(`/api/reports/${report.id}/editions`)).status).toBe(422);
    expect((await planner.post(`/api/reports/${second.body.id}/editions`)).status).toBe(422);
    const listed = await head.get<{ items: Report[] }>('/api/reports');
    expect(listed.body.items.map((r) => r.edition)).toEqual([2, 1]);
  });

  it('refuses a period to come, a stale version, and one of two signatures at once', async () => {
    const future = await planner.post('/api/reports', {
      missionId: world.missionA.id,
      from: dayOf(-5),
      to: dayOf(3),
    });
    expect(future.status).toBe(400);
    expect(future.body.error.details[0].path).toBe('to');
    const backwards = await planner.post('/api/reports', {
      missionId: world.missionA.id,
      from: dayOf(-5),
      to: dayOf(-9),
    });
    expect(backwards.status).toBe(400);

    const draft: Report = (
      await head.post('/api/reports', {
        missionId: world.missionA.id,
        from: dayOf(-60),
        to: dayOf(-31),
      })
    ).body;
    const written: Report = (
      await head.put(`/api/reports/${draft.id}/observations`, { observations: 'Calm.', version: 1 })
    ).body;
    const stale = await head.put(`/api/reports/${draft.id}/observations`, {
      observations: 'Calmer.',
      version: 1,
    });
    expect(stale.status).toBe(409);
    const both = await Promise.all([
      head.post(`/api/reports/${draft.id}/sign`, { version: written.version }),
      head.post(`/api/reports/${draft.id}/sign`, { version: written.version }),
    ]);
    expect(both.map((a) => a.status).sort()).toEqual([200, 409]);
    const signs = await t()
      .ctx.db.selectFrom('audit_entries')
      .select('id')
      .where('record_id', '=', draft.id)
      .where('action', '=', 'reports.report.sign')
      .execute();
    expect(signs).toHaveLength(1);
  });

  it('keeps to the missions in view: another mission’s reader sees none, may not draft there', async () => {
    const outsider = await signIn(t(), world.outsider.username, password);
    expect((await outsider.get('/api/reports')).body.items).toEqual([]);
    const some = (await head.get<{ items: Report[] }>('/api/reports')).body.items[0]!;
    expect((await outsider.get(`/api/reports/${some.id}`)).status).toBe(404);
    expect((await outsider.get(`/api/reports/${some.id}/report.pdf`)).status).toBe(404);
    const viewer = await signIn(t(), world.users.viewer.username, password);
    expect((await viewer.get('/api/reports')).status).toBe(403);
    expect(
      (
        await analyst.post('/api/reports', {
          missionId: world.missionA.id,
          from: dayOf(-90),
          to: dayOf(-61),
        })
      ).status,
    ).toBe(403);
  });
});
