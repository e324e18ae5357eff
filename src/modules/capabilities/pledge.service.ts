/**
 * Pledges to the Peacekeeping Capability Readiness System (K1, ¶86–87). A pledge starts at level 1; evidence moves it (readiness.rules.ts),
 * and every move — reached, renewed, kept or lost, and why — goes into its history and the audit
 * log. The level shown is the one that holds today: one whose assessment visit has run out counts
 * as level 1. Pledges belong to headquarters (no mission). Requirements: requirement.service.ts.
 */
import { assertHappened } from '../../core/happened.js';
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertCan, assertPermission } from '../../core/policy.js';
import { fromJson, fromTimestamp, toJson, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type AppContext, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { countryByIso3 } from '../missions/countries.taxonomy.js';
import {
  ensureContributor,
  findPledgeRow,
  findRequirementRow,
  insertPledge,
  insertPledgeEvent,
  pledgeEventsOf,
  selectPledgeRows,
  deployedPledgeRows,
  updatePledgeLevel,
  type PledgeEventRow,
  type PledgeRow,
} from './pledge.repository.js';
import type { CreatePledgeInput, Pledge, RecordEvidenceInput } from './pledge.schema.js';
import type { Eligibility } from './eligibility.rules.js';
import { eligibilityOfContributors } from './eligibility-standing.service.js';
import { applyEvidence, effectiveLevel, type Level } from './readiness.rules.js';
import {
  caveatsOf,
  unitIncidentsOf,
  type CaveatRow,
  type IncidentRow,
} from './caveat.repository.js';

const recordType = 'pledge';
const today = (ctx: RequestContext) => ctx.clock.now().toISOString().slice(0, 10);

interface Related {
  events: PledgeEventRow[];
  eligibility: Eligibility;
  caveats: CaveatRow[];
  incidents: IncidentRow[];
}

function toPledge(ctx: RequestContext, row: PledgeRow, more: Related): Pledge {
  const { events } = more;
  const state = { level: row.level as Level, visitValidUntil: row.visit_valid_until };
  const holds = effectiveLevel(state, today(ctx));
  return {
    id: row.id,
    contributor: row.contributor,
    contributorName: row.contributor_name,
    capability: row.capability as Pledge['capability'],
    strength: row.strength,
    women: row.women,
    majorEquipment: fromJson(row.major_equipment),
    selfSustainment: fromJson(row.self_sustainment),
    availableFrom: row.available_from,
    availableUntil: row.available_until,
    level: holds.level,
    recordedLevel: state.level,
    visitValidUntil: row.visit_valid_until,
    visitExpiredOn: holds.expiredOn,
    history: events.map((e) => ({
      at: fromTimestamp(e.at).toISOString(),
      change: e.change as Pledge['history'][number]['change'],
      levelFrom: e.level_from as Level | null,
      levelTo: e.level_to as Level,
      evidence: e.evidence === null ? null : fromJson(e.evidence),
      reason: e.reason,
      actor: e.actor,
    })),
    eligibility: more.eligibility,
    caveats: more.caveats.map((c) => ({
      id: c.id,
      task: c.task as Pledge['caveats'][number]['task'],
      geography: c.geography,
      time: c.time,
      conditions: c.conditions,
      text: c.text,
      declaredAt: fromTimestamp(c.declared_at).toISOString(),
      declaredBy: c.declared_by,
    })),
    deployment:
      row.deployed_mission_id && row.deployed_on
        ? { missionId: row.deployed_mission_id, deployedOn: row.deployed_on }
        : null,
    incidents: more.incidents.map((i) => ({
      kind: i.kind,
      at: fromTimestamp(i.at).toISOString(),
      by: i.by,
      detail: fromJson(i.detail),
    })),
    version: row.version,
  };
}

const unknownStanding: Eligibility = { status: 'eligible', reasons: [] };

/** Pledges with their history, standing, caveats and incidents, in four queries. */
async function withRelated(ctx: RequestContext, rows: PledgeRow[]): Promise<Pledge[]> {
  const ids = rows.map((r) => r.id);
  const [events, standing, caveats, incidents] = await Promise.all([
    pledgeEventsOf(ctx.db, ids),
    eligibilityOfContributors(
      ctx,
      rows.map((r) => r.contributor),
    ),
    caveatsOf(ctx.db, ids),
    unitIncidentsOf(ctx.db, ids),
  ]);
  return rows.map((r) =>
    toPledge(ctx, r, {
      events: events.get(r.id) ?? [],
      eligibility: standing.get(r.contributor) ?? unknownStanding,
      caveats: caveats.get(r.id) ?? [],
      incidents: incidents.get(r.id) ?? [],
    }),
  );
}

/** A pledge in reach with everything about it. @throws forbidden, not_found */
export async function loadPledge(ctx: RequestContext, id: string): Promise<Pledge> {
  const row = await findPledgeRow(ctx.db, id);
  assertCan(ctx.actor, 'capabilities:read', {
    kind: 'Pledge',
    record: row ? { id, missionId: null, compartmentIds: [] } : undefined,
  });
  return (await withRelated(ctx, [row!]))[0]!;
}

/** @throws forbidden, validation_failed (contributor not a known country) */
export async function createPledge(ctx: RequestContext, input: CreatePledgeInput): Promise<Pledge> {
  assertPermission(ctx.actor, 'capabilities:write');
  const country = countryByIso3(input.contributor);
  if (!country)
    throw new DomainError(
      'validation_failed',
      `contributor: ${input.contributor} is not a known country`,
      [{ path: 'contributor', message: 'not a known ISO 3166 alpha-3 country' }],
    );
  return inTransaction(ctx, async (tx) => {
    const now = toTimestamp(tx.clock.now());
    await ensureContributor(tx.db, { iso3: input.contributor, name: country.name, at: now });
    const id = tx.ids.newId();
    await insertPledge(tx.db, {
      id,
      contributor: input.contributor,
      capability: input.capability,
      strength: input.strength,
      women: input.women,
      major_equipment: toJson(input.majorEquipment),
      self_sustainment: toJson(input.selfSustainment),
      available_from: input.availableFrom,
      available_until: input.availableUntil,
      level: '1',
      visit_valid_until: null,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    await insertPledgeEvent(tx.db, {
      id: tx.ids.newId(),
      pledge_id: id,
      at: now,
      change: 'pledged',
      level_from: null,
      level_to: '1',
      evidence: null,
      reason: 'pledged to the Peacekeeping Capability Readiness System',
      actor: tx.actor.username,
    });
    await audit(tx, {
      action: 'capabilities.pledge.create',
      recordType,
      recordId: id,
      change: input,
    });
    return loadPledge(tx, id);
  });
}

/**
 * Records evidence for a pledge's readiness (K1). Alignment names a statement of unit requirements
 * for the same capability.
 * @throws forbidden, not_found, conflict (stale version), invalid_state (a level out of reach),
 *   validation_failed (a requirement of another capability, or none)
 */
export async function recordEvidence(
  ctx: RequestContext,
  id: string,
  input: RecordEvidenceInput,
): Promise<Pledge> {
  assertPermission(ctx.actor, 'capabilities:write');
  // K1 (issue 16): evidence is of something that happened; a visit dated ahead would stretch its
  // validity, a verification dated ahead would claim a level not yet earned.
  const e = input.evidence;
  assertHappened(ctx.clock.now(), {
    [`evidence.${e.kind === 'assessment_visit' ? 'visitedOn' : e.kind === 'sur_alignment' ? 'alignedOn' : 'verifiedOn'}`]:
      e.kind === 'assessment_visit'
        ? e.visitedOn
        : e.kind === 'sur_alignment'
          ? e.alignedOn
          : e.verifiedOn,
  });
  return inTransaction(ctx, async (tx) => {
    const current = await loadPledge(tx, id);
    if (current.version !== input.version) throw staleVersion('Pledge', input.version);
    if (input.evidence.kind === 'sur_alignment') {
      const sur = await findRequirementRow(tx.db, input.evidence.requirementId);
      if (!sur || sur.capability !== current.capability)
        throw new DomainError(
          'validation_failed',
          'evidence.requirementId: a statement of unit requirements for the same capability',
          [{ path: 'evidence.requirementId', message: 'no requirement for this capability' }],
        );
    }
    const outcome = applyEvidence(
      { level: current.recordedLevel, visitValidUntil: current.visitValidUntil },
      input.evidence,
      { today: today(tx) },
    );
    const now = toTimestamp(tx.clock.now());
    const updated = await updatePledgeLevel(tx.db, id, {
      level: outcome.state.level,
      visitValidUntil: outcome.state.visitValidUntil,
      updatedAt: now,
      expectedVersion: input.version,
    });
    if (!updated) throw staleVersion('Pledge', input.version);
    await insertPledgeEvent(tx.db, {
      id: tx.ids.newId(),
      pledge_id: id,
      at: now,
      change: outcome.change,
      level_from: current.level,
      level_to: outcome.state.level,
      evidence: toJson(input.evidence),
      reason: outcome.reason,
      actor: tx.actor.username,
    });
    await audit(tx, {
      action: `capabilities.pledge.${outcome.change}`,
      recordType,
      recordId: id,
      change: { evidence: input.evidence, level: outcome.state.level },
    });
    return loadPledge(tx, id);
  });
}

/** @throws forbidden, not_found */
export async function getPledge(ctx: RequestContext, id: string): Promise<Pledge> {
  assertPermission(ctx.actor, 'capabilities:read');
  return loadPledge(ctx, id);
}

/** @throws forbidden */
export async function listPledges(
  ctx: RequestContext,
  query: { contributor?: string; capability?: string },
): Promise<Pledge[]> {
  assertPermission(ctx.actor, 'capabilities:read');
  const rows = await selectPledgeRows(ctx.db, query);
  return withRelated(ctx, rows);
}

export interface DeployedUnit {
  id: string;
  contributor: string;
  contributorName: string;
  capability: Pledge['capability'];
  strength: number;
  missionId: string;
  deployedOn: string;
}

/**
 * The units deployed in the missions in the caller's view, named (failure-to-act inquiries, E4).
 * No permission of its own: callers check theirs.
 */
export async function deployedUnits(ctx: RequestContext): Promise<DeployedUnit[]> {
  return (await deployedPledgeRows(ctx.db, ctx.actor.missionIds)).map((r) => ({
    id: r.id,
    contributor: r.contributor,
    contributorName: r.contributor_name,
    capability: r.capability as Pledge['capability'],
    strength: r.strength,
    missionId: r.deployed_mission_id!,
    deployedOn: r.deployed_on!,
  }));
}

/** Whether any unit has been pledged yet (the demo makes its pledges once). */
export async function anyPledge(app: AppContext): Promise<boolean> {
  return (
    (await app.db.selectFrom('pledges').select('id').limit(1).executeTakeFirst()) !== undefined
  );
}

/** What another module may label a unit with: whose it is and what it is. */
export interface UnitLabel {
  id: string;
  contributor: string;
  capability: string;
}

/**
 * Units' labels by id — of the units named, or of every unit of the contributors named — whoever
 * asks: for a module that has already authorized the records that name them.
 */
export async function unitLabels(
  app: AppContext,
  which: { ids: readonly string[] } | { contributors: readonly string[] },
): Promise<Map<string, UnitLabel>> {
  const [column, values] =
    'ids' in which ? (['id', which.ids] as const) : (['contributor', which.contributors] as const);
  const unique = [...new Set(values)];
  if (unique.length === 0) return new Map();
  const rows = await app.db
    .selectFrom('pledges')
    .select(['id', 'contributor', 'capability'])
    .where(column, 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}
