/**
 * What follows an allegation (¶120, C3): administrative leave without pay for staff, payment
 * suspension for a contingent or formed police unit with a credible allegation (recorded against
 * the contributor and unit, for the capabilities module), and the pattern rule — N credible
 * allegations against one contingent within M months raise a repatriation decision that someone
 * must take and record. Invariants: a measure follows only a credible allegation, on a subject it
 * applies to; the pattern is checked whenever an allegation becomes credible or a suspension is
 * recorded, and raises one decision per contingent and window; every act is audited.
 */
import { assertHeadquarters, assertStricter, noLooser } from '../../core/settings.js';
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertCan, assertPermission, missionForWrite } from '../../core/policy.js';
import { fromJson, toJson, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { deployedUnits } from '../capabilities/pledge.service.js';
import { isContributor } from '../capabilities/repatriation.service.js';
import { labelsOf } from '../compartments/compartment.service.js';
import { recordType as caseRecordType } from './case.repository.js';
import type { Case } from './case.schema.js';
import { loadCase } from './case.service.js';
import { unitCategories } from './case.taxonomy.js';
import { assertMeasureFits, isCredible, patternWindowStart } from './measure.rules.js';
import {
  countCredibleAgainst,
  insertMeasure,
  measureRow,
  patternRuleRow,
  repatriationSince,
  savePatternRuleRow,
  selectMeasureRows,
  updateMeasureRow,
  type MeasureRow,
} from './measure.repository.js';
import {
  defaultPatternRule,
  patternRuleBounds,
  type ImposeMeasureInput,
  type Measure,
  type PatternRule,
} from './measure.schema.js';

const recordType = 'conduct_measure';

export function toMeasure(row: MeasureRow): Measure {
  return {
    id: row.id,
    missionId: row.mission_id,
    caseId: row.case_id,
    caseReference: row.case_reference,
    kind: row.kind as Measure['kind'],
    trigger: row.trigger as Measure['trigger'],
    contributor: row.contributor,
    unit: row.unit,
    unitId: row.unit_id,
    status: row.status as Measure['status'],
    basis: fromJson(row.basis),
    decision: row.decision as Measure['decision'],
    reason: row.reason,
    decidedAt: row.decided_at ? new Date(row.decided_at as string).toISOString() : null,
    createdAt: new Date(row.created_at as string).toISOString(),
    version: row.version,
    candidateUnits: [],
  };
}

export async function patternRuleOf(ctx: RequestContext, missionId: string): Promise<PatternRule> {
  const row = await patternRuleRow(ctx.db, missionId);
  return row
    ? noLooser({ allegations: row.allegations, months: row.months }, patternRuleBounds)
    : defaultPatternRule;
}

/** @throws forbidden */
export async function patternRuleFor(
  ctx: RequestContext,
  missionId?: string,
): Promise<PatternRule> {
  assertPermission(ctx.actor, 'conduct:read');
  return patternRuleOf(ctx, missionForWrite(ctx.actor, missionId));
}

/** Headquarters only, and only stricter than ¶120's reading. @throws forbidden, validation_failed */
export async function setPatternRule(
  ctx: RequestContext,
  missionId: string | undefined,
  rule: PatternRule,
): Promise<PatternRule> {
  assertPermission(ctx.actor, 'conduct:write');
  assertHeadquarters(ctx.actor, 'a mission’s pattern rule (C3, ¶120)');
  assertStricter(rule, patternRuleBounds, 'the pattern rule of ¶120');
  const mission = missionForWrite(ctx.actor, missionId);
  return inTransaction(ctx, async (tx) => {
    const before = await patternRuleOf(tx, mission);
    await savePatternRuleRow(tx.db, {
      mission_id: mission,
      allegations: rule.allegations,
      months: rule.months,
      updated_at: toTimestamp(tx.clock.now()),
    });
    await audit(tx, {
      action: 'conduct.pattern-rule.update',
      missionId: mission,
      change: { from: before, to: rule },
    });
    return rule;
  });
}

/**
 * The pattern rule for every contingent or unit named in a case that is now credible: raises a
 * repatriation decision when the mission's threshold is reached and none was raised in the window.
 */
export async function checkPatterns(tx: RequestContext, c: Case): Promise<void> {
  if (!isCredible(c)) return;
  const rule = await patternRuleOf(tx, c.missionId);
  const now = tx.clock.now();
  const since = patternWindowStart(now, rule.months).toISOString();
  for (const s of c.subjects) {
    if (!unitCategories.has(s.personnelCategory) || !s.nationality || !s.unit) continue;
    const key = { missionId: c.missionId, contributor: s.nationality, unit: s.unit, since };
    const credible = await countCredibleAgainst(tx.db, key);
    if (credible.count < rule.allegations || (await repatriationSince(tx.db, key))) continue;
    await raiseDecision(tx, {
      missionId: c.missionId,
      kind: 'repatriation',
      trigger: 'pattern',
      contributor: s.nationality,
      unit: s.unit,
      sourceCaseId: null,
      basis: { allegations: credible.count, months: rule.months, threshold: rule.allegations },
      audited: { cases: credible.caseIds },
    });
  }
}

/**
 * A decision someone at headquarters must take (¶120), raised by a rule — the pattern, a
 * contributor's non-response — or by a failure to act found on a case. It names no case: the
 * basis says why in numbers and dates, the source case stays in the column nobody reads out.
 */
export async function raiseDecision(
  tx: RequestContext,
  d: {
    missionId: string;
    kind: 'repatriation' | 'sanction';
    trigger: Measure['trigger'];
    contributor: string | null;
    unit: string | null;
    sourceCaseId: string | null;
    basis: Record<string, string | number | null>;
    audited?: Record<string, unknown>;
  },
): Promise<string> {
  const id = tx.ids.newId();
  const at = toTimestamp(tx.clock.now());
  await insertMeasure(tx.db, {
    id,
    mission_id: d.missionId,
    case_id: null,
    kind: d.kind,
    trigger: d.trigger,
    contributor: d.contributor,
    unit: d.unit,
    unit_id: null,
    source_case_id: d.sourceCaseId,
    status: 'pending_decision',
    basis: toJson(d.basis),
    decision: null,
    reason: '',
    decided_by: null,
    decided_at: null,
    created_at: at,
    updated_at: at,
    version: 1,
  });
  await audit(tx, {
    action: d.kind === 'repatriation' ? 'conduct.repatriation.raise' : 'conduct.sanction.raise',
    recordType,
    recordId: id,
    missionId: d.missionId,
    change: { trigger: d.trigger, contributor: d.contributor, unit: d.unit, ...d.audited },
  });
  return id;
}

/** Leave without pay or payment suspension on one subject of a case. @throws forbidden, not_found, invalid_state, validation_failed */
export async function imposeMeasure(
  ctx: RequestContext,
  caseId: string,
  input: ImposeMeasureInput,
): Promise<Measure> {
  assertPermission(ctx.actor, 'conduct:write');
  return inTransaction(ctx, async (tx) => {
    const c = await loadCase(tx, caseId);
    const subject = assertMeasureFits(c, input);
    const id = tx.ids.newId();
    const at = toTimestamp(tx.clock.now());
    await insertMeasure(tx.db, {
      id,
      mission_id: c.missionId,
      case_id: c.id,
      kind: input.kind,
      trigger: 'pattern',
      contributor: subject.nationality,
      unit: subject.unit,
      unit_id: null,
      source_case_id: null,
      status: 'in_force',
      basis: toJson({ subject: input.subject, personnelCategory: subject.personnelCategory }),
      decision: null,
      reason: input.reason,
      decided_by: tx.actor.userId,
      decided_at: at,
      created_at: at,
      updated_at: at,
      version: 1,
    });
    await audit(tx, {
      action: `conduct.measure.${input.kind}`,
      recordType,
      recordId: id,
      missionId: c.missionId,
      change: { caseId, ...input },
    });
    if (input.kind === 'payment_suspension') await checkPatterns(tx, c);
    return toMeasure((await measureRow(tx.db, id))!);
  });
}

/** A measure and the compartments of the case it follows from (none for a pattern decision). */
export async function reachable(tx: RequestContext, id: string): Promise<MeasureRow> {
  const row = await measureRow(tx.db, id);
  const compartmentIds = row?.case_id
    ? ((await labelsOf(tx, caseRecordType, [row.case_id])).get(row.case_id) ?? [])
    : [];
  assertCan(tx.actor, 'conduct:write', {
    kind: 'Measure',
    record: row ? { id, missionId: row.mission_id, compartmentIds } : undefined,
  });
  return row!;
}

/** @throws forbidden, not_found, conflict, invalid_state */
export async function liftMeasure(
  ctx: RequestContext,
  id: string,
  input: { version: number; reason: string },
): Promise<Measure> {
  return inTransaction(ctx, async (tx) => {
    const row = await reachable(tx, id);
    if (row.status !== 'in_force')
      throw new DomainError('invalid_state', 'Only a measure in force can be lifted');
    const moved = await updateMeasureRow(tx.db, id, {
      status: 'lifted',
      reason: `${row.reason}\n${input.reason}`,
      updated_at: toTimestamp(tx.clock.now()),
      expectedVersion: input.version,
    });
    if (!moved) throw staleVersion('Measure', input.version);
    await audit(tx, {
      action: 'conduct.measure.lift',
      recordType,
      recordId: id,
      missionId: row.mission_id,
      change: input,
    });
    return toMeasure((await measureRow(tx.db, id))!);
  });
}

/** Measures in reach; the repatriation decisions waiting, when asked. @throws forbidden */
export async function listMeasures(
  ctx: RequestContext,
  query: {
    pendingDecisions?: 'true' | 'false' | undefined;
    contributor?: string | undefined;
    caseId?: string;
  },
): Promise<Measure[]> {
  assertPermission(ctx.actor, 'conduct:read');
  const rows = await selectMeasureRows(ctx.db, ctx.actor, {
    pendingDecisions: query.pendingDecisions === 'true',
    contributor: query.contributor,
    ...(query.caseId ? { caseId: query.caseId } : {}),
  });
  const measures = rows.map(toMeasure);
  const waiting = measures.filter(
    (m) => m.kind === 'repatriation' && m.status === 'pending_decision',
  );
  if (waiting.length > 0) {
    // What the decision-taker chooses from: the contributor's units deployed in the mission.
    const deployed = await deployedUnits(ctx);
    for (const m of waiting)
      m.candidateUnits = deployed
        .filter(
          (u) => u.missionId === m.missionId && m.contributor && isContributor(m.contributor, u),
        )
        .map((u) => ({
          id: u.id,
          capability: u.capability,
          strength: u.strength,
          deployedOn: u.deployedOn,
        }));
  }
  return measures;
}
