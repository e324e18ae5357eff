/**
 * M1 (¶110–111) and M6: casualties and their 10-1-2 steps. Recorded and corrected by the
 * mission's medical officers (medical:write); read with medical:read — which only the medical
 * officer role holds — in the mission's view. The patient's identity and the clinical notes are
 * tier-1: encrypted at rest, bound to (table, id, field), decrypted only in one casualty's read,
 * which is audited; lists, compliance and the audit digest never carry them in clear.
 */
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertCan, assertPermission, missionForWrite, missionsToRead } from '../../core/policy.js';
import { fromTimestamp, toBool, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { getIncident } from '../incidents/incident.service.js';
import { assertMissionExists, missionNames } from '../missions/mission.service.js';
import {
  casualtyRows,
  casualtyTimelineRows,
  countReferences,
  findCasualty,
  insertCasualty,
  updateCasualty,
} from './casualty.repository.js';
import type {
  Casualty,
  CasualtySummary,
  ComplianceAnswer,
  RecordCasualtyInput,
  UpdateStepsInput,
} from './casualty.schema.js';
import { facilityRows } from './facility.repository.js';
import { assertTimeline, compliance, type CasualtyForCompliance } from './ten-one-two.rules.js';
import { stepColumns, summaryOf, timelineInput, timelineOf } from './casualty.mapping.js';

export const casualtyRecordType = 'medical_casualty';
const address = (id: string, field: 'identity' | 'clinical_notes') => ({
  table: 'medical_casualties',
  id,
  field,
});

/**
 * Records a casualty: its 10-1-2 steps checked (M1), its identity and notes encrypted (M6). An
 * incident it is linked to must be one the recorder reaches, in the same mission.
 * @throws forbidden, not_found (mission, incident), validation_failed (timeline, facility, mission at HQ)
 */
export async function recordCasualty(
  ctx: RequestContext,
  input: RecordCasualtyInput,
  options: { illustrative?: boolean } = {},
): Promise<CasualtySummary> {
  assertPermission(ctx.actor, 'medical:write');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  await assertMissionExists(ctx, missionId);
  const now = ctx.clock.now();
  assertTimeline(timelineInput(input.injuredAt, input.steps), now);
  if (input.incidentId !== null) {
    const incident = await getIncident(ctx, input.incidentId);
    if (incident.missionId !== missionId)
      throw new DomainError('validation_failed', 'incidentId: an incident of another mission', [
        { path: 'incidentId', message: 'an incident of another mission' },
      ]);
  }
  return inTransaction(ctx, async (tx) => {
    const injuredAt = new Date(input.injuredAt);
    const prefix = `CAS-${injuredAt.getUTCFullYear()}-`;
    const reference = `${prefix}${String((await countReferences(tx.db, missionId, prefix)) + 1).padStart(4, '0')}`;
    const id = tx.ids.newId();
    const stamp = toTimestamp(tx.clock.now());
    const row = {
      id,
      mission_id: missionId,
      reference,
      incident_id: input.incidentId,
      injured_at: toTimestamp(injuredAt),
      precedence: input.precedence,
      category: input.category,
      ...(await stepColumns(tx, missionId, input.steps)),
      identity: input.identity
        ? tx.cipher.encrypt(JSON.stringify(input.identity), address(id, 'identity'))
        : null,
      clinical_notes: input.clinicalNotes
        ? tx.cipher.encrypt(input.clinicalNotes, address(id, 'clinical_notes'))
        : null,
      illustrative: toBool(options.illustrative === true),
      created_at: stamp,
      created_by: tx.actor.username,
      updated_at: stamp,
      version: 1,
    };
    await insertCasualty(tx.db, row);
    // M6: identity and notes stay out of the audit entry, even as ciphertext; it says only
    // whether they were recorded.
    const {
      id: _id,
      mission_id: _m,
      created_at: _c,
      updated_at: _u,
      identity,
      clinical_notes: notes,
      ...shape
    } = row;
    const change = { ...shape, identityRecorded: identity !== null, notesRecorded: notes !== null };
    await audit(tx, {
      action: 'medical.casualty.record',
      recordType: casualtyRecordType,
      recordId: id,
      missionId,
      change,
    });
    return summaryOf((await findCasualty(tx.db, id))!, tx.clock.now());
  });
}

async function reachable(
  ctx: RequestContext,
  id: string,
  permission: 'medical:read' | 'medical:write',
) {
  const row = await findCasualty(ctx.db, id);
  assertCan(ctx.actor, permission, {
    kind: 'Casualty',
    labelType: casualtyRecordType,
    record: row && { id, missionId: row.mission_id, compartmentIds: [] },
  });
  return row!;
}

/** One casualty with its identity and notes (a tier-1 read, audited). @throws forbidden, not_found */
export async function getCasualty(ctx: RequestContext, id: string): Promise<Casualty> {
  const row = await reachable(ctx, id, 'medical:read');
  await audit(ctx, {
    action: 'medical.casualty.read',
    recordType: casualtyRecordType,
    recordId: id,
    missionId: row.mission_id,
  });
  return {
    ...summaryOf(row, ctx.clock.now()),
    identity:
      row.identity === null
        ? null
        : (JSON.parse(
            ctx.cipher.decrypt(row.identity, address(id, 'identity')),
          ) as Casualty['identity']),
    clinicalNotes:
      row.clinical_notes === null
        ? ''
        : ctx.cipher.decrypt(row.clinical_notes, address(id, 'clinical_notes')),
  };
}

/** The 10-1-2 steps as now known (M1), against the version read. @throws forbidden, not_found, conflict, validation_failed */
export async function updateSteps(
  ctx: RequestContext,
  id: string,
  input: UpdateStepsInput,
): Promise<CasualtySummary> {
  assertPermission(ctx.actor, 'medical:write');
  return inTransaction(ctx, async (tx) => {
    const row = await reachable(tx, id, 'medical:write');
    assertTimeline(
      timelineInput(fromTimestamp(row.injured_at).toISOString(), input.steps),
      tx.clock.now(),
    );
    const change = await stepColumns(tx, row.mission_id, input.steps);
    const done = await updateCasualty(tx.db, {
      id,
      version: input.version,
      change: { ...change, updated_at: toTimestamp(tx.clock.now()) },
    });
    if (!done) throw staleVersion('The casualty', input.version);
    await audit(tx, {
      action: 'medical.casualty.steps',
      recordType: casualtyRecordType,
      recordId: id,
      missionId: row.mission_id,
      change,
    });
    return summaryOf((await findCasualty(tx.db, id))!, tx.clock.now());
  });
}

function monthRange(month: string | undefined) {
  if (!month) return {};
  const [y, m] = month.split('-').map(Number) as [number, number];
  return {
    from: new Date(Date.UTC(y, m - 1, 1)).toISOString(),
    to: new Date(Date.UTC(y, m, 1)).toISOString(),
  };
}

/** Casualties in view, newest first, without identities. @throws forbidden, not_found (mission) */
export async function listCasualties(
  ctx: RequestContext,
  query: { missionId?: string; month?: string },
): Promise<CasualtySummary[]> {
  assertPermission(ctx.actor, 'medical:read');
  const rows = await casualtyRows(ctx.db, {
    missionIds: missionsToRead(ctx.actor, query.missionId),
    ...monthRange(query.month),
  });
  const now = ctx.clock.now();
  return rows.map((r) => summaryOf(r, now));
}

/** M1: 10-1-2 compliance by mission, facility or month, counted, never named. @throws forbidden */
export async function tenOneTwoCompliance(
  ctx: RequestContext,
  query: { missionId?: string; month?: string; by: 'mission' | 'facility' | 'month' },
): Promise<ComplianceAnswer> {
  assertPermission(ctx.actor, 'medical:read');
  const missionIds = missionsToRead(ctx.actor, query.missionId);
  const rows = await casualtyTimelineRows(ctx.db, { missionIds, ...monthRange(query.month) });
  const casualties: CasualtyForCompliance[] = rows.map((r) => ({
    ...timelineOf(r),
    missionId: r.mission_id,
  }));
  const facilities = new Map((await facilityRows(ctx.db, missionIds)).map((f) => [f.id, f.name]));
  const missions = await missionNames(ctx);
  const label = (key: string) =>
    query.by === 'facility'
      ? (facilities.get(key) ?? (key === 'point_of_injury' ? 'point_of_injury' : key))
      : query.by === 'mission'
        ? (missions.get(key)?.acronym ?? key)
        : key;
  return {
    by: query.by,
    rows: compliance(casualties, query.by, ctx.clock.now()).map((r) => ({
      ...r,
      label: label(r.key),
    })),
  };
}
