/**
 * P3 (¶113–114) and P4 (¶118): leadership appointments — made only after the human-rights
 * assessment — and the heads of mission's senior manager compacts, recorded by human resources
 * (personnel:write), read by name only with personnel:identify; the share of women per post counted
 * for personnel:read. Appointees' names are tier-1 ciphertext. Every write audited.
 */
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertHappened } from '../../core/happened.js';
import { assertPermission, missionForWrite, missionsToRead } from '../../core/policy.js';
import { fromBool, toBool, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { dayOf } from '../../core/days.js';
import { audit } from '../audit/audit.service.js';
import { assertMissionExists } from '../missions/mission.service.js';
import { reachRow } from './personnel.reach.js';
import {
  appointmentRows,
  findAppointment,
  insertAppointment,
  updateAppointment,
  type AppointmentRow,
} from './personnel.repository.js';
import {
  assertAppointment,
  baseline2015,
  shareOfWomen,
  type AssessmentOutcome,
  type Gender,
  type LeadershipPost,
} from './leadership.rules.js';
import type {
  Appointment,
  CreateAppointmentInput,
  EndAppointmentInput,
  WomenInLeadership,
} from './leadership.schema.js';

const appointeeAddress = (id: string) => ({
  table: 'personnel_appointments',
  id,
  field: 'appointee',
});

function toAppointment(ctx: RequestContext, r: AppointmentRow): Appointment {
  return {
    id: r.id,
    missionId: r.mission_id,
    post: r.post as LeadershipPost,
    appointee: ctx.cipher.decrypt(r.appointee, appointeeAddress(r.id)),
    gender: r.gender as Gender,
    nationality: r.nationality,
    appointedOn: r.appointed_on,
    endedOn: r.ended_on,
    humanRightsAssessment: r.hr_assessed_on
      ? {
          assessedOn: r.hr_assessed_on,
          assessedBy: r.hr_assessed_by!,
          outcome: r.hr_outcome as AssessmentOutcome,
        }
      : null,
    source: r.source,
    illustrative: fromBool(r.illustrative),
    version: r.version,
  };
}

/** P3: the appointments in view, by name. @throws forbidden, not_found (mission) */
export async function listAppointments(
  ctx: RequestContext,
  query: { missionId?: string },
): Promise<Appointment[]> {
  assertPermission(ctx.actor, 'personnel:identify');
  const rows = await appointmentRows(ctx.db, missionsToRead(ctx.actor, query.missionId));
  return rows.map((r) => toAppointment(ctx, r));
}

/**
 * P3: an appointment, only with the human-rights assessment made before it and finding no bar.
 * @throws forbidden, not_found (mission), invalid_state (no assessment, concerns), validation_failed
 */
export async function createAppointment(
  ctx: RequestContext,
  input: CreateAppointmentInput & { illustrative?: boolean },
): Promise<Appointment> {
  assertPermission(ctx.actor, 'personnel:write');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  await assertMissionExists(ctx, missionId);
  assertHappened(ctx.clock.now(), {
    appointedOn: input.appointedOn,
    endedOn: input.endedOn,
    'humanRightsAssessment.assessedOn': input.humanRightsAssessment?.assessedOn,
  });
  assertAppointment(input);
  const hr = input.humanRightsAssessment;
  const id = ctx.ids.newId();
  const stamp = toTimestamp(ctx.clock.now());
  await inTransaction(ctx, async (tx) => {
    await insertAppointment(tx.db, {
      id,
      mission_id: missionId,
      post: input.post,
      appointee: tx.cipher.encrypt(input.appointee, appointeeAddress(id)),
      gender: input.gender,
      nationality: input.nationality,
      appointed_on: input.appointedOn,
      ended_on: input.endedOn ?? null,
      hr_assessed_on: hr?.assessedOn ?? null,
      hr_assessed_by: hr?.assessedBy ?? null,
      hr_outcome: hr?.outcome ?? null,
      source: input.source,
      illustrative: toBool(input.illustrative ?? false),
      created_at: stamp,
      updated_at: stamp,
      version: 1,
    });
    await audit(tx, {
      action: 'personnel.appointment.add',
      recordType: 'appointment',
      recordId: id,
      missionId,
      // The name only as ciphertext, never in the audit.
      change: {
        post: input.post,
        appointedOn: input.appointedOn,
        assessedOn: hr?.assessedOn ?? null,
      },
    });
  });
  return toAppointment(ctx, (await findAppointment(ctx.db, id))!);
}

/** P3: the end of a term. @throws forbidden, not_found, conflict, validation_failed */
export async function endAppointment(
  ctx: RequestContext,
  id: string,
  input: EndAppointmentInput,
): Promise<Appointment> {
  assertPermission(ctx.actor, 'personnel:write');
  const row = reachRow(ctx, await findAppointment(ctx.db, id), { kind: 'Appointment' });
  assertHappened(ctx.clock.now(), { endedOn: input.endedOn });
  if (input.endedOn < row.appointed_on)
    throw new DomainError(
      'validation_failed',
      `endedOn: before the appointment (${row.appointed_on})`,
      [{ path: 'endedOn', message: `before the appointment (${row.appointed_on})` }],
    );
  await inTransaction(ctx, async (tx) => {
    const done = await updateAppointment(tx.db, {
      id,
      version: input.version,
      change: {
        ended_on: input.endedOn,
        updated_at: toTimestamp(tx.clock.now()),
      },
    });
    if (!done) throw staleVersion('The appointment', input.version);
    await audit(tx, {
      action: 'personnel.appointment.end',
      recordType: 'appointment',
      recordId: id,
      missionId: row.mission_id,
      change: { endedOn: input.endedOn },
    });
  });
  return toAppointment(ctx, (await findAppointment(ctx.db, id))!);
}

/** P3: the share of women per post type and year, counted, never named. @throws forbidden */
export async function womenInLeadership(
  ctx: RequestContext,
  query: { missionId?: string },
): Promise<WomenInLeadership> {
  assertPermission(ctx.actor, 'personnel:read');
  const rows = await appointmentRows(ctx.db, missionsToRead(ctx.actor, query.missionId));
  const terms = rows.map((r) => ({
    post: r.post as LeadershipPost,
    gender: r.gender as Gender,
    appointedOn: r.appointed_on,
    endedOn: r.ended_on,
  }));
  return { baseline2015: { ...baseline2015 }, rows: shareOfWomen(terms, dayOf(ctx.clock.now())) };
}
