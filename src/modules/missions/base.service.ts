/**
 * A mission's bases (headquarters, sector headquarters, company bases, team sites, police):
 * read by whoever reads the mission; recorded by headquarters (missions:write) or by the
 * mission's analysts (early-warning:write), who set the alert rules measured from them. Audited.
 */
import { DomainError } from '../../core/errors.js';
import { assertPermission, hasPermission, missionForWrite } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { baseNamed, baseRows, insertBases } from './base.repository.js';
import type { Base, CreateBaseInput } from './base.schema.js';
import { getMission } from './mission.service.js';

const baseOf = (r: Awaited<ReturnType<typeof baseRows>>[number]): Base => ({
  id: r.id,
  missionId: r.mission_id,
  name: r.name,
  kind: r.kind as Base['kind'],
  latitude: r.latitude,
  longitude: r.longitude,
  source: r.source,
});

/** The bases of a mission in view. @throws forbidden, not_found */
export async function listBases(ctx: RequestContext, missionId: string): Promise<Base[]> {
  await getMission(ctx, missionId);
  return (await baseRows(ctx.db, [missionId])).map(baseOf);
}

function assertMayRecord(ctx: RequestContext) {
  if (!hasPermission(ctx.actor, 'missions:write'))
    assertPermission(ctx.actor, 'early-warning:write');
}

/** Adds bases; a name the mission has is refused, or skipped when asked (imports). @throws forbidden, not_found, conflict */
export async function addBases(
  ctx: RequestContext,
  missionId: string,
  input: { bases: CreateBaseInput[]; source: string; skipExisting?: boolean },
): Promise<Base[]> {
  assertMayRecord(ctx);
  missionForWrite(ctx.actor, missionId);
  await getMission(ctx, missionId);
  return inTransaction(ctx, async (tx) => {
    const rows = [];
    for (const b of input.bases) {
      if (await baseNamed(tx.db, missionId, b.name)) {
        if (input.skipExisting) continue;
        throw new DomainError('conflict', `name: the mission has a base called ${b.name}`, [
          { path: 'name', message: 'already used' },
        ]);
      }
      rows.push({
        id: tx.ids.newId(),
        mission_id: missionId,
        name: b.name,
        kind: b.kind,
        latitude: b.latitude,
        longitude: b.longitude,
        source: input.source,
        created_at: toTimestamp(tx.clock.now()),
        created_by: tx.actor.username,
      });
    }
    await insertBases(tx.db, rows);
    await audit(tx, {
      action: 'missions.bases.add',
      recordType: 'mission',
      recordId: missionId,
      missionId,
      change: { source: input.source, names: input.bases.map((b) => b.name) },
    });
    return rows.map(baseOf);
  });
}

/** The bases of the missions in the caller's view (for alert rules and maps). @throws forbidden */
export async function basesInView(
  ctx: RequestContext,
  missionIds: readonly string[],
): Promise<Base[]> {
  assertPermission(ctx.actor, 'missions:read');
  const visible =
    ctx.actor.missionIds === 'all'
      ? missionIds
      : missionIds.filter((m) => (ctx.actor.missionIds as readonly string[]).includes(m));
  return (await baseRows(ctx.db, visible)).map(baseOf);
}

/** Every base of the missions in the caller's view, in one read (the alerts map). @throws forbidden */
export async function allBasesInView(ctx: RequestContext): Promise<Base[]> {
  assertPermission(ctx.actor, 'missions:read');
  return (await baseRows(ctx.db, ctx.actor.missionIds)).map(baseOf);
}
