/** The module's one way to reach a record: the permission, in the record's mission's view. */
import type { Permission } from '../../core/permissions.js';
import { assertCan } from '../../core/policy.js';
import type { RequestContext } from '../../db/context.js';

/** @throws forbidden without the permission, not_found when absent or out of view */
export function reachRow<T extends { mission_id: string }>(
  ctx: RequestContext,
  row: T | undefined,
  { kind, permission = 'personnel:write' }: { kind: string; permission?: Permission },
): T {
  assertCan(ctx.actor, permission, {
    kind,
    record: row && { missionId: row.mission_id, compartmentIds: [] },
  });
  return row!;
}
