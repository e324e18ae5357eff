/** Force selections and their deployment steps: storage. No authorization. */
import type { Insertable, Kysely } from 'kysely';
import type { Actor } from '../../core/policy.js';
import type { Database } from '../../db/schema.js';
import type { DeploymentStepsTable, ForceSelectionsTable } from '../../db/schema-capabilities.js';
import { missionFilter } from '../../db/scope.js';

export async function insertSelection(db: Kysely<Database>, row: Insertable<ForceSelectionsTable>) {
  await db.insertInto('force_selections').values(row).execute();
}

function selections(db: Kysely<Database>) {
  return db
    .selectFrom('force_selections')
    .select([
      'id',
      'requirement_id',
      'pledge_id',
      'mission_id',
      'selected_on',
      'selected_by',
      'version',
    ]);
}
export type SelectionRow = Awaited<ReturnType<typeof findSelectionRow>> & object;

export function findSelectionRow(db: Kysely<Database>, id: string) {
  return selections(db).where('force_selections.id', '=', id).executeTakeFirst();
}

export function selectionOfRequirement(db: Kysely<Database>, requirementId: string) {
  return selections(db)
    .where('force_selections.requirement_id', '=', requirementId)
    .executeTakeFirst();
}

export function selectionOfUnit(db: Kysely<Database>, unitId: string) {
  return selections(db).where('force_selections.pledge_id', '=', unitId).executeTakeFirst();
}

/** Selections in the actor's missions, newest first. */
export function selectionRows(db: Kysely<Database>, actor: Actor) {
  return selections(db)
    .where(missionFilter(actor, 'force_selections.mission_id'))
    .orderBy('force_selections.selected_on', 'desc')
    .orderBy('force_selections.id')
    .execute();
}

export function stepRows(db: Kysely<Database>, selectionIds: readonly string[]) {
  if (selectionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('deployment_steps')
    .selectAll()
    .where('selection_id', 'in', selectionIds)
    .execute();
}

export async function upsertStep(db: Kysely<Database>, row: Insertable<DeploymentStepsTable>) {
  const { selection_id: _, step: __, ...change } = row;
  await db
    .insertInto('deployment_steps')
    .values(row)
    .onConflict((oc) => oc.columns(['selection_id', 'step']).doUpdateSet(change))
    .execute();
}

/** Bumps the selection's version if it still matches; false when it does not. */
export async function bumpSelection(db: Kysely<Database>, id: string, version: number) {
  const result = await db
    .updateTable('force_selections')
    .set({ version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
