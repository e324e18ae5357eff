/**
 * Issue 16: a property test of the settings' bypasses. For every rule that takes settings (C1 and
 * C2's clocks, C3's pattern rule, K4's eligibility rule), random values are put through the API:
 * headquarters is answered 200 exactly when every value lies within the range the rules register
 * states (`GET /api/rules`) — the report's reading at the loose end — and otherwise 400 naming each
 * value out of range, the setting left as it was; a mission's own officers are refused (403)
 * whatever the values, stricter ones included.
 */
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import {
  createHqConductOfficer,
  hqForceGenerationOfficer,
  password,
  seedWorld,
  type World,
} from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import type { RuleSetting } from '../../core/rule-entry.js';

interface SettingRoute {
  rules: string[];
  path: (w: World) => string;
  hq: () => Agent;
  mission: () => Agent;
}

let t: TestApp;
let world: World;
const agents: Record<string, Agent> = {};
const ranges = new Map<string, RuleSetting>();

const routes: SettingRoute[] = [
  {
    rules: ['C1', 'C2'],
    path: (w) => `/api/conduct/clock-settings?missionId=${w.missionA.id}`,
    hq: () => agents.conductHq!,
    mission: () => agents.conduct!,
  },
  {
    rules: ['C3'],
    path: (w) => `/api/conduct/pattern-rule?missionId=${w.missionA.id}`,
    hq: () => agents.conductHq!,
    mission: () => agents.conduct!,
  },
  {
    rules: ['K4'],
    path: () => '/api/capabilities/eligibility-rule',
    hq: () => agents.fgoHq!,
    mission: () => agents.fgo!,
  },
];

beforeAll(async () => {
  t = await openTestApp('sqlite');
  world = await seedWorld(t);
  await createHqConductOfficer(t);
  agents.fgoHq = await hqForceGenerationOfficer(t);
  agents.conductHq = await signIn(t, 'conduct-hq', password);
  agents.conduct = await signIn(t, world.users.conduct_officer.username, password);
  agents.fgo = await signIn(t, world.users.force_generation_officer.username, password);
  for (const rule of (await agents.conduct.get('/api/rules')).body.items as {
    id: string;
    settings: RuleSetting[];
  }[])
    for (const s of rule.settings) ranges.set(`${rule.id}:${s.name}`, s);
});

const within = (s: RuleSetting, v: number) =>
  s.stricter === 'at_most'
    ? v >= s.strictest && v <= s.loosest
    : v >= s.loosest && v <= s.strictest;

for (const route of routes)
  it(`${route.rules.join(', ')}: headquarters sets a value exactly when the register allows it; a mission never`, async () => {
    const settings = route.rules.flatMap((id) =>
      [...ranges].filter(([key]) => key.startsWith(`${id}:`)).map(([, s]) => s),
    );
    expect(settings.length, 'the register states the settings').toBeGreaterThan(0);
    // Values around each range: below, inside and beyond both ends.
    const value = (s: RuleSetting) => {
      const [lo, hi] = [Math.min(s.loosest, s.strictest), Math.max(s.loosest, s.strictest)];
      return fc.integer({ min: lo - 3, max: hi * 2 + 3 });
    };
    const path = route.path(world);
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(...settings.map(value)),
        fc.boolean(),
        async (values, asMission) => {
          const body = Object.fromEntries(settings.map((s, i) => [s.name, values[i]!]));
          const before = (await route.hq().get(path)).body;
          const res = await (asMission ? route.mission() : route.hq()).request('PUT', path, body);
          const out = settings.filter((s, i) => !within(s, values[i]!)).map((s) => s.name);
          if (asMission) expect(res.status).toBe(403);
          else if (out.length === 0) {
            expect(res.status, JSON.stringify(res.body)).toBe(200);
            expect((await route.hq().get(path)).body).toEqual(body);
            return;
          } else {
            expect(res.status, JSON.stringify(res.body)).toBe(400);
            expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(
              out.sort(),
            );
          }
          expect((await route.hq().get(path)).body).toEqual(before);
        },
      ),
      { numRuns: 40 },
    );
  });
