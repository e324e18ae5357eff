/**
 * E4 (¶20): the failure-to-act register. An analyst of the mission (early-warning:write) opens an
 * inquiry on an incident in reach — who failed to act, what was known, what was ordered, what
 * happened — against the mission, or a deployed military unit or police contingent; records the
 * finding; records when the Council and the Member States were informed, with the references.
 * early-warning:read to read. A unit's record (capabilities:read) shows its inquiries' dates,
 * finding and notifications, never the narrative. Audited.
 */
import { assertHappened, latestDay } from '../../core/happened.js';
import { dayOf } from '../../core/days.js';
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertCan, assertPermission, missionForWrite } from '../../core/policy.js';
import { fromJson, toJson, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { deployedUnits } from '../capabilities/pledge.service.js';
import { getIncident } from '../incidents/incident.service.js';
import { countryByIso3 } from '../missions/countries.taxonomy.js';
import {
  findInquiryRow,
  inquiryRows,
  insertInquiry,
  updateInquiryRow,
  type InquiryRow,
} from './failure-to-act.repository.js';
import {
  findingRefusal,
  inquiryState,
  notificationRefusal,
  type Finding,
  type SubjectKind,
} from './failure-to-act.rules.js';
import type {
  FindingInput,
  Inquiry,
  NotificationInput,
  OpenInquiryInput,
} from './failure-to-act.schema.js';

const recordType = 'failure_to_act_inquiry';

/** Who, what was known, ordered and happened, and the finding's words may name witnesses: encrypted at rest. */
type Sealed = 'who' | 'known' | 'ordered' | 'happened' | 'finding_text';
const address = (id: string, field: Sealed) => ({ table: 'failure_to_act_inquiries', id, field });
const seal = (ctx: RequestContext, at: { id: string; field: Sealed }, value: string) =>
  ctx.cipher.encrypt(value, address(at.id, at.field));
const unseal = (ctx: RequestContext, r: InquiryRow, field: Sealed): string | null =>
  r[field] === null ? null : ctx.cipher.decrypt(r[field], address(r.id, field));
const refused = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

export const facts = (r: InquiryRow) => ({
  finding: r.finding as Finding | null,
  councilNotifiedOn: r.council_notified_on,
  memberStatesNotifiedOn: r.member_states_notified_on,
});

function inquiryOf(ctx: RequestContext, r: InquiryRow): Inquiry {
  return {
    id: r.id,
    missionId: r.mission_id,
    incidentId: r.incident_id,
    incidentOn: r.incident_on,
    subjectKind: r.subject_kind as SubjectKind,
    unit: r.unit_id
      ? {
          id: r.unit_id,
          contributor: r.unit_contributor!,
          contributorName: countryByIso3(r.unit_contributor!)?.name ?? r.unit_contributor!,
          capability: r.unit_capability!,
        }
      : null,
    who: unseal(ctx, r, 'who')!,
    known: unseal(ctx, r, 'known')!,
    ordered: unseal(ctx, r, 'ordered')!,
    happened: unseal(ctx, r, 'happened')!,
    openedOn: r.opened_on,
    openedBy: r.opened_by,
    finding: r.finding as Finding | null,
    findingText: unseal(ctx, r, 'finding_text'),
    foundOn: r.found_on,
    council: r.council_notified_on
      ? { on: r.council_notified_on, reference: r.council_reference! }
      : null,
    memberStates: r.member_states_notified_on
      ? {
          on: r.member_states_notified_on,
          reference: r.member_states_reference!,
          states: fromJson<string[]>(r.member_states) ?? [],
        }
      : null,
    state: inquiryState(facts(r)),
    version: r.version,
  };
}

async function reach(
  ctx: RequestContext,
  id: string,
  permission: 'early-warning:read' | 'early-warning:write',
) {
  const row = await findInquiryRow(ctx.db, id);
  assertCan(ctx.actor, permission, {
    kind: 'FailureToActInquiry',
    record: row ? { id, missionId: row.mission_id, compartmentIds: [] } : undefined,
  });
  return row!;
}

/** @throws forbidden, not_found */
export async function getInquiry(ctx: RequestContext, id: string): Promise<Inquiry> {
  return inquiryOf(ctx, await reach(ctx, id, 'early-warning:read'));
}

/** @throws forbidden */
export async function listInquiries(ctx: RequestContext): Promise<Inquiry[]> {
  assertPermission(ctx.actor, 'early-warning:read');
  return (await inquiryRows(ctx.db, ctx.actor)).map((r) => inquiryOf(ctx, r));
}

/** The units an inquiry may name: deployed in the missions in view. @throws forbidden */
export async function unitsToName(ctx: RequestContext) {
  assertPermission(ctx.actor, 'early-warning:write');
  return (await deployedUnits(ctx)).map((u) => ({
    id: u.id,
    contributor: u.contributor,
    contributorName: u.contributorName,
    capability: u.capability,
    missionId: u.missionId,
  }));
}

/** @throws forbidden, validation_failed (incident or unit not in reach, not in the mission) */
export async function openInquiry(ctx: RequestContext, input: OpenInquiryInput): Promise<Inquiry> {
  assertPermission(ctx.actor, 'early-warning:write');
  const incident = await getIncident(ctx, input.incidentId).catch(() => {
    throw refused('incidentId', 'no incident with this id in your reach');
  });
  const missionId = missionForWrite(ctx.actor, incident.missionId);
  let unit: Awaited<ReturnType<typeof deployedUnits>>[number] | undefined;
  if (input.subjectKind === 'mission') {
    if (input.unitId) throw refused('unitId', 'an inquiry into the mission names no unit');
  } else {
    unit = (await deployedUnits(ctx)).find((u) => u.id === input.unitId);
    if (!unit || unit.missionId !== missionId)
      throw refused('unitId', 'name a unit deployed in the incident’s mission');
    if ((input.subjectKind === 'police_contingent') !== (unit.capability === 'formed_police_unit'))
      throw refused(
        'subjectKind',
        input.subjectKind === 'police_contingent'
          ? 'the unit is not a formed police unit'
          : 'a formed police unit is a police contingent',
      );
  }
  return inTransaction(ctx, async (tx) => {
    const id = tx.ids.newId();
    await insertInquiry(tx.db, {
      id,
      mission_id: missionId,
      incident_id: incident.id,
      incident_on: incident.occurredAt.slice(0, 10),
      subject_kind: input.subjectKind,
      unit_id: unit?.id ?? null,
      unit_contributor: unit?.contributor ?? null,
      unit_capability: unit?.capability ?? null,
      who: seal(tx, { id, field: 'who' }, input.who),
      known: seal(tx, { id, field: 'known' }, input.known),
      ordered: seal(tx, { id, field: 'ordered' }, input.ordered),
      happened: seal(tx, { id, field: 'happened' }, input.happened),
      opened_on: dayOf(tx.clock.now()),
      opened_by: tx.actor.username,
      finding: null,
      finding_text: null,
      found_on: null,
      council_notified_on: null,
      council_reference: null,
      member_states: null,
      member_states_notified_on: null,
      member_states_reference: null,
      created_at: toTimestamp(tx.clock.now()),
      version: 1,
    });
    await audit(tx, {
      action: 'early-warning.inquiry.open',
      recordType,
      recordId: id,
      missionId,
      // The narrative is sealed in the row; the audit's digest covers the rest.
      change: {
        incidentId: input.incidentId,
        subjectKind: input.subjectKind,
        unitId: input.unitId,
      },
    });
    return getInquiry(tx, id);
  });
}

/** @throws forbidden, not_found, invalid_state, conflict, validation_failed */
export async function recordFinding(
  ctx: RequestContext,
  id: string,
  input: FindingInput,
): Promise<Inquiry> {
  assertPermission(ctx.actor, 'early-warning:write');
  return inTransaction(ctx, async (tx) => {
    const row = await reach(tx, id, 'early-warning:write');
    assertHappened(tx.clock.now(), { foundOn: input.foundOn });
    const why = findingRefusal(
      { ...facts(row), openedOn: row.opened_on },
      { foundOn: input.foundOn, today: latestDay(tx.clock.now()) },
    );
    if (why)
      throw why.startsWith('foundOn')
        ? refused('foundOn', why.slice('foundOn: '.length))
        : new DomainError('invalid_state', why);
    const changed = await updateInquiryRow(tx.db, id, {
      finding: input.finding,
      finding_text: seal(tx, { id, field: 'finding_text' }, input.text),
      found_on: input.foundOn,
      version: input.version,
    });
    if (!changed) throw staleVersion('FailureToActInquiry', input.version);
    await audit(tx, {
      action: 'early-warning.inquiry.finding',
      recordType,
      recordId: id,
      missionId: row.mission_id,
      change: { finding: input.finding, foundOn: input.foundOn, version: input.version },
    });
    return getInquiry(tx, id);
  });
}

/** @throws forbidden, not_found, invalid_state, conflict, validation_failed */
export async function recordNotification(
  ctx: RequestContext,
  id: string,
  input: NotificationInput,
): Promise<Inquiry> {
  assertPermission(ctx.actor, 'early-warning:write');
  return inTransaction(ctx, async (tx) => {
    const row = await reach(tx, id, 'early-warning:write');
    assertHappened(tx.clock.now(), { on: input.on });
    const why = notificationRefusal(
      { ...facts(row), foundOn: row.found_on, subjectKind: row.subject_kind as SubjectKind },
      {
        recipient: input.recipient,
        on: input.on,
        today: latestDay(tx.clock.now()),
        memberStates: input.memberStates,
        contributor: row.unit_contributor,
      },
    );
    if (why) {
      const field = /^(on|memberStates): /.exec(why);
      throw field
        ? refused(field[1]!, why.slice(field[0].length))
        : new DomainError('invalid_state', why);
    }
    const changed = await updateInquiryRow(
      tx.db,
      id,
      input.recipient === 'council'
        ? {
            council_notified_on: input.on,
            council_reference: input.reference,
            version: input.version,
          }
        : {
            member_states_notified_on: input.on,
            member_states_reference: input.reference,
            member_states: toJson(input.memberStates),
            version: input.version,
          },
    );
    if (!changed) throw staleVersion('FailureToActInquiry', input.version);
    await audit(tx, {
      action: 'early-warning.inquiry.notify',
      recordType,
      recordId: id,
      missionId: row.mission_id,
      change: input,
    });
    return getInquiry(tx, id);
  });
}
