/**
 * The local operator: whoever runs the CLI on the server's files. It administers missions,
 * users, tokens and the audit log, at headquarters, but holds no compartment (S10): it cannot
 * read need-to-know records any more than an administrator can.
 */
import type { Permission } from './permissions.js';
import type { Actor } from './policy.js';

const operatorPermissions: Permission[] = [
  'missions:read',
  'missions:write',
  'users:read',
  'users:write',
  'audit:read',
];

export function systemActor(
  label: string,
  via: Actor['via'] = 'system',
  extra: readonly Permission[] = [],
): Actor {
  return {
    userId: label,
    username: label,
    via,
    missionId: null,
    missionIds: 'all',
    roles: [],
    permissions: new Set([...operatorPermissions, ...extra]),
    compartmentIds: new Set(),
  };
}
