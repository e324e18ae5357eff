/**
 * OGC item pages kept in memory (issue 22, incidents/feature-page-cache.ts), on both dialects: a
 * page asked for again is the same page — same bytes, same `timeStamp` — until what it holds may
 * have changed, on every path that can change it: the API, plain SQL (another process, the CLI,
 * an import), a label put on or taken off, a compartment made sensitive, a membership taken
 * away. Two readers never share a page unless they may see exactly the same records.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toBool } from '../src/db/codecs.js';
import { issueApiToken } from '../src/modules/accounts/token.service.js';
import { incidentGeneration, keptFeature } from '../src/modules/incidents/feature-page-cache.js';
import { eachDialect } from './support/each-dialect.js';
import { operator, password, seedWorld, type World } from './support/fixtures.js';
import { signIn, type Agent } from './support/http.js';

interface Page {
  timeStamp: string;
  features: { id: string; properties: { place_name: string | null } }[];
}

eachDialect('OGC item pages kept until what they hold changes (issue 22)', (t) => {
  let world: World;
  let analyst: Agent;
  let officer: Agent;
  const tokens = { viewer: '', analyst: '' };
  // A box of its own, far from every other test's incidents.
  const box = '/ogc/collections/incidents/items?bbox=30,-45,31,-44&limit=50';
  // A smaller box inside it: another address, the same records.
  const inner = '/ogc/collections/incidents/items?bbox=30.4,-44.6,30.6,-44.4&limit=50';
  const page = async (bearer: string, address = box): Promise<Page> => {
    const res = await t().app.request(`http://gis.test${address}`, {
      headers: { Authorization: `Bearer ${bearer}` },
    });
    expect(res.status).toBe(200);
    return JSON.parse(await res.text()) as Page;
  };
  const ids = (p: Page) => p.features.map((f) => f.id).sort();
  const report = async (compartmentIds: string[] = [], placeName = 'Ferry landing') => {
    const res = await analyst.post('/api/incidents', {
      occurredAt: '2026-03-01T08:00:00Z',
      location: { latitude: -44.5, longitude: 30.5, placeName },
      category: 'violence_against_civilians',
      compartmentIds,
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const token = async (userId: string) =>
    (
      await issueApiToken(operator(t()), userId, {
        name: 'GIS',
        missionId: world.missionA.id,
        expiresInDays: 30,
      })
    ).token;

  beforeAll(async () => {
    world = await seedWorld(t());
    analyst = await signIn(t(), world.users.analyst.username, password);
    officer = await signIn(t(), world.users.conduct_officer.username, password);
    tokens.viewer = await token(world.users.viewer.id);
    tokens.analyst = await token(world.users.analyst.id);
  });

  it('the same page twice is the same page; an incident reported in the box is on the next one', async () => {
    const first = await report();
    const before = await page(tokens.viewer);
    expect(ids(before)).toEqual([first]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await page(tokens.viewer)).toEqual(before); // kept: even its timeStamp
    const second = await report();
    const after = await page(tokens.viewer);
    expect(ids(after)).toEqual([first, second].sort());
    expect(after.timeStamp).not.toBe(before.timeStamp);
  });

  it('changes made beside the app move the page too: a revision and a removal in plain SQL', async () => {
    const id = await report([], 'Old name');
    const kept = await page(tokens.viewer);
    expect(kept.features.find((f) => f.id === id)?.properties.place_name).toBe('Old name');
    await t()
      .ctx.db.updateTable('incidents')
      .set({ place_name: 'بانغي – Bégoua' })
      .where('id', '=', id)
      .execute();
    const revised = await page(tokens.viewer);
    expect(revised.features.find((f) => f.id === id)?.properties.place_name).toBe('بانغي – Bégoua');
    await t().ctx.db.deleteFrom('incident_follow_ups').where('incident_id', '=', id).execute();
    await t().ctx.db.deleteFrom('failure_to_act_inquiries').where('incident_id', '=', id).execute();
    await t().ctx.db.deleteFrom('incidents').where('id', '=', id).execute();
    expect(ids(await page(tokens.viewer))).not.toContain(id);
  });

  it('a feature kept from one page is the same on a page over another box, and revised on both', async () => {
    const id = await report([], 'Jetty');
    const outer = await page(tokens.viewer);
    const feature = outer.features.find((f) => f.id === id);
    expect(feature?.properties.place_name).toBe('Jetty');
    // Kept as the bytes the page holds, under the generation the page was built after.
    const generation = await incidentGeneration(t().ctx.db);
    const kept = keptFeature(t().ctx.db, generation, id);
    expect(kept && JSON.parse(new TextDecoder().decode(kept))).toEqual(feature);
    expect((await page(tokens.viewer, inner)).features.find((f) => f.id === id)).toEqual(feature);
    await t()
      .ctx.db.updateTable('incidents')
      .set({ place_name: 'Jetty (north)' })
      .where('id', '=', id)
      .execute();
    for (const address of [inner, box])
      expect(
        (await page(tokens.viewer, address)).features.find((f) => f.id === id)?.properties
          .place_name,
      ).toBe('Jetty (north)');
  });

  describe('compartments', () => {
    let compartmentId: string;
    let labelled: string;
    beforeAll(async () => {
      const made = await officer.post('/api/compartments', { name: 'Ferry', sensitive: false });
      compartmentId = made.body.id;
      await officer.post(`/api/compartments/${compartmentId}/members`, {
        userId: world.users.analyst.id,
      });
      labelled = await report([compartmentId]);
    });

    it('two readers of the same address each get the page of what they may see, whoever asks first', async () => {
      const viewerFirst = ids(await page(tokens.viewer));
      const analystSecond = ids(await page(tokens.analyst));
      expect(viewerFirst).not.toContain(labelled);
      expect(analystSecond).toContain(labelled);
      await report(); // a new generation: nothing kept
      const analystFirst = ids(await page(tokens.analyst));
      const viewerSecond = ids(await page(tokens.viewer));
      expect(analystFirst).toContain(labelled);
      expect(viewerSecond).not.toContain(labelled);
    });

    it('a feature kept from a member’s page never puts its record on another reader’s page', async () => {
      expect(ids(await page(tokens.analyst))).toContain(labelled); // its feature now kept
      expect(ids(await page(tokens.viewer, inner))).not.toContain(labelled);
      expect(ids(await page(tokens.analyst, inner))).toContain(labelled);
    });

    it('a label taken off or put on in plain SQL moves the page at once', async () => {
      expect(ids(await page(tokens.viewer))).not.toContain(labelled);
      const label = { record_type: 'incident', record_id: labelled };
      const row = await t()
        .ctx.db.selectFrom('record_compartments')
        .selectAll()
        .where('record_type', '=', label.record_type)
        .where('record_id', '=', label.record_id)
        .executeTakeFirstOrThrow();
      await t()
        .ctx.db.deleteFrom('record_compartments')
        .where('record_type', '=', label.record_type)
        .where('record_id', '=', label.record_id)
        .execute();
      expect(ids(await page(tokens.viewer))).toContain(labelled);
      await t().ctx.db.insertInto('record_compartments').values(row).execute();
      expect(ids(await page(tokens.viewer))).not.toContain(labelled);
    });

    it('a membership taken away, then the compartment made sensitive: its records leave the page', async () => {
      expect(ids(await page(tokens.analyst))).toContain(labelled);
      const removed = await officer.delete(
        `/api/compartments/${compartmentId}/members/${world.users.analyst.id}`,
      );
      expect(removed.status).toBe(200);
      expect(ids(await page(tokens.analyst))).not.toContain(labelled);
      await officer.post(`/api/compartments/${compartmentId}/members`, {
        userId: world.users.analyst.id,
      });
      expect(ids(await page(tokens.analyst))).toContain(labelled);
      // Sensitive records are never served through OGC, even to members (I3).
      await t()
        .ctx.db.updateTable('compartments')
        .set({ sensitive: toBool(true) })
        .where('id', '=', compartmentId)
        .execute();
      expect(ids(await page(tokens.analyst))).not.toContain(labelled);
    });

    it('a compartment made sensitive and back: its record leaves the pages and comes back', async () => {
      // The sensitive set is read once per generation (incident-ogc.service.ts): each change of
      // sensitivity moves the generation, so the next page is built with the set as it now is.
      const made = await officer.post('/api/compartments', { name: 'Witnesses', sensitive: false });
      await officer.post(`/api/compartments/${made.body.id}/members`, {
        userId: world.users.analyst.id,
      });
      const shown = await report([made.body.id]);
      const sensitive = (on: boolean) =>
        t()
          .ctx.db.updateTable('compartments')
          .set({ sensitive: toBool(on) })
          .where('id', '=', made.body.id)
          .execute();
      for (const address of [inner, box])
        expect(ids(await page(tokens.analyst, address))).toContain(shown);
      await sensitive(true);
      for (const address of [inner, box])
        expect(ids(await page(tokens.analyst, address))).not.toContain(shown);
      await sensitive(false);
      for (const address of [box, inner])
        expect(ids(await page(tokens.analyst, address))).toContain(shown);
    });
  });
});
