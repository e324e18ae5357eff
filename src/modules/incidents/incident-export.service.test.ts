/** I3: GeoJSON export valid against the official schema, scoped, sensitive records left out, audited. */
import fs from 'node:fs';
import { Ajv } from 'ajv';
import { beforeAll, expect, it } from 'vitest';
import { fixture } from '../../../test/support/fixture-files.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';

const schemaFile = fixture('schemas', 'geojson', 'FeatureCollection.json');
const base = {
  occurredAt: '2026-02-10T14:20:00Z',
  location: { latitude: 6.4912345678, longitude: 21.98765432 },
  category: 'violence_against_civilians',
};

eachDialect('incident exports (I3)', (t) => {
  let world: World;
  let analyst: Agent;
  beforeAll(async () => {
    world = await seedWorld(t());
    analyst = await signIn(t(), world.users.analyst.username, password);
  });

  it('GeoJSON validates against the official FeatureCollection schema, [lon, lat] in WGS 84', async () => {
    const created = await analyst.post('/api/incidents', {
      ...base,
      casualties: { civilians: { killed: 3, injured: 1, abducted: 0 } },
    });
    const answer = await analyst.get('/api/exports/incidents.geojson');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/geo+json');
    const validate = new Ajv({ allErrors: true, strict: false }).compile(
      JSON.parse(fs.readFileSync(schemaFile, 'utf8')),
    );
    expect(validate(answer.body), JSON.stringify(validate.errors)).toBe(true);
    const feature = answer.body.features.find((f: { id: string }) => f.id === created.body.id);
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [21.987654, 6.491235] });
    expect(feature.properties).toMatchObject({
      category: 'violence_against_civilians',
      fatalities: 3,
      civilians_killed: 3,
      mission_id: world.missionA.id,
    });
    expect(answer.body).not.toHaveProperty('crs');
  });

  it('leaves out what the caller may not read and anything in a sensitive compartment, and audits the export', async () => {
    const officer = await signIn(t(), world.users.conduct_officer.username, password);
    const sensitive = await officer.post('/api/compartments', {
      name: 'Protected witnesses',
      sensitive: true,
    });
    const ordinary = await officer.post('/api/compartments', {
      name: 'Patrol reports',
      sensitive: false,
    });
    // The analyst must hold two-factor sign-in to join the sensitive compartment.
    await t()
      .ctx.db.updateTable('users')
      .set({ totp_enabled: 1 })
      .where('id', '=', world.users.analyst.id)
      .execute();
    expect(
      (
        await officer.post(`/api/compartments/${sensitive.body.id}/members`, {
          userId: world.users.analyst.id,
        })
      ).status,
    ).toBe(200);
    await officer.post(`/api/compartments/${ordinary.body.id}/members`, {
      userId: world.users.analyst.id,
    });
    const secret = await analyst.post('/api/incidents', {
      ...base,
      narrative: 'Witness account',
      compartmentIds: [sensitive.body.id],
    });
    const shared = await analyst.post('/api/incidents', {
      ...base,
      compartmentIds: [ordinary.body.id],
    });
    expect([secret.status, shared.status]).toEqual([201, 201]);

    const ids = (await analyst.get('/api/exports/incidents.geojson')).body.features.map(
      (f: { id: string }) => f.id,
    );
    expect(ids).toContain(shared.body.id);
    expect(ids).not.toContain(secret.body.id);
    const csv = await analyst.get('/api/exports/incidents.csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (csv.body as string).trim().split('\r\n');
    expect(lines[1]).toMatch(/^#event\+id,#date\+occurred,/);
    expect(lines.slice(2).map((l) => l.split(',')[0])).toEqual(ids);
    const viewer = await signIn(t(), world.users.viewer.username, password);
    expect((await viewer.get('/api/exports/incidents.geojson')).status).toBe(403);
    const outsider = await signIn(t(), world.outsider.username, password);
    expect((await outsider.get('/api/exports/incidents.geojson')).body.features).toEqual([]);
    const entries = await t()
      .ctx.db.selectFrom('audit_entries')
      .select(['actor_id'])
      .where('action', '=', 'incidents.export')
      .execute();
    expect(entries).toContainEqual({ actor_id: world.users.analyst.id });
  });
});
