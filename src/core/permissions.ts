/**
 * Roles and what they may do. Roles say what a person may do; compartments (see policy.ts) say
 * which records they may see. No role bypasses compartments (S10).
 */
export const permissions = [
  'missions:read',
  'missions:write',
  'users:read',
  'users:write',
  'compartments:read',
  'compartments:write',
  'audit:read',
  'incidents:read',
  'incidents:write',
  'incidents:verify',
  'early-warning:read',
  'early-warning:write',
  'conduct:read',
  'conduct:write',
  'conduct:investigate',
  /** Screen candidates for deployment against earlier allegations (C8). */
  'conduct:vet',
  /** Counts of overdue conduct cases per mission, without the cases (C2): heads of mission. */
  'conduct:overview',
  'capabilities:read',
  'capabilities:write',
  'performance:write',
  'medical:read',
  'medical:write',
  /** M2: see the mission's evacuation requests (no patient identity in them). */
  'evacuations:read',
  /** M2: send a CASEVAC / MEDEVAC request from the field. */
  'evacuations:request',
  /** M2: task, track and end requests: the aviation cell. */
  'evacuations:task',
  'mandates:read',
  'mandates:write',
  /** Read the periodic report to the Council and comment on its drafts. */
  'reports:read',
  /** Open a report's draft or a new edition, and write its observations. */
  'reports:draft',
  /** Sign the report: the head of mission. A signed report is frozen. */
  'reports:sign',
  /** Recruitment, leadership, staffing and training statistics: counts, never names (P1–P6). */
  'personnel:read',
  /** Record recruitments, appointments, compacts, staffing returns: human resources. */
  'personnel:write',
  /** See the names of candidates, appointees and untrained people (tier-1): human resources. */
  'personnel:identify',
  'exports:run',
] as const;
export type Permission = (typeof permissions)[number];

export const roles = [
  'administrator',
  'analyst',
  'conduct_officer',
  'investigator',
  'force_generation_officer',
  'staff_officer',
  'medical_officer',
  /** The mission's aviation cell, which tasks and tracks evacuations (M2). */
  'aviation_officer',
  'planner',
  'head_of_mission',
  /** The mission's (or, at headquarters, every mission's) human resources: P1–P6. */
  'human_resources_officer',
  'viewer',
] as const;
export type Role = (typeof roles)[number];

const read: Permission[] = ['missions:read', 'compartments:read', 'incidents:read'];

export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  administrator: [...read, 'missions:write', 'users:read', 'users:write', 'audit:read'],
  analyst: [
    ...read,
    'incidents:write',
    'incidents:verify',
    'early-warning:read',
    'early-warning:write',
    'reports:read',
    'exports:run',
  ],
  conduct_officer: [
    ...read,
    'compartments:write',
    'conduct:read',
    'conduct:write',
    'conduct:vet',
    'reports:read',
  ],
  investigator: [...read, 'conduct:read', 'conduct:investigate'],
  force_generation_officer: [
    ...read,
    'capabilities:read',
    'capabilities:write',
    'conduct:vet',
    'reports:read',
  ],
  staff_officer: [
    ...read,
    'incidents:write',
    'capabilities:read',
    'performance:write',
    'evacuations:read',
    'evacuations:request',
  ],
  medical_officer: [
    ...read,
    'compartments:write',
    'medical:read',
    'medical:write',
    'evacuations:read',
    'evacuations:request',
  ],
  aviation_officer: [...read, 'evacuations:read', 'evacuations:task'],
  planner: [
    ...read,
    'mandates:read',
    'mandates:write',
    'early-warning:read',
    'personnel:read',
    'reports:read',
    'reports:draft',
  ],
  head_of_mission: [
    ...read,
    'conduct:overview',
    'early-warning:read',
    'mandates:read',
    'personnel:read',
    'reports:read',
    'reports:draft',
    'reports:sign',
  ],
  human_resources_officer: [...read, 'personnel:read', 'personnel:write', 'personnel:identify'],
  viewer: [...read, 'early-warning:read'],
};

/**
 * Roles whose work is in sensitive compartments (victims, complainants, witnesses, medical data):
 * signing in with one of them requires TOTP two-factor authentication (S5).
 */
export const rolesRequiringTwoFactor: ReadonlySet<Role> = new Set<Role>([
  'conduct_officer',
  'investigator',
  'medical_officer',
]);

export function permissionsOf(userRoles: Iterable<Role>): Set<Permission> {
  const granted = new Set<Permission>();
  for (const role of userRoles) for (const p of rolePermissions[role]) granted.add(p);
  return granted;
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
