/**
 * M4 and M5 (¶108): a death recorded in the mission by its medical officers, in the layout of the
 * UN's public data, linked to its incident and casualty; a malicious act opens the incident's host
 * Government follow-up (I1); the next-of-kin steps open with it, each with its owner and due day,
 * and are recorded done in order. Read with medical:read in the mission's view; never in the public
 * statistics (only the UN's published file is). No name of the deceased or the family is stored.
 */
import { DomainError, staleVersion } from '../../core/errors.js';
import { latestDay } from '../../core/happened.js';
import { assertCan, assertPermission, missionForWrite, missionsToRead } from '../../core/policy.js';
import { fromBool, toBool, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type AppContext, type RequestContext } from '../../db/context.js';
import { retryOnUniqueViolation } from '../../db/unique-retry.js';
import { assertActiveUserOf } from '../accounts/responsible.service.js';
import { audit } from '../audit/audit.service.js';
import { followUpOfIncident, openHostFollowUp } from '../incidents/follow-up.service.js';
import { getIncident } from '../incidents/incident.service.js';
import { assertMissionExists } from '../missions/mission.service.js';
import { findCasualty } from './casualty.repository.js';
import {
  countFatalityReferences,
  findFatality,
  insertFatality,
  insertNextOfKinSteps,
  nextOfKinOf,
  recordedFatalityRows,
  updateNextOfKinStepRow,
  type FatalityRow,
  type NextOfKinRow,
} from './fatality.repository.js';
import type {
  RecordedFatality,
  RecordFatalityInput,
  UpdateNextOfKinStepInput,
} from './fatality.schema.js';
import { manualFatalitySource } from './fatality.taxonomy.js';
import {
  assertStepDone,
  dueOn,
  nextOfKinSteps,
  notificationChannel,
  stepState,
  type NextOfKinStep,
} from './next-of-kin.rules.js';

export const recordedFatalityType = 'medical_fatality';

const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);
const todayOf = (ctx: AppContext) => ctx.clock.now().toISOString().slice(0, 10);

function recordedOf(
  row: FatalityRow,
  steps: NextOfKinRow[],
  context: { today: string; followUp: boolean },
): RecordedFatality {
  const order = (s: NextOfKinRow) => nextOfKinSteps.indexOf(s.step as NextOfKinStep);
  return {
    id: row.id,
    missionId: row.mission_id,
    reference: row.reference ?? '',
    diedOn: row.incident_on,
    gender: row.gender as RecordedFatality['gender'],
    nationality: row.nationality,
    personnelType: row.personnel_type as RecordedFatality['personnelType'],
    incidentType: row.incident_type as RecordedFatality['incidentType'],
    incidentId: row.incident_id,
    casualtyId: row.casualty_id,
    channel: notificationChannel(row.personnel_type),
    nextOfKin: [...steps]
      .sort((a, b) => order(a) - order(b))
      .map((s) => ({
        step: s.step as NextOfKinStep,
        owner: s.owner,
        dueOn: s.due_on,
        doneOn: s.done_on,
        note: s.note,
        state: stepState({ dueOn: s.due_on, doneOn: s.done_on }, context.today),
        version: s.version,
      })),
    followUp: context.followUp,
    illustrative: fromBool(row.illustrative),
  };
}

/** The links of a death: an incident and a casualty of its mission, the same event if both. */
async function assertLinks(ctx: RequestContext, missionId: string, input: RecordFatalityInput) {
  if (input.incidentType === 'malicious_act' && input.incidentId === null)
    throw invalid(
      'incidentId',
      'a death by a malicious act is recorded with its incident, where the host Government follow-up (I1) is kept',
    );
  if (input.incidentId !== null) {
    const incident = await getIncident(ctx, input.incidentId);
    if (incident.missionId !== missionId)
      throw invalid('incidentId', 'an incident of another mission');
  }
  if (input.casualtyId !== null) {
    const casualty = await findCasualty(ctx.db, input.casualtyId);
    if (!casualty || casualty.mission_id !== missionId)
      throw invalid('casualtyId', 'not a casualty recorded in this mission');
    if (casualty.incident_id && input.incidentId && casualty.incident_id !== input.incidentId)
      throw invalid('casualtyId', 'the casualty was recorded with another incident');
  }
}

/**
 * M4, M5, I1: records a death; opens its next-of-kin steps and, for a malicious act, the host
 * Government follow-up of its incident.
 * @throws forbidden, not_found (mission, incident), validation_failed (day, links, owner)
 */
export async function recordFatality(
  ctx: RequestContext,
  input: RecordFatalityInput,
  options: { illustrative?: boolean } = {},
): Promise<RecordedFatality> {
  assertPermission(ctx.actor, 'medical:write');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  await assertMissionExists(ctx, missionId);
  const now = ctx.clock.now();
  if (input.diedOn > latestDay(now)) throw invalid('diedOn', `${input.diedOn} is in the future`);
  await assertLinks(ctx, missionId, input);
  const owner = await assertActiveUserOf(ctx, {
    username: input.owner ?? ctx.actor.username,
    missionId: missionId,
    path: 'owner',
  });
  return retryOnUniqueViolation(ctx, () =>
    inTransaction(ctx, async (tx) => {
      const prefix = `FAT-${input.diedOn.slice(0, 4)}-`;
      const n = (await countFatalityReferences(tx.db, missionId, prefix)) + 1;
      const id = tx.ids.newId();
      const stamp = toTimestamp(now);
      const row = {
        id,
        mission_id: missionId,
        reference: `${prefix}${String(n).padStart(4, '0')}`,
        incident_on: input.diedOn,
        gender: input.gender,
        nationality: input.nationality,
        nationality_iso3: null,
        personnel_type: input.personnelType,
        incident_type: input.incidentType,
        incident_id: input.incidentId,
        casualty_id: input.casualtyId,
        source_system: manualFatalitySource,
        source_id: null,
        illustrative: toBool(options.illustrative === true),
        created_at: stamp,
        updated_at: stamp,
        version: 1,
      };
      await insertFatality(tx.db, row);
      await insertNextOfKinSteps(
        tx.db,
        nextOfKinSteps.map((step) => ({
          id: tx.ids.newId(),
          fatality_id: id,
          mission_id: missionId,
          step,
          owner,
          due_on: dueOn(step, input.diedOn, null),
          done_on: null,
          note: '',
          updated_at: stamp,
          version: 1,
        })),
      );
      // I1: a malicious act against UN personnel is a crime the host Government follows up.
      if (input.incidentType === 'malicious_act' && input.incidentId !== null)
        await openHostFollowUp(tx, { id: input.incidentId, missionId }, 'fatality');
      const { id: _id, mission_id: _m, created_at: _c, updated_at: _u, ...change } = row;
      await audit(tx, {
        action: 'medical.fatality.record',
        recordType: recordedFatalityType,
        recordId: id,
        missionId,
        change: { ...change, owner },
      });
      return recordedOf(
        (await findFatality(tx.db, id))!,
        (await nextOfKinOf(tx.db, [id])).get(id)!,
        {
          today: todayOf(tx),
          followUp: input.incidentId !== null && (await hasFollowUp(tx, input.incidentId)),
        },
      );
    }),
  );
}

async function hasFollowUp(ctx: RequestContext, incidentId: string) {
  return (await followUpOfIncident(ctx, incidentId).catch(() => null)) !== null;
}

/**
 * The deaths recorded in view with their next-of-kin steps, the latest first; `overdue` keeps those
 * with a step overdue. @throws forbidden, not_found (mission)
 */
export async function listRecordedFatalities(
  ctx: RequestContext,
  query: { missionId?: string; overdue?: 'true' | 'false' },
): Promise<RecordedFatality[]> {
  assertPermission(ctx.actor, 'medical:read');
  const rows = await recordedFatalityRows(ctx.db, missionsToRead(ctx.actor, query.missionId));
  const steps = await nextOfKinOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const today = todayOf(ctx);
  const items: RecordedFatality[] = [];
  for (const r of rows)
    items.push(
      recordedOf(r, steps.get(r.id) ?? [], {
        today,
        followUp: r.incident_id !== null && (await hasFollowUp(ctx, r.incident_id)),
      }),
    );
  return query.overdue === 'true'
    ? items.filter((f) => f.nextOfKin.some((s) => s.state === 'overdue'))
    : items;
}

/**
 * M5: a step's owner, the day it was done (in order: the family notified first, the claim filed
 * before it is paid) or a note, against the version read. Filing the claim sets the payment's due
 * day (90 days on).
 * @throws forbidden, not_found, conflict, invalid_state (order), validation_failed (day, owner)
 */
export async function updateNextOfKinStep(
  ctx: RequestContext,
  { fatalityId, step }: { fatalityId: string; step: NextOfKinStep },
  input: UpdateNextOfKinStepInput,
): Promise<RecordedFatality> {
  assertPermission(ctx.actor, 'medical:write');
  return inTransaction(ctx, async (tx) => {
    const row = await findFatality(tx.db, fatalityId);
    assertCan(tx.actor, 'medical:write', {
      kind: 'Fatality',
      record:
        row && row.source_system === manualFatalitySource
          ? { id: fatalityId, missionId: row.mission_id, compartmentIds: [] }
          : undefined,
    });
    const steps = (await nextOfKinOf(tx.db, [fatalityId])).get(fatalityId) ?? [];
    const current = steps.find((s) => s.step === step)!;
    const done = Object.fromEntries(steps.map((s) => [s.step, s.done_on]));
    if (input.doneOn)
      assertStepDone({
        step,
        doneOn: input.doneOn,
        diedOn: row!.incident_on,
        latestDay: latestDay(tx.clock.now()),
        done,
      });
    if (input.doneOn === null) {
      const after = steps.filter((s) =>
        step === 'notified'
          ? s.step !== 'notified' && s.done_on
          : step === 'claim_filed' && s.step === 'claim_paid' && s.done_on,
      );
      if (after.length > 0)
        throw new DomainError(
          'invalid_state',
          `${after[0]!.step.replace('_', ' ')} is recorded done after it`,
        );
    }
    const change = {
      ...(input.owner !== undefined && {
        owner: await assertActiveUserOf(tx, {
          username: input.owner,
          missionId: row!.mission_id,
          path: 'owner',
        }),
      }),
      ...(input.doneOn !== undefined && { done_on: input.doneOn }),
      ...(input.note !== undefined && { note: input.note }),
    };
    const stamp = toTimestamp(tx.clock.now());
    if (
      !(await updateNextOfKinStepRow(tx.db, {
        id: current.id,
        version: input.version,
        change: { ...change, updated_at: stamp },
      }))
    )
      throw staleVersion('The step', input.version);
    if (step === 'claim_filed' && input.doneOn !== undefined) {
      const paid = steps.find((s) => s.step === 'claim_paid')!;
      await updateNextOfKinStepRow(tx.db, {
        id: paid.id,
        version: paid.version,
        change: { due_on: dueOn('claim_paid', row!.incident_on, input.doneOn), updated_at: stamp },
      });
    }
    await audit(tx, {
      action: 'medical.next-of-kin.update',
      recordType: recordedFatalityType,
      recordId: fatalityId,
      missionId: row!.mission_id,
      change: { step, ...change },
    });
    return recordedOf(row!, (await nextOfKinOf(tx.db, [fatalityId])).get(fatalityId)!, {
      today: todayOf(tx),
      followUp: row!.incident_id !== null && (await hasFollowUp(tx, row!.incident_id)),
    });
  });
}
