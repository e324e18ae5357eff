/**
 * Allegations of sexual exploitation and abuse (¶119–127). Invariants: every case lives in its own
 * sensitive compartment, created with it, its receiver the first member (investigators are added
 * to it); victims' identities are encrypted with the field cipher, bound to their row, and leave
 * the service only in a by-id read by a member of that compartment (C9) — never in lists, logs or
 * audit digests; the clocks of C1 and C2 run from receipt with the mission's settings; status moves
 * only along allowedTransitions; updates carry the version they read; every write is audited.
 */
import { dayOf } from '../../core/days.js';
import { assertHappened } from '../../core/happened.js';
import { assertCan, assertPermission, missionForWrite, type Actor } from '../../core/policy.js';
import { fromJson, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type AppContext, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import {
  auditReadIfSensitive,
  createCompartment,
  labelRecord,
  labelsOf,
} from '../compartments/compartment.service.js';
import {
  caseCategory,
  caseClocks,
  dueDates,
  illustrativeMark,
  isIllustrative,
} from './case.rules.js';
import { clockSettingsOf } from './clock-settings.service.js';
import { contributorResponseOf } from './measure.rules.js';
import {
  countCasesWithReferencePrefix,
  findCaseRow,
  insertCase,
  insertVictims,
  recordType,
  selectCaseRows,
  toCaseFields,
  victimRowsOf,
  type CaseFields,
  type VictimRow,
} from './case.repository.js';
import { subjectsOfCase, subjectsToStore } from './subject-identity.service.js';
import { replaceSubjects, subjectRowsOf } from './subject.repository.js';
import {
  type Case,
  type CaseQuery,
  type CaseSummary,
  type ReceiveAllegationInput,
  type Victim,
  type VictimIdentity,
  type VictimInput,
} from './case.schema.js';
import { assertMissionExists } from '../missions/mission.service.js';

const victimAddress = (id: string) => ({ table: 'conduct_victims', id, field: 'identity' });

function withClocks(fields: CaseFields, now: Date) {
  return caseClocks(
    {
      status: fields.status,
      evidenceDueAt: new Date(fields.evidenceDueAt),
      investigationDueAt: new Date(fields.investigationDueAt),
      evidenceGatheredAt: fields.evidenceGatheredAt ? new Date(fields.evidenceGatheredAt) : null,
      investigationConcludedAt: fields.investigationConcludedAt
        ? new Date(fields.investigationConcludedAt)
        : null,
      manual: fields.origin.system === 'manual',
    },
    now,
  );
}

function decryptVictim(ctx: RequestContext, row: VictimRow): Victim {
  return {
    id: row.id,
    ageGroup: row.age_group as Victim['ageGroup'],
    sex: row.sex as Victim['sex'],
    count: row.count,
    minor: row.age_group === 'child',
    identity:
      row.identity === null
        ? null
        : (JSON.parse(ctx.cipher.decrypt(row.identity, victimAddress(row.id))) as VictimIdentity),
  };
}

/** Victim rows with their identities encrypted (null when nothing identifying was given). */
export function victimRows(
  ctx: RequestContext,
  c: { id: string; missionId: string },
  victims: readonly VictimInput[],
): Omit<VictimRow, 'position'>[] {
  return victims.map((v) => {
    const id = ctx.ids.newId();
    const known = v.identity && (v.identity.name || v.identity.contact || v.identity.details);
    return {
      id,
      case_id: c.id,
      mission_id: c.missionId,
      age_group: v.ageGroup,
      sex: v.sex,
      count: v.count,
      identity: known ? ctx.cipher.encrypt(JSON.stringify(v.identity), victimAddress(id)) : null,
    };
  });
}

async function nextReference(ctx: RequestContext, missionId: string, receivedAt: Date) {
  const prefix = `SEA-${receivedAt.getUTCFullYear()}-`;
  const n = (await countCasesWithReferencePrefix(ctx.db, missionId, prefix)) + 1;
  return `${prefix}${String(n).padStart(4, '0')}`;
}

/** The actor plus a compartment just created for them in this transaction. */
const holding = (actor: Actor, compartmentId: string): Actor => ({
  ...actor,
  compartmentIds: new Set([...actor.compartmentIds, compartmentId]),
});

/**
 * Receives an allegation: the case, its own sensitive compartment (the receiver its first member),
 * subjects, victims (identities encrypted) and its clocks from the mission's settings.
 * @throws forbidden, validation_failed (receivedAt in the future, beyond 15 minutes' skew)
 */
export async function receiveAllegation(
  ctx: RequestContext,
  input: ReceiveAllegationInput,
  /** The demo's cases: made up to show the clocks, marked so, never counted in statistics. */
  options: { illustrative?: boolean } = {},
): Promise<Case> {
  assertPermission(ctx.actor, 'conduct:write');
  // A receipt in the future would move both clocks out (issue 16); an earlier one only shortens them.
  assertHappened(ctx.clock.now(), { receivedAt: input.receivedAt });
  const missionId = missionForWrite(ctx.actor, input.missionId);
  await assertMissionExists(ctx, missionId);
  return inTransaction(ctx, async (tx) => {
    const receivedAt = new Date(input.receivedAt);
    const due = dueDates(receivedAt, await clockSettingsOf(tx, missionId));
    const reference = await nextReference(tx, missionId, receivedAt);
    const compartment = await createCompartment(tx, {
      missionId,
      name: `Case ${reference}`,
      description: 'Need-to-know group of one conduct case (C9): add its investigators here.',
      sensitive: true,
    });
    const now = toTimestamp(tx.clock.now());
    const fields: CaseFields = {
      id: tx.ids.newId(),
      missionId,
      reference,
      receivedAt: receivedAt.toISOString(),
      receivedPrecision: 'exact',
      channel: input.channel,
      category: caseCategory(input.allegations),
      allegations: input.allegations,
      incidentPeriod: input.incidentPeriod,
      status: 'received',
      statusReason: '',
      investigatingEntity: null,
      finding: null,
      findings: [],
      investigationDays: null,
      paternityClaim: input.paternityClaim,
      paternityEstablished: input.paternityClaim === 'yes' ? 'pending' : null,
      nioAppointed: null,
      interimActions: [],
      finalActions: [],
      criminalReferral: 'not_applicable',
      evidenceDueAt: due.evidenceDueAt.toISOString(),
      investigationDueAt: due.investigationDueAt.toISOString(),
      evidenceGatheredAt: null,
      investigationConcludedAt: null,
      origin: {
        system: 'manual',
        sourceId: null,
        attributes: options.illustrative ? { [illustrativeMark]: 'yes' } : null,
      },
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await insertCase(tx.db, fields, tx.actor.userId);
    const labelled = { ...tx, actor: holding(tx.actor, compartment.id) };
    await labelRecord(labelled, {
      recordType,
      recordId: fields.id,
      missionId,
      compartmentIds: [compartment.id],
    });
    const subjects = subjectsToStore(tx, input.subjects);
    await replaceSubjects(tx.db, fields, subjects);
    const victims = victimRows(tx, fields, input.victims);
    await insertVictims(tx.db, victims, 0);
    // The digest covers the case's shape; identities enter it only as ciphertext (S6).
    await audit(tx, {
      action: 'conduct.case.receive',
      recordType,
      recordId: fields.id,
      missionId,
      change: {
        reference,
        channel: input.channel,
        allegations: input.allegations,
        subjects: subjects.map(({ id: _id, ...s }) => s),
        victims: victims.map((v) => ({
          ageGroup: v.age_group,
          count: v.count,
          identity: v.identity,
        })),
        compartmentId: compartment.id,
      },
    });
    return loadCase(labelled, fields.id);
  });
}

/** A case with subjects, victims (identities decrypted) and clocks. @throws not_found (absent or out of reach) */
export async function loadCase(ctx: RequestContext, id: string): Promise<Case> {
  const row = await findCaseRow(ctx.db, id);
  const compartmentIds = row ? ((await labelsOf(ctx, recordType, [id])).get(id) ?? []) : [];
  // Nothing is decrypted before the policy says the caller reaches the case.
  assertCan(ctx.actor, 'conduct:read', {
    kind: 'Case',
    labelType: recordType,
    record: row ? { id, missionId: row.mission_id, compartmentIds } : undefined,
  });
  const fields = toCaseFields(row!);
  const { evidenceDueAt: _e, investigationDueAt: _i, ...rest } = fields;
  const subjects = await subjectsOfCase(ctx, id);
  return {
    ...rest,
    contributorResponse: contributorResponseOf(
      { ...fields, subjects },
      row!.contributor_responded_on ?? null,
      dayOf(ctx.clock.now()),
    ),
    subjects,
    victims: (await victimRowsOf(ctx.db, [id])).map((v) => decryptVictim(ctx, v)),
    clocks: withClocks(fields, ctx.clock.now()),
    compartmentIds,
  };
}

/** A case the caller may change: in reach, with conduct:write. @throws forbidden, not_found */
export async function loadCaseForWrite(ctx: RequestContext, id: string): Promise<Case> {
  assertPermission(ctx.actor, 'conduct:write');
  const c = await loadCase(ctx, id);
  return assertCan(ctx.actor, 'conduct:write', { kind: 'Case', record: c, labelType: recordType });
}

/** One case, victims' identities included (a tier-1 read, audited). @throws forbidden, not_found */
export async function getCase(ctx: RequestContext, id: string): Promise<Case> {
  assertPermission(ctx.actor, 'conduct:read');
  const found = await loadCase(ctx, id);
  await auditReadIfSensitive(ctx, {
    recordType,
    recordId: id,
    missionId: found.missionId,
    compartmentIds: found.compartmentIds,
  });
  return found;
}

function decodeCursor(cursor: string | undefined) {
  if (cursor === undefined) return null;
  const [receivedAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!receivedAt || !id || Number.isNaN(Date.parse(receivedAt))) return null;
  return { receivedAt, id };
}

/**
 * Cases the caller may reach, newest first; `overdue=true` keeps the open ones past a clock (C2:
 * the head of mission's and headquarters' list). No victim details in a list (C9).
 * @throws forbidden
 */
export async function listCases(
  ctx: RequestContext,
  query: CaseQuery,
): Promise<{ items: CaseSummary[]; nextCursor: string | null }> {
  assertPermission(ctx.actor, 'conduct:read');
  const now = ctx.clock.now();
  const rows = await selectCaseRows(ctx.db, ctx.actor, {
    status: query.status,
    overdueAt: query.overdue === 'true' ? now.toISOString() : undefined,
    after: decodeCursor(query.cursor),
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const ids = page.map((r) => r.id);
  const labels = await labelsOf(ctx, recordType, ids);
  const subjects = await subjectRowsOf(ctx.db, ids);
  const victims = await victimRowsOf(ctx.db, ids);
  const total = (values: (number | null)[]) =>
    values.length === 0 || values.some((v) => v === null)
      ? null
      : values.reduce<number>((a, b) => a + (b ?? 0), 0);
  const items = page.map((row): CaseSummary => {
    const fields = toCaseFields(row);
    const { evidenceDueAt: _e, investigationDueAt: _i, ...rest } = fields;
    return {
      ...rest,
      clocks: withClocks(fields, now),
      compartmentIds: labels.get(row.id) ?? [],
      subjectCount: total((subjects.get(row.id) ?? []).map((s) => s.count)),
      victimCount: total(victims.filter((v) => v.case_id === row.id).map((v) => v.count)),
    };
  });
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      rows.length > query.limit && last
        ? Buffer.from(`${last.receivedAt}|${last.id}`).toString('base64url')
        : null,
  };
}

/** Whether the demo's illustrative cases are in this mission already (the demo loads them once). */
export async function illustrativeCasesLoaded(
  app: AppContext,
  missionId: string,
): Promise<boolean> {
  const rows = await app.db
    .selectFrom('conduct_cases')
    .select('source_attributes')
    .where('mission_id', '=', missionId)
    .where('source_system', '=', 'manual')
    .where('source_attributes', 'is not', null)
    .execute();
  return rows.some((r) => isIllustrative({ attributes: fromJson(r.source_attributes) }));
}
