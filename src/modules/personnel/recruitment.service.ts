/**
 * P1 (¶76), P2 (¶81), P6 (¶124) for civilians: recruitments recorded by human resources
 * (personnel:write) through their steps, in order and dated; fast-track only under the mission's
 * standing start-up and crisis measures; the candidate's name tier-1 ciphertext shown only with
 * personnel:identify; the pipeline counted for personnel:read. Every write audited, against the
 * version read.
 */
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertHappened } from '../../core/happened.js';
import {
  assertPermission,
  hasPermission,
  missionForWrite,
  missionsToRead,
} from '../../core/policy.js';
import { fromBool, toBool, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { conflictOnUnique } from '../../db/unique-retry.js';
import { dayOf } from '../../core/days.js';
import { audit } from '../audit/audit.service.js';
import { startupMeasuresPeriods } from '../mandates/startup.service.js';
import { assertMissionExists } from '../missions/mission.service.js';
import { reachRow } from './personnel.reach.js';
import {
  findRecruitment,
  insertRecruitments,
  recruitmentRows,
  updateRecruitment,
  type RecruitmentRow,
} from './personnel.repository.js';
import {
  assertFastTrack,
  assertStep,
  daysPerStep,
  recruitmentSteps,
  waiting,
  type RecruitmentCategory,
  type RecruitmentDates,
  type RecruitmentSource,
  type RecruitmentStep,
} from './recruitment.rules.js';
import type {
  CivilianSeaTrainingInput,
  CreateRecruitmentInput,
  RecordStepInput,
  Recruitment,
  WithdrawInput,
} from './recruitment.schema.js';

const recordType = 'recruitment';
const candidateAddress = (id: string) => ({
  table: 'personnel_recruitments',
  id,
  field: 'candidate',
});

/** What the rules need of a stored recruitment. */
export function datesOf(
  r: Pick<RecruitmentRow, 'category' | 'opened_on' | 'withdrawn_on' | `${RecruitmentStep}_on`>,
): RecruitmentDates {
  const steps: RecruitmentDates['steps'] = {};
  for (const step of recruitmentSteps) {
    const on = r[`${step}_on`];
    if (on) steps[step] = on;
  }
  return {
    category: r.category as RecruitmentCategory,
    openedOn: r.opened_on,
    steps,
    withdrawnOn: r.withdrawn_on,
  };
}

function toRecruitment(ctx: RequestContext, r: RecruitmentRow): Recruitment {
  const dates = datesOf(r);
  const identify = hasPermission(ctx.actor, 'personnel:identify');
  return {
    id: r.id,
    missionId: r.mission_id,
    reference: r.reference,
    post: r.post,
    grade: r.grade,
    category: dates.category,
    source: r.source as RecruitmentSource,
    fastTrack: fromBool(r.fast_track),
    candidate:
      identify && r.candidate ? ctx.cipher.decrypt(r.candidate, candidateAddress(r.id)) : null,
    openedOn: r.opened_on,
    steps: dates.steps,
    days: daysPerStep(dates),
    waiting: waiting(dates, dayOf(ctx.clock.now())),
    withdrawnOn: r.withdrawn_on,
    withdrawnReason: r.withdrawn_reason,
    seaTrainingOn: r.sea_training_on,
    illustrative: fromBool(r.illustrative),
    version: r.version,
  };
}

/** The recruitments in view. @throws forbidden, not_found (mission) */
export async function listRecruitments(
  ctx: RequestContext,
  query: { missionId?: string; category?: string; state?: 'in_progress' | 'arrived' | 'withdrawn' },
): Promise<Recruitment[]> {
  assertPermission(ctx.actor, 'personnel:read');
  const rows = await recruitmentRows(ctx.db, missionsToRead(ctx.actor, query.missionId), {
    category: query.category,
    state: query.state,
  });
  return rows.map((r) => toRecruitment(ctx, r));
}

/**
 * P1: a recruitment opened (post advertised or roster searched); P2: fast-tracked only when opened
 * under the mission's standing start-up and crisis measures.
 * @throws forbidden, not_found (mission), validation_failed (in the future), invalid_state (P2),
 *   conflict (reference)
 */
export async function createRecruitment(
  ctx: RequestContext,
  input: CreateRecruitmentInput & { illustrative?: boolean },
): Promise<Recruitment> {
  assertPermission(ctx.actor, 'personnel:write');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  await assertMissionExists(ctx, missionId);
  assertHappened(ctx.clock.now(), { openedOn: input.openedOn });
  const fastTrack = input.fastTrack ?? false;
  if (fastTrack) assertFastTrack(input.openedOn, await startupMeasuresPeriods(ctx, missionId));
  const id = ctx.ids.newId();
  const stamp = toTimestamp(ctx.clock.now());
  await conflictOnUnique(
    () =>
      inTransaction(ctx, async (tx) => {
        await insertRecruitments(tx.db, [
          {
            id,
            mission_id: missionId,
            reference: input.reference,
            post: input.post,
            grade: input.grade,
            category: input.category,
            source: input.source,
            fast_track: toBool(fastTrack),
            candidate: null,
            opened_on: input.openedOn,
            illustrative: toBool(input.illustrative ?? false),
            created_at: stamp,
            updated_at: stamp,
            version: 1,
          },
        ]);
        await audit(tx, {
          action: 'personnel.recruitment.open',
          recordType,
          recordId: id,
          missionId,
          change: { reference: input.reference, category: input.category, fastTrack },
        });
      }),
    `reference: the mission has a recruitment ${input.reference} already`,
    [{ path: 'reference', message: 'already used in this mission' }],
  );
  return toRecruitment(ctx, (await findRecruitment(ctx.db, id))!);
}

async function change(
  ctx: RequestContext,
  row: RecruitmentRow,
  what: {
    version: number;
    action: string;
    set: Parameters<typeof updateRecruitment>[1]['change'];
    audited: object;
  },
): Promise<Recruitment> {
  const { version } = what;
  await inTransaction(ctx, async (tx) => {
    const done = await updateRecruitment(tx.db, {
      id: row.id,
      version,
      change: {
        ...what.set,
        updated_at: toTimestamp(tx.clock.now()),
      },
    });
    if (!done) throw staleVersion('The recruitment', version);
    await audit(tx, {
      action: what.action,
      recordType,
      recordId: row.id,
      missionId: row.mission_id,
      change: what.audited,
    });
  });
  return toRecruitment(ctx, (await findRecruitment(ctx.db, row.id))!);
}

/**
 * P1: the next step done, dated on or after the step before it and not in the future; the
 * candidate's name may come with the selection (encrypted, never audited in clear).
 * @throws forbidden, not_found, conflict (version), invalid_state, validation_failed
 */
export async function recordStep(
  ctx: RequestContext,
  id: string,
  input: RecordStepInput,
): Promise<Recruitment> {
  assertPermission(ctx.actor, 'personnel:write');
  const row = reachRow(ctx, await findRecruitment(ctx.db, id), { kind: 'Recruitment' });
  assertHappened(ctx.clock.now(), { on: input.on });
  assertStep(datesOf(row), input.step, input.on);
  if (input.candidate !== undefined && input.step !== 'selection')
    throw new DomainError('validation_failed', 'candidate: named at selection only', [
      { path: 'candidate', message: 'named at selection only' },
    ]);
  const column = `${input.step}_on` as `${RecruitmentStep}_on`;
  return change(ctx, row, {
    version: input.version,
    action: `personnel.recruitment.${input.step}`,
    set: {
      [column]: input.on,
      ...(input.candidate
        ? { candidate: ctx.cipher.encrypt(input.candidate, candidateAddress(id)) }
        : {}),
    },
    audited: { step: input.step, on: input.on, candidateNamed: input.candidate !== undefined },
  });
}

/** A recruitment withdrawn before arrival, with the reason. @throws forbidden, not_found, conflict, invalid_state */
export async function withdrawRecruitment(
  ctx: RequestContext,
  id: string,
  input: WithdrawInput,
): Promise<Recruitment> {
  assertPermission(ctx.actor, 'personnel:write');
  const row = reachRow(ctx, await findRecruitment(ctx.db, id), { kind: 'Recruitment' });
  assertHappened(ctx.clock.now(), { on: input.on });
  if (row.withdrawn_on || row.arrival_on)
    throw new DomainError(
      'invalid_state',
      row.withdrawn_on
        ? `the recruitment was withdrawn on ${row.withdrawn_on}`
        : `the recruit arrived on ${row.arrival_on}`,
    );
  if (input.on < row.opened_on)
    throw new DomainError('validation_failed', `on: before the opening (${row.opened_on})`, [
      { path: 'on', message: `before the opening (${row.opened_on})` },
    ]);
  return change(ctx, row, {
    version: input.version,
    action: 'personnel.recruitment.withdraw',
    set: { withdrawn_on: input.on, withdrawn_reason: input.reason },
    audited: { on: input.on, reason: input.reason },
  });
}

/** P6: the recruit's SEA e-learning completed. @throws forbidden, not_found, conflict, validation_failed */
export async function recordCivilianSeaTraining(
  ctx: RequestContext,
  id: string,
  input: CivilianSeaTrainingInput,
): Promise<Recruitment> {
  assertPermission(ctx.actor, 'personnel:write');
  const row = reachRow(ctx, await findRecruitment(ctx.db, id), { kind: 'Recruitment' });
  assertHappened(ctx.clock.now(), { completedOn: input.completedOn });
  return change(ctx, row, {
    version: input.version,
    action: 'personnel.recruitment.sea_training',
    set: { sea_training_on: input.completedOn },
    audited: { completedOn: input.completedOn },
  });
}
