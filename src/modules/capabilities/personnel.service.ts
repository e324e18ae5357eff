/**
 * K3 (¶100, ¶126): a pledged unit's uniformed people — service number, rank and name (the name
 * tier-1 ciphertext: identity kept to what is needed) — with their predeployment training
 * certifications and human-rights screenings, and what each lacks to deploy. Every write audited.
 */
import { DomainError, notFound } from '../../core/errors.js';
import { assertPermission } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { missingOf, type PersonReadiness } from './certification.rules.js';
import { loadPledge } from './pledge.service.js';
import {
  insertCertification,
  insertPerson,
  insertScreening,
  personInUnit,
  personnelRows,
  unitOfPerson,
} from './personnel.repository.js';
import type { AddPersonInput, CertifyInput, Person, ScreenInput } from './personnel.schema.js';

const nameAddress = (id: string) => ({ table: 'unit_personnel', id, field: 'name' });

/** What the deployment rule needs to know of a person. */
export const readinessOf = (p: Person): PersonReadiness => ({
  serviceNumber: p.serviceNumber,
  certified: p.certifications.length > 0,
  screening: p.screenings.at(-1)?.outcome ?? null,
});

type Rows = Awaited<ReturnType<typeof personnelRows>>;

function byPerson<T extends { person_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const result = new Map<string, T[]>();
  for (const r of rows) result.set(r.person_id, [...(result.get(r.person_id) ?? []), r]);
  return result;
}

function toPeople(ctx: RequestContext, rows: Rows, decryptNames: boolean): Person[] {
  const certs = byPerson(rows.certifications);
  const screens = byPerson(rows.screenings);
  return rows.people.map((p) => {
    const screenings = (screens.get(p.id) ?? []).map((s) => ({
      screenedOn: s.screened_on,
      outcome: s.outcome as 'cleared' | 'not_cleared',
      screenedBy: s.screened_by,
    }));
    const certifications = (certs.get(p.id) ?? []).map((c) => ({
      course: c.course,
      certifiedOn: c.certified_on,
      authority: c.authority,
    }));
    const person: Person = {
      id: p.id,
      serviceNumber: p.service_number,
      rank: p.rank,
      name: decryptNames ? ctx.cipher.decrypt(p.name, nameAddress(p.id)) : '',
      certifications,
      screenings,
      missing: [],
    };
    return { ...person, missing: missingOf(readinessOf(person)) };
  });
}

/** The unit's people with what they lack, by service number. */
export async function personnelOf(ctx: RequestContext, pledgeId: string): Promise<Person[]> {
  return toPeople(ctx, await personnelRows(ctx.db, [pledgeId]), true);
}

/** What the deployment rule needs of each unit's people, in one read and without their names. */
export async function readinessOfUnits(
  ctx: RequestContext,
  pledgeIds: readonly string[],
): Promise<Map<string, PersonReadiness[]>> {
  const rows = await personnelRows(ctx.db, pledgeIds);
  const unitOf = new Map(rows.people.map((p) => [p.id, p.pledge_id]));
  const result = new Map<string, PersonReadiness[]>(pledgeIds.map((id) => [id, []]));
  for (const person of toPeople(ctx, rows, false))
    result.get(unitOf.get(person.id)!)!.push(readinessOf(person));
  return result;
}

/** @throws forbidden, not_found */
export async function listPersonnel(ctx: RequestContext, pledgeId: string): Promise<Person[]> {
  assertPermission(ctx.actor, 'capabilities:read');
  await loadPledge(ctx, pledgeId);
  return personnelOf(ctx, pledgeId);
}

/** @throws forbidden, not_found, conflict (service number already in the unit) */
export async function addPerson(
  ctx: RequestContext,
  pledgeId: string,
  input: AddPersonInput,
): Promise<Person[]> {
  assertPermission(ctx.actor, 'capabilities:write');
  return inTransaction(ctx, async (tx) => {
    await loadPledge(tx, pledgeId);
    const taken = await personInUnit(tx.db, pledgeId, input.serviceNumber);
    if (taken)
      throw new DomainError(
        'conflict',
        `serviceNumber: ${input.serviceNumber} is in the unit already`,
        [{ path: 'serviceNumber', message: 'already in the unit' }],
      );
    const id = tx.ids.newId();
    const name = tx.cipher.encrypt(input.name, nameAddress(id));
    await insertPerson(tx.db, {
      id,
      pledge_id: pledgeId,
      service_number: input.serviceNumber,
      rank: input.rank,
      name,
      created_at: toTimestamp(tx.clock.now()),
    });
    await audit(tx, {
      action: 'capabilities.person.add',
      recordType: 'pledge',
      recordId: pledgeId,
      change: { ...input, name },
    });
    return personnelOf(tx, pledgeId);
  });
}

async function pledgeOfPerson(ctx: RequestContext, personId: string): Promise<string> {
  const row = await unitOfPerson(ctx.db, personId);
  if (!row) throw notFound('Person');
  await loadPledge(ctx, row.pledge_id);
  return row.pledge_id;
}

/** A predeployment training certification (¶100). @throws forbidden, not_found */
export async function certifyPerson(
  ctx: RequestContext,
  personId: string,
  input: CertifyInput,
): Promise<Person[]> {
  assertPermission(ctx.actor, 'capabilities:write');
  return inTransaction(ctx, async (tx) => {
    const pledgeId = await pledgeOfPerson(tx, personId);
    await insertCertification(tx.db, {
      id: tx.ids.newId(),
      person_id: personId,
      course: input.course,
      certified_on: input.certifiedOn,
      authority: input.authority,
      created_at: toTimestamp(tx.clock.now()),
    });
    await audit(tx, {
      action: 'capabilities.person.certify',
      recordType: 'pledge',
      recordId: pledgeId,
      change: { personId, ...input },
    });
    return personnelOf(tx, pledgeId);
  });
}

/** A human-rights screening (¶126); the latest one counts. @throws forbidden, not_found */
export async function screenPerson(
  ctx: RequestContext,
  personId: string,
  input: ScreenInput,
): Promise<Person[]> {
  assertPermission(ctx.actor, 'capabilities:write');
  return inTransaction(ctx, async (tx) => {
    const pledgeId = await pledgeOfPerson(tx, personId);
    await insertScreening(tx.db, {
      id: tx.ids.newId(),
      person_id: personId,
      screened_on: input.screenedOn,
      outcome: input.outcome,
      screened_by: input.screenedBy,
      created_at: toTimestamp(tx.clock.now()),
    });
    await audit(tx, {
      action: 'capabilities.person.screen',
      recordType: 'pledge',
      recordId: pledgeId,
      change: { personId, ...input },
    });
    return personnelOf(tx, pledgeId);
  });
}
