/** Conduct cases storage and row mapping. No authorization, no rules; victims' identities stay ciphertext here. */
import type { Kysely, Selectable } from 'kysely';
import type { Actor as PolicyActor } from '../../core/policy.js';
import { fromJson, fromNullableTimestamp, fromTimestamp, toJson } from '../../db/codecs.js';
import type { Database } from '../../db/schema.js';
import type { ConductCasesTable, ConductVictimsTable } from '../../db/schema-conduct.js';
import { reachableBy } from '../../db/scope.js';
import type { Case } from './case.schema.js';

export const recordType = 'conduct_case';

export type CaseRow = Selectable<ConductCasesTable>;
export type VictimRow = Selectable<ConductVictimsTable>;

/** The stored part of a case: everything but subjects, victims, clocks and labels. */
export type CaseFields = Omit<
  Case,
  'subjects' | 'victims' | 'clocks' | 'compartmentIds' | 'contributorResponse'
> & {
  evidenceDueAt: string;
  investigationDueAt: string;
};

const iso = (value: string | Date) => fromTimestamp(value).toISOString();
const isoOrNull = (value: string | Date | null) =>
  fromNullableTimestamp(value)?.toISOString() ?? null;

export function toCaseFields(row: CaseRow): CaseFields {
  return {
    id: row.id,
    missionId: row.mission_id,
    reference: row.reference,
    receivedAt: iso(row.received_at),
    receivedPrecision: row.received_precision as Case['receivedPrecision'],
    channel: row.channel as Case['channel'],
    category: row.category as Case['category'],
    allegations: fromJson(row.allegations),
    incidentPeriod: row.incident_period === null ? null : fromJson(row.incident_period),
    status: row.status as Case['status'],
    statusReason: row.status_reason,
    investigatingEntity: row.investigating_entity as Case['investigatingEntity'],
    finding: row.finding as Case['finding'],
    findings: fromJson(row.findings),
    investigationDays: row.investigation_days,
    paternityClaim: row.paternity_claim as Case['paternityClaim'],
    paternityEstablished: row.paternity_established as Case['paternityEstablished'],
    nioAppointed: row.nio_appointed as Case['nioAppointed'],
    interimActions: fromJson(row.interim_actions),
    finalActions: fromJson(row.final_actions),
    criminalReferral: row.criminal_referral as Case['criminalReferral'],
    evidenceDueAt: iso(row.evidence_due_at),
    investigationDueAt: iso(row.investigation_due_at),
    evidenceGatheredAt: isoOrNull(row.evidence_gathered_at),
    investigationConcludedAt: isoOrNull(row.investigation_concluded_at),
    origin: {
      system: row.source_system,
      sourceId: row.source_id,
      attributes: row.source_attributes === null ? null : fromJson(row.source_attributes),
    },
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}

function toRow(c: CaseFields) {
  return {
    mission_id: c.missionId,
    reference: c.reference,
    received_at: c.receivedAt,
    received_precision: c.receivedPrecision,
    channel: c.channel,
    category: c.category,
    allegations: toJson(c.allegations),
    incident_period: c.incidentPeriod === null ? null : toJson(c.incidentPeriod),
    status: c.status,
    status_reason: c.statusReason,
    investigating_entity: c.investigatingEntity,
    finding: c.finding,
    findings: toJson(c.findings),
    investigation_days: c.investigationDays,
    paternity_claim: c.paternityClaim,
    paternity_established: c.paternityEstablished,
    nio_appointed: c.nioAppointed,
    interim_actions: toJson(c.interimActions),
    final_actions: toJson(c.finalActions),
    criminal_referral: c.criminalReferral,
    evidence_due_at: c.evidenceDueAt,
    investigation_due_at: c.investigationDueAt,
    evidence_gathered_at: c.evidenceGatheredAt,
    investigation_concluded_at: c.investigationConcludedAt,
    source_attributes: c.origin.attributes === null ? null : toJson(c.origin.attributes),
    updated_at: c.updatedAt,
    version: c.version,
  };
}

export async function insertCase(
  db: Kysely<Database>,
  c: CaseFields,
  createdBy: string,
): Promise<void> {
  await db
    .insertInto('conduct_cases')
    .values({
      id: c.id,
      ...toRow(c),
      source_system: c.origin.system,
      source_id: c.origin.sourceId,
      created_at: c.createdAt,
      created_by: createdBy,
    })
    .execute();
}

/** Writes the new state if the stored version is still `expectedVersion`; false otherwise. */
export async function updateCaseRow(
  db: Kysely<Database>,
  c: CaseFields,
  expectedVersion: number,
): Promise<boolean> {
  const result = await db
    .updateTable('conduct_cases')
    .set(toRow(c))
    .where('id', '=', c.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findCaseRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('conduct_cases').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A mission's cases from one source, by source id (imports). */
export async function findCaseRowsBySource(
  db: Kysely<Database>,
  key: { missionId: string; system: string; sourceIds: string[] },
): Promise<Map<string, CaseRow>> {
  if (key.sourceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('conduct_cases')
    .selectAll()
    .where('mission_id', '=', key.missionId)
    .where('source_system', '=', key.system)
    .where('source_id', 'in', key.sourceIds)
    .execute();
  return new Map(rows.map((r) => [r.source_id!, r]));
}

/** Cases the actor may reach, newest receipt first, then id. */
export function selectCaseRows(
  db: Kysely<Database>,
  actor: PolicyActor,
  query: {
    status?: string | undefined;
    overdueAt?: string | undefined;
    after: { receivedAt: string; id: string } | null;
    limit: number;
  },
) {
  let q = db
    .selectFrom('conduct_cases')
    .selectAll()
    .where(
      reachableBy(actor, {
        recordType,
        idColumn: 'conduct_cases.id',
        missionColumn: 'conduct_cases.mission_id',
      }),
    );
  if (query.status) q = q.where('status', '=', query.status);
  if (query.overdueAt) {
    const now = query.overdueAt;
    // C1 or C2 past due and not stopped, on a case still open.
    q = q
      .where('status', 'in', ['received', 'under_investigation'])
      .where((eb) =>
        eb.or([
          eb.and([
            eb('investigation_concluded_at', 'is', null),
            eb('investigation_due_at', '<', now),
          ]),
          eb.and([
            eb('source_system', '=', 'manual'),
            eb('evidence_gathered_at', 'is', null),
            eb('evidence_due_at', '<', now),
          ]),
        ]),
      );
  }
  if (query.after) {
    const { receivedAt, id } = query.after;
    q = q.where((eb) =>
      eb.or([
        eb('received_at', '<', receivedAt),
        eb.and([eb('received_at', '=', receivedAt), eb('id', '<', id)]),
      ]),
    );
  }
  return q.orderBy('received_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute();
}

export async function countCasesWithReferencePrefix(
  db: Kysely<Database>,
  missionId: string,
  prefix: string,
): Promise<number> {
  const row = await db
    .selectFrom('conduct_cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('mission_id', '=', missionId)
    .where('reference', 'like', `${prefix}%`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertVictims(
  db: Kysely<Database>,
  rows: readonly Omit<VictimRow, 'position'>[],
  firstPosition: number,
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('conduct_victims')
    .values(rows.map((r, i) => ({ ...r, position: firstPosition + i })))
    .execute();
}

export async function deleteVictims(db: Kysely<Database>, caseId: string): Promise<void> {
  await db.deleteFrom('conduct_victims').where('case_id', '=', caseId).execute();
}

export function victimRowsOf(db: Kysely<Database>, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([] as VictimRow[]);
  return db
    .selectFrom('conduct_victims')
    .selectAll()
    .where('case_id', 'in', caseIds)
    .orderBy('case_id')
    .orderBy('position')
    .execute();
}

/** Open cases typed in by staff (imported ones have no evidence clock to watch), for the sweep. */
export function openManualCaseRows(db: Kysely<Database>) {
  return db
    .selectFrom('conduct_cases')
    .selectAll()
    .where('status', 'in', ['received', 'under_investigation'])
    .where('source_system', '=', 'manual')
    .execute();
}
