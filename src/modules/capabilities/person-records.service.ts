/**
 * A unit's person's records one at a time, after they joined: a predeployment training
 * certification (¶100), a human-rights screening (¶126), the SEA e-learning completed (P6, ¶124).
 * Every write audited; no date in the future.
 */
import { notFound } from '../../core/errors.js';
import { assertHappened } from '../../core/happened.js';
import { assertPermission } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import {
  insertCertifications,
  insertScreenings,
  insertSeaTrainings,
  unitOfPerson,
} from './personnel.repository.js';
import type { CertifyInput, Person, ScreenInput, SeaTrainingInput } from './personnel.schema.js';
import { personnelOf } from './personnel.service.js';
import { loadPledge } from './pledge.service.js';

async function pledgeOfPerson(ctx: RequestContext, personId: string): Promise<string> {
  const row = await unitOfPerson(ctx.db, personId);
  if (!row) throw notFound('Person');
  await loadPledge(ctx, row.pledge_id);
  return row.pledge_id;
}

/** A predeployment training certification (¶100). @throws forbidden, not_found, validation_failed (in the future) */
export async function certifyPerson(
  ctx: RequestContext,
  personId: string,
  input: CertifyInput,
): Promise<Person[]> {
  assertPermission(ctx.actor, 'capabilities:write');
  assertHappened(ctx.clock.now(), { certifiedOn: input.certifiedOn });
  return inTransaction(ctx, async (tx) => {
    const pledgeId = await pledgeOfPerson(tx, personId);
    await insertCertifications(tx.db, [
      {
        id: tx.ids.newId(),
        person_id: personId,
        course: input.course,
        certified_on: input.certifiedOn,
        authority: input.authority,
        created_at: toTimestamp(tx.clock.now()),
      },
    ]);
    await audit(tx, {
      action: 'capabilities.person.certify',
      recordType: 'pledge',
      recordId: pledgeId,
      change: { personId, ...input },
    });
    return personnelOf(tx, pledgeId);
  });
}

/** A human-rights screening (¶126); the latest one counts. @throws forbidden, not_found, validation_failed (in the future) */
export async function screenPerson(
  ctx: RequestContext,
  personId: string,
  input: ScreenInput,
): Promise<Person[]> {
  assertPermission(ctx.actor, 'capabilities:write');
  assertHappened(ctx.clock.now(), { screenedOn: input.screenedOn });
  return inTransaction(ctx, async (tx) => {
    const pledgeId = await pledgeOfPerson(tx, personId);
    await insertScreenings(tx.db, [
      {
        id: tx.ids.newId(),
        person_id: personId,
        screened_on: input.screenedOn,
        outcome: input.outcome,
        screened_by: input.screenedBy,
        created_at: toTimestamp(tx.clock.now()),
      },
    ]);
    await audit(tx, {
      action: 'capabilities.person.screen',
      recordType: 'pledge',
      recordId: pledgeId,
      change: { personId, ...input },
    });
    return personnelOf(tx, pledgeId);
  });
}

/** P6 (¶124): the SEA e-learning completed. @throws forbidden, not_found, validation_failed (in the future) */
export async function trainPerson(
  ctx: RequestContext,
  personId: string,
  input: SeaTrainingInput,
): Promise<Person[]> {
  assertPermission(ctx.actor, 'capabilities:write');
  assertHappened(ctx.clock.now(), { completedOn: input.completedOn });
  return inTransaction(ctx, async (tx) => {
    const pledgeId = await pledgeOfPerson(tx, personId);
    await insertSeaTrainings(tx.db, [
      {
        id: tx.ids.newId(),
        person_id: personId,
        course: input.course,
        completed_on: input.completedOn,
        created_at: toTimestamp(tx.clock.now()),
      },
    ]);
    await audit(tx, {
      action: 'capabilities.person.sea_training',
      recordType: 'pledge',
      recordId: pledgeId,
      change: { personId, ...input },
    });
    return personnelOf(tx, pledgeId);
  });
}
