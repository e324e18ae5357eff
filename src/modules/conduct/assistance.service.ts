/**
 * Assistance to victims (¶123, C7): each victim's referrals to providers — medical, psychosocial,
 * legal, livelihood, paternity support — with when they were referred, started and completed and
 * what came of it. Seen and written only by those who reach the case (its compartment); the
 * provider (a clinic or a safe house can say where a victim is) and the outcome notes are tier-1
 * ciphertext. Every act audited.
 */
import { assertHappened } from '../../core/happened.js';
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertPermission } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type AppContext, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import {
  assistanceRow,
  assistanceRowsOf,
  insertAssistance,
  updateAssistanceRow,
  type AssistanceRow,
} from './assistance.repository.js';
import type { Assistance, ReferVictimInput, UpdateAssistanceInput } from './assistance.schema.js';
import { loadCase, loadCaseForWrite } from './case.service.js';

type Row = AssistanceRow;
const recordType = 'conduct_assistance';
const address = (id: string) => ({ table: 'conduct_assistance', id, field: 'outcome' });
const providerAddress = (id: string) => ({ table: 'conduct_assistance', id, field: 'provider' });

function toAssistance(ctx: RequestContext, row: Row): Assistance {
  return {
    id: row.id,
    caseId: row.case_id,
    victimId: row.victim_id,
    kind: row.kind as Assistance['kind'],
    provider: ctx.cipher.decrypt(row.provider, providerAddress(row.id)),
    status: row.status as Assistance['status'],
    referredOn: row.referred_on,
    startedOn: row.started_on,
    completedOn: row.completed_on,
    outcome: row.outcome ? ctx.cipher.decrypt(row.outcome, address(row.id)) : '',
    version: row.version,
  };
}

/** A case's assistance, per victim. @throws forbidden, not_found */
export async function listAssistance(ctx: RequestContext, caseId: string): Promise<Assistance[]> {
  assertPermission(ctx.actor, 'conduct:read');
  await loadCase(ctx, caseId);
  return (await assistanceRowsOf(ctx.db, caseId)).map((r) => toAssistance(ctx, r));
}

/** @throws forbidden, not_found, validation_failed (a victim of another case) */
export async function referVictim(
  ctx: RequestContext,
  caseId: string,
  input: ReferVictimInput,
): Promise<Assistance> {
  assertPermission(ctx.actor, 'conduct:write');
  assertHappened(ctx.clock.now(), { referredOn: input.referredOn });
  return inTransaction(ctx, async (tx) => {
    const c = await loadCaseForWrite(tx, caseId);
    if (!c.victims.some((v) => v.id === input.victimId))
      throw new DomainError('validation_failed', 'victimId: not a victim of this case', [
        { path: 'victimId', message: 'not a victim of this case' },
      ]);
    const id = tx.ids.newId();
    const provider = tx.cipher.encrypt(input.provider, providerAddress(id));
    await insertAssistance(tx.db, {
      id,
      case_id: c.id,
      victim_id: input.victimId,
      mission_id: c.missionId,
      kind: input.kind,
      provider,
      status: 'referred',
      referred_on: input.referredOn,
      started_on: null,
      completed_on: null,
      outcome: null,
      updated_at: toTimestamp(tx.clock.now()),
      version: 1,
    });
    await audit(tx, {
      action: 'conduct.assistance.refer',
      recordType,
      recordId: id,
      missionId: c.missionId,
      change: { ...input, provider },
    });
    return toAssistance(tx, (await assistanceRow(tx.db, id))!);
  });
}

/** @throws forbidden, not_found, conflict, validation_failed */
export async function updateAssistance(
  ctx: RequestContext,
  id: string,
  input: UpdateAssistanceInput,
): Promise<Assistance> {
  assertPermission(ctx.actor, 'conduct:write');
  assertHappened(ctx.clock.now(), { startedOn: input.startedOn, completedOn: input.completedOn });
  return inTransaction(ctx, async (tx) => {
    const row = await assistanceRow(tx.db, id);
    if (!row) throw new DomainError('not_found', 'Assistance not found');
    await loadCaseForWrite(tx, row.case_id); // not_found outside the case's compartment
    const moved = await updateAssistanceRow(tx.db, id, {
      status: input.status,
      started_on: input.startedOn === undefined ? row.started_on : input.startedOn,
      completed_on: input.completedOn === undefined ? row.completed_on : input.completedOn,
      outcome: input.outcome ? tx.cipher.encrypt(input.outcome, address(id)) : row.outcome,
      updated_at: toTimestamp(tx.clock.now()),
      expectedVersion: input.version,
    });
    if (!moved) throw staleVersion('Assistance', input.version);
    await audit(tx, {
      action: 'conduct.assistance.update',
      recordType,
      recordId: id,
      missionId: row.mission_id,
      change: { status: input.status, startedOn: input.startedOn, completedOn: input.completedOn },
    });
    return toAssistance(tx, (await assistanceRow(tx.db, id))!);
  });
}

/**
 * Providers stored in clear by releases before issue 15 are encrypted in place, once, when the
 * database is opened (runtime/data-upgrades.ts); a provider already encrypted is left as it is.
 * Returns how many were encrypted.
 */
export async function encryptClearProviders(app: AppContext): Promise<number> {
  const clear = await app.db
    .selectFrom('conduct_assistance')
    .select(['id', 'provider'])
    .where('provider', 'not like', 'v1.%')
    .execute();
  await inTransaction(app, async (tx) => {
    for (const row of clear)
      await tx.db
        .updateTable('conduct_assistance')
        .set({ provider: tx.cipher.encrypt(row.provider, providerAddress(row.id)) })
        .where('id', '=', row.id)
        .where('provider', '=', row.provider)
        .execute();
  });
  return clear.length;
}
