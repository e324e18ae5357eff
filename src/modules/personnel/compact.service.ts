/**
 * P4 (¶118): a head of mission's senior manager compact for a year — objectives, the assessment at
 * the year's end, and its bearing on renewal — recorded by human resources (personnel:write), read
 * with personnel:identify. Every write audited, against the version read.
 */
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertHappened } from '../../core/happened.js';
import { assertPermission, missionsToRead } from '../../core/policy.js';
import { fromJson, toJson, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { conflictOnUnique } from '../../db/unique-retry.js';
import { audit } from '../audit/audit.service.js';
import {
  compactRows,
  findAppointment,
  findCompact,
  insertCompact,
  updateCompact,
  type CompactRow,
} from './personnel.repository.js';
import {
  assertCompactAssessment,
  assertCompactYear,
  type CompactRating,
  type LeadershipPost,
  type RenewalBearing,
} from './leadership.rules.js';
import type {
  AssessCompactInput,
  Compact,
  CompactRenewalInput,
  CreateCompactInput,
} from './leadership.schema.js';
import { reachRow } from './personnel.reach.js';

function toCompact(r: CompactRow): Compact {
  return {
    id: r.id,
    appointmentId: r.appointment_id,
    missionId: r.mission_id,
    year: r.year,
    objectives: fromJson<string[]>(r.objectives),
    assessedOn: r.assessed_on,
    rating: r.rating as CompactRating | null,
    assessment: r.assessment,
    renewalBearing: r.renewal_bearing as RenewalBearing | null,
    renewalNote: r.renewal_note,
    version: r.version,
  };
}

/** P4: the compacts in view. @throws forbidden, not_found (mission) */
export async function listCompacts(
  ctx: RequestContext,
  query: { missionId?: string },
): Promise<Compact[]> {
  assertPermission(ctx.actor, 'personnel:identify');
  return (await compactRows(ctx.db, missionsToRead(ctx.actor, query.missionId))).map(toCompact);
}

/** P4: a head of mission's compact for a year of their term. @throws forbidden, not_found, invalid_state, conflict */
export async function createCompact(
  ctx: RequestContext,
  appointmentId: string,
  input: CreateCompactInput,
): Promise<Compact> {
  assertPermission(ctx.actor, 'personnel:write');
  const term = reachRow(ctx, await findAppointment(ctx.db, appointmentId), { kind: 'Appointment' });
  assertCompactYear(
    { post: term.post as LeadershipPost, appointedOn: term.appointed_on, endedOn: term.ended_on },
    input.year,
  );
  const id = ctx.ids.newId();
  const stamp = toTimestamp(ctx.clock.now());
  await conflictOnUnique(
    () =>
      inTransaction(ctx, async (tx) => {
        await insertCompact(tx.db, {
          id,
          appointment_id: appointmentId,
          mission_id: term.mission_id,
          year: input.year,
          objectives: toJson(input.objectives),
          created_at: stamp,
          updated_at: stamp,
          version: 1,
        });
        await audit(tx, {
          action: 'personnel.compact.add',
          recordType: 'appointment',
          recordId: appointmentId,
          missionId: term.mission_id,
          change: { compactId: id, year: input.year, objectives: input.objectives.length },
        });
      }),
    `year: the head of mission has a compact for ${input.year} already`,
    [{ path: 'year', message: 'a compact for this year exists' }],
  );
  return toCompact((await findCompact(ctx.db, id))!);
}

async function changeCompact(
  ctx: RequestContext,
  row: CompactRow,
  what: { version: number; action: string; set: Parameters<typeof updateCompact>[1]['change'] },
): Promise<Compact> {
  const { version } = what;
  await inTransaction(ctx, async (tx) => {
    const done = await updateCompact(tx.db, {
      id: row.id,
      version,
      change: {
        ...what.set,
        updated_at: toTimestamp(tx.clock.now()),
      },
    });
    if (!done) throw staleVersion('The compact', version);
    await audit(tx, {
      action: what.action,
      recordType: 'appointment',
      recordId: row.appointment_id,
      missionId: row.mission_id,
      change: { compactId: row.id, ...what.set },
    });
  });
  return toCompact((await findCompact(ctx.db, row.id))!);
}

/** P4: the year assessed at its end. @throws forbidden, not_found, conflict, invalid_state, validation_failed */
export async function assessCompact(
  ctx: RequestContext,
  id: string,
  input: AssessCompactInput,
): Promise<Compact> {
  assertPermission(ctx.actor, 'personnel:write');
  const row = reachRow(ctx, await findCompact(ctx.db, id), { kind: 'Compact' });
  assertHappened(ctx.clock.now(), { assessedOn: input.assessedOn });
  assertCompactAssessment(row.year, input.assessedOn);
  if (row.assessed_on)
    throw new DomainError('invalid_state', `the compact was assessed on ${row.assessed_on}`);
  return changeCompact(ctx, row, {
    version: input.version,
    action: 'personnel.compact.assess',
    set: { assessed_on: input.assessedOn, rating: input.rating, assessment: input.assessment },
  });
}

/** P4: the assessment's bearing on renewal, once assessed. @throws forbidden, not_found, conflict, invalid_state */
export async function recordRenewalBearing(
  ctx: RequestContext,
  id: string,
  input: CompactRenewalInput,
): Promise<Compact> {
  assertPermission(ctx.actor, 'personnel:write');
  const row = reachRow(ctx, await findCompact(ctx.db, id), { kind: 'Compact' });
  if (!row.assessed_on)
    throw new DomainError(
      'invalid_state',
      'the compact is not assessed yet: its bearing on renewal follows the assessment (¶118)',
    );
  return changeCompact(ctx, row, {
    version: input.version,
    action: 'personnel.compact.renewal',
    set: { renewal_bearing: input.bearing, renewal_note: input.note },
  });
}
