/**
 * OGC API – Features Part 1 Core (I3) on both dialects, as a GIS client calls it with an API token:
 * landing page links, conformance, the collection and its extent, items with bbox, datetime,
 * limit and next links that walk every feature once, one feature, the errors the standard asks
 * for, and compartments (a sensitive one is never served, even to its members).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { issueApiToken } from '../src/modules/accounts/token.service.js';
import { importFile } from '../src/modules/incidents/incident-import.service.js';
import { actorFor } from './support/actor.js';
import { eachDialect } from './support/each-dialect.js';
import { fixture } from './support/fixture-files.js';
import { operator, password, seedWorld, type World } from './support/fixtures.js';
import { signIn } from './support/http.js';

const carFile = path.resolve('demo/ucdp-ged-23.1-central-african-republic.geojson');
const car = JSON.parse(fs.readFileSync(carFile, 'utf8')) as {
  features: { properties: { date_start: string }; geometry: { coordinates: [number, number] } }[];
};
const schema = (name: string) =>
  JSON.parse(fs.readFileSync(fixture('schemas', 'geojson', `${name}.json`), 'utf8'));

/**
 * OGC API – Features – Part 1: Core 1.0.1's own schemas (OpenAPI 3.0 building blocks in YAML,
 * test/fixtures/schemas/ogcapi-features-1.0.1), each under its file name so their `$ref`s resolve.
 */
function ogcValidator(): (name: string, body: unknown) => string | null {
  const dir = fixture('schemas', 'ogcapi-features-1.0.1', 'schemas');
  const base = 'https://schemas.opengis.net/ogcapi/features/part1/1.0/openapi/schemas/';
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
  for (const file of fs.readdirSync(dir))
    ajv.addSchema({
      ...parseYaml(fs.readFileSync(path.join(dir, file), 'utf8')),
      $id: base + file,
    });
  return (name, body) => {
    const validate = ajv.getSchema(base + name)!;
    return validate(body) ? null : JSON.stringify(validate.errors);
  };
}

eachDialect('OGC API – Features (I3)', (t) => {
  let world: World;
  let token: string;
  const get = async (url: string, bearer = token) => {
    const res = await t().app.request(`http://gis.test${url}`, {
      headers: bearer ? { Authorization: `Bearer ${bearer}` } : {},
    });
    const text = await res.text();
    return { status: res.status, type: res.headers.get('content-type'), body: JSON.parse(text) };
  };
  const countIn = ([w, s, e, n]: number[], from = '', to = '9') =>
    car.features.filter(
      ({
        geometry: {
          coordinates: [x, y],
        },
        properties: p,
      }) => {
        const day = p.date_start.slice(0, 10);
        return x >= w! && x <= e! && y >= s! && y <= n! && day >= from && day <= to;
      },
    ).length;

  beforeAll(async () => {
    world = await seedWorld(t());
    const analyst = await actorFor(t(), world.users.analyst.id, world.missionA.id);
    await importFile(
      { ...t().ctx, requestId: 'seed', actor: analyst },
      { format: 'ucdp', file: carFile, keepGoodRows: false },
    );
    token = (
      await issueApiToken(operator(t()), world.users.viewer.id, {
        name: 'QGIS',
        missionId: world.missionA.id,
        expiresInDays: 30,
      })
    ).token;
  });

  it('landing page links the API definition, conformance and collections; conformance names Core and GeoJSON', async () => {
    const landing = await get('/ogc');
    expect(landing.status).toBe(200);
    const rels = Object.fromEntries(
      landing.body.links.map((l: { rel: string; href: string }) => [l.rel, l.href]),
    );
    expect(rels).toMatchObject({
      self: 'http://gis.test/ogc',
      'service-desc': 'http://gis.test/api/openapi.json',
      conformance: 'http://gis.test/ogc/conformance',
      data: 'http://gis.test/ogc/collections',
    });
    expect((await get('/ogc/conformance')).body.conformsTo).toEqual(
      expect.arrayContaining([
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
      ]),
    );
    const openapi = await get('/api/openapi.json');
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining(['/ogc/collections/{collectionId}/items']),
    );
  });

  it('the incidents collection has its extent in CRS84 and an items link', async () => {
    const { body } = await get('/ogc/collections');
    expect(body.collections.map((c: { id: string }) => c.id)).toEqual(['incidents']);
    const collection = (await get('/ogc/collections/incidents')).body;
    const xs = car.features.map((f) => f.geometry.coordinates[0]);
    const ys = car.features.map((f) => f.geometry.coordinates[1]);
    expect(collection.extent.spatial.bbox[0]).toEqual([
      Math.min(...xs),
      Math.min(...ys),
      Math.max(...xs),
      Math.max(...ys),
    ]);
    expect(collection.links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rel: 'items',
          type: 'application/geo+json',
          href: 'http://gis.test/ogc/collections/incidents/items',
        }),
      ]),
    );
  });

  it('items: GeoJSON valid against the official schema; next links walk every feature in the box exactly once', async () => {
    const box = [18, 4, 19, 5];
    const validate = new Ajv({ strict: false }).compile(schema('FeatureCollection'));
    const seen: string[] = [];
    let url: string | null = `/ogc/collections/incidents/items?bbox=${box.join(',')}&limit=100`;
    let pages = 0;
    while (url) {
      const page = await get(url);
      expect(page.status).toBe(200);
      expect(page.type).toBe('application/geo+json');
      expect(validate(page.body), JSON.stringify(validate.errors)).toBe(true);
      expect(page.body.numberReturned).toBe(page.body.features.length);
      seen.push(...page.body.features.map((f: { id: string }) => f.id));
      const next = page.body.links.find((l: { rel: string }) => l.rel === 'next');
      url = next ? next.href.replace('http://gis.test', '') : null;
      pages += 1;
    }
    expect(seen.length).toBe(countIn(box));
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBe(Math.max(1, Math.ceil(seen.length / 100)));
  });

  it('datetime as an instant, a closed and an open interval; limit defaults to 10 and is capped at 1000', async () => {
    const all = [-180, -90, 180, 90];
    const count = async (query: string) => {
      let n = 0;
      let url: string | null = `/ogc/collections/incidents/items?limit=1000&${query}`;
      while (url) {
        const page = await get(url);
        n += page.body.numberReturned;
        const next = page.body.links.find((l: { rel: string }) => l.rel === 'next');
        url = next ? next.href.replace('http://gis.test', '') : null;
      }
      return n;
    };
    expect(await count('datetime=2020-01-01T00:00:00Z/2020-12-31T23:59:59Z')).toBe(
      countIn(all, '2020-01-01', '2020-12-31'),
    );
    expect(await count('datetime=../2000-12-31T23:59:59Z')).toBe(countIn(all, '', '2000-12-31'));
    expect(await count('datetime=2022-06-01T00:00:00Z/..')).toBe(countIn(all, '2022-06-01'));
    const day = car.features[0]!.properties.date_start.slice(0, 10);
    expect(await count(`datetime=${day}`)).toBe(countIn(all, day, day));
    expect((await get('/ogc/collections/incidents/items')).body.numberReturned).toBe(10);
    expect((await get('/ogc/collections/incidents/items?limit=5000')).body.numberReturned).toBe(
      1000,
    );
  });

  it('every answer is valid against OGC API – Features 1.0.1’s own schemas', async () => {
    const valid = ogcValidator();
    const answers: [string, string][] = [
      ['landingPage.yaml', '/ogc'],
      ['confClasses.yaml', '/ogc/conformance'],
      ['collections.yaml', '/ogc/collections'],
      ['collection.yaml', '/ogc/collections/incidents'],
      ['featureCollectionGeoJSON.yaml', '/ogc/collections/incidents/items?limit=50'],
    ];
    for (const [name, url] of answers) expect(valid(name, (await get(url)).body), url).toBeNull();
    const first = (await get('/ogc/collections/incidents/items?limit=1')).body.features[0];
    const one = (await get(`/ogc/collections/incidents/items/${first.id}`)).body;
    expect(valid('featureGeoJSON.yaml', one)).toBeNull();
    // The validator is not blind: a feature collection without its features is refused.
    expect(valid('featureCollectionGeoJSON.yaml', { type: 'FeatureCollection' })).toMatch(
      /features/,
    );
  });

  it('one feature by id; unknown ones and unknown collections are 404', async () => {
    const first = (await get('/ogc/collections/incidents/items?limit=1')).body.features[0];
    const one = await get(`/ogc/collections/incidents/items/${first.id}`);
    expect(one.status).toBe(200);
    expect(one.type).toBe('application/geo+json');
    const validate = new Ajv({ strict: false }).compile(schema('Feature'));
    expect(validate(one.body), JSON.stringify(validate.errors)).toBe(true);
    expect(one.body.id).toBe(first.id);
    expect((await get('/ogc/collections/incidents/items/nope')).status).toBe(404);
    expect((await get('/ogc/collections/alerts/items')).status).toBe(404);
  });

  it('a page’s features (read from the feature columns alone) equal each feature read from its whole record', async () => {
    const page = (await get('/ogc/collections/incidents/items?bbox=18,4,19,5&limit=60')).body;
    expect(page.features.length).toBe(60);
    for (const feature of page.features) {
      const { links: _links, ...whole } = (
        await get(`/ogc/collections/incidents/items/${feature.id}`)
      ).body;
      expect(feature).toEqual(whole);
    }
    // UCDP's events carry actors, casualties and the source's id: the page shows them.
    expect(page.features.some((f: { properties: { actors: string } }) => f.properties.actors)).toBe(
      true,
    );
  });

  describe('errors the standard asks for', () => {
    it.each([
      ['an unknown parameter', 'items?colour=red'],
      ['a bbox with 3 numbers', 'items?bbox=1,2,3'],
      ['a bbox south above north', 'items?bbox=18,6,19,5'],
      ['a datetime that is not RFC 3339', 'items?datetime=last%20week'],
      [
        'an interval ending before it starts',
        'items?datetime=2021-01-01T00:00:00Z/2020-01-01T00:00:00Z',
      ],
      ['limit 0', 'items?limit=0'],
    ])('%s is 400', async (_name, query) => {
      const answer = await get(`/ogc/collections/incidents/${query}`);
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('validation_failed');
    });

    it('no token is 401; a revoked or made-up token too', async () => {
      expect((await get('/ogc', '')).status).toBe(401);
      expect((await get('/ogc', 'pot_madeup')).status).toBe(401);
    });
  });

  it('compartments: an ordinary one only for its members; a sensitive one never, even for members', async () => {
    const officer = await signIn(t(), world.users.conduct_officer.username, password);
    const analyst = await signIn(t(), world.users.analyst.username, password);
    const sensitive = await officer.post('/api/compartments', {
      name: 'Witnesses',
      sensitive: true,
    });
    const ordinary = await officer.post('/api/compartments', { name: 'Patrols', sensitive: false });
    await t()
      .ctx.db.updateTable('users')
      .set({ totp_enabled: 1 })
      .where('id', '=', world.users.analyst.id)
      .execute();
    for (const c of [sensitive, ordinary])
      await officer.post(`/api/compartments/${c.body.id}/members`, {
        userId: world.users.analyst.id,
      });
    const at = { latitude: -33.9, longitude: 18.4 };
    const post = (compartmentIds: string[]) =>
      analyst.post('/api/incidents', {
        occurredAt: '2026-02-10T14:20:00Z',
        location: at,
        category: 'violence_against_civilians',
        compartmentIds,
      });
    const secret = (await post([sensitive.body.id])).body.id as string;
    const patrol = (await post([ordinary.body.id])).body.id as string;
    const open = (await post([])).body.id as string;
    const analystToken = (
      await issueApiToken(operator(t()), world.users.analyst.id, {
        name: 'GIS',
        missionId: world.missionA.id,
        expiresInDays: 30,
      })
    ).token;
    const box = '/ogc/collections/incidents/items?bbox=18,-34,19,-33';
    const ids = async (bearer: string) =>
      (await get(box, bearer)).body.features.map((f: { id: string }) => f.id).sort();
    expect(await ids(analystToken)).toEqual([open, patrol].sort());
    expect(await ids(token)).toEqual([open]); // the viewer holds neither compartment
    expect((await get(`/ogc/collections/incidents/items/${secret}`, analystToken)).status).toBe(
      404,
    );
    expect((await get(`/ogc/collections/incidents/items/${patrol}`, token)).status).toBe(404);
    expect((await analyst.get(`/api/incidents/${secret}`)).status).toBe(200);
  });
});
