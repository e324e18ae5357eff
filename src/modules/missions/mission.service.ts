/**
 * Missions: the registry every record hangs from. Invariants: acronyms are unique; only
 * headquarters users with missions:write create missions; updates carry the version they read.
 */
import { DomainError, notFound, staleVersion, validationFailed } from '../../core/errors.js';
import { assertCan, assertPermission } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type AppContext, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import {
  findMission,
  findMissionByAcronym,
  insertMission,
  selectMissionNames,
  selectMissions,
  updateMissionRow,
} from './mission.repository.js';
import type { CreateMissionInput, Mission, UpdateMissionInput } from './mission.schema.js';
import { countryByIso3, countryCentre } from './countries.taxonomy.js';
import { unMissions } from './un-missions.taxonomy.js';

const scoped = (m: Mission | undefined) =>
  m && { ...m, missionId: m.id, compartmentIds: [] as string[] };

/** @throws forbidden without missions:read */
export async function listMissions(ctx: RequestContext): Promise<Mission[]> {
  assertPermission(ctx.actor, 'missions:read');
  return selectMissions(ctx.db, ctx.actor.missionIds);
}

/** @throws forbidden, not_found (also when the mission is outside the caller's view) */
export async function getMission(ctx: RequestContext, id: string): Promise<Mission> {
  const mission = assertCan(ctx.actor, 'missions:read', {
    kind: 'Mission',
    record: scoped(await findMission(ctx.db, id)),
  });
  return mission;
}

/** The id of a mission in view, by acronym (CLI arguments). @throws forbidden, not_found */
export async function missionIdByAcronym(ctx: RequestContext, acronym: string): Promise<string> {
  const mission = await findMissionByAcronym(ctx.db, acronym.toUpperCase());
  return assertCan(ctx.actor, 'missions:read', {
    kind: 'Mission',
    record: scoped(mission),
  }).id;
}

/** @throws forbidden (not at headquarters), conflict (acronym taken) */
export async function createMission(
  ctx: RequestContext,
  input: CreateMissionInput,
): Promise<Mission> {
  assertPermission(ctx.actor, 'missions:write');
  if (ctx.actor.missionIds !== 'all')
    throw new DomainError('forbidden', 'Only headquarters creates missions');
  return inTransaction(ctx, async (tx) => {
    if (await findMissionByAcronym(tx.db, input.acronym)) {
      throw new DomainError('conflict', `A mission with acronym ${input.acronym} exists`, [
        { path: 'acronym', message: 'already used' },
      ]);
    }
    const now = toTimestamp(tx.clock.now());
    const mission: Mission = {
      id: tx.ids.newId(),
      ...input,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await insertMission(tx.db, mission);
    await audit(tx, {
      action: 'missions.mission.create',
      recordType: 'mission',
      recordId: mission.id,
      missionId: mission.id,
      change: input,
    });
    return mission;
  });
}

/** @throws forbidden, not_found, conflict (stale version), validation_failed (dates) */
export async function updateMission(
  ctx: RequestContext,
  id: string,
  input: UpdateMissionInput,
): Promise<Mission> {
  return inTransaction(ctx, async (tx) => {
    const current = assertCan(tx.actor, 'missions:write', {
      kind: 'Mission',
      record: scoped(await findMission(tx.db, id)),
    });
    if (current.version !== input.version) throw staleVersion('Mission', input.version);
    const { version: _v, ...changes } = input;
    const next: Mission = {
      ...current,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
      updatedAt: toTimestamp(tx.clock.now()),
      version: current.version + 1,
    };
    if (next.mandateEnd !== null && next.mandateEnd < next.mandateStart) {
      throw validationFailed('mandateEnd', 'must not be before mandateStart');
    }
    if (!(await updateMissionRow(tx.db, next, input.version)))
      throw staleVersion('Mission', input.version);
    await audit(tx, {
      action: 'missions.mission.update',
      recordType: 'mission',
      recordId: id,
      missionId: id,
      change: changes,
    });
    const { missionId: _m, compartmentIds: _c, ...mission } = next as typeof current;
    return mission;
  });
}

/**
 * The ids of missions by acronym, creating those that are missing and known (un-missions.taxonomy.ts), with
 * a stand-in headquarters at the centre of the first host country. Acronyms neither stored nor
 * known are left out of the map: the caller reports them.
 * @throws forbidden (creating needs headquarters' missions:write)
 */
export async function ensureKnownMissions(
  ctx: RequestContext,
  acronyms: Iterable<string>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const acronym of new Set(acronyms)) {
    const stored = await findMissionByAcronym(ctx.db, acronym);
    if (stored) {
      ids.set(acronym, stored.id);
      continue;
    }
    const known = unMissions[acronym];
    const country = known ? countryByIso3(known.hostCountries[0]!) : null;
    if (!known || !country) continue;
    const created = await createMission(ctx, {
      acronym,
      name: known.name,
      hostCountries: known.hostCountries,
      mandateStart: known.mandateStart,
      mandateEnd: known.mandateEnd,
      headquarters: countryCentre(country),
    });
    ids.set(acronym, created.id);
  }
  return ids;
}

/**
 * What ensureKnownMissions would do, without doing it (for an import that checks its whole file
 * before writing): the id of a stored mission, 'known' for a known UN mission it would create, or
 * null for neither.
 * @throws forbidden when a mission would be created and the caller may not create missions
 */
export async function lookUpKnownMission(
  ctx: RequestContext,
  acronym: string,
): Promise<string | 'known' | null> {
  const stored = await findMissionByAcronym(ctx.db, acronym);
  if (stored) return stored.id;
  const known = unMissions[acronym];
  if (!known || !countryByIso3(known.hostCountries[0]!)) return null;
  assertPermission(ctx.actor, 'missions:write');
  if (ctx.actor.missionIds !== 'all')
    throw new DomainError(
      'forbidden',
      `${acronym} is not stored yet and only headquarters creates missions`,
    );
  return 'known';
}

/** What the public may know of missions (a complaint names one): id, acronym, name. */
export async function publicMissions(
  app: AppContext,
): Promise<{ id: string; acronym: string; name: string }[]> {
  return [...(await missionNames(app)).values()];
}

/** Whether a mission exists, for public forms that name one. */
export async function missionExists(app: AppContext, id: string): Promise<boolean> {
  return (await findMission(app.db, id)) !== undefined;
}

/**
 * A record's mission, named at headquarters (which has every mission in view, existing or not),
 * must exist. @throws not_found
 */
export async function assertMissionExists(app: AppContext, id: string): Promise<void> {
  if (!(await missionExists(app, id))) throw notFound('Mission');
}

/** A mission by acronym, whoever asks (loaders acting for the system); null when there is none. */
export async function missionOfAcronym(app: AppContext, acronym: string): Promise<Mission | null> {
  return (await findMissionByAcronym(app.db, acronym.toUpperCase())) ?? null;
}

export interface MissionName {
  id: string;
  acronym: string;
  name: string;
}

/**
 * Missions' acronyms and names by id (every mission when no ids are given), in acronym order,
 * whoever asks: the labels other modules put on records the actor already sees.
 */
export async function missionNames(
  app: AppContext,
  ids?: readonly string[],
): Promise<Map<string, MissionName>> {
  const missions = await selectMissionNames(app.db, ids ? [...new Set(ids)] : 'all');
  return new Map(missions.map((m) => [m.id, { id: m.id, acronym: m.acronym, name: m.name }]));
}

/** A mission's acronym, for labels; the id itself when the mission is unknown. */
export const acronymOf = (names: ReadonlyMap<string, MissionName>, id: string): string =>
  names.get(id)?.acronym ?? id;
