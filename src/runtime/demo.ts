/**
 * The demo mission a newcomer sees at first start: MINUSCA (Central African Republic) and one
 * administrator whose password is printed once. Idempotent: does nothing once users exist.
 */
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../db/context.js';
import { createUser } from '../modules/accounts/user.service.js';
import { countUsers } from '../modules/accounts/user.repository.js';
import { createMission } from '../modules/missions/mission.service.js';
import { findMissionByAcronym } from '../modules/missions/mission.repository.js';
import { systemActor } from './system-actor.js';

export interface DemoResult {
  missionId: string;
  admin: { username: string; password: string } | null;
}

export async function loadDemo(app: AppContext): Promise<DemoResult> {
  const ctx = { ...app, actor: systemActor('demo-loader'), requestId: 'demo' };
  const existing = await findMissionByAcronym(app.db, 'MINUSCA');
  const mission =
    existing ??
    (await createMission(ctx, {
      acronym: 'MINUSCA',
      name: 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic',
      hostCountries: ['CAF'],
      mandateStart: '2014-04-10',
      mandateEnd: null,
      headquarters: { name: 'Bangui', latitude: 4.3947, longitude: 18.5582 },
    }));
  if ((await countUsers(app.db)) > 0) return { missionId: mission.id, admin: null };
  const password = randomBytes(12).toString('base64url');
  await createUser(ctx, {
    username: 'admin',
    displayName: 'Demo administrator',
    password,
    locale: 'en',
    memberships: [
      { missionId: null, role: 'administrator' },
      { missionId: mission.id, role: 'analyst' },
    ],
  });
  return { missionId: mission.id, admin: { username: 'admin', password } };
}
