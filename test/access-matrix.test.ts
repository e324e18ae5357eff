/**
 * S1, S10 (ASVS 8.2.1, 8.2.2 — access control at the function and data level): every API route
 * × every role × in / out of mission × in / out of compartment, asserting the exact status.
 * Routes are enumerated from the router, so a new route without an entry here fails this test.
 * Expected statuses come from the explicit `allowed` lists below, not from the code's role table.
 */
import { ZodType } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../src/core/permissions.js';
import { toTimestamp } from '../src/db/codecs.js';
import { issueApiToken } from '../src/modules/accounts/token.service.js';
import { createUser } from '../src/modules/accounts/user.service.js';
import {
  insertCompartment,
  insertLabels,
} from '../src/modules/compartments/compartment.repository.js';
import { CreateIncidentInput } from '../src/modules/incidents/incident.schema.js';
import { recordIncident } from '../src/modules/incidents/incident.service.js';
import {
  addCompartmentMember,
  createCompartment,
} from '../src/modules/compartments/compartment.service.js';
import {
  callers,
  compartmentWriters,
  matrix,
  signedIn,
  type Caller,
  type Env,
  type Spec,
  type Target,
} from './access-matrix.routes.js';
import { seedCases, seedComplaints } from './access-matrix.conduct.js';
import { seedMeasures } from './access-matrix.measures.js';
import { seedScreenings } from './access-matrix.vetting.js';
import { actorFor } from './support/actor.js';
import { eachDialect } from './support/each-dialect.js';
import type { TestApp } from './support/test-app.js';
import { operator, password, seedWorld } from './support/fixtures.js';
import { Agent, signIn } from './support/http.js';

/** 404s that say something for the public (a receipt code) or about public data (a country). */
const notAboutReach = [
  'POST /api/public/complaints/status',
  'POST /api/public/complaints/answer',
  'GET /api/early-warning/forecasts/countries/{iso3}',
];

function expected(spec: Spec, caller: Caller, target: Target): number {
  const special = spec.expect?.(caller, target);
  if (special !== undefined) return special;
  if (caller === 'anonymous') return 401;
  if (!spec.allowed.includes(caller)) return 403;
  if (target !== 'none' && target !== 'in') return 404;
  return spec.success;
}

eachDialect('access matrix', (t) => {
  let world: Env['w'];
  const agents = new Map<Caller, Agent>();
  const usernameOf = (caller: Caller) =>
    caller === 'anonymous'
      ? 'nobody'
      : caller === 'hq-admin'
        ? world.hqAdmin.username
        : world.users[caller].username;

  beforeAll(async () => {
    const base = await seedWorld(t());
    agents.set('anonymous', new Agent(t()));
    for (const caller of signedIn)
      agents.set(
        caller,
        await signIn(
          t(),
          caller === 'hq-admin' ? base.hqAdmin.username : base.users[caller].username,
          password,
        ),
      );
    // C1: a compartment of mission A holding every mission-A user; C2 hidden in A; C3 in mission B.
    const officer = await actorFor(t(), base.users.conduct_officer.id, base.missionA.id);
    const c1 = await createCompartment(
      { ...t().ctx, requestId: 'seed', actor: officer },
      { name: 'Everyone in A', description: '', sensitive: false },
    );
    const officerNow = await actorFor(t(), base.users.conduct_officer.id, base.missionA.id);
    for (const role of roles)
      if (role !== 'conduct_officer')
        await addCompartmentMember(
          { ...t().ctx, requestId: 'seed', actor: officerNow },
          c1.id,
          base.users[role].id,
        );
    const now = toTimestamp(t().clock.now());
    const hidden = {
      description: '',
      sensitive: false,
      createdAt: now,
      createdBy: 'seed',
      version: 1,
    };
    await insertCompartment(t().ctx.db, {
      id: 'c2-hidden-in-a',
      missionId: base.missionA.id,
      name: 'Hidden in A',
      ...hidden,
    });
    await insertCompartment(t().ctx.db, {
      id: 'c3-in-b',
      missionId: base.missionB.id,
      name: 'In B',
      ...hidden,
    });
    const patchTarget = await createUser(operator(t()), {
      username: 'patch-target',
      displayName: 'Target',
      password,
      locale: 'en',
      memberships: [{ missionId: base.missionA.id, role: 'viewer' }],
    });
    const othersToken = (
      await issueApiToken(operator(t()), base.outsider.id, {
        name: 'not yours',
        missionId: base.missionB.id,
        expiresInDays: 30,
      })
    ).apiToken.id;
    // Three incidents with UN-personnel victims (so each has an I1 follow-up): one in C1 in
    // mission A, one in mission B, one in mission A behind the hidden compartment C2.
    const seedIncident = async (userId: string, missionId: string, compartmentIds: string[]) => {
      const actor = await actorFor(t(), userId, missionId);
      return recordIncident(
        { ...t().ctx, requestId: 'seed', actor },
        CreateIncidentInput.parse({
          occurredAt: '2026-02-01T10:00:00Z',
          location: { latitude: 4.4, longitude: 18.5 },
          category: 'attack_on_un_personnel',
          compartmentIds,
        }),
      );
    };
    const incidentIn = await seedIncident(base.users.analyst.id, base.missionA.id, [c1.id]);
    const incidentB = await seedIncident(base.outsider.id, base.missionB.id, []);
    const incidentHidden = await seedIncident(base.users.analyst.id, base.missionA.id, []);
    await insertLabels(t().ctx.db, {
      recordType: 'incident',
      recordId: incidentHidden.id,
      missionId: base.missionA.id,
      compartmentIds: ['c2-hidden-in-a'],
    });
    const followUpOf = async (incidentId: string) =>
      (
        await t()
          .ctx.db.selectFrom('incident_follow_ups')
          .select('id')
          .where('incident_id', '=', incidentId)
          .executeTakeFirstOrThrow()
      ).id;
    const incidents = {
      in: incidentIn.id,
      'out-of-mission': incidentB.id,
      'out-of-compartment': incidentHidden.id,
    };
    const followUps = {
      in: await followUpOf(incidentIn.id),
      'out-of-mission': await followUpOf(incidentB.id),
      'out-of-compartment': await followUpOf(incidentHidden.id),
    };
    world = {
      ...base,
      othersToken,
      c1: c1.id,
      c2: 'c2-hidden-in-a',
      c3: 'c3-in-b',
      patchTarget: patchTarget.id,
      incidents,
      followUps,
      cases: await seedCases(t(), base, 'c2-hidden-in-a'),
      complaints: await seedComplaints(t(), base),
      ...(await seedMeasures(t(), base, 'c2-hidden-in-a')),
      ...(await seedScreenings(t(), base)),
      counter: 0,
    };
  });

  it('every route of the router has an entry, and every entry a route', () => {
    const routes = t()
      .app.routes.filter(
        (r) => (r.path.startsWith('/api/') || r.path.startsWith('/ogc')) && r.method !== 'ALL',
      )
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect([...new Set(routes)].sort()).toEqual(Object.keys(matrix).sort());
  });

  describe.each(Object.entries(matrix))('%s', (route, spec) => {
    it.each(callers)('as %s', async (caller) => {
      const outcomes: string[] = [];
      const wanted: string[] = [];
      for (const target of spec.targets ?? (['none'] as Target[])) {
        const env: Env = {
          t: t(),
          w: world,
          agent: agents.get(caller)!,
          caller,
          username: usernameOf(caller),
          fresh: () =>
            caller === 'anonymous'
              ? Promise.resolve(new Agent(t()))
              : signIn(t(), usernameOf(caller), password),
        };
        if (
          route.startsWith('DELETE /api/compartments') &&
          target === 'in' &&
          compartmentWriters.includes(caller)
        ) {
          await addCompartmentMember(
            {
              ...t().ctx,
              requestId: 'seed',
              actor: await actorFor(t(), world.users.conduct_officer.id, world.missionA.id),
            },
            world.c1,
            world.patchTarget,
          ).catch(() => undefined);
        }
        const answer = await spec.call(env, target);
        outcomes.push(`${target}: ${answer.status}`);
        // What the web checks its reads against (web/lib/query.ts): the answer the route declares.
        const declared = answerSchema(t(), route, answer.status);
        if (declared && answer.status < 300) {
          const checked = declared.safeParse(answer.body);
          expect(
            checked.success ? [] : checked.error.issues.slice(0, 3),
            `${route} ${target}: the answer matches its declared schema`,
          ).toEqual([]);
        }
        wanted.push(`${target}: ${expected(spec, caller, target)}`);
        if (answer.status >= 400) expect(answer.body).toHaveProperty('error.requestId');
        // F7: out of reach or absent, every route's 404 says the same, naming nothing.
        if (answer.status === 404 && route.includes(' /api/') && !notAboutReach.includes(route))
          expect(answer.body.error, `${route} ${target}`).toEqual({
            code: 'not_found',
            message: 'Not found',
            details: [],
            requestId: answer.body.error.requestId,
          });
      }
      expect(outcomes).toEqual(wanted);
    });
  });
});

/** The zod schema a route declares for a JSON answer with this status, if it declares one. */
function answerSchema(t: TestApp, route: string, status: number): ZodType | null {
  const [method, path] = route.split(' ');
  for (const d of t.app.openAPIRegistry.definitions) {
    if (d.type !== 'route') continue;
    if (d.route.method.toUpperCase() !== method || d.route.path !== path) continue;
    const answer = d.route.responses[String(status)] as
      { content?: Record<string, { schema?: unknown }> } | undefined;
    const schema = answer?.content?.['application/json']?.schema;
    return schema instanceof ZodType ? schema : null;
  }
  return null;
}
