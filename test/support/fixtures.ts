/**
 * A small world through the services: two missions, one user per role in the first mission, a
 * headquarters administrator and a user of the second mission only.
 */
import { systemActor } from '../../src/core/system-actor.js';
import { roles, type Role } from '../../src/core/permissions.js';
import type { RequestContext } from '../../src/db/context.js';
import { createUser } from '../../src/modules/accounts/user.service.js';
import { createMission } from '../../src/modules/missions/mission.service.js';
import type { CreateMissionInput, Mission } from '../../src/modules/missions/mission.schema.js';
import { signIn, type Agent } from './http.js';
import type { TestApp } from './test-app.js';

export const password = 'correct horse battery staple';

export function operator(t: TestApp): RequestContext {
  return { ...t.ctx, actor: systemActor('test-operator', 'cli'), requestId: 'test' };
}

export function missionInput(
  acronym: string,
  overrides: Partial<CreateMissionInput> = {},
): CreateMissionInput {
  return {
    acronym,
    name: `${acronym} mission`,
    hostCountries: ['CAF'],
    mandateStart: '2014-04-10',
    mandateEnd: null,
    headquarters: { name: 'Bangui', latitude: 4.39, longitude: 18.56 },
    ...overrides,
  };
}

export interface World {
  missionA: Mission;
  missionB: Mission;
  /** username per role, all in mission A. */
  users: Record<Role, { id: string; username: string }>;
  hqAdmin: { id: string; username: string };
  outsider: { id: string; username: string };
}

export async function seedWorld(t: TestApp): Promise<World> {
  const op = operator(t);
  const missionA = await createMission(op, missionInput('MINUSCA'));
  const missionB = await createMission(op, missionInput('MONUSCO', { hostCountries: ['COD'] }));
  const users = {} as World['users'];
  for (const role of roles) {
    const u = await createUser(op, {
      username: `${role.replace(/_/g, '-')}-a`,
      displayName: role,
      password,
      locale: 'en',
      memberships: [{ missionId: missionA.id, role }],
    });
    users[role] = { id: u.id, username: u.username };
  }
  const hq = await createUser(op, {
    username: 'hq-admin',
    displayName: 'HQ admin',
    password,
    locale: 'en',
    memberships: [{ missionId: null, role: 'administrator' }],
  });
  const out = await createUser(op, {
    username: 'analyst-b',
    displayName: 'Analyst B',
    password,
    locale: 'en',
    memberships: [{ missionId: missionB.id, role: 'analyst' }],
  });
  return {
    missionA,
    missionB,
    users,
    hqAdmin: { id: hq.id, username: hq.username },
    outsider: { id: out.id, username: out.username },
  };
}

/** A force generation officer at headquarters (every mission in view), signed in: 'fgo-hq'. */
export async function hqForceGenerationOfficer(t: TestApp): Promise<Agent> {
  await createUser(operator(t), {
    username: 'fgo-hq',
    displayName: 'Force generation, HQ',
    password,
    locale: 'en',
    memberships: [{ missionId: null, role: 'force_generation_officer' }],
  });
  return signIn(t, 'fgo-hq', password);
}

/**
 * Headquarters' Conduct and Discipline: a conduct officer with every mission in view, 'conduct-hq'
 * (sets missions' clocks and pattern rules; told of overdue cases). Signs in with `password`.
 */
export async function createHqConductOfficer(t: TestApp): Promise<void> {
  await createUser(operator(t), {
    username: 'conduct-hq',
    displayName: 'Conduct, HQ',
    password,
    locale: 'en',
    memberships: [{ missionId: null, role: 'conduct_officer' }],
  });
}
