/** API conventions: S8 headers, envelope, 400 naming fields, 413, request ids, OpenAPI, health. */
import { gunzipSync } from 'node:zlib';
import SqliteDatabase from 'better-sqlite3';
import { migrations } from '../db/migrations/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { eachDialect } from '../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../test/support/fixtures.js';
import { Agent, signIn } from '../../test/support/http.js';

const headerNames = [
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'cache-control',
];

eachDialect('HTTP conventions', (t) => {
  let world: World;
  let admin: Agent;
  beforeAll(async () => {
    world = await seedWorld(t());
    admin = await signIn(t(), world.hqAdmin.username, password);
  });

  it('S8 (ASVS 3.4.3, 3.4.4, 3.4.5, 3.4.6): the same security headers on success, error and unknown routes', async () => {
    const answers = [
      await admin.get('/api/missions'),
      await new Agent(t()).get('/api/missions'),
      await admin.get('/api/nothing-here'),
      await new Agent(t()).get('/api/health'),
    ];
    const snapshot = answers.map((a) =>
      Object.fromEntries(headerNames.map((h) => [h, a.headers.get(h)])),
    );
    for (const s of snapshot) expect(s).toEqual(snapshot[0]);
    expect(snapshot[0]).toMatchInlineSnapshot(`
      {
        "cache-control": "no-store",
        "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        "referrer-policy": "no-referrer",
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
      }
    `);
    expect(answers[0]!.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('only the map places (public geography) may be kept by the browser; a point near an incident may not', async () => {
    const places = await admin.get('/api/places?bbox=14,2,28,11&zoom=6');
    expect(places.status).toBe(200);
    expect(places.headers.get('cache-control')).toBe('private, max-age=86400');
    const nearest = await admin.get('/api/places/nearest?latitude=6.7&longitude=22.15');
    expect(nearest.body).toMatchObject({ place: { name: 'Bria', direction: 'ne' } });
    expect(nearest.headers.get('cache-control')).toBe('no-store');
    // Bad input is refused naming the field, and not cached either.
    const bad = await admin.get('/api/places?bbox=14,2,28&zoom=6');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/bbox/);
    expect(bad.headers.get('cache-control')).toBe('no-store');
    // Signed-out callers get nothing, cached or not.
    const anonymous = await new Agent(t()).get('/api/places?bbox=14,2,28,11&zoom=6');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('cache-control')).toBe('no-store');
  });

  it('errors come in one envelope with the request id of the response', async () => {
    const answer = await admin.get('/api/missions/does-not-exist');
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({
      error: {
        code: 'not_found',
        message: 'Not found',
        details: [],
        requestId: answer.headers.get('x-request-id'),
      },
    });
  });

  it('an unknown field is refused with 400 naming it; a bad value names its path', async () => {
    const answer = await admin.post('/api/missions', {
      acronym: 'UNMIK',
      name: 'Kosovo',
      hostCountries: ['xk'],
      mandateStart: '1999-06-10',
      headquarters: { name: 'Pristina', latitude: 42.6, longitude: 21.2, altitude: 1 },
      colour: 'blue',
    });
    expect(answer.status).toBe(400);
    const paths = answer.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['colour', 'headquarters.altitude', 'hostCountries.0']);
    // A machine-readable reason per field, so the UI says it in the user's language.
    const codes = Object.fromEntries(
      answer.body.error.details.map((d: { path: string; code: string }) => [d.path, d.code]),
    );
    expect(codes).toEqual({
      colour: 'unknown_field',
      'headquarters.altitude': 'unknown_field',
      'hostCountries.0': 'invalid_format',
    });
    const short = await admin.post('/api/users', {
      username: 'ok-name',
      displayName: '',
      password: 'short',
      memberships: [],
    });
    const reasons = Object.fromEntries(
      short.body.error.details.map((d: { path: string; code: string; params?: unknown }) => [
        d.path,
        [d.code, d.params],
      ]),
    );
    expect(reasons).toEqual({
      displayName: ['required', undefined],
      password: ['too_short', { minimum: 12 }],
      memberships: ['too_small', { minimum: 1 }],
    });
  });

  it('malformed JSON is a 400, not a 500', async () => {
    const answer = await admin.request('POST', '/api/missions', '{"acronym": ', {
      'Content-Type': 'application/json',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('validation_failed');
  });

  it('F11 (ASVS 4.1.1): every route that takes JSON answers 415 to another Content-Type, public ones included — never 500', async () => {
    const doc = (await admin.get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
    };
    const jsonRoutes = Object.entries(doc.paths).flatMap(([route, methods]) =>
      Object.entries(methods)
        .filter(([, op]) => op.requestBody && 'application/json' in op.requestBody.content)
        .map(([method, _op]) => [
          method.toUpperCase(),
          route.replace(/\{[^}]+\}/g, '0195f0c2-7000-7000-8000-000000000000'),
        ]),
    );
    expect(jsonRoutes.length).toBeGreaterThan(60);
    const wrong: string[] = [];
    for (const [method, route] of jsonRoutes)
      for (const agent of [admin, new Agent(t())])
        for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
          const answer = await agent.request(method!, route!, '{"username":"x"}', {
            'Content-Type': type,
          });
          // Turned away before the body is read: anonymous callers on routes that need a session,
          // and path parameters this placeholder does not fit (an ISO code, a step's name).
          const earlier =
            (agent !== admin && answer.status === 401) ||
            (answer.status === 400 && /^Invalid param/.test(answer.body.error.message));
          if (answer.status !== 415 && !earlier)
            wrong.push(`${method} ${route} ${type}: ${answer.status}`);
          else if (answer.status === 415)
            expect(answer.body.error).toMatchObject({ code: 'unsupported_media_type' });
        }
    expect(wrong).toEqual([]);
  });

  it('JSON answers are UTF-8 bytes: Arabic and French text whole; Vary: Accept-Encoding once; gzip when asked', async () => {
    const analyst = await signIn(t(), world.users.analyst.username, password);
    const placeName = 'بانغي – Bégoua, l’embarcadère';
    const made = await analyst.post('/api/incidents', {
      occurredAt: '2026-03-01T08:00:00Z',
      location: { latitude: 4.4, longitude: 18.5, placeName },
      category: 'violence_against_civilians',
    });
    const url = `http://localhost/api/incidents/${made.body.id}`;
    const read = (headers: Record<string, string> = {}) =>
      t().app.request(url, { headers: { Cookie: analyst.cookie!, ...headers } });
    const plain = await read();
    expect(plain.headers.get('content-type')).toBe('application/json');
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    const text = Buffer.from(await plain.arrayBuffer()).toString('utf8');
    expect(JSON.parse(text).location.placeName).toBe(placeName);
    const zipped = await read({ 'Accept-Encoding': 'gzip' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8')).toBe(text);
  });

  it('a body over the limit is refused with 413', async () => {
    const answer = await admin.post('/api/missions', {
      acronym: 'BIG',
      name: 'x'.repeat(t().ctx.config.bodyLimitBytes + 10),
    });
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe('payload_too_large');
  });

  it('R: a write that finds the database locked by another writer (a web import in its worker) is a 503 with a plain message, not a 500', async () => {
    const sqlite = t().connection.sqlite;
    if (!sqlite) return; // PostgreSQL writers wait on row locks, not on the whole database
    const other = new SqliteDatabase(t().ctx.config.sqliteFile);
    sqlite.pragma('busy_timeout = 50');
    other.exec('BEGIN IMMEDIATE');
    try {
      const answer = await admin.post('/api/missions', {
        acronym: 'BUSY',
        name: 'Busy mission',
        hostCountries: ['CAF'],
        mandateStart: '2026-01-01',
        headquarters: { name: 'Bangui', latitude: 4.36, longitude: 18.56 },
      });
      expect(answer.status).toBe(503);
      expect(answer.body.error).toMatchObject({
        code: 'unavailable',
        message: expect.stringMatching(/busy/),
      });
      expect(answer.headers.get('retry-after')).toBe('5');
    } finally {
      other.exec('ROLLBACK');
      other.close();
      sqlite.pragma('busy_timeout = 5000');
    }
    expect((await admin.get('/api/missions')).status).toBe(200);
  });

  it('cursor pagination walks the audit log without gaps or repeats', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { seq: number }[]; nextCursor: string | null } } =
        await admin.get(`/api/audit?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((i) => i.seq));
      cursor = page.body.nextCursor;
    } while (cursor);
    const all = await t().ctx.db.selectFrom('audit_entries').select('seq').execute();
    expect(seen.length).toBeGreaterThan(7);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeLessThanOrEqual(all.length);
  });

  describe('OpenAPI and health', () => {
    it('publishes OpenAPI 3.1 with every route and the error schema', async () => {
      const doc = (await new Agent(t()).get('/api/openapi.json')).body;
      expect(doc.openapi).toBe('3.1.0');
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          '/api/missions',
          '/api/missions/{id}',
          '/api/auth/sign-in',
          '/api/audit',
        ]),
      );
      expect(doc.components.schemas.Error).toBeDefined();
      expect(doc.paths['/api/missions'].post.requestBody.required).toBe(true);
    });

    it('reports dialect and migration state', async () => {
      const health = await new Agent(t()).get('/api/health');
      expect(health.body).toEqual({
        status: 'ok',
        dialect: t().dialect,
        migrations: { applied: Object.keys(migrations).length, pending: [] },
      });
    });
  });

  it('on TLS the session cookie is __Host-, Secure, HttpOnly, SameSite=Strict', async () => {
    const agent = new Agent(t());
    agent.baseUrl = 'https://localhost';
    const answer = await agent.post('/api/auth/sign-in', {
      username: world.users.viewer.username,
      password,
    });
    const cookie = answer.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^__Host-peaceops_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Domain=/);
  });
});
