/** F1, F2 as pure functions: an administrator's authority, what it covers, who needs a second person. */
import { describe, expect, it } from 'vitest';
import { permissionsOf, type Role } from '../../core/permissions.js';
import {
  adminAuthority,
  covers,
  mayActOn,
  membershipChanges,
  needsSecondPerson,
} from './user-admin.rules.js';

const actor = (
  missionIds: 'all' | string[],
  roles: Role[],
  via: 'session' | 'cli' = 'session',
) => ({
  via,
  missionIds,
  permissions: permissionsOf(roles),
});
const m = (missionId: string | null, role: Role) => ({ missionId, role });

describe('an administrator’s authority (F1)', () => {
  it('an administrator at headquarters, in the headquarters view, covers every mission and headquarters', () => {
    const a = adminAuthority(actor('all', ['administrator']), [m(null, 'administrator')]);
    expect([covers(a, null), covers(a, 'A'), covers(a, 'B')]).toEqual([true, true, true]);
  });

  it('in a mission view it covers that mission only, whether its administrator role is the mission’s or headquarters’', () => {
    for (const own of [[m('A', 'administrator')], [m(null, 'administrator')]]) {
      const a = adminAuthority(actor(['A'], ['administrator']), own);
      expect([covers(a, null), covers(a, 'A'), covers(a, 'B')]).toEqual([false, true, false]);
    }
  });

  it('a role elsewhere gives no authority there; no permission, no authority', () => {
    const a = adminAuthority(actor(['A'], ['administrator', 'viewer']), [
      m('A', 'administrator'),
      m('B', 'viewer'),
    ]);
    expect(covers(a, 'B')).toBe(false);
    expect(covers(adminAuthority(actor(['A'], ['analyst']), [m('A', 'analyst')]), 'A')).toBe(false);
  });

  it('it may act on a user only when it covers every role; a user with none is headquarters’', () => {
    const a = adminAuthority(actor(['A'], ['administrator']), [m('A', 'administrator')]);
    expect(mayActOn(a, [m('A', 'viewer')])).toBe(true);
    expect(mayActOn(a, [m('A', 'viewer'), m('B', 'viewer')])).toBe(false);
    expect(mayActOn(a, [m('A', 'viewer'), m(null, 'administrator')])).toBe(false);
    expect(mayActOn(a, [])).toBe(false);
    expect(
      mayActOn(adminAuthority(actor('all', ['administrator']), [m(null, 'administrator')]), []),
    ).toBe(true);
  });

  it('the CLI’s local operator covers everything', () => {
    const a = adminAuthority(actor('all', [], 'cli'), []);
    expect([covers(a, null), covers(a, 'Z')]).toEqual([true, true]);
  });
});

describe('F2', () => {
  it('conduct officer, investigator and medical officer need a second person unless the local operator grants them', () => {
    for (const role of ['conduct_officer', 'investigator', 'medical_officer'] as Role[]) {
      expect(needsSecondPerson({ via: 'session' }, m('A', role))).toBe(true);
      expect(needsSecondPerson({ via: 'token' }, m('A', role))).toBe(true);
      expect(needsSecondPerson({ via: 'cli' }, m('A', role))).toBe(false);
    }
    expect(needsSecondPerson({ via: 'session' }, m('A', 'analyst'))).toBe(false);
  });

  it('membership changes: added, removed and kept, each once', () => {
    expect(
      membershipChanges(
        [m('A', 'viewer'), m(null, 'analyst')],
        [m('A', 'viewer'), m('A', 'planner'), m('A', 'planner')],
      ),
    ).toEqual({
      added: [m('A', 'planner')],
      removed: [m(null, 'analyst')],
      kept: [m('A', 'viewer')],
    });
  });
});
