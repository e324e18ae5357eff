/**
 * Missions' statements of unit requirements (K6, ¶62): capability, strength, tasks and the task
 * kinds a caveat may not restrict, standards, equipment and self-sustainment, location, deadline.
 * They belong to their mission.
 */
import { assertCan, assertPermission, missionForWrite } from '../../core/policy.js';
import { fromJson, fromTimestamp, toJson, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type AppContext, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import {
  findRequirementRow,
  insertRequirement,
  selectRequirementRows,
  type RequirementRow,
} from './pledge.repository.js';
import type { CreateRequirementInput, UnitRequirement } from './pledge.schema.js';

const toRequirement = (r: RequirementRow): UnitRequirement => ({
  id: r.id,
  missionId: r.mission_id,
  reference: r.reference,
  capability: r.capability as UnitRequirement['capability'],
  strength: r.strength,
  tasks: fromJson(r.tasks),
  standards: fromJson(r.standards),
  location: r.location,
  deadline: r.deadline,
  taskKinds: fromJson(r.task_kinds),
  majorEquipment: fromJson(r.major_equipment),
  selfSustainment: fromJson(r.self_sustainment),
  createdOn: fromTimestamp(r.created_at).toISOString().slice(0, 10),
  version: r.version,
});

/** A mission's statement of unit requirements (K6). @throws forbidden */
export async function createRequirement(
  ctx: RequestContext,
  input: CreateRequirementInput,
): Promise<UnitRequirement> {
  assertPermission(ctx.actor, 'capabilities:write');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  return inTransaction(ctx, async (tx) => {
    const id = tx.ids.newId();
    const row = {
      id,
      mission_id: missionId,
      reference: input.reference,
      capability: input.capability,
      strength: input.strength,
      tasks: toJson(input.tasks),
      standards: toJson(input.standards),
      location: input.location,
      deadline: input.deadline,
      task_kinds: toJson(input.taskKinds),
      major_equipment: toJson(input.majorEquipment),
      self_sustainment: toJson(input.selfSustainment),
      created_at: toTimestamp(tx.clock.now()),
      version: 1,
    };
    await insertRequirement(tx.db, row);
    await audit(tx, {
      action: 'capabilities.requirement.create',
      recordType: 'unit_requirement',
      recordId: id,
      missionId,
      change: input,
    });
    return toRequirement((await findRequirementRow(tx.db, id))!);
  });
}

/** One statement of unit requirements in view. @throws not_found */
export async function getRequirement(ctx: RequestContext, id: string): Promise<UnitRequirement> {
  const row = await findRequirementRow(ctx.db, id);
  assertCan(ctx.actor, 'capabilities:read', {
    kind: 'UnitRequirement',
    record: row ? { id, missionId: row.mission_id, compartmentIds: [] } : undefined,
  });
  return toRequirement(row!);
}

/** Statements of unit requirements of the missions in view, by deadline. @throws forbidden */
export async function listRequirements(ctx: RequestContext): Promise<UnitRequirement[]> {
  assertPermission(ctx.actor, 'capabilities:read');
  return (await selectRequirementRows(ctx.db, ctx.actor)).map(toRequirement);
}

/**
 * Statements by id, whoever asks: for a module that has already authorized the record that names
 * them (a force selection is read in its mission, and its requirement with it).
 */
export async function requirementsByIds(
  app: AppContext,
  ids: readonly string[],
): Promise<Map<string, UnitRequirement>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await app.db
    .selectFrom('unit_requirements')
    .selectAll()
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, toRequirement(r)]));
}
