/**
 * K3 (¶100, ¶126): a pledged unit's uniformed people — service number, rank and name (the name
 * tier-1 ciphertext: identity kept to what is needed) — with their predeployment training
 * certifications and human-rights screenings, and what each lacks to deploy. Every write audited.
 */
import { DomainError, type ErrorDetail } from '../../core/errors.js';
import { assertPermission } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { futureDates } from '../../core/happened.js';
import { dayOf } from '../../core/days.js';
import { seaTrainingOwed } from '../personnel/sea-training.rules.js';
import { missingOf, readinessOn, type PersonReadiness } from './certification.rules.js';
import { loadPledge } from './pledge.service.js';
import {
  insertCertifications,
  insertPeople,
  insertScreenings,
  insertSeaTrainings,
  personnelRows,
  serviceNumbersOf,
} from './personnel.repository.js';
import type { AddPersonInput, Person } from './personnel.schema.js';

const fieldOf = { certification: 'certification', sea_training: 'seaTraining' } as const;

const nameAddress = (id: string) => ({ table: 'unit_personnel', id, field: 'name' });

/** What the deployment rule needs to know of a person, with every record they hold. */
export const readinessOf = (p: Person): PersonReadiness => readinessOn(p, '9999-12-31');

type Rows = Awaited<ReturnType<typeof personnelRows>>;

function byPerson<T extends { person_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const result = new Map<string, T[]>();
  for (const r of rows) result.set(r.person_id, [...(result.get(r.person_id) ?? []), r]);
  return result;
}

function toPeople(ctx: RequestContext, rows: Rows, decryptNames: boolean): Person[] {
  const certs = byPerson(rows.certifications);
  const screens = byPerson(rows.screenings);
  const trainings = byPerson(rows.seaTrainings);
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
      seaTrainings: (trainings.get(p.id) ?? []).map((s) => ({
        course: s.course,
        completedOn: s.completed_on,
      })),
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

/**
 * People of the unit — one, or the whole nominal roll at once — with their certification and
 * screening when known. A person joins a unit that has deployed only certified and cleared, both
 * given with them and dated on or before today (K3, ¶100, ¶126: "every person deployed"). All or
 * nothing: a roll with one problem adds no one, and the answer names each problem by position.
 * @throws forbidden, not_found, conflict (a service number in the unit already, or twice in the
 *   roll), validation_failed (a date in the future), invalid_state (joining a deployed unit
 *   without both)
 */
export async function addPeople(
  ctx: RequestContext,
  pledgeId: string,
  inputs: readonly AddPersonInput[],
): Promise<Person[]> {
  assertPermission(ctx.actor, 'capabilities:write');
  const at = (i: number, path: string) => (inputs.length === 1 ? path : `people.${i}.${path}`);
  const future = inputs.flatMap((input, i) =>
    futureDates(ctx.clock.now(), {
      [at(i, 'certification.certifiedOn')]: input.certification?.certifiedOn,
      [at(i, 'screening.screenedOn')]: input.screening?.screenedOn,
      [at(i, 'seaTraining.completedOn')]: input.seaTraining?.completedOn,
    }),
  );
  if (future.length > 0)
    throw new DomainError(
      'validation_failed',
      `${future.map((d) => d.path).join(', ')}: in the future; a date of something that happened is today or before`,
      future,
    );
  return inTransaction(ctx, async (tx) => {
    const pledge = await loadPledge(tx, pledgeId);
    const taken = await serviceNumbersOf(tx.db, pledgeId);
    const conflicts: ErrorDetail[] = [];
    inputs.forEach((input, i) => {
      if (taken.has(input.serviceNumber))
        conflicts.push({ path: at(i, 'serviceNumber'), message: 'already in the unit' });
      taken.add(input.serviceNumber);
    });
    if (conflicts.length > 0)
      throw new DomainError(
        'conflict',
        `serviceNumber: ${conflicts.length === 1 && inputs.length === 1 ? `${inputs[0]!.serviceNumber} is in the unit already` : `${conflicts.length} service numbers are in the unit already or repeated`}`,
        conflicts,
      );
    if (pledge.deployment) {
      const lacking = inputs.flatMap((input, i) =>
        missingOf({
          serviceNumber: input.serviceNumber,
          certified: input.certification !== undefined,
          screening: input.screening?.outcome ?? null,
          seaTrained: seaTrainingOwed(dayOf(tx.clock.now()))
            ? input.seaTraining !== undefined
            : null,
        }).map((m) => ({
          path: at(i, m === 'certification' || m === 'sea_training' ? fieldOf[m] : 'screening'),
          message: m,
        })),
      );
      if (lacking.length > 0)
        throw new DomainError(
          'invalid_state',
          `the unit deployed on ${pledge.deployment.deployedOn}: a person joins it certified, cleared by a human-rights screening and trained on sexual exploitation and abuse, each given with the person (¶100, ¶126, ¶124)`,
          lacking,
        );
    }
    const now = toTimestamp(tx.clock.now());
    const people = inputs.map((input) => ({ id: tx.ids.newId(), input }));
    await insertPeople(
      tx.db,
      people.map(({ id, input }) => ({
        id,
        pledge_id: pledgeId,
        service_number: input.serviceNumber,
        rank: input.rank,
        name: tx.cipher.encrypt(input.name, nameAddress(id)),
        created_at: now,
      })),
    );
    await insertCertifications(
      tx.db,
      people.flatMap(({ id, input: { certification: c } }) =>
        c
          ? [
              {
                id: tx.ids.newId(),
                person_id: id,
                course: c.course,
                certified_on: c.certifiedOn,
                authority: c.authority,
                created_at: now,
              },
            ]
          : [],
      ),
    );
    await insertScreenings(
      tx.db,
      people.flatMap(({ id, input: { screening: s } }) =>
        s
          ? [
              {
                id: tx.ids.newId(),
                person_id: id,
                screened_on: s.screenedOn,
                outcome: s.outcome,
                screened_by: s.screenedBy,
                created_at: now,
              },
            ]
          : [],
      ),
    );
    await insertSeaTrainings(
      tx.db,
      people.flatMap(({ id, input: { seaTraining: s } }) =>
        s
          ? [
              {
                id: tx.ids.newId(),
                person_id: id,
                course: s.course,
                completed_on: s.completedOn,
                created_at: now,
              },
            ]
          : [],
      ),
    );
    await audit(tx, {
      action: inputs.length === 1 ? 'capabilities.person.add' : 'capabilities.personnel.roster',
      recordType: 'pledge',
      recordId: pledgeId,
      // Names only as ciphertext (never in clear in the digest's input either).
      change: people.map(({ id, input }) => ({ id, serviceNumber: input.serviceNumber })),
    });
    return personnelOf(tx, pledgeId);
  });
}

/** One person of the unit: see addPeople. */
export function addPerson(
  ctx: RequestContext,
  pledgeId: string,
  input: AddPersonInput,
): Promise<Person[]> {
  return addPeople(ctx, pledgeId, [input]);
}

/**
 * P6 (¶124), for personnel's list: the people of these units and those without a completed SEA
 * e-learning, by service number and rank (no names). Whoever asks: the caller has authorized the
 * units (its missions in view).
 */
export async function seaTrainingOfUnits(
  ctx: RequestContext,
  pledgeIds: readonly string[],
): Promise<{
  people: number;
  lacking: { pledgeId: string; serviceNumber: string; rank: string }[];
}> {
  const rows = await personnelRows(ctx.db, pledgeIds);
  const trained = new Set(rows.seaTrainings.map((s) => s.person_id));
  return {
    people: rows.people.length,
    lacking: rows.people
      .filter((p) => !trained.has(p.id))
      .map((p) => ({ pledgeId: p.pledge_id, serviceNumber: p.service_number, rank: p.rank })),
  };
}
