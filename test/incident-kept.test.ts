/**
 * `GET /api/incidents/{id}` answered from memory (issue 22, incidents/incident-kept.service.ts),
 * on both dialects: a record read again is the same answer until it may have changed, on every
 * path that can change it — the API, plain SQL (another process, the CLI, an import), a label put
 * on or taken off, a compartment made sensitive, a membership taken away — and who may read it,
 * and whether the read is audited, is decided on every read, kept or not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toBool } from '../src/db/codecs.js';
import { issueApiToken, resolveApiToken } from '../src/modules/accounts/token.service.js';
import { getIncident } from '../src/modules/incidents/incident.service.js';
import { incidentGeneration, keptRecord } from '../src/modules/incidents/feature-page-cache.js';
import { actorFor } from './support/actor.js';
import { eachDialect } from './support/each-dialect.js';
import { operator, password, seedWorld, type World } from './support/fixtures.js';
import { Agent, signIn } from './support/http.js';

eachDialect('an incident read by id, kept until it changes (issue 22)', (t) => {
  let world: World;
  let analyst: Agent;
  let officer: Agent;
  const readers = { viewer: null as unknown as Agent, analyst: null as unknown as Agent };
  const report = async (compartmentIds: string[] = [], narrative = 'Ferry attacked at dawn') => {
    const res = await analyst.post('/api/incidents', {
      occurredAt: '2026-03-01T08:00:00Z',
      location: { latitude: 4.4, longitude: 18.6, placeName: 'Ferry landing' },
      category: 'violence_against_civilians',
      narrative,
      compartmentIds,
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const bearer = async (userId: string) => {
    const agent = new Agent(t());
    agent.bearer = (
      await issueApiToken(operator(t()), userId, {
        name: 'script',
        missionId: world.missionA.id,
        expiresInDays: 30,
      })
    ).token;
    return agent;
  };
  const sql = () => t().ctx.db;
  const reads = async (id: string) =>
    (
      await sql()
        .selectFrom('audit_entries')
        .select('id')
        .where('record_id', '=', id)
        .where('action', '=', 'incident.read')
        .execute()
    ).length;

  beforeAll(async () => {
    world = await seedWorld(t());
    analyst = await signIn(t(), world.users.analyst.username, password);
    officer = await signIn(t(), world.users.conduct_officer.username, password);
    readers.viewer = await bearer(world.users.viewer.id);
    readers.analyst = await bearer(world.users.analyst.id);
  });

  it('the same record twice is the same answer; a revision through the API is on the next read', async () => {
    const id = await report();
    const first = await readers.viewer.get(`/api/incidents/${id}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
    // Kept with its answer, under the generation read before the record was.
    const kept = keptRecord(sql(), await incidentGeneration(sql()), id);
    expect(kept?.answer && JSON.parse(new TextDecoder().decode(kept.answer))).toEqual(first.body);
    expect((await readers.viewer.get(`/api/incidents/${id}`)).body).toEqual(first.body);
    const revised = await analyst.patch(`/api/incidents/${id}`, {
      version: first.body.version,
      narrative: 'Ferry attacked at dawn; two boats burnt',
    });
    expect(revised.status).toBe(200);
    const after = await readers.viewer.get(`/api/incidents/${id}`);
    expect(after.body.narrative).toBe('Ferry attacked at dawn; two boats burnt');
    expect(after.body.version).toBe(first.body.version + 1);
  });

  it('changes made beside the app are on the next read: a revision and a removal in plain SQL', async () => {
    const id = await report([], 'Old text');
    expect((await readers.viewer.get(`/api/incidents/${id}`)).body.narrative).toBe('Old text');
    await sql()
      .updateTable('incidents')
      .set({ narrative: 'بانغي – Bégoua' })
      .where('id', '=', id)
      .execute();
    expect((await readers.viewer.get(`/api/incidents/${id}`)).body.narrative).toBe(
      'بانغي – Bégoua',
    );
    await sql().deleteFrom('incident_follow_ups').where('incident_id', '=', id).execute();
    await sql().deleteFrom('failure_to_act_inquiries').where('incident_id', '=', id).execute();
    await sql().deleteFrom('incidents').where('id', '=', id).execute();
    expect((await readers.viewer.get(`/api/incidents/${id}`)).status).toBe(404);
  });

  it('the incident generation comes with the token, read in its statement, and moves with a report', async () => {
    const seen = async () =>
      (await resolveApiToken(t().ctx, readers.viewer.bearer!, '192.0.2.1')).seen
        ?.incidentGeneration;
    const before = await seen();
    expect(before).toBe(await incidentGeneration(sql()));
    await report();
    const after = await seen();
    expect(after).toBe(await incidentGeneration(sql()));
    expect(after).toBeGreaterThan(before!);
  });

  it('every caller of the service gets an incident of its own: changing one changes no other read', async () => {
    const id = await report([], 'Untouched');
    const ctx = {
      ...operator(t()),
      actor: await actorFor(t(), world.users.viewer.id, world.missionA.id),
    };
    const one = await getIncident(ctx, id);
    one.narrative = 'changed by a caller';
    one.compartmentIds.push('not-a-compartment');
    const two = await getIncident(ctx, id);
    expect(two.narrative).toBe('Untouched');
    expect(two.compartmentIds).toEqual([]);
    expect((await readers.viewer.get(`/api/incidents/${id}`)).body.narrative).toBe('Untouched');
  });

  describe('compartments', () => {
    let compartmentId: string;
    let labelled: string;
    beforeAll(async () => {
      const made = await officer.post('/api/compartments', { name: 'Landing', sensitive: false });
      compartmentId = made.body.id;
      await officer.post(`/api/compartments/${compartmentId}/members`, {
        userId: world.users.analyst.id,
      });
      labelled = await report([compartmentId]);
    });

    it('a member’s read kept never answers a reader outside the compartment, whoever asks first', async () => {
      expect((await readers.analyst.get(`/api/incidents/${labelled}`)).status).toBe(200);
      expect((await readers.viewer.get(`/api/incidents/${labelled}`)).status).toBe(404);
      expect((await readers.analyst.get(`/api/incidents/${labelled}`)).status).toBe(200);
    });

    it('a label taken off or put on in plain SQL decides the next read', async () => {
      const label = await sql()
        .selectFrom('record_compartments')
        .selectAll()
        .where('record_type', '=', 'incident')
        .where('record_id', '=', labelled)
        .executeTakeFirstOrThrow();
      expect((await readers.viewer.get(`/api/incidents/${labelled}`)).status).toBe(404);
      await sql()
        .deleteFrom('record_compartments')
        .where('record_type', '=', 'incident')
        .where('record_id', '=', labelled)
        .execute();
      const open = await readers.viewer.get(`/api/incidents/${labelled}`);
      expect(open.status).toBe(200);
      expect(open.body.compartmentIds).toEqual([]);
      await sql().insertInto('record_compartments').values(label).execute();
      expect((await readers.viewer.get(`/api/incidents/${labelled}`)).status).toBe(404);
      expect((await readers.analyst.get(`/api/incidents/${labelled}`)).body.compartmentIds).toEqual(
        [compartmentId],
      );
    });

    it('a membership taken away: the kept record is out of reach at once, and back when given back', async () => {
      expect((await readers.analyst.get(`/api/incidents/${labelled}`)).status).toBe(200);
      await officer.delete(`/api/compartments/${compartmentId}/members/${world.users.analyst.id}`);
      expect((await readers.analyst.get(`/api/incidents/${labelled}`)).status).toBe(404);
      await officer.post(`/api/compartments/${compartmentId}/members`, {
        userId: world.users.analyst.id,
      });
      expect((await readers.analyst.get(`/api/incidents/${labelled}`)).status).toBe(200);
    });

    it('a compartment made sensitive in plain SQL: every read of its record is audited, kept or not', async () => {
      expect((await readers.analyst.get(`/api/incidents/${labelled}`)).status).toBe(200);
      const before = await reads(labelled);
      await sql()
        .updateTable('compartments')
        .set({ sensitive: toBool(true) })
        .where('id', '=', compartmentId)
        .execute();
      for (let i = 0; i < 3; i++)
        expect((await readers.analyst.get(`/api/incidents/${labelled}`)).status).toBe(200);
      expect(await reads(labelled)).toBe(before + 3);
      await sql()
        .updateTable('compartments')
        .set({ sensitive: toBool(false) })
        .where('id', '=', compartmentId)
        .execute();
      expect((await readers.analyst.get(`/api/incidents/${labelled}`)).status).toBe(200);
      expect(await reads(labelled)).toBe(before + 3);
    });
  });
});
